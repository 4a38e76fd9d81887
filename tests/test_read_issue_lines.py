"""A show's or a newsletter's episode or issue line as the page's stamp, whatever sets its number
apart from its date: a bar, a spaced dash, a dash run on ("EPISODE 88—3 June 2026"), a colon or a
comma; and a day without its year after such a label ("Issue 17 — Thursday, June 4"), in the year
the page's footer or address gives."""

from __future__ import annotations

import pytest

from conftest import prose_body
from storyline.read import find_metadata, parse_stamp

BODY = prose_body("the programme's notes")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("EPISODE 88—3 June 2026", "2026-06-03"),
        ("Episode 88: 3 June 2026", "2026-06-03"),
        ("Ep. 88 : Wednesday, 3 June 2026", "2026-06-03"),
        ("ISSUE 17: JUNE 3, 2026", "2026-06-03"),
        ("Issue 17, Wednesday, June 3, 2026", "2026-06-03"),
        ("Vol. 4, Issue 17: June 3, 2026", "2026-06-03"),
        ("Season 3, Episode 5 – 3 June 2026", "2026-06-03"),
        ("No. 512: 3 June 2026", "2026-06-03"),
    ],
)
def test_issue_label_before_a_date_is_a_stamp(line: str, date: str) -> None:
    assert parse_stamp(line) == ("", date)
    text = f"THE GRAIN REPORT\n{line}\n\nWhy the barley harvest came early\n\n{BODY}\n"
    assert find_metadata(text).published == date


@pytest.mark.parametrize(
    "line",
    [
        "Episode 88: Why the barley harvest came early",
        "Issue 17: The year of the long drought",
        "Episode 88 — 41:20",
        "Number 10: June 3, 2026 was a quiet day in the capital",
    ],
)
def test_issue_label_without_a_date_is_no_stamp(line: str) -> None:
    assert parse_stamp(line) is None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("Issue 17 — Thursday, June 4", "2026-06-04"),
        ("ISSUE 17 - THURSDAY, JUNE 4", "2026-06-04"),
        ("Issue 17: Thu, June 4", "2026-06-04"),
        ("Episode 88 | 4 June", "2026-06-04"),
        ("Episode 88—June 4", "2026-06-04"),
    ],
)
def test_issue_label_before_a_day_without_its_year(line: str, date: str) -> None:
    text = f"THE GRAIN REPORT\n{line}\n\nWhy the barley harvest came early\n\n{BODY}\n\n© 2026 Grain Report"
    meta = find_metadata(text)
    assert meta.published == date
    assert meta.headline == "Why the barley harvest came early"
