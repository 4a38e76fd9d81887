"""Places (held-out round 17, all sentences invented): a prison named by its proper name and a
lower-case "prison" is a facility at the town it is named after; a landmark in a story about no
one town stands at the town named nearest it in its sentence."""

from __future__ import annotations

import pytest

from storyline.gazetteer import distance_km


@pytest.fixture(scope="module")
def placed(pipeline, analyse):
    """``placed(text)``: the places stage's output given the entities stage's entities."""

    def run(text: str):
        an = analyse(text)
        return pipeline.places(an, pipeline.entities(an))

    return run


def _place(places, text: str, mention: str):
    hits = [p for p in places(text) if p.text == mention]
    assert hits, f"{mention!r} not found"
    return hits[0]


# (text, mention, country, point)
@pytest.mark.parametrize(
    ("text", "mention", "country", "point"),
    [
        ("Guards at Haskovo prison went on strike on Monday.", "Haskovo prison", "BG", (41.93, 25.56)),
        (
            "The Tarvo Bridge between Ruse and Giurgiu was closed to lorries on Monday.",
            "Tarvo Bridge",
            "BG",
            (43.85, 25.95),
        ),
    ],
)
def test_placed(placed, text: str, mention: str, country: str, point: tuple[float, float]) -> None:
    got = _place(placed, text, mention)
    assert got.country == country
    assert distance_km(got.lat, got.lon, *point) < 10


def test_prison_of_a_nationality_is_no_place(placed) -> None:
    assert [p.text for p in placed("She spent two years in a Peruvian prison.")] == ["Peruvian"]


def test_landmark_takes_no_town_of_another_sentence(placed) -> None:
    text = "Lorries queued at the Tarvo Bridge on Monday. Farmers in Ruse and Pleven protested."
    assert [(p.country, p.lat) for p in placed(text) if p.text == "Tarvo Bridge"] == [(None, None)]


def test_landmark_joining_no_town_has_no_point(placed) -> None:
    text = "Fans came from Ruse and Pleven for the final at the Tarvo Stadium, which was full."
    assert [(p.country, p.lat) for p in placed(text) if p.text == "Tarvo Stadium"] == [(None, None)]
