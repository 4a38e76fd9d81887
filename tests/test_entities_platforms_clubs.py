"""Organisations whose country the story must not or must give (every sentence invented): an
online platform used the world over ("over WhatsApp") takes no story's or dateline's country and
is an organisation whatever the model says; a sports club described by its home town ("Olimpia,
the Asunción club,", "the Porto club Boavista") lies in that town's country, which outranks a
place its name borrows, and the town is a place."""

from __future__ import annotations

import pytest

from conftest import typed_entities

# (text, the entities as (type, name, country))
PLATFORMS = [
    (
        "NAIROBI, Kenya — Opposition leaders coordinated the march over WhatsApp, police said.",
        [("GPE", "NAIROBI", None), ("GPE", "Kenya", "KEN"), ("ORG", "WhatsApp", None)],
    ),
    (
        "LIMA, Peru — Organisers posted the videos to TikTok and Instagram before the march.",
        [("GPE", "LIMA", None), ("GPE", "Peru", "PER"), ("ORG", "TikTok", None), ("ORG", "Instagram", None)],
    ),
    (
        "Students in Dhaka, Bangladesh, organised the sit-in on Telegram, organisers said.",
        [("GPE", "Dhaka", "BGD"), ("GPE", "Bangladesh", "BGD"), ("ORG", "Telegram", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), PLATFORMS)
def test_platform_takes_no_story_country(entities, text: str, want: list[tuple]) -> None:
    assert typed_entities(entities(text)) == want


CLUBS = [
    (
        "The Porto club Boavista fired its manager on Tuesday.",
        [("GPE", "Porto", "PRT"), ("ORG", "Boavista", "PRT")],
    ),
    (
        "Olimpia, the Asunción club, beat Boca Juniors, a Buenos Aires side, on Sunday.",
        [
            ("ORG", "Olimpia", "PRY"),
            ("GPE", "Asunción", "PRY"),
            ("ORG", "Boca Juniors", "ARG"),
            ("GPE", "Buenos Aires", "ARG"),
        ],
    ),
    (
        "QUITO, Ecuador (AP) — Barcelona Sporting Club, the Guayaquil club, sacked its coach on Monday.",
        [
            ("GPE", "QUITO", None),  # the filing place, no antecedent of "its": no actor
            ("GPE", "Ecuador", "ECU"),
            ("ORG", "AP", "USA"),
            ("ORG", "Barcelona Sporting Club", "ECU"),
            ("GPE", "Guayaquil", "ECU"),
        ],
    ),
    (
        "Kaizer Chiefs, the Johannesburg club, signed a Zambian striker.",
        [("ORG", "Kaizer Chiefs", "ZAF"), ("GPE", "Johannesburg", "ZAF"), ("NORP", "Zambian", "ZMB")],
    ),
    (
        "The Milan club Inter announced a new coach.",
        [("GPE", "Milan", "ITA"), ("ORG", "Inter", "ITA")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CLUBS)
def test_club_takes_its_towns_country(entities, text: str, want: list[tuple]) -> None:
    assert typed_entities(entities(text)) == want
