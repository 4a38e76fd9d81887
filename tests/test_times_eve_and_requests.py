"""Times: "the eve of <event>" as the day before the event's date (from its own phrase or another
sentence naming the event; unresolved without one), a weekday in the infinitive a request asks for
("urged members to stay home on Friday") as a day ahead, "the previous evening" anchored on the day
just named, "a fortnight ago" as a day (14 days back) while "two weeks ago" stays a week, a stamp's
date with hyphens around its month ("07-Jun-2023", "2023-Jun-07") and the clock after a stamp's date.
Every sentence here is invented."""

from __future__ import annotations

import pytest

MONDAY = "2023-06-05"
TUESDAY = "2023-06-06"


@pytest.fixture(scope="module")
def times(time_triples):
    """The times stage's (text, type, value) items for a text on a page of that date."""
    return time_triples


EVES = [
    # the event's day in its own phrase
    ("Ballots were printed on the eve of the vote on Sunday.", TUESDAY, "2023-06-03"),
    ("Ballots were printed on the eve of Sunday's vote.", TUESDAY, "2023-06-03"),
    ("Ballots were printed on the eve of the 2 June referendum.", TUESDAY, "2023-06-01"),
    ("Ballots were printed on the eve of the referendum, which was held on 2 June.", TUESDAY, "2023-06-01"),
    # in another sentence naming the same event
    (
        "The referendum took place on 2 June. Ballots went missing on the eve of the referendum.",
        TUESDAY,
        "2023-06-01",
    ),
    # no date for the event: a day left unresolved
    ("Ballots went missing on the eve of the summit.", TUESDAY, "XXXX-XX-XX"),
    # a date of another clause is not the event's
    ("On the eve of the summit, officials said on Monday that talks were over.", TUESDAY, "XXXX-XX-XX"),
]


@pytest.mark.parametrize(("sentence", "published", "value"), EVES)
def test_eve_of_event(times, sentence: str, published: str, value: str) -> None:
    found = times(sentence, published)
    assert [v for text, _, v in found if text.lower() == "the eve"] == [value]


def test_eve_needs_an_event(times) -> None:
    found = times("Fireworks lit the sky on New Year's Eve. The eve of destruction is a song.", TUESDAY)
    assert [text for text, _, _ in found] == ["New Year's Eve"]


REQUESTS = [
    # on a Monday page, the Friday a request asks for is the coming one, not the one gone by
    ("The nurses' union urged its members to stay at home on Friday.", MONDAY, ("Friday", "2023-06-09")),
    ("The mayor called on traders to shut their stalls on Saturday.", MONDAY, ("Saturday", "2023-06-10")),
    ("Wardens asked hikers to keep off the ridge on Friday.", MONDAY, ("Friday", "2023-06-09")),
    ("The league encouraged fans to arrive early on Saturday.", MONDAY, ("Saturday", "2023-06-10")),
    # the request's own day, a request told in the pluperfect, an order: the day gone by
    ("The union urged members on Friday to reject the offer.", MONDAY, ("Friday", "2023-06-02")),
    ("The union had urged members to stay at home on Friday.", MONDAY, ("Friday", "2023-06-02")),
    ("The mayor urged calm on Saturday after the fire.", MONDAY, ("Saturday", "2023-06-03")),
    ("Police ordered villagers to leave on Saturday.", MONDAY, ("Saturday", "2023-06-03")),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), REQUESTS)
def test_weekday_of_a_request(times, sentence: str, published: str, expected: tuple[str, str]) -> None:
    text, value = expected
    assert (text, "DATE", value) in times(sentence, published)


PREVIOUS = [
    # anchored on the day named just before, the request's coming Friday included
    (
        "The union urged members to stay at home on Friday. The previous evening, leaders will meet.",
        MONDAY,
        ("The previous evening", "TIME", "2023-06-08TEV"),
    ),
    (
        "The stoppage began on Wednesday. The previous evening, drivers blocked the depot.",
        TUESDAY,
        ("The previous evening", "TIME", "2023-05-30TEV"),
    ),
    (
        "The ferry ran aground on 28 May. The previous night, the crew had reported a fault.",
        TUESDAY,
        ("The previous night", "TIME", "2023-05-27TNI"),
    ),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), PREVIOUS)
def test_previous_part_of_day(times, sentence: str, published: str, expected: tuple[str, str, str]) -> None:
    assert expected in times(sentence, published)


AGO = [
    (
        "The board promised a fortnight ago to pay the arrears.",
        TUESDAY,
        ("a fortnight ago", "DATE", "2023-05-23"),
    ),
    ("The board met two weeks ago.", TUESDAY, ("two weeks ago", "DATE", "2023-W21")),
    ("The board met ten days ago.", TUESDAY, ("ten days ago", "DATE", "2023-05-27")),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), AGO)
def test_fortnight_ago_is_a_day(times, sentence: str, published: str, expected: tuple[str, str, str]) -> None:
    assert expected in times(sentence, published)


STAMP_LINES = [
    # a date with hyphens or slashes around its month's name, day first or year first
    ("Aired 07-Jun-2023 | 18:05 | Listen (3:40)\n\nThe board met.", ("07-Jun-2023", "DATE", "2023-06-07")),
    ("Posted 2023-JUN-07\n\nThe board met.", ("2023-JUN-07", "DATE", "2023-06-07")),
    ("Filed 7/jun/2023\n\nThe board met.", ("7/jun/2023", "DATE", "2023-06-07")),
    # the 24-hour clock after a stamp's date on its line, with a zone the stage does not know or none
    ("Aired 07-Jun-2023 | 18:05 | Listen (3:40)\n\nThe board met.", ("18:05", "TIME", "2023-06-07T18:05")),
    ("Posted : 2023.06.07 09:40 WIT\n\nThe board met.", ("09:40", "TIME", "2023-06-07T09:40")),
    ("Published: June 07, 2023 21:05 AST\n\nThe board met.", ("21:05", "TIME", "2023-06-07T21:05")),
]


@pytest.mark.parametrize(("text", "expected"), STAMP_LINES)
def test_stamp_line_dates_and_clocks(times, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in times(text, TUESDAY)


NO_CLOCK = [
    "The motion passed 2023 12:30 in the end.",  # a year before figures is no stamp
    "Code 07-Jun-20234 was void.",  # no date inside a longer code
    "The file 07-Jun-2023-final was sent.",
]


@pytest.mark.parametrize("text", NO_CLOCK)
def test_no_stamp_clock_or_date(times, text: str) -> None:
    assert [t for t in times(text, TUESDAY) if t[1] == "TIME" or "-" in t[0]] == []
