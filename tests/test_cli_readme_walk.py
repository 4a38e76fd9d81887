"""The README followed literally by a new user (session 20 audit): `show` lists every kind of item
it counts (places and quantities too, and each event's place); `process --published` refuses a
year or a month alone (it crashed the pipeline) and counts a feed's unreadable lines apart from
its articles; the API refuses a date that cannot exist in a filter (2021-02-30, as the CLI does)
and, on POST /api/articles, a partial or impossible publication date (a 500, or an article stored
undated) and a text of whitespace only (an empty article was stored). On a real SQLite file and a
real uvicorn server."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from storyline import cli
from storyline.store import Store
from storyline.web import create_app, running
from test_cli import monkeypatch_module, runner  # noqa: F401  (the CLI fixtures, one pipeline)
from test_store import make_record

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

TOKEN = "audit-s20-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}

# --- storyline show: every kind of item it counts ---------------------------------------------------


def test_show_lists_places_quantities_and_each_event_place(tmp_path: Path) -> None:
    db = tmp_path / "show.db"
    record = make_record()
    with Store(db) as store:
        store.add(record)
    result = CliRunner().invoke(cli.main, ["show", record.article.id[:8], "--db", str(db)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert "  2020-01-03  ASSAULT  United States -> Qassem Soleimani in Baghdad  (air raid)" in lines
    assert "Places: Baghdad (IQ)" in lines
    assert "Quantities: 250 military members = 250" in lines


# --- storyline process --published --------------------------------------------------------------


@pytest.mark.parametrize("published", ["2022", "2022-05", "2022-13", "2022-02-30"])
def test_process_refuses_a_publication_date_that_is_no_day(
    runner: CliRunner,  # noqa: F811
    tmp_path: Path,
    published: str,
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Troops in Gao detained a colonel on Tuesday, the army said.", encoding="utf-8")
    result = runner.invoke(cli.main, ["process", str(path), "--published", published])
    assert result.exit_code == 2, result.output
    assert f"{published!r} is not a date; use YYYY-MM-DD" in result.stderr
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_process_reads_a_written_publication_date(runner: CliRunner, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "a.txt"
    path.write_text("Troops in Gao detained a colonel on Tuesday, the army said.", encoding="utf-8")
    result = runner.invoke(cli.main, ["process", str(path), "--published", "5 May 2022"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article"]["published"] == "2022-05-05"


@pytest.mark.parametrize(
    ("lines", "warning"),
    [
        (["good", "good", "{broken", "[1]"], "holds 2 articles and 2 inputs that could not be read"),
        (["good", "{broken"], "holds 1 article and 1 input that could not be read"),
        (["good", "good", "good"], "holds 3 articles; printing the first only"),
    ],
)
def test_process_counts_a_feeds_articles_apart_from_its_bad_lines(
    runner: CliRunner,  # noqa: F811
    tmp_path: Path,
    lines: list[str],
    warning: str,
) -> None:
    path = tmp_path / "feed.jsonl"
    texts = iter(
        ["Police in Lima detained two men on Monday.", "Rebels attacked a town in Mali.", "A dam burst."]
    )
    rows = [json.dumps({"text": next(texts)}) if x == "good" else x for x in lines]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = runner.invoke(cli.main, ["process", str(path)])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["article"]["text"] == "Police in Lima detained two men on Monday."
    assert f"warning: {path} {warning}" in result.stderr


# --- the API on a real server ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[httpx.Client, str]]:
    db = tmp_path_factory.mktemp("audit-s20") / "web.db"
    with Store(db) as store:
        store.add(make_record())
    with running(create_app(db, token=TOKEN)) as url, httpx.Client(base_url=url, timeout=30) as http:
        yield http, make_record().article.id


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/api/events?since=2021-02-30", 422),
        ("/api/events?until=2020-02-31", 422),
        ("/api/quotes?since=2019-02-29", 422),
        ("/api/articles?until=2021-04-31", 422),
        ("/api/stories?since=2021-06-31", 422),
        ("/api/times?since=2020-13", 422),
        ("/api/events?since=2020-02-29", 200),
        ("/api/events?since=2020-02", 200),
        ("/api/events?until=2020", 200),
    ],
)
def test_api_refuses_a_date_filter_that_cannot_exist(
    server: tuple[httpx.Client, str], path: str, status: int
) -> None:
    http, _ = server
    r = http.get(path)
    assert r.status_code == status, r.text
    if status == 422:
        assert r.json()["error"]["code"] == "H422"


@pytest.mark.parametrize(
    "body",
    [
        {"text": "Troops in Gao detained a colonel on Tuesday.", "published": "2022"},
        {"text": "Troops in Gao detained a colonel on Tuesday.", "published": "2022-05"},
        {"text": "Troops in Gao detained a colonel on Tuesday.", "published": "2022-02-30"},
        {"text": "   \n\t "},
    ],
)
def test_api_post_refuses_a_partial_date_and_an_empty_text(
    server: tuple[httpx.Client, str], body: dict
) -> None:
    http, _ = server
    r = http.post("/api/articles", json=body, headers=AUTH)
    assert r.status_code == 422, r.text
    error = r.json()["error"]
    assert error["code"] == "H422"
    assert [d["loc"][-1] for d in error["details"]] == ["published" if "published" in body else "text"]
    assert http.get("/api/articles").json()["count"] == 1  # nothing stored


# --- storyline run --resume: a finished run whose inputs held a copy ------------------------------


@pytest.mark.parametrize(
    ("names", "left"),
    [
        # the copy (an input after a.txt: input order decides which is the article) was dropped
        # as a duplicate: nothing left
        (["a.txt", "copy.txt"], False),
        (["a.txt", "feed.jsonl"], False),  # a feed line that repeats a.txt
        (["a.txt", "copy.txt", "b.txt"], True),  # b.txt is new
    ],
)
def test_resume_of_a_finished_run_with_a_copy_does_not_start_ray(
    tmp_path: Path, ray_refused: type, names: list[str], left: bool
) -> None:
    import storyline.scale
    from storyline.read import read_paths
    from storyline.record import Record
    from storyline.scale import TABLES, record_rows, write_table

    text = "The Varnholt council met on Monday and voted to close the old bridge, the mayor said."
    folder = tmp_path / "in"
    folder.mkdir()
    bodies = {
        "a.txt": text,
        "copy.txt": text,
        "b.txt": "Floods cut the road to Varnholt on Tuesday.",
        "feed.jsonl": json.dumps({"text": text}),
    }
    for name in names:
        (folder / name).write_text(bodies[name] + "\n", encoding="utf-8")
    first = (folder / "a.txt").resolve()
    out = tmp_path / "out"  # as the finished run left it: a.txt's article, the copy dropped
    article = next(read_paths([first]))
    for name, rows in record_rows(Record(article=article), source=str(first)).items():
        write_table(str(out), name, rows, "b0")
    for name in TABLES:
        if not (out / name).is_dir():
            write_table(str(out), name, [], "empty")

    if left:
        with pytest.raises(ray_refused):
            storyline.scale.run_ray([folder], out, resume=True)
        return
    summary = storyline.scale.run_ray([folder], out, resume=True)
    assert (summary["nothing_to_do"], summary["present"], summary["records"]) == (True, 1, 0)


# --- storyline ingest: the reader's warning on its own line, not glued to the progress bar ----------


def test_ingest_prints_the_readers_warning_on_its_own_line(tmp_path: Path) -> None:
    import re
    import subprocess
    import sys

    from storyline.read import read_paths
    from storyline.record import Record

    path = tmp_path / "latin1.txt"
    path.write_bytes("Le maire de Montr\xe9al a parl\xe9 mardi.\n".encode("latin-1"))
    db = tmp_path / "warn.db"
    with Store(db) as store:  # stored already: ingest reads it (and warns) without loading spaCy
        store.add(Record(article=next(read_paths([path]))))
    done = subprocess.run(
        [sys.executable, "-m", "storyline.cli", "ingest", str(path), "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"{db}: 0 stored, 1 skipped (already present), 0 failed\n"
    warning = f"WARNING storyline.read: {path}: not valid UTF-8, read as cp1252"
    assert re.search(r"(^|[\r\n])" + re.escape(warning), done.stderr), done.stderr


# --- make demo installs the library alone: serve and the Parquet commands name their extra -------


@pytest.mark.parametrize(
    ("blocked", "args", "message"),
    [
        (
            ("fastapi", "storyline.web"),
            ["serve"],
            "storyline serve needs the 'web' extra (fastapi not installed)",
        ),
        (
            ("duckdb",),
            ["query", "--parquet", "{out}", "sql", "SELECT 1"],
            "storyline query sql needs the 'scale'",
        ),
        (("duckdb",), ["load", "{out}"], "storyline load needs the 'scale' extra (duckdb not installed)"),
        (
            ("ray",),
            ["run", "{out}/a.txt", "{out}/run"],
            "storyline run needs the 'scale' extra (ray not installed)",
        ),
    ],
)
def test_a_command_whose_extra_is_missing_says_how_to_install_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, blocked: tuple[str, ...], args: list[str], message: str
) -> None:
    import sys

    for name in blocked:
        monkeypatch.setitem(sys.modules, name, None)
    (tmp_path / "a.txt").write_text("Police in Lima detained two men on Monday.", encoding="utf-8")
    argv = [a.format(out=tmp_path) for a in args] + ["--db", str(tmp_path / "x.db")] * (
        args[0] in ("serve", "load")
    )
    result = CliRunner().invoke(cli.main, argv)
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit)
    assert f"Error: {message}" in result.stderr
    assert "pip install -e '.[" in result.stderr


@pytest.mark.parametrize(("installed", "ray"), [(False, False), (True, True)])
def test_bench_leaves_out_the_ray_sides_when_ray_is_not_installed(
    monkeypatch: pytest.MonkeyPatch, installed: bool, ray: bool
) -> None:
    import sys

    import storyline.bench

    if not installed:
        monkeypatch.setitem(sys.modules, "ray", None)
    seen: dict[str, object] = {}

    def fake_bench(**kw: object) -> dict[str, object]:
        seen.update(kw)
        return {}

    monkeypatch.setattr(storyline.bench, "run_bench", fake_bench)
    monkeypatch.setattr(storyline.bench, "format_bench", lambda result: "figures")
    result = CliRunner().invoke(cli.main, ["bench", "--articles", "2"])
    assert result.exit_code == 0, result.output
    assert seen["ray"] is ray
    note = "note: Ray is not installed (the 'scale' extra): the Ray sides are left out"
    assert (note in result.stderr) is (not installed)


def test_api_post_refuses_a_text_longer_than_spacy_takes(tmp_path: Path, pipeline: object) -> None:
    db = tmp_path / "long.db"
    Store(db).close()
    most = pipeline.nlp.max_length  # type: ignore[attr-defined]
    text = ("Police arrested protesters in the capital on Monday, officials said. " * (most // 69 + 2))[
        : most + 1
    ]
    with running(create_app(db, token=TOKEN, pipeline=pipeline)) as url, httpx.Client(base_url=url) as http:
        r = http.post("/api/articles", json={"text": text}, headers=AUTH, timeout=60)
        assert r.status_code == 413, r.text
        error = r.json()["error"]
        assert error["code"] == "R005"
        assert (
            error["message"]
            == f"too large ({most + 1:,} characters of text, limit {most:,}); split it into articles"
        )
        assert http.get("/api/articles").json()["count"] == 0
