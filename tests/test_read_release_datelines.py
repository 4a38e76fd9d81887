"""A press release's dateline names its distributor between slashes or in brackets between double
dashes ("DENVER, Colo., May 5, 2026 /PRNewswire/ -- …", "DENVER, Colo.--(BUSINESS WIRE)--…"): a
dateline, its place the filing city, its distributor its tag and its day the page's."""

from __future__ import annotations

import pytest

from conftest import prose_body
from storyline.read import datelines, find_metadata

BODY = prose_body("the release about the new plant", 5, "a paragraph")


@pytest.mark.parametrize(
    ("line", "place", "agency", "day"),
    [
        (
            "DENVER, Colo., May 5, 2026 /PRNewswire/ -- Brightfold Labs said",
            "DENVER",
            "PRNewswire",
            "2026-05-05",
        ),
        ("OSLO, Norway, 5 May 2026 /PRNewswire/ — Brightfold Labs said", "OSLO", "PRNewswire", "2026-05-05"),
        ("DENVER, Colo.--(BUSINESS WIRE)--Brightfold Labs said", "DENVER", "BUSINESS WIRE", None),
        ("Denver, May 5, 2026 /Newsfile/ -- Brightfold Labs said", "Denver", "Newsfile", "2026-05-05"),
    ],
)
def test_release_datelines(line: str, place: str, agency: str, day: str | None) -> None:
    (d,) = datelines(line)
    assert (line[d.place[0] : d.place[1]], d.agency, d.day) == (place, agency, day)
    assert line[d.end :].startswith("Brightfold")


def test_release_dateline_dates_the_page() -> None:
    line = "DENVER, Colo., May 5, 2026 /PRNewswire/ -- Brightfold said."
    text = f"Brightfold Labs to open plant\n\n{line}\n\n{BODY}\n"
    assert find_metadata(text).published == "2026-05-05"


@pytest.mark.parametrize("line", ["Prices rose /sharply/ -- traders said", "The and/or rule -- a note"])
def test_slashes_in_prose_are_no_dateline(line: str) -> None:
    assert datelines(line) == []
