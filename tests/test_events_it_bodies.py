"""Events stage: "it"/"its" for a body no entity names. Where no named organisation or country
comes before it, "it" stands for the nearest singular group noun subject or object in its sentence
or the one before ("said the ministry had acted unlawfully and ordered it to return ...": the
ministry), made a generic actor; a person named between stops the search. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles

IT_BODIES = [
    ("Judge Anna Berg said the ministry had acted outside the law and ordered it to return the equipment.",
     ["ministry"]),
    ("A spokesperson said the council had lied and accused it of hiding the figures.", ["council"]),
    ("The strike began after the union rejected the offer. Police raided its offices that night.", ["union"]),
    # no body before it, or a nearer subject of another kind: no target
    ("Judge Anna Berg ordered it to pay.", []),
    ("A spokesperson for the council said the newspaper had lied and accused it of bias.", []),
]  # fmt: skip

TRIGGERS = {"ordered", "accused", "raided"}


@pytest.mark.parametrize(("text", "expected"), IT_BODIES, ids=[c[0][:40] for c in IT_BODIES])
def test_it_stands_for_the_body_named_before(pipeline, text, expected):
    rows = [r for r in event_roles(pipeline, text) if r[0] in TRIGGERS]
    assert [r[4] for r in rows] == [expected]
