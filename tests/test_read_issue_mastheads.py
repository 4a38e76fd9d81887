"""A newsletter's, a magazine's or a show's masthead line that carries its issue or episode and its
date ("THE GRAIN REPORT — Issue 17 — June 3, 2026"): the name before them is the publisher (in title
case when the page sets it in capitals), the date the page's."""

from __future__ import annotations

import pytest

from conftest import prose_body
from storyline.read import find_metadata

BODY = prose_body("the issue's lead story")


@pytest.mark.parametrize(
    ("line", "publisher"),
    [
        ("THE GRAIN REPORT — Issue 17 — June 3, 2026", "The Grain Report"),
        ("THE GRAIN REPORT | Episode 88: June 3, 2026", "The Grain Report"),
        ("Fenwick Field Notes – No. 212 – 3 June 2026", "Fenwick Field Notes"),
        ("MARSH RADIO HOUR · EP. 41 · JUN 03 2026 · 52 MIN", "Marsh Radio Hour"),
    ],
)
def test_masthead_with_issue_and_date(line: str, publisher: str) -> None:
    meta = find_metadata(f"{line}\n\nWhy the barley harvest came early\n\n{BODY}\n")
    assert (meta.publisher, meta.published, meta.headline) == (
        publisher,
        "2026-06-03",
        "Why the barley harvest came early",
    )


@pytest.mark.parametrize("line", ["Barley prices — Issue 17 — June 3, 2026", "June 3, 2026 — Issue 17"])
def test_no_name_before_the_issue(line: str) -> None:
    assert find_metadata(f"{line}\n\nWhy the barley harvest came early\n\n{BODY}\n").publisher is None
