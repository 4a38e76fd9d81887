"""Times: days told against an event or a telling. "the eve of the vote" and "polling day" count from
the vote's day, not from a day named beside a body's name ("the Electoral Commission"); "the day
after the grounding" from the day the ship "ran aground" (words that tell an event: ``times.json``);
a quoted "today" in words that go on from a dated telling in their paragraph is the telling's day;
an "until" limit on an instruction told in the past ("were told not to sail until Saturday") and a
weekday in a purpose after a past verb lie ahead or nearest; a past clock after one anchored after
the last day named is on that clock's day. Every sentence here is invented."""

from __future__ import annotations

import pytest

CASES = [
    # the vote's day, not the day beside "Electoral Commission"
    (
        "Crowds gathered outside the national Election Board on Monday evening, police said on "
        "Tuesday. They rejected the count of Sunday's election in Korvale. Monitors reported no "
        "incidents on the eve of the vote or on polling day.",
        "2026-04-14",
        [
            ("Monday evening", "TIME", "2026-04-13TEV"),
            ("Tuesday", "DATE", "2026-04-14"),
            ("Sunday", "DATE", "2026-04-12"),
            ("the eve", "DATE", "2026-04-11"),
            ("polling day", "DATE", "2026-04-12"),
        ],
    ),
    (
        "A tanker ran aground off Cape Vidal late on Friday, the port authority said on Monday. "
        "Its crew was lifted off the day after the grounding.",
        "2026-11-09",
        [
            ("Friday", "DATE", "2026-11-06"),
            ("Monday", "DATE", "2026-11-09"),
            ("the day", "DATE", "2026-11-07"),
        ],
    ),
    (
        "A fuel depot exploded in the port on Tuesday night. Residents had complained of fumes on the "
        "eve of the explosion.",
        "2026-11-06",
        [("Tuesday night", "TIME", "2026-11-03TNI"), ("the eve", "DATE", "2026-11-02")],
    ),
    # a quotation going on from a telling dated in its paragraph
    (
        "Inspectors found lead in the pipes, the water board's chief, Ama Owusu, told reporters in "
        'Kumasi on Friday. "These pipes should have gone long ago," she said. "We are asking every '
        'household to boil its water today."',
        "2026-11-08",
        [("Friday", "DATE", "2026-11-06"), ("today", "DATE", "2026-11-06")],
    ),
    # an instruction's limit, told in the past: still ahead
    (
        "Fishermen in Sfax were told not to go out until the weekend.",
        "2026-03-03",
        [("the weekend", "DATE", "2026-W10-WE")],
    ),
    (
        "Hikers were warned not to climb the peak until Sunday.",
        "2026-03-03",
        [("Sunday", "DATE", "2026-03-08")],
    ),
    # a purpose after a past verb: the nearest such day
    (
        "The agency said it would reopen the old bridge, closed to lorries since 2004, to let through 60 "
        "trucks of aid on Wednesday.",
        "2025-10-21",
        [("2004", "DATE", "2004"), ("Wednesday", "DATE", "2025-10-22")],
    ),
    # a clock anchored after the last day named: the next clocks of the night are on its day
    (
        "Protesters marched on the palace on Monday evening, officials said on Tuesday.\n\n"
        "Riot police cleared the square shortly after midnight.\n\n"
        "A student leader said she had been detained at about 3 a.m.",
        "2026-04-14",
        [
            ("Monday evening", "TIME", "2026-04-13TEV"),
            ("Tuesday", "DATE", "2026-04-14"),
            ("shortly after midnight", "TIME", "2026-04-14T00:00"),
            ("about 3 a.m.", "TIME", "2026-04-14T03:00"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "want"), CASES, ids=[t[:26] for t, _, _ in CASES])
def test_days_told_against_events_and_tellings(time_triples, text: str, published: str, want: list) -> None:
    assert time_triples(text, published=published) == want
