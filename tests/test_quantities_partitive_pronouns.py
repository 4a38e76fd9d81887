"""The quantities stage: a count of a pronoun ("Six of them", "nine of these") where no count came
before counts what the pronoun stands for, the last plural noun before it in its sentence or the
one before (not the subject that reports the count, "Police said 12 of them …"), else the pronoun
itself for an exact figure; a rough "tens of them" of no one named and a lone "one of them" are no
counts (tables of invented sentences)."""

from __future__ import annotations

import pytest

from conftest import quantity_rows
from storyline.stages.quantities import QuantityStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuantityStage:
    return QuantityStage(nlp)


CASES = [
    (
        "Troops rounded up demonstrators in the square on Friday. Six of them were flown to the capital.",
        [("Six of them", 6, None, None, "demonstrators")],
    ),
    (
        "The navy found divers clinging to a buoy. Nine of these were taken to hospital in Trincomalee.",
        [("Nine of these", 9, None, None, "divers")],
    ),
    (
        "Bandits stopped the convoy and seized drivers. Police said 12 of them had been freed.",
        [("12 of them", 12, None, None, "drivers")],
    ),
    (
        "Jonas Pereira was among the students detained on Monday. Four of them remain in custody.",
        [("Four of them", 4, None, None, "students")],
    ),
    (
        "The crew abandoned ship off Madeira. Eleven of them were rescued.",
        [("Eleven of them", 11, None, None, "them")],
    ),
    ("Tens of them came.", []),
    ("The villagers were evacuated. One of them refused to leave.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_partitive_pronoun_without_a_count_before(stage, analyse, text, expected):
    assert quantity_rows(stage, analyse, text) == expected
