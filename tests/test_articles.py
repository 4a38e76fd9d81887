"""The invented articles of tests/data/articles, each scored whole by ../shared/tools/score-record.

Thirty-two articles of shapes the seed example lacks (wire datelines and agency tags, bylines,
time stamps, HTML and news-site pages, an article without a date, markets, local crime, strikes
with conflicting tolls, an election, a disaster, a court ruling, ceasefire talks, a labour strike,
a protest crackdown, cross-border shelling, an outbreak and a resignation, a sentencing, a tariff
dispute, a wildfire, a coalition deal, a hostage release, a train derailment, a diplomatic
expulsion, a jailbreak, a dam breach, an anti-graft arrest, a mediated ceasefire on a live page and
a hospital ransomware attack, a migrant boat capsizing, a mine collapse, a military coup and a
prisoner swap), each with a hand-made gold record in the seed's format.
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

# part -> least number of gold items found, summed over the thirty-two articles (measured: found/total)
MINIMUMS = {
    "article": 99,  # 101/101
    "times": 331,  # 336/344
    "quotes": 317,  # 322/324
    "quote speakers": 317,  # 322/324
    "quote dates": 34,  # 36/36
    "quote channels": 57,  # 59/60
    "entities": 327,  # 335/339
    "entity countries": 188,  # 206/222
    "places": 223,  # 231/266
    "events": 207,  # 211/232
    "event sources": 177,  # 181/216
    "event targets": 115,  # 118/144
    "event dates": 121,  # 123/143
    "event places": 50,  # 52/72
    "quantities": 188,  # 192/196
}
MIN_PER_ARTICLE = 0.72  # of each article's gold items (measured 0.78 to 0.99)


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): four written and scored once, blind, before
# any change of their round (287/372). The failure classes that scoring showed were then fixed in
# general form, so the figures now are no longer blind; they are held here as floors.
# part -> least found over the four (blind / now, of total).
HELDOUT_MINIMUMS = {
    "article": 13,  # 10 / 14 of 14
    "times": 43,  # 28 / 46 of 49
    "quotes": 42,  # 44 / 45 of 45
    "quote speakers": 42,  # 42 / 45 of 45
    "quote dates": 4,  # 3 / 5 of 5
    "quote channels": 6,  # 6 / 7 of 7
    "entities": 37,  # 38 / 42 of 44
    "entity countries": 19,  # 20 / 25 of 31
    "places": 34,  # 36 / 36 of 39
    "events": 15,  # 16 / 17 of 24
    "event sources": 11,  # 12 / 15 of 23
    "event targets": 4,  # 5 / 7 of 7
    "event dates": 7,  # 4 / 8 of 12
    "event places": 2,  # 3 / 4 of 6
    "quantities": 20,  # 20 / 21 of 21
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
    assert len(gold_folders(ARTICLES)) == 32 and len(gold_folders(HELDOUT)) == 4
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
