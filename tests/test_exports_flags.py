"""Yes/no columns have one type in every exported table: ``events``' ``negated`` and
``hypothetical`` are booleans as ``polecat``'s Negated and Hypothetical are (the record's and the
API's type), in CSV and in Parquet; the store's SQL column stays an integer."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path

import pytest

from conftest import RecordsPipeline, invented_record
from storyline.store import Store, export_tables, ingest

# invented: a ferry line that did not cancel its crossings, and a harbour board that closed a quay
DENIED = invented_record(
    ["Ferry line keeps crossings", "The Skelde Ferry Company did not cancel its crossings on Friday."],
    "2034-02-03",
    [("cancel", "REDUCE", "Skelde Ferry Company")],
)
DENIED = dataclasses.replace(DENIED, events=(dataclasses.replace(DENIED.events[0], negated=True),))
CLOSED = invented_record(
    ["Quay closed", "The Brannholm Harbour Board closed the north quay on Saturday."],
    "2034-02-04",
    [("closed", "COERCE", "Brannholm Harbour Board")],
)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_event_flags_are_booleans_in_events_and_polecat(tmp_path: Path, fmt: str) -> None:
    with Store(tmp_path / "s.db") as store:
        ingest([r.article for r in (DENIED, CLOSED)], store, pipeline=RecordsPipeline([DENIED, CLOSED]))
        assert [r[0] for r in store.conn.execute("SELECT negated FROM events ORDER BY date")] == [1, 0]
        export_tables(store, tmp_path / "out", format=fmt, unasserted=True, canonical=False)
    out = tmp_path / "out"
    if fmt == "csv":
        with (out / "events.csv").open(encoding="utf-8") as fh:
            events = [(r["negated"], r["hypothetical"]) for r in csv.DictReader(fh)]
        with (out / "polecat.csv").open(encoding="utf-8") as fh:
            polecat = [(r["Negated"], r["Hypothetical"]) for r in csv.DictReader(fh)]
        assert sorted(events) == sorted(polecat) == [("False", "False"), ("True", "False")]
    else:
        import pyarrow.parquet as pq

        ev = pq.read_table(out / "events.parquet")
        pc = pq.read_table(out / "polecat.parquet")
        assert [str(ev.schema.field(c).type) for c in ("negated", "hypothetical")] == ["bool", "bool"]
        assert [str(pc.schema.field(c).type) for c in ("Negated", "Hypothetical")] == ["bool", "bool"]
        assert sorted(ev.column("negated").to_pylist()) == [False, True]
