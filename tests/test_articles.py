"""The invented articles of tests/data/articles, each scored whole by ../shared/tools/score-record.

Seventy-six articles of shapes the seed example lacks (wire datelines and agency tags, bylines,
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
poisoning from tainted liquor, a shooting at a rally, a kidnapping for ransom, a hurricane, a
sanctions designation, a prison riot, a ferry sinking, an election-result protest, a
peace accord, a border closure, an impeachment, a locust outbreak, a stadium-violence ban and a
medicine recall), each
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

# part -> least number of gold items found, summed over the seventy-six articles (measured: found/total,
# on a clean export of edb8549, after the session-21 fixes; 7683/8032)
MINIMUMS = {
    "article": 243,  # 249/249
    "times": 948,  # 954/960
    "quotes": 901,  # 907/907
    "quote speakers": 900,  # 906/907
    "quote dates": 68,  # 74/74
    "quote channels": 150,  # 156/156
    "entities": 863,  # 869/881
    "entity countries": 572,  # 578/621
    "places": 588,  # 594/675
    "events": 615,  # 621/647
    "event sources": 558,  # 564/617
    "event targets": 313,  # 319/378
    "event dates": 272,  # 278/314
    "event places": 125,  # 131/163
    "quantities": 477,  # 483/483
}
MIN_PER_ARTICLE = 0.78  # of each article's gold items (measured 0.85 to 1.00)


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): four written and scored once, blind, before
# any change of their round (round 21: 395/512 blind, on a clean export of HEAD 65f6531; 460/512
# after the round's fixes, on a clean export of edb8549). The floors sit a little under the figures
# after the fixes, so a later change that loses them fails here.
# part -> least found over the four (found, of total).
HELDOUT_MINIMUMS = {
    "article": 12,  # 14 of 14
    "times": 56,  # 58 of 60
    "quotes": 71,  # 73 of 75
    "quote speakers": 67,  # 69 of 75
    "quote dates": 7,  # 9 of 9
    "quote channels": 7,  # 9 of 11
    "entities": 49,  # 51 of 53
    "entity countries": 28,  # 30 of 38
    "places": 35,  # 37 of 44
    "events": 27,  # 29 of 31
    "event sources": 21,  # 23 of 29
    "event targets": 11,  # 13 of 21
    "event dates": 12,  # 14 of 17
    "event places": 6,  # 8 of 11
    "quantities": 21,  # 23 of 24
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
    assert len(gold_folders(ARTICLES)) == 76 and len(gold_folders(HELDOUT)) == 4
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
# removed from here. (The two publishers of rounds 13 and 17 are read since session 19 from their
# copyright footers: "Copyright by …", "© 2025 … . Content under …".)
OPEN_METADATA_MISSES: list[str] = []


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
