"""The demo: ingest the sample articles shipped in ``storyline/data/samples`` and summarise.

The samples are short, invented news reports written for storyline (no copied news
text), in the three input formats (.txt, .html, .jsonl), with quotes, dates, places and
publisher lines, so a first run shows every part of the record with no data to fetch.
"""

from __future__ import annotations

import logging
import sys
from importlib import resources
from pathlib import Path
from typing import Any

from storyline.record import Record

log = logging.getLogger(__name__)


#: What the demo counts: the articles, their items, and what ingest grouped across them.
DEMO_COUNTS = ("articles", "entities", "quotes", "events", "times", "places", "stories", "canonical_events")


def samples_dir() -> Path:
    """The folder of sample articles shipped with the package."""
    return Path(str(resources.files("storyline") / "data" / "samples"))


def run_demo(db: str | Path, *, progress: bool = False) -> dict[str, Any]:
    """Ingest the samples into ``db`` (a no-op for those already there) and return a summary:
    counts of articles, items, stories and canonical events, the ingest report and an event
    timeline by event date."""
    from storyline.read import count_articles, read_sources
    from storyline.store import Store, ingest

    folder = samples_dir()
    with Store(db) as store:
        bar = None
        if progress:
            from tqdm import tqdm

            bar = tqdm(total=count_articles([folder]), unit="article", file=sys.stderr)
        try:
            report = ingest(
                read_sources([folder]),
                store,
                on_item=(lambda status, item: bar.update(1)) if bar is not None else None,
            )
        finally:
            if bar is not None:
                bar.close()
        counts = store.counts()
        for table in ("stories", "canonical_events"):  # what ingest grouped across the articles
            counts[table] = int(store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        timeline = store.events(limit=1000)
    return {
        "db": str(db),
        "ingest": {"stored": report.stored, "skipped": report.skipped, "failed": report.failed},
        "errors": [str(e) for e in report.errors],
        "counts": {k: counts[k] for k in DEMO_COUNTS},
        "timeline": [
            {
                "date": e["date"],
                "type": e["type"],
                "source": e["source"],
                "target": e["target"],
                "trigger": e["trigger"],
                "place": e["place"],
                "article_id": e["article_id"],
            }
            for e in timeline
        ],
    }


def format_summary(summary: dict[str, Any]) -> str:
    """The demo summary as a few lines of text and an event timeline."""
    c = summary["counts"]
    ing = summary["ingest"]
    lines = [
        f"{summary['db']}: {ing['stored']} stored, {ing['skipped']} already present, {ing['failed']} failed",
        f"{c['articles']} articles, {c['entities']} entities, {c['quotes']} quotes, "
        f"{c['events']} events, {c['times']} time expressions, {c['places']} places; "
        f"{c['stories']} stories, {c['canonical_events']} distinct real-world events",
    ]
    lines += [f"error: {e}" for e in summary["errors"]]
    if summary["timeline"]:
        lines.append("")
        lines.append("Event timeline (by the date each event happened):")
        for e in summary["timeline"]:
            who = " -> ".join(x for x in (e["source"], e["target"]) if x) or "?"
            where = f" in {e['place']}" if e["place"] else ""
            lines.append(f"  {e['date'] or 'undated':<10}  {e['type']:<9}  {who}{where}  ({e['trigger']})")
    else:
        lines.append("No events found yet (the event stage finds none on these samples).")
    lines.append("")
    db = summary["db"]
    lines.append(f"Try: storyline query quotes --db {db}   or   storyline show ID --db {db}")
    lines.append(f"     storyline query stories --db {db}   or   storyline serve --db {db} (the web page)")
    return "\n".join(lines)


def describe_record(record: Record) -> str:
    """A readable summary of one record: metadata, then quotes, events (with their places), entities,
    times, places and quantities, so that `storyline show` lists every kind of item it counts."""
    a = record.article
    lines = [
        f"{a.id}  {a.headline or '(no headline)'}",
        f"  published {a.published or '?'}  publisher {a.publisher or '?'}"
        + (f"  by {', '.join(a.authors)}" if a.authors else "")
        + (f"  with files from {', '.join(a.contributors)}" if a.contributors else ""),
    ]
    if a.url:
        lines.append(f"  {a.url}")
    lines.append(
        f"  {len(a.text)} characters; {len(record.entities)} entities, {len(record.times)} times, "
        f"{len(record.quotes)} quotes, {len(record.places)} places, {len(record.events)} events, "
        f"{len(record.quantities)} quantities"
    )
    names = {e.id: e.name for e in record.entities}
    if record.quotes:
        lines.append("Quotes:")
        for q in record.quotes:
            who = (names.get(q.speaker.entity or "") or q.speaker.text) if q.speaker else "?"
            text = q.text if len(q.text) <= 90 else q.text[:89] + "…"
            lines.append(f"  [{q.start}:{q.end}] {who}: {text}")
    if record.events:
        lines.append("Events:")
        for v in record.events:
            src = ", ".join(names.get(x, x) for x in v.source) or "?"
            tgt = ", ".join(names.get(x, x) for x in v.target) or "?"
            place = record.places[v.place] if v.place is not None and v.place < len(record.places) else None
            where = f" in {place.name or place.text}" if place else ""
            lines.append(f"  {v.date or 'undated'}  {v.type}  {src} -> {tgt}{where}  ({v.trigger.text})")
    if record.entities:
        lines.append("Entities: " + "; ".join(f"{e.name} ({e.type})" for e in record.entities))
    if record.times:
        lines.append("Times: " + "; ".join(f"{t.text} = {t.value}" for t in record.times))
    if record.places:
        lines.append("Places: " + "; ".join(dict.fromkeys(_place(p) for p in record.places)))  # each once
    if record.quantities:
        lines.append("Quantities: " + "; ".join(_quantity(q) for q in record.quantities))
    return "\n".join(lines)


def _place(place: Any) -> str:
    """A place as "text = name (country, feature)", or "(unresolved)" when the gazetteer had no entry."""
    if place.name is None:
        return f"{place.text} (unresolved)"
    about = ", ".join(x for x in (place.country, place.feature) if x)
    named = place.name if place.name == place.text else f"{place.text} = {place.name}"
    return f"{named} ({about})" if about else named


def _quantity(q: Any) -> str:
    """A count as "text = value" (or its bounds), with its modifier when it is vague or bounded."""
    if q.value is not None:
        value = f"{q.value:g}"
    else:
        value = f"{'' if q.min is None else f'{q.min:g}'}-{'' if q.max is None else f'{q.max:g}'}"
    return f"{q.text} = {value}" + (f" ({q.mod})" if q.mod else "")


__all__ = ["describe_record", "format_summary", "run_demo", "samples_dir"]
