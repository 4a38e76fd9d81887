"""The invented articles of tests/data/articles, each scored whole by ../shared/tools/score-record.

Sixteen articles of shapes the seed example lacks (wire datelines and agency tags, bylines, time
stamps, HTML and news-site pages, an article without a date, markets, local crime, strikes with
conflicting tolls, an election, a disaster, a court ruling, ceasefire talks, a labour strike, a
protest crackdown, cross-border shelling, an outbreak and a resignation), each with a hand-made
gold record in the seed's format. The minimums below sit a little under what storyline
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

# part -> least number of gold items found, summed over the sixteen articles (measured: found/total)
MINIMUMS = {
    "article": 50,  # 52/52
    "times": 167,  # 172/178
    "quotes": 160,  # 164/167
    "quote speakers": 159,  # 163/167
    "quote dates": 16,  # 18/23
    "quote channels": 27,  # 29/31
    "entities": 162,  # 166/172
    "entity countries": 90,  # 94/106
    "places": 100,  # 104/125
    "events": 85,  # 90/105
    "event sources": 71,  # 76/100
    "event targets": 49,  # 53/74
    "event dates": 53,  # 58/75
    "event places": 25,  # 28/41
    "quantities": 88,  # 91/95
}
MIN_PER_ARTICLE = 0.72  # of each article's gold items (measured 0.75 to 0.99)


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): four written and scored once, blind, before
# any change of their round (297/380). The failure classes that scoring showed were then fixed in
# general form, so the figures now (351/380) are no longer blind; they are held here as floors.
# part -> least found over the four (blind / now, of total).
HELDOUT_MINIMUMS = {
    "article": 12,  # 9 / 13 of 13
    "times": 33,  # 31 / 35 of 35
    "quotes": 41,  # 41 / 43 of 43
    "quote speakers": 41,  # 40 / 43 of 43
    "quote dates": 2,  # 2 / 2 of 3
    "quote channels": 6,  # 7 / 7 of 7
    "entities": 40,  # 40 / 42 of 42
    "entity countries": 23,  # 14 / 25 of 30
    "places": 28,  # 28 / 30 of 36
    "events": 24,  # 20 / 26 of 29
    "event sources": 19,  # 16 / 21 of 26
    "event targets": 11,  # 11 / 13 of 17
    "event dates": 15,  # 9 / 17 of 19
    "event places": 4,  # 3 / 5 of 7
    "quantities": 27,  # 26 / 29 of 30
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
    assert len(gold_folders(ARTICLES)) == 16 and len(gold_folders(HELDOUT)) == 4
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
