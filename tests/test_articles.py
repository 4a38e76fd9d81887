"""The invented articles of tests/data/articles, each scored whole by ../shared/tools/score-record.

Five articles of shapes the seed example lacks (wire datelines and agency tags, bylines, time
stamps, an HTML page, an article without a date), each with a hand-made gold record in the
seed's format. The minimums below sit a little under what storyline reaches (see the README
there and `storyline eval seed --data tests/data/articles`): a part that drops below its
minimum fails the test.
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

# part -> least number of gold items found, summed over the five articles (measured: found/total)
MINIMUMS = {
    "article": 16,  # 17/17
    "times": 47,  # 49/50
    "quotes": 50,  # 52/52
    "quote speakers": 50,  # 52/52
    "quote dates": 4,  # 5/7
    "quote channels": 7,  # 8/8
    "entities": 49,  # 51/51
    "entity countries": 36,  # 39/39
    "places": 32,  # 34/39
    "events": 26,  # 28/30
    "event sources": 24,  # 26/28
    "event targets": 13,  # 15/16
    "event dates": 17,  # 19/22
    "event places": 6,  # 8/12
    "quantities": 24,  # 26/27
}
MIN_PER_ARTICLE = 0.88  # of each article's gold items (measured 0.93 to 0.99)


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): written and scored once, blind, before any
# change of their round (230/277). The failure classes that scoring showed were then fixed in
# general form, so the figures now (241/277) are no longer blind; they are held here as floors.
# part -> least found over the three (blind / now, of total).
HELDOUT_MINIMUMS = {
    "article": 8,  # 6 / 9 of 9
    "times": 29,  # 30 / 31 of 33
    "quotes": 33,  # 34 / 35 of 35
    "quote speakers": 32,  # 33 / 34 of 35
    "entities": 29,  # 30 / 31 of 34
    "entity countries": 10,  # 11 / 12 of 18
    "places": 16,  # 17 / 18 of 20
    "events": 12,  # 14 / 14 of 17
    "event sources": 7,  # 9 / 9 of 16
    "event targets": 10,  # 12 / 12 of 15
    "event dates": 5,  # 7 / 7 of 14
    "quantities": 14,  # 15 / 16 of 16
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
    folders = gold_folders(ARTICLES)
    assert len(folders) == 5
    for folder in folders:
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
