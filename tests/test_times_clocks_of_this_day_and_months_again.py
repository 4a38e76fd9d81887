"""Times: a clock with the page's day's part after it ("at 7:15 this morning", "by 9 tonight", "at
11.30 last night") is one time on that day, and a later bare clock of the story takes its day; a month
told again without its year, with no other date named since the month written with its past year, is
that year's however many paragraphs lie between. Every sentence here is invented."""

from __future__ import annotations

import pytest

SUNDAY = "2026-11-08"

CLOCKS = [
    (
        "The warehouse fire was declared out at 7:15 this morning, the brigade said.",
        [("7:15 this morning", "TIME", "2026-11-08T07:15")],
    ),
    ("The ferry will leave at 5 this afternoon.", [("5 this afternoon", "TIME", "2026-11-08T17:00")]),
    ("A curfew begins at 9 tonight in the old town.", [("9 tonight", "TIME", "2026-11-08T21:00")]),
    (
        "Shops on Calle Real were looted at 11.30 last night, police said.",
        [("11.30 last night", "TIME", "2026-11-07T23:30")],
    ),
    ("The tremor struck at 4:30 this morning.", [("4:30 this morning", "TIME", "2026-11-08T04:30")]),
    ("The market opened at 6:30 in the morning.", [("6:30 in the morning", "TIME", "2026-11-08T06:30")]),
    # a later bare clock of the story is on that clock's day, not on the last day named before it
    (
        "The blaze broke out late on Saturday. It was put out at 7:15 this morning. "
        "A body was found at about 10 a.m.",
        [
            ("Saturday", "DATE", "2026-11-07"),
            ("7:15 this morning", "TIME", "2026-11-08T07:15"),
            ("about 10 a.m.", "TIME", "2026-11-08T10:00"),
        ],
    ),
    # paragraphs later, after a night named before the clock of this morning
    (
        "Crews fought the blaze through the night of Saturday.\n\n"
        "The fire was declared under control at 6:40 this morning.\n\n"
        "A third body was found at about 9 a.m., the coroner said.",
        [
            ("the night of Saturday", "TIME", "2026-11-07TNI"),
            ("6:40 this morning", "TIME", "2026-11-08T06:40"),
            ("about 9 a.m.", "TIME", "2026-11-08T09:00"),
        ],
    ),
    # a count before the day's part is no clock
    ("The striker scored 2 this afternoon.", [("this afternoon", "TIME", "2026-11-08TAF")]),
]


@pytest.mark.parametrize(("text", "want"), CLOCKS, ids=[t[:28] for t, _ in CLOCKS])
def test_a_clock_of_this_days_part(time_triples, text: str, want: list) -> None:
    assert time_triples(text, published=SUNDAY) == want


def test_a_month_told_again_paragraphs_later_keeps_its_year(time_triples) -> None:
    text = (
        "Three guards are accused of selling the ivory in June 2023.\n\n"
        "The trial opened before a full gallery.\n\n"
        "The defence asked for more time to study the files.\n\n"
        "A warehouse clerk said the tusks left the depot in June, the middle of June."
    )
    got = [t for t in time_triples(text, published=SUNDAY) if "June" in t[0]]
    assert got == [
        ("June 2023", "DATE", "2023-06"),
        ("June", "DATE", "2023-06"),
        ("the middle of June", "DATE", "2023-06"),
    ]
