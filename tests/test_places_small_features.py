"""Places: volcanoes and national parks from the curated list, islets and coves named with a
feature word ("Île aux ...", "Anse d'..."), and a small namesake far abroad in a story filed
from one country.

Every sentence is invented; the expected points are the data files' own.
"""

from __future__ import annotations

import pytest

from conftest import found_place as _found
from storyline.knowledge import feature_name_end

# (text, mention, country, lat, lon): a volcano or a park at its curated point, not at the
# story's capital nor a person's or a body's name
FEATURES = [
    (
        "ANTIGUA GUATEMALA — Ash rose from Volcán de Agua overnight, officials said.",
        "Volcán de Agua",
        "GT",
        14.465,
        -90.743,
    ),
    (
        "Villagers below Mount Merapi were told to leave as the crater glowed.",
        "Mount Merapi",
        "ID",
        -7.54,
        110.446,
    ),
    (
        "PRETORIA — Two rhinos were found dead in Kruger National Park on Friday, the ministry said.",
        "Kruger National Park",
        "ZA",
        -23.99,
        31.55,
    ),
    (
        "GABORONE — Elephants crossed from Chobe National Park into farmland near Kasane.",
        "Chobe National Park",
        "BW",
        -18.6,
        24.5,
    ),
]


@pytest.mark.parametrize(("text", "mention", "country", "lat", "lon"), FEATURES)
def test_curated_volcanoes_and_parks(
    places, text: str, mention: str, country: str, lat: float, lon: float
) -> None:
    p = _found(places(text), mention)
    assert (p.country, p.lat, p.lon) == (country, lat, lon)


# (text, mention, country): an islet or cove no source has, named with a feature word, is a place
# of the story's country (no point rather than a guess)
FEATURE_WORD_NAMES = [
    ("PORT LOUIS, Mauritius — Divers from Île aux Flamants found the wreck.", "Île aux Flamants", "MU"),
    ("CASTRIES, St Lucia — Boats were pulled ashore at Anse d'Orange.", "Anse d'Orange", "LC"),
]


@pytest.mark.parametrize(("text", "mention", "country"), FEATURE_WORD_NAMES)
def test_feature_word_names_are_places(pipeline, analyse, text: str, mention: str, country: str) -> None:
    an = analyse(text)
    p = _found(pipeline.places(an, pipeline.entities(an)), mention)
    assert (p.country, p.lat, p.lon) == (country, None, None)


@pytest.mark.parametrize(
    ("words", "end"),
    [
        (["Île", "aux", "Flamants", "found"], 3),
        (["Anse", "d'Orange", "before"], 2),
        (["Pointe", "d’Orange", "before"], 2),
        (["Volcán", "de", "la", "Tarva", "erupted"], 4),
        (["Mount", "and"], None),
        (["Kessel", "Vale"], None),
    ],
)
def test_feature_name_end(words: list[str], end: int | None) -> None:
    assert feature_name_end(words, 0) == end


def test_small_namesake_far_from_dateline_stays_home(pipeline, analyse) -> None:
    # "Blue Bay" is known only as a village in Australia; the story is filed from Mauritius
    text = (
        "MAHEBOURG, Mauritius — Snorkellers at Blue Bay said the water had turned black after "
        "the tanker broke up, and the fisheries ministry closed the lagoon."
    )
    an = analyse(text)
    p = _found(pipeline.places(an, pipeline.entities(an)), "Blue Bay")
    assert (p.country, p.lat, p.lon) == ("MU", None, None)


def test_namesake_near_dateline_keeps_its_reading(places) -> None:
    # a town across the border from the dateline's city stays where the index puts it
    p = _found(places("GOMA, Congo — Refugees crossed into Gisenyi overnight, aid workers said."), "Gisenyi")
    assert p.country == "RW"
