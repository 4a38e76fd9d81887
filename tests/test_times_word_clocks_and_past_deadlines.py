"""Times: a clock told in words ("six in the morning", "half past nine at night") read as "6 a.m."
is; a clock time in the sentence after a narrated day takes that day (its part of the day too, and
not a statement's day named after it); a deadline a past telling set ("were told in March to leave
by the end of April", said in June) is the past month, not next year's."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Soldiers surrounded the village at six in the morning on Sunday.",
            ("six in the morning", "TIME", "2026-03-08T06:00"),
        ),
        (
            "The explosion was heard around half past nine at night on Friday, residents said.",
            ("around half past nine at night", "TIME", "2026-03-06T21:30"),
        ),
        (
            "The last bus left at a quarter to eight in the evening.",
            ("a quarter to eight in the evening", "TIME", "2026-03-10T19:45"),
        ),
        (
            "Guards opened the gates at 6 o'clock in the morning.",
            ("6 o'clock in the morning", "TIME", "2026-03-10T06:00"),
        ),
        (
            "The curfew starts at ten at night.",
            ("ten at night", "TIME", "2026-03-10T22:00"),
        ),
        (
            "Looters struck at two at night.",
            ("two at night", "TIME", "2026-03-10T02:00"),
        ),
    ],
)
def test_clock_in_words(time_triples, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in time_triples(text, published="2026-03-10")


def test_clock_in_words_only_after_a_preposition(time_triples) -> None:
    got = time_triples(
        "Five in the morning shift were hurt. The rest left at seven in the evening.", "2026-03-10"
    )
    assert [t for t in got if t[1] == "TIME"] == [("seven in the evening", "TIME", "2026-03-10T19:00")]


@pytest.mark.parametrize(
    ("text", "clock", "value"),
    [
        (
            "The storm reached Tacloban late on Saturday, officials said on Monday. "
            "Power failed at about 11:15 p.m.",
            "about 11:15 p.m.",
            "2026-03-07T23:15",
        ),
        (
            "KANDY, March 10 - The landslide struck on Sunday night. "
            "Rescuers arrived at 10:50 p.m., the district office said.",
            "10:50 p.m.",
            "2026-03-08T22:50",
        ),
        (
            "Gunfire erupted late on Friday night. At 1:30 a.m. troops sealed the bridge.",
            "1:30 a.m.",
            "2026-03-07T01:30",
        ),
    ],
)
def test_clock_after_a_narrated_day(time_triples, text: str, clock: str, value: str) -> None:
    assert (clock, "TIME", value) in time_triples(text, published="2026-03-10")


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Stallholders were told in February to vacate the market by the end of April.",
            "2026-07-02",
            ("the end of April", "DATE", "2026-04"),
        ),
        (
            "The tenants were ordered in January to leave by the end of March.",
            "2026-12-01",
            ("the end of March", "DATE", "2026-03"),
        ),
        (
            "Squatters were told to clear the site by May.",
            "2026-07-02",
            ("May", "DATE", "2026-05"),
        ),
    ],
)
def test_deadline_set_by_a_past_telling(time_triples, text: str, published: str, expected: tuple) -> None:
    assert expected in time_triples(text, published=published)


def test_deadline_after_its_telling_month(time_triples) -> None:
    # told in November for February, said in December: February still ahead; told in March for April,
    # said in June: April gone by
    assert ("February", "DATE", "2027-02") in time_triples(
        "The families were told in November to leave by February.", published="2026-12-10"
    )
    assert ("April", "DATE", "2026-04") in time_triples(
        "The families were told in March to leave by April.", published="2026-06-10"
    )
