"""Events stage: a request "for X to do Y" ("called for the director to resign", "called for the
minister to step down") targets X, who is asked to act, as "demanded that X resign" does.
Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles

REQUESTS = [
    ("The union called for the director of the agency to resign.",
     [("called for", "REQUEST", "100", ["union"], ["director"]),
      ("resign", "CONCEDE", "0831", ["director"], [])]),
    ("The opposition called for the minister to step down.",
     [("called for", "REQUEST", "100", ["opposition"], ["minister"]),
      ("step down", "CONCEDE", "0831", ["minister"], [])]),
    ("The council called for Ghana to release the fishermen.",
     [("called for", "REQUEST", "100", ["council"], ["Ghana"]),
      ("release", "RETREAT", "0841", ["Ghana"], ["fishermen"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REQUESTS, ids=[c[0][:40] for c in REQUESTS])
def test_a_request_for_someone_to_act_targets_them(pipeline, text, expected):
    assert event_roles(pipeline, text) == expected
