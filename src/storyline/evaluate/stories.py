"""Scorer for stories on ECB+ (article clustering, B³ F1; cross-document event coreference)
and on MEANTIME (cross-document event coreference).

ECB+ (``../shared/data/ecbplus``) holds, per topic, articles about two similar but different
seminal events (subtopic ``ecb`` and ``ecbplus``: two rehab check-ins, two earthquakes).

- **Article clustering**: every article of the topics read is grouped by
  :class:`storyline.stories.StoryIndex` (incrementally, in a shuffled arrival order set by
  ``seed``, with no knowledge of the topics) and the groups are scored against the
  subtopics with B³ F1.
- **Event coreference**: storyline's own predicted event mentions (``mentions="events"``:
  the PLOVER events of the Pipeline; ``"predicates"``: every event predicate of
  :func:`storyline.stories.predicate_mentions`) are merged across articles by
  :class:`storyline.stories.EventMerger` and scored with MUC, B³, CEAF-e and their mean
  (CoNLL F1) against ECB+'s action mentions, on the sentences ECB+ marks as validated
  (``ECBplus_coreference_sentences.csv``). A predicted mention is aligned to the gold
  mention whose tokens its trigger overlaps; predicted mentions aligned to nothing stay in
  (they cost precision), gold mentions never predicted cost recall. Singletons count. Only
  the mentions of validated sentences are merged (the rest of each article is not annotated).
  ``cross_document_links`` scores, pairwise, only the links between mentions of different
  articles (what in-document resolution cannot give).

MEANTIME (``--data ../shared/data/meantime``, its ``intra_cross-doc_annotation``): Wikinews
articles about Airbus and Apple with their publication dates; each event mention belongs to
the chain of the corpus-wide event instance it refers to (:func:`read_meantime_doc`). The
articles arrive in publication order and are scored as ECB+'s coreference is, on the
sentences MEANTIME annotates in full (:func:`evaluate_meantime`).

Event merging always lets mentions in words related in WordNet ("died"/"killed",
:func:`storyline.stories.merging.related_triggers`) merge when they share an argument.
With ``embeddings=True`` (needs ``storyline[embeddings]``) article clustering also compares
sentence embeddings of the articles (:func:`storyline.stories.embed_articles`), and event
merging lets mentions in related words (embeddings of their lemmas:
:class:`storyline.stories.merging.LemmaSimilarity`) merge when they share an argument.

ECB+ carries no publication dates or headlines; articles are read as plain text, tokens
joined with light detokenisation (MEANTIME's the same way).
"""

from __future__ import annotations

import csv
import logging
import re
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from storyline.evaluate.clusters import b_cubed, conll, f_score

log = logging.getLogger(__name__)

_NO_SPACE_BEFORE = {
    ".",
    ",",
    ":",
    ";",
    "!",
    "?",
    "'s",
    "n't",
    "''",
    ")",
    "%",
    "'",
    "'re",
    "'ve",
    "'ll",
    "'d",
    "'m",
}
_NO_SPACE_AFTER = {"``", "(", "$"}


@dataclass
class GoldDoc:
    """One ECB+ or MEANTIME article: text rebuilt from tokens, its gold event mentions and
    the chains they belong to."""

    name: str
    topic: str
    subtopic: str
    text: str
    sentences: dict[int, tuple[int, int]]
    tokens: dict[str, tuple[int, int, int]]  # t_id -> (start, end, sentence)
    actions: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # m_id -> (start, end, sentence)
    clusters: dict[str, str] = field(default_factory=dict)  # m_id -> chain id
    published: str | None = None  # the creation time, where the corpus gives one (MEANTIME)


def _detokenise(root: ET.Element) -> tuple[str, dict[int, tuple[int, int]], dict[str, tuple[int, int, int]]]:
    """Text rebuilt from a CAT XML file's tokens (one sentence a line, light detokenisation),
    with each sentence's and each token's (start, end, sentence) offsets."""
    parts: list[str] = []
    pos = 0
    tokens: dict[str, tuple[int, int, int]] = {}
    sentences: dict[int, tuple[int, int]] = {}
    prev_sent = None
    prev_tok = ""
    for tok in root.iter("token"):
        word = (tok.text or "").strip()
        sent = int(tok.get("sentence", "0"))
        if word == "``" or word == "''":
            word = '"'
        if prev_sent is None:
            sep = ""
        elif sent != prev_sent:
            sep = "\n"
        elif (tok.text or "").strip() in _NO_SPACE_BEFORE or prev_tok in _NO_SPACE_AFTER:
            sep = ""
        else:
            sep = " "
        parts.append(sep)
        pos += len(sep)
        start = pos
        parts.append(word)
        pos += len(word)
        tokens[tok.get("t_id", "")] = (start, pos, sent)
        s0, _ = sentences.get(sent, (start, pos))
        sentences[sent] = (s0, pos)
        prev_sent = sent
        prev_tok = (tok.text or "").strip()
    return "".join(parts), sentences, tokens


def _anchors(m: ET.Element, tokens: dict[str, tuple[int, int, int]]) -> tuple[int, int, int] | None:
    """(start, end, sentence) of a markable's token anchors, or None without any."""
    anchors = [tokens[a.get("t_id", "")] for a in m.findall("token_anchor") if a.get("t_id") in tokens]
    if not anchors:
        return None
    return min(a[0] for a in anchors), max(a[1] for a in anchors), anchors[0][2]


def read_doc(path: Path) -> GoldDoc:
    """Parse one ECB+ CAT XML file."""
    root = ET.parse(path).getroot()
    name = path.stem
    topic, rest = name.split("_", 1)
    subtopic = f"{topic}{'plus' if rest.endswith('plus') else ''}"
    text, sentences, tokens = _detokenise(root)
    doc = GoldDoc(name, topic, subtopic, text, sentences, tokens)
    markables = root.find("Markables")
    for m in markables if markables is not None else []:
        if not (m.tag.startswith("ACTION") or m.tag.startswith("NEG_ACTION")):
            continue
        span = _anchors(m, tokens)
        if span is not None:
            doc.actions[m.get("m_id", "")] = span
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        if rel.tag != "CROSS_DOC_COREF":
            continue
        chain = rel.get("note") or rel.get("r_id") or ""
        for src in rel.findall("source"):
            mid = src.get("m_id", "")
            if mid in doc.actions:
                doc.clusters[mid] = chain
    return doc


def read_corpus(path: Path, *, topics: Iterable[int] | None = None) -> list[GoldDoc]:
    """Every ECB+ document under ``path`` (optionally only some topics), in a stable order."""
    root = path
    for candidate in (path / "ECB+_LREC2014" / "ECB+", path / "ECB+"):
        if candidate.is_dir():
            root = candidate
            break
    wanted = {str(t) for t in topics} if topics is not None else None
    files = sorted(
        root.glob("*/*.xml"),
        key=lambda p: (
            int(p.parent.name),
            p.stem.endswith("plus"),
            int(re.sub(r"\D", "", p.stem.split("_")[1])),
        ),
    )
    return [read_doc(f) for f in files if wanted is None or f.parent.name in wanted]


def validated_sentences(path: Path) -> dict[str, set[int]]:
    """Document name -> the sentence numbers ECB+ marks as validated."""
    found = list(path.rglob("ECBplus_coreference_sentences.csv"))
    if not found:
        raise FileNotFoundError(f"no ECBplus_coreference_sentences.csv under {path}")
    out: dict[str, set[int]] = defaultdict(set)
    with found[0].open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            out[f"{row['Topic']}_{row['File']}"].add(int(row["Sentence Number"]))
    return out


# --- MEANTIME ---------------------------------------------------------------------------------

#: MEANTIME annotates every event of the title and the first sentences (numbers 0-5: title,
#: date line, four body sentences) and only a few events beyond; both sides are scored there.
MEANTIME_SENTENCES = frozenset(range(6))


def is_meantime(path: Path) -> bool:
    """``path`` holds MEANTIME (its cross-document annotation folder) rather than ECB+."""
    return any(p.is_dir() for p in path.rglob("intra_cross-doc_annotation"))


def read_meantime_doc(path: Path) -> GoldDoc:
    """One MEANTIME CAT XML file of the cross-document annotation: its event mentions, each
    in the chain of the event instance it refers to (the corpus-wide ``instance_id``; an
    event with no instance is a chain of this document only; a mention referring to no event
    is a singleton), and its creation time (or the date line under the title) as the
    publication date."""
    root = ET.parse(path).getroot()
    text, sentences, tokens = _detokenise(root)
    corpus = path.parent.name
    doc = GoldDoc(path.stem, corpus, corpus, text, sentences, tokens)
    instance: dict[str, str] = {}
    dateline: str | None = None
    markables = root.find("Markables")
    for m in markables if markables is not None else []:
        mid = m.get("m_id", "")
        if m.tag == "EVENT_MENTION":
            span = _anchors(m, tokens)
            if span is not None:
                doc.actions[mid] = span
        elif m.tag == "EVENT":
            instance[mid] = m.get("instance_id") or f"{path.stem}:{mid}"
        elif m.tag == "TIMEX3" and m.get("functionInDocument") == "CREATION_TIME":
            doc.published = m.get("value") or None
        elif m.tag == "TIMEX3" and re.fullmatch(r"\d{4}-\d{2}-\d{2}", m.get("value") or ""):
            span = _anchors(m, tokens)
            if span is not None and span[2] == 1:  # the date line under the title
                dateline = dateline or m.get("value")
    relations = root.find("Relations")
    for rel in relations if relations is not None else []:
        target = rel.find("target")
        if rel.tag != "REFERS_TO" or target is None or target.get("m_id") not in instance:
            continue
        for src in rel.findall("source"):
            if src.get("m_id", "") in doc.actions:
                doc.clusters[src.get("m_id", "")] = instance[target.get("m_id", "")]
    doc.published = doc.published or dateline
    return doc


def read_meantime(path: Path) -> list[GoldDoc]:
    """Every document of MEANTIME's ``intra_cross-doc_annotation`` under ``path``, sorted."""
    files = sorted(f for f in path.rglob("*.xml") if "intra_cross-doc_annotation" in f.parts)
    return [read_meantime_doc(f) for f in files]


# --- coreference metrics ---------------------------------------------------------------------


def _clusters(assign: dict[Hashable, Hashable]) -> list[set[Hashable]]:
    groups: dict[Hashable, set[Hashable]] = defaultdict(set)
    for item, cluster in assign.items():
        groups[cluster].add(item)
    return list(groups.values())


def b_cubed_clusters(gold: dict[Hashable, Hashable], pred: dict[Hashable, Hashable]) -> dict[str, float]:
    """B³ P/R/F1 of a clustering of the same items (article clustering)."""
    p, r, f = b_cubed(_clusters(gold), _clusters({k: pred[k] for k in gold}))
    return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}


def _process(docs: list[GoldDoc], *, keep_docs: bool = True) -> tuple[dict[str, Any], dict[str, Any] | None]:
    """Records of the documents (document name -> Record) and, with ``keep_docs``, their
    spaCy parses (name -> Doc, for :func:`storyline.stories.predicate_mentions`), from one parse."""
    from storyline.pipeline import default_pipeline
    from storyline.read import article_from_text
    from storyline.stages.analyse import analyse_many

    pl = default_pipeline()
    articles = [article_from_text(d.text, published=d.published) for d in docs]
    recs: dict[str, Any] = {}
    parsed: dict[str, Any] = {}
    for d, an in zip(docs, analyse_many(pl.nlp, articles), strict=True):
        recs[d.name] = pl.run(an)
        if keep_docs:
            parsed[d.name] = an.doc
    return recs, (parsed if keep_docs else None)


def _sentence_at(doc: GoldDoc, offset: int) -> int | None:
    for sent, (s, e) in doc.sentences.items():
        if s <= offset < e:
            return sent
    return None


def _cross_doc_links(gold: dict[Hashable, Hashable], pred: dict[Hashable, Hashable]) -> dict[str, float]:
    """Pairwise P/R/F1 of the links between mentions of *different* documents only (the part
    of coreference that in-document resolution cannot give), over the gold mentions that a
    predicted mention aligned to; mention keys start with the document name."""
    aligned = [k for k in gold if k in pred]

    def pairs(assign: dict[Hashable, Hashable]) -> set[tuple[Hashable, Hashable]]:
        groups: dict[Hashable, list[Hashable]] = defaultdict(list)
        for k in aligned:
            groups[assign[k]].append(k)
        out = set()
        for members in groups.values():
            for i, a in enumerate(members):
                for b in members[i + 1 :]:
                    if a[0] != b[0]:  # type: ignore[index]
                        out.add((a, b) if str(a) < str(b) else (b, a))
        return out

    g, p = pairs(gold), pairs(pred)
    hit = len(g & p)
    prec = hit / len(p) if p else 0.0
    rec = hit / len(g) if g else 0.0
    return {"p": round(prec, 4), "r": round(rec, 4), "f1": round(f_score(prec, rec), 4), "gold_links": len(g)}


def _coreference(
    docs: list[GoldDoc],
    order: list[GoldDoc],
    recs: dict[str, Any],
    parsed: dict[str, Any] | None,
    story_of: dict[str, int],
    scored: dict[str, set[int]],
    *,
    mentions: str,
    merge_threshold: float | None,
    merger: Any = None,
    related: Any = None,
    mention_model: Any = True,
) -> dict[str, Any]:
    """Merge the predicted mentions of the ``scored`` sentences (document name -> sentence
    numbers) in arrival ``order`` and score them against the gold chains: mention detection,
    MUC/B³/CEAF-e/CoNLL F1, and the cross-document links alone. ``related`` (a trigger lemma
    similarity, :func:`storyline.stories.merging.lemma_similarity`) lets mentions in other
    but related words merge; ``merger`` replaces the default
    :class:`~storyline.stories.EventMerger` (to compare settings on cached parses).
    ``mention_model`` is :func:`storyline.stories.mentions.event_predicates`' ``model`` (True:
    the shipped detector, False: the rules alone), or document name -> model (cross-validation)."""
    from storyline.stories import EventMerger, event_mentions, predicate_mentions

    if mentions not in ("events", "predicates"):
        raise ValueError(f"mentions must be 'events' or 'predicates', not {mentions!r}")
    if merge_threshold is None:
        # predicates carry no actors, dates or places: the same lemma in the same story (0.4)
        # is enough; chosen on ECB+ topics 1-20, and kept with the mixed best/mean link
        # (EventMerger.mean_weight 0.5: tuned on topics 1-17, checked on 18-35)
        merge_threshold = 0.4 if mentions == "predicates" else EventMerger().threshold
    if merger is None:
        merger = EventMerger(threshold=merge_threshold, related=related)
    nlp = None  # the parser, to re-read title-case headlines (mentions.headline_predicates)
    if parsed is not None and mentions == "predicates":
        from storyline.pipeline import default_pipeline

        nlp = default_pipeline().nlp
    gold_assign: dict[Hashable, Hashable] = {}
    pred_assign: dict[Hashable, Hashable] = {}
    aligned = predicted = 0
    for d in docs:
        ok = scored.get(d.name, set())
        for mid, (_s, _e, sent) in d.actions.items():
            if sent in ok:
                gold_assign[(d.name, mid)] = d.clusters.get(mid) or f"single:{d.name}:{mid}"
    for d in order:
        rec = recs[d.name]
        if rec.article.text != d.text:
            log.warning("%s: record text differs from the gold text; offsets may not align", d.name)
        found = (
            predicate_mentions(
                parsed[d.name],
                rec,
                story=story_of[d.name],
                model=mention_model.get(d.name, False) if isinstance(mention_model, dict) else mention_model,
                nlp=nlp,
            )
            if parsed is not None and mentions == "predicates"
            else event_mentions(rec, story=story_of[d.name])
        )
        ok = scored.get(d.name, set())
        if hasattr(related, "learn"):
            related.learn(m.lemma or "" for m in found)  # one batch per article
        for m in found:
            sent = _sentence_at(d, m.trigger_start)
            if sent is None or sent not in ok:
                continue
            cid = merger.add(m)
            predicted += 1
            hit = next(
                (
                    mid
                    for mid, (s, e, _sn) in d.actions.items()
                    if s < m.trigger_end and m.trigger_start < e and (d.name, mid) not in pred_assign
                ),
                None,
            )
            if hit is not None:
                aligned += 1
                pred_assign[(d.name, hit)] = cid
            else:
                pred_assign[(d.name, "pred", m.event_id)] = cid
    if hasattr(merger, "resolve"):  # events absorbed by others since (EventMerger.absorb)
        pred_assign = {k: merger.resolve(cid) for k, cid in pred_assign.items()}
    coref = conll(_clusters(gold_assign), _clusters(pred_assign))
    mp = aligned / predicted if predicted else 0.0
    mr = aligned / len(gold_assign) if gold_assign else 0.0
    return {
        "gold_mentions": len(gold_assign),
        "predicted_mentions": predicted,
        "mention_detection": {"p": round(mp, 4), "r": round(mr, 4), "f1": round(f_score(mp, mr), 4)},
        "coreference": coref,
        "cross_document_links": _cross_doc_links(gold_assign, pred_assign),
        "canonical_events": len(merger.events),
    }


def _canonical(
    docs: list[GoldDoc], order: list[GoldDoc], recs: dict[str, Any], scored: dict[str, set[int]]
) -> dict[str, Any]:
    """The product's canonical events scored as ECB+'s coreference is: the records arrive in
    ``order`` into a :class:`storyline.stories.Stories` (what the store's merge runs: near-
    duplicates, stories, :func:`~storyline.stories.event_mentions` and the default
    :class:`~storyline.stories.EventMerger`), and each canonical event's mentions of the
    ``scored`` sentences are aligned to gold action mentions by trigger overlap.

    The product's events are the record's political events, far fewer than ECB+'s actions:
    ``mention_detection`` gives how many it finds, ``coreference`` scores MUC/B³/CEAF-e/CoNLL
    on the gold mentions it found alone (the coreference of what the product finds), and
    ``coreference_all`` as :func:`_coreference` does (every gold mention, unaligned
    predictions kept)."""
    from storyline.stories import Stories

    st = Stories()
    gold_all: dict[Hashable, Hashable] = {}
    for d in docs:
        ok = scored.get(d.name, set())
        for mid, (_s, _e, sent) in d.actions.items():
            if sent in ok:
                gold_all[(d.name, mid)] = d.clusters.get(mid) or f"single:{d.name}:{mid}"
    pred_all: dict[Hashable, Hashable] = {}
    aligned: set[Hashable] = set()
    for d in order:
        rec = recs[d.name]
        added = st.add(rec)
        ok = scored.get(d.name, set())
        for v in rec.events:
            cid = added.events.get(v.id)
            sent = _sentence_at(d, v.trigger.start)
            if cid is None or sent is None or sent not in ok:
                continue
            s0, e0 = v.trigger.start, v.trigger.end
            hit = next(
                (
                    mid
                    for mid, (s, e, _sn) in d.actions.items()
                    if s < e0 and s0 < e and (d.name, mid) not in pred_all
                ),
                None,
            )
            key: Hashable = (d.name, hit) if hit is not None else (d.name, "pred", v.id)
            pred_all[key] = cid
            if hit is not None:
                aligned.add(key)
    pred_all = {k: st.merger.resolve(cid) for k, cid in pred_all.items()}
    gold_found = {k: gold_all[k] for k in aligned}
    pred_found = {k: pred_all[k] for k in aligned}
    mp = len(aligned) / len(pred_all) if pred_all else 0.0
    mr = len(aligned) / len(gold_all) if gold_all else 0.0
    return {
        "gold_mentions": len(gold_all),
        "predicted_mentions": len(pred_all),
        "mention_detection": {"p": round(mp, 4), "r": round(mr, 4), "f1": round(f_score(mp, mr), 4)},
        "coreference": conll(_clusters(gold_found), _clusters(pred_found)),
        "coreference_all": conll(_clusters(gold_all), _clusters(pred_all)),
        "cross_document_links": _cross_doc_links(gold_found, pred_found),
        "canonical_events": len(set(pred_all.values())),
    }


def load_records(docs: list[GoldDoc], cache: Path | None, which: str = "ecb") -> dict[str, Any]:
    """The Pipeline's records of ``docs`` (document name -> Record), read from ``cache`` when it
    holds them (``{which}_records.jsonl``, as ``scripts/train_event_mentions.py --cache``
    writes), else made by the Pipeline and added there (when ``cache`` is given): the records it
    held stay, so a run on a few documents (``--limit``) leaves a full cache whole."""
    import json

    from storyline.record import Record

    path = cache / f"{which}_records.jsonl" if cache is not None else None
    recs: dict[str, Any] = {}
    if path is not None and path.is_file():
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                row = json.loads(line)
                recs[row["name"]] = Record.from_dict(row["record"])
    missing = [d for d in docs if d.name not in recs]
    if not missing:
        return recs
    recs.update(_process(missing, keep_docs=False)[0])
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as fh:
            for name, rec in recs.items():
                fh.write(json.dumps({"name": name, "record": rec.to_dict()}) + "\n")
    return recs


def evaluate(
    path: Path,
    *,
    limit: int | None = None,
    topics: Iterable[int] | None = None,
    records: dict[str, Any] | None = None,
    parsed: dict[str, Any] | None = None,
    mentions: str = "predicates",
    merge_threshold: float | None = None,
    seed: int = 0,
    embeddings: bool = False,
    orders: int = 1,
    mention_model: Any = True,
    canonical: bool = False,
    cache: Path | None = None,
) -> dict[str, Any]:
    """Article clustering B³ and event coreference MUC/B³/CEAF-e/CoNLL F1 on ECB+, or on
    MEANTIME when ``path`` holds it (:func:`evaluate_meantime`).

    ``limit`` keeps the first N documents (in topic order); ``records`` (document name ->
    Record) skips running the Pipeline, ``parsed`` (name -> spaCy Doc) the parse that
    ``mentions="predicates"`` needs; ``mentions="events"`` scores the PLOVER events alone.
    Articles arrive in a shuffled order (``seed``) so that grouping is not helped by the
    corpus being sorted by topic; at the end of the stream small stories are folded
    (:meth:`storyline.stories.StoryIndex.consolidate`). With ``orders`` > 1, clustering is also
    run in the arrival orders ``seed + 1`` … and ``clustering_b3_orders`` gives each F1 and
    their mean and minimum (coreference uses the first order). ``mention_model`` chooses the
    event-mention detector (:func:`_coreference`; False: the hand rules alone).

    With ``canonical``, event coreference is the product's: the canonical events the store
    builds from the records' events (:func:`_canonical`), scored on the mentions they find.
    ``cache`` (a folder) keeps the records between runs (:func:`load_records`).
    """
    import random

    from storyline.record import Record
    from storyline.stories import StoryIndex, embed_articles, profile

    if is_meantime(path):
        return evaluate_meantime(
            path,
            limit=limit,
            records=records,
            parsed=parsed,
            mentions=mentions,
            merge_threshold=merge_threshold,
            mention_model=mention_model,
            canonical=canonical,
            cache=cache,
        )
    docs = read_corpus(path, topics=topics)
    if limit:
        docs = docs[:limit]
    valid = validated_sentences(path)
    if canonical:
        mentions = "events"
    if records is None and (canonical or cache is not None) and mentions == "events":
        records = load_records(docs, cache)
    if records is None:
        recs, fresh = _process(docs, keep_docs=mentions == "predicates")
        parsed = parsed if parsed is not None else fresh
    else:
        recs = dict(records)

    def cluster(order_seed: int) -> tuple[list[GoldDoc], StoryIndex, dict[str, int]]:
        """Group the articles in one shuffled arrival order; the order, the index and each
        document's story once the stream has ended (small stories folded: consolidate)."""
        order = list(docs)
        random.Random(order_seed).shuffle(order)
        vectors = embed_articles([recs[d.name] for d in order]) if embeddings else None
        index = StoryIndex(w_embedding=0.4, threshold=0.5) if vectors is not None else StoryIndex()
        for i, d in enumerate(order):
            rec: Record = recs[d.name]
            index.add(profile(rec, vector=vectors[i] if vectors is not None else None))
        index.consolidate()
        return order, index, {d.name: index.of_article[recs[d.name].article.id] for d in order}

    gold_story: dict[Hashable, Hashable] = {d.name: d.subtopic for d in docs}
    order, index, story_of = cluster(seed)
    topic_of = {recs[d.name].article.id: d.topic for d in docs}
    clustering = b_cubed_clusters(gold_story, dict(story_of))
    by_order = [clustering]
    for extra in range(1, max(1, orders)):
        by_order.append(b_cubed_clusters(gold_story, dict(cluster(seed + extra)[2])))
    pure = sum(
        1 for s in index.stories.values() if len({topic_of[a] for a in s.articles if a in topic_of}) == 1
    )
    if mentions == "predicates" and parsed is None:
        from storyline.pipeline import default_pipeline

        nlp = default_pipeline().nlp
        parsed = {
            d.name: doc
            for d, doc in zip(docs, nlp.pipe(recs[d.name].article.text for d in docs), strict=True)
        }
    from storyline.stories.merging import lemma_similarity

    related = lemma_similarity() if embeddings else None  # triggers in related words merge
    coref = (
        _canonical(docs, order, recs, valid)
        if canonical
        else _coreference(
            docs,
            order,
            recs,
            parsed,
            story_of,
            valid,
            mentions=mentions,
            merge_threshold=merge_threshold,
            related=related,
            mention_model=mention_model,
        )
    )
    return {
        "mentions": "canonical" if canonical else mentions,
        "embeddings": bool(index.w_embedding),
        "documents": len(docs),
        "subtopics": len(set(gold_story.values())),
        "stories": len(index.stories),
        "stories_within_one_topic": pure,
        "clustering_b3": clustering,
        **(
            {
                "clustering_b3_orders": {
                    "seeds": [seed + i for i in range(len(by_order))],
                    "f1": [r["f1"] for r in by_order],
                    "mean_f1": round(sum(r["f1"] for r in by_order) / len(by_order), 4),
                    "min_f1": min(r["f1"] for r in by_order),
                }
            }
            if len(by_order) > 1
            else {}
        ),
        **coref,
    }


def evaluate_meantime(
    path: Path,
    *,
    limit: int | None = None,
    records: dict[str, Any] | None = None,
    parsed: dict[str, Any] | None = None,
    mentions: str = "predicates",
    merge_threshold: float | None = None,
    mention_model: Any = True,
    canonical: bool = False,
    cache: Path | None = None,
) -> dict[str, Any]:
    """Cross-document event coreference on MEANTIME's ``intra_cross-doc_annotation``.

    The articles (two corpora of Wikinews: airbus, apple) arrive in publication order, as a
    feed delivers them, are grouped into stories by :class:`storyline.stories.StoryIndex`
    and their predicted event mentions merged as for ECB+ (:func:`_coreference`), on the
    sentences MEANTIME annotates in full (:data:`MEANTIME_SENTENCES`). MEANTIME has no story
    gold, so no clustering score; most of its chains are single mentions, and only a few
    cross documents: ``cross_document_links`` scores those links alone.

    With ``canonical``, the store's canonical events instead (:func:`_canonical`: the records'
    events through :class:`storyline.stories.Stories`, dated articles over years of two broad
    topics, so eviction and long-lived stories act as in a store); ``cache`` keeps the records
    (``meantime_records.jsonl``, :func:`load_records`).
    """
    from storyline.stories import StoryIndex, profile

    docs = read_meantime(path)
    if limit:
        docs = docs[:limit]
    if canonical:
        recs = dict(records) if records is not None else load_records(docs, cache, which="meantime")
        order = sorted(docs, key=lambda d: (d.published or "", d.name))
        scored = {d.name: set(MEANTIME_SENTENCES) for d in docs}
        return {
            "corpus": "meantime",
            "mentions": "canonical",
            "documents": len(docs),
            **_canonical(docs, order, recs, scored),
        }
    if records is None:
        recs, fresh = _process(docs, keep_docs=mentions == "predicates")
        parsed = parsed if parsed is not None else fresh
    else:
        recs = dict(records)
    order = sorted(docs, key=lambda d: (d.published or "", d.name))
    index = StoryIndex()
    for d in order:
        index.add(profile(recs[d.name]))
    index.consolidate()
    story_of = {d.name: index.of_article[recs[d.name].article.id] for d in order}
    scored = {d.name: set(MEANTIME_SENTENCES) for d in docs}
    chains: dict[str, set[str]] = defaultdict(set)
    for d in docs:
        for mid, chain in d.clusters.items():
            if d.actions[mid][2] in MEANTIME_SENTENCES:
                chains[chain].add(d.name)
    coref = _coreference(
        docs,
        order,
        recs,
        parsed,
        story_of,
        scored,
        mentions=mentions,
        merge_threshold=merge_threshold,
        mention_model=mention_model,
    )
    return {
        "corpus": "meantime",
        "mentions": mentions,
        "documents": len(docs),
        "stories": len(index.stories),
        "gold_cross_document_chains": sum(1 for names in chains.values() if len(names) > 1),
        **coref,
    }
