"""Contextual trigger embeddings for event merging: the vector of a trigger word in its own
sentence (the mean of its word pieces in all-MiniLM-L6-v2's last layer), the signal that
neural cross-document event coreference systems use.

:func:`trigger_vectors` embeds the triggers of a batch of sentences; it needs the optional
``storyline[embeddings]`` model (:func:`~storyline.stories.grouping.embedding_model`).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from typing import Any

import numpy as np

from storyline.stories.mentions import logistic, weak_triggers
from storyline.stories.merging import related_triggers, shared_arguments
from storyline.stories.text import _content_set, _jaccard

log = logging.getLogger(__name__)

#: Word pieces read per sentence (sentence-transformers' own limit for this model).
MAX_PIECES = 256


def trigger_vectors(
    model: Any,
    sentences: Sequence[str],
    spans: Sequence[Sequence[tuple[int, int]]],
    *,
    batch_size: int = 32,
) -> list[np.ndarray]:
    """For each sentence, one row per trigger span (character offsets into that sentence):
    the mean of the last-layer vectors of the word pieces that overlap the span (float32,
    384 values). A span past the word-piece limit, or overlapping no piece, gets the mean of
    the whole sentence. Sentences are batched by length, so padding costs little."""
    import torch

    st = model[0]  # sentence-transformers' Transformer module
    tokenizer, encoder = st.tokenizer, st.auto_model
    out: list[np.ndarray] = [np.zeros((0, 0), dtype=np.float32)] * len(sentences)
    order = sorted(range(len(sentences)), key=lambda i: len(sentences[i]))
    for k in range(0, len(order), batch_size):
        batch = order[k : k + batch_size]
        enc = tokenizer(
            [sentences[i] for i in batch],
            padding=True,
            truncation=True,
            max_length=MAX_PIECES,
            return_offsets_mapping=True,
            return_tensors="pt",
        )
        offsets = enc.pop("offset_mapping").numpy()
        mask = enc["attention_mask"].numpy().astype(bool)
        with torch.inference_mode():
            hidden = encoder(**enc).last_hidden_state.numpy()
        for row, i in enumerate(batch):
            starts, ends = offsets[row, :, 0], offsets[row, :, 1]
            real = mask[row] & (ends > starts)  # word pieces of the text (not [CLS], [SEP], pads)
            whole = hidden[row, real].mean(axis=0) if real.any() else hidden[row, 0]
            vecs = []
            for s, e in spans[i]:
                sel = real & (starts < e) & (ends > s)
                vecs.append(hidden[row, sel].mean(axis=0) if sel.any() else whole)
            out[i] = np.asarray(vecs, dtype=np.float32).reshape(len(vecs), hidden.shape[-1])
    return out


#: The pair head's features, in the order of its weights (:meth:`PairHead.features`).
FEATURES = (
    "hand",  # EventMerger.similarity
    "same_head",  # same trigger stem or class
    "related",  # related_triggers (WordNet)
    "shared_arguments",  # kinds of argument shared (of SHARED_ARGUMENTS)
    "same_article",
    "same_story",
    "weak",  # a reporting or light verb on either side
    "text",  # content-word Jaccard of the two sentences
    "context_same",  # contextual cosine, same trigger head
    "context_other",  # contextual cosine, other trigger heads
)


def pack(vector: np.ndarray) -> str:
    """A unit vector as base64 int8 (64 values: 88 characters), what a mention keeps."""
    import base64

    q = np.clip(np.round(np.asarray(vector, dtype=np.float32) * 127), -127, 127).astype(np.int8)
    return base64.b64encode(q.tobytes()).decode("ascii")


def unpack(text: str) -> np.ndarray:
    """The int8 vector of :func:`pack`, as float32 scaled back to about unit length."""
    import base64

    return np.frombuffer(base64.b64decode(text), dtype=np.int8).astype(np.float32) / 127.0


class PairHead:
    """A logistic regression over hand features of two event mentions and the cosine of their
    contextual trigger vectors, projected to a few dimensions (``projection``, principal
    components of ECB+ training mentions), giving the probability that they report the same
    event. Trained by ``scripts/train_event_pairs.py``; ``join_min`` is the probability from
    which two mentions in other words may join."""

    def __init__(
        self,
        *,
        mean: np.ndarray,
        projection: np.ndarray,
        weights: np.ndarray,
        bias: float,
        join_min: float,
    ) -> None:
        self.mean = np.asarray(mean, dtype=np.float32)
        self.projection = np.asarray(projection, dtype=np.float32)
        self.weights = np.asarray(weights, dtype=np.float64)
        self.bias = float(bias)
        self.join_min = float(join_min)
        self._vectors: dict[str, np.ndarray] = {}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> PairHead:
        """Read the JSON form (:meth:`to_dict`)."""
        if list(d["features"]) != list(FEATURES):
            raise ValueError(f"pair head features {d['features']} differ from {FEATURES}")
        return cls(
            mean=np.array(d["mean"]),
            projection=np.array(d["projection"]),
            weights=np.array(d["weights"]),
            bias=d["bias"],
            join_min=d["join_min"],
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready weights (rounded: the file stays small)."""
        return {
            "features": list(FEATURES),
            "bias": round(self.bias, 5),
            "weights": [round(float(w), 5) for w in self.weights],
            "join_min": self.join_min,
            "mean": [round(float(x), 5) for x in self.mean],
            "projection": [[round(float(x), 5) for x in row] for row in self.projection],
        }

    def project(self, vectors: np.ndarray) -> list[str]:
        """Packed unit vectors (:func:`pack`) of raw trigger vectors (rows of ``vectors``)."""
        z = (np.asarray(vectors, dtype=np.float32) - self.mean) @ self.projection
        z /= np.linalg.norm(z, axis=1, keepdims=True) + 1e-9
        return [pack(row) for row in z]

    def _vector(self, packed: str) -> np.ndarray:
        v = self._vectors.get(packed)
        if v is None:
            if len(self._vectors) > 1 << 16:
                self._vectors.clear()
            v = self._vectors[packed] = unpack(packed)
        return v

    def context(self, a: Any, b: Any) -> float:
        """Cosine of two mentions' packed trigger vectors (their ``context``); 0 without one."""
        if not a.context or not b.context:
            return 0.0
        return float(self._vector(a.context) @ self._vector(b.context))

    def features(self, a: Any, b: Any, hand: float) -> list[float]:
        """The values of :data:`FEATURES` for mentions ``a`` and ``b`` (``hand``: their
        :meth:`~storyline.stories.merging.EventMerger.similarity`)."""
        same = a.head == b.head
        weak = weak_triggers()
        c = self.context(a, b)
        return [
            hand,
            float(same),
            float(not same and related_triggers(a.lemma or "", b.lemma or "")),
            float(shared_arguments(a, [b])),
            float(a.article_id == b.article_id),
            float(a.story is not None and a.story == b.story),
            float(a.head in weak or b.head in weak),
            _jaccard(_content_set(a.sentence), _content_set(b.sentence)),
            c if same else 0.0,
            0.0 if same else c,
        ]

    def probability(self, a: Any, b: Any, hand: float) -> float:
        """How likely mentions ``a`` and ``b`` report one event (0-1)."""
        z = self.bias + float(np.dot(self.weights, self.features(a, b, hand)))
        return logistic(z)


@functools.cache
def pair_head() -> PairHead | None:
    """The shipped :class:`PairHead` (``data/event_pair_head.json``), read once; None when the
    file is absent."""
    from storyline.knowledge import data_path, load_json

    if not data_path("event_pair_head.json").is_file():
        log.info("no event_pair_head.json: event merging uses the hand rules alone")
        return None
    return PairHead.from_dict(load_json("event_pair_head.json"))


def with_context(mentions: Sequence[Any], head: PairHead, model: Any) -> list[Any]:
    """The mentions (:class:`~storyline.stories.mentions.EventMention`) with their packed,
    projected trigger vectors (``context``), their sentences embedded in one batch: all a
    merge keeps of the embedding is 64 bytes a mention."""
    from dataclasses import replace

    if not mentions:
        return []
    spans: dict[str, list[tuple[int, int]]] = {}
    where = []
    for m in mentions:
        own = spans.setdefault(m.sentence, [])
        where.append((m.sentence, len(own)))
        own.append((m.trigger_start - m.sentence_start, m.trigger_end - m.sentence_start))
    sents = list(spans)
    vectors = dict(zip(sents, trigger_vectors(model, sents, [spans[s] for s in sents]), strict=True))
    packed = head.project(np.stack([vectors[s][k] for s, k in where]))
    return [replace(m, context=p) for m, p in zip(mentions, packed, strict=True)]
