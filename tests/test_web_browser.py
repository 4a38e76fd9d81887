"""The web page in a real headless Chromium (Debian's /usr/bin/chromium, driven by Playwright):
the seed article with its quotes and speakers highlighted, quote search, the timeline, the
actor network, the map, a speaker corrected on the page that survives re-processing, and an
article full of markup that must stay inert text. Screenshots go to ./test-artifacts/web/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from conftest import SEED
from storyline.pipeline import Pipeline
from storyline.read import read_paths
from storyline.store import Store, ingest
from storyline.web import create_app, running

CHROMIUM = Path("/usr/bin/chromium")
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts" / "web"
TOKEN = "browser-test-token"
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
HOSTILE = (
    "Protesters gathered in Ottawa on Friday, the organisers said.\n\n"
    '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2"> '
    "<b>bold</b> <a href=\"javascript:alert('x')\">click</a>\n\n"
    "“We will be back,” Jane Doe said in a statement."
)


@pytest.fixture(scope="module")
def playwright_api() -> Iterator[Any]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium; .ci/run does it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        yield p


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[dict[str, Any]]:
    article_file = SEED / "article.txt"
    if not article_file.exists():
        pytest.skip(f"seed example not found: {SEED}")
    folder = tmp_path_factory.mktemp("web")
    db = folder / "web.db"
    with Store(db) as store:
        report = ingest(read_paths([article_file]), store, pipeline=pipeline)
        assert report.stored == 1
        seed_id = store.articles()[0]["id"]
        hostile = pipeline.process(HOSTILE, published="2020-01-05", headline="<img src=x onerror=alert(1)>")
        store.add(hostile)
    with running(create_app(db, token=TOKEN, pipeline=pipeline)) as url:
        yield {"url": url, "db": db, "seed": seed_id, "hostile": hostile.article.id, "file": article_file}


@pytest.fixture(scope="module")
def page(playwright_api: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    shutil.rmtree(ARTIFACTS, ignore_errors=True)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = playwright_api.chromium.launch_persistent_context(
        str(tmp_path_factory.mktemp("chromium-profile")),
        executable_path=str(CHROMIUM),
        headless=True,
        args=ARGS,
        viewport={"width": 1400, "height": 1000},
    )
    page = context.new_page()
    page.dialogs = []  # type: ignore[attr-defined]
    page.on("dialog", lambda d: (page.dialogs.append(d.message), d.dismiss()))  # type: ignore[attr-defined]
    page.set_default_timeout(30_000)
    yield page
    context.close()


def open_view(page: Any, url: str, ready: str) -> None:
    """Go to a page view and wait until it has rendered."""
    page.goto(url)
    page.wait_for_selector(f"body[data-ready='{ready}']")


def test_articles_list(page: Any, site: dict[str, Any]) -> None:
    open_view(page, site["url"] + "/#/", "articles")
    rows = page.locator("#articles tr")
    assert rows.count() == 3  # header + the seed + the hostile article
    page.screenshot(path=str(ARTIFACTS / "articles.png"), full_page=True)


def test_seed_article_shows_quotes_with_speakers(page: Any, site: dict[str, Any]) -> None:
    with Store(site["db"], readonly=True) as store:
        record = store.get(site["seed"])
    open_view(page, f"{site['url']}/#/article/{site['seed']}", "article")
    quote_ids = page.eval_on_selector_all(
        "#article-text .hl-quote", "els => [...new Set(els.flatMap(e => e.dataset.quotes.split(' ')))]"
    )
    assert len(quote_ids) == len(record.quotes) >= 8  # nine in the gold record
    assert page.locator("#article-text .hl-speaker").count() >= 8
    speakers = page.locator("#list-quotes li .who").all_inner_texts()
    assert len(speakers) == len(record.quotes)
    assert all(s.strip() and s != "?" for s in speakers)
    assert "Lane" in speakers
    assert page.locator("#article-text .hl-time").count() >= 5
    assert page.locator("#article-text .hl-place").count() >= 5
    assert page.locator("#article-text .hl-trigger").count() >= 5
    page.screenshot(path=str(ARTIFACTS / "article.png"), full_page=True)


def test_clicking_an_item_shows_its_evidence(page: Any, site: dict[str, Any]) -> None:
    with Store(site["db"], readonly=True) as store:
        record = store.get(site["seed"])
    open_view(page, f"{site['url']}/#/article/{site['seed']}", "article")
    time_item = record.times[0]
    page.locator("#list-times li").first.click()
    assert page.locator("#evidence-text").inner_text() == time_item.text
    focused = page.locator("#article-text .hl-focus").all_inner_texts()
    assert "".join(focused) == time_item.text
    title = page.locator("#article-text .hl-time").first.get_attribute("title")
    assert time_item.value and time_item.value in title  # the value on hover
    # and the other way: a speaker in the text selects its quote, with the quote as evidence
    quote = next(q for q in record.quotes if q.speaker and q.speaker.end > q.speaker.start)
    page.locator(f"#article-text .hl-speaker[data-keys~='quotes:{quote.id}']").first.click()
    assert page.locator("#list-quotes li.selected").get_attribute("data-key") == f"quotes:{quote.id}"
    assert page.locator("#evidence-text").inner_text() == quote.text


def test_quote_search(page: Any, site: dict[str, Any]) -> None:
    open_view(page, site["url"] + "/#/quotes", "quotes")
    page.fill("input[name=q]", "monitor evaluate")
    page.click("form.filters button")
    page.wait_for_url("**/#/quotes?q=monitor+evaluate")
    page.wait_for_selector("body[data-ready='quotes']")
    rows = page.locator("#quotes tr.quote-row")
    assert rows.count() == 1
    assert "monitor and evaluate" in rows.first.inner_text()
    assert rows.first.locator(".who").inner_text() == "Lane"
    page.screenshot(path=str(ARTIFACTS / "quotes.png"), full_page=True)
    open_view(page, site["url"] + "/#/quotes?q=zeppelin", "quotes")
    assert page.locator("#quotes tr.quote-row").count() == 0


def test_timeline_dates_the_air_raid_friday(page: Any, site: dict[str, Any]) -> None:
    open_view(page, site["url"] + "/#/events", "events")
    day = page.locator(".timeline .day[data-date='2020-01-03']")
    assert day.count() == 1
    raid = day.locator(".event[data-type='ASSAULT']")
    assert raid.count() >= 1
    assert "air raid" in " ".join(raid.locator(".sentence").all_inner_texts())
    assert raid.first.get_attribute("data-date-from") == "text"
    assert page.locator(".event.from-published").count() >= 1  # dated only by publication
    assert "null" not in page.locator("main").inner_text()
    page.screenshot(path=str(ARTIFACTS / "timeline.png"), full_page=True)
    open_view(page, site["url"] + "/#/events?type=ASSAULT", "events")
    types = {
        page.locator(".event").nth(i).get_attribute("data-type")
        for i in range(page.locator(".event").count())
    }
    assert types == {"ASSAULT"}


def test_actor_network_and_map(page: Any, site: dict[str, Any]) -> None:
    open_view(page, site["url"] + "/#/actors", "actors")
    assert page.locator("#edges tr").count() >= 2
    assert page.locator("#network .node").count() >= 2
    page.screenshot(path=str(ARTIFACTS / "actors.png"), full_page=True)
    open_view(page, site["url"] + "/#/map", "map")
    assert page.locator("#map path.country").count() > 150
    assert page.locator("#map circle.dot").count() >= 1
    assert page.locator("#map-places tr").count() >= 2
    page.screenshot(path=str(ARTIFACTS / "map.png"), full_page=True)


def test_corrected_speaker_survives_re_ingest(page: Any, site: dict[str, Any], pipeline: Pipeline) -> None:
    with Store(site["db"], readonly=True) as store:
        record = store.get(site["seed"])
    quote = next((q for q in record.quotes if "comment further" in q.text), record.quotes[0])
    open_view(page, f"{site['url']}/#/article/{site['seed']}", "article")
    page.fill("#token", TOKEN)
    page.dispatch_event("#token", "change")
    item = page.locator(f"#list-quotes li[data-key='quotes:{quote.id}']")
    item.locator("button.fix").click()
    item.locator("input[name=speaker]").fill("Jonathan Vance")
    item.locator("form.correct button[type=submit]").click()
    page.wait_for_selector(f"#list-quotes li[data-key='quotes:{quote.id}'] .badge.corrected")
    item = page.locator(f"#list-quotes li[data-key='quotes:{quote.id}']")
    assert item.locator(".who").inner_text() == "Jonathan Vance"
    page.screenshot(path=str(ARTIFACTS / "corrected.png"), full_page=True)

    # re-process the article: remove it and ingest the file again
    with Store(site["db"]) as store:
        assert store.remove(site["seed"])
        assert ingest(read_paths([site["file"]]), store, pipeline=pipeline).stored == 1
    open_view(page, f"{site['url']}/#/article/{site['seed']}", "article")
    item = page.locator(f"#list-quotes li[data-key='quotes:{quote.id}']")
    assert item.locator(".who").inner_text() == "Jonathan Vance"
    assert page.locator("#corrections li").count() == 1
    open_view(page, site["url"] + "/#/quotes?speaker=Vance", "quotes")
    assert page.locator("#quotes tr.quote-row").count() == 1

    # without the token the page says why the write failed
    open_view(page, f"{site['url']}/#/article/{site['seed']}", "article")
    page.fill("#token", "")
    item = page.locator(f"#list-quotes li[data-key='quotes:{quote.id}']")
    item.locator("button.fix").click()
    item.locator("input[name=wrong]").check()
    item.locator("form.correct button[type=submit]").click()
    page.wait_for_selector("#toast.error")
    assert "token" in page.locator("#toast").inner_text()


def test_hostile_markup_renders_as_inert_text(page: Any, site: dict[str, Any]) -> None:
    open_view(page, f"{site['url']}/#/article/{site['hostile']}", "article")
    box = page.locator("#article-text")
    text = box.inner_text()
    assert "<script>window.__pwned = 1</script>" in text
    assert "<b>bold</b>" in text
    assert box.locator("script, img, b, a").count() == 0
    assert page.locator("#headline").inner_text() == "<img src=x onerror=alert(1)>"
    assert page.evaluate("window.__pwned") is None
    assert page.dialogs == []  # type: ignore[attr-defined]
    page.screenshot(path=str(ARTIFACTS / "hostile.png"), full_page=True)


@pytest.mark.parametrize("route", ["#/nowhere", "#/story", "#/quotes-and-more?q=x"])
def test_an_unknown_route_says_there_is_no_such_page(page: Any, site: dict[str, Any], route: str) -> None:
    open_view(page, site["url"] + "/" + route, "not-found")
    assert page.locator("#not-found").inner_text() == "No such page"
    assert page.locator("#articles").count() == 0
    assert page.locator("header nav a.active").count() == 0


def test_timeline_and_events_filter_by_country(page: Any, site: dict[str, Any]) -> None:
    import json
    import urllib.request

    with urllib.request.urlopen(site["url"] + "/api/events?limit=500") as r:
        events = json.load(r)["items"]
    country = next(c for v in events for c in (v.get("source_countries") or "").split("; ") if c)
    with urllib.request.urlopen(site["url"] + f"/api/events?country={country}&limit=500") as r:
        want = len(json.load(r)["items"])
    assert 0 < want < len(events)
    open_view(page, site["url"] + f"/#/events?country={country}", "events")
    assert page.locator(".event").count() == want
    assert page.locator("form.filters input[name='country']").input_value() == country
    with urllib.request.urlopen(site["url"] + f"/api/canonical-events?country={country}&limit=200") as r:
        canonical = len(json.load(r)["items"])
    open_view(page, site["url"] + f"/#/canonical?country={country}", "canonical")
    assert page.locator("form.filters input[name='country']").input_value() == country
    assert page.locator("main table tr").count() == canonical + 1  # with its header row


def test_an_article_lists_the_other_publishers_of_its_text(page: Any, site: dict[str, Any]) -> None:
    import dataclasses

    with Store(site["db"]) as store:
        article = store.get(site["hostile"]).article
        copy = dataclasses.replace(
            article, publisher="Ridgeway Echo", url="https://ridgeway-echo.example/p/9"
        )
        assert store.add_copy(copy, source=copy.url)
        # a copy's URL is the input's: only a web address becomes a link
        hostile = dataclasses.replace(article, publisher="Dale Sentinel", url="javascript:alert(1)")
        assert store.add_copy(hostile, source="feed.xml#item4")
    open_view(page, site["url"] + f"/#/article/{site['hostile']}", "article")
    assert (
        page.locator("#copies").inner_text() == "Also printed word for word by: Ridgeway Echo, Dale Sentinel"
    )
    assert page.locator("#copies a").count() == 1
    assert page.locator("#copies a").get_attribute("href") == "https://ridgeway-echo.example/p/9"
