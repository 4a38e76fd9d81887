"""Entities: a division's initials ("NSW", "KZN") name the division and its country wherever they
stand ("NSW Police" is an organisation of Australia; "KZN" tagged an organisation is the
province), and a town followed by a comma and a division, by name or initials, lies in that
division's country ("Paris, Texas,", "Richmond, NSW,"), not in its larger namesake's. Invented texts.
"""

from __future__ import annotations

import pytest

from conftest import typed_entities

# (text, the entities (type, name, country) wanted)
CODES = [
    ("NSW Police said the driver of the truck had been charged.",
     [("ORG", "NSW Police", "AUS")]),
    ("The KZN health department said three clinics had closed.",
     [("GPE", "KZN", "ZAF")]),
    ("Heavy rain flooded homes in Ladysmith, KZN, on Monday.",
     [("GPE", "Ladysmith", "ZAF"), ("GPE", "KZN", "ZAF")]),
    ("The mayor of Richmond, NSW, said the river was rising.",
     [("GPE", "Richmond", "AUS"), ("GPE", "NSW", "AUS")]),
    ("The fair in Paris, Texas, drew 4,000 people.",
     [("GPE", "Paris", "USA"), ("GPE", "Texas", "USA")]),
    # a list of places, not a town and its division: each keeps its own country
    ("Teachers marched in Cochabamba, Santa Cruz and Oruro on Monday.",
     [("GPE", "Cochabamba", "BOL"), ("GPE", "Santa Cruz", "BOL"), ("GPE", "Oruro", "BOL")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), CODES, ids=[r[0][:24] for r in CODES])
def test_a_division_pins_the_country(entities, text, wanted):
    assert typed_entities(entities(text)) == wanted
