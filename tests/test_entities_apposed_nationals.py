"""Entities: two or three name words after "the" and a nationality, set off by commas after a
noun for a person ("Their coach, the Danish Tadas Rimkus, who …"), are one PERSON of that
nationality, where the model left the name untagged. Invented texts.
"""

from __future__ import annotations

import pytest

from conftest import typed_entities

# (text, the entities (type, name, country) wanted)
APPOSED = [
    ("Their coach, the Danish Tadas Rimkus, who trains them in Aarhus, told reporters he believed them.",
     [("NORP", "Danish", "DNK"), ("PERSON", "Tadas Rimkus", "DNK"), ("GPE", "Aarhus", None)]),
    ("Their coach, the Danish Andrius Vaitkevicius, who trains them in Aarhus, told reporters he "
     "believed them.",
     [("NORP", "Danish", "DNK"), ("PERSON", "Andrius Vaitkevicius", "DNK"), ("GPE", "Aarhus", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), APPOSED, ids=[r[1][1][1] for r in APPOSED])
def test_a_national_in_apposition_is_a_person(entities, text, wanted):
    assert typed_entities(entities(text)) == wanted
