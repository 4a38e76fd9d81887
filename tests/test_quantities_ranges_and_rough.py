"""The quantities stage: a range of two figures is one quantity with min and max, a proportion
("three in four") counts nothing, and a rough count ("40-odd", "30-plus", "50 or so") keeps its
figure with the bound the rough word gives (tables of invented sentences)."""

from __future__ import annotations

import pytest

from storyline.stages.quantities import QuantityStage


@pytest.fixture(scope="module")
def counts(nlp) -> QuantityStage:
    return QuantityStage(nlp)


def _rows(counts, analyse, text):
    return [(q.text, q.value, q.min, q.max, q.what, q.mod) for q in counts(analyse(text))]


RANGE_CASES = [
    (
        "Between 200 and 300 protesters gathered outside the court.",
        [("Between 200 and 300 protesters", None, 200, 300, "protesters", None)],
    ),
    (
        "Some 40 to 50 soldiers and 12 police were hurt.",
        [
            ("Some 40 to 50 soldiers", None, 40, 50, "soldiers", "APPROX"),
            ("12 police", 12, None, None, "police", None),
        ],
    ),
    ("Officials said 15-20 vessels were missing.", [("15-20 vessels", None, 15, 20, "vessels", None)]),
    (
        "About 1,000-1,500 families fled the valley.",
        [("About 1,000-1,500 families", None, 1000, 1500, "families", "APPROX")],
    ),
    # a range the small model labels a date
    (
        "Police arrested between 12 and 15 men on Monday.",
        [("between 12 and 15 men", None, 12, 15, "men", None)],
    ),
    # no noun after the second figure, or years, or days: no range
    ("The talks ran for between 10 and 12 days.", []),
    ("The motion passed 5 to 4 on Tuesday.", []),
    ("Between 2010 and 2015, 300 people left.", [("300 people", 300, None, None, "people", None)]),
]


@pytest.mark.parametrize(("text", "expected"), RANGE_CASES)
def test_a_range_of_two_figures_is_one_quantity(counts, analyse, text, expected) -> None:
    assert _rows(counts, analyse, text) == expected


PROPORTION_CASES = [
    ("Three in four voters backed the plan.", []),
    ("Two out of three nurses said they were exhausted.", []),
    ("One in every five children in the district is underweight.", []),
    # a count and the occasions it happened in: no proportion
    ("Gunmen killed 12 in two attacks on villages.", [("two attacks", 2, None, None, "attacks", None)]),
    (
        "Rangers counted 30 bears this year, compared with 18 in 2019.",
        [("30 bears", 30, None, None, "bears", None), ("18", 18, None, None, "bears", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROPORTION_CASES)
def test_a_proportion_counts_nothing(counts, analyse, text, expected) -> None:
    assert _rows(counts, analyse, text) == expected


ROUGH_CASES = [
    (
        "The flood destroyed 40-odd homes in the valley.",
        [("40-odd homes", 40, None, None, "homes", "APPROX")],
    ),
    (
        "Police towed some 30-plus vehicles from the square.",
        [("some 30-plus vehicles", 30, 30, None, "vehicles", "EQUAL_OR_MORE")],
    ),
    (
        "A dozen-odd fishermen were rescued.",
        [("A dozen-odd fishermen", 12, None, None, "fishermen", "APPROX")],
    ),
    ("Twenty-odd soldiers were wounded.", [("Twenty-odd soldiers", 20, None, None, "soldiers", "APPROX")]),
    ("The storm damaged 50 or so houses.", [("50 or so houses", 50, None, None, "houses", "APPROX")]),
]


@pytest.mark.parametrize(("text", "expected"), ROUGH_CASES)
def test_a_rough_count_keeps_its_figure(counts, analyse, text, expected) -> None:
    assert _rows(counts, analyse, text) == expected
