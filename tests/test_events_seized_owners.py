"""Events stage: whose things a seizure or a freeze takes. A seizure that names only the things,
coordinated with a raid or search by the same actors, takes the raid's target ("raided the
warehouse of X and seized crates": X); the owner of what a quantity counts is the target of the
act on it ("froze three of his properties": him). People seized, and acts whose coordinated verb
has no target, keep what they have. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _events

PUBLISHED = "2020-03-07"

SEIZED = [
    # the raid's or search's target is whose things are seized (a police raid is coercion, session 23)
    ("Customs officers raided the warehouse of Tana Spirits Ltd in Nakuru on Friday and seized 300 crates "
     "of gin.",
     [("raided", "COERCE", "170", ["Customs officers"], ["Tana Spirits Ltd"]),
      ("seized", "COERCE", "1711", ["Customs officers"], ["Tana Spirits Ltd"])]),
    ("Soldiers searched the offices of the Kivu Mining Company in Goma and confiscated two rifles.",
     [("searched", "COERCE", "170", ["Soldiers"], ["Kivu Mining Company"]),
      ("confiscated", "COERCE", "1711", ["Soldiers"], ["Kivu Mining Company"])]),
    # the owner of what a quantity counts
    ("Kwame Mensah, a former minister, was charged in May. Prosecutors froze three of his properties on "
     "Friday.",
     [("charged", "ACCUSE", "1121", [], ["Kwame Mensah"]),
      ("froze", "SANCTION", "163", ["Prosecutors"], ["Kwame Mensah"])]),
    # people seized keep their own target
    ("Police raided the warehouse of Tana Spirits Ltd in Nakuru and seized two workers.",
     [("raided", "COERCE", "170", ["Police"], ["Tana Spirits Ltd"]),
      ("seized", "COERCE", "173", ["Police"], ["two workers"])]),
    # another actor's seizure is not the raid's
    ("Soldiers searched the offices of the Kivu Mining Company in Goma, and rebels seized two trucks.",
     [("searched", "COERCE", "170", ["Soldiers"], ["Kivu Mining Company"]),
      ("seized", "COERCE", "1711", ["rebels"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SEIZED, ids=[c[0][:40] for c in SEIZED])
def test_seized_things_belong_to_the_raided_or_the_owner(pipeline, text, expected):
    assert _events(pipeline, text, PUBLISHED) == expected
