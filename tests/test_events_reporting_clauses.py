"""Events stage, session 23: a protest verb after a comma reports what was said ("..., a rights group
protested": ACCUSE 111) only as a clause of saying; a relative or time clause after a comma ("since
April, when students marched against the law") is the protest itself. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles

# sentence -> (trigger, type, CAMEO, sources, targets) of every event
CLAUSES = [
    ("The rally was the largest since April, when several thousand students marched against a new law.",
     [("marched", "PROTEST", "141", ["several thousand students"], ["new law"])]),
    ("The crowd was the biggest since 2019, when farmers protested against fuel prices.",
     [("protested", "PROTEST", "140", ["farmers"], ["fuel prices"])]),
    # a clause of saying after its content stays the speaker's accusation
    ("The new law is an attack on the press, the journalists' union protested on Monday.",
     [("protested", "ACCUSE", "111", ["journalists' union"], ["new law"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLAUSES, ids=[c[0][:40] for c in CLAUSES])
def test_a_time_clause_after_a_comma_is_no_report(pipeline, text, expected):
    assert _roles(pipeline, text, target_phrase=True) == expected
