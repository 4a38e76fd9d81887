"""Canonical events: predicate arguments (ArgumentFinder) and what merging does with them."""

from __future__ import annotations

import contextlib
import dataclasses
import json
from collections.abc import Iterator

import pytest

from conftest import make_mention
from storyline.pipeline import Pipeline
from storyline.read import article_from_text
from storyline.store import Store, ingest
from storyline.stories import EventMention, EventMerger, _mention_args, predicate_mentions
from storyline.stories.merging import related_triggers, shared_arguments, trigger_relations


def _arguments(pipeline: Pipeline, text: str, trigger: str) -> EventMention:
    rec = pipeline.process(text, published="2009-03-05")
    doc = pipeline.nlp(rec.article.text)
    found = [m for m in predicate_mentions(doc, rec) if m.trigger == trigger]
    assert found, f"no mention {trigger!r} in {text!r}"
    return found[0]


@pytest.mark.parametrize(
    "text, trigger, field, value, present",
    [
        # subjects and objects, by the entity they belong to
        (
            "Police arrested John Smith in Denver on March 3, 2009.",
            "arrested",
            "participants",
            "john smith",
            True,
        ),
        (
            "Police arrested John Smith in Denver on March 3, 2009.",
            "arrested",
            "clause_times",
            "2009-03-03",
            True,
        ),
        (
            "Police arrested John Smith in Denver on March 3, 2009.",
            "arrested",
            "clause_places",
            "denver",
            True,
        ),
        # the agent of a passive
        ("John Smith was killed by a sniper in Denver.", "killed", "argument_words", "sniper", True),
        ("John Smith was killed by a sniper in Denver.", "killed", "participants", "john smith", True),
        # a noun's "of" argument; the numbers on an argument
        ("The death of John Smith shocked the town.", "death", "participants", "john smith", True),
        ("The earthquake killed 12 people in Chile.", "killed", "numbers", "12", True),
        # a conjoined verb takes its first conjunct's subject
        (
            "Lindsay Lohan checked into rehab and stayed there.",
            "stayed",
            "participants",
            "lindsay lohan",
            True,
        ),
        # negative cases: a time or place of another sentence, a name the verb does not govern
        (
            "Police arrested John Smith. The storm hit Denver on Monday.",
            "arrested",
            "clause_places",
            "denver",
            False,
        ),
        (
            "Police arrested John Smith. The storm hit Denver on Monday.",
            "arrested",
            "clause_times",
            "2009-03-02",
            False,
        ),
        ("The death of John Smith shocked the town.", "shocked", "participants", "john smith", False),
    ],
)
def test_predicate_arguments(
    pipeline: Pipeline, text: str, trigger: str, field: str, value: str, present: bool
) -> None:
    m = _arguments(pipeline, text, trigger)
    assert (value in getattr(m, field)) is present


KILLED: dict[str, object] = {
    "event_id": "p1",
    "type": "EVENT",
    "trigger": "killed",
    "trigger_start": 0,
    "trigger_end": 6,
    "sentence_start": 0,
    "sentence_end": 40,
    "sentence": "A gunman killed the shopkeeper.",
    "place": None,
    "story": 1,
    "lemma": "kill",
}


def _mention(aid: str, **kw: object) -> EventMention:
    return make_mention(KILLED, aid, **kw)


def test_arguments_survive_the_store_json() -> None:
    m = _mention("a", participants=("john smith",), numbers=("12",))
    # as the store writes and reads canonical events back
    again = EventMention(**_mention_args(json.loads(json.dumps(dataclasses.asdict(m)))))
    assert again == m and isinstance(again.participants, tuple)


@pytest.mark.parametrize(
    "kw_b, bonus",
    [
        ({"participants": ("john smith",)}, True),  # the same victim
        ({"argument_words": ("shopkeeper",)}, True),
        ({"participants": ("mary jones",)}, False),  # another one: no bonus (and no penalty)
        ({}, False),
    ],
)
def test_shared_arguments_add_to_similarity(kw_b: dict, bonus: bool) -> None:
    merger = EventMerger()
    a = _mention("a", participants=("john smith",), argument_words=("shopkeeper",))
    plain = merger.similarity(a, _mention("b"))
    with_b = merger.similarity(a, _mention("b", **kw_b))
    assert (with_b > plain) is bonus
    assert with_b == pytest.approx(plain + 0.05 * bonus)


#: A stand-in for the embedding similarity of two trigger lemmas.
_RELATED = {frozenset({"kill", "slay"}): 0.8, frozenset({"kill", "visit"}): 0.2}


def _related(a: str, b: str) -> float:
    return 1.0 if a == b else _RELATED.get(frozenset({a, b}), 0.0)


@pytest.mark.parametrize(
    "kw_b, related, merged",
    [
        # "slain" names the "killed" event in other words, with the same victim
        ({"participants": ("john smith",)}, _related, True),
        # without the optional lemma similarity the words never meet
        ({"participants": ("john smith",)}, None, False),
        # related words, no shared argument
        ({"participants": ("mary jones",)}, _related, False),
        # a shared argument, unrelated words
        ({"trigger": "visited", "lemma": "visit", "participants": ("john smith",)}, _related, False),
        # a reporting verb never joins this way
        ({"trigger": "said", "lemma": "say", "participants": ("john smith",)}, lambda a, b: 0.9, False),
    ],
)
def test_related_triggers_join_on_shared_arguments(kw_b: dict, related: object, merged: bool) -> None:
    # the embedding path alone (WordNet relations off: they relate "slay" and "kill" too)
    merger = EventMerger(threshold=0.4, related=related, wordnet=False)  # type: ignore[arg-type]
    a = merger.add(_mention("a", participants=("john smith",)))
    kw = {"trigger": "slain", "lemma": "slay", "sentence": "Police named the slain man on Monday."} | kw_b
    b = merger.add(_mention("b", **kw))
    assert (a == b) is merged


def test_shared_arguments_counts_kinds() -> None:
    a = _mention("a", participants=("x",), argument_words=("y",), numbers=("3",))
    others = [_mention("b", participants=("x",)), _mention("c", numbers=("3",))]
    assert shared_arguments(a, others) == 2
    assert shared_arguments(a, [_mention("d")]) == 0


class _FakeModel:
    """Stands in for the sentence encoder: one axis per word, and a count of calls."""

    def __init__(self) -> None:
        self.calls = 0

    def encode(self, words: list[str], **_: object) -> list[object]:
        import numpy as np

        self.calls += 1
        return [np.eye(8)[sum(map(ord, w)) % 8] for w in words]


def test_lemma_similarity_embeds_each_lemma_once_in_batches() -> None:
    from storyline.stories.merging import LemmaSimilarity

    model = _FakeModel()
    sim = LemmaSimilarity(model)
    sim.learn(["kill", "die", "kill", ""])
    assert model.calls == 1 and set(sim.vectors) == {"kill", "die"}
    assert sim("kill", "kill") == pytest.approx(1.0)
    assert sim("kill", "die") < 1.0  # different axes for these two words
    sim("kill", "die")
    assert model.calls == 1  # nothing new to embed
    sim("slay", "kill")
    assert model.calls == 2


@pytest.mark.parametrize(
    "a, b, related",
    [
        ("kill", "die", True),  # WordNet cause
        ("die", "kill", True),  # either order
        ("slay", "kill", True),  # hypernym of the first sense
        ("murder", "kill", True),
        ("shot", "shoot", True),  # derivation reaching another sense of the verb
        ("escape", "flee", True),
        ("Kill", "Die", True),  # case does not matter
        ("kill", "kill", False),  # the same word is no relation: trigger matching handles it
        ("kill", "visit", False),
        ("die", "say", False),
        ("fire", "elect", False),
        ("", "kill", False),
    ],
)
def test_related_triggers_in_wordnet(a: str, b: str, related: bool) -> None:
    assert related_triggers(a, b) is related


def test_trigger_relations_are_ordered_pairs_of_different_words() -> None:
    rel = trigger_relations()
    assert len(rel) > 10000
    for a, b in rel:
        # one word, or a phrasal verb "verb particle"
        assert a < b and a.replace(" ", "").isalpha() and b.replace(" ", "").isalpha()


@pytest.mark.parametrize(
    "kw_b, wordnet, merged",
    [
        # "died" names the "killed" event (WordNet: kill causes die), the same victim
        ({"participants": ("john smith",)}, True, True),
        # the same, WordNet relations switched off
        ({"participants": ("john smith",)}, False, False),
        # related words, another person
        ({"participants": ("mary jones",)}, True, False),
        # related words, no argument at all
        ({}, True, False),
        # unrelated words, the same person
        ({"trigger": "visited", "lemma": "visit", "participants": ("john smith",)}, True, False),
        # a light verb never joins this way ("go" is a synonym of "die" in WordNet)
        ({"trigger": "went", "lemma": "go", "participants": ("john smith",)}, True, False),
    ],
)
def test_wordnet_related_triggers_join_on_shared_arguments(kw_b: dict, wordnet: bool, merged: bool) -> None:
    merger = EventMerger(threshold=0.4, wordnet=wordnet)
    first = {"trigger": "died", "lemma": "die"} if kw_b.get("lemma") == "go" else {}
    a = merger.add(_mention("a", participants=("john smith",), **first))
    kw = {"trigger": "died", "lemma": "die", "sentence": "Doctors said on Monday the man had died."} | kw_b
    b = merger.add(_mention("b", **kw))
    assert (a == b) is merged


@pytest.mark.parametrize(
    "a, b, related",
    [
        ("blaze", "fire", True),  # a hypernym that is another sense of "fire" (hypernym-sense)
        ("gun", "shoot", True),
        ("blaze", "elect", False),
        # phrasal verbs, written "verb particle": a hypernym, an entailment, a synonym
        ("gun down", "shoot", True),
        ("break in", "burglarize", True),
        ("blow up", "explode", True),
        ("gun down", "elect", False),
        ("pass away", "die", True),
        ("check", "check in", True),  # its own verb: "checked into rehab" is "checked in"
        ("gun", "pass away", False),
    ],
)
def test_related_triggers_through_another_sense(a: str, b: str, related: bool) -> None:
    assert related_triggers(a, b) is related


@pytest.mark.parametrize(
    "a, b, same",
    [
        ("negotiation", "negotiate", True),  # a nominalisation whose first sense is communication
        ("acceptance", "accept", True),
        ("death", "die", True),  # as before: an event noun
        ("negotiation", "debate", False),
        ("negotiator", "negotiate", False),  # a person, not the act
        # a phrasal verb is in no class: WordNet relates it (soft evidence), never equates it
        ("pass away", "die", False),
        ("gun down", "shoot", False),
    ],
)
def test_trigger_classes_join_nominalisations(a: str, b: str, same: bool) -> None:
    assert (_mention("a", lemma=a).head == _mention("b", lemma=b).head) is same


def _absorbing(kw_c: dict, kw_b: dict | None = None, *, absorb: bool = True) -> tuple[EventMerger, list[int]]:
    """Three reports: "killed" with no victim named, "died" naming the victim (no argument
    shared with the first, so a new event), then "killed" naming the victim (joins the first
    by its trigger, and now the two events share an argument)."""
    merger = EventMerger(threshold=0.4, absorb=absorb)
    died = {
        "trigger": "died",
        "lemma": "die",
        "sentence": "Doctors said John Smith had died in hospital.",
        "participants": ("john smith",),
    }
    ids = [
        merger.add(_mention("a")),
        merger.add(_mention("b", **(died | (kw_b or {})))),
        merger.add(_mention("c", **({"participants": ("john smith",)} | kw_c))),
    ]
    return merger, ids


@pytest.mark.parametrize(
    "kw_c, kw_b, absorb, one",
    [
        ({}, None, True, True),  # the kill event gains the victim: it absorbs the die event
        ({}, None, False, False),  # absorption off
        ({"participants": ("mary jones",)}, None, True, False),  # another victim: nothing shared
        ({}, {"story": 2}, True, False),  # another story
        ({}, {"trigger": "visited", "lemma": "visit"}, True, False),  # unrelated words
        ({}, {"trigger": "went", "lemma": "go"}, True, False),  # a light verb never joins this way
    ],
)
def test_related_events_absorb_once_they_share_an_argument(
    kw_c: dict, kw_b: dict | None, absorb: bool, one: bool
) -> None:
    merger, (a, b, c) = _absorbing(kw_c, kw_b, absorb=absorb)
    assert a != b and a == c  # two events at first; the third report joins the first by its word
    assert (merger.resolve(a) == merger.resolve(b)) is one
    assert len(merger.events) == (1 if one else 2)
    # the smaller event goes into the larger; the move is handed over once
    assert merger.take_absorbed() == ({b: a} if one else {})
    assert merger.take_absorbed() == {}
    if one:
        assert merger.of_mention[("b", "p1")] == a and len(merger.events[a].mentions) == 3
        # a later report in the died words scores against the joined event
        assert merger.add(_mention("d", trigger="died", lemma="die", sentence="John Smith died.")) == a


@contextlib.contextmanager
def _denver_store(tmp_path, pipeline: Pipeline) -> Iterator[Store]:
    """A store holding one ingested article with several events (arrest, kill, condemn, march)."""
    text = (
        "Police arrested two men in Denver on Monday after a gunman killed a shopkeeper. "
        "The mayor condemned the attack and protesters marched to city hall."
    )
    with Store(tmp_path / "s.db") as store:
        ingest([article_from_text(text, published="2020-03-08")], store, pipeline=pipeline)
        yield store


def test_absorbed_event_leaves_the_store_consistent(tmp_path, pipeline: Pipeline) -> None:
    from storyline.stories import _write, load

    with _denver_store(tmp_path, pipeline) as store:
        st = load(store)
        keep, gone = sorted(st.merger.events)[:2]
        n = store.conn.execute("SELECT count(*) FROM canonical_mentions").fetchone()[0]
        moved = len(st.merger.events[gone].mentions)
        st.merger._move(gone, keep)
        _write(store, st, [], set(), set())
        ids = {r[0] for r in store.conn.execute("SELECT id FROM canonical_events")}
        assert gone not in ids and keep in ids
        rows = store.conn.execute("SELECT canonical_id, count(*) FROM canonical_mentions GROUP BY 1")
        counts = dict(rows.fetchall())
        assert gone not in counts and sum(counts.values()) == n
        survivor = next(e for e in store.canonical_events() if e["id"] == keep)
        assert survivor["mentions"] == counts[keep] >= moved + 1


@pytest.mark.parametrize(
    "new_story, moved, live_story",
    [
        (2, 1, 2),  # the article's story was folded or split: the event follows it
        (1, 0, 1),  # unchanged
        (None, 0, 1),  # unknown: left where it was
    ],
)
def test_restory_moves_mentions_blocks_and_eviction(
    new_story: int | None, moved: int, live_story: int
) -> None:
    merger = EventMerger()
    cid = merger.add(_mention("a", story=1))
    assert len(merger.restory(lambda m: new_story)) == moved
    ev = merger.events[cid]
    assert ev.story == live_story
    assert cid in merger.blocks[("EVENT", "s", str(live_story))]
    other = 1 if live_story == 2 else 2
    assert cid not in merger.blocks.get(("EVENT", "s", str(other)), set())
    # a later report of the story it is in now finds it by the story block
    assert merger.add(_mention("b", story=live_story)) == cid
    assert merger.evict([other]) == 0 and merger.evict([live_story]) == 1


# --- issue 10, round 4: compact trigger relations; ids stay unique after absorption --------


@pytest.mark.parametrize(
    "pairs, a, b, related",
    [
        ([("die", "kill")], "kill", "die", True),  # either order
        ([("die", "kill")], "die", "kill", True),
        ([("die", "kill"), ("kill", "slay")], "slay", "kill", True),
        ([("die", "kill"), ("kill", "slay")], "slay", "die", False),  # not transitive
        ([("die", "kill")], "kill", "kill", False),  # the same word is no pair
        ([("kill", "kill")], "kill", "kill", False),
        ([("die", "kill")], "kill", "visit", False),  # an unknown lemma
        ([("die", "kill")], "", "kill", False),
        ([], "die", "kill", False),
    ],
)
def test_trigger_relations_set(pairs: list[tuple[str, str]], a: str, b: str, related: bool) -> None:
    from storyline.stories.merging import TriggerRelations

    rel = TriggerRelations(pairs)
    assert ((a, b) in rel) is related
    assert "die\tkill" not in rel and ("die",) not in rel  # pairs only, as tuples
    assert sorted(rel) == sorted({tuple(sorted(p)) for p in pairs if p[0] != p[1]})
    assert len(rel) == len(list(rel))


def test_trigger_relations_read_every_row_of_the_data_file() -> None:
    from storyline.knowledge import data_path

    lines = data_path("trigger_relations.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line and not line.startswith(("#", "lemma\t"))]
    rel = trigger_relations()
    assert len(rel) == len(rows) > 60000
    assert all((a, b) in rel and (b, a) in rel for a, b, _how in rows[::97])


@pytest.mark.parametrize("top", [True, False])
def test_absorbed_event_id_is_not_given_again_after_reload(tmp_path, pipeline: Pipeline, top: bool) -> None:
    from storyline.stories import _write, load

    with _denver_store(tmp_path, pipeline) as store:
        st = load(store)
        ids = sorted(st.merger.events)
        assert len(ids) >= 3
        gone, keep = (ids[-1], ids[0]) if top else (ids[1], ids[0])
        st.merger._move(gone, keep)
        _write(store, st, [], set(), set())
        again = load(store)
        # the next new event gets an id no event ever had, the absorbed one's included
        assert again.merger.next_id == st.merger.next_id == ids[-1] + 1
        assert again.stories.next_id == st.stories.next_id


@pytest.mark.parametrize(
    "kw_a, kw_b, merged",
    [
        # the same word, the same sentence words and story: joins by score
        ({}, {}, True),
        # other, unrelated words, nothing shared but text and story: no join
        ({}, {"trigger": "visited", "lemma": "visit"}, False),
        # other words with a shared actor, or the same date, or the same place: the score decides
        ({"sources": ("Gunman",)}, {"trigger": "visited", "lemma": "visit", "sources": ("Gunman",)}, True),
        ({"date": "2009-03-03"}, {"trigger": "visited", "lemma": "visit", "date": "2009-03-03"}, True),
        ({"place": "Denver"}, {"trigger": "visited", "lemma": "visit", "place": "Denver"}, True),
    ],
)
def test_other_words_join_by_score_only_with_shared_actors_date_or_place(
    kw_a: dict[str, object], kw_b: dict[str, object], merged: bool
) -> None:
    merger = EventMerger(threshold=0.4, wordnet=False)
    a = merger.add(_mention("a", **kw_a))
    b = merger.add(_mention("b", **kw_b))
    assert (a == b) is merged


# --- issue 10, round 7: WordNet relations through trigger classes ---------------------------


@pytest.mark.parametrize(
    "a, b, related",
    [
        ("death", "kill", True),  # "death" is of the class of "die", which "kill" causes
        ("kill", "death", True),  # either order
        ("dead", "kill", True),  # an event adjective of the same class (event_adjectives.tsv)
        ("Death", "Kill", True),  # case does not matter
        ("kill", "die", True),  # a direct relation, as before
        ("death", "visit", False),
        ("dead", "say", False),
        ("death", "elect", False),
    ],
)
def test_related_triggers_through_trigger_classes(a: str, b: str, related: bool) -> None:
    assert related_triggers(a, b) is related


@pytest.mark.parametrize(
    "kw_b, merged",
    [
        # "the death of John Smith" names the "killed" event of the same victim
        ({"participants": ("john smith",)}, True),
        # another victim
        ({"participants": ("mary jones",)}, False),
        # no argument shared
        ({}, False),
    ],
)
def test_nominal_of_a_related_class_joins_on_shared_arguments(kw_b: dict, merged: bool) -> None:
    merger = EventMerger(threshold=0.4)
    a = merger.add(_mention("a", participants=("john smith",)))
    kw = {"trigger": "death", "lemma": "death", "sentence": "Police confirmed the death on Monday."} | kw_b
    b = merger.add(_mention("b", **kw))
    assert (a == b) is merged
