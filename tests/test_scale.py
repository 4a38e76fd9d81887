"""Scale-out: Parquet tables from records, DuckDB over them, local processes, a real local Ray."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline.cli import main
from storyline.errors import ReadError
from storyline.read import article_from_text, read_sources
from storyline.record import (
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
    article_id,
)
from storyline.scale import (
    TABLES,
    CpuSampler,
    ParallelPipeline,
    ScaleError,
    _read_batches,
    _summarise,
    load_parquet,
    process_tree_cpu,
    query_parquet,
    record_rows,
    rows_table,
    run_ray,
    steady_rate,
    table_schema,
    write_table,
)
from storyline.store import Store

TEXT = "Iran's foreign minister said on Friday that Iran will respond in Baghdad."


def _record(text: str = TEXT) -> Record:
    aid = article_id(text)
    return Record(
        article=Article(id=aid, text=text, published="2020-01-05", authors=("A. Writer",)),
        entities=(
            Entity(
                "e1",
                "Iran",
                "GPE",
                mentions=(Mention(0, 4, "Iran", "name"), Mention(44, 48, "Iran", "name")),
                attributes={"title": "foreign minister"},
                actor=Actor("Iran", "IRN", "government", "IRNGOV"),
            ),
        ),
        times=(Time(31, 37, "Friday", "DATE", "2020-01-03"),),
        quotes=(
            Quote(
                44,
                71,
                "Iran will respond in Baghdad",
                id="q1",
                kind="indirect",
                speaker=Speaker("e1", "Iran's foreign minister", 0, 23),
                cue=Span(24, 28, "said"),
            ),
        ),
        places=(
            Place(65, 72, "Baghdad", name="Baghdad", geonames_id=98182, country="IQ", lat=33.3, lon=44.4),
        ),
        events=(
            Event(
                "v1",
                "THREATEN",
                Span(54, 61, "respond"),
                Offsets(0, len(text)),
                source=("e1",),
                date="2020-01-03",
                date_from="text",
                place=0,
                confidence=0.7,
            ),
        ),
    )


# --- tables ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("table", "columns"),
    [
        ("articles", ["article_id", "text", "published", "authors", "record", "source"]),
        ("entities", ["article_id", "id", "name", "type", "mentions", "attributes", "actor_country"]),
        ("mentions", ["article_id", "entity_id", "idx", "start", "end", "kind"]),
        ("times", ["article_id", "idx", "start", "end", "type", "value", "mod"]),
        ("quotes", ["article_id", "id", "kind", "speaker_entity", "speaker_text", "cue_text", "cue_start"]),
        ("places", ["article_id", "idx", "name", "geonames_id", "country", "lat", "lon"]),
        ("events", ["article_id", "id", "type", "trigger_text", "sentence_start", "source", "date", "place"]),
        ("quantities", ["article_id", "idx", "value", "min", "max", "what"]),
        ("errors", ["source", "code", "reason", "article_id"]),
    ],
)
def test_table_schema_has_the_columns(table: str, columns: list[str]) -> None:
    names = table_schema(table).names
    assert names[0] == ("source" if table == "errors" else "article_id")
    missing = [c for c in columns if c not in names]
    assert not missing


def test_unknown_table_is_refused() -> None:
    with pytest.raises(ScaleError, match="no table 'nope'"):
        table_schema("nope")


@pytest.mark.parametrize(
    ("table", "n", "column", "value"),
    [
        ("articles", 1, "published", "2020-01-05"),
        ("entities", 1, "actor_code", "IRNGOV"),
        ("mentions", 2, "text", "Iran"),
        ("times", 1, "value", "2020-01-03"),
        ("quotes", 1, "speaker_entity", "e1"),
        ("places", 1, "geonames_id", 98182),
        ("events", 1, "source", ["e1"]),
        ("quantities", 0, None, None),
    ],
)
def test_record_rows_round_trip_through_arrow(table: str, n: int, column: str | None, value: object) -> None:
    rows = record_rows(_record(), source="a.txt")[table]
    arrow = rows_table(table, rows)
    assert arrow.num_rows == n
    assert arrow.schema == table_schema(table)
    if column is not None:
        assert arrow.column(column).to_pylist()[0] == value
        assert set(arrow.column("article_id").to_pylist()) == {article_id(TEXT)}


def test_articles_row_keeps_the_whole_record() -> None:
    row = record_rows(_record())["articles"][0]
    assert Record.from_json(row["record"]) == _record()
    assert json.loads(record_rows(_record())["entities"][0]["attributes"]) == {"title": "foreign minister"}


def test_record_rows_convert_the_record_once_and_equal_its_json() -> None:
    rows = record_rows(_record())
    assert rows["articles"][0]["record"] == _record().to_json()
    assert rows["times"][0] == {**rows["times"][0], "idx": 0, "start": 31, "text": "Friday", "mod": None}


# --- reading input in blocks: one big file still feeds every actor ----------------------------


@pytest.mark.parametrize(
    ("n_articles", "rows", "sizes"),
    [
        (5, 2, [2, 2, 1]),
        (4, 2, [2, 2]),
        (3, 16, [3]),
        (1, 1, [1]),
    ],
)
def test_read_batches_stream_a_file_in_blocks(
    tmp_path: Path, n_articles: int, rows: int, sizes: list[int]
) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text(
        "".join(json.dumps({"text": f"Article number {i} about Paris."}) + "\n" for i in range(n_articles))
    )
    batch = {"path": [str(path)], "max_bytes": [10_000_000], "rows": [rows]}
    tables = list(_read_batches(batch))
    assert [t.num_rows for t in tables] == sizes
    first = tables[0].to_pylist()[0]
    assert json.loads(first["article"])["text"] == "Article number 0 about Paris." and first["code"] is None


def test_read_batches_turn_bad_input_into_error_rows(tmp_path: Path) -> None:
    path = tmp_path / "wire.jsonl"
    path.write_text(json.dumps({"text": "Police in Paris arrested 12 protesters."}) + "\n{not json\n")
    (empty := tmp_path / "empty.txt").write_text("")
    batch = {"path": [str(path), str(empty)], "max_bytes": [10_000_000] * 2, "rows": [16, 16]}
    got = [r for t in _read_batches(batch) for r in t.to_pylist()]
    assert [r["article"] is None for r in got] == [False, True, True]
    assert {r["code"] for r in got if r["article"] is None} == {"R006", "R003"}


# --- what the Ray figures are made of (log rows -> rates) -----------------------------------


def _log(worker: int, t_start: float, t_end: float, n: int = 2, cpu: float = 0.5) -> list[dict]:
    row = {
        "kind": "record",
        "worker": worker,
        "peak_rss_mb": 400.0 + worker,
        "t_start": t_start,
        "t_end": t_end,
    }
    parts = json.dumps({"spacy": 0.4 * cpu, "events": 0.1 * cpu})
    return [
        {**row, "article_id": f"{worker}-{t_start}-{i}", "cpu_seconds": cpu, "parts": parts} for i in range(n)
    ]


@pytest.mark.parametrize(
    ("batches", "expected"),
    [
        # one worker: its whole busy span
        ([(1, 0, 1), (1, 1, 2), (1, 2, 3)], {"from": 0, "seconds": 3.0, "articles": 6}),
        # worker 2 starts late (model loading): worker 1's first batch is left out
        ([(1, 0, 1), (1, 1, 2), (1, 2, 3), (2, 1, 2), (2, 2, 3)], {"from": 1, "seconds": 2.0, "articles": 8}),
        # worker 1 ends early: worker 2's tail is left out
        ([(1, 0, 1), (2, 0, 1), (2, 1, 2), (2, 2, 3)], {"from": 0, "seconds": 1.0, "articles": 4}),
        # no batch lies wholly inside the window: no steady rate
        ([(1, 0, 2), (2, 1, 3)], None),
        ([], None),
    ],
)
def test_steady_rate_leaves_out_start_up_and_tail(batches: list[tuple], expected: dict | None) -> None:
    rows = [r for w, a, b in batches for r in _log(w, float(a), float(b))]
    got = steady_rate(rows)
    if expected is None:
        assert got is None
    else:
        assert got is not None
        assert {k: got[k] for k in expected} == expected
        assert got["articles_per_s"] == pytest.approx(expected["articles"] / expected["seconds"], rel=0.01)


def test_summary_gives_each_worker_its_articles_busy_and_cpu_time() -> None:
    rows = (
        _log(1, 0.0, 2.0, n=4, cpu=0.25) + _log(1, 2.0, 3.0, n=2, cpu=0.5) + _log(2, 1.0, 3.0, n=2, cpu=1.0)
    )
    summary = _summarise(rows, workers=2)
    assert summary["records"] == 8 and summary["errors"] == 0
    assert summary["per_worker"]["1"] == {
        "articles": 6,
        "busy_seconds": 3.0,
        "cpu_seconds": 2.0,
        "cpu_share": 0.667,
        "rate": 2.0,
    }
    assert summary["per_worker"]["2"]["cpu_share"] == 1.0
    assert summary["peak_rss_mb"] == {"1": 401.0, "2": 402.0}
    assert summary["parts_cpu"] == {"spacy": pytest.approx(1.6), "events": pytest.approx(0.4)}
    assert summary["steady"]["from"] == 1.0


def test_process_tree_cpu_counts_this_process() -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs Linux /proc")
    sum(i * i for i in range(200_000))  # some CPU time to count
    got = process_tree_cpu()
    assert got and all(v >= 0 for v in got.values())
    assert got["driver"] > 0  # this process, by that name
    assert process_tree_cpu(root=2**22 + 7) == {}  # no such process: nothing below it


@pytest.mark.parametrize(
    ("t0", "t1", "expected"),
    [
        (1, 3, (4.0, {"a": 4.0, "b": 1.0})),  # the samples at 0 and 4 bound the window
        (0, 2, (2.0, {"a": 1.0, "b": 1.0})),
        (2, 4, (2.0, {"a": 3.0})),  # a process that spent nothing in the window is left out
        (-1, 2, (0.0, {})),  # no sample before the window
        (1, 5, (0.0, {})),  # nor after it
    ],
)
def test_cpu_sampler_window(t0: float, t1: float, expected: tuple) -> None:
    sampler = CpuSampler()
    sampler.samples = [(0.0, {"a": 1.0}), (2.0, {"a": 2.0, "b": 1.0}), (4.0, {"a": 5.0, "b": 1.0})]
    assert sampler.window(t0, t1) == expected


def test_cpu_sampler_samples_until_stopped() -> None:
    if not Path("/proc/self/stat").exists():
        pytest.skip("needs Linux /proc")
    with CpuSampler(interval=0.05) as sampler:
        sum(i * i for i in range(300_000))
    assert len(sampler.samples) >= 2  # one at the start, one at the stop at least
    assert sampler.samples[-1][1]["driver"] >= sampler.samples[0][1]["driver"]


# --- DuckDB over Parquet ----------------------------------------------------------------------


def _fake_output(root: Path, records: list[Record], errors: list[dict] | None = None) -> Path:
    tables: dict[str, list[dict]] = {name: [] for name in TABLES}
    for r in records:
        for name, rows in record_rows(r, source=f"{r.article.id}.txt").items():
            tables[name].extend(rows)
    tables["errors"] = errors or []
    for name, rows in tables.items():
        write_table(str(root), name, rows, "0")
    return root


def test_query_parquet_and_cli_sql(tmp_path: Path) -> None:
    out = _fake_output(tmp_path / "out", [_record(), _record(TEXT + " Again.")])
    rows = query_parquet(out, "SELECT type, count(*) AS n FROM events GROUP BY type")
    assert rows == [{"type": "THREATEN", "n": 2}]
    res = CliRunner().invoke(
        main, ["query", "--parquet", str(out), "sql", "--json", "SELECT count(*) AS n FROM mentions"]
    )
    assert res.exit_code == 0, res.output
    assert json.loads(res.output) == [{"n": 4}]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "--parquet", "{out}", "events"], "use the sql subcommand"),
        (["query", "sql", "SELECT 1"], "give the Parquet folder"),
        (["query", "--parquet", "{out}", "sql", "SELECT * FROM nowhere"], "query failed"),
    ],
)
def test_cli_query_parquet_refuses(tmp_path: Path, args: list[str], message: str) -> None:
    out = _fake_output(tmp_path / "out", [_record()])
    res = CliRunner().invoke(main, [a.replace("{out}", str(out)) for a in args])
    assert res.exit_code != 0
    assert message in res.output


def test_query_parquet_needs_an_output_folder(tmp_path: Path) -> None:
    with pytest.raises(ScaleError, match="no articles/ table"):
        query_parquet(tmp_path, "SELECT 1")


def test_load_parquet_into_the_store_is_idempotent(tmp_path: Path) -> None:
    err = {"source": "bad.txt", "code": "R003", "reason": "empty", "article_id": None}
    out = _fake_output(tmp_path / "out", [_record()], errors=[err])
    with Store(tmp_path / "s.db") as store:
        assert load_parquet(out, store) == {"stored": 1, "skipped": 0, "copies": 0, "errors": 1}
        assert load_parquet(out, store) == {"stored": 0, "skipped": 1, "copies": 0, "errors": 1}
        assert store.get(article_id(TEXT)) == _record()
        assert [e["source"] for e in store.errors()] == ["bad.txt"]
    res = CliRunner().invoke(main, ["load", str(out), "--db", str(tmp_path / "c.db"), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["stored"] == 1


# --- the real thing: local processes and a local Ray instance --------------------------------


def _corpus(folder: Path) -> Path:
    """A small corpus: two JSON Lines articles, a text file, an empty file, a malformed line."""
    folder.mkdir()
    lines = [
        {
            "text": "The United Nations sent food aid to Haiti on Monday, officials said.",
            "published": "2023-03-15",
        },
        {"text": "Police in Paris arrested 12 protesters on Saturday.\n\nThe mayor condemned the violence."},
    ]
    (folder / "wire.jsonl").write_text(
        "\n".join(json.dumps(x) for x in lines) + "\n{not json\n", encoding="utf-8"
    )
    (folder / "talks.txt").write_text(
        "OTTAWA - Canada and Mexico agreed on Tuesday to resume border talks, "
        '"We will meet again in May," the minister said in a statement.',
        encoding="utf-8",
    )
    (folder / "empty.txt").write_text("", encoding="utf-8")
    return folder


def _single_process(pipeline, folder: Path) -> tuple[dict[str, dict], set[str]]:
    records, failed = {}, set()
    articles = []
    for source, item in read_sources([folder]):
        if isinstance(item, ReadError):
            failed.add(source)
        else:
            articles.append(item)
    for record in pipeline.process_articles(articles):
        records[record.article.id] = record.to_dict()
    return records, failed


def test_parallel_pipeline_equals_one_process(pipeline, tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in")
    expected, _failed = _single_process(pipeline, folder)
    articles = [a for _s, a in read_sources([folder]) if not isinstance(a, ReadError)]
    with ParallelPipeline(2) as parallel:
        got = [r.to_dict() for r in parallel.process_articles(articles, batch_size=2)]
        assert len(parallel.peak_rss_mb) == 2
        assert parallel.cpu_timings["spacy"] > 0  # the workers' per-part times come back
    assert [r["article"]["id"] for r in got] == [a.id for a in articles]  # input order kept
    assert {r["article"]["id"]: r for r in got} == expected


def test_parallel_pipeline_refuses_zero_workers() -> None:
    with pytest.raises(ScaleError, match="at least 1"):
        ParallelPipeline(0)


@pytest.mark.slow  # a real local Ray instance: 40-80 s on the shared 2-core machine
def test_ray_parquet_equals_one_process_records(pipeline, tmp_path: Path) -> None:
    folder = _corpus(tmp_path / "in")
    # a copy of an article under another name: written once, from the first input (as ingest)
    (folder / "zz-copy.txt").write_text((folder / "talks.txt").read_text(encoding="utf-8"), encoding="utf-8")
    expected, failed = _single_process(pipeline, folder)
    out = tmp_path / "out"
    summary = run_ray(
        [folder, tmp_path / "missing.txt"], out, workers=2, batch_size=1, num_cpus=2, object_store_mb=128
    )
    assert (summary["records"], summary["duplicates"]) == (len(expected), 1) == (3, 1)
    assert summary["errors"] == len(failed) + 1
    assert 0 < len(summary["peak_rss_mb"]) <= 2
    assert sum(w["articles"] for w in summary["per_worker"].values()) == 4 + len(failed)
    sources = [r["source"] for r in query_parquet(out, "SELECT source FROM articles ORDER BY source")]
    assert len(sources) == 3 and str(folder / "talks.txt") in sources
    assert summary["parts_cpu"]["spacy"] > 0 and summary["driver_cpu_seconds"] > 0
    assert sorted(p.name for p in out.iterdir()) == sorted([*TABLES, "_SUCCESS", "_inputs.json"])

    got = {r["article_id"]: json.loads(r["record"]) for r in query_parquet(out, "SELECT * FROM articles")}
    assert got == expected
    for table in ("entities", "events", "quotes", "times", "places", "mentions", "quantities"):
        want = sorted(
            json.dumps(row, sort_keys=True)
            for rec in expected.values()
            for row in record_rows(Record.from_dict(rec))[table]
        )
        have = [{k: v for k, v in r.items()} for r in query_parquet(out, f"SELECT * FROM {table}")]
        have_rows = sorted(json.dumps(rows_table(table, [r]).to_pylist()[0], sort_keys=True) for r in have)
        assert have_rows == want, table
    errors = query_parquet(out, "SELECT source, code FROM errors ORDER BY source")
    assert {e["source"] for e in errors} == failed | {str(tmp_path / "missing.txt")}
    assert {e["code"] for e in errors} >= {"R001", "R003", "R006"}

    with pytest.raises(ScaleError, match="not empty"):
        run_ray([folder], out, workers=1)


# --- the Pipeline's own clock ------------------------------------------------------------------


def test_pipeline_counts_the_time_of_each_part(pipeline) -> None:
    from storyline.pipeline import PARTS

    pipeline.reset_timings()
    assert pipeline.timed_articles == 0
    assert pipeline.timing_shares() == dict.fromkeys(PARTS, 0.0)  # nothing counted: no shares
    pipeline.process(TEXT, published="2020-01-05")
    once = dict(pipeline.cpu_timings)
    assert pipeline.timed_articles == 1
    assert list(pipeline.timings) == list(PARTS) == list(once)
    assert pipeline.timings["spacy"] > 0 and all(v >= 0 for v in pipeline.timings.values())
    assert sum(pipeline.timing_shares().values()) == pytest.approx(1.0)
    assert sum(pipeline.timing_shares(cpu=False).values()) == pytest.approx(1.0)
    list(pipeline.process_articles([article_from_text(TEXT + " Again."), article_from_text(TEXT + " More.")]))
    assert pipeline.timed_articles == 3
    assert pipeline.cpu_timings["spacy"] >= once["spacy"]
    pipeline.reset_timings()
    assert pipeline.timed_articles == 0 and sum(pipeline.timings.values()) == 0
