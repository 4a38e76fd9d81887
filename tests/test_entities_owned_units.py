"""Entities: a unit a country's force owns by a possessive ("the Indian Navy's Eastern Fleet in
Sri Lanka") is that country's, not the country it is based in, and so is its spokesperson.
Invented texts.
"""

from __future__ import annotations

import pytest

from conftest import typed_entities

# (text, the entities (type, name, country) wanted)
OWNED_UNITS = [
    ("A spokeswoman for the Indian Navy's Eastern Fleet in Sri Lanka, Cmdr. Priya Nair, said the patrol "
     "had ended.",
     [("ORG", "Indian Navy", "IND"), ("ORG", "Eastern Fleet", "IND"), ("GPE", "Sri Lanka", "LKA"),
      ("PERSON", "Priya Nair", "IND")]),
    ("The Turkish Army's Northern Task Force in Syria said two soldiers were wounded.",
     [("ORG", "Turkish Army", "TUR"), ("ORG", "Northern Task Force", "TUR"), ("GPE", "Syria", "SYR")]),
    ("A spokesman for the U.S. Navy's Sixth Fleet in Italy, Cmdr. Alan Pierce, said two ships had docked.",
     [("ORG", "U.S. Navy", "USA"), ("ORG", "Sixth Fleet", "USA"), ("GPE", "Italy", "ITA"),
      ("PERSON", "Alan Pierce", "USA")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), OWNED_UNITS, ids=[r[1][1][1] for r in OWNED_UNITS])
def test_an_owned_unit_is_its_owners(entities, text, wanted):
    assert typed_entities(entities(text)) == wanted
