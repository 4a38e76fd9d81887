"""Times: a stamp's dotted date with two figures of the year after a weekday or a stamp's label; the
"until" limit of a state that holds at the telling looks ahead (a hedge "at least" before the day, a
participle set on its noun, a verb leaving a lasting state, the present perfect); the British "Friday
week" and "last Friday week"; a part of the day before its date ("the night of 28 February") and
"that night" after a statement dated on the page's own day; a full date in more languages. Every
sentence here is invented."""

from __future__ import annotations

import pytest

WEDNESDAY = "2026-03-04"


@pytest.fixture(scope="module")
def times(time_triples):
    """The times stage's (text, type, value) items, on a page of WEDNESDAY unless told."""
    return lambda text, published=WEDNESDAY: time_triples(text, published)


SHORT_DOTTED = [
    (
        "Last updated Wed 04.03.26, 21:50",
        [("Wed 04.03.26", "DATE", "2026-03-04"), ("21:50", "TIME", "2026-03-04T21:50")],
    ),
    ("Posted: Tuesday, 03.03.26", [("Tuesday, 03.03.26", "DATE", "2026-03-03")]),
    (
        "Published: 03.03.26 18:40",
        [("03.03.26", "DATE", "2026-03-03"), ("18:40", "TIME", "2026-03-03T18:40")],
    ),
    # no weekday nor label: a version number or a score
    ("The firmware 2.10.26 fixed the fault.", []),
    ("The set ended 6.4.26 on the scoreboard.", []),
    # a weekday that does not fit the date
    ("Fri 04.03.26", []),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_DOTTED)
def test_short_dotted_stamp(times, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert times(text) == expected


UNTIL_AHEAD = [
    # a hedge between "until" and the day
    ("The pass is shut until at least Sunday, the rangers said.", "2026-03-08"),
    # a participle set on its noun
    ("The mayor ordered the markets shut until Sunday.", "2026-03-08"),
    # a verb that leaves a lasting state, in the past
    ("The regulator grounded the airline's fleet until Sunday.", "2026-03-08"),
    ("The council extended the curfew until Sunday.", "2026-03-08"),
    ("Libraries and pools closed until Sunday, the town hall announced.", "2026-03-08"),
    # the present perfect
    ("The port authority has shut the harbour until Sunday.", "2026-03-08"),
    # a misparsed present ("stays" read as a noun)
    ("The frontier stays closed until Sunday.", "2026-03-08"),
    # already ahead before
    ("The pass remains shut until Sunday.", "2026-03-08"),
]


@pytest.mark.parametrize(("sentence", "value"), UNTIL_AHEAD)
def test_until_a_day_ahead(times, sentence: str, value: str) -> None:
    assert [v for text, _, v in times(sentence) if text == "Sunday"] == [value]


UNTIL_PAST = [
    # an act that simply lasted, told in the past
    ("Fighting in the hills continued until Monday.", "2026-03-02"),
    # the state told to have ended
    ("The pass was shut until Monday, when the snow melted.", "2026-03-02"),
    # the past perfect
    ("The port authority had shut the harbour until Monday.", "2026-03-02"),
]


@pytest.mark.parametrize(("sentence", "value"), UNTIL_PAST)
def test_until_a_day_past(times, sentence: str, value: str) -> None:
    assert [v for text, _, v in times(sentence) if text == "Monday"] == [value]


WEEKDAY_WEEK = [
    ("The suspect was detained last Thursday week, his lawyer said.", ("last Thursday week", "2026-02-19")),
    ("The final will be played on Saturday week.", ("Saturday week", "2026-03-14")),
    ("Ballots go out Thursday week.", ("Thursday week", "2026-03-12")),
    # not a week after the day
    ("Stalls opened on Saturday week-long fairs.", ("Saturday", "2026-02-28")),
    ("Jurors heard on Monday week three of the evidence.", ("Monday", "2026-03-02")),
]


@pytest.mark.parametrize(("sentence", "expected"), WEEKDAY_WEEK)
def test_weekday_week(times, sentence: str, expected: tuple[str, str]) -> None:
    assert [(text, v) for text, _, v in times(sentence)] == [expected]


PART_OF_DAY_OF = [
    (
        "Looters broke into the depot during the night of 27 February.",
        [("the night of 27 February", "TIME", "2026-02-27TNI")],
    ),
    ("Voting began the morning of March 1.", [("the morning of March 1", "TIME", "2026-03-01TMO")]),
    ("The ferry sank in the evening of Friday.", [("the evening of Friday", "TIME", "2026-02-27TEV")]),
    # a date alone keeps its day
    ("The ferry sank on 27 February.", [("27 February", "DATE", "2026-02-27")]),
]


@pytest.mark.parametrize(("sentence", "expected"), PART_OF_DAY_OF)
def test_part_of_day_of_a_date(times, sentence: str, expected: list[tuple[str, str, str]]) -> None:
    assert times(sentence) == expected


THAT_NIGHT = [
    # a statement dated on the page's own day is no day of the story's events
    (
        "Looters broke into the depot during the night of 27 February, the police said on Wednesday. "
        "Guards fled that night.",
        "2026-02-27TNI",
    ),
    (
        "A fire gutted the mill on 27 February.\n\nThe owner told reporters on Wednesday that it was old."
        "\n\nThat evening, neighbours formed a chain of buckets.",
        "2026-02-27TEV",
    ),
    # a statement of another day, or an event of the page's day, still anchors it
    ("The minister resigned on Monday. That evening, she left the capital.", "2026-03-02TEV"),
    (
        "A fire gutted the mill on 27 February. It reached the docks on Wednesday. That night, crews left.",
        "2026-03-04TNI",
    ),
]


@pytest.mark.parametrize(("text", "value"), THAT_NIGHT)
def test_that_night_after_a_statement(times, text: str, value: str) -> None:
    assert [v for t, _, v in times(text) if t.lower().startswith("that")] == [value]


FOREIGN_DATES = [
    ("12. märts 2026, 08:05", "12. märts 2026", "2026-03-12"),
    ("12 marca 2026, 08:05", "12 marca 2026", "2026-03-12"),
    ("12. maaliskuuta 2026 klo 8.05", "12. maaliskuuta 2026", "2026-03-12"),
]


@pytest.mark.parametrize(("line", "span", "value"), FOREIGN_DATES)
def test_foreign_stamp_dates(times, line: str, span: str, value: str) -> None:
    assert (span, "DATE", value) in times(line)
