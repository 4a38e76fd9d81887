"""Places (session 18, second pass; all sentences invented): a hyphenated name with a lower-case
particle ("Châlons-en-Champagne") is one place though the tokenizer cuts it and the model tags a
piece; "the town of <hyphenated name>" untagged is found whole; a prison named by a place, a
lower-case level word and "jail"/"prison" ("the Kisumu provincial prison") is one facility at the
town it is said to be in, else at the town it is named after; a capitalised "District Jail" the
model tags a place is a facility at the town written after it."""

from __future__ import annotations

import pytest


def _found(places, text: str) -> list[tuple[str, str | None, str | None, float | None, float | None]]:
    return [(p.text, p.country, p.feature, p.lat, p.lon) for p in places(text)]


def _found_with(
    pipeline, analyse, text: str
) -> list[tuple[str, str | None, str | None, float | None, float | None]]:
    """The places stage given the entity stage's output too, as the pipeline runs it."""
    an = analyse(text)
    return [(p.text, p.country, p.feature, p.lat, p.lon) for p in pipeline.places(an, pipeline.entities(an))]


# (text, mention, (country, feature)): the hyphenated name whole
@pytest.mark.parametrize(
    ("text", "mention", "want"),
    [
        (
            "Farmers from Châlons-en-Champagne drove tractors to the capital on Monday.",
            "Châlons-en-Champagne",
            ("FR", "city"),
        ),
        (
            "Boats carried food to the town of Boulogne-sur-Mer on Monday.",
            "Boulogne-sur-Mer",
            ("FR", "city"),
        ),
        (
            "A ferry left for the village of Saint-Valery-en-Caux on Tuesday.",
            "Saint-Valery-en-Caux",
            ("FR", "city"),
        ),
    ],
)
def test_hyphenated_name_with_a_particle(places, text: str, mention: str, want: tuple[str, str]) -> None:
    assert [(p.country, p.feature) for p in places(text) if p.text == mention] == [want]


# a chain without a particle is left as the model tagged it
def test_route_is_not_joined(places) -> None:
    found = [p.text for p in places("The Paris-Brussels train was cancelled on Monday.")]
    assert "Paris-Brussels" not in found


# (text, facility, the point it is put at: the town it is in, else the one it is named after)
@pytest.mark.parametrize(
    ("text", "facility", "point"),
    [
        (
            "Guards at the Leyte provincial jail in Palo found a tunnel on Friday, officials said.",
            "Leyte provincial jail",
            (11.1575, 124.9908),
        ),
        (
            "Two inmates escaped from the Kisumu provincial prison on Sunday, Kenyan police said.",
            "Kisumu provincial prison",
            (-0.1022, 34.7617),
        ),
        (
            "A third man was moved to the Meru District Jail in Meru town, officials in Kenya said.",
            "Meru District Jail",
            (0.0463, 37.6559),
        ),
    ],
)
def test_prison_at_its_town(pipeline, analyse, text: str, facility: str, point: tuple[float, float]) -> None:
    found = _found_with(pipeline, analyse, text)
    assert [(f[2], f[3], f[4]) for f in found if f[0] == facility] == [("facility", *point)]


# (text, mention, (name, lat, lon)): a town GeoNames knows only by another spelling of a small
# town ("Kampung X" beside "X") in the story's country
@pytest.mark.parametrize(
    ("text", "mention", "want"),
    [
        (
            "MALACCA, Malaysia — Floods forced 300 people from their homes in the town of Umbai on "
            "Monday, officials in Malacca said.",
            "Umbai",
            ("Kampung Umbai", 2.1586, 102.3475),
        ),
        (
            "ALOR SETAR, Malaysia — Rice farmers in the village of Jerlun said on Monday that the floods "
            "had ruined their crop.",
            "Jerlun",
            ("Kampung Jerlun", 6.2139, 100.2658),
        ),
    ],
)
def test_small_town_by_its_other_spelling(places, text: str, mention: str, want: tuple) -> None:
    assert [(p.name, p.lat, p.lon) for p in places(text) if p.text == mention] == [want]
