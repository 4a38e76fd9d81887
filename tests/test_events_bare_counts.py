"""Events stage, session 19: a bare count is never an actor's name. A count standing alone as an
argument ("Nine were killed", "arrested 12") is the group of people it counts, mentioned by the
count itself: named by the count and the counted noun before it in its sentence ("killing four
civilians and wounding nine": "nine civilians", other people of the same kind), else by the count
and "people"; not the acting subject of its own clause ("Two gunmen killed nine"). "No one" and a
date count no one; "Thousands" stays the crowd it names. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles

COUNTS = [
    ("Police arrested 12 after the march.", [("arrested", "COERCE", "173", ["Police"], ["12 people"])]),
    ("Seven were wounded when a bomb exploded near the market.",
     [("wounded", "ASSAULT", "190", [], ["Seven people"]), ("exploded", "ASSAULT", "183", [], [])]),
    ("Nine were killed in the attack.", [("killed", "ASSAULT", "1823", [], ["Nine people"])]),
    ("One was killed in the attack.", [("killed", "ASSAULT", "1823", [], ["One person"])]),
    ("At least 15 were arrested.", [("arrested", "COERCE", "173", [], ["15 people"])]),
    # the acting subject of the count's own clause is not what it counts
    ("Gunmen killed nine in an attack on a village.",
     [("killed", "ASSAULT", "1823", ["Gunmen"], ["nine people"])]),
    ("Two gunmen stormed the village and killed nine.",
     [("stormed", "ASSAULT", "190", ["Two gunmen"], []),
      ("killed", "ASSAULT", "1823", ["Two gunmen"], ["nine people"])]),
    # a counted noun before it in the sentence: other people of that kind
    ("The rebels killed four civilians and wounded nine in the village.",
     [("killed", "ASSAULT", "1823", ["rebels"], ["four civilians"]),
      ("wounded", "ASSAULT", "190", ["rebels"], ["nine civilians"])]),
    ("The militants kidnapped 30 students; police later rescued 12.",
     [("kidnapped", "ASSAULT", "181", ["militants"], ["30 students"]),
      ("rescued", "AID", "073", ["police"], ["12 students"])]),
    ("Police detained 20 protesters and released 12 on Sunday.",
     [("detained", "COERCE", "173", ["Police"], ["20 protesters"]),
      ("released", "RETREAT", "0841", ["Police"], ["12 protesters"])]),
    ("Two officers were killed and three were wounded.",
     [("killed", "ASSAULT", "1823", [], ["Two officers"]),
      ("wounded", "ASSAULT", "190", [], ["three officers"])]),
    # "no one" counts no one
    ("No one has been charged in the case.", [("charged", "ACCUSE", "1121", [], [])]),
    # a crowd count and a count "of" a group keep their own names
    ("Thousands protested in the capital.", [("protested", "PROTEST", "140", ["Thousands"], [])]),
    ("Soldiers wounded three of the protesters.",
     [("wounded", "ASSAULT", "190", ["Soldiers"], ["protesters"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COUNTS, ids=[c[0][:40] for c in COUNTS])
def test_a_bare_count_is_the_group_it_counts(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


def test_the_count_is_the_group_mention(pipeline):
    """The group is mentioned by the count's own span, so an argument's offsets stay the text's."""
    text = "Gunmen killed four villagers and wounded 11 on Friday."
    record = pipeline.process(text, published="2020-03-07")
    group = next(e for e in record.entities if e.name == "11 villagers")
    assert [(m.start, m.end, m.text) for m in group.mentions] == [(41, 43, "11")]
    assert group.attributes == {"generic": True}
