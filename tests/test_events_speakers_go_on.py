"""Events stage: a "They" opening a sentence after a report its own "they" made stands for the
speakers, not for people named inside what they said ("they said ... two doctors had quit. They
demanded ...": the speakers demanded). Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles

SPEAKERS = [
    ("The rebel fighters told a different story. In a statement, they said soldiers had fired first and "
     "that four farmers had been wounded. They denied that any soldier had been killed.",
     "denied", ["rebel fighters"]),
    ("Hundreds of nurses marched on Monday. They said managers had cut wages and that two doctors had quit. "
     "They demanded a meeting with the minister.",
     "demanded", ["nurses"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "expected"), SPEAKERS, ids=[c[1] for c in SPEAKERS])
def test_they_after_their_report_are_the_speakers(pipeline, text, trigger, expected):
    rows = [r for r in event_roles(pipeline, text) if r[0] == trigger]
    assert [r[3] for r in rows] == [expected]
