"""Events stage: people "of" a place act themselves and act where they live. "Who" stands for
people, so a relative clause the parser hangs on the place after them ("villagers of the X district
who blocked the road") is theirs, and a protest or attack by people of a place, with no locative
place, happens there. Invented sentences.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2020-03-07"


def _events(pipeline, text: str) -> list[tuple]:
    """(trigger, type, source names, place name) of every event."""
    record = pipeline.process(text, published=PUBLISHED)
    names = {e.id: e.name for e in record.entities}
    return [
        (
            e.trigger.text,
            e.type,
            [names[s] for s in e.source],
            record.places[e.place].name if e.place is not None else None,
        )
        for e in record.events
    ]


DWELLERS = [
    ("Police fired tear gas to disperse about 300 villagers of the Kanda district who blocked the highway.",
     [("fired", "ASSAULT", ["Police"], "Kanda"), ("blocked", "PROTEST", ["about 300 villagers"], "Kanda")]),
    ("Soldiers dispersed villagers of the Chitral district who had blocked a bridge.",
     [("blocked", "PROTEST", ["villagers"], "Chitral")]),
    ("Police arrested farmers of the Kasese district who attacked a ranger post.",
     [("arrested", "COERCE", ["Police"], "Kasese"), ("attacked", "ASSAULT", ["farmers"], "Kasese")]),
    ("Residents of Soweto marched on the district office on Monday.",
     [("marched", "PROTEST", ["Residents"], "Soweto")]),
    # a locative place named comes first
    ("Residents of Soweto marched in Pretoria on Monday.",
     [("marched", "PROTEST", ["Residents"], "Pretoria")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DWELLERS, ids=[c[0][:40] for c in DWELLERS])
def test_people_of_a_place_act_there(pipeline, text, expected):
    assert _events(pipeline, text) == expected
