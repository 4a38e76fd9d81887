"""Stories, run and bench as a user sees them (session 20).

1. Corrections that ``ingest --reprocess`` cannot carry to an input's new text stay visible,
   filed under the new article as dropped (store, ``show``, the API), never lost under the
   removed article's id.
2. A story's span is stored on its row, kept current by merges and corrections, and listing
   stories sorts and filters on an index.
3. A story's ``events`` counts only canonical events with a mention not marked wrong.
4. Listing stories costs a fixed number of queries, not one per story.
5. A local source path has one form (absolute), so ``ingest --reprocess`` finds an article that
   ``run`` + ``load`` stored.
6. ``storyline run`` gives the reader's warnings as ``ingest`` does.
7. ``storyline bench --api`` times the story endpoints.
8. ``storyline run --resume`` with nothing left to do does not start Ray.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from conftest import RecordsPipeline, invented_record
from conftest import computed_spans as _computed
from conftest import store_of as _store
from conftest import stored_spans as _stored
from storyline import cli
from storyline.pipeline import Pipeline
from storyline.read import article_from_text
from storyline.record import Record
from storyline.store import MIGRATIONS, Store, ingest, local_source
from storyline.web import create_app, running


@pytest.fixture
def serve() -> Iterator[Any]:
    """Start the API over a store (a real server on a free port); stopped at the end."""
    stack: list[Any] = []

    def start(db: Path) -> httpx.Client:
        ctx = running(create_app(db))
        url = ctx.__enter__()
        client = httpx.Client(base_url=url, timeout=30)
        stack.append((ctx, client))
        return client

    yield start
    for ctx, client in reversed(stack):
        client.close()
        ctx.__exit__(None, None, None)


def _record(
    paragraphs: list[str],
    published: str | None,
    events: list[tuple[str, str, str, str | None]],
    times: list[tuple[str, str]] = (),  # type: ignore[assignment]
) -> Record:
    """An invented article (``conftest.invented_record``)."""
    return invented_record(paragraphs, published, events, tuple(times))


# invented articles: a dam inspection (dated by its publication), a levy ruling (undated: its
# events' dates), a ferry strike (undated, no event date: the dates it names)
DAM = _record(
    [
        "Engineers inspect the Orvella dam",
        "The Orvella Water Board inspected the cracked spillway of the dam on Tuesday.",
        "The Orvella Water Board warned farmers downstream to move their cattle.",
    ],
    "2031-04-08",
    [
        ("inspected", "CONSULT", "Orvella Water Board", None),
        ("warned", "THREATEN", "Orvella Water Board", None),
    ],
)
LEVY = _record(
    [
        "Court strikes down the harbour levy",
        "The Tessaly High Court struck down the harbour levy after a two-year dispute.",
        "The Tessaly Shipowners Guild welcomed the ruling and asked for refunds.",
    ],
    None,
    [
        ("struck down", "REJECT", "Tessaly High Court", "2031-02-10"),
        ("asked", "REQUEST", "Tessaly Shipowners Guild", "2031-02-11"),
    ],
)
FERRY = _record(
    [
        "Ferry crews walk out at Marlow Point",
        "The Marlow Ferry Union halted every crossing on 3 March 2031 over unpaid overtime.",
    ],
    None,
    [("halted", "PROTEST", "Marlow Ferry Union", None)],
    times=[("3 March 2031", "2031-03-03")],
)


# --- 2. the span stored on the story row --------------------------------------------------------


def test_stored_span_equals_the_computed_one_after_a_merge(tmp_path: Path) -> None:
    with _store(tmp_path / "s.db", [DAM, LEVY, FERRY]) as store:
        assert _stored(store) == _computed(store)
        spans = sorted((r["first"], r["last"], r["dated_by"]) for r in store.stories())
        assert spans == [
            ("2031-02-10", "2031-02-11", "events"),
            ("2031-03-03", "2031-03-03", "times"),
            ("2031-04-08", "2031-04-08", "articles"),
        ]


@pytest.mark.parametrize(
    ("event", "value", "span"),
    [
        ("v1", "2031-01-30", ("2031-01-30", "2031-02-11", "events")),  # a corrected date moves it
        ("v2", "2031-02-20", ("2031-02-10", "2031-02-20", "events")),
        ("v2", "2031-02-10", ("2031-02-10", "2031-02-10", "events")),
    ],
)
def test_stored_span_follows_a_correction(tmp_path: Path, event: str, value: str, span: tuple) -> None:
    with _store(tmp_path / "s.db", [LEVY]) as store:
        store.correct(LEVY.article.id, "events", event, "date", value)
        (row,) = store.stories()
        assert (row["first"], row["last"], row["dated_by"]) == span
        assert _stored(store) == _computed(store)
        store.uncorrect(LEVY.article.id, "events", event, "date")
        (row,) = store.stories()
        assert (row["first"], row["last"], row["dated_by"]) == ("2031-02-10", "2031-02-11", "events")


def test_stored_span_of_a_story_an_article_leaves(tmp_path: Path) -> None:
    """A story whose dated article is removed is dated by what is left (here: nothing)."""
    undated = dataclasses.replace(DAM, article=dataclasses.replace(DAM.article, published=None))
    with _store(tmp_path / "s.db", [DAM]) as store:
        ingest([undated.article], store, pipeline=RecordsPipeline([undated]), reprocess=True)
        assert _stored(store) == _computed(store)
        (row,) = store.stories()
        assert (row["first"], row["last"], row["dated_by"]) == (None, None, None)


def test_migration_stores_the_span_of_existing_stories(tmp_path: Path) -> None:
    """A store made at schema 6 gets its stories' spans stored, equal to the computed ones."""
    path = tmp_path / "old.db"
    records = [DAM, LEVY, FERRY]
    with _store(tmp_path / "new.db", records) as new:
        expected = _computed(new)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
    for version, name, sql in MIGRATIONS[:6]:
        for statement in sql.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("INSERT INTO migrations VALUES (?, ?, 'then')", (version, name))
    conn.execute(f"ATTACH '{tmp_path / 'new.db'}' AS n")
    for table in (
        "articles",
        "times",
        "events",
        "stories",
        "story_articles",
        "canonical_events",
        "canonical_mentions",
    ):
        cols = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
        conn.execute(f"INSERT INTO main.{table} SELECT {', '.join(cols)} FROM n.{table}")
    conn.close()
    with Store(path, readonly=True) as old:  # not migrated: the span is computed
        assert {r["id"]: (r["first"], r["last"], r["dated_by"]) for r in old.stories()} == expected
    with Store(path) as store:
        assert _stored(store) == expected
        assert sorted(r["dated_by"] for r in store.stories()) == ["articles", "events", "times"]


def test_listing_stories_uses_the_span_index(tmp_path: Path) -> None:
    with _store(tmp_path / "s.db", [DAM, LEVY, FERRY]) as store:
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        store.stories(since="2031-01", limit=10)
        store.conn.set_trace_callback(None)
        listing = next(s for s in seen if "FROM stories" in s)
        plan = " ".join(str(r[3]) for r in store.conn.execute("EXPLAIN QUERY PLAN " + listing))
        assert "stories_span" in plan and "TEMP B-TREE" not in plan


# --- 3. events marked wrong do not count -----------------------------------------------------------


def test_story_events_count_leaves_out_events_every_mention_of_which_is_wrong(
    tmp_path: Path, serve: Any
) -> None:
    db = tmp_path / "s.db"
    with _store(db, [DAM]) as store:
        store.correct(DAM.article.id, "events", "v2", "wrong", True)
        (row,) = store.stories()
        assert (row["events"], [t["type"] for t in row["types"]]) == (1, ["CONSULT"])
        sid = row["id"]
        # the canonical event is still stored (it comes back if the correction goes)
        assert store.conn.execute("SELECT count(*) FROM canonical_events").fetchone()[0] == 2
    out = CliRunner().invoke(cli.main, ["query", "stories", "--db", str(db), "--json"])
    assert out.exit_code == 0, out.output
    assert [r["events"] for r in json.loads(out.stdout)] == [1]
    api = serve(db)
    assert [r["events"] for r in api.get("/api/stories").json()["items"]] == [1]
    assert api.get(f"/api/stories/{sid}").json()["events"] == 1


# --- 4. one query for a page's types, not one per story ---------------------------------------------


@pytest.mark.parametrize("limit", [1, 2, 50])
def test_listing_stories_costs_two_queries_whatever_the_page(tmp_path: Path, limit: int) -> None:
    with _store(tmp_path / "s.db", [DAM, LEVY, FERRY]) as store:
        seen: list[str] = []
        store.conn.set_trace_callback(seen.append)
        rows = store.stories(limit=limit)
        store.conn.set_trace_callback(None)
        assert len(rows) == min(limit, 3)
        assert len([s for s in seen if s.lstrip().upper().startswith("SELECT")]) == 2


# --- 1. dropped corrections stay visible ------------------------------------------------------------

FLOOD = (
    "Flood waters reach Varnholt\n\n"
    "Volunteers moved two hundred patients out of the Varnholt clinic on 6 May 2029 as the Seltra "
    "river rose.\n\n"
    "The county medical officer, Ilse Granberg, said the clinic would stay closed for a week.\n"
)
FLOOD_CUT = "Menu | Weather | Sport\n\n" + FLOOD.split("\n\nThe county")[0] + "\n"
FLOOD_CUT_AGAIN = "Menu | Weather\n\n" + FLOOD.split("\n\nThe county")[0] + "\n"


@pytest.fixture
def with_pipeline(pipeline: Pipeline) -> Iterator[None]:
    """`storyline ingest` through the CLI with the session's loaded pipeline."""
    import storyline.store

    original = storyline.store.ingest

    def patched(items, store, **kw):  # type: ignore[no-untyped-def]
        return original(items, store, **{**kw, "pipeline": pipeline})

    mp = pytest.MonkeyPatch()
    mp.setattr(storyline.store, "ingest", patched)
    yield
    mp.undo()


def _ingest(*args: str) -> Any:
    result = CliRunner().invoke(cli.main, ["ingest", *args, "-q"])
    assert result.exit_code == 0, result.output
    return result


def test_dropped_corrections_are_kept_under_the_new_article(
    tmp_path: Path, with_pipeline: None, serve: Any
) -> None:
    page = tmp_path / "flood.txt"
    page.write_text(FLOOD, encoding="utf-8")
    db = tmp_path / "r.db"
    _ingest(str(page), "--db", str(db))
    with Store(db) as store:
        (old_id,) = [a["id"] for a in store.articles()]
        officer = next(e for e in store.get(old_id).entities if e.name == "Ilse Granberg")
        store.correct(old_id, "entities", officer.id, "wrong", True, note="not a doctor")
    page.write_text(FLOOD_CUT, encoding="utf-8")
    _ingest(str(page), "--db", str(db), "--reprocess")
    start = FLOOD.index("Ilse Granberg")
    with Store(db) as store:
        (new_id,) = [a["id"] for a in store.articles()]
        assert store.corrections(old_id) == []  # nothing left under the removed article
        (d,) = store.dropped_corrections(new_id)
        assert {k: v for k, v in d.items() if k not in ("at", "dropped_at")} == {
            "article_id": new_id,
            "from_article": old_id,
            "kind": "entities",
            "item": officer.id,
            "field": "wrong",
            "value": True,
            "start": start,
            "end": start + len("Ilse Granberg"),
            "text": "Ilse Granberg",
            "note": "not a doctor",
        }
        assert store.get(new_id) == store.get(new_id, corrected=False)  # kept, not applied
    shown = CliRunner().invoke(cli.main, ["show", new_id, "--db", str(db)])
    assert (
        f"dropped correction (from {old_id}): entities/{officer.id}/wrong = true ('Ilse Granberg'"
        in shown.stdout
    )
    api = serve(db)
    listed = api.get(f"/api/articles/{new_id}/corrections").json()
    assert (listed["count"], [x["text"] for x in listed["dropped"]]) == (0, ["Ilse Granberg"])
    assert [x["from_article"] for x in api.get(f"/api/articles/{new_id}").json()["dropped_corrections"]] == [
        old_id
    ]
    # read into a third text: the dropped correction follows the input to its newest article
    page.write_text(FLOOD_CUT_AGAIN, encoding="utf-8")
    _ingest(str(page), "--db", str(db), "--reprocess")
    with Store(db) as store:
        (newest,) = [a["id"] for a in store.articles()]
        assert [(x["article_id"], x["from_article"]) for x in store.dropped_corrections()] == [
            (newest, old_id)
        ]


# --- 5. one form for a local source path ----------------------------------------------------------


def test_local_source_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("x")
    (tmp_path / "in" / "wire.jsonl").write_text("{}")
    (tmp_path / "in" / "feed.xml").write_text("<rss/>")
    full = str(tmp_path.resolve() / "in")
    cases = [
        ("in/a.txt", f"{full}/a.txt"),
        ("./in/../in/a.txt", f"{full}/a.txt"),
        (f"{full}/a.txt", f"{full}/a.txt"),
        ("in/wire.jsonl:12", f"{full}/wire.jsonl:12"),
        ("in/feed.xml#item3", f"{full}/feed.xml#item3"),
        ("in/missing.txt", "in/missing.txt"),  # not a file here: as given
        ("https://news.example/a.txt", "https://news.example/a.txt"),
        (None, None),
    ]
    assert [local_source(given) for given, _ in cases] == [want for _, want in cases]


def test_reprocess_finds_an_article_that_run_and_load_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_pipeline: None, pipeline: Pipeline
) -> None:
    """`run` writes the absolute path, `ingest` is given a relative one: one article, replaced."""
    from storyline.scale import TABLES, record_rows, write_table

    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    page = tmp_path / "in" / "flood.txt"
    page.write_text(FLOOD, encoding="utf-8")
    (record,) = pipeline.process_articles([article_from_text(FLOOD)])
    out = tmp_path / "out"
    for name, rows in record_rows(record, source=str(page.resolve())).items():
        write_table(str(out), name, rows, "b0")
    for name in TABLES:
        if not (out / name).is_dir():
            write_table(str(out), name, [], "empty")
    (out / "_SUCCESS").write_text("{}\n")
    load = CliRunner().invoke(cli.main, ["load", str(out), "--db", "s.db"])
    assert load.exit_code == 0, load.output
    page.write_text(FLOOD_CUT, encoding="utf-8")
    report = json.loads(_ingest("in/flood.txt", "--db", "s.db", "--reprocess", "--json").stdout)
    with Store(tmp_path / "s.db") as store:
        (new_id,) = [a["id"] for a in store.articles()]
        assert report["replaced"] == [{"old": record.article.id, "new": new_id}]
        assert store.conn.execute("SELECT source FROM articles").fetchone()[0] == str(page.resolve())


def test_reprocess_finds_an_article_stored_by_a_relative_path_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store written before sources were made absolute holds the path as it was given."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text("x")
    with _store(tmp_path / "s.db", [DAM]) as store:
        store.conn.execute("UPDATE articles SET source = 'in/a.txt'")
        assert store.stored_as(str(tmp_path / "in" / "a.txt")) == DAM.article.id
        assert store.stored_as("in/a.txt") == DAM.article.id
        assert store.stored_as("in/b.txt") is None


# --- 6. run gives the reader's warnings ---------------------------------------------------------------


class _FakePipeline:
    """Gives back a prepared record for each article, with the clock the Ray actor reads."""

    def __init__(self, records: list[Record]) -> None:
        self.inner = RecordsPipeline(records)
        self.cpu_timings: dict[str, float] = {}

    def process_articles(self, articles: list[Any], *, batch_size: int = 16) -> Iterator[Record]:
        return self.inner.process_articles(articles, batch_size=batch_size)


def test_run_carries_the_reader_warnings_to_its_summary(tmp_path: Path) -> None:
    from storyline.scale import _read_batches, _RecordMaker, _summarise

    latin = tmp_path / "latin.txt"
    latin.write_bytes("Caf\xe9 owners in Varnholt said prices rose on Monday.\n".encode("cp1252"))
    plain = tmp_path / "plain.txt"
    plain.write_text("Bakers in Varnholt said flour prices rose on Monday.\n", encoding="utf-8")
    batch = {"path": [str(latin), str(plain)], "max_bytes": [10**6] * 2, "rows": [16] * 2}
    import pyarrow as pa

    table = pa.concat_tables(list(_read_batches(batch)))  # a table per input file
    rows = table.to_pylist()
    warning = f"{latin}: not valid UTF-8, read as cp1252; re-save it as UTF-8 or pass --encoding"
    assert [r["warning"] for r in rows] == [warning, None]
    records = [Record(article=dataclasses.replace(_article(r))) for r in rows]
    maker = object.__new__(_RecordMaker)
    maker.pipeline, maker.batch_size, maker.output, maker.present = (
        _FakePipeline(records),
        16,
        str(tmp_path / "out"),
        frozenset(),
    )
    log = maker(table).to_pylist()
    assert [r["warning"] for r in log] == [warning, None]
    assert _summarise(log, 1)["records"] == 2


def _article(row: dict[str, Any]) -> Any:
    from storyline.record import Article, from_plain

    return from_plain(Article, json.loads(row["article"]))


def test_cli_run_prints_the_warnings_and_nothing_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import storyline.scale

    summary = {"records": 0, "duplicates": 0, "errors": 0, "present": 2, "seconds": 0.1}
    summary |= {"nothing_to_do": True, "warnings": ["/in/a.txt: not valid UTF-8, read as cp1252"]}
    monkeypatch.setattr(storyline.scale, "run_ray", lambda *a, **kw: summary)
    monkeypatch.setattr(storyline.scale, "query_parquet", lambda *a, **kw: [])
    result = CliRunner().invoke(cli.main, ["run", str(tmp_path), str(tmp_path / "out"), "--resume"])
    assert result.exit_code == 0, result.output
    assert "warning: /in/a.txt: not valid UTF-8, read as cp1252" in result.stderr
    assert f"{tmp_path / 'out'}/: nothing to do: every input is in the output already" in result.stdout


# --- 8. resume with nothing left does not start Ray -------------------------------------------------


def _done_output(out: Path, sources: list[str]) -> None:
    """An output folder whose articles came from ``sources`` (as a finished run leaves it)."""
    from storyline.scale import TABLES, record_rows, write_table

    for i, source in enumerate(sources):
        text = f"The Varnholt council met on Monday to discuss item {i}."
        for name, rows in record_rows(Record(article=article_from_text(text)), source=source).items():
            write_table(str(out), name, rows, f"b{i}")
    for name in TABLES:
        if not (out / name).is_dir():
            write_table(str(out), name, [], "empty")


@pytest.mark.parametrize(
    ("files", "done", "left"),
    [
        (["a.txt", "b.txt"], ["a.txt", "b.txt"], False),
        (["a.txt", "b.txt"], ["a.txt"], True),
        (["wire.jsonl"], ["wire.jsonl:1", "wire.jsonl:2"], False),
        (["wire.jsonl"], ["wire.jsonl:1"], True),
        (["wire.jsonl"], [], True),
    ],
)
def test_resume_starts_ray_only_with_inputs_left(
    tmp_path: Path, ray_refused: type, files: list[str], done: list[str], left: bool
) -> None:
    import storyline.scale

    folder = tmp_path / "in"
    folder.mkdir()
    for name in files:
        body = (
            "\n".join(json.dumps({"text": f"Item {i} in Varnholt."}) for i in (1, 2))
            if name.endswith(".jsonl")
            else "x"
        )
        (folder / name).write_text(body + "\n")
    out = tmp_path / "out"
    _done_output(out, [str(folder.resolve() / d) for d in done])

    if left:
        with pytest.raises(ray_refused):
            storyline.scale.run_ray([folder], out, resume=True)
        return
    summary = storyline.scale.run_ray([folder], out, resume=True)
    assert (summary["nothing_to_do"], summary["present"], summary["records"]) == (True, len(done), 0)
    assert json.loads((out / "_SUCCESS").read_text())["records"] == 0


# --- 7. the API bench times the story endpoints -----------------------------------------------------


def test_api_bench_times_the_story_endpoints(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    from storyline.web.benchmark import api_latency, format_api_latency

    with caplog.at_level(logging.WARNING, logger="storyline.web.benchmark"):
        result = api_latency(n_articles=40, repeats=2, db=None)
    assert not [r for r in caplog.records if "answered" in r.getMessage()]  # every request was a 200
    names = set(result["queries"])
    assert {
        "stories: first page",
        "stories: date range",
        "stories: by text",
        "story: one",
        "canonical events: first page",
        "canonical events: by story",
    } <= names
    assert result["stories"] > 0
    assert next(iter(result["queries"].values()))["p50_x_baseline"] == 1.0
    assert all(v["p50_x_baseline"] is not None for v in result["queries"].values())
    assert "p50/baseline" in format_api_latency(result)
