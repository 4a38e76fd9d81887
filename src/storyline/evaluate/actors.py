"""Actor resolution against the PLOVER gold standard records: source/target country accuracy.

Each record is one sentence with its gold ``source[]`` and ``target[]`` actors (``actorText``
and a CAMEO-style ``code``: an ISO 3166 alpha-3 country, or ``IGO`` / ``NGO`` for
international organisations). The entities stage runs on the sentence; for each gold actor the
entity whose mention lies inside (or around) the ``actorText`` span is taken, its resolved
actor gives the predicted code (the country, or ``IGO``/``NGO`` from the sector when it has no
country), and the prediction is right when it equals the gold code. A gold actor with no
entity found, or one without a country, counts as wrong. Accuracy is given for sources,
targets and both.

The records use a few legacy CAMEO country codes that are not ISO 3166 (``JAP``, ``ITL``);
:data:`LEGACY_CODES` maps them to ISO before comparing, so a right answer is not scored wrong.
The event stage's own scorer (``storyline eval events``) reads the same file for event types.
"""

from __future__ import annotations

import json
import logging
import re
from collections import Counter
from pathlib import Path
from typing import Any

from storyline.record import Article, Entity, article_id

log = logging.getLogger(__name__)

FILE = "PLOVER_GSR_CAMEO.json"
# CAMEO codes in the records that differ from ISO 3166 alpha-3
LEGACY_CODES = {"JAP": "JPN", "ITL": "ITA", "ROM": "ROU", "GER": "DEU", "UK": "GBR"}
NON_STATE = {"IGO": "IGO", "NGO": "NGO"}
# CAMEO codes of actors with no country: IGOs, NGOs, international militarised groups, companies
NON_STATE_CODES = frozenset({"IGO", "NGO", "IMG", "MNC"})


def read_records(path: Path) -> list[dict[str, Any]]:
    """The coded sentences (``DOCUMENT`` entries dropped) of the PLOVER gold standard file."""
    file = path / FILE if path.is_dir() else path
    records = json.loads(file.read_text(encoding="utf-8"))
    return [r for r in records if r.get("event") != "DOCUMENT" and r.get("text")]


def gold_actors(record: dict[str, Any], role: str) -> list[tuple[str, str]]:
    """(actorText, gold code with legacy codes mapped to ISO) for a record's sources or targets."""
    value = record.get(role)
    if not isinstance(value, list):
        return []
    out = []
    for actor in value:
        text, code = actor.get("actorText"), actor.get("code")
        if text and code:
            code = code.strip().upper()[:3]
            out.append((text, LEGACY_CODES.get(code, code)))
    return out


def actor_spans(text: str, actor_text: str) -> list[tuple[int, int]]:
    """Where ``actor_text`` is written in ``text``: one span per fragment, since the records
    elide with ".." / "..." ("Bosnian Serbs ... forces") and differ in spacing and apostrophes."""
    spans = []
    for fragment in re.split(r"\.{2,}", actor_text):
        words = re.findall(r"\w+|[^\w\s]", fragment.replace("’", "'"))
        if not words:
            continue
        pattern = r"\s*".join(re.escape(w) if w != "'" else "['’]" for w in words)
        found = re.search(pattern, text) or re.search(pattern, text, flags=re.I)
        if found:
            spans.append((found.start(), found.end()))
    return spans


def predicted_code(entities: list[Entity], text: str, actor_text: str) -> str | None:
    """The code the stage gives the actor written ``actor_text`` in ``text`` (None if none).

    Candidates are entities with a name/alias/demonym mention overlapping the actor's span;
    the longest such mention whose entity has a country (or, without one, an IGO/NGO sector or
    a non-state code prefix such as ``IMG``) wins.
    """
    spans = actor_spans(text, actor_text)
    best: tuple[int, str] | None = None
    for e in entities:
        if e.actor is None:
            continue
        code = e.actor.country or NON_STATE.get(e.actor.sector or "")
        if code is None and e.actor.code and e.actor.code[:3] in NON_STATE_CODES:
            code = e.actor.code[:3]
        if code is None:
            continue
        for m in e.mentions:
            inside = any(m.start < end and m.end > start for start, end in spans)
            if inside and (best is None or m.end - m.start > best[0]):
                best = (m.end - m.start, code)
    return best[1] if best else None


def evaluate(path: Path, *, model: str | None = None, limit: int | None = None) -> dict[str, Any]:
    """Source, target and overall country-code accuracy of the entities stage on PLOVER records.

    ``path`` is the ``plover_gsr`` folder or its JSON file. Returns
    ``{"records", "source": {"accuracy", "n"}, "target": {…}, "all": {…}, "errors": {…}}``
    where ``errors`` counts wrong answers by kind (no entity, no country, wrong country).
    """
    from storyline.stages.analyse import DEFAULT_MODEL, analyse_many, load_nlp
    from storyline.stages.entities import EntityStage

    nlp = load_nlp(model or DEFAULT_MODEL)
    stage = EntityStage(nlp)
    records = read_records(path)[:limit]
    articles = [Article(id=article_id(r["text"]), text=r["text"]) for r in records]
    right: Counter[str] = Counter()
    total: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    for record, an in zip(records, analyse_many(nlp, articles), strict=True):
        entities = stage(an)
        for role in ("source", "target"):
            for actor_text, gold in gold_actors(record, role):
                found = predicted_code(entities, record["text"], actor_text)
                total[role] += 1
                if found == gold:
                    right[role] += 1
                else:
                    errors["no country found" if found is None else "wrong country"] += 1
                    log.debug("%s %r: gold %s, found %s", role, actor_text, gold, found)

    def acc(r: int, n: int) -> dict[str, Any]:
        return {"accuracy": round(r / n, 4) if n else 0.0, "n": n}

    result = {
        "records": len(records),
        "source": acc(right["source"], total["source"]),
        "target": acc(right["target"], total["target"]),
        "all": acc(sum(right.values()), sum(total.values())),
        "errors": dict(errors),
    }
    log.info("plover_gsr actors: %s", result)
    return result
