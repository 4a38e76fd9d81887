"""Places: parts of a town (districts, neighbourhoods, townships, markets) resolve inside the
town they are said to be in, or the story's town, when no reading near it is known; a word that
opens longer names ("San", "Mercado") cut from its name is never a place on its own (every
sentence invented)."""

from __future__ import annotations

import pytest

from storyline.gazetteer import distance_km

# (text, place, (lat, lon) of the town it is in)
_PARTS = [
    # a namesake far off in the same country loses to the town the text puts it in
    (
        "LIMA, Peru — Residents of Lima's Comas district protested on Monday against water cuts.",
        "Comas",
        (-12.04, -77.03),
    ),
    # "the neighbourhoods of A and B": each a part of the story's town
    (
        "DHAKA, Bangladesh — Garment workers blocked roads in the neighbourhoods of Mirpur and "
        "Tejgaon on Tuesday, police said.",
        "Mirpur",
        (23.71, 90.41),
    ),
    # "<city>'s <name> area"
    (
        "NAIROBI, Kenya — Police arrested a man in Nairobi's Kasarani area on Sunday.",
        "Kasarani",
        (-1.28, 36.82),
    ),
]


@pytest.mark.parametrize(("text", "name", "point"), _PARTS)
def test_town_part_is_in_its_town(places, text, name, point) -> None:
    got = [p for p in places(text) if p.text == name]
    assert got and got[0].lat is not None
    assert distance_km(got[0].lat, got[0].lon, *point) < 15


def test_town_parts_go_to_the_most_named_town(places) -> None:
    # no dateline: the town named most often, not the capital abroad named just before
    text = (
        "Security forces raided opposition offices in Bamako on Friday. The party said its offices "
        "in Bamako had been searched before. The interior minister, back from Niamey on Thursday, "
        "defended the raid. Youths burned tyres in the neighbourhoods of Badalabougou and Lafiabougou."
    )
    got = {p.text: (p.country, p.feature) for p in places(text) if p.text in {"Badalabougou", "Lafiabougou"}}
    assert got == {"Badalabougou": ("ML", "neighbourhood"), "Lafiabougou": ("ML", "neighbourhood")}


def test_later_part_follows_the_moved_one(places) -> None:
    # "the Rimac neighbourhood" after "Lima's Comas district": in Lima, not at the namesake Comas
    text = (
        "LIMA, Peru — Residents of Lima's Comas district protested on Monday. Police said the "
        "march began in the Rimac neighbourhood."
    )
    got = next(p for p in places(text) if p.text == "Rimac")
    assert distance_km(got.lat, got.lon, -12.04, -77.03) < 15


def test_part_with_a_reading_in_its_town_keeps_it(places) -> None:
    # "Pallabi" is known in Dhaka itself: its own point, not the city's
    got = next(
        p
        for p in places("DHAKA, Bangladesh — Police held 40 people in Dhaka's Pallabi district.")
        if p.text == "Pallabi"
    )
    assert (got.name, got.feature) == ("Pallabi", "city")


_OPENERS = [
    "Fire guts Mercado San Telmo stalls\n\nBUENOS AIRES, Argentina — A fire destroyed 40 stalls on Sunday.",
]


@pytest.mark.parametrize("text", _OPENERS)
def test_name_opener_cut_from_its_name_is_no_place(places, text) -> None:
    got = [p.text for p in places(text)]
    assert "BUENOS AIRES" in got and not {"San", "Santa", "Mercado", "Plaza"} & set(got)


def test_opener_standing_alone_stays_a_place(places) -> None:
    # a town of the name, with nothing after it: untouched
    got = [p.text for p in places("Soldiers were deployed to San, in central Mali, on Friday.")]
    assert "San" in got
