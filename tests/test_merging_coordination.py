"""Canonical events: predicates coordinated in one sentence ("shot and wounded") name two acts,
so merging never absorbs one's event into the other's, though they share every argument."""

from __future__ import annotations

import dataclasses
import json

import pytest

from conftest import make_mention
from storyline.pipeline import Pipeline
from storyline.stories import EventMention, EventMerger, _mention_args, predicate_mentions
from storyline.stories.mentions import coordinated_offsets
from storyline.stories.merging import coordinated


def _events(pipeline: Pipeline, texts: list[str]) -> list[list[tuple[str, str]]]:
    """The canonical events (each a sorted list of (article, trigger)) that merging every event
    predicate of ``texts`` (one story, one day) gives."""
    merger = EventMerger()
    for i, text in enumerate(texts):
        rec = pipeline.process(text, published="2021-06-04")
        rec = dataclasses.replace(rec, article=dataclasses.replace(rec.article, id=f"r{i}"))
        for m in predicate_mentions(pipeline.nlp(rec.article.text), rec, story=1):
            merger.add(m)
    return sorted(sorted((m.article_id, m.trigger) for m in ev.mentions) for ev in merger.events.values())


@pytest.mark.parametrize(
    "texts, first, second",
    [
        (
            [
                "Gunmen shot and injured Omar Khalil near a checkpoint in Basra.",
                "Omar Khalil was shot and injured by gunmen near a Basra checkpoint.",
            ],
            ("shot", "shot"),
            ("injured", "injured"),
        ),
        (
            [
                "Troops seized and captured the port of Lamu on Sunday.",
                "The port of Lamu was seized and captured by troops on Sunday.",
            ],
            ("seized", "seized"),
            ("captured", "captured"),
        ),
        (
            [
                "A driver hit and ran over Lena Fischer in Graz on Friday.",
                "Lena Fischer was hit and run over by a driver in Graz on Friday.",
            ],
            ("hit", "hit"),
            ("ran", "run"),
        ),
    ],
)
def test_coordinated_predicates_stay_two_events(
    pipeline: Pipeline, texts: list[str], first: tuple[str, str], second: tuple[str, str]
) -> None:
    # related words sharing every argument, but each article says both acts in one breath
    assert _events(pipeline, texts) == sorted(
        [[("r0", first[0]), ("r1", first[1])], [("r0", second[0]), ("r1", second[1])]]
    )


def test_one_act_in_related_words_still_merges(pipeline: Pipeline) -> None:
    # no coordination: "shot" and "injured" of one victim are one act told in two words
    texts = [
        "Gunmen shot Omar Khalil near a checkpoint in Basra.",
        "Omar Khalil was injured near a Basra checkpoint.",
    ]
    assert _events(pipeline, texts) == [[("r0", "shot"), ("r1", "injured")]]


@pytest.mark.parametrize(
    "text, word, others",
    [
        # a chain of three: each gets the other two, whichever heads the chain
        ("Militants looted, burned and destroyed the village of Kora.", "burned", ["looted", "destroyed"]),
        ("Militants looted, burned and destroyed the village of Kora.", "looted", ["burned", "destroyed"]),
        ("Militants looted, burned and destroyed the village of Kora.", "destroyed", ["looted", "burned"]),
        ("Militants burned the village of Kora.", "burned", []),
    ],
)
def test_coordinated_offsets_cover_the_whole_chain(
    pipeline: Pipeline, text: str, word: str, others: list[str]
) -> None:
    doc = pipeline.nlp(text)
    token = next(t for t in doc if t.text == word)
    assert coordinated_offsets(token) == tuple(text.index(w) for w in others)


KILLED = {
    "article_id": "a",
    "event_id": "p1",
    "type": "EVENT",
    "trigger": "wounded",
    "trigger_start": 20,
    "trigger_end": 27,
    "sentence_start": 0,
    "sentence_end": 60,
    "sentence": "A gunman shot and wounded John Smith in Denver.",
    "lemma": "wound",
    "story": 1,
}


@pytest.mark.parametrize(
    "mark, other_article, vetoed",
    [
        ((9,), "a", True),  # "shot" at 9 is coordinated with it in the same article
        ((9,), "b", False),  # the same offset in another article is another word
        ((30,), "a", False),  # no mention there
        ((), "a", False),  # no coordination known (a record's events, an older store)
    ],
)
def test_coordinated_needs_the_same_article_and_offset(
    mark: tuple[int, ...], other_article: str, vetoed: bool
) -> None:
    a = make_mention(KILLED, "a", coordinated=mark)
    b = make_mention(KILLED, other_article, event_id="p2", trigger="shot", trigger_start=9, trigger_end=13)
    assert coordinated([a], [b]) is vetoed


def test_coordination_survives_the_store_json_and_older_stores_open() -> None:
    m = make_mention(KILLED, "a", coordinated=(9,))
    stored = json.loads(json.dumps(dataclasses.asdict(m)))
    again = EventMention(**_mention_args(stored))
    assert again == m and again.coordinated == (9,)
    # a mention stored before the field existed reads as "no coordination known"
    del stored["coordinated"]
    assert EventMention(**_mention_args(stored)).coordinated == ()
