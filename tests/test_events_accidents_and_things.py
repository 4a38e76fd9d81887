"""Events stage: accidents and things are no actors. A crash, a collision or a vehicle plunging off
a road kills no one as an attack does ("a bus collided with a lorry, killing 11": no ASSAULT); a
flood defence giving in concedes nothing, rain pressing rivers over their banks asks nothing, and
a vehicle travelling between towns pays no visit (``event_accidents.tsv``,
``event_inert_nouns.txt``). Attacks keep their events. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _events

ACCIDENTS = [
    ("A bus collided with a truck on the highway near Korogwe on Sunday, killing 11 passengers.", []),
    ("A minibus plunged into a ravine near Kisoro, killing nine people.", []),
    ("The crash killed 11 people, police said.", []),
    ("Nine people were killed in the collision.", []),
    ("Three miners were killed when the tunnel collapsed.", []),
    ("Greece's deadliest train crash killed 57 people.", []),
    ("Another 14 soldiers were killed when their helicopter crashed near the border.", []),
    # attacks stay attacks
    ("Nine people were killed in the attack on the village.",
     [("killed", "ASSAULT", "1823", [], ["Nine people"])]),
    ("Gunmen killed nine people in Kisoro.", [("killed", "ASSAULT", "1823", ["Gunmen"], ["nine people"])]),
    # the verb of an accident has a thing as its subject; "fired" tells no accident
    ("Three guards were captured when the militia collapsed under the assault.",
     [("captured", "ASSAULT", "190", [], ["Three guards"])]),
    ("Police fired on the marchers, killing five people.",
     [("fired on", "ASSAULT", "193", ["Police"], ["marchers"]),
      ("killing", "ASSAULT", "1823", ["Police"], ["five people"])]),
    # "in a wave of fighting": the fighting, no hazard
    ("More than 400 people have been killed in a wave of fighting.",
     [("killed", "ASSAULT", "1823", [], ["More than 400 people"]), ("fighting", "ASSAULT", "190", [], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ACCIDENTS, ids=[c[0][:40] for c in ACCIDENTS])
def test_an_accident_is_no_attack(pipeline, text, expected):
    assert _events(pipeline, text) == expected


THINGS = [
    ("A dyke on the Sava gave in on Friday night.", []),
    ("The levee gave in under the pressure of the water.", []),
    ("Heavy rains pressed rivers over their banks.", []),
    ("The bus was travelling from Kampala to Gulu.", []),
    # people still yield, press and visit
    ("The council gave in to the traders on Friday.",
     [("gave in", "CONCEDE", "080", ["council"], ["traders"])]),
    ("The minister travelled to Gulu on Monday.", [("travelled to", "CONSULT", "042", ["minister"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), THINGS, ids=[c[0][:40] for c in THINGS])
def test_things_do_no_political_acts(pipeline, text, expected):
    assert _events(pipeline, text) == expected
