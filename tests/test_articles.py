"""The invented articles of tests/data/articles, each scored whole by ../shared/tools/score-record.

Twenty-eight articles of shapes the seed example lacks (wire datelines and agency tags, bylines,
time stamps, HTML and news-site pages, an article without a date, markets, local crime, strikes
with conflicting tolls, an election, a disaster, a court ruling, ceasefire talks, a labour strike,
a protest crackdown, cross-border shelling, an outbreak and a resignation, a sentencing, a tariff
dispute, a wildfire, a coalition deal, a hostage release, a train derailment, a diplomatic
expulsion, a jailbreak, a dam breach, an anti-graft arrest, a mediated ceasefire on a live page and
a hospital ransomware attack), each with a hand-made gold record in the seed's format.
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

# part -> least number of gold items found, summed over the twenty-eight articles (measured: found/total)
MINIMUMS = {
    "article": 87,  # 90/90
    "times": 280,  # 285/293
    "quotes": 282,  # 287/289
    "quote speakers": 282,  # 287/289
    "quote dates": 29,  # 32/32
    "quote channels": 49,  # 52/53
    "entities": 289,  # 294/299
    "entity countries": 171,  # 176/199
    "places": 188,  # 193/228
    "events": 170,  # 175/194
    "event sources": 147,  # 152/182
    "event targets": 96,  # 101/125
    "event dates": 104,  # 109/128
    "event places": 42,  # 45/62
    "quantities": 166,  # 171/175
}
MIN_PER_ARTICLE = 0.72  # of each article's gold items (measured 0.78 to 0.99)


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): four written and scored once, blind, before
# any change of their round (311/381). The failure classes that scoring showed were then fixed in
# general form, so the figures now are no longer blind; they are held here as floors.
# part -> least found over the four (blind / now, of total).
HELDOUT_MINIMUMS = {
    "article": 9,  # 9 / 11 of 11
    "times": 48,  # 34 / 51 of 51
    "quotes": 32,  # 35 / 35 of 35
    "quote speakers": 32,  # 33 / 35 of 35
    "quote dates": 2,  # 1 / 4 of 4
    "quote channels": 5,  # 5 / 7 of 7
    "entities": 35,  # 37 / 38 of 40
    "entity countries": 14,  # 14 / 16 of 23
    "places": 32,  # 33 / 35 of 38
    "events": 31,  # 33 / 34 of 38
    "event sources": 26,  # 25 / 29 of 34
    "event targets": 14,  # 16 / 16 of 19
    "event dates": 10,  # 10 / 12 of 15
    "event places": 4,  # 5 / 6 of 10
    "quantities": 18,  # 21 / 21 of 21
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
    assert len(gold_folders(ARTICLES)) == 28 and len(gold_folders(HELDOUT)) == 4
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
