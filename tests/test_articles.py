"""The invented articles of tests/data/articles, each scored whole by ../shared/tools/score-record.

Sixty-four articles of shapes the seed example lacks (wire datelines and agency tags, bylines,
time stamps, HTML and news-site pages, an article without a date, markets, local crime, strikes
with conflicting tolls, an election, a disaster, a court ruling, ceasefire talks, a labour strike,
a protest crackdown, cross-border shelling, an outbreak and a resignation, a sentencing, a tariff
dispute, a wildfire, a coalition deal, a hostage release, a train derailment, a diplomatic
expulsion, a jailbreak, a dam breach, an anti-graft arrest, a mediated ceasefire on a live page and
a hospital ransomware attack, a migrant boat capsizing, a mine collapse, a military coup, a
prisoner swap, a grid blackout, an airliner's runway excursion, a referendum, a chemical-plant blast,
an extradition ruling, a cholera outbreak on a live page, an earthquake, a trade dispute, a naval
collision, a food crisis, a vote of no confidence, a dockers' strike, a tanker seizure, an acquittal,
a border clash, a pilots' strike, a ruling on a banned weekly, a bridge collapse on a live blog, an
ambush, a factory sit-in, a cyclone, a doping ban, a police raid, a summit, a plane crash, a rate
decision, a festival crush, a teachers' strike, a tanker hijack, a journalist's arrest, a mass
poisoning from tainted liquor and a shooting at a rally), each
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

# part -> least number of gold items found, summed over the sixty-four articles (measured: found/total,
# at HEAD af55d25)
MINIMUMS = {
    "article": 205,  # 207/209
    "times": 767,  # 774/781
    "quotes": 734,  # 741/741
    "quote speakers": 732,  # 739/741
    "quote dates": 55,  # 57/57
    "quote channels": 119,  # 122/122
    "entities": 711,  # 718/730
    "entity countries": 471,  # 476/512
    "places": 507,  # 512/583
    "events": 481,  # 486/508
    "event sources": 430,  # 435/485
    "event targets": 245,  # 248/296
    "event dates": 217,  # 220/246
    "event places": 101,  # 104/132
    "quantities": 396,  # 400/400
}
MIN_PER_ARTICLE = 0.78  # of each article's gold items (measured 0.88 to 1.00)


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): four written and scored once, blind, before
# any change of their round (393/510 at HEAD 095d10d; 459/510 at af55d25, after the round's fixes).
# The floors sit a little under the figures after the fixes, so a later change that loses them
# fails here. part -> least found over the four (found, of total).
HELDOUT_MINIMUMS = {
    "article": 12,  # 13 of 13
    "times": 57,  # 59 of 61
    "quotes": 53,  # 55 of 56
    "quote speakers": 53,  # 55 of 56
    "quote dates": 1,  # 2 of 2
    "quote channels": 12,  # 13 of 14
    "entities": 48,  # 50 of 50
    "entity countries": 32,  # 34 of 38
    "places": 25,  # 27 of 34
    "events": 37,  # 39 of 45
    "event sources": 33,  # 35 of 42
    "event targets": 20,  # 21 of 26
    "event dates": 16,  # 18 of 27
    "event places": 6,  # 7 of 15
    "quantities": 29,  # 31 of 31
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
    assert len(gold_folders(ARTICLES)) == 64 and len(gold_folders(HELDOUT)) == 4
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
# as the publisher (the held-out miss of round 13, moved here with its article); a fact-check site's
# name in capitals above a tagline, above a "Fact check by X · Reviewed by Y" line, was not taken as
# the publisher (the held-out miss of round 17, moved here with its article).
OPEN_METADATA_MISSES = [
    "journalist-dakar: MISS article          publisher  (got None)",
    "pilots-incheon: MISS article          publisher  (got None)",
]


def test_metadata_of_every_shape(scores):
    """Publisher from an agency tag, date from a time stamp, a date line or meta tags."""
    misses = [f"{n}: {m}" for n, s in scores.items() for m in s.misses if m.startswith("MISS article ")]
    assert misses == OPEN_METADATA_MISSES


def test_parse_report_reads_the_table():
    report = (
        "MISS places           Fordow  (not found)\n\narticle              4/4\nquote dates          1/2\n"
    )
    score = parse_report("x", report)
    assert score.parts == {"article": (4, 4), "quote dates": (1, 2)}
    assert (score.found, score.total) == (5, 6)
    assert score.misses == ["MISS places           Fordow  (not found)"]
