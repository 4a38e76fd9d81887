"""The invented articles of tests/data/articles, each scored whole by ../shared/tools/score-record.

Eighty-eight articles of shapes the seed example lacks (wire datelines and agency tags, bylines,
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
peace accord, a border closure, an impeachment, a locust outbreak, a stadium-violence ban, a
medicine recall, a volcanic eruption, a poaching trial, an internet shutdown, an oil spill, a
ger-district eviction, river floods, a market fire, a tourist bus crash, an avalanche, a rail
blockade, an obituary and a cross-border cattle raid), each
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

# part -> least number of gold items found, summed over the eighty-eight articles (measured: found/total,
# on a clean export of 48f675a: 9172/9506; 9107 at 39d4d3b, before the session-24 changes)
MINIMUMS = {
    "article": 279,  # 285/285 at 48f675a
    "times": 1170,  # 1176/1177 at 48f675a
    "quotes": 1105,  # 1111/1111 at 48f675a
    "quote speakers": 1103,  # 1109/1111 at 48f675a
    "quote channels": 169,  # 175/176 at 48f675a
    "entities": 1000,  # 1006/1020 at 48f675a
    "entity countries": 688,  # 694/731 at 48f675a
    "places": 686,  # 692/788 at 48f675a
    "events": 719,  # 725/743 at 48f675a
    "event sources": 648,  # 654/706 at 48f675a
    "event targets": 382,  # 388/439 at 48f675a
    "event dates": 332,  # 338/368 at 48f675a
    "event places": 161,  # 167/199 at 48f675a
    "quantities": 554,  # 560/560 at 48f675a
    "quote dates": 86,  # 92/92 at 48f675a
}
MIN_PER_ARTICLE = 0.85  # of each article's gold items (measured 0.88 to 1.00 at 48f675a)


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): four written and scored once, blind, before
# any change of their round (round 24: 336/493 blind, on a clean export of HEAD 39d4d3b; 443/493
# at 48f675a after the round's fixes, made in general form on development data). The floors sit two
# under the figures after the fixes. part -> least found over the four.
HELDOUT_MINIMUMS = {
    "article": 11,  # 13 of 13 after the round's fixes (4 blind)
    "times": 77,  # 79 of 81 after the round's fixes (50 blind)
    "quotes": 55,  # 57 of 59 after the round's fixes (48 blind)
    "quote speakers": 51,  # 53 of 59 after the round's fixes (46 blind)
    "quote dates": 11,  # 13 of 13 after the round's fixes (2 blind)
    "entities": 41,  # 43 of 49 after the round's fixes (39 blind)
    "entity countries": 37,  # 39 of 47 after the round's fixes (26 blind)
    "places": 15,  # 17 of 20 after the round's fixes (17 blind)
    "events": 28,  # 30 of 32 after the round's fixes (30 blind)
    "event sources": 24,  # 26 of 31 after the round's fixes (22 blind)
    "event targets": 14,  # 16 of 20 after the round's fixes (14 blind)
    "event dates": 20,  # 22 of 28 after the round's fixes (7 blind)
    "event places": 6,  # 8 of 14 after the round's fixes (6 blind)
    "quantities": 16,  # 18 of 18 after the round's fixes (17 blind)
    "quote channels": 6,  # 8 of 9 after the round's fixes (8 blind)
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
    assert len(gold_folders(ARTICLES)) == 88 and len(gold_folders(HELDOUT)) == 4
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
# copyright footers: "Copyright by …", "© 2025 … . Content under …"; round 22's e-mail briefing
# since session 23, from the page's head under the last header block and a company footer. Round 23's
# caption file and parliamentary report, moved in from the held-out set, since session 24: a caption
# header's unkeyed broadcaster and piped keys, a record's title with what it records.)
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
