"""Session-16 place classes from the development set's misses (all sentences invented): a town
an organisation is named after ("Águas da <town>") is no surname; a bearing is taken from a
place ("30 km east of <town>"); a listed town by another spelling of its GeoNames name."""

from __future__ import annotations

import pytest

from storyline.gazetteer import distance_km
from storyline.record import Place
from storyline.stages.places import _town_after_compass


def _found(items: list[Place], text: str) -> Place | None:
    hits = [p for p in items if p.text == text]
    return hits[0] if hits else None


# (sentence, mention, country, lat, lon): a name after "<compass point> of", whatever the model tags it
COMPASS_CASES = [
    (
        "The tanker was boarded 20 miles east of Khor Fakkan on Friday, Emirati officials said.",
        "Khor Fakkan",
        "AE",
        25.33,
        56.34,
    ),
    ("Smugglers were caught north-west of Sialkot by the border guards.", "Sialkot", "PK", 32.49, 74.53),
    ("The convoy was ambushed 40 km southwest of Kismayo at dawn.", "Kismayo", "SO", -0.36, 42.55),
]


# (sentence, name, whether the rule takes it): the gazetteer must know the name as a division or
# a town of 10,000 people or more, and a compass point and "of" must come right before it
BEARING_RULE_CASES = [
    ("The tanker was boarded 20 miles east of Khor Fakkan on Friday.", "Khor Fakkan", True),
    ("Smugglers were caught north-west of Sialkot by the border guards.", "Sialkot", True),
    ("The herders camp south of Kessel Tarvo each winter.", "Kessel Tarvo", False),
    ("Smugglers were caught near Sialkot by the border guards.", "Sialkot", False),
    ("The report was written by Sialkot's police chief.", "Sialkot", False),
]


@pytest.mark.parametrize(("sentence", "name", "taken"), BEARING_RULE_CASES)
def test_town_after_compass_rule(pipeline, analyse, sentence: str, name: str, taken: bool) -> None:
    doc = analyse(sentence).doc
    at = sentence.index(name)
    span = doc.char_span(at, at + len(name))
    assert span is not None
    assert _town_after_compass(doc, pipeline.places.gazetteer, span.start, span.end) is taken


# (sentence, mention, country, lat, lon): a town in a list of places by another spelling
SPELLING_CASES = [
    ("Ethiopian papers sell mostly in Gondar and Hawassa.", "Hawassa", "ET", 7.06, 38.48),
    ("Ethiopian papers sell mostly in the capital, Gondar and Hawassa.", "Hawassa", "ET", 7.06, 38.48),
]


# an organisation named after its town, tagged PERSON by the model and ORG by the entities stage:
# its last word is no surname, so the town stays a place
TOWN_ORG_CASES = [
    (
        "Taps ran dry across Quelimane on Tuesday. "
        "The utility Águas da Quelimane said repairs would take a week.",
        "Quelimane",
        "MZ",
        -17.88,
        36.89,
    ),
]


@pytest.mark.parametrize(
    ("sentence", "mention", "country", "lat", "lon"), COMPASS_CASES + SPELLING_CASES + TOWN_ORG_CASES
)
def test_place_found_and_placed(
    pipeline, analyse, sentence: str, mention: str, country: str, lat: float, lon: float
) -> None:
    """A bearing is taken from a place; a listed town is found by another spelling; a town an
    organisation is named after stays a place."""
    an = analyse(sentence)
    got = _found(pipeline.places(an, pipeline.entities(an)), mention)
    assert got is not None
    assert got.country == country
    assert distance_km(got.lat, got.lon, lat, lon) < 30
