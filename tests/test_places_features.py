"""Places: rivers, lakes, ranges and islands from the curated list; names shared by two
countries; small capitals; parts of towns; entities run over a comma; island states' points.

Every sentence is invented; the expected points are the data files' (or GeoNames') own.
"""

from __future__ import annotations

import pytest

from conftest import found_place as _found
from storyline.gazetteer import REGION, distance_km, load_gazetteer
from storyline.stages.places import find_mentions

# (sentence, mention, country, lat, lon): a feature at its curated point, in the story's country
FEATURES = [
    ("Barges were stuck on the Rhine near Koblenz after weeks without rain.", "Rhine", "DE", 50.5, 7.6),
    ("The Danube burst its banks north of Budapest on Sunday.", "Danube", "HU", 45.5, 20.0),
    ("Fishermen on Lake Balaton reported dead fish.", "Lake Balaton", "HU", 46.85, 17.7),
    (
        "Trekkers were rescued in the Karakoram after an avalanche in northern Pakistan.",
        "Karakoram",
        "PK",
        35.8,
        76.0,
    ),
    (
        "Ferries to Espiritu Santo were cancelled as the storm approached Port Vila.",
        "Espiritu Santo",
        "VU",
        -15.4,
        166.9,
    ),
    ("Officials met in Zinder, Niger, to discuss the Niger River floods.", "Niger River", "NE", 13.5, -4.0),
]


@pytest.mark.parametrize(("sentence", "text", "country", "lat", "lon"), FEATURES)
def test_physical_feature(places, sentence: str, text: str, country: str, lat: float, lon: float) -> None:
    p = _found(places(sentence), text)
    assert (p.country, p.feature, p.lat, p.lon) == (country, REGION, lat, lon)


@pytest.mark.parametrize(
    ("name", "countries"),
    [
        ("Danube", {"RS", "RO", "HU", "AT", "DE", "SK", "HR", "BG", "UA", "MD"}),
        ("Lake Balaton", {"HU"}),
        ("River Thames", {"GB"}),
    ],
)
def test_feature_has_one_entry_per_country(name: str, countries: set[str]) -> None:
    found = [e for e in load_gazetteer().lookup(name) if e.feature == REGION]
    assert {e.country for e in found} == countries
    assert len({(e.lat, e.lon) for e in found}) == 1


@pytest.mark.parametrize(
    ("name", "feature"),
    [
        ("Niger", "country"),  # the river's bare name stays the country's
        ("Rhodes", "city"),  # ... and a town's of 20,000 or more
    ],
)
def test_feature_alias_never_takes_a_known_name(name: str, feature: str) -> None:
    entries = load_gazetteer().lookup(name)
    assert entries and not any(e.feature == REGION for e in entries)
    assert any(e.feature == feature for e in entries)


def test_first_listed_country_wins_without_context(places) -> None:
    p = _found(places("Flooding on the Mekong River worsened overnight."), "Mekong River")
    assert p.country == "LA"


@pytest.mark.parametrize(
    ("sentence", "country"),
    [
        ("Militias raided villages near Bunia in northeastern Congo.", "CD"),
        ("Fuel prices rose in Pointe-Noire, Congo, last week.", "CG"),
        ("Congo said the vote would go ahead.", "CD"),
    ],
)
def test_congo_follows_the_other_places(places, sentence: str, country: str) -> None:
    assert _found(places(sentence), "Congo").country == country


def test_bare_korea_is_the_south(places) -> None:
    assert _found(places("Exports from Korea fell in March."), "Korea").country == "KR"


@pytest.mark.parametrize(
    ("sentence", "text", "country"),
    [
        ("Talks resumed in Basseterre on Monday.", "Basseterre", "KN"),
        ("The envoy reached Avarua late on Friday.", "Avarua", "CK"),
    ],
)
def test_small_capital_found_untagged(places, sentence: str, text: str, country: str) -> None:
    assert _found(places(sentence), text).country == country


def test_tiny_territorial_capital_is_not_scanned() -> None:
    from storyline.stages.places import _strong

    gaz = load_gazetteer()
    assert _strong(gaz, "Basseterre") is True
    assert _strong(gaz, "Stanley") is False  # the Falklands' capital, 2,000 people: mostly a name


@pytest.mark.parametrize(
    ("sentence", "text", "city"),
    [
        ("Gunmen struck in Harare's Velmo suburb before dawn.", "Velmo", "Harare"),
        ("Police sealed off the Dambwa neighbourhood of Kampala.", "Dambwa", "Kampala"),
        ("Water ran out in the Tesko district of Lusaka on Friday.", "Tesko", "Lusaka"),
    ],
)
def test_part_of_a_town_takes_its_point(places, sentence: str, text: str, city: str) -> None:
    found = places(sentence)
    part, town = _found(found, text), _found(found, city)
    assert (part.lat, part.lon, part.country) == (town.lat, town.lon, town.country)
    assert part.geonames_id is None


def test_district_office_is_no_place(places) -> None:
    assert places("The Hargreaves district office was closed.") == []


def test_entity_run_over_a_comma_is_split(nlp) -> None:
    doc = nlp("Crowds filled the streets of Mombasa, Kenya, on Sunday.")
    assert [t.query for t in find_mentions(doc, load_gazetteer())] == ["Mombasa", "Kenya"]


def test_comma_parts_need_a_country_or_division_last(nlp) -> None:
    from storyline.stages.places import _comma_parts

    gaz = load_gazetteer()
    doc = nlp("They moved to Mombasa, Kenya, and stayed.")
    start = [t.text for t in doc].index("Mombasa")
    assert _comma_parts(doc, gaz, doc.text, start, start + 3) == [(start, start + 1), (start + 2, start + 3)]
    assert _comma_parts(doc, gaz, doc.text, start, start + 1) == []


@pytest.mark.parametrize(
    ("code", "lat", "lon", "island"),
    [
        ("TO", -21.18, -175.2, (-21.2, -175.2)),  # Tongatapu
        ("TV", -8.52, 179.2, (-8.52, 179.19)),  # Funafuti
        ("MH", 7.1, 171.3, (7.09, 171.38)),  # Majuro
    ],
)
def test_island_state_point_on_its_main_island(code: str, lat: float, lon: float, island: tuple) -> None:
    e = load_gazetteer().country(code)
    assert (round(e.lat, 4), round(e.lon, 4)) == (lat, lon)
    assert distance_km(e.lat, e.lon, *island) < 25


@pytest.mark.parametrize(
    ("sentence", "text", "name"),
    [
        # the city by another spelling than the division's alias: the city, not the division
        ("Police in Cuzco detained three men.", "Cuzco", "Cusco"),
        ("Police in Gaziantep said the blast killed two.", "Gaziantep", "Gaziantep"),
    ],
)
def test_city_over_its_namesake_division(places, sentence: str, text: str, name: str) -> None:
    p = _found(places(sentence), text)
    assert (p.feature, p.name) == ("city", name)


def test_province_linked_to_its_capital_stays_the_province(places) -> None:
    # GeoNames lists the province's name among its capital's: a different name, not a spelling
    p = _found(places("Tea prices rose in Yunnan this spring."), "Yunnan")
    assert (p.feature, p.country) == ("admin1", "CN")


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("Kessel River", "Kessel"),
        ("the Kessel Delta", "Kessel"),
        ("Kessel Darya", "Kessel"),
        ("Kessel Nehri", "Kessel"),
        ("the Kessel reservoir", "Kessel"),
        ("Kessel Dam", "Kessel"),
        ("Rio Kessel", "Kessel"),
        ("Wadi Kessel", "Kessel"),
        ("Kessel Gölü", "Kessel"),
        ("Kessel Valley", None),
    ],
)
def test_river_words_of_other_languages(query: str, name: str | None) -> None:
    from storyline.stages.places import _river_name

    m = _river_name().match(query)
    assert (m["name"] or m["pre"] if m else None) == name
