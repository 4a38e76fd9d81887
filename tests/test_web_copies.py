"""An article's copies (the other publishers that printed its text word for word, each a source of
its events) where an analyst reads the reports of an event: the canonical event's reports page and
the story's articles on the web page (a real uvicorn server, the real headless Chromium), the API
behind them, and `storyline query mentions`."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from click.testing import CliRunner

from conftest import RecordsPipeline, chromium_page, invented_record
from storyline.cli import main
from storyline.store import Store, ingest
from storyline.web import create_app, running

pytestmark = pytest.mark.filterwarnings("ignore:Using `httpx` with `starlette.testclient`")

# an invented report on a mine flood, printed by three outlets
REPORT = invented_record(
    [
        "Miners rescued after Kelderby pit floods",
        "Rescuers of the Kelderby Mining Board brought 19 miners to the surface on Wednesday after "
        "water flooded a lower gallery of the Kelderby pit, the board said.",
    ],
    "2035-02-14",
    [("flooded", "ACCIDENT", "Kelderby Mining Board")],
)
FIRST = ("Kelderby Herald", "https://kelderbyherald.example/pit")
COPIES = [
    ("Valley Post", "https://valleypost.example/news/pit-flood"),
    ("Lakeside Radio", None),  # a copy known by its publisher alone: no link
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    db = tmp_path_factory.mktemp("copies-web") / "web.db"
    record = dataclasses.replace(
        REPORT, article=dataclasses.replace(REPORT.article, publisher=FIRST[0], url=FIRST[1])
    )
    inputs = [
        (url or f"/saved/{publisher}.txt", dataclasses.replace(record.article, publisher=publisher, url=url))
        for publisher, url in [FIRST, *COPIES]
    ]
    with Store(db) as store:
        report = ingest(inputs, store, pipeline=RecordsPipeline([record]))
        assert (report.stored, report.copies) == (1, 2)
        (event,) = store.canonical_events()
        (story,) = store.stories()
    with running(create_app(db, token="t")) as url:
        yield {"url": url, "db": db, "event": event, "story": story}


def test_api_reports_and_story_articles_list_the_copies(site: dict[str, Any]) -> None:
    assert (site["event"]["mentions"], site["event"]["sources"]) == (1, 3)
    with httpx.Client(base_url=site["url"], timeout=30) as http:
        mentions = http.get(f"/api/canonical-events/{site['event']['id']}/mentions").json()["items"]
        story = http.get(f"/api/stories/{site['story']['id']}").json()
    want = [
        {"publisher": "Valley Post", "url": COPIES[0][1], "source": COPIES[0][1], "published": "2035-02-14"},
        {
            "publisher": "Lakeside Radio",
            "url": None,
            "source": "/saved/Lakeside Radio.txt",
            "published": "2035-02-14",
        },
    ]
    assert [(m["publisher"], m["copies"]) for m in mentions] == [("Kelderby Herald", want)]
    assert [(a["publisher"], a["copies"]) for a in story["article_list"]] == [("Kelderby Herald", want)]


def test_query_mentions_names_the_copies(site: dict[str, Any]) -> None:
    result = CliRunner().invoke(
        main, ["query", "mentions", str(site["event"]["id"]), "--db", str(site["db"])]
    )
    assert result.exit_code == 0, result.output
    header, _rule, row = result.output.splitlines()
    assert header.split()[:4] == ["published", "publisher", "copies", "date"]
    assert "Kelderby Herald  Valley Post, Lakeside Radio" in row


@pytest.fixture(scope="module")
def page(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    with chromium_page(tmp_path_factory, "chromium-copies") as page:
        yield page


def test_page_reports_of_an_event_list_each_articles_copies(page: Any, site: dict[str, Any]) -> None:
    page.goto(f"{site['url']}/#/canonical/{site['event']['id']}")
    page.wait_for_selector("#mentions tr.mention-row")
    cell = page.locator("#mentions tr.mention-row td").nth(1)
    assert cell.inner_text().split("\n") == ["Kelderby Herald", "also printed by Valley Post, Lakeside Radio"]
    links = cell.locator(".copies a")
    assert (links.all_inner_texts(), links.first.get_attribute("href")) == (["Valley Post"], COPIES[0][1])
    assert page.problems == []  # type: ignore[attr-defined]


def test_page_story_articles_list_their_copies(page: Any, site: dict[str, Any]) -> None:
    page.goto(f"{site['url']}/#/story/{site['story']['id']}")
    page.wait_for_selector("body[data-ready='story']")
    cells = page.locator("#story-articles tr td:nth-child(3)").all_inner_texts()
    assert [c.split("\n") for c in cells] == [
        ["Kelderby Herald", "also printed by Valley Post, Lakeside Radio"]
    ]
    assert page.problems == []  # type: ignore[attr-defined]
