"""Inputs the reader must refuse or keep with a clear account rather than let the parser fail on, or
read differently from day to day: a text too long for spaCy (under the byte limit), a publication
date that is a year or a month, and one written relative to today ("yesterday")."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from storyline.read import MAX_TEXT_CHARS, ReadError, read_paths
from storyline.read.dates import iso_date
from storyline.stages.analyse import parse_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-05-03", dt.date(2022, 5, 3)),
        ("2022-05-03T10:00:00Z", dt.date(2022, 5, 3)),
        ("2022", None),  # a year cannot anchor "on Tuesday"
        ("2022-05", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_date_takes_a_day_and_leaves_a_year_or_month_undated(value, expected) -> None:
    assert parse_date(value) == expected


def test_a_feed_line_dated_by_its_year_is_processed_undated(pipeline, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    line = {"text": "Police in Lyon arrested two men on Tuesday, officials said.", "published": "2022"}
    feed.write_text(json.dumps(line) + "\n", encoding="utf-8")
    (article,) = list(read_paths([feed]))
    assert article.published == "2022"
    (record,) = list(pipeline.process_articles([article]))
    assert record.article.published == "2022"
    assert [p.text for p in record.places] == ["Lyon"]


@pytest.mark.parametrize("suffix", [".txt", ".jsonl"])
def test_a_text_too_long_to_parse_is_refused_by_the_reader(tmp_path: Path, suffix: str) -> None:
    text = ("The council met on Monday and voted on the budget. " * 20_000)[: MAX_TEXT_CHARS + 10]
    path = tmp_path / f"long{suffix}"
    path.write_text(json.dumps({"text": text}) + "\n" if suffix == ".jsonl" else text, encoding="utf-8")
    (item,) = list(read_paths([path]))
    assert isinstance(item, ReadError)
    assert item.code == "R005"
    assert "too long to parse" in str(item) and f"{MAX_TEXT_CHARS:,}" in str(item)


@pytest.mark.parametrize("value", ["yesterday", "3 days ago", "next week", "today"])
def test_a_relative_publication_date_is_not_read_against_the_clock(value: str) -> None:
    assert iso_date(value) is None


@pytest.mark.parametrize(
    ("value", "expected"), [("3 de março de 2024", "2024-03-03"), ("12. Januar 2025", "2025-01-12")]
)
def test_a_written_date_in_another_language_is_still_read(value: str, expected: str) -> None:
    assert iso_date(value) == expected
