"""A show's page: an all-caps episode or issue line as its stamp ("EP. 57 | MAR 09 2025 | 41:02"), its
credits ("Hosted by …", "Produced by …") at the head or the foot, and a reporter's role on a line of
its own under the byline, which is no publisher."""

from __future__ import annotations

import pytest

from conftest import prose_body
from storyline.read import find_metadata, parse_stamp

BODY = prose_body("the episode's notes", 12)


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("EP. 112 | OCT 14 2025 | 38:47", "2025-10-14"),
        ("ISSUE 31 · FEB 02 2026 · 6 MIN", "2026-02-02"),
        ("Episode 9 | Apr 3, 2026 | 52 min", "2026-04-03"),
        ("S4 E2 · 17 NOV 2025 · 1 hr 12 min", "2025-11-17"),
        ("Season 2, Episode 6 | 30 JAN 2026 | 44:10", "2026-01-30"),
        ("Ep 41 | 8 July 2025", "2025-07-08"),
    ],
)
def test_episode_and_issue_lines_are_stamps(line: str, date: str) -> None:
    assert parse_stamp(line) == ("", date)


@pytest.mark.parametrize("line", ["Episode 9 | Why the river ran dry", "EP. 112 | 38:47"])
def test_episode_lines_without_a_date_are_no_stamps(line: str) -> None:
    assert parse_stamp(line) is None


def test_episode_line_dates_the_page() -> None:
    text = "THE QUIET FIELD\nEP. 112 | OCT 14 2025 | 38:47\n\nWhy the orchards are moving north\n\n" + BODY
    assert find_metadata(text).published == "2025-10-14"


@pytest.mark.parametrize(
    ("head", "foot", "authors", "contributors"),
    [
        (
            "",
            "Hosted by Oskar Lindgren.\nProduced by Amara Eze and Jun Park",
            ("Oskar Lindgren", "Amara Eze", "Jun Park"),
            (),
        ),
        ("", "Hosted by Oskar Lindgren. Produced by Amara Eze.", ("Oskar Lindgren", "Amara Eze"), ()),
        (
            "Hosted by Oskar Lindgren\n\n",
            "Produced by Amara Eze | Presented by Jun Park",
            ("Oskar Lindgren", "Amara Eze", "Jun Park"),
            (),
        ),
        (
            "",
            "Hosted and produced by Oskar Lindgren. Edited by Lea Moss.",
            ("Oskar Lindgren",),
            (),
        ),
        (
            "Hosted and produced by Oskar Lindgren\n\n",
            "Presented by Jun Park",
            ("Oskar Lindgren", "Jun Park"),
            (),
        ),
        (
            "By Rhea Castell\n\n",
            "Produced by Amara Eze\nAdditional reporting by Tariq Nour",
            ("Rhea Castell",),
            ("Tariq Nour", "Amara Eze"),
        ),
    ],
)
def test_foot_credits(head: str, foot: str, authors: tuple[str, ...], contributors: tuple[str, ...]) -> None:
    text = "Why the orchards are moving north\n\n" + head + BODY + "\n\n" + foot + "\n"
    meta = find_metadata(text)
    assert (meta.authors, meta.contributors) == (authors, contributors)


def test_a_sentence_opening_with_hosted_by_names_no_one() -> None:
    text = (
        "Why the orchards are moving north\n\n"
        + BODY
        + "\n\nHosted by the growers' union, the fair drew 4,000 visitors.\n"
    )
    assert find_metadata(text).authors == ()


@pytest.mark.parametrize(
    ("role", "publisher"),
    [
        ("Court Reporter", None),
        ("Senior Political Correspondent", None),
        ("Health and Science Editor", None),
        ("Chief Business Reporter\nThe Valley Ledger", "The Valley Ledger"),
        ("The Valley Ledger", "The Valley Ledger"),
    ],
)
def test_role_line_under_byline_is_no_publisher(role: str, publisher: str | None) -> None:
    text = f"Quarry expansion approved\n\nBy Ines Varga\n{role}\n\nThe board voted on Tuesday.\n"
    meta = find_metadata(text)
    assert (meta.authors, meta.publisher) == (("Ines Varga",), publisher)
