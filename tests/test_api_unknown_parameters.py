"""An API address with a query parameter its endpoint does not take, or a body with a field
it does not take, is refused, naming it and what the endpoint takes: a CLI user's `--text` sent
as `text=` (the API's search is `q`), a misspelt filter or a misspelt `publishd` was ignored,
answering every row or storing the article undated. A JSON line's `publisher` is taken. On a
real uvicorn server over a real SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from storyline.pipeline import Pipeline
from storyline.store import Store
from storyline.web import create_app, running
from test_store import make_record

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")


@pytest.fixture(scope="module")
def http(tmp_path_factory: pytest.TempPathFactory) -> Iterator[httpx.Client]:
    path = tmp_path_factory.mktemp("unknown") / "api.db"
    with Store(path) as store:
        store.add(make_record())
    with running(create_app(path, token="tok")) as url, httpx.Client(base_url=url, timeout=30) as client:
        yield client


@pytest.mark.parametrize(
    ("path", "message"),
    [
        (
            "/api/quotes?text=nothing%20matches%20this",
            "unknown query parameter text for /api/quotes; it takes: kind, limit, offset, q, since, "
            "speaker, until (the full-text search is q)",
        ),
        (
            "/api/stories?text=zzz",
            "unknown query parameter text for /api/stories; it takes: limit, offset, q, since, until "
            "(the full-text search is q)",
        ),
        (
            "/api/articles?text=zzz",
            "unknown query parameter text for /api/articles; it takes: limit, offset, q, since, until "
            "(the full-text search is q)",
        ),
        (
            "/api/events?canonical=true&tpye=ASSAULT",
            "unknown query parameter canonical, tpye for /api/events; it takes: actor, country, limit, "
            "offset, place, q, since, type, until",
        ),
        (
            "/api/places?text=zzz",
            "unknown query parameter text for /api/places; it takes: country, limit, name, offset",
        ),
        (
            "/api/health?verbose=1",
            "unknown query parameter verbose for /api/health; it takes: no query parameters",
        ),
    ],
)
def test_unknown_query_parameter_is_422_naming_it(http: httpx.Client, path: str, message: str) -> None:
    r = http.get(path)
    assert r.status_code == 422, r.text
    assert r.json()["error"] == {"status": 422, "code": "H422", "message": message, "details": None}


@pytest.mark.parametrize(
    ("path", "count"),
    [
        ("/api/quotes?q=nothing%20matches%20this", 0),
        ("/api/stories?q=zzz", 0),
        ("/api/articles?q=zzz", 0),
        ("/api/places?name=zzz", 0),
        ("/api/events?type=ASSAULT&_=1700000000", 1),  # a client's cache buster is no filter
    ],
)
def test_known_parameters_still_answer(http: httpx.Client, path: str, count: int) -> None:
    r = http.get(path)
    assert r.status_code == 200, r.text
    assert r.json()["count"] == count


# --- bodies: a field the endpoint does not take is refused; a JSON line's publisher is taken ----


@pytest.mark.parametrize(
    ("path", "body", "where"),
    [
        (
            "/api/articles",
            {"text": "Troops crossed the river at dawn.", "publishd": "2024-01-02"},
            "body.publishd",
        ),
        ("/api/articles", {"txt": "Troops crossed the river at dawn."}, "body.text, body.txt"),
        (
            "/api/articles/0000/corrections",
            {"kind": "quotes", "item": "q1", "field": "speaker", "vaule": "Ana Ruiz"},
            "body.vaule",
        ),
    ],
)
def test_unknown_body_field_is_422_naming_it(http: httpx.Client, path: str, body: dict, where: str) -> None:
    r = http.post(path, json=body, headers={"Authorization": "Bearer tok"})
    assert r.status_code == 422, r.text
    assert r.json()["error"]["message"] == f"invalid request: {where}"


def test_posted_publisher_is_the_articles_and_a_copys(tmp_path: Path, pipeline: Pipeline) -> None:
    text = "Dockworkers in Valdora walked out on Thursday over unpaid wages, their union said."
    app = create_app(tmp_path / "post.db", token="tok", pipeline=pipeline)
    auth = {"Authorization": "Bearer tok"}
    with running(app) as url, httpx.Client(base_url=url, timeout=60) as http:
        r = http.post("/api/articles", json={"text": text, "publisher": "Coastline Post"}, headers=auth)
        assert r.status_code == 201, r.text
        aid = r.json()["id"]
        assert http.get(f"/api/articles/{aid}").json()["record"]["article"]["publisher"] == "Coastline Post"
        # the same text from another publisher, no URL: one more source, as ingest keeps a JSON line's
        again = http.post("/api/articles", json={"text": text, "publisher": "Inland Courier"}, headers=auth)
        assert again.json() == {"id": aid, "stored": False, "copy": True}
        copies = http.get(f"/api/articles/{aid}").json()["copies"]
        assert [c["publisher"] for c in copies] == ["Inland Courier"]


def test_canonical_events_of_a_story_no_story_has_is_422(http: httpx.Client) -> None:
    """A story filter that can only match nothing was an empty page, as if the story had no events."""
    r = http.get("/api/canonical-events?story=987654")
    assert r.status_code == 422, r.text
    assert r.json()["error"] == {
        "status": 422,
        "code": "Q005",
        "message": "no story has id 987654; list the stories at /api/stories",
        "details": None,
    }
