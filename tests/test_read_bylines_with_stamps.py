"""A byline sharing its line with the page's time stamp gives both the authors and the date, in
either order and with a reporter's role after the name: "By Tomas Vidal, Staff Writer | Posted 9:40
am, March 12, 2026", "Posted 9:40 am, March 12, 2026 by Tomas Vidal", a bare name with its role
("Tomas Vidal, Metro Reporter | Updated …"); a line with both a posting and an update gives the
posting's day whatever their order, and an update's clock without its day ("Last updated 11:02 am")
is part of the stamp."""

from __future__ import annotations

import pytest

from conftest import prose_body
from storyline.read import find_metadata, parse_byline, parse_stamp

BODY = prose_body("the story about the harbour")


@pytest.mark.parametrize(
    ("line", "authors", "date"),
    [
        # the role after the name, the date after the stamp's clock
        ("By Tomas Vidal, Staff Writer | Posted 9:40 am, March 12, 2026", ("Tomas Vidal",), "2026-03-12"),
        # the stamp first, its clock before or after the date
        ("Posted 9:40 am, March 12, 2026 by Tomas Vidal, Staff Writer", ("Tomas Vidal",), "2026-03-12"),
        ("Posted March 12, 2026 at 9:40 am by Tomas Vidal", ("Tomas Vidal",), "2026-03-12"),
        ("Published 12 March 2026, 09:40 GMT, by Tomas Vidal", ("Tomas Vidal",), "2026-03-12"),
        # an update's clock without its day after the posting
        (
            "By Tomas Vidal, Staff Writer | Posted 9:40 am, March 12, 2026 | Last updated 11:02 am",
            ("Tomas Vidal",),
            "2026-03-12",
        ),
        # the update before the posting: the posting's day is the page's
        (
            "By Tomas Vidal | Updated 4:05 pm EDT, March 13, 2026 Posted 9:40 am EDT, March 12, 2026",
            ("Tomas Vidal",),
            "2026-03-12",
        ),
        (
            "Updated March 13, 2026 | Posted March 12, 2026 | By Tomas Vidal, Harbour Reporter",
            ("Tomas Vidal",),
            "2026-03-12",
        ),
        # a bare name and its role beside the stamp
        ("Tomas Vidal, Metro Reporter | Updated 9:40 am, March 12, 2026", ("Tomas Vidal",), "2026-03-12"),
        ("Tomas Vidal | Staff Writer | March 12, 2026", ("Tomas Vidal",), "2026-03-12"),
        (
            "Tomas Vidal and Ines Barros, Staff Writers · March 12, 2026 · 4 min read",
            ("Tomas Vidal", "Ines Barros"),
            "2026-03-12",
        ),
        # "Story by", and a role between the name and the paper's
        (
            "Story by Tomas Vidal, Staff Writer | Posted 9:40 am, March 12, 2026",
            ("Tomas Vidal",),
            "2026-03-12",
        ),
        ("By Tomas Vidal, Staff Writer; Posted 9:40 am, March 12, 2026", ("Tomas Vidal",), "2026-03-12"),
    ],
)
def test_byline_and_stamp_on_one_line(line: str, authors: tuple[str, ...], date: str) -> None:
    meta = find_metadata(f"Harbour fees to double from April\n\n{line}\n\n{BODY}\n")
    assert (meta.authors, meta.published) == (authors, date)


def test_role_between_name_and_paper() -> None:
    assert parse_byline("By Tomas Vidal, Staff Writer, The Quay Herald", prefixed=True) == (
        ("Tomas Vidal",),
        "The Quay Herald",
    )


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Updated March 13, 2026 | Posted March 12, 2026", ("posted", "2026-03-12")),
        ("Updated 4:05 pm, March 13, 2026 Published 9:40 am, March 12, 2026", ("published", "2026-03-12")),
        ("Published March 12, 2026 | Updated March 13, 2026", ("published", "2026-03-12")),
        ("Updated March 13, 2026", ("updated", "2026-03-13")),
    ],
)
def test_posting_before_update_on_one_stamp_line(line: str, stamp: tuple[str, str]) -> None:
    assert parse_stamp(line) == stamp


@pytest.mark.parametrize(
    "line",
    [
        "Markets Live | March 12, 2026",
        "Asia Pacific | March 12, 2026",
        "Latin America · March 12, 2026 · 4 min read",
    ],
)
def test_section_beside_a_stamp_is_no_author(line: str) -> None:
    meta = find_metadata(f"Harbour fees to double from April\n\n{line}\n\n{BODY}\n")
    assert (meta.authors, meta.published) == ((), "2026-03-12")


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("By Tomas Vidal, Special to the Quay Herald", "The Quay Herald"),
        ("By Tomas Vidal, special to The Harbour Ledger", "The Harbour Ledger"),
    ],
)
def test_special_to_names_the_paper(line: str, publisher: str) -> None:
    assert parse_byline(line, prefixed=True) == (("Tomas Vidal",), publisher)
