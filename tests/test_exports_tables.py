"""The CSV and Parquet exports as an event-data researcher loads them.

1. Exports use reviewers' corrections as the queries do: a canonical event every report of which a
   reviewer marked wrong is not in the exported ``canonical_events`` (nor its mentions in
   ``canonical_mentions``), as it is not in ``query events --canonical``, ``events`` or ``polecat``.
2. ``polecat``'s Story ID is the story in every layout (canonical, ``--per-mention``,
   ``--unasserted``), so the column has one type and the Parquet export of unasserted events
   (whose rows are not merged) is written instead of failing.
"""

from __future__ import annotations

import csv
import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import RecordsPipeline, invented_record
from storyline import cli
from storyline.record import Record
from storyline.store import Store, export_tables, ingest

# invented: a customs office seizes a cargo; a minister visits a port (the report marked wrong)
SEIZURE = invented_record(
    [
        "Customs seize cargo at Velmora",
        "The Velmora Customs Office seized a cargo of copper wire on Tuesday.",
    ],
    "2031-08-05",
    [("seized", "COERCE", "Velmora Customs Office")],
)
VISIT = invented_record(
    ["Minister tours Oskarn port", "The Oskarn Port Board hosted the transport minister on Wednesday."],
    "2031-08-06",
    [("hosted", "CONSULT", "Oskarn Port Board")],
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.db"
    with Store(path) as store:
        ingest([r.article for r in (SEIZURE, VISIT)], store, pipeline=RecordsPipeline([SEIZURE, VISIT]))
        store.correct(VISIT.article.id, "events", "v1", "wrong", True)
    return path


def _rows(folder: Path, table: str, fmt: str) -> list[dict[str, str]]:
    if fmt == "csv":
        with (folder / f"{table}.csv").open(encoding="utf-8") as fh:
            return list(csv.DictReader(fh))
    import pyarrow.parquet as pq

    return [{k: str(v) for k, v in r.items()} for r in pq.read_table(folder / f"{table}.parquet").to_pylist()]


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_canonical_export_leaves_out_what_reviewers_marked_wrong(db: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / fmt
    with Store(db, readonly=True) as store:
        counts = export_tables(store, out, format=fmt)
        shown = [(r["type"], r["source"]) for r in store.canonical_events()]
    assert shown == [("COERCE", "Velmora Customs Office")]
    assert counts["canonical_events"] == counts["canonical_mentions"] == counts["polecat"] == 1
    events = _rows(out, "canonical_events", fmt)
    assert [(r["type"], r["source_names"], r["n_mentions"]) for r in events] == [
        ("COERCE", "Velmora Customs Office", "1")
    ]
    mentions = _rows(out, "canonical_mentions", fmt)
    assert [(r["article_id"], r["event_id"], r["canonical_id"]) for r in mentions] == [
        (SEIZURE.article.id, "v1", events[0]["id"])
    ]


def test_cli_export_and_query_agree(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(
        cli.main, ["export", "--format", "csv", "--out", str(tmp_path / "x"), "--db", str(db)]
    )
    assert out.exit_code == 0, out.output
    listed = runner.invoke(cli.main, ["query", "events", "--canonical", "--json", "--db", str(db)])
    ids = [str(r["id"]) for r in json.loads(listed.output)]
    assert [r["id"] for r in _rows(tmp_path / "x", "canonical_events", "csv")] == ids


# --- 2. Story ID ---------------------------------------------------------------------------------


def _negated(record: Record) -> Record:
    return dataclasses.replace(record, events=(dataclasses.replace(record.events[0], negated=True),))


# invented: a union that did not strike (negated), beside the customs seizure
DENIAL = _negated(
    invented_record(
        ["Dock union denies strike call", "The Velmora Dockers Union did not strike on Tuesday, it said."],
        "2031-08-06",
        [("strike", "PROTEST", "Velmora Dockers Union")],
    )
)


@pytest.mark.parametrize(
    ("options", "rows"),
    [
        ({}, [("c1", 1)]),
        ({"canonical": False}, [(f"{SEIZURE.article.id}-v1", 1)]),
        ({"unasserted": True}, [(f"{DENIAL.article.id}-v1", 2), ("c1", 1)]),
    ],
    ids=["canonical", "per-mention", "unasserted"],
)
@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_polecat_story_id_is_the_story(
    tmp_path: Path, fmt: str, options: dict[str, bool], rows: list[tuple[str, int]]
) -> None:
    records = [SEIZURE, DENIAL]
    with Store(tmp_path / "s.db") as store:
        ingest([r.article for r in records], store, pipeline=RecordsPipeline(records))
        stories = dict(store.conn.execute("SELECT article_id, story_id FROM story_articles"))
        assert stories == {SEIZURE.article.id: 1, DENIAL.article.id: 2}
        export_tables(store, tmp_path / "out", format=fmt, **options)
    got = sorted((r["Event ID"], int(r["Story ID"])) for r in _rows(tmp_path / "out", "polecat", fmt))
    assert got == rows
