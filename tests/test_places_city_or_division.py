"""Places (session 17, all sentences invented): the words around a name a city shares with its
division ("upstate", "the governor of") make it the division; a capital, a large city, a
division or a country the model tags PERSON after a verb of going is the place; an airport named
after a person is a place; divisions found by another English name (``division_aliases.tsv``)."""

from __future__ import annotations

import pytest

from storyline.gazetteer import distance_km
from storyline.stages.places import _big_place_after_motion, _cue, _named_airport

NYC = (40.71, -74.01)
NY_STATE = (42.72, -75.84)


def _place(places, text: str, mention: str):
    hits = [p for p in places(text) if p.text == mention]
    assert hits, f"{mention!r} not found"
    return hits[0]


# (text, mention, point): "New York City" is the city; "upstate", "the governor of", "the state
# of", "<name> state", "<name>'s governor" name the state (so does a bare "New York": the public
# corpora mostly read it so)
@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        ("Thousands of nurses marched in New York City on Monday.", "New York City", NYC),
        ("The airline flies daily between Lagos and New York.", "New York", NY_STATE),
        ("The governor of New York signed the bill on Monday.", "New York", NY_STATE),
        ("Farmers in upstate New York lost most of their apples.", "New York", NY_STATE),
        ("New York's governor signed the bill on Monday.", "New York", NY_STATE),
        ("The New York governor signed the bill on Monday.", "New York", NY_STATE),
        ("Lawmakers in New York state passed the bill.", "New York", NY_STATE),
    ],
)
def test_new_york_city_or_state(places, text: str, mention: str, point: tuple[float, float]) -> None:
    got = _place(places, text, mention)
    assert got.country == "US"
    assert distance_km(got.lat, got.lon, *point) < 30


# (text, mention, country, point): where a name is placed. The other city/division homonyms keep
# their usual reading; a PERSON-tagged place after a verb of going is found and placed; a division
# is found by another English name.
@pytest.mark.parametrize(
    ("text", "mention", "country", "point"),
    [
        ("The talks moved from Washington to Geneva.", "Washington", "US", (38.90, -77.04)),
        ("Heavy rain flooded streets in Sao Paulo on Monday.", "Sao Paulo", "BR", (-23.55, -46.64)),
        ("Police in Quebec arrested two men.", "Quebec", "CA", (52.00, -72.00)),
        ("She returned to Bamako on Friday.", "Bamako", "ML", (12.65, -8.00)),
        ("Troops were deployed to Papua after the attack.", "Papua", "ID", (-2.22, 136.62)),
        ("Floods hit Zakarpattia on Monday.", "Zakarpattia", "UA", (48.47, 23.30)),
        ("Police in Ingushetia detained two men on Monday.", "Ingushetia", "RU", (43.18, 44.81)),
        ("Frost hit farms across Yakutia this week.", "Yakutia", "RU", (64.07, 136.41)),
    ],
)
def test_placed(places, text: str, mention: str, country: str, point: tuple[float, float]) -> None:
    got = _place(places, text, mention)
    assert got.country == country
    assert distance_km(got.lat, got.lon, *point) < 30


# (sentence, name, want): what the words around a name say it is
@pytest.mark.parametrize(
    ("sentence", "name", "want"),
    [
        ("The governor of Ostravia spoke.", "Ostravia", "admin1"),
        ("Farmers in upstate Ostravia spoke.", "Ostravia", "admin1"),
        ("The Ostravia governor spoke.", "Ostravia", "admin1"),
        ("The state of Ostravia spoke.", "Ostravia", "admin1"),
        ("The mayor of Ostravia spoke.", "Ostravia", None),
        ("Farmers in Ostravia spoke.", "Ostravia", None),
    ],
)
def test_cue_for_the_division(analyse, sentence: str, name: str, want: str | None) -> None:
    doc = analyse(sentence).doc
    at = sentence.index(name)
    span = doc.char_span(at, at + len(name))
    assert span is not None
    assert _cue(doc, span.start, span.end)[0] == want


# (sentence, name, taken): a verb of going and a known capital, large city, division or country
# by its very name, with no person cue
MOTION_CASES = [
    ("She returned to Bamako on Friday.", "Bamako", True),
    ("Troops were deployed to Papua after the attack.", "Papua", True),
    ("The delegation left Harare for talks on Monday.", "Harare", True),
    ("The president flew to Jackson on Monday.", "Jackson", False),
    ("Mr Bamako said she returned to Bamako on Friday.", "Bamako", False),
    ("She spoke to Bamako on Friday.", "Bamako", False),
    ("She sent a letter to Bamako on Friday.", "Bamako", False),
    ("She returned to Bamako, who thanked her.", "Bamako", False),
]


@pytest.mark.parametrize(("sentence", "name", "taken"), MOTION_CASES)
def test_big_place_after_motion_rule(pipeline, analyse, sentence: str, name: str, taken: bool) -> None:
    doc = analyse(sentence).doc
    at = sentence.rindex(name)
    span = doc.char_span(at, at + len(name))
    assert span is not None
    assert _big_place_after_motion(doc, pipeline.places.gazetteer, span.start, span.end) is taken


# (sentence, name, taken): a title-case name right before "airport"/"airfield"
@pytest.mark.parametrize(
    ("sentence", "name", "taken"),
    [
        ("Relatives waited at Tarvo's Halim Sutan airport on Monday.", "Halim Sutan", True),
        ("The plane landed at the Halim Sutan airfield.", "Halim Sutan", True),
        ("Halim Sutan said the airport was closed.", "Halim Sutan", False),
    ],
)
def test_named_airport_rule(analyse, sentence: str, name: str, taken: bool) -> None:
    doc = analyse(sentence).doc
    at = sentence.index(name)
    span = doc.char_span(at, at + len(name))
    assert span is not None
    assert _named_airport(doc, span.start, span.end) is taken


def test_airport_named_after_a_person_is_placed_at_its_town(places) -> None:
    """No source has the airport: it stands at the town that owns it."""
    got = _place(
        places, "About 300 relatives waited at Ambon's Halim Sutan airport on Monday.", "Halim Sutan airport"
    )
    assert got.country == "ID"
    assert distance_km(got.lat, got.lon, -3.70, 128.18) < 10
