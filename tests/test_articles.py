"""The invented articles of tests/data/articles, each scored whole by ../shared/tools/score-record.

Five articles of shapes the seed example lacks (wire datelines and agency tags, bylines, time
stamps, an HTML page, an article without a date), each with a hand-made gold record in the
seed's format. The minimums below sit a little under what storyline reaches (see the README
there and `storyline eval seed --data tests/data/articles`): a part that drops below its
minimum fails the test.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import SHARED
from storyline.evaluate.seed import gold_folders, parse_report, part_totals, score_folders

ARTICLES = Path(__file__).parent / "data" / "articles"
SCORER = SHARED / "tools" / "score-record"

# part -> least number of gold items found, summed over the five articles (measured: found/total)
MINIMUMS = {
    "article": 16,  # 17/17
    "times": 44,  # 47/50
    "quotes": 50,  # 52/52
    "quote speakers": 49,  # 52/52
    "quote dates": 4,  # 5/7
    "quote channels": 7,  # 8/8
    "entities": 45,  # 48/51
    "entity countries": 24,  # 27/39
    "places": 31,  # 34/39
    "events": 26,  # 28/30
    "event sources": 19,  # 22/28
    "event targets": 10,  # 12/16
    "event dates": 15,  # 17/22
    "event places": 3,  # 4/12
    "quantities": 24,  # 26/27
}
MIN_PER_ARTICLE = 0.78  # of each article's gold items (measured 0.84 to 0.90)


@pytest.fixture(scope="module")
def scores():
    if not SCORER.exists():
        pytest.skip(f"scorer not found: {SCORER}")
    return {s.name: s for s in score_folders(ARTICLES, scorer=SCORER)}


def test_every_article_has_its_gold_and_text():
    folders = gold_folders(ARTICLES)
    assert len(folders) == 5
    for folder in folders:
        gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
        assert (folder / gold["article"]["file"]).exists(), folder
        assert gold["quotes"] and gold["places"] and gold["events"], folder


@pytest.mark.parametrize(("part", "least"), MINIMUMS.items())
def test_part_reaches_its_minimum(scores, part: str, least: int):
    found, total = part_totals(list(scores.values()))[part]
    assert found >= least, f"{part}: {found}/{total}, below {least}"


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
