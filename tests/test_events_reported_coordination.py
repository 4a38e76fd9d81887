"""Events stage: coordinations after a reported clause. A passive whose auxiliary the coordination
leaves out ("two guards had been killed and five people wounded") is a passive: the people are
hurt, not hurting; and an act coordinated after such a reported clause ("..., and accused X of a
provocation") is the speaker's, through the clause's conjuncts. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles

REPORTED = [
    ("The ministry said two soldiers had been killed and five people wounded, and accused Kabul of a plot.",
     [("killed", "ASSAULT", "1823", [], ["two soldiers"]),
      ("wounded", "ASSAULT", "190", [], ["five people"]),
      ("accused", "ACCUSE", "112", ["ministry"], ["Kabul"])]),
    ("The army said four guards had been killed and six villagers injured.",
     [("killed", "ASSAULT", "1823", [], ["four guards"]),
      ("injured", "ASSAULT", "190", [], ["six villagers"])]),
    # an active verb with its own object keeps its subject
    ("Two guards were killed and the rebels attacked the depot.",
     [("killed", "ASSAULT", "1823", [], ["Two guards"]), ("attacked", "ASSAULT", "190", ["rebels"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REPORTED, ids=[c[0][:40] for c in REPORTED])
def test_a_gapped_passive_and_the_speakers_act(pipeline, text, expected):
    assert event_roles(pipeline, text) == expected
