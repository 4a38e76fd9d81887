"""The invented articles of tests/data/articles, each scored whole by ../shared/tools/score-record.

Twelve articles of shapes the seed example lacks (wire datelines and agency tags, bylines, time
stamps, HTML and news-site pages, an article without a date, markets, local crime, strikes with
conflicting tolls, an election, a disaster, a court ruling, ceasefire talks), each with a
hand-made gold record in the seed's format. The minimums below sit a little under what storyline
reaches (see the README there and `storyline eval seed --data tests/data/articles`): a part that
drops below its minimum fails the test.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from conftest import SHARED
from storyline.evaluate.seed import ArticleScore, gold_folders, parse_report, part_totals, score_folders

ARTICLES = Path(__file__).parent / "data" / "articles"
SCORER = SHARED / "tools" / "score-record"

# part -> least number of gold items found, summed over the twelve articles (measured: found/total)
MINIMUMS = {
    "article": 38,  # 40/40
    "times": 124,  # 128/131
    "quotes": 122,  # 126/128
    "quote speakers": 121,  # 125/128
    "quote dates": 10,  # 12/16
    "quote channels": 18,  # 20/21
    "entities": 127,  # 131/134
    "entity countries": 75,  # 79/86
    "places": 77,  # 81/98
    "events": 63,  # 66/74
    "event sources": 52,  # 55/69
    "event targets": 39,  # 42/56
    "event dates": 38,  # 41/56
    "event places": 17,  # 19/27
    "quantities": 69,  # 72/73
}
MIN_PER_ARTICLE = 0.76  # of each article's gold items (measured 0.79 to 0.99)


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): four written and scored once, blind, before
# any change of their round (261/374). The failure classes that scoring showed were then fixed in
# general form, so the figures now (315/374) are no longer blind; they are held here as floors.
# part -> least found over the four (blind / now, of total).
HELDOUT_MINIMUMS = {
    "article": 11,  # 5 / 12 of 12
    "times": 41,  # 21 / 43 of 47
    "quotes": 36,  # 38 / 38 of 39
    "quote speakers": 36,  # 38 / 38 of 39
    "quote dates": 5,  # 1 / 6 of 7
    "quote channels": 8,  # 8 / 9 of 10
    "entities": 33,  # 33 / 35 of 38
    "entity countries": 12,  # 8 / 14 of 20
    "places": 21,  # 22 / 23 of 27
    "events": 22,  # 23 / 24 of 31
    "event sources": 19,  # 19 / 21 of 31
    "event targets": 10,  # 11 / 11 of 18
    "event dates": 11,  # 5 / 13 of 19
    "event places": 8,  # 10 / 9 of 14
    "quantities": 18,  # 19 / 19 of 22
}


@functools.cache
def _scored(folder: Path) -> dict[str, ArticleScore]:
    """Every article of ``folder`` scored once per test session, by name."""
    return {s.name: s for s in score_folders(folder, scorer=SCORER)}


@pytest.fixture(scope="module")
def scores():
    if not SCORER.exists():
        pytest.skip(f"scorer not found: {SCORER}")
    return _scored(ARTICLES)


def test_every_article_has_its_gold_and_text():
    assert len(gold_folders(ARTICLES)) == 12 and len(gold_folders(HELDOUT)) == 4
    for folder in gold_folders(ARTICLES) + gold_folders(HELDOUT):
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        assert (folder / gold["article"]["file"]).exists(), folder
        assert gold["quotes"] and gold["places"] and gold["events"], folder


@pytest.mark.parametrize(
    ("folder", "part", "least"),
    [(ARTICLES, p, n) for p, n in MINIMUMS.items()] + [(HELDOUT, p, n) for p, n in HELDOUT_MINIMUMS.items()],
)
def test_part_reaches_its_minimum(folder: Path, part: str, least: int):
    if not SCORER.exists():
        pytest.skip(f"scorer not found: {SCORER}")
    found, total = part_totals(list(_scored(folder).values()))[part]
    assert found >= least, f"{folder.name} {part}: {found}/{total}, below {least}"


def test_each_article_scores(scores):
    low = {n: f"{s.found}/{s.total}" for n, s in scores.items() if s.found < MIN_PER_ARTICLE * s.total}
    assert not low, low


def test_metadata_of_every_shape(scores):
    """Publisher from an agency tag, date from a time stamp, a date line or meta tags."""
    misses = [m for s in scores.values() for m in s.misses if " article " in m]
    assert misses == []


def test_parse_report_reads_the_table():
    report = (
        "MISS places           Fordow  (not found)\n\narticle              4/4\nquote dates          1/2\n"
    )
    score = parse_report("x", report)
    assert score.parts == {"article": (4, 4), "quote dates": (1, 2)}
    assert (score.found, score.total) == (5, 6)
    assert score.misses == ["MISS places           Fordow  (not found)"]
