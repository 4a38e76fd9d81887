"""The command line as a demanding user meets it (session 18 audit), on a real SQLite file:
a mistyped filter says what is allowed instead of printing no rows, a search with no words
is an error line and not a traceback, impossible dates are usage errors, an unknown canonical
id is reported, failure reasons are printed whole, JSON columns are JSON, a multi-article file
given to ``process`` says it printed only the first, and ``load`` merges stories."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline import cli
from storyline.store import Store
from test_cli import monkeypatch_module, runner  # noqa: F401  (fixtures: the session's pipeline)
from test_store import make_record


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "cli.db"
    with Store(path) as store:
        store.add(make_record())
        store.merge_stories()
        store.record_error(
            "feeds/long-name-of-a-feed-file.jsonl:17",
            "malformed JSON (Expecting value: line 1 column 10 (char 9)); each line must be one JSON object",
            "R006",
        )
    return path


def run(db: Path, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli.main, [*args, "--db", str(db)])
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "events", "--type", "ASSUALT"], "'ASSUALT' is not a PLOVER event type; use one of AGREE"),
        (["query", "events", "--canonical", "--type", "attack"], "'attack' is not a PLOVER event type"),
        (["query", "entities", "--type", "PER"], "'PER' is not an entity type; use one of PERSON, ORG"),
        (["query", "times", "--type", "TIMEX"], "'TIMEX' is not a time type; use one of DATE, TIME"),
        (["query", "events", "--country", "Narnia"], "'Narnia' is not a country"),
        (["query", "places", "--country", "Atlantis"], "'Atlantis' is not a country"),
        (["query", "quotes", "--text", '"'], "has no words to search for"),
        (["query", "articles", "--text", "*"], "has no words to search for"),
    ],
)
def test_filters_that_cannot_match_are_errors(db: Path, args: list[str], message: str) -> None:
    code, out, err = run(db, *args)
    assert (code, out) == (1, "")
    assert err.startswith("Error: ") and message in err and "Traceback" not in err
    assert err.rstrip().endswith(("[Q001]", "[Q002]", "[Q003]"))


@pytest.mark.parametrize(
    ("args", "first_column"),
    [
        (["query", "events", "--type", "assault"], "2020-01-03"),
        (["query", "events", "--country", "Iraq"], "2020-01-03"),
        (["query", "events", "--country", "IR"], "2020-01-03"),
        (["query", "entities", "--country", "Iran"], "Qassem Soleimani"),
        (["query", "places", "--country", "IRQ"], "Baghdad"),
        (["query", "times", "--type", "date"], "2020-01-03"),
    ],
)
def test_filters_by_name_or_either_code_find_rows(db: Path, args: list[str], first_column: str) -> None:
    code, out, _ = run(db, *args)
    assert code == 0
    assert out.splitlines()[2].split("  ")[0] == first_column


@pytest.mark.parametrize("value", ["2020-13", "2021-02-30", "2020-00", "2020-1-5", "May 2020"])
@pytest.mark.parametrize("option", ["--since", "--until"])
def test_impossible_dates_are_usage_errors(db: Path, option: str, value: str) -> None:
    code, _, err = run(db, "query", "events", option, value)
    assert code == 2 and f"{value!r} is not a date" in err


@pytest.mark.parametrize("value", ["2020", "2020-02", "2020-02-29"])
def test_real_dates_are_taken(db: Path, value: str) -> None:
    assert run(db, "query", "events", "--since", value)[0] == 0


def test_unknown_canonical_event_is_reported(db: Path) -> None:
    code, out, err = run(db, "query", "mentions", "99999")
    assert (code, out) == (1, "")
    assert "no canonical event has id 99999" in err and "[S407]" in err


def test_errors_table_prints_the_whole_reason(db: Path) -> None:
    code, out, _ = run(db, "query", "errors")
    assert code == 0
    assert "each line must be one JSON object" in out.splitlines()[2]


def test_stories_json_has_lists_not_json_strings(db: Path) -> None:
    code, out, _ = run(db, "query", "stories", "--json")
    assert code == 0
    (story,) = json.loads(out)
    assert story["places"] == ["Baghdad"]
    assert story["actors"] == ["Lane", "Qassem Soleimani", "United States"]  # as named
    code, out, _ = run(db, "query", "stories")
    assert out.splitlines()[2].split("  ")[-2:] == ["Lane, Qassem Soleimani, United States", "Baghdad"]


def test_process_warns_when_the_file_holds_several_articles(
    runner: CliRunner,  # noqa: F811
    tmp_path: Path,
) -> None:
    path = tmp_path / "two.jsonl"
    lines = [
        {"text": "Police arrested two men in Springfield on Monday.", "published": "2021-03-01"},
        {"text": "The mayor resigned on Friday after protests.", "published": "2021-03-05"},
    ]
    path.write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    result = runner.invoke(cli.main, ["process", str(path)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["article"]["text"] == lines[0]["text"]
    assert f"warning: {path} holds 2 articles; printing the first only" in result.stderr


def test_load_merges_what_it_stores(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`storyline load` stores records through the store; they must join stories as ingested
    ones do (the Parquet reading itself is tested with Ray in test_scale)."""
    import storyline.scale

    def fake_load(folder: Path, store: Store) -> dict[str, int]:
        store.add(make_record())
        return {"stored": 1, "skipped": 0, "errors": 0}

    monkeypatch.setattr(storyline.scale, "load_parquet", fake_load)
    db = tmp_path / "load.db"
    (tmp_path / "out" / "articles").mkdir(parents=True)  # what `load` checks a run's output has
    code, out, _ = run(db, "load", str(tmp_path / "out"))
    assert (code, out.strip()) == (0, f"{db}: 1 stored, 0 skipped, 0 errors")
    with Store(db) as store:
        assert store.unmerged_ids() == []
        assert len(store.canonical_events()) == 1


def test_a_file_that_is_not_a_store_is_an_error_line(tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_text("not a database\n" * 100, encoding="utf-8")
    empty = tmp_path / "empty.db"
    import sqlite3

    sqlite3.connect(empty).execute("CREATE TABLE t (x)").connection.close()  # SQLite, not storyline
    for path in (junk, empty):
        code, out, err = run(path, "query", "events")
        assert (code, out) == (1, "")  # was a traceback (sqlite3.DatabaseError / OperationalError)
        assert err.startswith(f"Error: {path}: cannot open as a storyline database") and "[S002]" in err


def test_jsonl_export_to_a_folder_is_an_error_line(db: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    code, out, err = run(db, "export", "--out", str(folder))
    assert (code, out) == (1, "")  # was IsADirectoryError with a traceback
    assert (
        err.strip()
        == f"Error: {folder}: is a folder; give a file name for jsonl (e.g. {folder}/records.jsonl) [S012]"
    )
