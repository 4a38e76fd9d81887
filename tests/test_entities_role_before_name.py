"""Entities: a capitalised title or role word before a person whose surname alone the model
tags ("Spokesman Chanda Phiri" with only "Phiri" a PERSON): the name takes the given name
between them, and a capitalised role word is the person's occupation wherever it stands in the
sentence. Invented texts.
"""

from __future__ import annotations

import pytest

# (text, person's name, its attributes title/occupation)
ROLE_BEFORE_NAME = [
    ("\"The gates stay shut,\" Spokesman Chanda Phiri told reporters in Ndola.",
     "Chanda Phiri", {"occupation": "Spokesman"}),
    # typed ORG with its role word: the occupation too
    ("\"No vote has been set,\" Spokeswoman Mutale Banda said in Kitwe.",
     "Mutale Banda", {"occupation": "Spokeswoman"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "attrs"), ROLE_BEFORE_NAME, ids=[r[1] for r in ROLE_BEFORE_NAME])
def test_a_role_word_keeps_the_given_name(entities, text, name, attrs):
    (person,) = [e for e in entities(text) if e.type == "PERSON"]
    assert person.name == name
    assert {k: person.attributes.get(k) for k in attrs} == attrs
