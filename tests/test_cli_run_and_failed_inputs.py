"""The analyst's path beyond ingest (session 19 audit): `storyline run` writes an article read
from two inputs once and finishes a killed run with --resume, names its failed inputs and exits
1 when nothing could be read; `load` warns about the output of an unfinished run; the page has
stories (span, `dated_by`, event types), a story's events, articles and quotes with speakers,
and a canonical event's reports, without a console error. On real Parquet files, a real SQLite
store, a real uvicorn server and the real headless Chromium (the Ray actor's code is called in
process: a real Ray run is in tests/test_scale.py)."""

from __future__ import annotations

import json
import logging
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pyarrow as pa
import pytest
from click.testing import CliRunner

from conftest import chromium_page
from storyline.cli import main
from storyline.pipeline import Pipeline
from storyline.record import to_plain
from storyline.scale import (
    SUCCESS,
    TABLES,
    _clear_incomplete,
    _input_rank,
    _read_batches,
    _RecordMaker,
    _summarise,
    drop_duplicate_articles,
    load_parquet,
    query_parquet,
    record_rows,
    write_table,
)
from storyline.store import Store
from storyline.web import create_app, running
from test_scale import _record

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

OTHER = "Police in Lima detained two men on Monday after a march, the interior ministry said."

# --- storyline run: one copy of each article ---------------------------------------------------


def _write_batch(root: Path, key: str, records: list[tuple[Any, str]]) -> None:
    """Rows of records as one batch's files (as the Ray actor writes them)."""
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    for record, source in records:
        for name, rows in record_rows(record, source=source).items():
            tables[name].extend(rows)
    for name, rows in tables.items():
        if rows:
            write_table(str(root), name, rows, key)


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("/in/a.txt", (0, "", 0)),
        ("/in/feed.jsonl:12", (1, "", 12)),
        ("/in/feed.jsonl:3", (1, "", 3)),
        # a feed's entries by number too (item10 after item2), in the feed's place
        ("/in/news.rss#item10", (2, "", 10)),
        ("/in/news.rss#item2", (2, "", 2)),
        # inputs not given (the output of a run made before their order was kept): after the
        # others, by file, then line or entry
        ("/elsewhere.jsonl:10", (3, "/elsewhere.jsonl", 10)),
        ("/elsewhere.rss#item3", (3, "/elsewhere.rss", 3)),
        ("/elsewhere.txt", (3, "/elsewhere.txt", 0)),
        (None, (3, "", 0)),
    ],
)
def test_input_rank_orders_sources_as_given(source: str | None, expected: tuple) -> None:
    assert _input_rank(["/in/a.txt", "/in/feed.jsonl", "/in/news.rss"])(source) == expected


def test_copies_in_two_batches_are_written_once_from_the_first_input(tmp_path: Path) -> None:
    one, two = _record(), _record(OTHER)
    _write_batch(tmp_path, "b1", [(one, "/in/z-copy.txt"), (two, "/in/other.txt")])
    _write_batch(tmp_path, "b2", [(one, "/in/a.txt")])
    files = ["/in/a.txt", "/in/other.txt", "/in/z-copy.txt"]
    assert drop_duplicate_articles(tmp_path, files) == 1
    rows = query_parquet(tmp_path, "SELECT article_id, source FROM articles ORDER BY source")
    assert rows == [
        {"article_id": one.article.id, "source": "/in/a.txt"},
        {"article_id": two.article.id, "source": "/in/other.txt"},
    ]
    for table in ("entities", "mentions", "quotes", "events", "times", "places"):
        want = len(record_rows(one)[table]) + len(record_rows(two)[table])
        got = query_parquet(tmp_path, f"SELECT count(*) AS n FROM {table}")[0]["n"]
        assert got == want, table
    assert drop_duplicate_articles(tmp_path, files) == 0  # idempotent


def test_a_batch_of_copies_only_loses_its_files(tmp_path: Path) -> None:
    """...but its empty articles file, the mark of a complete batch, and its copy's row."""
    one = _record()
    _write_batch(tmp_path, "b1", [(one, "/in/a.txt")])
    _write_batch(tmp_path, "b2", [(one, "/in/b.txt")])
    assert drop_duplicate_articles(tmp_path, ["/in/a.txt", "/in/b.txt"]) == 1
    assert query_parquet(tmp_path, "SELECT source FROM articles") == [{"source": "/in/a.txt"}]
    assert (tmp_path / "articles" / "part-b2.parquet").exists()
    assert not (tmp_path / "entities" / "part-b2.parquet").exists()
    assert query_parquet(tmp_path, "SELECT article_id, source FROM article_copies") == [
        {"article_id": one.article.id, "source": "/in/b.txt"}
    ]


def _batch(rows: list[dict[str, Any]]) -> pa.Table:
    schema = pa.schema([(k, pa.string()) for k in ("source", "article", "code", "reason")])
    return pa.Table.from_pylist(rows, schema=schema)


def _article_row(source: str, text: str) -> dict[str, Any]:
    from storyline.read import article_from_text

    article = article_from_text(text)
    return {"source": source, "article": json.dumps(to_plain(article)), "code": None, "reason": None}


def test_the_actor_logs_a_copy_in_its_batch_and_an_article_already_written(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    from storyline.read import article_from_text

    maker = object.__new__(_RecordMaker)  # the actor's code without Ray; its loaded Pipeline
    maker.pipeline, maker.batch_size, maker.output = pipeline, 4, str(tmp_path)
    maker.present = frozenset({article_from_text(OTHER).id})
    text = "Rebels attacked a convoy near Goma on Friday, the army said."
    batch = _batch(
        [
            _article_row("/in/a.txt", text),
            _article_row("/in/b.txt", text),
            _article_row("/in/c.txt", OTHER),
            {"source": "/in/empty.txt", "article": None, "code": "R003", "reason": "empty file"},
        ]
    )
    log = maker(batch).to_pylist()
    assert [(r["kind"], r["source"]) for r in log] == [
        ("record", "/in/a.txt"),
        ("duplicate", "/in/b.txt"),
        ("duplicate", "/in/c.txt"),
        ("error", "/in/empty.txt"),
    ]
    assert query_parquet(tmp_path, "SELECT source FROM articles") == [{"source": "/in/a.txt"}]
    summary = _summarise(log, 1)
    assert (summary["records"], summary["duplicates"], summary["errors"]) == (1, 2, 1)


def test_resume_clears_the_batches_a_killed_run_left_unfinished(tmp_path: Path) -> None:
    one, two = _record(), _record(OTHER)
    _write_batch(tmp_path, "done", [(one, "/in/a.txt")])
    write_table(str(tmp_path), "errors", [{"source": "/in/bad.txt", "code": "R003", "reason": "x"}], "done")
    # killed while writing: its item files are there, its articles file (written last) is not
    _write_batch(tmp_path, "cut", [(two, "/in/b.txt")])
    (tmp_path / "articles" / "part-cut.parquet").unlink()
    write_table(str(tmp_path), "errors", [{"source": "/in/feed.jsonl:2", "code": "R006"}], "cut")
    write_table(str(tmp_path), "times", [], "empty")
    write_table(str(tmp_path), "errors", [{"source": "/missing.txt", "code": "R001"}], "inputs")
    (tmp_path / "_log").mkdir()  # its log rows would be counted as this run's records
    (tmp_path / "_log" / "part-0.parquet").write_bytes(b"")
    present, done = _clear_incomplete(tmp_path)
    assert not (tmp_path / "_log").exists()
    assert present == {one.article.id: ["/in/a.txt"]}
    assert done == {"/in/a.txt", "/in/bad.txt", "/missing.txt"}
    for table in TABLES:
        names = sorted(p.name for p in (tmp_path / table).glob("*.parquet"))
        assert "part-cut.parquet" not in names and "part-empty.parquet" not in names, table
    assert sorted(p.name for p in (tmp_path / "errors").iterdir()) == [
        "part-done.parquet",
        "part-inputs.parquet",
    ]


def test_reading_leaves_out_the_inputs_already_done(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        "\n".join(json.dumps({"text": t}) for t in ("Floods hit Dhaka on Sunday.", OTHER)) + "\n",
        encoding="utf-8",
    )
    batch = {"path": [str(feed)], "max_bytes": [10**6], "rows": [10]}
    tables = list(_read_batches(batch, done=frozenset({f"{feed}:1"})))
    assert [r["source"] for t in tables for r in t.to_pylist()] == [f"{feed}:2"]


# --- storyline run and load: the command line ---------------------------------------------------


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["--resume", "--overwrite"], "X006", "give --overwrite or --resume, not both"),
        ([], "X003", "give a new folder, --resume to finish an interrupted run, or --overwrite"),
    ],
)
def test_run_refuses_a_used_folder_and_names_resume(
    tmp_path: Path, args: list[str], code: str, message: str
) -> None:
    out = tmp_path / "out"
    (out / "articles").mkdir(parents=True)
    result = CliRunner().invoke(main, ["run", str(tmp_path / "missing.txt"), str(out), *args])
    assert result.exit_code == 1
    assert message in result.output and f"[{code}]" in result.output


def test_run_names_each_failed_input_and_exits_1_when_nothing_was_read(tmp_path: Path) -> None:
    out = tmp_path / "out"
    missing = tmp_path / "missing.txt"
    result = CliRunner().invoke(main, ["run", str(missing), str(out)])  # no file to read: no Ray
    assert result.exit_code == 1
    assert f"error: {missing}: no such file or folder [R001]" in result.stderr
    assert f"nothing could be read from {missing}" in result.stderr
    assert result.stdout == f"{out}/: 0 records, 0 duplicates, 1 errors in " + result.stdout.split(" in ")[1]
    assert json.loads((out / SUCCESS).read_text()) == {"records": 0, "errors": 1, "duplicates": 0}


@pytest.mark.parametrize(("finished", "warned"), [(False, True), (True, False)])
def test_load_warns_about_an_unfinished_run(
    tmp_path: Path, caplog: pytest.LogCaptureFixture, finished: bool, warned: bool
) -> None:
    out = tmp_path / "out"
    _write_batch(out, "b1", [(_record(), "/in/a.txt")])
    # killed before any error was written, it has no errors/ folder (loading it was X005)
    assert not (out / "errors").exists()
    if finished:
        write_table(str(out), "errors", [], "empty")
        (out / SUCCESS).write_text("{}\n")
    with caplog.at_level(logging.WARNING, logger="storyline.scale"), Store(tmp_path / "s.db") as store:
        assert load_parquet(out, store) == {"stored": 1, "skipped": 0, "copies": 0, "errors": 0}
    assert ("did not finish" in caplog.text) is warned


# --- the page: stories and canonical events -----------------------------------------------------

DATED = (
    "Striking dockers blocked the port of Valparaiso on Tuesday, the union said.\n\n"
    '"We will stay until the company listens," said Marta Rojas, the union\'s leader.'
)
UNDATED = (
    "Villagers in northern Ghana said on 3 March 2021 that soldiers had burned six houses.\n\n"
    '"They came at night," said Kofi Mensah, the village chief.'
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[dict[str, Any]]:
    db = tmp_path_factory.mktemp("s19web") / "web.db"
    with Store(db) as store:
        dated = pipeline.process(DATED, published="2024-05-07", headline="Dockers block Valparaiso port")
        undated = pipeline.process(UNDATED, headline="Soldiers burn houses in Ghana village")
        assert undated.article.published is None
        store.add(dated)
        store.add(undated)
        store.merge_stories()
        stories = {s["title"]: s for s in store.stories()}
    with running(create_app(db, token="t")) as url:
        yield {"url": url, "db": db, "stories": stories, "dated": dated, "undated": undated}


def test_api_story_gives_its_articles_and_quotes_with_speakers(site: dict[str, Any]) -> None:
    story = site["stories"]["Dockers block Valparaiso port"]
    with httpx.Client(base_url=site["url"], timeout=30) as http:
        got = http.get(f"/api/stories/{story['id']}").json()
        missing = http.get("/api/stories/99999")
    assert {k: got[k] for k in ("id", "title", "first", "last", "dated_by")} == {
        "id": story["id"],
        "title": "Dockers block Valparaiso port",
        "first": "2024-05-07",
        "last": "2024-05-07",
        "dated_by": "articles",
    }
    assert got["types"] == story["types"]
    assert [a["id"] for a in got["article_list"]] == [site["dated"].article.id]
    assert [(q["text"], q["speaker"], q["speaker_start"], q["cue_start"]) for q in got["quotes"]] == [
        ("Striking dockers blocked the port of Valparaiso on Tuesday", "the union", 60, 70),
        ("We will stay until the company listens", "Marta Rojas", 124, 119),
    ]
    assert (missing.status_code, missing.json()["error"]["code"]) == (404, "S408")


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with chromium_page(tmp_path_factory, "chromium-s19") as page:
        yield page


def _open(page: Any, url: str, ready: str) -> None:
    page.goto(url)
    page.wait_for_selector(f"body[data-ready='{ready}']")


def test_page_lists_stories_with_span_source_and_types(page: Any, site: dict[str, Any]) -> None:
    _open(page, site["url"] + "/#/stories", "stories")
    rows = {
        r.locator("td").nth(1).inner_text(): (
            r.get_attribute("data-dated-by"),
            r.locator("td.span").inner_text(),
        )
        for r in page.locator("#stories tr.story-row").all()
    }
    # none of its articles is dated: its span comes from the date its text names
    assert rows == {
        "Dockers block Valparaiso port": ("articles", "2024-05-07"),
        "Soldiers burn houses in Ghana village": ("times", "2021-03-03(times)"),
    }
    assert page.locator("#stories tr.story-row td.types").all_inner_texts() == ["PROTEST ×1", "ASSAULT ×1"]
    assert page.problems == []  # type: ignore[attr-defined]


def test_page_story_reaches_events_quotes_and_mentions(page: Any, site: dict[str, Any]) -> None:
    story = site["stories"]["Soldiers burn houses in Ghana village"]
    _open(page, f"{site['url']}/#/story/{story['id']}", "story")
    assert page.inner_text("#story-title") == "Soldiers burn houses in Ghana village"
    assert page.inner_text("#story-span") == "2021-03-03(times) · 1 article · 1 event"
    assert page.locator("#story-quotes tr.quote-row td.who").all_inner_texts() == [
        "Villagers in northern Ghana",
        "Kofi Mensah",
    ]
    assert page.locator("#story-articles a").all_inner_texts() == ["Soldiers burn houses in Ghana village"]
    with httpx.Client(base_url=site["url"], timeout=30) as http:
        events = http.get(f"/api/canonical-events?story={story['id']}&limit=100").json()["items"]
    assert events and page.locator("#canonical-events tr.canonical-row").count() == len(events)
    with httpx.Client(base_url=site["url"], timeout=30) as http:
        mentions = http.get(f"/api/canonical-events/{events[0]['id']}/mentions").json()["items"]
    page.locator(f"#canonical-events tr[data-id='{events[0]['id']}'] a").first.click()
    page.wait_for_selector("#mentions")
    assert page.inner_text("#mentions-title") == f"Reports of event {events[0]['id']}"
    triggers = page.locator("#mentions tr.mention-row td em").all_inner_texts()
    assert triggers == [m["trigger"] for m in mentions] and len(mentions) == events[0]["mentions"]
    _open(page, site["url"] + "/#/canonical", "canonical")
    assert page.locator("#canonical-events tr.canonical-row").count() >= len(events)
    assert page.problems == []  # type: ignore[attr-defined]


# --- the demo ------------------------------------------------------------------------------------


def test_demo_summary_counts_stories_and_points_to_the_page() -> None:
    from storyline.demo import format_summary

    counts = {"articles": 6, "entities": 84, "quotes": 33, "events": 39, "times": 31, "places": 38}
    summary = {
        "db": "demo.db",
        "ingest": {"stored": 6, "skipped": 0, "failed": 0},
        "errors": [],
        "counts": {**counts, "stories": 5, "canonical_events": 37},
        "timeline": [],
    }
    lines = format_summary(summary).splitlines()
    assert lines[1] == (
        "6 articles, 84 entities, 33 quotes, 39 events, 31 time expressions, 38 places; "
        "5 stories, 37 distinct real-world events"
    )
    assert lines[-1] == (
        "     storyline query stories --db demo.db   or   storyline serve --db demo.db (the web page)"
    )


# --- storyline bench --merge on a small store -----------------------------------------------------


def test_merge_bench_on_a_few_articles_says_its_per_10k_figures_are_scaled_up() -> None:
    result = CliRunner().invoke(main, ["bench", "--merge", "--stored", "3", "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["articles"] == 3 and figures["stories"] >= 1
    assert figures["warning"] == (
        "per-10k figures scaled up from 3 articles, where fixed costs dominate; "
        "give --stored 1000 or more for figures to compare"
    )


@pytest.mark.parametrize(
    ("workers", "per_worker", "expected"),
    [
        (
            2,
            {"9872": {"articles": 6}},
            "Ray with 2 workers: only 1 actor(s) got articles (6 articles in batches of 8), so its rate "
            "is not a 2-worker rate and the Ray ratios are left out; give --ray-articles 32 or more",
        ),
        (2, {"1": {"articles": 120}, "2": {"articles": 120}}, None),
        (1, {"1": {"articles": 6}}, None),
    ],
)
def test_bench_says_when_a_ray_side_had_idle_actors(
    workers: int, per_worker: dict, expected: str | None
) -> None:
    from storyline.bench import format_bench, idle_actors_warning

    side = {"kind": "ray", "workers": workers, "per_worker": per_worker}
    assert idle_actors_warning(side, 6, 8) == expected
    if expected:
        spacy = {"kind": "spacy", "articles": 4, "articles_per_s": 3.0, "words_per_s": 1.0, "seconds": 1.0,
                 "load_seconds": 1.0, "peak_rss_mb": 1.0, "words": 2000}  # fmt: skip
        result = {"articles": 4, "batch_size": 16, "spacy": spacy, "pipeline": spacy, "time_ratio": 1.0,
                  "peak_rss_ratio": 1.0, "sides": [spacy], "warnings": [expected]}  # fmt: skip
        assert format_bench(result).splitlines()[-1] == f"warning: {expected}"


@pytest.mark.parametrize("made", ["empty", "other-tables", "ingest-folder"])
def test_load_of_a_folder_that_is_no_run_output_makes_no_store(tmp_path: Path, made: str) -> None:
    """It failed only after creating an empty database at --db, and warned first that the run had
    not finished, which it never started."""
    folder = tmp_path / "not-a-run"
    folder.mkdir()
    if made == "other-tables":
        write_table(str(folder), "entities", [], "empty")
    elif made == "ingest-folder":
        (folder / "story.txt").write_text("The Varrow council met on Monday.\n", encoding="utf-8")
    db = tmp_path / "new.db"
    result = CliRunner().invoke(main, ["load", str(folder), "--db", str(db)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: {folder}: no articles/ table here; give the OUTPUT folder of `storyline run` [X004]\n"
    )
    assert not db.exists()
