"""Places the gazetteer lacks or the tagger misses: an unknown part of the story's town, a
small national capital after "to"/"from"/"in", and a river, valley or lake named with a local
generic word ("Darya", "Nehri", "Wadi", "Lago").

Every sentence is invented.
"""

from __future__ import annotations

import pytest

from conftest import found_place as _found


@pytest.mark.parametrize(
    ("sentence", "text", "town"),
    [
        # the nearest town named before it
        (
            "Protesters gathered in Lusaka on Monday. Police later sealed off the Kivoro neighbourhood.",
            "Kivoro",
            "Lusaka",
        ),
        # the dateline's town
        (
            "LILONGWE, Malawi (Reuters) - Shops stayed shut in the Tembezi suburb on Friday.",
            "Tembezi",
            "LILONGWE",
        ),
    ],
)
def test_unknown_part_of_the_story_town(places, sentence: str, text: str, town: str) -> None:
    found = places(sentence)
    part, city = _found(found, text), _found(found, town)
    assert (part.feature, part.geonames_id) == ("neighbourhood", None)
    assert (part.lat, part.lon, part.country, part.admin1) == (city.lat, city.lon, city.country, city.admin1)


def test_part_of_a_town_with_no_town_named_has_no_point(places) -> None:
    part = _found(places("Gunmen attacked the Kivoro neighbourhood overnight."), "Kivoro")
    assert (part.lat, part.lon, part.feature) == (None, None, None)


@pytest.mark.parametrize(
    ("sentence", "text", "country"),
    [
        ("The delegation flew to Funafuti on Tuesday.", "Funafuti", "TV"),
        ("The minister arrived from Castries late on Friday.", "Castries", "LC"),
        ("Talks opened in Majuro on Monday.", "Majuro", "MH"),
        ("The envoy left Nukuʻalofa on Sunday.", "Nukuʻalofa", "TO"),  # written with the okina
        ("The minister arrived from Apia on Monday.", "Apia", "WS"),
    ],
)
def test_small_capital_after_a_preposition(places, sentence: str, text: str, country: str) -> None:
    assert _found(places(sentence), text).country == country


@pytest.mark.parametrize(
    ("sentence", "text", "country"),
    [
        ("Farmers in Uzbekistan said the Tashkul Darya had run dry.", "Tashkul Darya", "UZ"),
        ("Herders crossed Wadi Sarran at dawn, Yemeni officials said.", "Wadi Sarran", "YE"),
        ("Fishermen on Lago Tarvino reported dead fish, Chilean officials said.", "Lago Tarvino", "CL"),
        # tagged PERSON by the model
        ("The Kizil Nehri burst its banks near the Turkish town of Bafra.", "Kizil Nehri", "TR"),
    ],
)
def test_feature_by_a_local_generic_word(places, sentence: str, text: str, country: str) -> None:
    p = _found(places(sentence), text)
    assert (p.country, p.lat, p.geonames_id) == (country, None, None)


@pytest.mark.parametrize(
    "sentence",
    [
        "Rio Ferdinand scored twice for the visitors.",
        "Mark Lago and Jabal Ahmed were arrested.",
        "Li Jiang and Zhang Wei were detained.",
    ],
)
def test_names_with_a_generic_word_that_are_people(places, sentence: str) -> None:
    assert places(sentence) == []
