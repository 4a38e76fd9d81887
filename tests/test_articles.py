"""The invented articles of tests/data/articles, each scored whole by ../shared/tools/score-record.

Twenty-four articles of shapes the seed example lacks (wire datelines and agency tags, bylines,
time stamps, HTML and news-site pages, an article without a date, markets, local crime, strikes
with conflicting tolls, an election, a disaster, a court ruling, ceasefire talks, a labour strike,
a protest crackdown, cross-border shelling, an outbreak and a resignation, a sentencing, a tariff
dispute, a wildfire, a coalition deal, a hostage release, a train derailment, a diplomatic
expulsion and a jailbreak), each with a hand-made gold record in the seed's format.
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

# part -> least number of gold items found, summed over the twenty-four articles (measured: found/total)
MINIMUMS = {
    "article": 76,  # 79/79
    "times": 243,  # 248/254
    "quotes": 245,  # 250/253
    "quote speakers": 244,  # 249/253
    "quote dates": 23,  # 25/28
    "quote channels": 42,  # 45/46
    "entities": 244,  # 249/255
    "entity countries": 137,  # 142/164
    "places": 155,  # 160/193
    "events": 139,  # 144/160
    "event sources": 119,  # 124/150
    "event targets": 82,  # 85/108
    "event dates": 90,  # 93/109
    "event places": 37,  # 40/55
    "quantities": 144,  # 149/153
}
MIN_PER_ARTICLE = 0.72  # of each article's gold items (measured 0.75 to 0.99)


HELDOUT = Path(__file__).parent / "data" / "heldout"

# Held-out articles (tests/data/heldout/README.md): four written and scored once, blind, before
# any change of their round (295/378). The failure classes that scoring showed were then fixed in
# general form, so the figures now are no longer blind; they are held here as floors.
# part -> least found over the four (blind / now, of total).
HELDOUT_MINIMUMS = {
    "article": 9,  # 6 / 11 of 11
    "times": 34,  # 25 / 37 of 39
    "quotes": 32,  # 35 / 35 of 36
    "quote speakers": 32,  # 35 / 35 of 36
    "quote dates": 3,  # 2 / 4 of 4
    "quote channels": 6,  # 6 / 7 of 7
    "entities": 40,  # 42 / 43 of 44
    "entity countries": 28,  # 23 / 31 of 35
    "places": 25,  # 24 / 27 of 35
    "events": 27,  # 28 / 29 of 34
    "event sources": 22,  # 23 / 24 of 32
    "event targets": 10,  # 11 / 12 of 17
    "event dates": 11,  # 8 / 13 of 19
    "event places": 4,  # 5 / 5 of 7
    "quantities": 20,  # 22 / 22 of 22
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
    assert len(gold_folders(ARTICLES)) == 24 and len(gold_folders(HELDOUT)) == 4
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
