"""Times (session 19, second round): "the eve of the <event>" is the day before the event's day when the
story dates it by another noun of one vote ("the eve of the ballot" after "Saturday's election") or by its
verb ("the eve of the opening" after "opened … on Friday"); "polling day", "election day", "voting
day" is the day of the vote the story dates; "overnight" is the day of the morning the night ends on
(a DATE), the day named after it ("overnight and early Saturday") when there is one, the night of a
day named right after it ("overnight on Thursday", "overnight Saturday into Sunday": TimeML's "…TNI"),
and a noun's "overnight" ("overnight losses") the page's night; a bare clock in a later paragraph takes the
overnight's or the midnight's day told before it, not a day naming another event ("Sunday's
election"). Every sentence here is invented."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def time_items(pipeline, analyse):
    def run(text: str, published: str) -> list[tuple[str, str, str | None, str | None]]:
        return [(t.text, t.type, t.value, t.mod) for t in pipeline.times(analyse(text, published=published))]

    return run


def _pick(
    items: list[tuple[str, str, str | None, str | None]], text: str
) -> list[tuple[str, str, str | None]]:
    return [(t, ty, v) for t, ty, v, _ in items if t == text]


EVE = [
    # the event dated by its verb in another sentence
    (
        "Rebels and the army signed a truce in Kandor on Thursday after weeks of talks.\n\n"
        "On the eve of the peace signing, shells fell on the northern suburbs, residents said.",
        "2026-03-07",
        [("the eve", "DATE", "2026-03-04")],
    ),
    (
        "The mayor opened the new harbour bridge on Friday.\n\n"
        "On the eve of the opening, engineers ran last checks.",
        "2026-03-07",
        [("the eve", "DATE", "2026-03-05")],
    ),
    # the vote dated by another noun of one vote
    (
        "Voters in Marovia chose a new parliament in Sunday's ballot, officials said on Monday.\n\n"
        "The night before, on the eve of the poll, the opposition leader urged calm.",
        "2026-03-09",
        [("the eve", "DATE", "2026-03-07")],
    ),
    (
        "The referendum on Saturday drew a record turnout.\n\n"
        "On the eve of the ballot, rallies filled the square.",
        "2026-03-09",
        [("the eve", "DATE", "2026-03-06")],
    ),
    # the event is the head of its phrase, not its modifier
    (
        "Marovians chose a president in Sunday's ballot.\n\n"
        "On the eve of the national vote, shops shut early.",
        "2026-03-10",
        [("the eve", "DATE", "2026-03-07")],
    ),
    # the event's day, not the day it was told on
    (
        "Officials said on Monday that voters had chosen a new parliament in the election held on Sunday.\n\n"
        "The night before, on the eve of the poll, the opposition leader urged calm.",
        "2026-03-10",
        [("the eve", "DATE", "2026-03-07")],
    ),
    # no day for the event: a day not placed, as before
    (
        "Students marched through the capital on the eve of the congress.",
        "2026-03-07",
        [("the eve", "DATE", "XXXX-XX-XX")],
    ),
    (
        "The ministers met in Kandor on Thursday.\n\n"
        "Students marched through the capital on the eve of the congress.",
        "2026-03-07",
        [("the eve", "DATE", "XXXX-XX-XX")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), EVE)
def test_eve_of_event(time_items, text: str, published: str, expected: list) -> None:
    assert _pick(time_items(text, published), "the eve") == expected


POLL_DAY = [
    (
        "Marovians chose a new assembly in Sunday's general election.\n\n"
        "On polling day, turnout reached 60 percent by noon.",
        "2026-03-10",
        {
            "polling day": [("polling day", "DATE", "2026-03-08")],
            "noon": [("noon", "TIME", "2026-03-08T12:00")],
        },
    ),
    (
        "The presidential election was held on 1 March.\n\nObservers said election day passed calmly.",
        "2026-03-04",
        {"election day": [("election day", "DATE", "2026-03-01")]},
    ),
    (
        "Marovians voted in a referendum on Saturday.\n\nOn voting day, queues formed before dawn.",
        "2026-03-09",
        {"voting day": [("voting day", "DATE", "2026-03-07")]},
    ),
    # the vote dated in its own sentence
    (
        "Turnout in Sunday's municipal election was high, and polling day passed calmly, observers said.",
        "2026-03-10",
        {"polling day": [("polling day", "DATE", "2026-03-08")]},
    ),
    # no vote dated: a day not placed
    (
        "Observers will watch polling day closely, the commission said.",
        "2026-03-09",
        {"polling day": [("polling day", "DATE", "XXXX-XX-XX")]},
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), POLL_DAY)
def test_polling_day(time_items, text: str, published: str, expected: dict) -> None:
    items = time_items(text, published)
    assert {k: _pick(items, k) for k in expected} == expected


def test_us_election_day_stays_a_holiday(time_items) -> None:
    items = time_items("Early voting ends three days before Election Day.", "2026-10-20")
    assert _pick(items, "Election Day") == [("Election Day", "DATE", "2026-11-03")]


OVERNIGHT = [
    # the day of the morning the night ends on
    (
        "Rockets hit the port overnight, the army said.",
        "2026-03-09",
        "overnight",
        [("overnight", "DATE", "2026-03-09")],
    ),
    (
        "Crews will close the bridge overnight, the city said.",
        "2026-03-09",
        "overnight",
        [("overnight", "DATE", "2026-03-10")],
    ),
    # the day named right after it
    (
        "Fighting raged overnight and early Sunday in the border town, officials said.",
        "2026-03-09",
        "overnight",
        [("overnight", "DATE", "2026-03-08")],
    ),
    (
        "Storms battered the coast overnight on Thursday, cutting power to thousands.",
        "2026-03-09",
        "overnight",
        [("overnight", "TIME", "2026-03-05TNI")],
    ),
    (
        "Gunfire was heard overnight Saturday into Sunday near the barracks.",
        "2026-03-09",
        "overnight",
        [("overnight", "TIME", "2026-03-07TNI")],
    ),
    # after a past day its sentence names for an event: the night after that day
    (
        "A tanker ran aground off the cape late on Thursday, and tugs worked overnight to free it.",
        "2026-03-09",
        "overnight",
        [("overnight", "DATE", "2026-03-06")],
    ),
    # a statement's day before the page's, before or after it: that morning's
    (
        "The ministry said on Monday that it had detained 40 people overnight.",
        "2026-03-10",
        "overnight",
        [("overnight", "DATE", "2026-03-09")],
    ),
    (
        "Police detained 40 people overnight, the ministry said on Monday.",
        "2026-03-10",
        "overnight",
        [("overnight", "DATE", "2026-03-09")],
    ),
    (
        "Police detained 40 people overnight, the ministry said on Tuesday.",
        "2026-03-10",
        "overnight",
        [("overnight", "DATE", "2026-03-10")],
    ),
    # not after a day naming another event
    (
        "After Thursday's vote, crowds gathered in the square overnight.",
        "2026-03-09",
        "overnight",
        [("overnight", "DATE", "2026-03-09")],
    ),
    # a noun's "overnight": the page's night, as TimeBank writes it
    (
        "Shares opened lower after overnight losses in Tokyo.",
        "2026-03-09",
        "overnight",
        [("overnight", "TIME", "2026-03-09TNI")],
    ),
]


@pytest.mark.parametrize(("text", "published", "word", "expected"), OVERNIGHT)
def test_overnight(time_items, text: str, published: str, word: str, expected: list) -> None:
    assert _pick(time_items(text, published), word) == expected


CLOCK_AFTER_NIGHT = [
    # a later paragraph's bare clock: the midnight's day before it, not "Sunday's" election
    (
        "Police detained 40 people overnight in the capital, the interior ministry said on Tuesday.\n\n"
        "The raids began just after midnight, officials said.\n\n"
        "The detentions follow Sunday's presidential election, which the opposition says was rigged.\n\n"
        "One woman said officers broke down her door around 2 a.m. and took her son away.",
        "2026-03-10",
        "around 2 a.m.",
        [("around 2 a.m.", "TIME", "2026-03-10T02:00")],
    ),
    # after "overnight" alone: the small hours are the morning's day, the evening the day before's
    (
        "Troops shelled the ridge overnight, the army said.\n\n"
        "The move came a week after Monday's vote in the assembly.\n\n"
        "A shepherd said the first rounds landed around 4 a.m.",
        "2026-03-10",
        "around 4 a.m.",
        [("around 4 a.m.", "TIME", "2026-03-10T04:00")],
    ),
    (
        "Troops shelled the ridge overnight, the army said.\n\n"
        "A shepherd said the first rounds landed around 11 p.m.",
        "2026-03-10",
        "around 11 p.m.",
        [("around 11 p.m.", "TIME", "2026-03-09T23:00")],
    ),
]


@pytest.mark.parametrize(("text", "published", "word", "expected"), CLOCK_AFTER_NIGHT)
def test_clock_after_night(time_items, text: str, published: str, word: str, expected: list) -> None:
    assert _pick(time_items(text, published), word) == expected
