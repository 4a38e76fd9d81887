"""Event scores for the events stage on three gold sets, chosen by the folder given.

- ``plover_gsr`` (PLOVER gold standard records, one coded sentence each): every sentence is
  run through the whole pipeline and its *main event* is the most confident event that is
  neither negated nor hypothetical (else the most confident event). The records use PLOVER
  0.5 names, read as DEMAND -> REQUEST, DISAPPROVE and INVESTIGATE -> ACCUSE, FIGHT ->
  ASSAULT. Printed: event-type accuracy over all records (a sentence with no event is
  wrong), the same over the sentences where an event was found, macro-F1 over the sixteen
  types, source and target match (on the records whose main event has the right type and
  whose gold lists such actors: one of our linked entities' mentions, or the event's
  ``source_text``/``target_text`` phrase where no entity is linked, and a gold actor text
  contain one another), full (source, type, target) match (an actor side with no gold
  actors counts as matched: the records leave many targets uncoded), the same three counting
  linked entities only (``*_entities``), and a reliability
  table: the main events grouped by confidence, with the share of them whose type is right.
- ``conflibert_cameo`` (sentences labelled with CAMEO's five-way grouping, 0 neutral
  statements 01-02, 1 verbal cooperation 03-05, 2 material cooperation 06-08, 3 verbal
  conflict 09-13, 4 material conflict 14-20): the class of the main event's CAMEO code, 0
  when no event is found; macro-F1 over the five classes and accuracy.
- ``wikievents`` (KAIROS-annotated news, dev split): gold events of the types that map to
  PLOVER (attack, die, injure -> ASSAULT; arrest -> COERCE; demonstrate -> PROTEST; meet ->
  CONSULT; threaten -> THREATEN; request/command -> REQUEST; charge, investigate -> ACCUSE;
  release -> RETREAT) against our events of those PLOVER types. Trigger identification
  (overlapping trigger) and classification (and same PLOVER type), then argument
  identification (a linked entity mention, or the argument phrase where no entity is linked,
  overlaps a gold argument of a matched event) and classification (and the role side agrees:
  agent roles are sources, patient roles targets); ``*_entities`` count linked entities only.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from storyline.read import article_from_text
from storyline.record import PLOVER_TYPES, Entity, Event, Record, Span

log = logging.getLogger(__name__)

PLOVER_05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
BINS = (0.0, 0.4, 0.6, 0.7, 0.8, 0.9, 1.01)

# KAIROS event type prefix -> PLOVER type; KAIROS role -> "source" or "target".
KAIROS_PLOVER = {
    "Conflict.Attack": "ASSAULT",
    "Life.Die": "ASSAULT",
    "Life.Injure": "ASSAULT",
    "Justice.ArrestJailDetain": "COERCE",
    "Conflict.Demonstrate": "PROTEST",
    "Contact.Contact.Meet": "CONSULT",
    "Contact.RequestCommand.Meet": "CONSULT",
    "Contact.ThreatenCoerce": "THREATEN",
    "Contact.RequestCommand": "REQUEST",
    "Justice.ChargeIndict": "ACCUSE",
    "Justice.InvestigateCrime": "ACCUSE",
    "Justice.ReleaseParole": "RETREAT",
}
KAIROS_ROLES = {
    "Attacker": "source",
    "Killer": "source",
    "Injurer": "source",
    "Jailer": "source",
    "Demonstrator": "source",
    "Participant": "source",
    "Communicator": "source",
    "Prosecutor": "source",
    "Investigator": "source",
    "JudgeCourt": "source",
    "Target": "target",
    "Victim": "target",
    "Detainee": "target",
    "Recipient": "target",
    "Defendant": "target",
}


def evaluate(path: Path, *, limit: int | None = None, pipeline: Any = None) -> dict[str, Any]:
    """Scores on the gold set in ``path`` (plover_gsr, conflibert_cameo or wikievents)."""
    path = Path(path)
    if pipeline is None:
        from storyline.pipeline import default_pipeline

        pipeline = default_pipeline()
    if (path / "PLOVER_GSR_CAMEO.json").exists() or path.name.endswith(".json"):
        return evaluate_plover(path, pipeline=pipeline, limit=limit)
    if (path / "cameo_class").exists() or path.suffix == ".tsv":
        return evaluate_cameo(path, pipeline=pipeline, limit=limit)
    if (path / "dev.jsonl").exists() or path.suffix == ".jsonl":
        return evaluate_wikievents(path, pipeline=pipeline, limit=limit)
    raise FileNotFoundError(f"no PLOVER, ConfliBERT or WikiEvents data under {path}")


def main_event(events: Sequence[Event]) -> Event | None:
    """The event a one-event gold record is compared with: the most confident asserted one."""
    if not events:
        return None
    asserted = [e for e in events if not e.negated and not e.hypothetical]
    pool = asserted or list(events)
    return max(pool, key=lambda e: (e.confidence, -e.trigger.start))


def _records(pipeline: Any, texts: Sequence[str]) -> list[Record]:
    articles = [article_from_text(t, published=None) for t in texts]
    return list(pipeline.process_articles(articles))


def _macro_f1(
    pairs: Sequence[tuple[str, str | None]], labels: Sequence[str]
) -> tuple[float, dict[str, float]]:
    """Macro-F1 over the labels present in the gold, and the F1 per label."""
    per: dict[str, float] = {}
    for lab in labels:
        tp = sum(1 for g, p in pairs if g == lab and p == lab)
        fp = sum(1 for g, p in pairs if g != lab and p == lab)
        fn = sum(1 for g, p in pairs if g == lab and p != lab)
        if tp + fn == 0:
            continue
        per[lab] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    return (sum(per.values()) / len(per) if per else 0.0), per


# --- PLOVER gold records ---------------------------------------------------------------------


def _actor_texts(actors: Any) -> list[str]:
    if not isinstance(actors, list):
        return []
    return [a["actorText"] for a in actors if isinstance(a, dict) and a.get("actorText")]


def actors_match(
    gold: Sequence[str], ids: Sequence[str], entities: Sequence[Entity], phrase: Span | None = None
) -> bool:
    """Whether one of our entities (by any mention), or the argument phrase given when no
    entity is linked, and a gold actor text contain one another."""
    texts = [m.text.lower() for e in entities if e.id in ids for m in e.mentions]
    texts += [e.name.lower() for e in entities if e.id in ids]
    if phrase is not None:
        texts.append(phrase.text.lower())
    return any(g.lower() in t or t in g.lower() for g in gold for t in texts if t)


def _share(counts: Sequence[int]) -> float:
    """hits / total, 0 when there is nothing to count."""
    return counts[0] / counts[1] if counts[1] else 0.0


def evaluate_plover(path: Path, *, pipeline: Any, limit: int | None = None) -> dict[str, Any]:
    """Type accuracy, macro-F1, source/target/full match and reliability on the PLOVER records."""
    file = path if path.suffix == ".json" else path / "PLOVER_GSR_CAMEO.json"
    gold = [r for r in json.loads(file.read_text(encoding="utf-8")) if r.get("event") != "DOCUMENT"]
    if limit:
        gold = gold[:limit]
    records = _records(pipeline, [r["text"] for r in gold])
    pairs: list[tuple[str, str | None]] = []
    found = right = full = full_ids = 0
    side = {"source": [0, 0], "target": [0, 0]}
    side_ids = {"source": [0, 0], "target": [0, 0]}
    bins: list[list[int]] = [[0, 0, 0] for _ in BINS[:-1]]  # n, type right, full match
    for rec, record in zip(gold, records, strict=True):
        want = PLOVER_05.get(rec["event"], rec["event"])
        top = main_event(record.events)
        pairs.append((want, top.type if top else None))
        if top is None:
            continue
        found += 1
        ok = top.type == want
        right += ok
        whole = whole_ids = ok
        for name, ids, phrase in (
            ("source", top.source, top.source_text),
            ("target", top.target, top.target_text),
        ):
            texts = _actor_texts(rec.get(name))
            if not texts:
                continue
            hit = actors_match(texts, ids, record.entities, phrase)
            hit_ids = actors_match(texts, ids, record.entities)
            whole = whole and hit
            whole_ids = whole_ids and hit_ids
            if ok:
                side[name][0] += hit
                side[name][1] += 1
                side_ids[name][0] += hit_ids
                side_ids[name][1] += 1
        full += whole
        full_ids += whole_ids
        b = next(i for i in range(len(BINS) - 1) if BINS[i] <= top.confidence < BINS[i + 1])
        bins[b][0] += 1
        bins[b][1] += ok
        bins[b][2] += whole
    n = len(gold)
    macro, per = _macro_f1(pairs, PLOVER_TYPES)
    hi = [b for lo, b in zip(BINS, bins, strict=False) if lo >= 0.8]
    hi_n = sum(b[0] for b in hi)
    return {
        "records": n,
        "with_event": found,
        "type_accuracy": right / n if n else 0.0,
        "type_accuracy_when_found": right / found if found else 0.0,
        "type_macro_f1": macro,
        "source_match": side["source"][0] / side["source"][1] if side["source"][1] else 0.0,
        "target_match": side["target"][0] / side["target"][1] if side["target"][1] else 0.0,
        "full_match": full / n if n else 0.0,
        "source_match_entities": _share(side_ids["source"]),
        "target_match_entities": _share(side_ids["target"]),
        "full_match_entities": full_ids / n if n else 0.0,
        "confident_0.8_type_right": sum(b[1] for b in hi) / hi_n if hi_n else 0.0,
        "confident_0.8_n": hi_n,
        "reliability": {
            f"{BINS[i]:.1f}-{min(BINS[i + 1], 1.0):.1f}": {
                "n": b[0],
                "type_right": b[1] / b[0] if b[0] else 0.0,
                "full_match": b[2] / b[0] if b[0] else 0.0,
            }
            for i, b in enumerate(bins)
        },
        "f1_per_type": per,
    }


# --- ConfliBERT CAMEO five-way classes -------------------------------------------------------


def penta_class(cameo: str | None) -> int:
    """CAMEO's five-way grouping of a code by its root: 0 neutral (01-02), 1 verbal
    cooperation (03-05), 2 material cooperation (06-08), 3 verbal conflict (09-13),
    4 material conflict (14-20)."""
    if not cameo or not cameo[:2].isdigit():
        return 0
    root = int(cameo[:2])
    if root <= 2:
        return 0
    if root <= 5:
        return 1
    if root <= 8:
        return 2
    if root <= 13:
        return 3
    return 4


def evaluate_cameo(path: Path, *, pipeline: Any, limit: int | None = None) -> dict[str, Any]:
    """Macro-F1 and accuracy of the main event's CAMEO five-way class."""
    file = path if path.suffix == ".tsv" else path / "cameo_class" / "train.tsv"
    rows = []
    for line in file.read_text(encoding="utf-8").splitlines():
        text, _, label = line.rpartition("\t")
        if text and label.strip().isdigit():
            rows.append((text, label.strip()))
    if limit:
        rows = rows[:limit]
    records = _records(pipeline, [t for t, _ in rows])
    pairs: list[tuple[str, str | None]] = []
    for (_text, label), record in zip(rows, records, strict=True):
        top = main_event(record.events)
        pairs.append((label, str(penta_class(top.cameo if top else None))))
    macro, per = _macro_f1(pairs, [str(i) for i in range(5)])
    n = len(pairs)
    return {
        "sentences": n,
        "macro_f1": macro,
        "accuracy": sum(g == p for g, p in pairs) / n if n else 0.0,
        "f1_per_class": per,
        "predicted": dict(sorted(Counter(p for _, p in pairs if p).items())),
    }


# --- WikiEvents ------------------------------------------------------------------------------


def _kairos_plover(event_type: str) -> str | None:
    best = max((k for k in KAIROS_PLOVER if event_type.startswith(k)), key=len, default=None)
    return KAIROS_PLOVER[best] if best else None


def _wikievents_doc(doc: dict[str, Any]) -> tuple[str, list[tuple[int, int]]]:
    """The text (sentences joined by blank lines) and each doc token's character span in it."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for toks, sent_text in doc["sentences"]:
        base = toks[0][1] if toks else 0
        for _word, s, e in toks:
            spans.append((pos + s - base, pos + e - base))
        parts.append(sent_text)
        pos += len(sent_text) + 2
    return "\n\n".join(parts), spans


def _prf(tp: int, n_pred: int, n_gold: int) -> dict[str, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return {"p": p, "r": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def evaluate_wikievents(path: Path, *, pipeline: Any, limit: int | None = None) -> dict[str, Any]:
    """Trigger and argument identification/classification F1 on the PLOVER-mappable types."""
    file = path if path.suffix == ".jsonl" else path / "dev.jsonl"
    docs = [json.loads(line) for line in file.read_text(encoding="utf-8").splitlines() if line.strip()]
    if limit:
        docs = docs[:limit]
    built = [_wikievents_doc(d) for d in docs]
    records = _records(pipeline, [t for t, _ in built])
    mapped = set(KAIROS_PLOVER.values())
    trig = {"id": 0, "cls": 0, "pred": 0, "gold": 0}
    arg = {"id": 0, "cls": 0, "pred": 0, "gold": 0}
    arg_ents = {"id": 0, "cls": 0, "pred": 0, "gold": 0}  # linked entities only, no phrases
    for doc, (_text, spans), record in zip(docs, built, records, strict=True):
        ents = {m["id"]: m for m in doc["entity_mentions"]}
        gold: dict[tuple[int, int], dict[str, Any]] = {}
        for em in doc["event_mentions"]:
            typ = _kairos_plover(em["event_type"])
            if typ is None:
                continue
            t = em["trigger"]
            key = (spans[t["start"]][0], spans[t["end"] - 1][1])
            g = gold.setdefault(key, {"types": set(), "args": set()})
            g["types"].add(typ)
            for a in em["arguments"]:
                m = ents.get(a["entity_id"])
                role = KAIROS_ROLES.get(a["role"])
                if m is not None and role is not None:
                    g["args"].add((spans[m["start"]][0], spans[m["end"] - 1][1], role))
        trig["gold"] += len(gold)
        arg["gold"] += sum(len(g["args"]) for g in gold.values())
        arg_ents["gold"] += sum(len(g["args"]) for g in gold.values())
        preds = [e for e in record.events if e.type in mapped and not e.negated]
        trig["pred"] += len(preds)
        used: set[tuple[int, int]] = set()
        for ev in preds:
            arg["pred"] += len(_event_args(ev, record.entities))
            arg_ents["pred"] += len(_event_args(ev, record.entities, phrases=False))
            key = next(
                (k for k in gold if k not in used and k[0] < ev.trigger.end and ev.trigger.start < k[1]),
                None,
            )
            if key is None:
                continue
            used.add(key)
            trig["id"] += 1
            trig["cls"] += ev.type in gold[key]["types"]
            for counts, phrases in ((arg, True), (arg_ents, False)):
                gold_args = set(gold[key]["args"])
                for s, e, role in _event_args(ev, record.entities, phrases=phrases):
                    hit = next((g for g in gold_args if g[0] < e and s < g[1]), None)
                    if hit is None:
                        continue
                    gold_args.discard(hit)
                    counts["id"] += 1
                    counts["cls"] += hit[2] == role
    return {
        "documents": len(docs),
        "gold_triggers": trig["gold"],
        "trigger_identification": _prf(trig["id"], trig["pred"], trig["gold"]),
        "trigger_classification": _prf(trig["cls"], trig["pred"], trig["gold"]),
        "argument_identification": _prf(arg["id"], arg["pred"], arg["gold"]),
        "argument_classification": _prf(arg["cls"], arg["pred"], arg["gold"]),
        "argument_identification_entities": _prf(arg_ents["id"], arg_ents["pred"], arg_ents["gold"]),
        "argument_classification_entities": _prf(arg_ents["cls"], arg_ents["pred"], arg_ents["gold"]),
    }


def _event_args(ev: Event, entities: Sequence[Entity], *, phrases: bool = True) -> list[tuple[int, int, str]]:
    """Our arguments as spans: for each linked entity, its mention in the event's sentence
    nearest the trigger; where no entity is linked on a side, the argument phrase
    (``source_text``/``target_text``: "three people", "the suspect"), as the PLOVER scorer
    counts it."""
    out = []
    for role, phrase in (("source", ev.source_text), ("target", ev.target_text)):
        if phrases and phrase is not None:
            out.append((phrase.start, phrase.end, role))
    for role, ids in (("source", ev.source), ("target", ev.target)):
        for eid in ids:
            ent = next((e for e in entities if e.id == eid), None)
            if ent is None:
                continue
            inside = [m for m in ent.mentions if ev.sentence.start <= m.start and m.end <= ev.sentence.end]
            if inside:
                m = min(inside, key=lambda m: abs(m.start - ev.trigger.start))
                # a generic entity's mention is the argument phrase itself: one argument
                if not any(r == role and s < m.end and m.start < e for s, e, r in out):
                    out.append((m.start, m.end, role))
    return out
