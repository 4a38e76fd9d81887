"""A page copied without its blank lines: the headline set directly over a bare name line (no "By"),
with the reporter's role and the time stamp under it ("Quay fees to double" / "Tomas Vidal" / "Mar 12,
2026, 9:40 AM ET"); a name in capitals over its role ("TOMAS VIDAL" / "Staff Writer") is the
author, in title case."""

from __future__ import annotations

import pytest

from conftest import prose_body
from storyline.read import find_metadata

HEADLINE = "Quay fees to double as breakwater repairs drag on"
BODY = prose_body("the story about the harbour")


@pytest.mark.parametrize(
    ("head", "authors", "date"),
    [
        ("Tomas Vidal\nMar 12, 2026, 9:40 AM ET", ("Tomas Vidal",), "2026-03-12"),
        ("Tomas Vidal, Staff Writer\nPublished 9:40 a.m. ET March 12, 2026", ("Tomas Vidal",), "2026-03-12"),
        (
            "Tomas Vidal and Ines Barros\n12 March 2026, 09:40 GMT",
            ("Tomas Vidal", "Ines Barros"),
            "2026-03-12",
        ),
        ("TOMAS VIDAL\nStaff Writer\nMARCH 12, 2026", ("Tomas Vidal",), "2026-03-12"),
        ("Tomas Vidal\nHarbour Correspondent\nPosted March 12, 2026", ("Tomas Vidal",), "2026-03-12"),
    ],
)
def test_headline_over_a_bare_byline(head: str, authors: tuple[str, ...], date: str) -> None:
    meta = find_metadata(f"{HEADLINE}\n{head}\n\n{BODY}\n")
    assert (meta.headline, meta.authors, meta.published) == (HEADLINE, authors, date)


@pytest.mark.parametrize(
    "head",
    [
        "Latest Updates\nMarch 12, 2026",
        "North Harbour\nMarch 12, 2026",
        "MARKETS LIVE\nStaff Writer\nMARCH 12, 2026",
    ],
)
def test_a_place_or_a_label_over_the_stamp_is_no_author(head: str) -> None:
    meta = find_metadata(f"{HEADLINE}\n{head}\n\n{BODY}\n")
    assert (meta.authors, meta.published) == ((), "2026-03-12")
