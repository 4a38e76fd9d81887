"""The REST API as a demanding user meets it (session 18 audit): filters that cannot match
are 422 with the allowed values (not an empty page or a 500), countries by name or either
code, impossible dates refused, /docs allowed to load what it loads, and a POSTed article
joins its story as an ingested one does; on a real uvicorn server over a real SQLite file."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from storyline.pipeline import Pipeline
from storyline.store import Store
from storyline.web import create_app, running
from test_store import make_record

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

TOKEN = "s18-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "api.db"
    with Store(path) as store:
        store.add(make_record())
    return path


@pytest.fixture
def http(db: Path) -> Iterator[httpx.Client]:
    with running(create_app(db, token=TOKEN)) as url, httpx.Client(base_url=url, timeout=30) as client:
        yield client


@pytest.mark.parametrize(
    ("path", "code", "message"),
    [
        ("/api/events?type=ASSUALT", "Q001", "'ASSUALT' is not a PLOVER event type; use one of AGREE"),
        ("/api/network?type=riot", "Q001", "'riot' is not a PLOVER event type"),
        ("/api/map?type=riot", "Q001", "'riot' is not a PLOVER event type"),
        ("/api/entities?type=PER", "Q001", "'PER' is not an entity type"),
        ("/api/times?type=TIMEX", "Q001", "'TIMEX' is not a time type"),
        ("/api/events?country=Narnia", "Q002", "'Narnia' is not a country"),
        ("/api/places?country=Narnia", "Q002", "'Narnia' is not a country"),
        ("/api/quotes?q=%22", "Q003", "has no words to search for"),  # was a 500
        ("/api/articles?q=%2A", "Q003", "has no words to search for"),  # was a 500
    ],
)
def test_filters_that_cannot_match_are_422(http: httpx.Client, path: str, code: str, message: str) -> None:
    r = http.get(path)
    assert r.status_code == 422
    error = r.json()["error"]
    assert (error["status"], error["code"]) == (422, code)
    assert message in error["message"]


@pytest.mark.parametrize(
    ("path", "count"),
    [
        ("/api/events?type=assault", 1),
        ("/api/events?country=Iraq", 1),
        ("/api/events?country=IRQ", 1),  # the place is stored as IQ: was 0
        ("/api/events?country=IR", 1),  # the target actor is stored as IRN: was 0
        ("/api/events?country=FR", 0),
        ("/api/entities?country=Iran", 1),
        ("/api/places?country=IRQ", 1),
    ],
)
def test_country_and_type_filters(http: httpx.Client, path: str, count: int) -> None:
    r = http.get(path)
    assert r.status_code == 200, r.text
    assert r.json()["count"] == count


@pytest.mark.parametrize("value", ["2020-13", "2020-00", "2020-01-32", "2020-1"])
def test_impossible_dates_are_422(http: httpx.Client, value: str) -> None:
    r = http.get(f"/api/events?since={value}")
    assert (r.status_code, r.json()["error"]["code"]) == (422, "H422")


def test_docs_page_may_load_what_it_references(http: httpx.Client) -> None:
    """FastAPI's /docs loads Swagger UI from a CDN and starts it with an inline script; under
    the page's 'self'-only policy it was blank. Every script and stylesheet host it names must
    be allowed there, and the page's own policy must stay 'self'-only."""
    r = http.get("/docs")
    policy = r.headers["content-security-policy"]
    script_src = re.search(r"script-src ([^;]+)", policy).group(1).split()  # type: ignore[union-attr]
    style_src = re.search(r"style-src ([^;]+)", policy).group(1).split()  # type: ignore[union-attr]
    scripts = re.findall(r'<script src="(https://[^/"]+)', r.text)
    styles = re.findall(r'<link type="text/css" rel="stylesheet" href="(https://[^/"]+)', r.text)
    assert scripts and styles
    assert all(host in script_src for host in scripts) and "'unsafe-inline'" in script_src
    assert all(host in style_src for host in styles)
    page = http.get("/").headers["content-security-policy"]
    assert "script-src 'self';" in page and "cdn" not in page


def test_posted_article_joins_its_story(db: Path, pipeline: Pipeline) -> None:
    text = (
        "Police arrested two protest leaders in Springfield on Monday, the city's mayor said.\n\n"
        "This article was first published on March 8, 2023."
    )
    app = create_app(db, token=TOKEN, pipeline=pipeline)
    with running(app) as url, httpx.Client(base_url=url, timeout=60) as http:
        r = http.post("/api/articles", json={"text": text, "published": "2023-03-08"}, headers=AUTH)
        assert r.status_code == 201, r.text
        aid = r.json()["id"]
    with Store(db) as store:
        stories: Any = store.conn.execute("SELECT article_id FROM story_articles").fetchall()
        assert [row[0] for row in stories] == [aid]  # make_record's article was stored without merging
        assert store.unmerged_ids() == [make_record().article.id]


# --- stories and canonical events: in the CLI, and now in the API ---------------------------


@pytest.fixture
def merged(tmp_path: Path) -> Iterator[httpx.Client]:
    path = tmp_path / "merged.db"
    with Store(path) as store:
        store.add(make_record())
        store.merge_stories()
    with running(create_app(path)) as url, httpx.Client(base_url=url, timeout=30) as client:
        yield client


def test_stories_endpoint(merged: httpx.Client) -> None:
    page = merged.get("/api/stories").json()
    assert set(page) == {"items", "count", "limit", "offset", "next_offset"}
    (story,) = page["items"]
    assert set(story) == {
        "id",
        "title",
        "first",
        "last",
        "dated_by",
        "articles",
        "events",
        "types",
        "actors",
        "places",
    }
    assert (story["articles"], story["events"], story["places"]) == (1, 1, ["Baghdad"])
    assert merged.get("/api/stories?q=baghdad").json()["count"] == 1
    assert merged.get("/api/stories?q=Geneva").json()["count"] == 0
    assert merged.get("/api/stories?since=2021").json()["count"] == 0


def test_canonical_events_and_their_mentions(merged: httpx.Client) -> None:
    (event,) = merged.get("/api/canonical-events?type=assault").json()["items"]
    assert (event["type"], event["date"], event["mentions"], event["sources"]) == (
        "ASSAULT",
        "2020-01-03",
        1,
        1,
    )
    assert merged.get("/api/canonical-events?type=PROTEST").json()["count"] == 0
    assert merged.get("/api/canonical-events?type=riot").status_code == 422
    mentions = merged.get(f"/api/canonical-events/{event['id']}/mentions").json()
    assert [(m["article_id"], m["event_id"], m["trigger"]) for m in mentions["items"]] == [
        (make_record().article.id, "v1", "air raid")
    ]
    missing = merged.get("/api/canonical-events/99999/mentions")
    assert (missing.status_code, missing.json()["error"]["code"]) == (404, "S407")
