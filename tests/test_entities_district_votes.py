"""Entities (session 17, all stories invented): a district of a city the story names casts no vote
of its own for the story's country, so a story about foreigners in a city stays their country's
story; a town further off, or a city of its own size, still votes."""

from __future__ import annotations

import pytest

from conftest import typed_entities

STORY = (
    "{home}'s mayor, Rosa Quispe, said on Monday that the city would welcome the climbers home. "
    "The climbers landed in {city} on Sunday and spent the night at a hotel in {part}. "
    "Quispe said {home} was proud of them. The expedition's doctor, Mateo Huaman, said they were "
    "tired but well."
)

# (home city, city the story names abroad, the place "in" it, country of the doctor, who has no
# country of his own: the story's country, or none when no country stands out)
CASES = [
    ("Lima", "Berlin", "Kreuzberg", "PER"),  # a district of Berlin: no vote
    ("Quito", "Tokyo", "Shibuya", "ECU"),  # a ward of Tokyo: no vote
    ("Lima", "Berlin", "Potsdam", None),  # a city of its own, further than SECTION_KM: votes
    ("Quito", "Tokyo", "Yokohama", None),  # a large city near Tokyo: votes
    ("Quito", "London", "Oxford", None),  # a town far from London: votes
]


@pytest.mark.parametrize(("home", "city", "part", "country"), CASES)
def test_city_section_casts_no_vote(entities, home: str, city: str, part: str, country: str | None) -> None:
    found = typed_entities(entities(STORY.format(home=home, city=city, part=part)))
    assert [x for x in found if x[1] == "Mateo Huaman"] == [("PERSON", "Mateo Huaman", country)]
