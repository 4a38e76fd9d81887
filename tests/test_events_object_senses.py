"""Events stage, session 17 (helper X1): verbs whose event is chosen by their object in
event_senses.tsv. A sanction renewed or proposed is a sanction ("renewed the asset freeze on X",
"proposed new tariffs on X"); exploring a merger is an intent to cooperate; opening a border
crossing lets people or aid through (aid, as the records code it); crippling a computer system is
an attack on it, while "the strike crippled the port" codes nothing. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles

# sentence -> every event of its record
CHOSEN_BY_OBJECT = [
    # a sanction renewed or proposed is a sanction, the "on" object its target
    ("The Council renewed the asset freeze on Viktor Marlow.",
     [("renewed", "SANCTION", "163", ["Council"], ["Viktor Marlow"])]),
    ("Washington proposed new tariffs on Mexico last week.",
     [("proposed", "SANCTION", "163", ["Washington"], ["Mexico"])]),
    ("The company extended the deadline.", []),
    # exploring a merger: intent to cooperate economically
    ("Ford is exploring a merger with Nissan.", [("exploring", "AGREE", "0311", ["Ford"], ["Nissan"])]),
    ("The survey team explored the valley.", []),
    # opening a border crossing lets people or aid through
    ("Turkey opened the border gate on Friday.", [("opened", "AID", "070", ["Turkey"], [])]),
    ("Turkey opens border crossing for aid convoys.", [("opens", "AID", "070", ["Turkey"], [])]),
    ("The shop opened its doors on Friday.", []),
    # crippling a computer system is an attack; an economy or a port crippled is no event
    ("Hackers crippled the Halden Bank's computer systems.",
     [("crippled", "ASSAULT", "1712", ["Hackers"], ["Halden Bank"])]),
    ("Hackers crippled the computer systems of the Halden Bank.",
     [("crippled", "ASSAULT", "1712", ["Hackers"], ["Halden Bank"])]),
    ("The strike crippled the port.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CHOSEN_BY_OBJECT, ids=[c[0][:40] for c in CHOSEN_BY_OBJECT])
def test_the_object_chooses_the_event(pipeline, text, expected):
    assert _roles(pipeline, text) == expected
