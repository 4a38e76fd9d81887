"""Places and entities: a capital or large city after a place's preposition that the model tags
as a date ("died on Sunday at the Hospital Británico in Montevideo" with "Montevideo" a DATE) is
the city, a GPE of its country; a part of the story's town named after a large city abroad ("the
Palermo neighbourhood" of a story from Buenos Aires) is no city abroad. Invented texts.
"""

from __future__ import annotations

from conftest import typed_entities

TEXT = (
    "Ana Belén Sosa, the activist who led Uruguay's dockers through the strikes of the early 1970s, "
    "died on Sunday at the Hospital Británico in Montevideo. She was 86."
)


def test_a_city_read_as_a_date_is_a_place(places):
    found = [(p.text, p.country, round(p.lat or 0, 2), round(p.lon or 0, 2)) for p in places(TEXT)]
    assert ("Montevideo", "UY", -34.9, -56.19) in found


def test_a_city_read_as_a_date_is_a_gpe(entities):
    assert ("GPE", "Montevideo", "URY") in typed_entities(entities(TEXT))


def test_a_named_neighbourhood_is_no_city_abroad(places):
    """ "the Palermo neighbourhood" in a story from Buenos Aires is a part of that city, not the
    Italian city: a large city keeps its own reading as a town's part only in a country another
    of the story's places is in."""
    text = (
        "BUENOS AIRES, Argentina - Police raided a bar in the Palermo neighbourhood on Friday. "
        "Two men were taken to a station in Buenos Aires."
    )
    (palermo,) = [p for p in places(text) if p.text == "Palermo"]
    assert (palermo.country, palermo.feature, round(palermo.lat, 2), round(palermo.lon, 2)) == (
        "AR",
        "neighbourhood",
        -34.61,
        -58.38,
    )
