"""The invented articles of tests/data/articles, each scored whole by ../shared/tools/score-record.

Twenty articles of shapes the seed example lacks (wire datelines and agency tags, bylines, time
stamps, HTML and news-site pages, an article without a date, markets, local crime, strikes with
conflicting tolls, an election, a disaster, a court ruling, ceasefire talks, a labour strike, a
protest crackdown, cross-border shelling, an outbreak and a resignation, a sentencing, a tariff
dispute, a wildfire and a coalition deal), each with a hand-made gold record in the seed's format.
The minimums below sit a little under what storyline reaches (see the README there and
`storyline eval seed --data tests/data/articles`): a part that drops below its minimum fails the
test.
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

# part -> least number of gold items found, summed over the twenty articles (measured: found/total)
MINIMUMS = {
    "article": 63,  # 65/65
    "times": 202,  # 207/213
    "quotes": 202,  # 207/210
    "quote speakers": 201,  # 206/210
    "quote dates": 20,  # 23/26
    "quote channels": 35,  # 37/38
    "entities": 203,  # 208/214
    "entity countries": 115,  # 120/136
    "places": 129,  # 134/161
    "events": 110,  # 117/134
    "event sources": 94,  # 100/126
    "event targets": 61,  # 66/91
    "event dates": 71,  # 76/94
    "event places": 30,  # 33/48
    "quantities": 117,  # 121/125
}
MIN_PER_ARTICLE = 0.72  # of each article's gold items (measured 0.75 to 0.99)


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): four written and scored once, blind, before
# any change of their round (293/369). The failure classes that scoring showed were then fixed in
# general form, so the figures now (342/369) are no longer blind; they are held here as floors.
# part -> least found over the four (blind / now, of total).
HELDOUT_MINIMUMS = {
    "article": 13,  # 11 / 14 of 14
    "times": 39,  # 35 / 41 of 41
    "quotes": 41,  # 42 / 43 of 43
    "quote speakers": 41,  # 40 / 43 of 43
    "quote dates": 2,  # 1 / 2 of 2
    "quote channels": 7,  # 7 / 8 of 8
    "entities": 38,  # 37 / 40 of 41
    "entity countries": 20,  # 17 / 22 of 28
    "places": 24,  # 23 / 26 of 32
    "events": 20,  # 18 / 22 of 26
    "event sources": 18,  # 14 / 20 of 24
    "event targets": 12,  # 11 / 14 of 17
    "event dates": 11,  # 6 / 13 of 15
    "event places": 5,  # 6 / 6 of 7
    "quantities": 26,  # 25 / 28 of 28
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
    assert len(gold_folders(ARTICLES)) == 20 and len(gold_folders(HELDOUT)) == 4
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
