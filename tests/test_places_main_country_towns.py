"""Places: a small town of the story's own country in a place slot ("near X", "in X", "around X")
is a place whatever the model tagged it (an organisation, a person, nothing), and a country
named nearly as often as the most named one counts as the story's country too (every sentence
invented)."""

from __future__ import annotations

import pytest

_SLOT_TOWNS = [
    # tagged ORG after "near"
    (
        "Haiti's civil protection agency said on Monday that the storm had killed four people. "
        "A landslide buried two houses near Cornillon, officials said.",
        "Cornillon",
        "HT",
    ),
    # tagged ORG after "around"
    (
        "Heavy rain lashed Haiti on Tuesday. Rivers burst their banks, flooding farms around Milot "
        "and cutting the road.",
        "Milot",
        "HT",
    ),
    # left untagged after "near"
    ("Haiti's police said gangs had blocked the road near Thomassique on Sunday.", "Thomassique", "HT"),
]


@pytest.mark.parametrize(("text", "name", "country"), _SLOT_TOWNS)
def test_small_town_of_the_story_country_in_a_place_slot(pipeline, analyse, text, name, country) -> None:
    an = analyse(text)
    got = {p.text: p.country for p in pipeline.places(an, pipeline.entities(an)) if p.lat is not None}
    assert got.get(name) == country


def test_country_named_nearly_as_often_is_the_story_country(pipeline, analyse) -> None:
    """Two countries' places named about as often: a town of either after "fly home to"."""
    text = (
        "Gunmen from the Philippines seized a fisherman off Malaysia's coast. The Philippine navy "
        "searched Jolo and Sulu while Malaysian police watched Sandakan. Philippine officials in "
        "Manila said talks went on. The fisherman was freed in Sabah. Lim is expected to "
        "fly home to Tawau on Sunday, his family said."
    )
    an = analyse(text)
    got = {p.text: p.country for p in pipeline.places(an, pipeline.entities(an)) if p.lat is not None}
    assert got.get("Tawau") == "MY"


def test_small_town_named_as_a_person_elsewhere_stays_a_name(pipeline, analyse) -> None:
    text = (
        "Haiti's police questioned Jean Cornillon on Monday. Reporters waited near Cornillon "
        "outside the station, officials said."
    )
    an = analyse(text)
    got = [p.text for p in pipeline.places(an, pipeline.entities(an)) if p.lat is not None]
    assert got == ["Haiti"]
