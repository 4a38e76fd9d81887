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

# part -> least number of gold items found, summed over the thirty-six articles (measured: found/total)
MINIMUMS = {
    "article": 113,  # 115/115
    "times": 378,  # 384/393
    "quotes": 362,  # 367/369
    "quote speakers": 362,  # 367/369
    "quote dates": 39,  # 41/41
    "quote channels": 64,  # 66/67
    "entities": 370,  # 377/383
    "entity countries": 222,  # 233/253
    "places": 258,  # 267/305
    "events": 223,  # 229/256
    "event sources": 193,  # 199/239
    "event targets": 120,  # 125/151
    "event dates": 127,  # 131/155
    "event places": 55,  # 58/78
    "quantities": 208,  # 213/217
}
MIN_PER_ARTICLE = 0.72  # of each article's gold items (measured 0.80 to 1.00)


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): four written and scored once, blind, before
# any change of their round (311/449 at HEAD 8d728ce). The failure classes that scoring showed were
# then fixed in general form, so the figures now (385/449) are no longer blind; they are floors here.
# part -> least found over the four (blind / now, of total).
HELDOUT_MINIMUMS = {
    "article": 11,  # 9 / 12 of 12
    "times": 55,  # 36 / 58 of 61
    "quotes": 41,  # 37 / 43 of 43
    "quote speakers": 37,  # 33 / 39 of 43
    "quote dates": 3,  # 0 / 3 of 3
    "quote channels": 8,  # 6 / 9 of 9
    "entities": 42,  # 42 / 44 of 46
    "entity countries": 21,  # 19 / 23 of 35
    "places": 36,  # 38 / 38 of 52
    "events": 26,  # 23 / 28 of 32
    "event sources": 21,  # 18 / 23 of 31
    "event targets": 11,  # 9 / 12 of 16
    "event dates": 14,  # 8 / 16 of 22
    "event places": 6,  # 3 / 7 of 14
    "quantities": 28,  # 30 / 30 of 30
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
    assert len(gold_folders(ARTICLES)) == 36 and len(gold_folders(HELDOUT)) == 4
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
