"""Latency of the main REST API queries over a store of synthetic articles
(``storyline bench --api``).

The store is filled with ``n`` generated records (no spaCy: ids, entities, quotes, events,
times and places drawn from small fixed vocabularies with a seeded random generator), then
each query is sent ``repeats`` times with varied parameters through the app in process
(FastAPI's test client: routing, validation, SQL and JSON, without the network). The figures
are p50 and p95 in milliseconds; they are a benchmark to compare runs, not a test.
"""

from __future__ import annotations

import logging
import random
import statistics
import tempfile
import time
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from storyline.record import (
    PLOVER_TYPES,
    Actor,
    Article,
    Entity,
    Event,
    Mention,
    Offsets,
    Place,
    Quote,
    Record,
    Span,
    Speaker,
    Time,
)
from storyline.store import Store

log = logging.getLogger(__name__)

PEOPLE = [
    ("Ada Brandt", "DEU"),
    ("Omar Haddad", "IRQ"),
    ("Lena Novak", "CZE"),
    ("Kofi Mensah", "GHA"),
    ("Mei Tanaka", "JPN"),
    ("Rafael Souza", "BRA"),
    ("Sara Lind", "SWE"),
    ("Ivan Petrov", "RUS"),
    ("Nadia Karimi", "IRN"),
    ("Tom Walsh", "CAN"),
]
PLACES = [
    ("Baghdad", "IQ", 33.34, 44.4),
    ("Ottawa", "CA", 45.42, -75.7),
    ("Berlin", "DE", 52.52, 13.41),
    ("Accra", "GH", 5.56, -0.2),
    ("Tokyo", "JP", 35.69, 139.69),
    ("Brasilia", "BR", -15.78, -47.93),
    ("Moscow", "RU", 55.75, 37.62),
    ("Tehran", "IR", 35.69, 51.42),
]
WORDS = ("talks", "border", "aid", "strike", "flood", "election", "protest", "troops", "ceasefire", "port")


def synthetic_record(i: int, rng: random.Random) -> Record:
    """One generated record whose every span is a real offset into its own text."""
    parts: list[str] = []

    def put(piece: str) -> tuple[int, int]:
        start = sum(len(p) for p in parts)
        parts.append(piece)
        return start, start + len(piece)

    day = f"2020-{1 + i % 12:02d}-{1 + i % 28:02d}"
    a, b = rng.sample(PEOPLE, 2)
    place = rng.choice(PLACES)
    topic = rng.choice(WORDS)
    kind = rng.choice(PLOVER_TYPES)
    put(f"Report {i} on the {topic}. ")
    sa = put(a[0])
    put(" met ")
    sb = put(b[0])
    put(" in ")
    sp = put(place[0])
    put(" on ")
    st = put("Friday")
    put(". ")
    trig = put("attacked" if kind == "ASSAULT" else "acted on")
    put(" the plan, reports said. “")
    sq = put(f"We will not accept this {topic} deal {i}")
    put(",” ")
    sa2 = put(a[0])
    put(" said.")
    text = "".join(parts)
    entities = (
        Entity(
            "e1",
            a[0],
            "PERSON",
            (Mention(*sa, a[0]), Mention(*sa2, a[0])),
            {},
            Actor(a[0], a[1], "government"),
        ),
        Entity("e2", b[0], "PERSON", (Mention(*sb, b[0]),), {}, Actor(b[0], b[1], "government")),
    )
    return Record(
        article=Article(
            id=f"{i:016x}",
            text=text,
            publisher=rng.choice(["Wire A", "Wire B", "Daily C"]),
            headline=f"{topic.title()} report {i}",
            published=day,
        ),
        entities=entities,
        times=(Time(*st, "Friday", "DATE", day),),
        quotes=(Quote(*sq, text[sq[0] : sq[1]], "q1", "direct", Speaker("e1", a[0], *sa2), None, None, day),),
        places=(Place(*sp, place[0], place[0], None, place[1], None, place[2], place[3]),),
        events=(
            Event(
                "v1",
                kind,
                Span(*trig, text[trig[0] : trig[1]]),
                Offsets(0, len(text)),
                source=("e1",),
                target=("e2",),
                date=day,
                date_from="text",
                place=0,
            ),
        ),
    )


def _records(n: int, seed: int) -> Iterator[Record]:
    rng = random.Random(seed)
    for i in range(n):
        yield synthetic_record(i, rng)


def fill_store(path: str | Path, n: int, *, seed: int = 7, chunk: int = 1000, stories: bool = False) -> float:
    """Store ``n`` synthetic records at ``path``; the seconds it took. With ``stories``, they are
    then grouped into stories and their events merged (:meth:`Store.merge_stories`), so that the
    story endpoints have stories to list (not counted in the seconds)."""
    t0 = time.perf_counter()
    records = _records(n, seed)
    with Store(path) as store:
        while True:
            batch = [r for _, r in zip(range(chunk), records, strict=False)]
            if not batch:
                break
            store.add_many(batch)
        seconds = time.perf_counter() - t0
        if stories:
            store.merge_stories()
    return seconds


def _queries(rng: random.Random, n: int, stories: int = 1) -> list[tuple[str, Any]]:
    """(name, function of the step number giving a path) for each measured query; ``stories``
    is the number of the first story ids the story queries go through."""
    return [
        ("health (baseline: app only)", lambda k: "/api/health"),
        ("articles: first page", lambda k: "/api/articles?limit=50"),
        ("articles: full-text", lambda k: f"/api/articles?q={WORDS[k % len(WORDS)]}&limit=20"),
        ("article: one record", lambda k: f"/api/articles/{rng.randrange(n):016x}"),
        ("quotes: full-text", lambda k: f"/api/quotes?q={WORDS[k % len(WORDS)]}%20deal&limit=20"),
        ("quotes: by speaker", lambda k: f"/api/quotes?speaker={PEOPLE[k % 10][0].split()[1]}&limit=20"),
        ("events: by type", lambda k: f"/api/events?type={PLOVER_TYPES[k % 16]}&limit=50"),
        ("events: by actor", lambda k: f"/api/events?actor={PEOPLE[k % 10][0]}&limit=50"),
        (
            "events: date range",
            lambda k: f"/api/events?since=2020-{1 + k % 12:02d}&until=2020-{1 + k % 12:02d}",
        ),
        ("events: by place", lambda k: f"/api/events?place={PLACES[k % 8][0]}&limit=50"),
        ("events: deep page", lambda k: "/api/events?limit=50&offset=5000"),
        ("entities: by name", lambda k: f"/api/entities?name={PEOPLE[k % 10][0][:3]}"),
        ("network", lambda k: f"/api/network?type={PLOVER_TYPES[k % 16]}"),
        ("map", lambda k: "/api/map"),
        ("stories: first page", lambda k: "/api/stories?limit=50"),
        ("stories: date range", lambda k: f"/api/stories?since=2020-{1 + k % 12:02d}&limit=50"),
        ("stories: by text", lambda k: f"/api/stories?q={PEOPLE[k % 10][0].split()[1]}&limit=50"),
        ("story: one", lambda k: f"/api/stories/{1 + k % stories}"),
        ("canonical events: first page", lambda k: "/api/canonical-events?limit=50"),
        ("canonical events: by story", lambda k: f"/api/canonical-events?story={1 + k % stories}&limit=50"),
    ]


def api_latency(
    *, n_articles: int = 10_000, repeats: int = 30, db: str | Path | None = None
) -> dict[str, Any]:
    """p50/p95 latency (ms) of each main API query over ``n_articles`` synthetic articles."""
    with warnings.catch_warnings():  # starlette's notice about httpx, irrelevant here
        warnings.simplefilter("ignore")
        from fastapi.testclient import TestClient

    from storyline.web.app import create_app

    with tempfile.TemporaryDirectory(prefix="storyline-api-bench-") as tmp:
        path = Path(db) if db else Path(tmp) / "bench.db"
        fill_s = fill_store(path, n_articles, stories=True) if not path.exists() else 0.0
        with Store(path, readonly=True) as store:
            ids = [r[0] for r in store.conn.execute("SELECT id FROM stories ORDER BY id")]
        # story ids 1..k all exist (folded ones leave gaps): the story queries go through those
        n_stories = next((i for i, sid in enumerate(ids) if sid != i + 1), len(ids)) or 1
        rng = random.Random(11)
        results: dict[str, dict[str, float]] = {}
        with TestClient(create_app(path)) as client:
            for name, make in _queries(rng, n_articles, n_stories):
                client.get(make(0))  # warm-up: statement cache, page cache
                times = []
                for k in range(repeats):
                    url = make(k)
                    t0 = time.perf_counter()
                    r = client.get(url)
                    times.append((time.perf_counter() - t0) * 1000)
                    if r.status_code != 200:
                        log.warning("%s answered %s", url, r.status_code)
                times.sort()
                results[name] = {
                    "p50_ms": round(statistics.median(times), 2),
                    "p95_ms": round(times[min(len(times) - 1, int(0.95 * len(times)))], 2),
                }
        # each query's p50 against the baseline's (the app alone), measured in the same process
        base = next(iter(results.values()))["p50_ms"]
        for v in results.values():
            v["p50_x_baseline"] = round(v["p50_ms"] / base, 1) if base else None
    return {
        "articles": n_articles,
        "stories": len(ids),
        "repeats": repeats,
        "fill_seconds": round(fill_s, 1),
        "queries": results,
    }


def format_api_latency(result: dict[str, Any]) -> str:
    """The latencies as a small table."""
    width = max(len(k) for k in result["queries"])
    lines = [f"{'query'.ljust(width)}  p50 ms  p95 ms  p50/baseline"]
    lines += [
        f"{name.ljust(width)}  {v['p50_ms']:6.1f}  {v['p95_ms']:6.1f}  {v.get('p50_x_baseline') or 0:12.1f}"
        for name, v in result["queries"].items()
    ]
    lines.append(
        f"{result['articles']} synthetic articles ({result.get('stories', 0)} stories) stored in "
        f"{result['fill_seconds']} s; "
        f"{result['repeats']} requests per query, in process (no network)."
    )
    return "\n".join(lines)


__all__ = ["api_latency", "fill_store", "format_api_latency", "synthetic_record"]
