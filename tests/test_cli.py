"""The command line, in-process with click's CliRunner (the pipeline is built once per session)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline import cli
from storyline.pipeline import Pipeline
from storyline.record import Record

ARTICLES = {
    "talks.txt": (
        "Envoys agree to resume Geneva talks\n\n"
        "GENEVA (Example Wire) — Envoys from Armenia and Azerbaijan met in Geneva on Monday "
        "and agreed to resume talks next month.\n\n"
        "“We made real progress today,” said Swiss mediator Anna Keller.\n\n"
        "This report from Example Wire was first published on March 7, 2023."
    ),
    "protest.txt": (
        "Farmers blocked roads near Paris on Tuesday to protest against new fuel taxes.\n\n"
        "“We cannot pay more,” said union leader Paul Martin.\n\n"
        "This article was first published on March 8, 2023."
    ),
}


@pytest.fixture(scope="module")
def runner(pipeline: Pipeline, monkeypatch_module: pytest.MonkeyPatch) -> CliRunner:
    """A CliRunner whose commands reuse the session's Pipeline instead of loading their own."""
    import storyline.pipeline
    import storyline.store

    session_pipeline = pipeline
    original = storyline.store.ingest

    def ingest(items, store, *, pipeline=None, **kw):  # type: ignore[no-untyped-def]
        return original(items, store, pipeline=pipeline or session_pipeline, **kw)

    monkeypatch_module.setattr(storyline.pipeline, "default_pipeline", lambda model=None: session_pipeline)
    monkeypatch_module.setattr(storyline.store, "ingest", ingest)
    return CliRunner()


@pytest.fixture(scope="module")
def monkeypatch_module():
    mp = pytest.MonkeyPatch()
    yield mp
    mp.undo()


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_process_prints_record_json(runner: CliRunner, inputs: Path) -> None:
    result = runner.invoke(cli.main, ["process", str(inputs / "talks.txt")])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == [
        "schema",
        "article",
        "entities",
        "times",
        "quotes",
        "places",
        "events",
        "quantities",
    ]
    assert data["article"]["published"] == "2023-03-07"
    assert data["article"]["publisher"] == "Example Wire"
    assert Record.from_dict(data).article.text == ARTICLES["talks.txt"]


def test_process_options_override_and_bad_file_exit_1(
    runner: CliRunner, inputs: Path, tmp_path: Path
) -> None:
    result = runner.invoke(cli.main, ["process", str(inputs / "talks.txt"), "--published", "2023-03-09"])
    assert json.loads(result.stdout)["article"]["published"] == "2023-03-09"
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = runner.invoke(cli.main, ["process", str(empty)])
    assert result.exit_code == 1
    assert "empty.txt" in result.output and "empty" in result.output


def test_ingest_query_show_export_round_trip(runner: CliRunner, inputs: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    result = runner.invoke(cli.main, ["ingest", str(inputs), "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    assert "2 stored, 0 skipped (already present), 0 failed" in result.stdout

    again = runner.invoke(cli.main, ["ingest", str(inputs), "--db", db, "-q", "--json"])
    assert json.loads(again.stdout)["skipped"] == 2

    arts = json.loads(runner.invoke(cli.main, ["query", "articles", "--db", db, "--json"]).stdout)
    assert [a["published"] for a in arts] == ["2023-03-08", "2023-03-07"]  # latest first

    quotes = json.loads(
        runner.invoke(cli.main, ["query", "quotes", "--db", db, "--text", "progress", "--json"]).stdout
    )
    assert len(quotes) == 1 and "progress" in quotes[0]["text"]

    table = runner.invoke(cli.main, ["query", "quotes", "--db", db])
    assert table.exit_code == 0 and table.stdout.splitlines()[0].split()[:3] == ["date", "speaker", "kind"]

    for kind in ("events", "entities", "times", "places", "errors"):
        res = runner.invoke(cli.main, ["query", kind, "--db", db, "--json"])
        assert res.exit_code == 0, (kind, res.output)
        assert isinstance(json.loads(res.stdout), list)

    envoys = arts[-1]  # the earlier article
    shown = runner.invoke(cli.main, ["show", envoys["id"], "--db", db, "--json"])
    assert Record.from_json(shown.stdout).article.id == envoys["id"]
    text = runner.invoke(cli.main, ["show", envoys["id"][:8], "--db", db])
    assert text.exit_code == 0 and "Envoys agree" in text.stdout

    out = tmp_path / "all.jsonl"
    assert (
        runner.invoke(cli.main, ["export", "--format", "jsonl", "--out", str(out), "--db", db]).exit_code == 0
    )
    records = [Record.from_json(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {r.article.id for r in records} == {a["id"] for a in arts}

    folder = tmp_path / "csv"
    assert (
        runner.invoke(cli.main, ["export", "--format", "csv", "--out", str(folder), "--db", db]).exit_code
        == 0
    )
    with (folder / "articles.csv").open(encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == 2
    assert (folder / "polecat.csv").exists() and (folder / "quotes.csv").exists()


def test_ingest_batch_with_bad_files_goes_on_and_reports(
    runner: CliRunner, inputs: Path, tmp_path: Path
) -> None:
    (inputs / "empty.txt").write_text("")
    (inputs / "blob.txt").write_bytes(b"\x00\x01\x02binary")
    (inputs / "feed.jsonl").write_text('{"text": "Rain fell in Oslo on Friday."}\n{oops\n', encoding="utf-8")
    db = str(tmp_path / "b.db")
    result = runner.invoke(cli.main, ["ingest", str(inputs), str(tmp_path / "nope.txt"), "--db", db, "-q"])
    assert result.exit_code == 0, result.output
    assert "3 stored, 0 skipped (already present), 4 failed" in result.stdout
    for name in ("empty.txt", "blob.txt", "feed.jsonl:2", "nope.txt"):
        assert name in result.stderr
    errors = json.loads(runner.invoke(cli.main, ["query", "errors", "--db", db, "--json"]).stdout)
    assert len(errors) == 4


def test_ingest_nothing_readable_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = runner.invoke(
        cli.main, ["ingest", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "x.db"), "-q"]
    )
    assert result.exit_code == 1
    assert "nothing could be read" in result.stderr


def test_usage_errors_exit_2(runner: CliRunner, tmp_path: Path) -> None:
    assert runner.invoke(cli.main, ["ingest"]).exit_code == 2
    assert runner.invoke(cli.main, ["export", "--format", "xml", "--out", "x"]).exit_code == 2
    assert runner.invoke(cli.main, ["query", "events", "--limit", "0"]).exit_code == 2
    bad_date = runner.invoke(cli.main, ["query", "quotes", "--since", "last week"])
    assert bad_date.exit_code == 2 and "YYYY-MM-DD" in bad_date.stderr


def test_query_missing_database_exits_1(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli.main, ["query", "events", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "none.db" in result.stderr and "storyline ingest" in result.stderr


def test_show_unknown_id_exits_1(runner: CliRunner, inputs: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "s.db")
    runner.invoke(cli.main, ["ingest", str(inputs), "--db", db, "-q"])
    result = runner.invoke(cli.main, ["show", "zzzz", "--db", db])
    assert result.exit_code == 1 and "zzzz" in result.stderr


def test_demo_runs(runner: CliRunner, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    result = runner.invoke(cli.main, ["demo", "--db", db, "-q", "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)
    assert summary["ingest"]["failed"] == 0
    assert summary["counts"]["articles"] == summary["ingest"]["stored"] >= 5
    dates = [e["date"] for e in summary["timeline"] if e["date"]]
    assert dates == sorted(dates)
    text = runner.invoke(cli.main, ["demo", "--db", db, "-q"])
    assert "articles" in text.stdout and "already present" in text.stdout


def test_format_table_aligns_columns() -> None:
    rows = [{"a": "x", "b": 1}, {"a": "longer value", "b": None}]
    lines = cli.format_table(rows, ["a", "b"]).splitlines()
    assert lines[0] == "a             b"
    assert lines[2] == "x             1"
    assert lines[3] == "longer value"


def test_bench_reports_both_sides_and_the_ratio(runner: CliRunner, monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline import bench

    texts = bench.bench_texts(8)
    assert len(texts) == 8 and texts[0] == texts[len(set(texts))]  # the samples, cycled
    spacy_side = bench.run_worker("spacy", 3, batch_size=2)  # in-process: the subprocess runs the same
    assert spacy_side["articles"] == 3 and spacy_side["words"] > 0 and spacy_side["peak_rss_mb"] > 0
    fake = {**spacy_side, "kind": "pipeline", "seconds": spacy_side["seconds"] * 2}
    monkeypatch.setattr(bench, "_spawn", lambda kind, n, b: spacy_side if kind == "spacy" else fake)
    result = runner.invoke(cli.main, ["bench", "--articles", "3", "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) >= {"spacy", "pipeline", "time_ratio", "peak_rss_ratio"}
    assert data["time_ratio"] == pytest.approx(2.0, rel=0.01)
    table = runner.invoke(cli.main, ["bench", "--articles", "3"]).stdout
    assert "spaCy nlp.pipe" in table and "Pipeline takes" in table
