"""The SQLite store: round trip, idempotence, migrations, queries, FTS, and a killed ingest."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from storyline.errors import NotFoundError, ReadError, StoreError
from storyline.pipeline import Pipeline
from storyline.read import article_from_text, read_sources
from storyline.record import (
    Actor,
    Entity,
    Event,
    Mention,
    Offsets,
    Place,
    Quantity,
    Quote,
    Record,
    Span,
    Speaker,
    Time,
)
from storyline.store import MIGRATIONS, SCHEMA_VERSION, Store, export_jsonl, export_tables, ingest

TEXT = (
    "Iranian General Qassem Soleimani was killed in an American air raid on Friday in Baghdad.\n\n"
    "“We will continue to monitor the situation,” Lane said Sunday in an email.\n\n"
    "Canada has 250 military members in Iraq.\n\n"
    "This report from The Canadian Press was first published on January 5, 2020."
)


def _span(text: str, start: int = 0) -> tuple[int, int]:
    i = TEXT.index(text, start)
    return i, i + len(text)


def make_record() -> Record:
    """A hand-made record with every item type, offsets into TEXT."""
    article = article_from_text(TEXT)
    s, e = _span("Qassem Soleimani")
    ls, le = _span("Lane")
    ts, te = _span("Friday")
    qs, qe = _span("We will continue to monitor the situation")
    cs, ce = _span("said")
    bs, be = _span("Baghdad")
    rs, re_ = _span("air raid")
    ms, me = _span("250 military members")
    us, ue = _span("American")
    return Record(
        article=article,
        entities=(
            Entity(
                "e1",
                "Qassem Soleimani",
                "PERSON",
                (Mention(s, e, "Qassem Soleimani"),),
                {"title": "General"},
                Actor("Qassem Soleimani", "IRN", "military", "IRNMIL"),
            ),
            Entity(
                "e2",
                "United States",
                "GPE",
                (Mention(us, ue, "American", "demonym"),),
                {},
                Actor("United States", "USA", "government", "USA"),
            ),
            Entity("e3", "Lane", "PERSON", (Mention(ls, le, "Lane"),)),
        ),
        times=(Time(ts, te, "Friday", "DATE", "2020-01-03"),),
        quotes=(
            Quote(
                qs,
                qe,
                TEXT[qs:qe],
                "q1",
                "direct",
                Speaker("e3", "Lane", ls, le),
                Span(cs, ce, "said"),
                "email",
                "2020-01-05",
            ),
        ),
        places=(Place(bs, be, "Baghdad", "Baghdad", 98182, "IQ", "07", 33.34, 44.4),),
        events=(
            Event(
                "v1",
                "ASSAULT",
                Span(rs, re_, "air raid"),
                Offsets(0, TEXT.index("\n")),
                mode="aerial",
                cameo="195",
                source=("e2",),
                target=("e1",),
                date="2020-01-03",
                date_from="text",
                place=0,
                confidence=0.8,
            ),
        ),
        quantities=(Quantity(ms, me, "250 military members", 250.0, what="military members"),),
    )


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "test.db") as s:
        yield s


def test_round_trip_record_equal(store: Store) -> None:
    record = make_record()
    assert store.add(record) is True
    assert store.get(record.article.id) == record
    assert store.get(record.article.id[:6]) == record  # a unique prefix is enough
    assert list(store.iter_records()) == [record]


def test_round_trip_pipeline_record(store: Store, pipeline: Pipeline) -> None:
    record = pipeline.process(TEXT)
    store.add(record)
    assert store.get(record.article.id) == record
    assert store.get(record.article.id).to_json() == record.to_json()


def test_nationality_words_stay_in_the_record_not_in_the_places_table(
    store: Store, pipeline: Pipeline
) -> None:
    record = pipeline.process("Iraqi forces entered Mosul on Friday, officials in Baghdad said.")
    assert "adjectival" in {p.feature for p in record.places}
    store.add(record)
    names = {r["name"] for r in store.places()}
    assert {"Mosul", "Baghdad"} <= names
    assert "Iraq" not in names and "Iraqi" not in names
    assert store.get(record.article.id) == record


def test_re_adding_is_a_no_op(store: Store) -> None:
    record = make_record()
    assert store.add(record)
    before = store.counts()
    assert store.add(record) is False
    assert store.add_many([record, record]) == 0
    assert store.counts() == before
    assert before["articles"] == 1 and before["quotes"] == 1 and before["events"] == 1


def test_file_is_wal_and_migrations_are_recorded(tmp_path: Path) -> None:
    path = tmp_path / "m.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    versions = [r[0] for r in conn.execute("SELECT version FROM migrations ORDER BY version")]
    assert versions == [m[0] for m in MIGRATIONS]
    conn.close()
    with Store(path) as again:
        assert again.migrate() == []
        assert again.schema_version() == SCHEMA_VERSION


def test_not_found_and_bad_database(store: Store, tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="no stored article"):
        store.get("ffffffff")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match=r"junk\.db"):
        Store(junk)
    with pytest.raises(StoreError, match="no such database"):
        Store(tmp_path / "absent.db", readonly=True)


# --- queries ----------------------------------------------------------------------------------

QUERY_CASES = [
    ("events", {}, 1),
    ("events", {"actor": "soleimani"}, 1),
    ("events", {"actor": "USA"}, 1),
    ("events", {"actor": "Lane"}, 0),
    ("events", {"type": "assault"}, 1),
    ("events", {"type": "PROTEST"}, 0),
    ("events", {"country": "IRN"}, 1),
    ("events", {"country": "CAN"}, 0),
    ("events", {"since": "2020-01-03", "until": "2020-01-03"}, 1),
    ("events", {"since": "2020-01"}, 1),
    ("events", {"since": "2020-01-04"}, 0),
    ("events", {"until": "2019"}, 0),
    ("events", {"text": "Baghdad"}, 1),
    ("quotes", {"speaker": "lane"}, 1),
    ("quotes", {"speaker": "Blair"}, 0),
    ("quotes", {"text": "monitor situation"}, 1),
    ("quotes", {"text": "monit*"}, 1),
    ("quotes", {"text": "Lane"}, 1),  # the speaker is searchable too
    ("quotes", {"text": "retaliation"}, 0),
    ("quotes", {"text": 'it\'s "odd" (input) AND OR'}, 0),  # punctuation and operators are safe
    ("quotes", {"since": "2020-01-05", "kind": "direct"}, 1),
    ("entities", {}, 3),
    ("entities", {"type": "PERSON"}, 2),
    ("entities", {"country": "irn"}, 1),
    ("entities", {"name": "soleim"}, 1),
    ("times", {"since": "2020-01-01", "until": "2020-01-31"}, 1),
    ("times", {"type": "DURATION"}, 0),
    ("places", {"country": "IQ"}, 1),
    ("places", {"name": "bagh"}, 1),
    ("articles", {"text": "Soleimani"}, 1),
    ("articles", {"since": "2020-01-05"}, 1),
]


@pytest.mark.parametrize(("method", "kwargs", "n"), QUERY_CASES)
def test_queries(store: Store, method: str, kwargs: dict[str, str], n: int) -> None:
    store.add(make_record())
    rows = getattr(store, method)(**kwargs)
    assert len(rows) == n


@pytest.mark.parametrize("method", ["articles", "quotes", "entities", "times", "places"])
def test_offset_pages_match_the_full_list(store: Store, method: str) -> None:
    """Deep pages come from SQL OFFSET: every page is the matching slice of the whole list."""
    store.add(make_record())
    full = getattr(store, method)()
    assert full, method
    for offset in range(len(full) + 1):
        assert getattr(store, method)(limit=1, offset=offset) == full[offset : offset + 1]


def test_query_rows_carry_what_people_read(store: Store) -> None:
    record = make_record()
    store.add(record)
    (event,) = store.events()
    assert event["source"] == "United States" and event["target"] == "Qassem Soleimani"
    assert event["place"] == "Baghdad" and event["date"] == "2020-01-03"
    assert event["article_id"] == record.article.id and event["id"] == "v1"
    (quote,) = store.quotes(text="monitor")
    assert quote["speaker"] == "Lane" and quote["channel"] == "email"
    assert TEXT[quote["start"] : quote["end"]] == quote["text"]


def test_errors_table(store: Store) -> None:
    store.record_error("a.txt", "empty file", "R003")
    store.record_error("a.txt", "still empty", "R003")
    assert [(e["source"], e["reason"]) for e in store.errors()] == [("a.txt", "still empty")]


def test_reader_while_writer_holds_a_transaction(tmp_path: Path) -> None:
    path = tmp_path / "rw.db"
    with Store(path) as writer:
        writer.add(make_record())
        writer.conn.execute("BEGIN IMMEDIATE")
        writer.conn.execute("INSERT INTO errors VALUES ('x', 'R003', 'r', 'now')")
        with Store(path, readonly=True, timeout=1) as reader:
            assert len(reader.events()) == 1
            assert reader.errors() == []  # uncommitted writes are not seen
        writer.conn.execute("COMMIT")


def test_remove_then_add_again(store: Store) -> None:
    record = make_record()
    store.add(record)
    assert store.remove(record.article.id)
    assert store.counts()["quotes"] == 0 and store.quotes(text="monitor") == []
    assert store.add(record)
    assert len(store.quotes(text="monitor")) == 1


def test_exports(store: Store, tmp_path: Path) -> None:
    record = make_record()
    store.add(record)
    out = tmp_path / "out.jsonl"
    assert export_jsonl(store, out) == 1
    assert Record.from_json(out.read_text(encoding="utf-8").strip()) == record
    counts = export_tables(store, tmp_path / "csv", format="csv")
    assert counts["events"] == 1 and counts["polecat"] == 1 and counts["articles"] == 1
    header = (tmp_path / "csv" / "polecat.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.startswith("Event ID,Event Date,Event Type")
    import pyarrow.parquet as pq

    export_tables(store, tmp_path / "pq", format="parquet")
    polecat = pq.read_table(tmp_path / "pq" / "polecat.parquet").to_pylist()
    assert polecat[0]["Actor Country"] == "USA" and polecat[0]["Country"] == "IRQ"


@pytest.mark.parametrize(
    ("flags", "canonical", "unasserted", "rows"),
    [
        ({}, True, False, 1),
        ({"hypothetical": True}, True, False, 0),  # "whether Canada had plans to remove its soldiers"
        ({"negated": True}, False, False, 0),
        ({"hypothetical": True}, True, True, 1),  # kept, flagged, on request
        ({"negated": True}, False, True, 1),
    ],
)
def test_polecat_export_holds_asserted_events(
    store: Store, tmp_path: Path, flags: dict[str, bool], canonical: bool, unasserted: bool, rows: int
) -> None:
    import dataclasses

    record = make_record()
    record = dataclasses.replace(record, events=tuple(dataclasses.replace(v, **flags) for v in record.events))
    store.add(record)
    store.merge_stories()
    counts = export_tables(store, tmp_path / "t", canonical=canonical, unasserted=unasserted)
    assert counts["events"] == 1 and counts["polecat"] == rows


# --- ingest -----------------------------------------------------------------------------------


def test_ingest_skips_stored_articles_before_parsing(
    store: Store, tmp_path: Path, pipeline: Pipeline
) -> None:
    (tmp_path / "in").mkdir()
    for i in range(3):
        (tmp_path / "in" / f"{i}.txt").write_text(f"Talks {i} resumed on Monday in Geneva.", encoding="utf-8")
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    report = ingest(read_sources([tmp_path / "in"]), store, pipeline=pipeline)
    assert (report.stored, report.skipped, report.failed) == (3, 0, 1)
    assert [e["source"] for e in store.errors()] == [str(tmp_path / "in" / "empty.txt")]

    def must_not_build() -> Pipeline:
        raise AssertionError("the pipeline was built although every article is stored")

    again = ingest(read_sources([tmp_path / "in"]), store, pipeline=must_not_build)
    assert (again.stored, again.skipped, again.failed) == (0, 3, 1)


def test_ingest_goes_on_when_the_pipeline_fails_on_one_article(store: Store, pipeline: Pipeline) -> None:
    class Flaky:
        def process_articles(self, articles, *, batch_size=16):
            for a in articles:
                if "boom" in a.text:
                    raise RuntimeError("stage crashed")
                yield from pipeline.process_articles([a])

    items = [article_from_text(t) for t in ("One fine day.", "A boom day.", "Another fine day.")]
    report = ingest(items, store, pipeline=Flaky(), batch_size=8)  # type: ignore[arg-type]
    assert (report.stored, report.failed) == (2, 1)
    assert isinstance(report.errors[0], ReadError) and "stage crashed" in report.errors[0].reason


def _write_articles(folder: Path, n: int) -> None:
    folder.mkdir()
    for i in range(n):
        (folder / f"a{i:03d}.txt").write_text(
            f"Officials in Geneva met on Monday for round {i} of talks. "
            f"“We made progress,” said envoy Maria Lopez {i}.",
            encoding="utf-8",
        )


def _count(path: Path) -> int:
    try:
        conn = sqlite3.connect(path, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def test_killed_ingest_resumes_with_every_article_exactly_once(tmp_path: Path) -> None:
    n = 24
    folder = tmp_path / "in"
    _write_articles(folder, n)
    db = tmp_path / "crash.db"
    cmd = [
        sys.executable,
        "-m",
        "storyline.cli",
        "ingest",
        str(folder),
        "--db",
        str(db),
        "--batch-size",
        "1",
        "-q",
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while _count(db) < 2 and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    stored_at_kill = _count(db)
    assert proc.returncode == -signal.SIGKILL, "the ingest finished before it could be killed"
    assert 0 < stored_at_kill < n

    rerun = subprocess.run(cmd, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{n - stored_at_kill} stored, {stored_at_kill} skipped" in rerun.stdout

    conn = sqlite3.connect(db)
    ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
    assert len(ids) == len(set(ids)) == n
    # item tables and the full-text index hold each article's items once
    per_article = conn.execute(
        "SELECT a.id, (SELECT count(*) FROM quotes q WHERE q.article_id = a.id), "
        "(SELECT count(*) FROM quotes_fts f WHERE f.article_id = a.id), "
        "(SELECT count(*) FROM articles_fts f WHERE f.article_id = a.id) FROM articles a"
    ).fetchall()
    assert all(q == f and t == 1 for _, q, f, t in per_article)
    conn.close()
