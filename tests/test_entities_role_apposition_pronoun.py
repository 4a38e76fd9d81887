"""Entities: a surname the model tags as an organisation, in apposition to "the <person noun>" and
called "she"/"he" in its sentence, is a person, with an unlisted first name left outside the
model's span joined to it; so is a name of uncommon words right after "<person noun>,"; and where
goods are carried ("smuggle the tusks into X") is no clue to the carrier's country (tables of
invented sentences; the model's slip is imposed on the parse so the rule is tested whatever the
model does)."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from conftest import typed_entities


def _entities_with_org(pipeline, analyse, text: str, word: str) -> list[tuple[str, str]]:
    """The entity stage's (type, name) pairs after tagging ``word`` alone as ORG."""
    an = analyse(text)
    doc = an.doc
    i = next(t.i for t in doc if t.text == word)
    doc.ents = [e for e in doc.ents if not (e.start <= i < e.end)] + [Span(doc, i, i + 1, label="ORG")]
    return sorted((e.type, e.name) for e in pipeline.entities(an))


@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        (
            "Shots hit a stall in Tacurong. Lorna Bagatsing, the driver, said she hid under the seat.",
            "Bagatsing",
            [("GPE", "Tacurong"), ("PERSON", "Lorna Bagatsing")],
        ),
        (
            "A bus overturned near Ormoc. Dodong Villaruz, a passenger, said he was thrown from his seat.",
            "Villaruz",
            [("GPE", "Ormoc"), ("PERSON", "Dodong Villaruz")],
        ),
        # a body is "it": the role noun alone makes no person of it
        ("Servicorp, the vendor, said it would replace the machines.", "Servicorp", [("ORG", "Servicorp")]),
    ],
)
def test_surname_in_role_apposition_is_a_person(pipeline, analyse, text, word, want):
    assert _entities_with_org(pipeline, analyse, text, word) == want


# "the former warden, Mwila Chanda,", "two other men, Bwalya Kasonde and Chilufya Mumba,": a name of
# two or three uncommon capitalised words right after "<person noun>," is a person's, whatever the
# model says; a body's word in the name, or a noun that also introduces bodies, keeps it a body
@pytest.mark.parametrize(
    ("text", "word", "want"),
    [
        (
            "The court heard evidence against the former warden, Mwila Chanda, on Tuesday.",
            "Chanda",
            [("PERSON", "Mwila Chanda")],
        ),
        (
            "The witness named two other men, Bwalya Kasonde and Ruth Phiri, on Tuesday.",
            "Kasonde",
            [("PERSON", "Bwalya Kasonde"), ("PERSON", "Ruth Phiri")],
        ),
        (
            "The farm was sold to the buyer, Kasonde Holdings, on Tuesday.",
            "Holdings",
            [("ORG", "Kasonde Holdings")],
        ),
    ],
)
def test_name_after_person_noun_is_a_person(pipeline, analyse, text, word, want):
    an = analyse(text)
    doc = an.doc
    i = next(t.i for t in doc if t.text == word)
    doc.ents = [e for e in doc.ents if not (e.start <= i < e.end) and not (e.start <= i - 1 < e.end)] + [
        Span(doc, i - 1, i + 1, label="ORG")
    ]
    assert sorted((e.type, e.name) for e in pipeline.entities(an)) == want


# where goods are carried ("smuggle the tusks into Malawi", "ship the ore to Chile") is no clue to
# the carrier's country; a deportation "to" a country still is
@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        (
            "LUSAKA, Zambia – A court in Zambia heard on Tuesday that the ivory was kept in a farm shed."
            " Mr Mwila Chanda, a former ranger, is accused of trying to smuggle the tusks into Malawi."
            " Zambia has lost many elephants.",
            "Mwila Chanda",
            "ZMB",
        ),
        (
            "LIMA, Peru – Peru's mines were closed on Monday after a week of protests across Peru."
            " Mr Ernesto Quispe, 52, a trader, was charged with trying to ship stolen ore to Chile.",
            "Ernesto Quispe",
            "PER",
        ),
    ],
)
def test_where_goods_go_is_no_clue_to_the_carrier(entities, text, name, want):
    got = [c for t, n, c in typed_entities(entities(text)) if n == name]
    assert got == [want]
