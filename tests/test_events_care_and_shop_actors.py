"""Events stage: clinics and pharmacies are bodies an act is done to or a request is made of (generic
actors, as hospitals are): "asked every clinic to report cases", "asked pharmacies to check their
shelves". Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _events

PUBLISHED = "2020-03-07"

ADDRESSED = [
    ("The regulator issued an alert asking every clinic to report cases.",
     [("alert", "MOBILIZE", "152", ["regulator"], []),
      ("asking", "REQUEST", "100", ["regulator"], ["every clinic"])]),
    ("The health ministry asked pharmacies, clinics and parents to check their shelves.",
     [("asked", "REQUEST", "100", ["health ministry"], ["pharmacies", "clinics", "parents"])]),
    ('Health Minister Ana Reyes spoke in Cebu on Monday. "We are asking every drugstore to remove the cream '
     'today," she said.',
     [("asking", "REQUEST", "100", ["Ana Reyes"], ["every drugstore"])]),
    ("Robbers raided a pharmacy in Gulu.", [("raided", "ASSAULT", "190", ["Robbers"], ["pharmacy"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ADDRESSED, ids=[c[0][:40] for c in ADDRESSED])
def test_clinics_and_pharmacies_are_addressed_bodies(pipeline, text, expected):
    assert _events(pipeline, text, PUBLISHED) == expected
