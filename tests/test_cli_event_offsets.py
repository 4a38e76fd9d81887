"""`storyline query events --json` gives each event's trigger offsets in the article's text and
its place's country, as `/api/events` does: the CLI's rows had the trigger's words alone, so a
fact-checker could not find which "attack" of an article an event came from. Real SQLite store,
real uvicorn server."""

from __future__ import annotations

import json
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from storyline import cli
from storyline.store import Store
from test_store import TEXT, make_record


def test_cli_event_rows_carry_trigger_offsets_as_the_api(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add(make_record())
    result = CliRunner().invoke(cli.main, ["query", "events", "--json", "--db", str(db)])
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)
    assert (row["trigger"], row["trigger_start"], row["trigger_end"], row["place_country"]) == (
        "air raid",
        59,
        67,
        "IQ",
    )
    assert TEXT[row["trigger_start"] : row["trigger_end"]] == "air raid"

    pytest.importorskip("fastapi")
    from storyline.web import create_app, running

    with running(create_app(db)) as url:
        (api,) = httpx.get(f"{url}/api/events", timeout=30).json()["items"]
    keys = ("id", "article_id", "trigger", "trigger_start", "trigger_end", "place", "place_country")
    assert {k: row[k] for k in keys} == {k: api[k] for k in keys}
