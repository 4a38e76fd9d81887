"""Canonical events filtered by country, as single reports are (``query events --canonical
--country``, ``/api/canonical-events?country=``): an event is kept when one of its reports has
an actor or a place of that country."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from conftest import RecordsPipeline, invented_record
from storyline import cli
from storyline.record import Actor, Record
from storyline.store import QueryError, Store, ingest
from storyline.web import create_app


def _with_country(record: Record, country: str) -> Record:
    """The record with its first entity's actor in ``country`` (alpha-3)."""
    first, *rest = record.entities
    actor = dataclasses.replace(first.actor or Actor(first.name), country=country)
    return dataclasses.replace(record, entities=(dataclasses.replace(first, actor=actor), *rest))


# invented: a border guard detains herders (Kenya), a port authority fines a shipper (Peru)
HERDERS = _with_country(
    invented_record(
        ["Border guards detain herders", "The Lokitaung Border Unit detained nine herders near the well."],
        "2031-05-02",
        [("detained", "COERCE", "Lokitaung Border Unit")],
    ),
    "KEN",
)
SHIPPER = _with_country(
    invented_record(
        ["Port fines shipper", "The Ilo Port Authority fined a shipping line for dumping ballast."],
        "2031-05-03",
        [("fined", "COERCE", "Ilo Port Authority")],
    ),
    "PER",
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "s.db"
    with Store(path) as store:
        ingest([r.article for r in (HERDERS, SHIPPER)], store, pipeline=RecordsPipeline([HERDERS, SHIPPER]))
    return path


@pytest.mark.parametrize(
    ("country", "sources"),
    [
        ("Kenya", ["Lokitaung Border Unit"]),
        ("KE", ["Lokitaung Border Unit"]),
        ("PER", ["Ilo Port Authority"]),
    ],
)
def test_store_canonical_events_by_country(db: Path, country: str, sources: list[str]) -> None:
    with Store(db, readonly=True) as store:
        assert [r["source"] for r in store.canonical_events(country=country)] == sources
        assert store.canonical_events(country="Chile") == []
        with pytest.raises(QueryError):
            store.canonical_events(country="Atlantis")


def test_cli_canonical_events_by_country(db: Path) -> None:
    out = CliRunner().invoke(
        cli.main, ["query", "events", "--canonical", "--country", "Peru", "--json", "--db", str(db)]
    )
    assert out.exit_code == 0, out.output
    assert [(r["type"], r["source"]) for r in json.loads(out.output)] == [("COERCE", "Ilo Port Authority")]


def test_api_canonical_events_by_country(db: Path) -> None:
    transport = httpx.ASGITransport(app=create_app(db))

    async def get(url: str) -> httpx.Response:
        async with httpx.AsyncClient(transport=transport, base_url="http://t") as client:
            return await client.get(url)

    r = asyncio.run(get("/api/canonical-events?country=KEN"))
    assert r.status_code == 200
    assert [i["source"] for i in r.json()["items"]] == ["Lokitaung Border Unit"]
    bad = asyncio.run(get("/api/canonical-events?country=Atlantis"))
    assert (bad.status_code, bad.json()["error"]["code"]) == (422, "Q002")
