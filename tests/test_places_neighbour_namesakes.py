"""Places: of two namesakes in one country, the one that lies near several of the story's other
places is the place, not the larger one that lies near a reading of one other name ("Mount
Pleasant" listed with "Columbia" and "Spring Hill" is the Tennessee town, not the South Carolina
one). Invented texts.
"""

from __future__ import annotations

import pytest

# (text, name, its (country, admin1) wanted)
NEIGHBOURS = [
    ("Floodwater reached homes in Columbia, Spring Hill and Mount Pleasant overnight.",
     "Mount Pleasant", ("US", "TN")),
    ("The tornado damaged barns near Mount Vernon, Centralia and Salem.",
     "Centralia", ("US", "IL")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "name", "wanted"), NEIGHBOURS, ids=[r[1] for r in NEIGHBOURS])
def test_the_namesake_among_the_neighbours(places, text, name, wanted):
    (place,) = [p for p in places(text) if p.text == name]
    assert (place.country, place.admin1) == wanted
