"""Round-16 place classes: a city section GeoNames folds into its neighbour, a city's short form
over its division, a river before a lower-case "river", a landmark in a one-town story, a
square by its opening word and a town's airport by its own name (all sentences invented)."""

from __future__ import annotations

import pytest

from conftest import found_place as _found
from storyline.gazetteer import distance_km, load_gazetteer


@pytest.mark.parametrize(
    ("name", "country", "admin1", "lat", "lon"),
    [
        ("Yopougon", "CI", "AB", 5.32, -4.07),
        ("Khayelitsha", "ZA", "WC", -34.04, 18.68),
        ("Mitchell's Plain", "ZA", "WC", -34.05, 18.62),
        ("San Juan de Lurigancho", "PE", "LIM", -11.98, -77.00),
    ],
)
def test_city_sections_are_cities_of_their_neighbours_division(
    name: str, country: str, admin1: str, lat: float, lon: float
) -> None:
    best = max(load_gazetteer().lookup(name), key=lambda e: e.population)
    assert (best.feature, best.country, best.admin1) == ("city", country, admin1)
    assert distance_km(best.lat, best.lon, lat, lon) < 1


# (sentence, mention, country, admin1, lat, lon, tolerance km)
CASES = [
    # a city's everyday short form, its qualifier dropped, is the city, not its namesake division
    (
        "Power cuts hit Santo Domingo, La Romana, Santiago and Puerto Plata on Monday.",
        "Santiago",
        "DO",
        "25",
        19.45,
        -70.7,
        30,
    ),
    (
        "Uruguayan police in Colonia and Montevideo seized the boat.",
        "Colonia",
        "UY",
        "CO",
        -34.47,
        -57.84,
        30,
    ),
    # a possessive town's airport: the one of that name serving it, else the town
    (
        "All flights out of Mombasa's Moi airport were grounded on Sunday.",
        "Moi airport",
        "KE",
        "28",
        -4.03,
        39.59,
        5,
    ),
    (
        "Passengers waited for hours at Arequipa's Marrowby airport on Friday.",
        "Marrowby airport",
        "PE",
        "ARE",
        -16.40,
        -71.54,
        30,
    ),
    # a square by its opening word, in the town it is in
    (
        "Riot police cleared Plaza Tolvane in Montevideo late on Sunday.",
        "Plaza Tolvane",
        "UY",
        "MO",
        -34.9,
        -56.19,
        30,
    ),
    (
        "A crowd filled Praça Kesselmar in Porto as the mayor spoke.",
        "Praça Kesselmar",
        "PT",
        "13",
        41.15,
        -8.61,
        30,
    ),
    # a landmark no source has, in a story about one town: at that town
    (
        "Fans gathered in Kano before the final. Police said the Velmor Stadium was full by noon.",
        "Velmor Stadium",
        "NG",
        "KN",
        12.0,
        8.52,
        30,
    ),
    # a river before a lower-case "river": its namesake town of the story's country
    (
        "Officials in Cusco said the Urubamba river had burst its banks near the valley towns.",
        "Urubamba",
        "PE",
        "08",
        -13.3,
        -72.12,
        30,
    ),
    ("Divers searched the Chicago river for the missing boater.", "Chicago", "US", "IL", 41.85, -87.65, 30),
]


@pytest.mark.parametrize(("sentence", "text", "country", "admin1", "lat", "lon", "km"), CASES)
def test_round16_places(
    places, sentence: str, text: str, country: str, admin1: str, lat: float, lon: float, km: float
) -> None:
    p = _found(places(sentence), text)
    assert (p.country, p.admin1) == (country, admin1)
    assert p.lat is not None and p.lon is not None
    assert distance_km(p.lat, p.lon, lat, lon) < km


def test_lowercase_river_with_no_namesake_at_home_keeps_only_the_country(places) -> None:
    # "Tolvanera" is no town of Peru: the river is in the story's country, with no point,
    # never a namesake town abroad
    p = _found(places("Farmers in Cusco and Puno said the Tolvanera river had dried up."), "Tolvanera")
    assert (p.country, p.lat, p.lon) == ("PE", None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        # two towns, neither dominant: an unknown landmark gets no town's point
        "Fans travelled from Kano to Lagos, and from Lagos to Kano, for the Velmor Stadium final.",
    ],
)
def test_landmark_without_a_dominant_town_has_no_point(places, sentence: str) -> None:
    hits = [p for p in places(sentence) if p.text == "Velmor Stadium"]
    assert all(p.lat is None for p in hits)


@pytest.mark.parametrize(
    ("sentence", "text", "country", "located"),
    [
        # a town of the name just across a border from the story's town: the river runs there
        ("Officials in Goma said the Gisenyi river rose overnight.", "Gisenyi", "RW", True),
        # a town of the name far abroad is another river's: the story's country, no point
        ("Farmers in Cusco and Puno said the Eldoret river had dried up.", "Eldoret", "PE", False),
    ],
)
def test_lowercase_river_named_after_a_town_abroad(
    places, sentence: str, text: str, country: str, located: bool
) -> None:
    p = _found(places(sentence), text)
    assert (p.country, p.lat is not None) == (country, located)
