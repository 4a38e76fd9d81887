"""Places stage: a name after "<place noun> of" ("the town of X") that the gazetteer knows is a
place even when the model leaves it untagged or tags it DATE (as it may before "on Sunday
evening"), so the event there takes it as its place. Invented sentences."""

from __future__ import annotations

import pytest

PUBLISHED = "2020-03-07"


@pytest.mark.parametrize(
    ("text", "trigger", "place"),
    [
        ("Soldiers detained a smuggler near the town of Moyale on Sunday evening.", "detained", "Moyale"),
        ("Soldiers detained a smuggler near the town of Maralal on Sunday evening.", "detained", "Maralal"),
        # the model tags the name itself DATE here
        ("Soldiers clashed with raiders near the town of Mbarara on Sunday evening.", "clashed", "Mbarara"),
    ],
)
def test_place_noun_name_with_part_of_day(pipeline, text: str, trigger: str, place: str) -> None:
    record = pipeline.process(text, published=PUBLISHED)
    assert place in [p.text for p in record.places]
    event = next(e for e in record.events if e.trigger.text == trigger)
    assert event.place is not None and record.places[event.place].text == place
