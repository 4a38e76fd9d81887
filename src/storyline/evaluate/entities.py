"""CoNLL-2003 named-entity scoring for the entities stage (conlleval-style span micro P/R/F1).

Each ``-DOCSTART-`` document of a CoNLL file (IOB1 tags, four columns) becomes one article:
its tokens joined by single spaces, one sentence a line. The entities stage runs on it and
its name, alias and demonym mentions (not pronouns or nominals, which CoNLL does not mark)
are compared with the gold entities: a match needs the same character extent and the same
type. Type mapping, storyline -> CoNLL:

    PERSON -> PER;  ORG -> ORG;  GPE, LOC, FAC -> LOC;  NORP, OTHER -> MISC

CoNLL's MISC also covers events, works and products, which storyline does not keep as
entities, so MISC recall is low by design. The same figures are given for spaCy's raw NER
(``spacy``; EVENT, PRODUCT, WORK_OF_ART, LAW and LANGUAGE also mapped to MISC) so that the
stage's own effect can be read off.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.record import Article, article_id

log = logging.getLogger(__name__)

STAGE_TO_CONLL = {
    "PERSON": "PER",
    "ORG": "ORG",
    "GPE": "LOC",
    "LOC": "LOC",
    "FAC": "LOC",
    "NORP": "MISC",
    "OTHER": "MISC",
}
SPACY_TO_CONLL = {
    **STAGE_TO_CONLL,
    "EVENT": "MISC",
    "PRODUCT": "MISC",
    "WORK_OF_ART": "MISC",
    "LAW": "MISC",
    "LANGUAGE": "MISC",
}
TYPES = ("PER", "ORG", "LOC", "MISC")


@dataclass(frozen=True)
class GoldDoc:
    """One CoNLL document as text, with gold entity spans (start, end, CoNLL type)."""

    text: str
    spans: frozenset[tuple[int, int, str]]


def read_conll(path: Path) -> list[GoldDoc]:
    """Documents of a CoNLL-2003 file (IOB1): tokens joined by spaces, one sentence a line."""
    docs: list[GoldDoc] = []
    lines: list[str] = []
    spans: set[tuple[int, int, str]] = set()
    sentence: list[str] = []
    offset = 0
    current: list[Any] | None = None  # [start, end, type]

    def close() -> None:
        nonlocal current
        if current is not None:
            spans.add((current[0], current[1], current[2]))
            current = None

    def end_sentence() -> None:
        nonlocal offset, sentence
        close()
        if sentence:
            line = " ".join(sentence)
            lines.append(line)
            offset += len(line) + 1
            sentence = []

    def end_doc() -> None:
        nonlocal lines, spans, offset
        end_sentence()
        if lines:
            docs.append(GoldDoc("\n".join(lines), frozenset(spans)))
        lines, spans, offset = [], set(), 0

    for raw in path.read_text(encoding="utf-8").splitlines():
        if raw.startswith("-DOCSTART-"):
            end_doc()
            continue
        if not raw.strip():
            end_sentence()
            continue
        cols = raw.split()
        token, tag = cols[0], cols[-1]
        start = offset + sum(len(t) + 1 for t in sentence)
        end = start + len(token)
        sentence.append(token)
        if tag == "O":
            close()
            continue
        kind = tag[2:]
        if current is None or tag.startswith("B-") or current[2] != kind:
            close()
            current = [start, end, kind]
        else:
            current[1] = end
    end_doc()
    return docs


class _Tally:
    def __init__(self) -> None:
        self.gold: Counter[str] = Counter()
        self.system: Counter[str] = Counter()
        self.hit: Counter[str] = Counter()
        self.span_hit = 0

    def add(self, gold: frozenset[tuple[int, int, str]], system: set[tuple[int, int, str]]) -> None:
        self.gold.update(t for _s, _e, t in gold)
        self.system.update(t for _s, _e, t in system)
        self.hit.update(t for _s, _e, t in gold & system)
        self.span_hit += len({(s, e) for s, e, _t in gold} & {(s, e) for s, e, _t in system})

    def scores(self) -> dict[str, Any]:
        def prf(hit: int, sys: int, gold: int) -> dict[str, float]:
            p = hit / sys if sys else 0.0
            r = hit / gold if gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4), "gold": gold, "system": sys}

        out: dict[str, Any] = {
            "all": prf(sum(self.hit.values()), sum(self.system.values()), sum(self.gold.values()))
        }
        for t in TYPES:
            out[t] = prf(self.hit[t], self.system[t], self.gold[t])
        core = ("PER", "ORG", "LOC")  # the target: micro F1 over the three name types
        out["PER+ORG+LOC"] = prf(
            sum(self.hit[t] for t in core), sum(self.system[t] for t in core), sum(self.gold[t] for t in core)
        )
        out["untyped"] = prf(self.span_hit, sum(self.system.values()), sum(self.gold.values()))
        return out


def evaluate(path: Path, *, model: str | None = None, limit: int | None = None) -> dict[str, Any]:
    """Span micro P/R/F1 (overall, per CoNLL type, and untyped) of the stage and of raw spaCy.

    ``path`` is a CoNLL-2003 file such as ``eng.testa``, or the folder holding it (its
    ``eng.testa`` is read, as ``--data ../shared/data/conll2003`` asks). Returns
    ``{"docs", "stage": {"all": {p, r, f1, gold, system}, "PER": …, "untyped": …}, "spacy": {…}}``.
    """
    if path.is_dir():
        path = path / "eng.testa"
    from storyline.stages.analyse import DEFAULT_MODEL, analyse_many, load_nlp
    from storyline.stages.entities import EntityStage

    nlp = load_nlp(model or DEFAULT_MODEL)
    stage = EntityStage(nlp)
    docs = read_conll(path)[:limit]
    articles = [Article(id=article_id(d.text), text=d.text) for d in docs]
    ours, base = _Tally(), _Tally()
    for gold, an in zip(docs, analyse_many(nlp, articles), strict=True):
        system = {
            (m.start, m.end, STAGE_TO_CONLL[e.type])
            for e in stage(an)
            for m in e.mentions
            if m.kind in {"name", "alias", "demonym"}
        }
        ours.add(gold.spans, system)
        raw = {
            (s.start_char, s.end_char, SPACY_TO_CONLL[s.label_])
            for s in an.doc.ents
            if s.label_ in SPACY_TO_CONLL
        }
        base.add(gold.spans, raw)
    result = {"docs": len(docs), "stage": ours.scores(), "spacy": base.scores()}
    log.info("conll2003 %s: %s", path.name, result)
    return result
