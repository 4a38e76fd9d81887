"""An airport placed through its owner town ("Nairobi's Wilson airport") must not disturb how
later toponyms of the same article are resolved (a regression: the airport's name once
replaced the story's set of named countries, so a later river no source has lost its country)."""

import pytest

import storyline


@pytest.mark.parametrize(
    "text, name, country",
    [
        (
            "Floods hit Kenya on Monday. Travellers were stranded at Nairobi's Wilson airport overnight. "
            "Further north, the Marrowby River burst its banks near farms, officials said.",
            "Marrowby River",
            "KE",
        ),
        (
            "Storms lashed Chile on Friday. Flights were cancelled at Santiago's Arturo airport. "
            "Later the Quellenby River flooded a valley, the agency said.",
            "Quellenby River",
            "CL",
        ),
    ],
)
def test_river_after_owned_airport_keeps_story_country(text: str, name: str, country: str) -> None:
    record = storyline.process(text, published="2024-05-06")
    assert [p.country for p in record.places if p.text == name] == [country]
