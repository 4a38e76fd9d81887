"""The places stage and the gazetteer: toponyms found, resolved by context, offsets exact.

Tables of sentence -> expected (text, country, admin1, lat, lon within a tolerance),
negative cases (demonyms, person names, relative places), the seed article's gold
places through the whole pipeline, then LGL and GeoVirus gold data (slow).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import need_data, seed_gold, seed_gold_or_none, seed_text
from storyline.gazetteer import cache_dir, distance_km, load_gazetteer, name_key
from storyline.record import Place
from storyline.stages.places import PlaceStage


@pytest.fixture(scope="module")
def stage(nlp) -> PlaceStage:
    return PlaceStage(nlp)


@pytest.fixture(scope="module")
def places(analyse, stage):
    def run(text: str) -> list[Place]:
        return stage(analyse(text), [])

    return run


def _found(items: list[Place], text: str) -> Place:
    hits = [p for p in items if p.text == text]
    assert hits, f"{text!r} not found; got {[p.text for p in items]}"
    return hits[0]


# (sentence, (mention text, country, admin1, lat, lon, tolerance km))
CASES = [
    # context: the containing division or the article's other places pick the namesake
    (
        "Protesters marched in Vancouver, British Columbia, on Saturday.",
        ("Vancouver", "CA", "BC", 49.25, -123.12, 30),
    ),
    ("The ferry left Vancouver, Washington, early on Monday.", ("Vancouver", "US", "WA", 45.64, -122.66, 30)),
    (
        "A concert in Vancouver drew fans from across British Columbia and the rest of Canada.",
        ("Vancouver", "CA", "BC", 49.25, -123.12, 30),
    ),
    ("Police in Paris, Tenn., arrested two men.", ("Paris", "US", "TN", 36.3, -88.33, 30)),
    ("Police in Paris, Tenn., arrested two men.", ("Tenn.", "US", "TN", 35.8, -86.4, 400)),
    ("The mayor of Paris met the French president.", ("Paris", "FR", "IDF", 48.85, 2.35, 30)),
    (
        "Paris officials met in Illinois. The Paris library in Illinois will host it.",
        ("Paris", "US", "IL", 39.61, -87.7, 30),
    ),
    ("Police in Sydney, NSW, said the man was arrested.", ("Sydney", "AU", "NSW", -33.87, 151.21, 30)),
    ("Deputies in Laurel County arrested him on Monday.", ("Laurel County", "US", "KY", 37.1, -84.1, 60)),
    ("Cases rose sharply in the Philippines.", ("Philippines", "PH", None, 13.0, 122.0, 500)),
    # "the state of Washington" is the state; Washington alone is the capital
    (
        "The crossing connects British Columbia with the state of Washington.",
        ("Washington", "US", "WA", 47.5, -120.5, 400),
    ),
    (
        "The White House said Washington would respond to the attack.",
        ("Washington", "US", "DC", 38.9, -77.04, 30),
    ),
    ("Snow closed roads in Washington state on Tuesday.", ("Washington", "US", "WA", 47.5, -120.5, 400)),
    # countries, divisions, regions, airports
    ("Soldiers returned to Canada from Iraq last week.", ("Canada", "CA", None, 60.0, -96.0, 1500)),
    ("Soldiers returned to Canada from Iraq last week.", ("Iraq", "IQ", None, 33.0, 44.0, 500)),
    ("Officials in the United States declined to comment.", ("United States", "US", None, 39.8, -98.6, 2000)),
    (
        "An American air raid killed him at Baghdad airport.",
        ("Baghdad airport", "IQ", "BG", 33.26, 44.23, 30),
    ),
    ("Tensions in the Middle East have escalated.", ("Middle East", None, None, 29.0, 41.0, 1500)),
    ("Tankers were attacked in the Gulf on Thursday.", ("Gulf", None, None, 26.5, 52.0, 800)),
    ("Fighting continued in Kabul overnight.", ("Kabul", "AF", "KAB", 34.53, 69.17, 30)),
    ("Flooding hit Queensland after days of rain.", ("Queensland", "AU", "QLD", -22.0, 145.0, 800)),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[f"{c[1][0]}:{c[0][:30]}" for c in CASES])
def test_resolves(places, sentence: str, expected: tuple) -> None:
    text, country, admin1, lat, lon, tol = expected
    got = _found(places(sentence), text)
    assert got.country == country, got
    if admin1 is not None:
        assert got.admin1 == admin1, got
    assert got.lat is not None and got.lon is not None, got
    assert distance_km(got.lat, got.lon, lat, lon) <= tol, got


def test_airport_is_a_facility_with_its_own_point(places) -> None:
    got = _found(places("An air raid killed him at Baghdad airport."), "Baghdad airport")
    assert got.feature == "airport"
    assert got.name == "Baghdad International Airport"


def test_unknown_facility_is_kept_unresolved(places) -> None:
    """A named border crossing the gazetteer cannot locate stays, with no coordinates."""
    sentence = "They were held at the Peace Arch border crossing for hours."
    got = [p for p in places(sentence) if "Peace Arch" in p.text]
    assert got, places(sentence)
    assert got[0].lat is None and got[0].lon is None


# sentences with no place mention at all
NEGATIVE = [
    "Iraqi officials met Canadian diplomats on Sunday.",  # demonyms
    "Dozens of Iranians and Iranian Americans were questioned.",
    "George Washington crossed the river with his men.",  # a person named Washington
    "Michael Jordan said he would not return.",  # a person named Jordan
    "Special forces worked in the northern part of the country.",  # a relative place
    "Lane said the statement was accurate.",
]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_places(places, sentence: str) -> None:
    assert places(sentence) == []


def test_offsets_and_one_place_per_mention(analyse, stage) -> None:
    text = "Canada sent troops to Iraq. Canada's soldiers stayed in Iraq until the Iraqi request ended."
    an = analyse(text)
    got = stage(an, [])
    assert [p.text for p in got] == ["Canada", "Iraq", "Canada", "Iraq"]
    for p in got:
        assert text[p.start : p.end] == p.text


def test_trims_the_and_possessive(places) -> None:
    got = places("Soleimani was the architect of Iran’s proxy wars in the Middle East.")
    assert [p.text for p in got] == ["Iran", "Middle East"]


# --- the gazetteer ---------------------------------------------------------------------------


def test_gazetteer_is_loaded_once() -> None:
    assert load_gazetteer() is load_gazetteer()


@pytest.mark.parametrize(
    ("name", "feature", "country", "admin1"),
    [
        ("British Columbia", "admin1", "CA", "BC"),
        ("Washington", "admin1", "US", "WA"),
        ("Vancouver", "city", "CA", "BC"),
        ("Iraq", "country", "IQ", None),
        ("U.S.", "country", "US", None),
        ("Laurel County", "admin2", "US", "KY"),
    ],
)
def test_gazetteer_lookup(name: str, feature: str, country: str, admin1: str | None) -> None:
    hits = [e for e in load_gazetteer().lookup(name) if e.feature == feature and e.country == country]
    assert hits, load_gazetteer().lookup(name)
    assert hits[0].admin1 == admin1


def test_gazetteer_demonyms_and_abbreviations() -> None:
    gaz = load_gazetteer()
    assert gaz.is_demonym("Iraqi") and gaz.is_demonym("Canadians")
    assert not gaz.is_demonym("Canada")
    tenn = gaz.abbreviation("Tenn.")
    assert tenn is not None and (tenn.country, tenn.admin1) == ("US", "TN")


def test_cache_dir_can_be_moved(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path
    monkeypatch.delenv("STORYLINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "storyline"


def test_name_key() -> None:
    assert name_key("Baghdād") == name_key("baghdad")
    assert name_key("St. Louis") == name_key("Saint Louis")
    assert name_key("U.S.") == "us"


# --- the seed article and gold data ----------------------------------------------------------


def _seed_cases() -> list[dict]:
    gold = seed_gold_or_none()
    if gold is None:
        return []
    out = []
    for g in gold["places"]:
        marks = [pytest.mark.xfail(reason="no point-of-interest gazetteer: border crossings are not located")]
        out.append(pytest.param(g, id=g["text"], marks=marks if g["text"] == "Peace Arch" else []))
    return out


@pytest.fixture(scope="module")
def seed_record(pipeline):
    gold = seed_gold()
    text = seed_text()
    return pipeline.process(text, published=gold["article"]["published"])


@pytest.mark.parametrize("gold", _seed_cases())
def test_seed_article_places(seed_record, gold: dict) -> None:
    """Each gold place of the seed article: overlapping mention, country, admin1, point within tolerance."""
    text = seed_record.article.text
    start = text.index(gold["text"])
    end = start + len(gold["text"])
    hits = [p for p in seed_record.places if p.start < end and start < p.end]
    assert hits, gold["text"]
    p = hits[0]
    assert text[p.start : p.end] == p.text
    if "country" in gold:
        assert p.country == gold["country"]
    if "country_any" in gold:
        assert p.country in gold["country_any"]
    if "admin1" in gold:
        assert p.admin1 == gold["admin1"]
    assert p.lat is not None and p.lon is not None
    assert distance_km(p.lat, p.lon, gold["lat"], gold["lon"]) <= gold["tolerance_km"]


@pytest.mark.slow
@pytest.mark.gold
def test_geoparsing_scores() -> None:
    """LGL and GeoVirus, thresholds below what we measure (see evaluate/places.py).

    Measured (2026-11, en_core_web_sm 3.8): LGL relaxed F1 0.76 (P 0.87, R 0.67; recall
    0.71 without its adjectival toponyms), acc@161 km 0.79 of resolved toponyms, median
    error 5.5 km; GeoVirus relaxed F1 0.90, strict F1 0.88, acc@161 km 0.75, median 24 km.
    """
    from storyline.evaluate.places import evaluate

    data = need_data("geoparsing_gritta", "data", "Corpora")
    scores = evaluate(Path(data).parents[1])
    lgl, gv = scores["lgl"], scores["geovirus"]
    assert lgl["articles"] >= 580 and gv["articles"] >= 220
    assert lgl["relaxed"]["f1"] >= 0.72
    assert lgl["acc161_found"] >= 0.74
    assert lgl["median_km"] <= 20
    assert gv["relaxed"]["f1"] >= 0.86
    assert gv["strict"]["f1"] >= 0.84
    assert gv["acc161_found"] >= 0.70
