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
for the shipped model of 1-35, by the two fold models on the half each did not see.

    python scripts/train_event_mentions.py                    # train on 1-35, write the model
    python scripts/train_event_mentions.py --cross-validate   # the 2-fold table, writes nothing

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
from storyline.stories.mentions import MentionModel, Predicate, headline_predicates, rule_predicates

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


@dataclass
class Candidate:
    doc: str
    topic: int
    lemma: str
    ruled: bool
    features: list[str]
    label: int


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


class CachedModel(MentionModel):
    """A :class:`MentionModel` that computes each parse's candidates once."""

    def candidates(self, doc: Any, found: list[Predicate], *, ruled_too: bool = True) -> Any:
        key = (id(doc), ruled_too)
        if key not in _CANDIDATES:
            _CANDIDATES[key] = list(super().candidates(doc, found, ruled_too=ruled_too))
        return iter(_CANDIDATES[key])


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
            out.append(Candidate(d.name, topic, lemma, ruled, features, int(k in positive)))
    return out


# --- the model ---------------------------------------------------------------------------------


def train(rows: list[Candidate], *, l2: float = L2, l2_lemma: float = L2_LEMMA) -> dict[str, float]:
    """Weights of an L2-regularised logistic regression on ``rows`` (the bias unregularised,
    lemma features more strongly: ``l2_lemma``)."""
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

    def loss(w: np.ndarray) -> tuple[float, np.ndarray]:
        z = x @ w
        p = 1.0 / (1.0 + np.exp(-z))
        nll = float(np.sum(np.logaddexp(0.0, z) - y * z))
        grad = x.T @ (p - y) + penalty * w
        return nll + 0.5 * float(np.sum(penalty * w * w)), grad

    result = minimize(loss, np.zeros(len(names)), jac=True, method="L-BFGS-B", options={"maxiter": 2000})
    return {f: float(result.x[i]) for f, i in index.items()}


def _models(weights: dict[str, dict[str, float]], drop: float, add: float) -> dict[str, MentionModel]:
    """Document name -> the model (with thresholds) that predicts it."""
    return {name: CachedModel(w, drop, add) for name, w in weights.items()}


def out_of_fold(rows: list[Candidate], groups: list[list[int]]) -> dict[str, dict[str, float]]:
    """Document name -> the weights of a model trained on the topics of the other ``groups``."""
    out = {}
    for mine in groups:
        w = train([r for r in rows if r.topic not in mine])
        for r in rows:
            if r.topic in mine:
                out[r.doc] = w
    return out


def choose_thresholds(
    score: Any, weights: dict[str, dict[str, float]], *, log: Any
) -> tuple[float, float, float]:
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=Path("../shared/data"))
    parser.add_argument("--cache", type=Path, default=None, help="folder for the records and parses")
    parser.add_argument("--cross-validate", action="store_true", help="print the 2-fold table; write nothing")
    args = parser.parse_args(argv)
    ecb, mt = args.data / "ecbplus", args.data / "meantime"
    docs = es.read_corpus(ecb, topics=FIRST + SECOND)
    valid = es.validated_sentences(ecb)
    recs, parsed = _load("ecb", docs, args.cache)
    from storyline.pipeline import default_pipeline

    rows = candidates(docs, parsed, valid, default_pipeline().nlp)
    sys.stderr.write(f"{len(rows)} candidates, {sum(r.label for r in rows)} positive\n")

    def score(topics: list[int], models: Any) -> dict[str, Any]:
        return es.evaluate(ecb, topics=topics, records=recs, parsed=parsed, mention_model=models)

    def log(line: str) -> None:
        sys.stderr.write(line + "\n")
        sys.stderr.flush()

    # the folds: a model per half, its thresholds chosen on out-of-fold predictions within that half
    fold: dict[str, dict[str, float]] = {}
    chosen = {}
    for train_topics, test_topics in ((FIRST, SECOND), (SECOND, FIRST)):
        if not args.cross_validate:
            break
        mine = [r for r in rows if r.topic in train_topics]
        inner = out_of_fold(mine, [train_topics[k::INNER] for k in range(INNER)])
        log(f"thresholds for the model of {train_topics[0]}-{train_topics[-1]}:")
        drop, add, _ = choose_thresholds(
            lambda models, t=train_topics: score(t, models)["coreference"]["conll_f1"], inner, log=log
        )
        chosen[train_topics[0]] = (drop, add)
        w = train(mine)
        for d in docs:
            if int(d.topic) in test_topics:
                fold[d.name] = w
        log(f"  chosen: drop {drop} add {add}")
    # the shipped model: trained on 1-35, thresholds chosen on the 2-fold predictions of 1-35
    halves = out_of_fold(rows, [FIRST, SECOND])
    log("thresholds for the model of 1-35 (on the 2-fold predictions of 1-35):")
    drop, add, _ = choose_thresholds(
        lambda models: score(FIRST + SECOND, models)["coreference"]["conll_f1"], halves, log=log
    )
    log(f"  chosen: drop {drop} add {add}")
    full = MentionModel(train(rows), drop, add)
    if not args.cross_validate:
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
    header = "| | mention P | R | F1 | MUC | B³ | CEAF-e | CoNLL F1 |\n|---|---|---|---|---|---|---|---|"
    lines = [header]
    for name, topics, trained in (("1-17", FIRST, "18-35"), ("18-35", SECOND, "1-17")):
        lines.append(_row(f"ECB+ {name}, rules", _scores(score(topics, False))))
        d_, a_ = chosen[SECOND[0] if trained == "18-35" else FIRST[0]]
        label = f"ECB+ {name}, model of {trained} (drop {d_}, add {a_})"
        lines.append(_row(label, _scores(score(topics, _models(fold, d_, a_)))))
    lines.append(_row("ECB+ 1-35, rules", _scores(score(FIRST + SECOND, False))))
    cv = {
        name: CachedModel(w, *chosen[SECOND[0] if int(name.split("_")[0]) in FIRST else FIRST[0]])
        for name, w in fold.items()
    }
    lines.append(
        _row(
            "ECB+ 1-35, cross-validated (each half by the other's model)", _scores(score(FIRST + SECOND, cv))
        )
    )
    lines.append(
        _row(
            f"ECB+ 1-35, model of 1-35 (drop {drop}, add {add}; IN-SAMPLE, not a result)",
            _scores(score(FIRST + SECOND, full)),
        )
    )
    mt_docs = es.read_meantime(mt)
    mt_recs, mt_parsed = _load("mt", mt_docs, args.cache)
    for label, model in (("rules", False), ("model of 1-35", full)):
        result = es.evaluate(mt, records=mt_recs, parsed=mt_parsed, mention_model=model)
        lines.append(_row(f"MEANTIME, {label}", _scores(result)))
    sys.stdout.write("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
