"""In-document entity coreference against MEANTIME (NewsReader CAT XML): mention detection,
MUC and B³.

Each document of ``intra-doc_annotation/corpus_*/`` becomes one article: its tokens joined by
single spaces, one sentence a line. Gold clusters are the ``REFERS_TO`` relations whose target
is an ``ENTITY`` of type PER, ORG or LOC (MEANTIME's PRO products, FIN financial and MIX
entities are not what storyline's entities hold); each cluster's mentions are the
``ENTITY_MENTION``s listed as its sources.

A system mention (any kind: name, alias, demonym, nominal, pronoun) is aligned with a gold
mention when it lies inside the gold mention's tokens and ends on its last word (English noun
phrases are head-final: "Apple" aligns with "Apple Inc." only if it ends there, "Jobs" with
"Steve Jobs", "he" with "he"), or when it opens a gold mention that goes on with an apposition
("Steve Jobs" in "Steve Jobs , the Apple CEO"); each gold mention takes at most one system
mention.

Reported: mention detection P/R/F1 (system mentions of PERSON, ORG, GPE, LOC, NORP and FAC
entities against gold mentions), and MUC and B³ P/R/F1 computed on the aligned mentions only
(gold clusters restricted to the aligned gold mentions, system clusters to the mentions that
aligned), so that the clustering is scored apart from mention detection. A baseline that puts
every aligned mention in its own cluster is given for B³ (MUC gives it 0).
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.evaluate.clusters import b_cubed, muc
from storyline.record import Article, article_id

log = logging.getLogger(__name__)

GOLD_TYPES = frozenset({"PER", "ORG", "LOC"})
SYSTEM_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})


@dataclass(frozen=True)
class CorefDoc:
    """One MEANTIME document as text, with gold mention spans and their cluster ids."""

    name: str
    text: str
    mentions: dict[tuple[int, int], str]  # (start, end) -> gold entity instance id


def read_meantime(path: Path) -> list[CorefDoc]:
    """Documents of MEANTIME's intra-document annotation found under ``path`` (sorted by name)."""
    files = sorted(path.rglob("*.xml"))
    intra = [f for f in files if "intra-doc_annotation" in f.parts]
    return [_read_doc(f) for f in (intra or files)]


def _read_doc(file: Path) -> CorefDoc:
    root = ET.parse(file).getroot()
    spans: dict[str, tuple[int, int]] = {}
    lines: list[str] = []
    current: list[str] = []
    sentence = None
    offset = 0
    for tok in root.iter("token"):
        if sentence is not None and tok.get("sentence") != sentence:
            line = " ".join(current)
            lines.append(line)
            offset += len(line) + 1
            current = []
        sentence = tok.get("sentence")
        start = offset + sum(len(t) + 1 for t in current)
        word = tok.text or ""
        current.append(word)
        spans[tok.get("t_id", "")] = (start, start + len(word))
    if current:
        lines.append(" ".join(current))
    text = "\n".join(lines)
    markables = root.find("Markables")
    mention_span: dict[str, tuple[int, int]] = {}
    entity_type: dict[str, str] = {}
    for el in markables if markables is not None else []:
        if el.tag == "ENTITY_MENTION":
            toks = [spans[a.get("t_id", "")] for a in el.iter("token_anchor") if a.get("t_id") in spans]
            if toks:
                mention_span[el.get("m_id", "")] = (min(s for s, _ in toks), max(e for _, e in toks))
        elif el.tag == "ENTITY":
            entity_type[el.get("m_id", "")] = el.get("ent_type", "")
    gold: dict[tuple[int, int], str] = {}
    relations = root.find("Relations")
    for rel in relations.iter("REFERS_TO") if relations is not None else []:
        target = rel.find("target")
        tid = target.get("m_id", "") if target is not None else ""
        if entity_type.get(tid) not in GOLD_TYPES:
            continue
        for src in rel.iter("source"):
            span = mention_span.get(src.get("m_id", ""))
            if span:
                gold.setdefault(span, tid)
    return CorefDoc(file.stem, text, gold)


def align(
    text: str, gold: dict[tuple[int, int], str], system: list[tuple[int, int]]
) -> dict[int, tuple[int, int]]:
    """System mention index -> the gold mention it aligns with (inside it, ending on its last word)."""
    out: dict[int, tuple[int, int]] = {}
    used: set[tuple[int, int]] = set()
    for k, (s, e) in sorted(enumerate(system), key=lambda x: x[1][0] - x[1][1]):
        for gs, ge in gold:
            if (gs, ge) in used or not gs <= s < e:
                continue
            tail = re.sub(r"(\s+('s|'|[.,;:]))+$", "", text[gs:ge])
            # a gold mention with an apposition ("Steve Jobs , the Apple CEO") has its head first
            appositive = s == gs and text[e:ge].lstrip().startswith(",")
            if e == gs + len(tail) or e == ge or appositive:
                out[k] = (gs, ge)
                used.add((gs, ge))
                break
    return out


def _prf(p: float, r: float, f: float | None = None) -> dict[str, float]:
    f = (2 * p * r / (p + r) if p + r else 0.0) if f is None else f
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def evaluate(path: Path, *, model: str | None = None, limit: int | None = None) -> dict[str, Any]:
    """Mention detection and MUC/B³ of the entities stage on MEANTIME's intra-document corpus.

    ``path`` is the ``meantime`` folder (or any folder holding its CAT XML files). Returns
    ``{"docs", "mentions": {p, r, f1, gold, system}, "muc": {p, r, f1}, "b3": {…},
    "b3_singletons": {…}}``; MUC and B³ are micro-averaged over the aligned mentions of all
    documents.
    """
    from storyline.stages.analyse import DEFAULT_MODEL, analyse_many, load_nlp
    from storyline.stages.entities import EntityStage

    nlp = load_nlp(model or DEFAULT_MODEL)
    stage = EntityStage(nlp)
    docs = read_meantime(path)[:limit]
    articles = [Article(id=article_id(d.text), text=d.text) for d in docs]
    n_gold = n_sys = n_hit = 0
    keys: list[set[Any]] = []
    responses: list[set[Any]] = []
    for n, (doc, an) in enumerate(zip(docs, analyse_many(nlp, articles), strict=True)):
        system: list[tuple[int, int]] = []
        owner: list[str] = []
        for e in stage(an):
            if e.type not in SYSTEM_TYPES:
                continue
            for m in e.mentions:
                system.append((m.start, m.end))
                owner.append(e.id)
        aligned = align(doc.text, doc.mentions, system)
        n_gold += len(doc.mentions)
        n_sys += len(system)
        n_hit += len(aligned)
        gold_clusters: dict[str, set[Any]] = defaultdict(set)
        sys_clusters: dict[str, set[Any]] = defaultdict(set)
        for k, span in aligned.items():
            gold_clusters[doc.mentions[span]].add((n, span))
            sys_clusters[owner[k]].add((n, span))
        keys.extend(gold_clusters.values())
        responses.extend(sys_clusters.values())
    singletons = [{m} for c in keys for m in c]
    p = n_hit / n_sys if n_sys else 0.0
    r = n_hit / n_gold if n_gold else 0.0
    result = {
        "docs": len(docs),
        "mentions": {**_prf(p, r), "gold": n_gold, "system": n_sys},
        "muc": _prf(*muc(keys, responses)),
        "b3": _prf(*b_cubed(keys, responses)),
        "b3_singletons": _prf(*b_cubed(keys, singletons)),
    }
    log.info("meantime coreference: %s", result)
    return result
