"""Entities: a capitalised role word or person noun opening a sentence, or a person's title,
before two or three name words the model missed or read as something else ("Prosecutor Ilse
Vandermeersch asked", nothing tagged; "Researcher Oyuna Dashdorj said", an ORG over role and
name; "Superintendent Rangi Tamihana said", an ORG over the surname alone): one PERSON named
without the role. Invented texts.
"""

from __future__ import annotations

import pytest

from conftest import typed_entities

# (text, the entities (type, name, country) wanted)
ROLE_OPENED = [
    # the model tags nothing
    ("Prosecutor Ilse Vandermeersch asked for a ten-year sentence.",
     [("PERSON", "Ilse Vandermeersch", None)]),
    # the model tags the surname alone, as an organisation
    ("Superintendent Rangi Tamihana said the search had been suspended.",
     [("PERSON", "Rangi Tamihana", None)]),
    # the model tags role and name as one organisation
    ("Researcher Oyuna Dashdorj said the numbers were rising.",
     [("PERSON", "Oyuna Dashdorj", None)]),
    ("Coordinator Amaru Quispe Mamani said food had run out.",
     [("PERSON", "Amaru Quispe Mamani", None)]),
]  # fmt: skip

# a run that goes on, or holds an organisation's word, is left as it was
LEFT_ALONE = [
    ("Survivor Stories Project has recorded 300 interviews.",
     [("ORG", "Survivor Stories Project", None)]),
    ("Student Loans Company said repayments would rise.",
     [("ORG", "Student Loans Company", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), ROLE_OPENED, ids=[r[1][0][1] for r in ROLE_OPENED])
def test_a_role_opened_name_is_a_person(entities, text, wanted):
    assert typed_entities(entities(text)) == wanted


@pytest.mark.parametrize(("text", "wanted"), LEFT_ALONE, ids=[r[1][0][1] for r in LEFT_ALONE])
def test_an_organisation_opened_by_a_person_noun_stays(entities, text, wanted):
    assert typed_entities(entities(text)) == wanted


def test_the_role_word_is_the_occupation(entities):
    (person,) = entities("Prosecutor Ilse Vandermeersch asked for a ten-year sentence.")
    assert person.attributes == {"occupation": "Prosecutor"}
