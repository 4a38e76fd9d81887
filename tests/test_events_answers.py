"""Events stage: a response to a speech act named by a definite noun ("rejected the request")
targets who made it, also when no entity names the asker (the phrase is made a generic actor:
"The union asked the ministry ... The ministry rejected the request") and when the parser hangs
the response's date on the noun ("rejected the request on Tuesday"). Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles

ANSWERS = [
    ("The union asked the ministry to delay the reform. The ministry rejected the request on Tuesday.",
     "rejected", ["union"]),
    ("Two days ago the candidate's party asked the commission to order a recount. "
     "The commission rejected the request on Tuesday.",
     "rejected", ["candidate's party"]),
    ("Washington warned Tehran on Monday. Iran rejected the warning on Tuesday.", "rejected", ["Washington"]),
    # a responder does not answer itself
    ("The union asked the ministry to delay the reform. The union later withdrew the request.",
     "withdrew", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "expected"), ANSWERS, ids=[c[0][:40] for c in ANSWERS])
def test_a_response_targets_who_asked(pipeline, text, trigger, expected):
    rows = [r for r in event_roles(pipeline, text) if r[0] == trigger]
    assert [r[4] for r in rows] == [expected]
