"""Stories as a user sees them (session 19): an undated story still has a span (from its events'
or time items' dates) or says it is undated; a story lists its event types; re-processing an
input that now reads into another text replaces the stored article and carries its corrections;
copies of a removed original link to the earliest remaining copy; a correction redoes the
summary of the canonical event it touches. Each through the store, the CLI and the API."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from conftest import RecordsPipeline
from storyline import cli
from storyline.pipeline import Pipeline
from storyline.read import article_from_text
from storyline.record import Record
from storyline.store import STORY_EXPORT_COLUMNS, Store, _map_span, ingest, offset_map
from storyline.web import create_app, running
from test_store import make_record

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

TOKEN = "s19-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


def _in(record: Record, publisher: str, tail: str) -> Record:
    """make_record's report in another outlet, its text with another last line (a near copy)."""
    text = record.article.text + "\n\n" + tail
    article = dataclasses.replace(article_from_text(text), publisher=publisher)
    return dataclasses.replace(record, article=article)


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli.main, [*args, "--db", str(db)])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def served() -> Iterator[Any]:
    """A function that serves a store and gives an httpx client on it."""
    stack: list[Any] = []

    def serve(db: Path, *, token: str | None = None) -> httpx.Client:
        ctx = running(create_app(db, token=token))
        url = ctx.__enter__()
        client = httpx.Client(base_url=url, timeout=30)
        stack.append((ctx, client))
        return client

    yield serve
    for ctx, client in reversed(stack):
        client.close()
        ctx.__exit__(None, None, None)


# --- 1. a story's span when its articles have no date --------------------------------------------


def _undated(event_date: str | None, time_value: str | None) -> Record:
    r = make_record()
    events = tuple(
        dataclasses.replace(v, date=event_date, date_from="text" if event_date else None) for v in r.events
    )
    times = tuple(dataclasses.replace(t, value=time_value) for t in r.times) if time_value else ()
    return dataclasses.replace(
        r, article=dataclasses.replace(r.article, published=None), events=events, times=times
    )


@pytest.mark.parametrize(
    ("record", "span", "shown"),
    [
        (make_record(), ("2020-01-05", "2020-01-05", "articles"), ("2020-01-05", "2020-01-05")),
        (
            _undated("2020-01-03", "2019-12-30"),
            ("2020-01-03", "2020-01-03", "events"),
            ("2020-01-03 (events)",) * 2,
        ),
        (_undated("2020-01", None), ("2020-01", "2020-01", "events"), ("2020-01 (events)",) * 2),
        (_undated(None, "2019-12-30"), ("2019-12-30", "2019-12-30", "times"), ("2019-12-30 (times)",) * 2),
        (_undated(None, "PRESENT_REF"), (None, None, None), ("undated", "undated")),
        (_undated(None, None), (None, None, None), ("undated", "undated")),
    ],
)
def test_story_span_falls_back_to_events_then_times(
    tmp_path: Path, served: Any, record: Record, span: tuple[Any, ...], shown: tuple[str, str]
) -> None:
    db = tmp_path / "span.db"
    with Store(db) as store:
        store.add(record)
        store.merge_stories()
        (row,) = store.stories()
        assert (row["first"], row["last"], row["dated_by"]) == span
    code, out, _ = run(db, "query", "stories", "--json")
    assert code == 0
    (story,) = json.loads(out)
    assert (story["first"], story["last"], story["dated_by"]) == span
    code, out, _ = run(db, "query", "stories")
    header, _, line = out.splitlines()
    assert header.split()[:3] == ["id", "first", "last"]
    assert line.startswith("1   " + shown[0])
    assert f"{shown[0]}  {shown[1]}" in line
    (item,) = served(db).get("/api/stories").json()["items"]
    assert (item["first"], item["last"], item["dated_by"]) == span


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_exported_stories_have_the_span_and_types(tmp_path: Path, fmt: str) -> None:
    db = tmp_path / "export.db"
    with Store(db) as store:
        store.add(_undated("2020-01-03", None))
        store.merge_stories()
    code, _, err = run(db, "export", "--format", fmt, "--out", str(tmp_path / "out"))
    assert code == 0, err
    if fmt == "csv":
        import csv

        with (tmp_path / "out" / "stories.csv").open(encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
        assert list(rows[0]) == list(STORY_EXPORT_COLUMNS)
    else:
        import pyarrow.parquet as pq

        rows = pq.read_table(tmp_path / "out" / "stories.parquet").to_pylist()
    (row,) = rows
    assert (row["first"], row["last"], row["dated_by"]) == ("2020-01-03", "2020-01-03", "events")
    assert json.loads(row["types"]) == [{"type": "ASSAULT", "events": 1, "cameo": {"195": 1}}]
    assert json.loads(row["places"]) == ["Baghdad"]


def test_an_undated_story_is_found_by_its_events_dates(tmp_path: Path) -> None:
    db = tmp_path / "span.db"
    with Store(db) as store:
        store.add(_undated("2020-01-03", None))
        store.merge_stories()
        assert [s["id"] for s in store.stories(since="2020-01-01", until="2020-01-31")] == [1]
        assert store.stories(since="2020-02-01") == []


# --- 2. a story's event types --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("corrections", "types", "shown"),
    [
        ([], [{"type": "ASSAULT", "events": 1, "cameo": {"195": 1}}], "ASSAULT 1"),
        ([("type", "PROTEST")], [{"type": "PROTEST", "events": 1, "cameo": {"195": 1}}], "PROTEST 1"),
        ([("wrong", True)], [], ""),
    ],
)
def test_story_lists_its_event_types(
    tmp_path: Path, served: Any, corrections: list[tuple[str, Any]], types: list[Any], shown: str
) -> None:
    db = tmp_path / "types.db"
    with Store(db) as store:
        store.add(make_record())
        store.merge_stories()
        for field, value in corrections:
            store.correct(make_record().article.id, "events", "v1", field, value)
        assert store.stories()[0]["types"] == types
    _, out, _ = run(db, "query", "stories", "--json")
    assert json.loads(out)[0]["types"] == types
    _, out, _ = run(db, "query", "stories")
    header, _, line = out.splitlines()
    start = header.index("types")
    width = header.index("title") - start
    assert line[start : start + width].strip() == shown
    assert served(db).get("/api/stories").json()["items"][0]["types"] == types


def test_types_count_events_and_cameo_codes_count_mentions(tmp_path: Path) -> None:
    records = [make_record(), _in(make_record(), "Harbour Post", "Copyright Harbour Post.")]
    with Store(tmp_path / "t.db") as store:
        ingest([r.article for r in records], store, pipeline=RecordsPipeline(records))
        assert store.stories()[0]["types"] == [{"type": "ASSAULT", "events": 1, "cameo": {"195": 2}}]


# --- 3. re-processing an input that now reads into another text ---------------------------------


@pytest.mark.parametrize(
    ("old", "new", "span", "mapped"),
    [
        ("Police fired.\nTwo died.\n", "Menu | Home\nPolice fired.\nTwo died.\n", (0, 6), (12, 18)),
        ("Police fired.\nTwo died.\n", "Menu | Home\nPolice fired.\nTwo died.\n", (14, 17), (26, 29)),
        ("Police fired.\nTwo died.\n", "Police fired.\n", (14, 17), None),  # its line is gone
        ("Police  fired.\nTwo died.\n", "Police fired.\nTwo died.\n", (8, 13), (7, 12)),  # within a line
        ("Police fired.\n", "Police fired.\n", (7, 12), (7, 12)),
        ("Police fired.\n", "Soldiers fired.\n", (0, 6), None),  # the word itself changed
    ],
)
def test_offset_map(old: str, new: str, span: tuple[int, int], mapped: tuple[int, int] | None) -> None:
    got = _map_span(offset_map(old, new), *span)
    assert got == mapped
    if got is not None:
        assert new[got[0] : got[1]] == old[span[0] : span[1]]


FLOOD = (
    "Flood waters rise in Corvale\n\n"
    "Rescue crews evacuated three hundred residents from the riverside town of Corvale on "
    "4 March 2024 after the Brenna river burst its banks.\n\n"
    "The regional governor, Anna Petrescu, said the army would send boats to the villages downstream.\n"
)
# the same page read by a changed reader: a menu kept at the top, the governor's paragraph lost
FLOOD_AGAIN = "Home | News | Weather\n\n" + FLOOD.split("\n\nThe regional")[0] + "\n"


def test_reprocess_replaces_an_input_whose_text_changed(tmp_path: Path, pipeline: Pipeline) -> None:
    (tmp_path / "in").mkdir()
    page = tmp_path / "in" / "flood.txt"
    page.write_text(FLOOD, encoding="utf-8")
    db = tmp_path / "r.db"
    runner = CliRunner()
    import storyline.store

    original = storyline.store.ingest

    def with_pipeline(items, store, **kw):  # type: ignore[no-untyped-def]
        return original(items, store, **{**kw, "pipeline": pipeline})

    mp = pytest.MonkeyPatch()
    mp.setattr(storyline.store, "ingest", with_pipeline)
    try:
        assert runner.invoke(cli.main, ["ingest", str(page.parent), "--db", str(db), "-q"]).exit_code == 0
        with Store(db) as store:
            (old_id,) = [a["id"] for a in store.articles()]
            record = store.get(old_id)
            evac = next(v for v in record.events if v.trigger.text == "evacuated")
            governor = next(e for e in record.entities if e.name == "Anna Petrescu")
            store.correct(old_id, "events", evac.id, "date", "2024-03-05")
            store.correct(old_id, "entities", governor.id, "wrong", True)
        page.write_text(FLOOD_AGAIN, encoding="utf-8")
        result = runner.invoke(
            cli.main, ["ingest", str(page.parent), "--db", str(db), "-q", "--reprocess", "--json"]
        )
    finally:
        mp.undo()
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    with Store(db) as store:
        (new_id,) = [a["id"] for a in store.articles()]  # the old article is gone
        assert new_id != old_id
        assert (report["stored"], report["reprocessed"]) == (0, 1)
        assert report["replaced"] == [{"old": old_id, "new": new_id}]
        start = FLOOD.index("Anna Petrescu")
        assert report["dropped_corrections"] == [
            {
                "article_id": old_id,
                "kind": "entities",
                "item": governor.id,
                "field": "wrong",
                "value": True,
                "start": start,
                "end": start + len("Anna Petrescu"),
                "text": "Anna Petrescu",
            }
        ]
        (fix,) = store.corrections(new_id)
        moved = FLOOD_AGAIN.index("evacuated")
        assert (fix.kind, fix.field, fix.value, fix.start, fix.end) == (
            "events",
            "date",
            "2024-03-05",
            moved,
            moved + len("evacuated"),
        )
        again = store.get(new_id)
        assert next(v for v in again.events if v.trigger.text == "evacuated").date == "2024-03-05"
        assert [r[0] for r in store.conn.execute("SELECT article_id FROM story_articles")] == [new_id]
        assert store.unmerged_ids() == []


def test_reprocess_of_the_same_text_replaces_nothing(tmp_path: Path) -> None:
    records = [make_record()]
    with Store(tmp_path / "r.db") as store:
        ingest([r.article for r in records], store, pipeline=RecordsPipeline(records))
        report = ingest([records[0].article], store, pipeline=RecordsPipeline(records), reprocess=True)
        assert (report.reprocessed, report.replaced, report.dropped_corrections) == (1, {}, [])
        assert report.summary() == "0 stored, 0 skipped (already present), 0 failed, 1 re-processed"


@pytest.mark.parametrize(
    ("sources", "urls", "given", "found"),
    [
        (["a.txt", "b.txt"], [None, None], ("a.txt", None), 0),
        (["feed.jsonl:1", "feed.jsonl:2"], [None, None], ("feed.jsonl:2", None), 1),
        (
            ["x", "y"],
            ["https://news.example/a", "https://news.example/b"],
            ("z", "https://news.example/a"),
            0,
        ),
        (["x", "x"], [None, None], ("x", None), None),  # two articles from one source: neither
        (["a.txt"], [None], ("b.txt", None), None),
    ],
)
def test_stored_as(
    tmp_path: Path,
    sources: list[str],
    urls: list[str | None],
    given: tuple[str, str | None],
    found: int | None,
) -> None:
    ids = []
    with Store(tmp_path / "s.db") as store:
        for i, (src, url) in enumerate(zip(sources, urls, strict=True)):
            r = make_record()
            article = dataclasses.replace(article_from_text(r.article.text + f"\n\nEdition {i}."), url=url)
            store.add(dataclasses.replace(r, article=article), source=src)
            ids.append(article.id)
        assert store.stored_as(*given) == (ids[found] if found is not None else None)


# --- 4. copies of a removed original -------------------------------------------------------------


def test_copies_of_a_removed_original_link_to_the_earliest_copy(tmp_path: Path, served: Any) -> None:
    first = make_record()
    second = _in(make_record(), "Harbour Post", "Copyright Harbour Post.")
    third = _in(make_record(), "Bay Times", "Reporting by Bay Times staff.")
    # the third is published before the second: it is the earliest remaining copy
    second = dataclasses.replace(second, article=dataclasses.replace(second.article, published="2020-01-07"))
    third = dataclasses.replace(third, article=dataclasses.replace(third.article, published="2020-01-06"))
    records = [first, second, third]
    db = tmp_path / "d.db"
    with Store(db) as store:
        ingest([r.article for r in records], store, pipeline=RecordsPipeline(records))
        links = dict(store.conn.execute("SELECT article_id, original_id FROM duplicates").fetchall())
        assert links == {second.article.id: first.article.id, third.article.id: first.article.id}
        assert store.remove(first.article.id)
        rows = store.conn.execute("SELECT article_id, original_id, similarity FROM duplicates").fetchall()
        assert [(r[0], r[1]) for r in rows] == [(second.article.id, third.article.id)]
        assert 0.6 <= rows[0][2] <= 1.0
        (event,) = store.canonical_events()
        assert (event["mentions"], event["articles"], event["sources"]) == (2, 1, 2)
        state = json.loads(store.conn.execute("SELECT state FROM canonical_events").fetchone()[0])
        assert sorted((m["article_id"], m["original"]) for m in state) == sorted(
            [(second.article.id, third.article.id), (third.article.id, third.article.id)]
        )
    code, out, _ = run(db, "query", "mentions", str(event["id"]), "--json")
    assert code == 0
    assert {m["article_id"]: m["duplicate_of"] for m in json.loads(out)} == {
        third.article.id: None,
        second.article.id: third.article.id,
    }
    items = served(db).get(f"/api/canonical-events/{event['id']}/mentions").json()["items"]
    assert {m["article_id"]: m["duplicate_of"] for m in items} == {
        third.article.id: None,
        second.article.id: third.article.id,
    }


def test_a_removed_copy_leaves_the_other_links_alone(tmp_path: Path) -> None:
    first = make_record()
    second = _in(make_record(), "Harbour Post", "Copyright Harbour Post.")
    third = _in(make_record(), "Bay Times", "Reporting by Bay Times staff.")
    records = [first, second, third]
    with Store(tmp_path / "d.db") as store:
        ingest([r.article for r in records], store, pipeline=RecordsPipeline(records))
        assert store.remove(second.article.id)
        links = dict(store.conn.execute("SELECT article_id, original_id FROM duplicates").fetchall())
        assert links == {third.article.id: first.article.id}


# --- 5. a correction redoes the canonical event's summary -----------------------------------------


def test_a_corrected_date_changes_the_agreed_date_and_disagreements(tmp_path: Path, served: Any) -> None:
    first = make_record()
    copy = _in(make_record(), "Harbour Post", "Copyright Harbour Post.")
    copy = dataclasses.replace(copy, article=dataclasses.replace(copy.article, published="2020-01-06"))
    records = [first, copy]
    db = tmp_path / "c.db"
    with Store(db) as store:
        ingest([r.article for r in records], store, pipeline=RecordsPipeline(records))
        (event,) = store.canonical_events()
        assert (event["date"], event["conflicts"]) == ("2020-01-03", None)
    http = served(db, token=TOKEN)
    fix = {"kind": "events", "item": "v1", "field": "date", "value": "2020-01-02"}
    r = http.post(f"/api/articles/{copy.article.id}/corrections", json=fix, headers=AUTH)
    assert r.status_code == 201, r.text
    (event,) = http.get("/api/canonical-events").json()["items"]
    disagreement = {
        "date": {"2020-01-03": [[first.article.id, "v1"]], "2020-01-02": [[copy.article.id, "v1"]]}
    }
    # one report each: the earliest report's date is agreed, the other is a disagreement
    assert (event["date"], event["conflicts"]) == ("2020-01-03", disagreement)
    r = http.post(f"/api/articles/{first.article.id}/corrections", json=fix, headers=AUTH)
    assert r.status_code == 201, r.text
    _, out, _ = run(db, "query", "events", "--canonical", "--json")
    (event,) = json.loads(out)
    assert (event["date"], event["conflicts"]) == ("2020-01-02", None)  # both reports now agree
    r = http.delete(f"/api/articles/{first.article.id}/corrections/events/v1/date", headers=AUTH)
    assert r.status_code == 200
    (event,) = http.get("/api/canonical-events").json()["items"]
    assert (event["date"], event["conflicts"]) == ("2020-01-03", disagreement)


def test_a_mention_marked_wrong_leaves_the_event_and_comes_back(tmp_path: Path) -> None:
    first = make_record()
    copy = _in(make_record(), "Harbour Post", "Copyright Harbour Post.")
    records = [first, copy]
    with Store(tmp_path / "c.db") as store:
        ingest([r.article for r in records], store, pipeline=RecordsPipeline(records))
        store.correct(copy.article.id, "events", "v1", "date", "2020-01-02")
        store.correct(copy.article.id, "events", "v1", "wrong", True)
        (event,) = store.canonical_events()
        assert (event["mentions"], event["sources"], event["conflicts"]) == (1, 1, None)
        store.uncorrect(copy.article.id, "events", "v1", "wrong")
        (event,) = store.canonical_events()
        assert (event["mentions"], event["sources"]) == (2, 2)
        assert event["conflicts"] == {
            "date": {"2020-01-03": [[first.article.id, "v1"]], "2020-01-02": [[copy.article.id, "v1"]]}
        }
