"""Times: an offset finer than the time it counts from ("two weeks later" after "In 1979", "three
days later" after "in March 2020") is known to that time's granularity only: the year or the month,
moved by the whole years or months the offset spans, never a week or a day made up from the first of
the year or month. Every sentence here is invented."""

from __future__ import annotations

import pytest

from storyline.stages.times import _shift

OFFSETS = [
    (
        "The bridge over the Orvan opened in 1984. Two weeks later, a barge struck one of its piers.",
        [("1984", "DATE", "1984"), ("Two weeks later", "DATE", "1984")],
    ),
    (
        "Teodora Vasile joined the orchestra in 1962. Ten days later she played her first concert.",
        [("1962", "DATE", "1962"), ("Ten days later", "DATE", "1962")],
    ),
    (
        "The mill closed in 1991. Eighteen months later the town sold the site.",
        [("1991", "DATE", "1991"), ("Eighteen months later", "DATE", "1992")],
    ),
    (
        "The strike began in March 2019. Three weeks later the yard reopened.",
        [("March 2019", "DATE", "2019-03"), ("Three weeks later", "DATE", "2019-03")],
    ),
    (
        "The ferry sank in October 2008. Forty days later divers reached the wreck.",
        [("October 2008", "DATE", "2008-10"), ("Forty days later", "DATE", "2008-11")],
    ),
    # a day's anchor keeps the offset's own granularity
    (
        "The dam failed on May 3, 2011. Two weeks later the army left.",
        [("May 3, 2011", "DATE", "2011-05-03"), ("Two weeks later", "DATE", "2011-W20")],
    ),
]


@pytest.mark.parametrize(("text", "want"), OFFSETS, ids=[t[:24] for t, _ in OFFSETS])
def test_an_offset_keeps_its_anchors_granularity(time_triples, text: str, want: list) -> None:
    assert time_triples(text, published="2026-02-10") == want


@pytest.mark.parametrize(
    ("ref", "amount", "unit", "value"),
    [
        ("1979", 2, "week", "1979"),
        ("1979", -3, "day", "1979"),
        ("1979", 6, "month", "1979"),
        ("2020-03", 40, "day", "2020-04"),
        ("1988-Q3", 2, "week", "1988-Q3"),
        ("1988-Q3", 4, "month", "1988-Q4"),
        ("1988-H2", 3, "week", "1988"),
    ],
)
def test_shift_from_a_coarse_anchor(ref: str, amount: int, unit: str, value: str) -> None:
    assert _shift(ref, amount, unit) == value
