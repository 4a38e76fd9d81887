"""A short numeric stamp with a weekday and two digits of its year ("Fri 13.11.26", "Tue 03/02/26"):
the weekday checks the date, so it is the page's date; without a weekday, a keyword or a clock such a
date is none, and a weekday the date does not fall on gives none."""

from __future__ import annotations

import pytest

from storyline.read import article_from_text
from storyline.read.dates import parse_stamp


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("Fri 13.11.26", "2026-11-13"),
        ("Tue 03.02.26", "2026-02-03"),  # dotted: day first
        ("Tue, 03.02.26", "2026-02-03"),
        ("Tue 03/02/26", "2026-02-03"),  # both orders possible: the weekday says which
        ("Mon 02/03/26", "2026-03-02"),
        ("Sat 11/14/26", "2026-11-14"),
        ("Mon 03.02.26", None),  # 3 February 2026 is a Tuesday
        ("Wed 03/02/26", None),
        ("13.11.26", None),  # no weekday, keyword or clock: a figure, not a stamp
    ],
)
def test_weekday_checks_a_two_digit_year(line: str, day: str | None) -> None:
    stamp = parse_stamp(line)
    assert (stamp[1] if stamp else None) == day


def test_short_stamp_is_the_pages_date() -> None:
    text = (
        "Northgate Tribune\n\nLibrary hours cut over winter\n\nThu 08.01.26\n\nBy Oskar Lindqvist\n\n"
        "The county library said it would close two branches on Saturdays until March.\n"
    )
    a = article_from_text(text, published=None)
    assert a.published == "2026-01-08"
