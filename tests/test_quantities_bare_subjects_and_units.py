"""The quantities stage: a figure with no noun that is its verb's subject counts what the count before
it counts ("Nine are being treated"), and figures in units of volume and distance are counts as
those of weight and area are ("800 litres of oil", "14 km", "a 430-km coast") (tables of invented
sentences)."""

from __future__ import annotations

import pytest

from conftest import quantity_rows
from storyline.stages.quantities import QuantityStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuantityStage:
    return QuantityStage(nlp)


SUBJECT_FIGURE_CASES = [
    (
        "The lifeboat crew found the 11 hikers at dusk. Nine are being treated for cold and two remain "
        "on the ridge.",
        [
            ("11 hikers", 11, None, None, "hikers"),
            ("Nine", 9, None, None, "hikers"),
            ("two", 2, None, None, "hikers"),
        ],
    ),
    # a modifier bounds it; the parser may hang the figure on its verb as a number
    (
        "The quake damaged dozens of farmhouses. Over 30 have collapsed and at least 8 stand empty.",
        [
            ("dozens of farmhouses", None, 24, 99, "farmhouses"),
            ("Over 30", 30, 31, None, "farmhouses"),
            ("at least 8", 8, 8, None, "farmhouses"),
        ],
    ),
    # with no count before it, it counts nothing named
    ("After the vote, 14 walked out of the hall.", [("14", 14, None, None, None)]),
    # no such count: a lone "one", a figure with a determiner, a year, a partitive
    ("The club had 300 members. One said the fee was fair.", [("300 members", 300, None, None, "members")]),
    ("The club had 300 members. The 40 stayed.", [("300 members", 300, None, None, "members")]),
    ("2019 was a dry year for the valley.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), SUBJECT_FIGURE_CASES, ids=["plain", "bounded", "alone", "one", "the", "year"]
)
def test_figure_as_subject_counts_what_came_before(stage, analyse, text, expected):
    assert quantity_rows(stage, analyse, text) == expected


UNIT_CASES = [
    (
        "The barge leaked 800 litres of oil and 2 tonnes of tar washed up.",
        [("800 litres", 800, None, None, "oil"), ("2 tonnes", 2, None, None, "tar")],
    ),
    ("Farmers lost 250 gallons of milk a day.", [("250 gallons", 250, None, None, "milk")]),
    ("The well yields 90 barrels of crude.", [("90 barrels", 90, None, None, "crude")]),
    (
        "The wreck lies 14 km off the cape, on a 430-km stretch of coast.",
        [("14 km", 14, None, None, "km"), ("430-km", 430, None, None, "km")],
    ),
    (
        "The trawler was held 19 nautical miles out.",
        [("19 nautical miles", 19, None, None, "nautical miles")],
    ),
    # other measures stay out
    ("Doctors handed over 700 kg of medicine.", []),
    ("She was questioned for more than 10 hours.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), UNIT_CASES, ids=["litres", "gallons", "barrels", "km", "nautical", "kg", "hours"]
)
def test_volumes_and_distances_are_counted(stage, analyse, text, expected):
    assert quantity_rows(stage, analyse, text) == expected
