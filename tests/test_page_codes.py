"""Codes of capitals and digits and a printed page's folio line (every sentence invented): a
quarter or half of a year ("growth in Q4", "H1 profit") is no place and no organisation, nor is a
page reference ("see page B12"); a folio line ("PAGE A4 · METRO") holds no entity."""

from __future__ import annotations

import pytest

from conftest import typed_entities

# (text, the places' texts)
CODES = [
    ("Exports fell in Q3 and recovered in Q4, the trade ministry in Santiago said.", ["Santiago"]),
    ("Margins in H1 improved at the plant near Nairobi, the firm said.", ["Nairobi"]),
    ("The full results appear in B12 and in the Denver edition.", ["Denver"]),
]


@pytest.mark.parametrize(("text", "want"), CODES)
def test_code_is_no_place(places, text: str, want: list[str]) -> None:
    assert [p.text for p in places(text)] == want


# (text, the entities as (type, name, country))
FOLIOS = [
    (
        "The Riverside Gazette\nPAGE A4 · METRO\n\nCity council members in Dayton voted on Monday to"
        " expand the bus network, Mayor Linda Harper said.",
        [
            ("ORG", "The Riverside Gazette", "USA"),
            ("GPE", "Dayton", "USA"),
            ("PERSON", "Linda Harper", "USA"),
        ],
    ),
    (
        "Page D1 - SPORTS\n\nThe Halifax Mooseheads lost in Moncton on Sunday, coach Marc Leblanc said.",
        [("GPE", "Moncton", "CAN"), ("PERSON", "Marc Leblanc", None)],
    ),
    (
        "Mining output in H2 is expected to rise in Chile, the ministry said.",
        [("GPE", "Chile", "CHL")],
    ),
]


@pytest.mark.parametrize(("text", "want"), FOLIOS)
def test_folio_line_and_period_hold_no_entity(entities, text: str, want: list[tuple]) -> None:
    assert typed_entities(entities(text)) == want
