"""Events stage: a crowd gathering outside the building of a seat of power ("outside the court
building", "the Parliament building", "the embassy compound") is a demonstration there, as outside
the court itself; a building of no institution is no protest. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles

GATHERINGS = [
    ("About 300 supporters gathered outside the court building on Tuesday morning.",
     [("gathered", "PROTEST", "141", ["About 300 supporters"], [])]),
    ("Hundreds of farmers gathered outside the Parliament building on Friday.",
     [("gathered", "PROTEST", "141", ["farmers"], [])]),
    # "building" tagged a participle after a name
    ("Hundreds of Ortega supporters gathered outside the Congress building on Thursday morning.",
     [("gathered", "PROTEST", "141", ["Ortega supporters"], [])]),
    ("Dozens of relatives gathered outside the embassy compound on Monday.",
     [("gathered", "PROTEST", "141", ["relatives"], [])]),
    ("Hundreds of fans gathered outside the stadium building on Monday.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GATHERINGS, ids=[c[0][:40] for c in GATHERINGS])
def test_a_crowd_outside_a_seats_building_protests(pipeline, text, expected):
    assert event_roles(pipeline, text) == expected
