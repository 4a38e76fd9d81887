"""The REST API: pinned JSON shapes, the error envelope, paging, tokens, body limits, and
reviewers' corrections (kept across re-processing, used by queries and exports), in process
and on a real uvicorn server on a loopback port."""

from __future__ import annotations

import dataclasses
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from storyline.corrections import Correction, CorrectionError, apply_corrections, validate
from storyline.pipeline import Pipeline
from storyline.record import Record
from storyline.store import Store, export_jsonl, export_tables, polecat_rows
from storyline.web import create_app, running
from test_store import make_record

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "web.db"
    with Store(path) as store:
        store.add(make_record())
    return path


@pytest.fixture
def aid() -> str:
    return make_record().article.id


@pytest.fixture
def client(db: Path) -> Iterator[Any]:
    from fastapi.testclient import TestClient

    with TestClient(create_app(db, token=TOKEN, max_body_bytes=50_000)) as c:
        yield c


# --- pinned shapes ------------------------------------------------------------------------------

PAGE_KEYS = {"items", "count", "limit", "offset", "next_offset"}

SHAPES = [
    # path, top-level keys, keys of the first item (None: not a page)
    (
        "/api/articles",
        PAGE_KEYS,
        {"id", "published", "publisher", "headline", "url", "chars", "events", "quotes"},
    ),
    (
        "/api/quotes?q=monitor",
        PAGE_KEYS,
        {
            "date",
            "speaker",
            "kind",
            "text",
            "cue",
            "channel",
            "article_id",
            "id",
            "start",
            "end",
            "published",
            "publisher",
        },
    ),
    (
        "/api/events?type=ASSAULT",
        PAGE_KEYS,
        {
            "article_id",
            "id",
            "date",
            "date_from",
            "type",
            "mode",
            "cameo",
            "source",
            "target",
            "source_countries",
            "target_countries",
            "trigger",
            "trigger_start",
            "trigger_end",
            "sentence",
            "place",
            "place_country",
            "lat",
            "lon",
            "negated",
            "hypothetical",
            "reported_by",
            "confidence",
            "published",
            "headline",
        },
    ),
    (
        "/api/entities?name=Soleimani",
        PAGE_KEYS,
        {"name", "type", "country", "sector", "code", "articles", "mentions"},
    ),
    (
        "/api/times?since=2020-01",
        PAGE_KEYS,
        {"value", "type", "mod", "text", "article_id", "start", "end", "published"},
    ),
    (
        "/api/places?country=IQ",
        PAGE_KEYS,
        {"name", "country", "admin1", "lat", "lon", "geonames_id", "articles", "mentions"},
    ),
    ("/api/map", {"items", "count"}, {"name", "country", "lat", "lon", "events", "types"}),
]


@pytest.mark.parametrize(("path", "keys", "item_keys"), SHAPES)
def test_list_shapes_are_pinned(client: Any, path: str, keys: set[str], item_keys: set[str]) -> None:
    r = client.get(path)
    assert r.status_code == 200, r.text
    data = r.json()
    assert set(data) == keys
    assert data["count"] == len(data["items"]) >= 1
    assert set(data["items"][0]) == item_keys


def test_article_shape_is_the_record(client: Any, aid: str) -> None:
    data = client.get(f"/api/articles/{aid[:6]}").json()
    assert set(data) == {"id", "record", "corrections", "dropped_corrections", "copies"}
    assert data["id"] == aid
    assert data["record"] == make_record().to_dict()
    assert data["corrections"] == []


def test_network_shape_and_content(client: Any) -> None:
    data = client.get("/api/network").json()
    assert data == {
        "nodes": [{"name": "Qassem Soleimani", "events": 1}, {"name": "United States", "events": 1}],
        "edges": [{"source": "United States", "target": "Qassem Soleimani", "type": "ASSAULT", "count": 1}],
    }


@pytest.mark.parametrize(
    ("path", "n"),
    [
        ("/api/events?type=ASSAULT", 1),
        ("/api/events?type=PROTEST", 0),
        ("/api/events?actor=soleimani", 1),
        ("/api/events?actor=Trudeau", 0),
        ("/api/events?place=Baghdad", 1),
        ("/api/events?place=Ottawa", 0),
        ("/api/events?country=IRN", 1),
        ("/api/events?since=2020-01-03&until=2020-01-03", 1),
        ("/api/events?since=2020-01-04", 0),
        ("/api/events?until=2019", 0),
        ("/api/quotes?q=monitor%20situation", 1),
        ("/api/quotes?q=Lane", 1),  # speaker is searched too
        ("/api/quotes?q=threaten", 0),
        ("/api/quotes?speaker=lane&since=2020-01-05", 1),
        ("/api/quotes?speaker=Soleimani", 0),
        ("/api/quotes?kind=indirect", 0),
        ("/api/articles?q=Baghdad", 1),
        ("/api/articles?q=Tokyo", 0),
        ("/api/times?since=2021", 0),
    ],
)
def test_filters(client: Any, path: str, n: int) -> None:
    assert client.get(path).json()["count"] == n


def test_paging(db: Path, client: Any) -> None:
    other = dataclasses.replace(
        make_record(), article=dataclasses.replace(make_record().article, id="0" * 16)
    )
    with Store(db) as store:
        store.add(other)
    first = client.get("/api/articles?limit=1").json()
    assert (first["count"], first["next_offset"]) == (1, 1)
    second = client.get("/api/articles?limit=1&offset=1").json()
    assert (second["count"], second["next_offset"]) == (1, None)
    assert first["items"][0]["id"] != second["items"][0]["id"]
    events = client.get("/api/events?limit=1&offset=1").json()
    assert (events["count"], events["offset"], events["next_offset"]) == (1, 1, None)
    assert client.get("/api/events?offset=5").json()["items"] == []


# --- errors ---------------------------------------------------------------------------------------

ERRORS = [
    # method, path, body, headers, status, code
    ("get", "/api/nowhere", None, {}, 404, "H404"),
    ("get", "/api/articles/ffffffffffff", None, {}, 404, "S404"),
    ("get", "/api/events?since=last-week", None, {}, 422, "H422"),
    ("get", "/api/quotes?limit=0", None, {}, 422, "H422"),
    ("get", "/api/quotes?limit=100000", None, {}, 422, "H422"),
    ("get", "/api/quotes?kind=rumour", None, {}, 422, "H422"),
    ("post", "/api/articles", {"text": "x"}, {}, 401, "H401"),
    ("post", "/api/articles", {"text": "x"}, {"Authorization": "Bearer wrong"}, 401, "H401"),
    ("post", "/api/articles", {"text": ""}, AUTH, 422, "H422"),
    ("post", "/api/articles", {"text": "x", "published": "Friday"}, AUTH, 422, "H422"),
    ("post", "/api/articles", {"text": "x" * 60_000}, AUTH, 413, "H413"),
    (
        "post",
        "/api/articles/{aid}/corrections",
        {"kind": "quotes", "item": "q1", "field": "wrong"},
        {},
        401,
        "H401",
    ),
    (
        "post",
        "/api/articles/{aid}/corrections",
        {"kind": "quotes", "item": "q1", "field": "colour", "value": "red"},
        AUTH,
        422,
        "C001",
    ),
    (
        "post",
        "/api/articles/{aid}/corrections",
        {"kind": "events", "item": "v1", "field": "type", "value": "BOMBING"},
        AUTH,
        422,
        "C001",
    ),
    (
        "post",
        "/api/articles/{aid}/corrections",
        {"kind": "quotes", "item": "q99", "field": "wrong", "value": True},
        AUTH,
        404,
        "S405",
    ),
    (
        "post",
        "/api/articles/{aid}/corrections",
        {"kind": "rumours", "item": "q1", "field": "wrong"},
        AUTH,
        422,
        "H422",
    ),
    ("delete", "/api/articles/{aid}/corrections/quotes/q1/speaker", None, AUTH, 404, "S406"),
]


@pytest.mark.parametrize(("method", "path", "body", "headers", "status", "code"), ERRORS)
def test_error_envelope(
    client: Any, aid: str, method: str, path: str, body: Any, headers: dict[str, str], status: int, code: str
) -> None:
    kwargs: dict[str, Any] = {"headers": headers}
    if body is not None:
        kwargs["json"] = body
    r = client.request(method.upper(), path.format(aid=aid), **kwargs)
    assert r.status_code == status, r.text
    data = r.json()
    assert set(data) == {"error"}
    assert set(data["error"]) == {"status", "code", "message", "details"}
    assert data["error"]["status"] == status
    assert data["error"]["code"] == code
    assert data["error"]["message"]


def test_writes_are_refused_without_a_start_up_token(db: Path) -> None:
    from fastapi.testclient import TestClient

    with TestClient(create_app(db)) as c:
        r = c.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer anything"})
        assert r.status_code == 403
        assert r.json()["error"]["code"] == "H403"
        assert c.get("/api/health").json()["writes"] is False


def test_a_read_only_server_says_it_is_read_only(db: Path) -> None:
    from fastapi.testclient import TestClient

    with TestClient(create_app(db)) as c:
        for method, path in (
            ("post", "/api/articles"),
            ("delete", "/api/articles/x/corrections/quotes/q1/speaker"),
        ):
            r = getattr(c, method)(path, headers={"Authorization": "Bearer anything"})
            assert r.status_code == 403
            assert r.json()["error"]["message"] == (
                "this server is read-only: it takes no articles or corrections; to take them, start "
                "`storyline serve` without --read-only (it prints a write token) or with --token TOKEN"
            )


def test_security_headers_and_offline_page(client: Any) -> None:
    page = client.get("/")
    assert page.status_code == 200
    assert "text/html" in page.headers["content-type"]
    csp = page.headers["content-security-policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "http://" not in page.text and "https://" not in page.text  # no CDN
    for asset in ("/static/app.js", "/static/style.css"):
        r = client.get(asset)
        assert r.status_code == 200
        assert "https://" not in r.text
    assert "innerHTML" not in client.get("/static/app.js").text


def test_world_outlines_come_from_a_package(client: Any) -> None:
    world = client.get("/api/world").json()
    assert world["type"] == "FeatureCollection"
    assert len(world["features"]) > 150
    ids = {f["id"] for f in world["features"]}
    assert {"IRQ", "CAN", "USA", "IRN"} <= ids


def test_openapi_schema_lists_the_api(client: Any) -> None:
    schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/api/articles",
        "/api/articles/{article_id}",
        "/api/articles/{article_id}/corrections",
        "/api/quotes",
        "/api/events",
        "/api/entities",
        "/api/times",
        "/api/places",
        "/api/network",
        "/api/map",
    ):
        assert path in paths
    assert "post" in paths["/api/articles"]
    assert "ErrorOut" in schema["components"]["schemas"]


# --- corrections ---------------------------------------------------------------------------------


def _fix(kind: str, item: str, field: str, value: Any) -> Correction:
    return Correction(make_record().article.id, kind, item, field, value)


APPLY = [
    # correction, what the corrected record shows
    (_fix("quotes", "q1", "speaker", "Qassem Soleimani"), lambda r: (r.quotes[0].speaker.entity, "e1")),
    (_fix("quotes", "q1", "speaker", "a spokesman"), lambda r: (r.quotes[0].speaker.entity, None)),
    (_fix("quotes", "q1", "wrong", True), lambda r: (len(r.quotes), 0)),
    (_fix("quotes", "q1", "wrong", False), lambda r: (len(r.quotes), 1)),
    (_fix("events", "v1", "type", "COERCE"), lambda r: (r.events[0].type, "COERCE")),
    (_fix("events", "v1", "date", "2020-01-02"), lambda r: (r.events[0].date, "2020-01-02")),
    (_fix("events", "v1", "place", None), lambda r: (r.events[0].place, None)),
    (_fix("events", "v1", "wrong", True), lambda r: (r.events, ())),
    (_fix("times", "0", "value", "2020-01-02"), lambda r: (r.times[0].value, "2020-01-02")),
    (_fix("places", "0", "wrong", True), lambda r: ((r.places, r.events[0].place), ((), None))),
    (_fix("entities", "e1", "wrong", True), lambda r: (r.events[0].target, ())),
    (_fix("entities", "e3", "wrong", True), lambda r: (r.quotes[0].speaker.entity, None)),
    (_fix("events", "v9", "type", "COERCE"), lambda r: (r, make_record())),  # no such item: no change
]


@pytest.mark.parametrize(("fix", "check"), APPLY)
def test_apply_corrections(fix: Correction, check: Any) -> None:
    got, expected = check(apply_corrections(make_record(), [fix]))
    assert got == expected


@pytest.mark.parametrize(
    ("kind", "field", "value"),
    [
        ("events", "type", "bombing"),
        ("events", "date", "last Friday"),
        ("events", "place", -1),
        ("events", "place", "Baghdad"),
        ("quotes", "wrong", "yes"),
        ("quotes", "kind", "rumour"),
        ("places", "lat", "north"),
        ("stories", "name", "x"),
        ("times", "type", "DATE"),
    ],
)
def test_invalid_corrections_are_refused(kind: str, field: str, value: Any) -> None:
    with pytest.raises(CorrectionError):
        validate(kind, field, value)


def test_correction_is_used_by_queries_and_exports(db: Path, client: Any, aid: str, tmp_path: Path) -> None:
    r = client.post(
        f"/api/articles/{aid}/corrections",
        headers=AUTH,
        json={"kind": "events", "item": "v1", "field": "type", "value": "COERCE", "note": "a raid is force"},
    )
    assert r.status_code == 201, r.text
    assert r.json()["record"]["events"][0]["type"] == "COERCE"
    assert client.get("/api/events?type=ASSAULT").json()["count"] == 0
    assert client.get("/api/events?type=COERCE").json()["count"] == 1
    client.post(
        f"/api/articles/{aid}/corrections",
        headers=AUTH,
        json={"kind": "quotes", "item": "q1", "field": "speaker", "value": "Qassem Soleimani"},
    )
    assert client.get("/api/quotes?q=Soleimani").json()["count"] == 1  # FTS sees the new speaker
    assert client.get(f"/api/articles/{aid}?machine=true").json()["record"] == make_record().to_dict()
    with Store(db) as store:
        export_jsonl(store, tmp_path / "out.jsonl")
        exported = Record.from_json((tmp_path / "out.jsonl").read_text().splitlines()[0])
        assert exported.events[0].type == "COERCE"
        assert exported.quotes[0].speaker.text == "Qassem Soleimani"
        assert [row["Event Type"] for row in polecat_rows(store)] == ["COERCE"]
        export_tables(store, tmp_path / "tables")
        assert "COERCE" in (tmp_path / "tables" / "polecat.csv").read_text()
    r = client.delete(f"/api/articles/{aid}/corrections/events/v1/type", headers=AUTH)
    assert r.status_code == 200
    assert client.get("/api/events?type=ASSAULT").json()["count"] == 1


def test_corrections_survive_re_processing(db: Path, aid: str) -> None:
    with Store(db) as store:
        store.correct(aid, "events", "v1", "wrong", True)
        store.correct(aid, "quotes", "q1", "speaker", "Qassem Soleimani")
        store.remove(aid)
        assert store.events() == []
        # re-processing renumbers the items: the corrections follow their evidence spans
        record = make_record()
        renumbered = dataclasses.replace(
            record,
            quotes=(dataclasses.replace(record.quotes[0], id="q7"),),
            events=(dataclasses.replace(record.events[0], id="v4"),),
        )
        store.add(renumbered)
        assert store.events() == []
        assert store.quotes()[0]["speaker"] == "Qassem Soleimani"
        assert store.get(aid).quotes[0].speaker.entity == "e1"
        assert store.get(aid, corrected=False) == renumbered
        assert len(store.corrections(aid)) == 2


def test_read_only_store_on_an_old_database_has_no_corrections(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.db"
    with Store(path) as store:
        store.add(make_record())
        store.conn.execute("DROP TABLE corrections")
    with Store(path, readonly=True) as store:
        assert store.corrections() == []
        assert store.get(make_record().article.id) == make_record()
    with pytest.raises(sqlite3.OperationalError), Store(path, readonly=True) as store:
        store.conn.execute("SELECT * FROM corrections")


# --- POST an article -------------------------------------------------------------------------------

HOSTILE = (
    "Protesters gathered in Ottawa on Friday, the organisers said.\n\n"
    '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> <b>bold</b>\n\n'
    "“We will be back,” Jane Doe said in a statement."
)


def test_post_article_processes_and_stores_once(db: Path, pipeline: Pipeline) -> None:
    from fastapi.testclient import TestClient

    with TestClient(create_app(db, token=TOKEN, pipeline=pipeline)) as c:
        body = {"text": HOSTILE, "published": "2020-01-05", "headline": "<i>Hostile</i>"}
        first = c.post("/api/articles", json=body, headers=AUTH)
        assert first.status_code == 201, first.text
        assert first.json()["stored"] is True
        again = c.post("/api/articles", json=body, headers={"X-Storyline-Token": TOKEN})
        assert (again.status_code, again.json()) == (200, {"id": first.json()["id"], "stored": False})
        record = c.get(f"/api/articles/{first.json()['id']}").json()["record"]
        assert record["article"]["text"] == HOSTILE  # stored as given: escaping is the page's job
        assert record["article"]["published"] == "2020-01-05"


# --- a real server ------------------------------------------------------------------------------------


def test_real_uvicorn_server_on_loopback(db: Path, client: Any, aid: str) -> None:
    with running(create_app(db, token=TOKEN)) as url:
        assert url.startswith("http://127.0.0.1:")
        with httpx.Client(base_url=url, timeout=30) as http:
            for path, _keys, _item_keys in SHAPES:
                assert http.get(path).json() == client.get(path).json()
            assert http.get("/api/nowhere").json()["error"]["code"] == "H404"
            r = http.post(
                f"/api/articles/{aid}/corrections",
                headers=AUTH,
                json={"kind": "quotes", "item": "q1", "field": "wrong", "value": True},
            )
            assert r.status_code == 201
            assert http.get("/api/quotes").json()["count"] == 0
            assert "gzip" in http.get("/api/world").headers.get("content-encoding", "")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_cli_serve_answers_on_localhost(db: Path) -> None:
    port = _free_port()
    cli = Path(sys.executable).with_name("storyline")
    proc = subprocess.Popen(
        [str(cli), "serve", "--db", str(db), "--port", str(port), "--token", TOKEN],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    try:
        health = None
        for _ in range(600):  # up to ~60 s on a busy machine
            if proc.poll() is not None:
                break
            try:
                health = httpx.get(f"http://127.0.0.1:{port}/api/health", timeout=2).json()
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert health is not None, "storyline serve did not answer"
        assert (health["status"], health["articles"], health["writes"]) == ("ok", 1, True)
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
    assert "serving" in (proc.stderr.read() if proc.stderr else "")


def test_corrections_json_round_trip(db: Path, aid: str) -> None:
    with Store(db) as store:
        fix = store.correct(aid, "places", "0", "lat", 33.3)
        assert fix.start is not None
        assert store.corrections(aid) == [fix]
        assert json.loads(json.dumps(dataclasses.asdict(fix)))["value"] == 33.3
        assert store.places()[0]["lat"] == 33.3


# --- the latency benchmark (figures are not asserted: speed goes in `storyline bench --api`) -----


def test_synthetic_records_have_true_offsets() -> None:
    import random

    from storyline.web.benchmark import synthetic_record

    rng = random.Random(3)
    for i in range(20):
        record = synthetic_record(i, rng)
        text = record.article.text
        spans = [(q.start, q.end, q.text) for q in record.quotes]
        spans += [(m.start, m.end, m.text) for e in record.entities for m in e.mentions]
        spans += [(v.trigger.start, v.trigger.end, v.trigger.text) for v in record.events]
        spans += [(t.start, t.end, t.text) for t in record.times + record.places]
        assert all(text[s:e] == t for s, e, t in spans)


def test_api_benchmark_reports_every_query(tmp_path: Path) -> None:
    from storyline.web.benchmark import api_latency, format_api_latency

    result = api_latency(n_articles=40, repeats=2, db=tmp_path / "bench.db")
    assert result["articles"] == 40
    assert len(result["queries"]) >= 10
    assert all(set(v) == {"p50_ms", "p95_ms", "p50_x_baseline"} for v in result["queries"].values())
    with Store(tmp_path / "bench.db") as store:
        assert store.counts()["events"] == 40
    assert "p95 ms" in format_api_latency(result)


@pytest.mark.parametrize(
    ("host", "status"),
    [("127.0.0.1:8765", 200), ("localhost", 200), ("[::1]:8765", 200), ("evil.example", 400), ("", 400)],
)
def test_host_header_is_checked_when_serving_localhost(db: Path, host: str, status: int) -> None:
    from fastapi.testclient import TestClient

    app = create_app(db, allowed_hosts=["localhost", "127.0.0.1", "::1", "[::1]"])
    with TestClient(app) as c:
        r = c.get("/api/health", headers={"Host": host})
        assert r.status_code == status
        if status != 200:
            assert r.json()["error"]["code"] == "H400"


def test_reads_go_on_while_a_writer_holds_the_store(db: Path, client: Any) -> None:
    writer = Store(db)
    try:
        writer.conn.execute("BEGIN IMMEDIATE")
        other = dataclasses.replace(
            make_record(), article=dataclasses.replace(make_record().article, id="1" * 16)
        )
        writer._insert(other, None)
        assert client.get("/api/articles").json()["count"] == 1  # the uncommitted article is not seen
        writer.conn.execute("COMMIT")
        assert client.get("/api/articles").json()["count"] == 2
    finally:
        writer.close()
