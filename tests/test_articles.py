"""The invented articles of tests/data/articles, each scored whole by ../shared/tools/score-record.

Eighty articles of shapes the seed example lacks (wire datelines and agency tags, bylines,
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
medicine recall, a volcanic eruption, a poaching trial, an internet shutdown and an oil spill), each
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

# part -> least number of gold items found, summed over the eighty articles (measured: found/total,
# on a clean export of 9b6cb92, after the session-22 changes; 8192/8544, 8144 before them at 24fea55)
MINIMUMS = {
    "article": 257,  # 263/263
    "times": 1006,  # 1012/1020
    "quotes": 976,  # 982/982
    "quote speakers": 975,  # 981/982
    "quote dates": 77,  # 83/83
    "quote channels": 161,  # 167/167
    "entities": 918,  # 924/934
    "entity countries": 610,  # 616/659
    "places": 633,  # 639/719
    "events": 645,  # 651/678
    "event sources": 584,  # 590/646
    "event targets": 337,  # 343/399
    "event dates": 286,  # 292/331
    "event places": 136,  # 142/174
    "quantities": 501,  # 507/507
}
MIN_PER_ARTICLE = 0.78  # of each article's gold items (measured 0.86 to 1.00 at 24fea55)


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): four written and scored once, blind, before
# any change of their round (round 22: 347/447 blind, on a clean export of HEAD 24fea55; 404/447
# after the round's fixes, clean export of 7a04892). The floors sit a little under the figures after
# the fixes, so a later change that loses them fails here.
# part -> least found over the four (found after the fixes, of total; blind found).
HELDOUT_MINIMUMS = {
    "article": 8,  # 10 of 11 (blind 2)
    "times": 60,  # 62 of 65 (blind 37)
    "quotes": 61,  # 63 of 65 (blind 61)
    "quote speakers": 59,  # 61 of 65 (blind 58)
    "quote dates": 1,  # 3 of 4 (blind 1)
    "quote channels": 4,  # 6 of 6 (blind 6)
    "entities": 36,  # 38 of 42 (blind 36)
    "entity countries": 23,  # 25 of 28 (blind 24)
    "places": 19,  # 21 of 30 (blind 21)
    "events": 26,  # 28 of 30 (blind 26)
    "event sources": 24,  # 26 of 29 (blind 23)
    "event targets": 11,  # 13 of 17 (blind 12)
    "event dates": 12,  # 14 of 15 (blind 8)
    "event places": 2,  # 4 of 10 (blind 4)
    "quantities": 28,  # 30 of 30 (blind 28)
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
    assert len(gold_folders(ARTICLES)) == 80 and len(gold_folders(HELDOUT)) == 4
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
