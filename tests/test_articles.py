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

# part -> least number of gold items found, summed over the fifty-two articles (measured: found/total)
MINIMUMS = {
    "article": 164,  # 166/167
    "times": 588,  # 597/615
    "quotes": 553,  # 559/562
    "quote speakers": 543,  # 550/562
    "quote dates": 46,  # 48/48
    "quote channels": 92,  # 95/97
    "entities": 560,  # 568/584
    "entity countries": 348,  # 355/405
    "places": 410,  # 418/478
    "events": 363,  # 370/390
    "event sources": 318,  # 325/370
    "event targets": 177,  # 182/218
    "event dates": 178,  # 183/212
    "event places": 79,  # 83/107
    "quantities": 328,  # 333/336
}
MIN_PER_ARTICLE = 0.74  # of each article's gold items (measured 0.81 to 1.00)


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): four written and scored once, blind, before
# any change of their round (372/463 at HEAD 7429651). The floors sit a little under those blind
# figures; fixes made on development data raise the figures, and the floors then trail them.
# part -> least found over the four (blind, of total).
HELDOUT_MINIMUMS = {
    "article": 10,  # 11 of 13
    "times": 38,  # 41 of 56
    "quotes": 61,  # 63 of 63
    "quote speakers": 57,  # 59 of 63
    "quote dates": 1,  # 1 of 3
    "quote channels": 6,  # 7 of 10
    "entities": 39,  # 41 of 42
    "entity countries": 22,  # 24 of 29
    "places": 28,  # 30 of 46
    "events": 28,  # 30 of 39
    "event sources": 23,  # 25 of 39
    "event targets": 13,  # 14 of 25
    "event dates": 7,  # 8 of 15
    "event places": 5,  # 6 of 8
    "quantities": 11,  # 12 of 12
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
    assert len(gold_folders(ARTICLES)) == 52 and len(gold_folders(HELDOUT)) == 4
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


# Metadata misses still open on development articles, each to be fixed in general form and then
# removed from here: a site name in title case above a tagline, no "By" line under it, was not taken
# as the publisher (the held-out miss of round 13, moved here with its article).
OPEN_METADATA_MISSES = ["pilots-incheon: MISS article          publisher  (got None)"]


def test_metadata_of_every_shape(scores):
    """Publisher from an agency tag, date from a time stamp, a date line or meta tags."""
    misses = [f"{n}: {m}" for n, s in scores.items() for m in s.misses if " article " in m]
    assert misses == OPEN_METADATA_MISSES


def test_parse_report_reads_the_table():
    report = (
        "MISS places           Fordow  (not found)\n\narticle              4/4\nquote dates          1/2\n"
    )
    score = parse_report("x", report)
    assert score.parts == {"article": (4, 4), "quote dates": (1, 2)}
    assert (score.found, score.total) == (5, 6)
    assert score.misses == ["MISS places           Fordow  (not found)"]
