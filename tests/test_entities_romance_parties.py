"""Entities: a party's or movement's name in French, Spanish, Portuguese or Italian without the
word "party" ("Frente Amplio", "Fuerza Andina Renovada") is an organisation of the story's
country, never a person; a word of an organisation's name that names a place only as another
name's short form ("Nacional" of "Distrito Nacional") is no place (every sentence invented)."""

from __future__ import annotations

import pytest

_PARTIES = [
    (
        "Marta Quispe, a senator for Renovación Democrática, said the vote in Lima would fail, "
        "Peru's Congress said.",
        "Renovación Democrática",
    ),
    (
        "The Frente Amplio candidate won the runoff in Montevideo, Uruguay's electoral court said.",
        "Frente Amplio",
    ),
    (
        "Héctor Sacbajá, a deputy for the opposition Frente Verde Ciudadano who represents Escuintla, "
        "accused the agency of neglect in Guatemala.",
        "Frente Verde Ciudadano",
    ),
    # the model's name starts after the head word: the head word is taken back in
    (
        "Lawmakers of Fuerza Andina Renovada denied that the vote in Lima was a coup against "
        "Peru's president.",
        "Fuerza Andina Renovada",
    ),
]


@pytest.mark.parametrize(("text", "name"), _PARTIES)
def test_romance_party_name_is_an_organisation(entities, text, name) -> None:
    got = {m.text: e.type for e in entities(text) for m in e.mentions if m.kind == "name"}
    assert got.get(name) == "ORG"


def test_romance_party_takes_the_story_country(entities) -> None:
    text = (
        "MONTEVIDEO, Uruguay (AP) — The Frente Amplio candidate won the runoff in Uruguay on Sunday, "
        "the electoral court said. Voters in Salto and Paysandú backed him."
    )
    got = {e.name: e.actor.country if e.actor else None for e in entities(text)}
    assert got["Frente Amplio"] == "URY"


def test_person_after_a_head_word_that_is_a_first_name_stays_a_person(entities) -> None:
    text = "Lucía Paredes, a lawyer in Lima, said the vote would fail, Peru's Congress said."
    got = {m.text: e.type for e in entities(text) for m in e.mentions if m.kind == "name"}
    assert got.get("Lucía Paredes") == "PERSON"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Unión Nacional de Trabajadores called a strike in Asunción, Paraguay, on Monday.",
            ["Asunción", "Paraguay"],
        ),
        (
            "Members of Alianza Cívica Nacional marched in Tegucigalpa on Monday, Honduran police said.",
            ["Tegucigalpa", "Honduran"],
        ),
    ],
)
def test_word_of_an_organisation_name_is_no_place(pipeline, analyse, text, want) -> None:
    an = analyse(text)
    assert [p.text for p in pipeline.places(an, pipeline.entities(an))] == want
