"""An actor phrase's head word comes before its locative modifier (merging.actor_heads).

The record may name where an actor was inside the actor's text ("a woman in Harrowgate", "the
police in Calvedra"); event merging compares actors by their head words, and took the last word
("harrowgate") for the head, so two reports of one act ("a woman in Harrowgate" / "the woman")
clashed as two targets. The head is the last word before a locative preposition; names without
one keep their last word."""

from __future__ import annotations

import pytest

from conftest import make_mention
from storyline.stories import EventMerger
from storyline.stories.merging import actor_heads

BASE = {
    "event_id": "v1",
    "type": "ASSAULT",
    "trigger": "stabbed",
    "trigger_start": 10,
    "trigger_end": 17,
    "sentence_start": 0,
    "sentence_end": 60,
    "sentence": "A teenager stabbed a woman outside a bakery, witnesses said.",
    "sources": ("teenager",),
    "story": 5,
    "lemma": "stab",
}


@pytest.mark.parametrize(
    "names, heads",
    [
        (("woman in Harrowgate",), {"woman"}),
        (("the police in Calvedra",), {"police"}),
        (("23 sailors in the Bay of Tesk",), {"sailors"}),
        (("a judge at Morrow Crown Court",), {"judge"}),
        (("two men from Oakvale",), {"men"}),
        (("hit-and-run driver near Pellham",), {"driver"}),
        (("Indian Navy",), {"navy"}),  # no preposition: the last word
        (("Bank of Lorland",), {"lorland"}),  # "of" is no locative: a name stays whole
        (("In Touch Weekly",), {"weekly"}),  # a leading preposition is part of the name
        (("Tarn police", "woman in Harrowgate"), {"police", "woman"}),
    ],
)
def test_actor_heads_stop_at_locative_modifier(names: tuple[str, ...], heads: set[str]) -> None:
    assert actor_heads(names) == heads


@pytest.mark.parametrize(
    "a_targets, b_targets, sim",
    [
        (("woman in Harrowgate",), ("woman",), 1.0),  # one woman, said with and without where
        (("woman in Harrowgate",), ("elderly woman in Brisk",), 1.0),
        (("woman in Harrowgate",), ("shopkeeper",), 0.0),  # two targets still clash
    ],
)
def test_located_actor_joins_unlocated_report(
    a_targets: tuple[str, ...], b_targets: tuple[str, ...], sim: float
) -> None:
    a = make_mention(BASE, "a1", targets=a_targets)
    b = make_mention(BASE, "b1", targets=b_targets)
    # trigger 0.3 + shared actors + same sentence 0.35 + story 0.1, capped at 1
    assert EventMerger().similarity(a, b) == pytest.approx(sim)
