"""Places read as an event's actors do not clash in event merging (EventMention.place_actors).

The events stage sometimes takes a place for a target ("raided ... Dunmore"); two reports of one
raid naming the town and its county ("Banstead" / "Surrey") then had disjoint target heads, and
merging took them for two events. A name the record holds as a place (or a GPE/LOC entity) is
left out of the actor clash; people and organisations still clash."""

from __future__ import annotations

import pytest

from conftest import make_mention
from storyline.pipeline import Pipeline
from storyline.stories import EventMerger, event_mentions

BASE = {
    "event_id": "v1",
    "type": "COERCE",
    "trigger": "raided",
    "trigger_start": 7,
    "trigger_end": 13,
    "sentence_start": 0,
    "sentence_end": 60,
    "sentence": "Police raided a farm near Haldon overnight, officers said.",
    "date": "2022-04-04",
    "sources": ("Police",),
    "story": 3,
    "lemma": "raid",
}


@pytest.mark.parametrize(
    "a_targets, a_places, b_targets, b_places, joins",
    [
        (("Haldon",), ("Haldon",), ("Wexcombe",), ("Wexcombe",), True),  # town / its county
        (("Haldon",), ("Haldon",), ("Mara Quill",), (), True),  # a place clashes with no person
        (("Haldon",), (), ("Wexcombe",), (), False),  # not known as places: two targets
        (("Mara Quill",), (), ("Osric Fell",), (), False),  # two people still clash
        (("Haldon", "Mara Quill"), ("Haldon",), ("Osric Fell",), (), False),
    ],
)
def test_place_actors_do_not_clash(
    a_targets: tuple[str, ...],
    a_places: tuple[str, ...],
    b_targets: tuple[str, ...],
    b_places: tuple[str, ...],
    joins: bool,
) -> None:
    a = make_mention(BASE, "a1", targets=a_targets, place_actors=a_places)
    b = make_mention(BASE, "b1", targets=b_targets, place_actors=b_places)
    sim = EventMerger().similarity(a, b)
    # trigger 0.3 + shared "police" 0.25 / 3 + same sentence 0.35 + story 0.1 + same date 0.15
    assert sim == (pytest.approx(0.98333, abs=1e-5) if joins else 0.0)


def test_record_places_become_place_actors(pipeline: Pipeline) -> None:
    record = pipeline.process(
        "Police raided a house in Dunmore, Kelvshire, on Monday and arrested two men.",
        published="2022-04-05",
    )
    got = {m.trigger: (m.targets, m.place_actors) for m in event_mentions(record)}
    assert got == {"raided": (("Dunmore",), ("Dunmore",)), "arrested": (("two men",), ())}
