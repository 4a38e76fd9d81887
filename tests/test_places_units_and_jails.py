"""Places: a small local unit named before its kind word ("Nakaseke sub-county", "Kibuku
village"); a prison the entities stage joined from an untagged name and a lower-case noun ("at
Rebeuss prison"); a correctional institution or detention centre as a facility at its town."""

from __future__ import annotations

import pytest


def rows(pipeline, analyse, text: str) -> list[tuple]:
    """(name, country, lat, lon) of each place, the entities stage's output given."""
    an = analyse(text)
    return [(p.name, p.country, p.lat, p.lon) for p in pipeline.places(an, pipeline.entities(an))]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Residents of Nakaseke sub-county and Kasangati sub county fled.",
            [("Nakaseke", "UG", 0.7517, 32.385), ("Kasangati", "UG", 0.438, 32.6025)],
        ),
        (
            "Two boys drowned near Kibuku village, police said.",
            [("Kibuku", "UG", 1.0433, 33.7975)],
        ),
    ],
)
def test_local_units(pipeline, analyse, text: str, want: list) -> None:
    assert rows(pipeline, analyse, text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "DAKAR, Senegal - Faye was held at Rebeuss prison on Thursday.",
            [
                ("Dakar", "SN", 14.6937, -17.4441),
                ("Senegal", "SN", 14.0, -14.0),
                ("Rebeuss prison", "SN", 14.6937, -17.4441),
            ],
        ),
        (
            "Inmates broke out of Bomana Correctional Institution in Lae on Thursday.",
            [("Bomana Correctional Institution", "PG", -6.7233, 146.9961), ("Lae", "PG", -6.7233, 146.9961)],
        ),
        (
            "Migrants were held at the Tarvo detention centre in Misrata.",
            [("Tarvo detention centre", "LY", 32.3754, 15.0925), ("Misratah", "LY", 32.3754, 15.0925)],
        ),
    ],
)
def test_prisons_at_their_town(pipeline, analyse, text: str, want: list) -> None:
    assert rows(pipeline, analyse, text) == want
