"""Divisions named like their largest city, and the press spellings of first-level divisions."""

from __future__ import annotations

import pytest

from storyline.gazetteer import load_gazetteer
from storyline.record import Place


def _reading(found: list[Place], text: str) -> tuple[str, str | None, str | None]:
    hits = [p for p in found if p.text == text]
    assert hits, f"{text!r} not found; got {[p.text for p in found]}"
    return hits[0].feature, hits[0].country, hits[0].admin1


# (sentence, mention, (feature, country, admin1))
CITY_OR_DIVISION = [
    # a bare name shared by a division and its largest city: the city
    ("Shopkeepers in Kisumu reopened on Thursday after the storm.", "Kisumu", ("city", "KE", "17")),
    ("Two buses collided outside Nakuru on the highway, police said.", "Nakuru", ("city", "KE", "31")),
    ("A new clinic opened in Gaziantep last week.", "Gaziantep", ("city", "TR", "27")),
    # with its division word, the division
    ("Farmers across Nakuru County lost their maize harvest.", "Nakuru County", ("admin1", "KE", "31")),
    # a division whose largest city is another stays the division
    ("Teachers in Quebec voted to strike for a second week.", "Quebec", ("admin1", "CA", "QC")),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), CITY_OR_DIVISION)
def test_city_over_its_namesake_division(places, sentence: str, mention: str, expected: tuple) -> None:
    assert _reading(places(sentence), mention) == expected


# press spellings of first-level divisions (data/division_aliases.tsv)
ALTERNATES = [
    ("Drought has hit herders across Oromia this year.", "Oromia", ("admin1", "ET", "OR")),
    ("Thousands fled fighting in North Kivu in March.", "North Kivu", ("admin1", "CD", "NK")),
    ("Ships unloaded grain in Hodeidah on Sunday.", "Hodeidah", ("admin1", "YE", "HU")),
    ("Tribal leaders in Anbar backed the plan.", "Anbar", ("admin1", "IQ", "AN")),
    ("Gas pipelines in Baluchistan were attacked overnight.", "Baluchistan", ("admin1", "PK", "BA")),
]


@pytest.mark.parametrize(("sentence", "mention", "expected"), ALTERNATES)
def test_press_spellings_of_divisions(places, sentence: str, mention: str, expected: tuple) -> None:
    assert _reading(places(sentence), mention) == expected


@pytest.mark.parametrize(
    ("country", "admin1", "name"),
    [("KE", "31", "Nakuru"), ("CA", "QC", "Montréal"), ("US", "IL", "Chicago")],
)
def test_largest_city_of_a_division(country: str, admin1: str, name: str) -> None:
    gaz = load_gazetteer()
    i = gaz.largest_city(country, admin1)
    assert i is not None and gaz.entry(i).name == name
