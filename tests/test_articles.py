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


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): written and scored once before any change of
# their round, never tuned on. part -> least found over the three (first measured: found/total).
HELDOUT_MINIMUMS = {
    "article": 5,  # 6/9
    "times": 28,  # 30/33
    "quotes": 32,  # 34/35
    "quote speakers": 31,  # 33/35
    "entities": 28,  # 30/34
    "entity countries": 9,  # 11/18
    "places": 15,  # 17/20
    "events": 12,  # 14/17
    "event sources": 7,  # 9/16
    "event targets": 10,  # 12/15
    "event dates": 5,  # 7/14
    "quantities": 13,  # 15/16
}


@pytest.fixture(scope="module")
def heldout_scores():
    if not SCORER.exists():
        pytest.skip(f"scorer not found: {SCORER}")
    return score_folders(HELDOUT, scorer=SCORER)


@pytest.mark.parametrize(("part", "least"), HELDOUT_MINIMUMS.items())
def test_heldout_part_reaches_its_minimum(heldout_scores, part: str, least: int):
    found, total = part_totals(heldout_scores)[part]
    assert found >= least, f"held-out {part}: {found}/{total}, below {least}"


def test_parse_report_reads_the_table():
    report = (
        "MISS places           Fordow  (not found)\n\narticle              4/4\nquote dates          1/2\n"
    )
    score = parse_report("x", report)
    assert score.parts == {"article": (4, 4), "quote dates": (1, 2)}
    assert (score.found, score.total) == (5, 6)
    assert score.misses == ["MISS places           Fordow  (not found)"]
