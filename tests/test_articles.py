"""The invented articles of tests/data/articles, each scored whole by ../shared/tools/score-record.

Eight articles of shapes the seed example lacks (wire datelines and agency tags, bylines, time
stamps, an HTML page, an article without a date, markets, local crime, a strike with conflicting
tolls), each with a hand-made gold record in the seed's format. The minimums below sit a little
under what storyline reaches (see the README there and `storyline eval seed --data
tests/data/articles`): a part that drops below its minimum fails the test.
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

# part -> least number of gold items found, summed over the eight articles (measured: found/total)
MINIMUMS = {
    "article": 25,  # 26/26
    "times": 77,  # 80/83
    "quotes": 84,  # 87/87
    "quote speakers": 83,  # 86/87
    "quote dates": 7,  # 8/11
    "quote channels": 13,  # 14/14
    "entities": 79,  # 82/85
    "entity countries": 50,  # 53/57
    "places": 49,  # 52/59
    "events": 42,  # 44/47
    "event sources": 35,  # 38/44
    "event targets": 26,  # 28/31
    "event dates": 25,  # 28/36
    "event places": 10,  # 12/17
    "quantities": 40,  # 42/43
}
MIN_PER_ARTICLE = 0.83  # of each article's gold items (measured 0.86 to 0.99)


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): four written and scored once, blind, before
# any change of their round (300/410). The failure classes that scoring showed were then fixed in
# general form, so the figures now (347/410) are no longer blind; they are held here as floors.
# part -> least found over the four (blind / now, of total).
HELDOUT_MINIMUMS = {
    "article": 13,  # 5 / 14 of 14
    "times": 45,  # 31 / 47 of 48
    "quotes": 37,  # 39 / 39 of 41
    "quote speakers": 37,  # 36 / 39 of 41
    "quote dates": 3,  # 2 / 4 of 5
    "quote channels": 4,  # 4 / 5 of 7
    "entities": 47,  # 45 / 49 of 49
    "entity countries": 24,  # 25 / 26 of 29
    "places": 27,  # 26 / 29 of 39
    "events": 18,  # 19 / 20 of 27
    "event sources": 13,  # 13 / 15 of 25
    "event targets": 11,  # 11 / 13 of 25
    "event dates": 9,  # 9 / 11 of 20
    "event places": 5,  # 6 / 6 of 10
    "quantities": 28,  # 29 / 30 of 30
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
    assert len(gold_folders(ARTICLES)) == 8 and len(gold_folders(HELDOUT)) == 4
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
