"""Times told against a day or a year the text names: a full date in capitals with an ordinal day
("TUESDAY, 3RD FEBRUARY, 2026"); a clock before the text's first day takes the page's day, not a
day named paragraphs later; a season in a sentence that names a year is that year's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "WEDNESDAY, 14TH OCTOBER, 2026\n\nThe board met.",
            ("WEDNESDAY, 14TH OCTOBER, 2026", "DATE", "2026-10-14"),
        ),
        ("MONDAY 1ST JUNE 2026\n\nThe board met.", ("MONDAY 1ST JUNE 2026", "DATE", "2026-06-01")),
        ("FRIDAY, JULY 3RD, 2026\n\nThe board met.", ("FRIDAY, JULY 3RD, 2026", "DATE", "2026-07-03")),
        ("22ND OF MARCH 2026\n\nThe board met.", ("22ND OF MARCH 2026", "DATE", "2026-03-22")),
    ],
)
def test_caps_date_with_an_ordinal_day(time_triples, text: str, expected: tuple[str, str, str]) -> None:
    assert time_triples(text, published="2026-11-01")[0] == expected


@pytest.mark.parametrize(
    ("text", "clock"),
    [
        # the page's day, not a day named further on
        (
            "The council sat at 9.15 a.m.\n\nAPOLOGIES\n\nThe chair noted that on Friday, 6th March, the "
            "depot had flooded.",
            ("9.15 a.m.", "TIME", "2026-03-10T09:15"),
        ),
        (
            "The hearing opened at 11 a.m.\n\nWITNESSES\n\nMs. Rook said the audit ended on 4 March.",
            ("11 a.m.", "TIME", "2026-03-10T11:00"),
        ),
        # a box of key facts over the lede, and a lede over its next paragraph, keep the later day
        (
            "At a glance\n- The barrier gave way at 05:40\n\nA flood barrier that gave way on Saturday "
            "swamped a suburb, engineers said.",
            ("05:40", "TIME", "2026-03-07T05:40"),
        ),
        (
            "The barrier gave way at 05:40.\n\nA flood barrier that gave way on Saturday swamped a suburb, "
            "engineers said.",
            ("05:40", "TIME", "2026-03-07T05:40"),
        ),
    ],
)
def test_clock_before_the_first_day(time_triples, text: str, clock: tuple[str, str, str]) -> None:
    assert clock in time_triples(text, published="2026-03-10")


@pytest.mark.parametrize(
    ("text", "season"),
    [
        ("In 2014 the ferry stopped running through the winter.", ("the winter", "DATE", "2014-WI")),
        ("During 2011 the pass stayed shut all winter.", ("winter", "DATE", "2011-WI")),
        ("Crews in 2019 worked on the bridge through the summer.", ("the summer", "DATE", "2019-SU")),
        # a year of a clause of its own, or of another sentence: the page's
        ("The mine, opened in 1998, flooded in the spring.", ("the spring", "DATE", "2026-SP")),
        (
            "The harbour was dredged in 2014.\n\nThe ferry stopped through the winter.",
            ("the winter", "DATE", "2026-WI"),
        ),
    ],
)
def test_season_in_a_sentence_naming_a_year(time_triples, text: str, season: tuple[str, str, str]) -> None:
    assert season in time_triples(text, published="2026-03-10")
