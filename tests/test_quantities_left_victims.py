"""The quantities stage: a figure before a word for people harmed or uprooted that stands for the
people ("left 12 dead", "leaving 40 homeless", "left 300 displaced and two stranded") counts them,
``what`` the word (tables of invented sentences)."""

from __future__ import annotations

import pytest

from conftest import quantity_rows
from storyline.stages.quantities import QuantityStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuantityStage:
    return QuantityStage(nlp)


CASES = [
    (
        "The blaze swept through the market, leaving 40 homeless.",
        [("40 homeless", 40, None, None, "homeless")],
    ),
    (
        "The storm hit the coast on Sunday, leaving about 2,000 homeless and 14 missing.",
        [("about 2,000 homeless", 2000, None, None, "homeless"), ("14 missing", 14, None, None, "missing")],
    ),
    (
        "The quake left 300 displaced and 2 stranded on the ridge.",
        [("300 displaced", 300, None, None, "displaced"), ("2 stranded", 2, None, None, "stranded")],
    ),
    ("The mine blast left 12 dead.", [("12 dead", 12, None, None, "dead")]),
    ("The explosion left three injured.", [("three injured", 3, None, None, "injured")]),
    (  # a noun after the word: the noun phrase is counted
        "The flood left 300 displaced families.",
        [("300 displaced families", 300, None, None, "displaced families")],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_left_victims(stage: QuantityStage, analyse, text: str, expected: list[tuple]) -> None:
    assert quantity_rows(stage, analyse, text) == expected
