"""Events stage: a place an act is told to lie at a distance and bearing from ("60 nautical miles
east of X", "20 km north-west of X", "some five miles west of X") is where it happened, unless the
sentence names the place the bearing leads to ("in X, 80 km south of Y": X); "the west of X"
named as a region is not read so. Invented texts."""

from __future__ import annotations

import pytest

from conftest import event_place_text

BEARINGS = [
    ("Gunmen in two boats boarded a cargo ship some 60 nautical miles east of Hobyo on Monday, the "
     "navy said.", "boarded", "Hobyo"),
    ("Rebels ambushed a convoy 30 km north of Bunia on Tuesday.", "ambushed", "Bunia"),
    ("Militia fighters burned a market 20 km north-west of Goma on Sunday.", "burned", "Goma"),
    ("Police arrested three men some five miles west of Kisumu on Tuesday.", "arrested", "Kisumu"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "place"), BEARINGS, ids=[b[0][:40] for b in BEARINGS])
def test_a_distance_and_bearing_from_a_place_is_where(pipeline, text, trigger, place):
    assert event_place_text(pipeline, text, trigger, "2025-05-21") == place


RANKED = [
    # the bearing only marks the way to the place named before it
    ("Gunmen attacked a police post in Tuz Khurmatu, some 80 km south of Kirkuk, on Monday.",
     "attacked", "Tuz Khurmatu"),
    ("Rebels shelled Beni, 50 km north of Butembo, on Sunday.", "shelled", "Beni"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "place"), RANKED, ids=[r[0][:40] for r in RANKED])
def test_a_place_named_before_its_bearing_is_where(pipeline, text, trigger, place):
    assert event_place_text(pipeline, text, trigger, "2025-05-21") == place
