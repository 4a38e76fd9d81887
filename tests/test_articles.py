"""The invented articles of tests/data/articles, each scored whole by ../shared/tools/score-record.

Forty-four articles of shapes the seed example lacks (wire datelines and agency tags, bylines,
time stamps, HTML and news-site pages, an article without a date, markets, local crime, strikes
with conflicting tolls, an election, a disaster, a court ruling, ceasefire talks, a labour strike,
a protest crackdown, cross-border shelling, an outbreak and a resignation, a sentencing, a tariff
dispute, a wildfire, a coalition deal, a hostage release, a train derailment, a diplomatic
expulsion, a jailbreak, a dam breach, an anti-graft arrest, a mediated ceasefire on a live page and
a hospital ransomware attack, a migrant boat capsizing, a mine collapse, a military coup, a
prisoner swap, a grid blackout, an airliner's runway excursion, a referendum, a chemical-plant blast,
an extradition ruling, a cholera outbreak on a live page, an earthquake, a trade dispute, a naval
collision, a food crisis, a vote of no confidence and a dockers' strike), each
with a hand-made gold record in the seed's format.
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

# part -> least number of gold items found, summed over the forty-four articles (measured: found/total)
MINIMUMS = {
    "article": 140,  # 142/143
    "times": 490,  # 498/511
    "quotes": 455,  # 460/462
    "quote speakers": 448,  # 454/462
    "quote dates": 44,  # 46/46
    "quote channels": 82,  # 85/87
    "entities": 468,  # 475/486
    "entity countries": 284,  # 291/326
    "places": 344,  # 352/407
    "events": 288,  # 295/319
    "event sources": 254,  # 261/301
    "event targets": 143,  # 148/178
    "event dates": 154,  # 160/189
    "event places": 69,  # 73/97
    "quantities": 278,  # 283/283
}
MIN_PER_ARTICLE = 0.74  # of each article's gold items (measured 0.82 to 1.00)


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): four written and scored once, blind, before
# any change of their round (358/446 at HEAD a84360b). The floors sit a little under those blind
# figures; fixes made on development data raise the figures, and the floors then trail them.
# part -> least found over the four (blind, of total).
HELDOUT_MINIMUMS = {
    "article": 6,  # 7 of 12
    "times": 29,  # 31 of 49
    "quotes": 51,  # 53 of 53
    "quote speakers": 48,  # 50 of 53
    "quote dates": 1,  # 1 of 1
    "quote channels": 2,  # 2 of 6
    "entities": 46,  # 48 of 51
    "entity countries": 27,  # 29 of 42
    "places": 32,  # 34 of 39
    "events": 27,  # 29 of 37
    "event sources": 25,  # 27 of 37
    "event targets": 12,  # 14 of 18
    "event dates": 4,  # 5 of 14
    "event places": 2,  # 3 of 4
    "quantities": 23,  # 25 of 30
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
    assert len(gold_folders(ARTICLES)) == 44 and len(gold_folders(HELDOUT)) == 4
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
    misses = [f"{n}: {m}" for n, s in scores.items() for m in s.misses if " article " in m]
    assert misses == []


def test_parse_report_reads_the_table():
    report = (
        "MISS places           Fordow  (not found)\n\narticle              4/4\nquote dates          1/2\n"
    )
    score = parse_report("x", report)
    assert score.parts == {"article": (4, 4), "quote dates": (1, 2)}
    assert (score.found, score.total) == (5, 6)
    assert score.misses == ["MISS places           Fordow  (not found)"]
