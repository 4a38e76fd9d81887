"""Entities (all sentences invented): a listed town where a place stands is a place whatever
the model calls it: a building (FAC) after "in", "near", "from" or "to", and a work of art after
those words, which the model's output would otherwise drop."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # the model reads the town as a work of art: it was no entity at all
        (
            "Thousands marched in Ciudad del Este on Friday against the new tax.",
            [("Ciudad del Este", "GPE", "PRY")],
        ),
        # the model reads the town as a building after "near", and as a place after "in": one town
        (
            "The mayor of a town near San Pedro Sula said the road was closed; police in San Pedro"
            " Sula arrested two men.",
            [("San Pedro Sula", "GPE", "HND")],
        ),
        (
            "Protesters gathered in Ciudad Juárez and in Puerto Cabello on Sunday.",
            [("Ciudad Juárez", "GPE", "MEX"), ("Puerto Cabello", "GPE", "VEN")],
        ),
    ],
)
def test_listed_town_the_model_mistypes(entities, text: str, want: list) -> None:
    got = [(e.name, e.type, e.actor.country if e.actor else None) for e in entities(text)]
    assert got == want


def test_a_work_after_in_that_is_no_town_stays_a_work(entities) -> None:
    # a title no gazetteer lists as a town is no place ("in Gone with the Wind")
    got = [(e.name, e.type) for e in entities("She starred in Gone with the Wind in 1939.")]
    assert [name for name, kind in got if kind == "GPE"] == []
