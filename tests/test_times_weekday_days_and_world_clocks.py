"""Times: a weekday with its day of the month ("Thursday the 29th"), "this <weekday>" as the day of the
page's week, a quarter, half or season "of next year", a photo caption's weekday (by its label, its
closing credit or the gallery counter above it) and four figures of a clock before GMT or UTC, anchored
by the day named after the bracket. Every sentence here is invented."""

from __future__ import annotations

import pytest

from storyline.record import Time
from storyline.stages.times import TimeStage


@pytest.fixture(scope="module")
def stage(nlp) -> TimeStage:
    return TimeStage(nlp)


@pytest.fixture(scope="module")
def times(analyse, stage):
    def run(text: str, published: str) -> list[tuple[str, str, str | None, str | None]]:
        found: list[Time] = stage(analyse(text, published=published))
        return [(t.text, t.type, t.value, t.mod) for t in found]

    return run


WEEKDAY_DAYS = [
    # the date nearest the page's whose weekday and day agree: this month, the one before or after
    ("The festival opened on Wednesday the 14th.", "2025-05-16", ("Wednesday the 14th", "2025-05-14")),
    (
        "The vote is due on Thursday the 29th, officials said.",
        "2025-05-20",
        ("Thursday the 29th", "2025-05-29"),
    ),
    ("The ferry sank on Saturday the 31st.", "2025-06-03", ("Saturday the 31st", "2025-05-31")),
    (
        "Regulators will meet on Friday, the 16th, to decide.",
        "2025-05-14",
        ("Friday, the 16th", "2025-05-16"),
    ),
    ("The court sits again on Monday, the 1st.", "2025-08-27", ("Monday, the 1st", "2025-09-01")),
    ("The board met on Tuesday the 10th.", "2025-06-10", ("Tuesday the 10th", "2025-06-10")),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), WEEKDAY_DAYS)
def test_weekday_with_its_day(times, sentence: str, published: str, expected: tuple[str, str]) -> None:
    text, value = expected
    assert (text, "DATE", value, None) in times(sentence, published)


THIS_WEEKDAY = [
    # the page is dated Tuesday 10 June 2025
    ("The board will meet this Wednesday, the spokesman said.", "2025-06-10", "2025-06-11"),
    ("The board meets this Wednesday to approve the budget.", "2025-06-10", "2025-06-11"),
    ("The board approved the budget this Monday.", "2025-06-10", "2025-06-09"),
    ("The strike is over; the mines reopen this Friday.", "2025-06-10", "2025-06-13"),
    # a past verb looks back even when that day of this week is still to come
    ("The board met this Friday to approve the budget.", "2025-06-10", "2025-06-06"),
    # written on a Thursday, the Wednesday of the page's week has passed
    ("The board met this Wednesday to approve the budget.", "2025-06-12", "2025-06-11"),
]


@pytest.mark.parametrize(("sentence", "published", "value"), THIS_WEEKDAY)
def test_this_weekday_is_of_the_page_week(times, sentence: str, published: str, value: str) -> None:
    found = [v for text, _, v, _ in times(sentence, published) if text.lower().startswith("this ")]
    assert found == [value]


PERIODS_OF_YEARS = [
    (
        "Sales will recover in the second half of next year, the company said.",
        ("the second half of next year", "2026-H2"),
    ),
    ("Sales fell in the second half of last year.", ("the second half of last year", "2024-H2")),
    ("Profits rose in the final quarter of last year.", ("the final quarter of last year", "2024-Q4")),
    (
        "The line opens in the third quarter of the following year.",
        ("the third quarter of the following year", "2026-Q3"),
    ),
    ("Output will peak in the first half of this year.", ("the first half of this year", "2025-H1")),
    ("Construction starts in the spring of next year.", ("the spring of next year", "2026-SP")),
    ("The plant will open in the fourth quarter of 2026.", ("the fourth quarter of 2026", "2026-Q4")),
]


@pytest.mark.parametrize(("sentence", "expected"), PERIODS_OF_YEARS)
def test_period_of_a_year_told_against_the_page(times, sentence: str, expected: tuple[str, str]) -> None:
    text, value = expected
    found = times(sentence, "2025-06-10")
    assert (text, "DATE", value, None) in found
    assert not [t for t in found if t[0] in ("next year", "last year", "this year")]


CAPTIONS = [
    # the page is dated Saturday 14 June 2025: the caption's Friday is the day before
    "Lanterns drift over the lake near 10 p.m. on Friday. (Photo: Ola Berg/Northern Wire)",
    "Lanterns float above the river on Friday. Photo: Ola Berg / Northern Wire",
    "1 / 6\nLanterns float above the river on Friday.\n\nThe festival drew record crowds, organisers said.",
    "4 of 12\nLanterns float above the river on Friday.\n\nThe festival drew record crowds, organisers said.",
    "Photo: Ola Berg/Northern Wire\nLanterns float above the river on Friday.\n\nThe festival drew crowds.",
]


@pytest.mark.parametrize("text", CAPTIONS)
def test_caption_weekday_looks_back(times, text: str) -> None:
    found = times(text, "2025-06-14")
    assert ("Friday", "DATE", "2025-06-13", None) in found


def test_present_weekday_outside_a_caption_looks_ahead(times) -> None:
    found = times("The Photo Society's exhibition opens on Friday.\n\nTickets are free.", "2025-06-14")
    assert ("Friday", "DATE", "2025-06-20", None) in found


WORLD_CLOCKS = [
    (
        "The aircraft lost contact with the tower just after 10.40 p.m. local time (1340 GMT) on "
        "Saturday night, the ministry said.",
        [
            ("just after 10.40 p.m. local time", "TIME", "2025-06-14T22:40", "AFTER"),
            ("1340 GMT", "TIME", "2025-06-14T13:40Z", None),
            ("Saturday night", "TIME", "2025-06-14TNI", None),
        ],
    ),
    (
        "The freighter ran aground at about 0400 GMT on Sunday.",
        [("about 0400 GMT", "TIME", "2025-06-15T04:00Z", "APPROX"), ("Sunday", "DATE", "2025-06-15", None)],
    ),
    ("Flights resume at 0900 UTC.", [("0900 UTC", "TIME", "2025-06-16T09:00Z", None)]),
    ("In 1912 GMT became the legal time.", [("1912", "DATE", "1912", None)]),
]


@pytest.mark.parametrize(("sentence", "expected"), WORLD_CLOCKS)
def test_four_figure_clock_before_gmt(times, sentence: str, expected: list) -> None:
    assert times(sentence, "2025-06-16") == expected
