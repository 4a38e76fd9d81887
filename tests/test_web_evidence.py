"""Tracing an item to its characters on the web page.

1. The page highlights the characters the record's offsets name when the text holds characters
   outside the Basic Multilingual Plane (emoji, some CJK and math letters): offsets count code
   points, as Python does, while JavaScript strings count UTF-16 units.
2. A quote found by search (or a report of a canonical event) links to its article with that item
   selected and its evidence shown, not to the top of the article.
3. An event sentence cut short in the timeline and the events table ends in "…", so that it is not
   read as the whole sentence (which its tooltip holds).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from storyline.pipeline import Pipeline
from storyline.store import Store
from storyline.web import create_app, running
from test_web_browser import ARGS, CHROMIUM, open_view

# invented: a post with emoji before every quote and name
TEXT = (
    "🚨🌊 Flood warning for Valdemoro 🌊\n\n"
    "The river Tarrela burst its banks overnight 😱, and the Valdemoro fire brigade said 40 homes "
    "were flooded.\n\n"
    "“We lost everything 💔,” said Inés Carrasco, a baker on Calle Mayor. 🙏\n\n"
    "Mayor Tomás Ibarra said the town would open two shelters on Saturday 🏠."
)


# invented: an evacuation told in one long sentence
LONG = (
    "Valdemoro evacuates riverside streets\n\n"
    "The regional government of Valdemoro, criticised for weeks by farmers, shopkeepers, residents' "
    "associations and two opposition parties over its handling of the river defences, evacuated "
    "three hundred families from the lowest streets beside the Tarrela on Monday morning."
)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, pipeline: Pipeline) -> Iterator[dict[str, Any]]:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium; .ci/run does it)")
    db = tmp_path_factory.mktemp("web-offsets") / "web.db"
    record = pipeline.process(TEXT, published="2031-02-07")
    long = pipeline.process(LONG, published="2031-02-09")
    with Store(db) as store:
        store.add(record)
        store.add(long)
        store.merge_stories()
    with running(create_app(db)) as url:
        yield {"url": url, "record": record, "long": long}


@pytest.fixture(scope="module")
def page(site: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp("chromium-profile")),
            executable_path=str(CHROMIUM),
            headless=True,
            args=ARGS,
        )
        yield context.new_page()
        context.close()


def test_highlights_and_evidence_are_the_recorded_characters(page: Any, site: dict[str, Any]) -> None:
    record = site["record"]
    quotes = {q.id: record.article.text[q.start : q.end] for q in record.quotes}
    assert "We lost everything 💔" in quotes.values()
    open_view(page, f"{site['url']}/#/article/{record.article.id}", "article")
    shown = page.eval_on_selector_all(
        "#article-text .hl-quote",
        "els => { const by = {}; els.forEach(e => e.dataset.quotes.split(' ').forEach(q => {"
        " by[q] = (by[q] || '') + e.textContent; })); return by; }",
    )
    assert shown == quotes
    # the whole text is shown once, unchanged
    assert page.inner_text("#article-text").replace("\n", "") == record.article.text.replace("\n", "")
    # the evidence line of an item is its characters
    quote = next(q for q in record.quotes if "lost everything" in q.text)
    page.click(f"#list-quotes li[data-key='quotes:{quote.id}']")
    assert page.inner_text("#evidence-text") == "We lost everything 💔"


def test_a_found_quote_opens_at_its_evidence(page: Any, site: dict[str, Any]) -> None:
    record = site["record"]
    quote = next(q for q in record.quotes if "shelters" in q.text)
    open_view(page, f"{site['url']}/#/quotes?speaker=ibarra", "quotes")
    assert page.locator("#quotes .quote-row").count() == 1
    page.click("#quotes .quote-row a")
    page.wait_for_selector("body[data-ready='article']")
    assert page.inner_text("#evidence-text") == record.article.text[quote.start : quote.end]
    assert page.get_attribute("#list-quotes li.selected", "data-key") == f"quotes:{quote.id}"
    focused = page.eval_on_selector_all(
        "#article-text .hl-focus", "els => els.map(e => e.textContent).join('')"
    )
    assert "the town would open two shelters on Saturday 🏠" in focused


@pytest.mark.parametrize(
    ("view", "selector"), [("events", ".timeline .sentence"), ("canonical", ".canonical-row td.muted")]
)
def test_a_cut_sentence_ends_in_an_ellipsis(
    page: Any, site: dict[str, Any], view: str, selector: str
) -> None:
    event = next(v for v in site["long"].events if v.trigger.text == "evacuated")
    sentence = site["long"].article.text[event.sentence.start : event.sentence.end]
    assert len(sentence) > 160
    open_view(page, f"{site['url']}/#/{view}", view)
    cell = page.locator(selector, has_text="The regional government of Valdemoro").first
    assert cell.inner_text() == sentence[:160].rstrip() + "…"
    assert cell.get_attribute("title") == sentence
