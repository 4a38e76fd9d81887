"""Shared fixtures: the spaCy model and the Pipeline are loaded once per test session."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from storyline.pipeline import Pipeline
from storyline.read import article_from_text
from storyline.record import Actor, Article, Entity, Event, Mention, Offsets, Place, Quote, Record, Span, Time
from storyline.stages.analyse import Analysis, analyse_many
from storyline.stages.quotes import QuoteStage
from storyline.store import Store, _span_columns, ingest
from storyline.stories import EventMention

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
DATA = SHARED / "data"
SEED = SHARED / "examples" / "seed"


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The whole pipeline with the default model, built once."""
    return Pipeline()


@pytest.fixture(scope="session")
def nlp(pipeline: Pipeline):
    """The loaded spaCy model (the pipeline's own)."""
    return pipeline.nlp


@pytest.fixture(scope="session")
def analyse(pipeline: Pipeline) -> Callable[..., Analysis]:
    """Parse a text as an article: ``analyse("He said Friday.", published="2020-01-05")``."""

    def run(text: str, published: str | None = "2020-01-05") -> Analysis:
        article = article_from_text(text, published=published)
        return next(analyse_many(pipeline.nlp, [article]))

    return run


@pytest.fixture(scope="session")
def quote_stage(pipeline: Pipeline) -> QuoteStage:
    """The pipeline's quote stage: ``quote_stage(analyse(text), entities, times)``."""
    return pipeline.quotes


@pytest.fixture(scope="session")
def entities(pipeline: Pipeline, analyse: Callable[..., Analysis]) -> Callable[..., list[Entity]]:
    """``entities(text)``: the entity stage's output for a text (``published=`` as for ``analyse``)."""

    def run(text: str, published: str | None = "2020-01-05") -> list[Entity]:
        return pipeline.entities(analyse(text, published=published))

    return run


@pytest.fixture(scope="session")
def places(pipeline: Pipeline, analyse: Callable[..., Analysis]) -> Callable[..., list[Place]]:
    """``places(text)``: the places stage's output for a text, given no people."""

    def run(text: str) -> list[Place]:
        return pipeline.places(analyse(text), [])

    return run


@pytest.fixture(scope="session")
def time_triples(pipeline: Pipeline, analyse: Callable[..., Analysis]) -> Callable[..., list[tuple]]:
    """``time_triples(text, published)``: the times stage's items for a text as (text, type, value)."""

    def run(text: str, published: str | None = "2020-01-05") -> list[tuple[str, str, str | None]]:
        return [(t.text, t.type, t.value) for t in pipeline.times(analyse(text, published=published))]

    return run


@pytest.fixture(scope="session")
def hand_events(
    pipeline: Pipeline, analyse: Callable[..., Analysis]
) -> Callable[..., tuple[list, dict[str, str]]]:
    """``hand_events(text, names)``: the events stage's events for a text whose entities are built
    by hand (:func:`hand_entities`), with entity id -> name (``published=`` as for ``analyse``)."""

    def run(text: str, names: list[str] | dict[str, str], published: str | None = "2020-01-05"):
        ents = hand_entities(text, names)
        events = pipeline.events(analyse(text, published=published), ents, [], [], [], [])
        return events, {e.id: e.name for e in ents}

    return run


def typed_entities(ents: list[Entity]) -> list[tuple[str, str, str | None]]:
    """(type, name, actor country) of every entity."""
    return [(e.type, e.name, e.actor.country if e.actor else None) for e in ents]


def need_data(*parts: str) -> Path:
    """Path under ../shared/data, or skip the test with a reason when it is absent."""
    path = DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"gold data not found: {path}")
    return path


def seed_gold() -> dict:
    """The seed example's gold record, or skip the test when ../shared/examples is absent."""
    path = SEED / "gold.json"
    if not path.exists():
        pytest.skip(f"seed example not found: {path}")
    return json.loads(path.read_text(encoding="utf-8"))


def seed_gold_or_none() -> dict | None:
    """The seed gold record for parametrising at collection time (None when absent)."""
    path = SEED / "gold.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else None


def seed_text() -> str:
    """The seed article's text, or skip the test when ../shared/examples is absent."""
    path = SEED / "article.txt"
    if not path.exists():
        pytest.skip(f"seed example not found: {path}")
    return path.read_text(encoding="utf-8")


def make_mention(defaults: dict[str, object], article_id: str, **kw: object) -> EventMention:
    """An event mention of ``article_id`` built from a test file's ``defaults`` with ``kw``
    overriding them (each merging test varies one or two fields of one typical mention)."""
    return EventMention(**{**defaults, "article_id": article_id, **kw})  # type: ignore[arg-type]


def event_roles(
    pipeline: Pipeline, text: str, published: str = "2020-03-07", *, target_phrase: bool = False
) -> list[tuple]:
    """(trigger, type, CAMEO code, source names, target names) of every event of the full record,
    generic actors included; with ``target_phrase``, an event with no target entity shows its target
    phrase instead, when it has one."""
    record = pipeline.process(text, published=published)
    names = {e.id: e.name for e in record.entities}
    return [
        (
            e.trigger.text,
            e.type,
            e.cameo,
            [names[s] for s in e.source],
            [names[t] for t in e.target] or ([e.target_text.text] if target_phrase and e.target_text else []),
        )
        for e in record.events
    ]


def quote_rows(quotes: list[Quote]) -> list[tuple[str, str, str | None, str | None, str | None]]:
    """(kind, content, cue, speaker, channel) of each quote, the shape quote test tables assert."""
    return [
        (q.kind, q.text, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None, q.channel)
        for q in quotes
    ]


def spoken_quote_rows(quotes: list[Quote]) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, speaker, channel) of each quote, the shape transcript and dateline tables assert."""
    return [(q.kind, q.text, q.speaker.text if q.speaker else None, q.channel) for q in quotes]


def cued_quote_rows(quotes: list[Quote]) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, speaker, cue) of each quote, the shape the quote stage's cue tables assert."""
    return [
        (q.kind, q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in quotes
    ]


def record_quote_rows(record: Record, *, cue: bool = False) -> list[tuple[str | None, ...]]:
    """(kind, content, speaker text, speaker entity name) of each quote of a full record; with ``cue``,
    (kind, content, cue, speaker text, speaker entity name)."""
    names = {e.id: e.name for e in record.entities}
    rows: list[tuple[str | None, ...]] = []
    for q in record.quotes:
        head = (q.kind, q.text, q.cue.text if q.cue else None) if cue else (q.kind, q.text)
        speaker = (q.speaker.text, names.get(q.speaker.entity)) if q.speaker else (None, None)
        rows.append((*head, *speaker))
    return rows


def event_place_text(
    pipeline: Pipeline, text: str, trigger: str, published: str = "2020-03-07"
) -> str | None:
    """The text of the place of the one event of ``text``'s full record whose trigger is ``trigger``
    (None when it has no place); fails unless exactly one event has that trigger."""
    record = pipeline.process(text, published=published)
    (event,) = [e for e in record.events if e.trigger.text == trigger]
    return record.places[event.place].text if event.place is not None else None


def quantity_rows(
    stage: Callable[[Analysis], list[Any]], analyse: Callable[..., Analysis], text: str
) -> list[tuple[str, float | None, float | None, float | None, str | None]]:
    """(text, value, min, max, what) of each quantity ``stage`` finds in ``text``, the shape quantity
    test tables assert; fails if a quantity's text is not the text at its offsets."""
    an = analyse(text)
    out = stage(an)
    assert all(an.text[q.start : q.end] == q.text for q in out)
    return [(q.text, q.value, q.min, q.max, q.what) for q in out]


def speaker_of(quotes: list[Quote], needle: str, ents: list[Entity]) -> tuple[str | None, str | None]:
    """(speaker text, speaker entity name) of the quote whose text holds ``needle``."""
    names = {e.id: e.name for e in ents}
    q = next(q for q in quotes if needle in q.text)
    return (q.speaker.text, names.get(q.speaker.entity)) if q.speaker else (None, None)


def pronoun_linked(ents: list[Entity], text: str, pronoun: str, to: str) -> list[Entity]:
    """``ents`` with the last ``pronoun`` of ``text`` made a mention of the entity named ``to``, as a
    coreference step may link it."""
    at = text.rindex(pronoun)
    mention = Mention(at, at + len(pronoun), pronoun, kind="pronoun")
    return [dataclasses.replace(e, mentions=(*e.mentions, mention)) if e.name == to else e for e in ents]


def invented_record(
    paragraphs: list[str],
    published: str | None,
    events: list[tuple[str, ...]],
    times: tuple[tuple[str, str], ...] = (),
) -> Record:
    """An invented article for story tests: one event per (trigger, PLOVER type, actor name[, date])
    in the first paragraph holding the trigger, its actor a government ORG, and DATE time items
    (text, value)."""
    text = "\n\n".join(paragraphs)
    article = dataclasses.replace(article_from_text(text), published=published)
    entities: list[Entity] = []
    out: list[Event] = []
    for i, (trigger, kind, actor, *rest) in enumerate(events, 1):
        date = rest[0] if rest else None
        para = next(p for p in paragraphs if trigger in p)
        start = text.index(para)
        t, a = text.index(trigger, start), text.index(actor, start)
        entities.append(
            Entity(
                f"e{i}",
                actor,
                "ORG",
                (Mention(a, a + len(actor), actor),),
                {},
                Actor(actor, None, "government"),
            )
        )
        out.append(
            Event(
                f"v{i}",
                kind,
                Span(t, t + len(trigger), trigger),
                Offsets(start, start + len(para)),
                source=(f"e{i}",),
                date=date,
                date_from="text" if date else None,
                confidence=0.8,
            )
        )
    items = tuple(Time(text.index(w), text.index(w) + len(w), w, "DATE", v) for w, v in times)
    return Record(article=article, entities=tuple(entities), events=tuple(out), times=items)


class RayStarted(Exception):
    """Raised by the ``ray_refused`` fixture where a test's code would start Ray."""


@pytest.fixture
def ray_refused(monkeypatch: pytest.MonkeyPatch) -> type[RayStarted]:
    """``storyline.scale.init_ray`` made to raise :class:`RayStarted`: a test of work that must not
    start Ray (a resume with nothing left) checks it never gets that far."""
    import storyline.scale

    def no_ray(*a: object, **kw: object) -> bool:
        raise RayStarted

    monkeypatch.setattr(storyline.scale, "init_ray", no_ray)
    return RayStarted


def hand_entities(text: str, names: list[str] | dict[str, str]) -> list[Entity]:
    """Hand-built entities: one per name (typed by the dict's values, else OTHER), a mention at
    every whole-word occurrence in ``text``."""
    typed = names if isinstance(names, dict) else dict.fromkeys(names, "OTHER")
    out = []
    for i, (name, typ) in enumerate(typed.items(), 1):
        mentions = tuple(
            Mention(m.start(), m.end(), name) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
        )
        out.append(Entity(id=f"e{i}", name=name, type=typ, mentions=mentions))
    return out


def hand_people(text: str, *names: str) -> list[Entity]:
    """Hand-built PERSON entities, one per name, a mention at every whole-word occurrence."""
    return hand_entities(text, dict.fromkeys(names, "PERSON"))


class RecordsPipeline:
    """Stands in for the pipeline in store tests: gives back a prepared record for each article
    (by id), so ingest's storing and merging run on records made once."""

    def __init__(self, records: list[Record]) -> None:
        self.records = {r.article.id: r for r in records}

    def process_articles(self, articles: list[Article], *, batch_size: int = 16) -> Iterator[Record]:
        for a in articles:
            yield self.records[a.id]


def store_of(path: Path, records: list[Record]) -> Store:
    """A store at ``path`` with ``records`` ingested through :class:`RecordsPipeline`."""
    store = Store(path)
    ingest([r.article for r in records], store, pipeline=RecordsPipeline(records))
    return store


def computed_spans(store: Store) -> dict[int, tuple[Any, ...]]:
    """Every story's (first, last, dated_by) span computed from its articles, events and times (the
    query spans were read with before they were stored), by story id."""
    first, last, dated_by = _span_columns("s")
    return {
        r[0]: tuple(r[1:])
        for r in store.conn.execute(f"SELECT s.id, {first}, {last}, {dated_by} FROM stories s")
    }


def stored_spans(store: Store) -> dict[int, tuple[Any, ...]]:
    """Every story's (first, last, dated_by) span as stored on its row, by story id."""
    return {
        r[0]: tuple(r[1:])
        for r in store.conn.execute("SELECT id, span_first, span_last, dated_by FROM stories")
    }


def found_place(items: list[Place], text: str) -> Place:
    """The first place of ``items`` whose text is ``text``; the test fails, listing the texts found,
    when there is none."""
    hits = [p for p in items if p.text == text]
    assert hits, f"{text!r} not found; got {[p.text for p in items]}"
    return hits[0]


def prose_body(subject: str, count: int = 6, ending: str = "a paragraph of prose") -> str:
    """``count`` invented paragraphs about ``subject`` joined by blank lines ("Paragraph 0 of
    <subject> runs on with enough words to be <ending>."): a page's body, so that the reader tells
    the lines of its head (headline, byline, stamp, masthead) from its story."""
    return "\n\n".join(
        f"Paragraph {n} of {subject} runs on with enough words to be {ending}." for n in range(count)
    )


CHROMIUM = Path("/usr/bin/chromium")


@contextlib.contextmanager
def chromium_page(tmp_path_factory: pytest.TempPathFactory, profile: str) -> Iterator[Any]:
    """A page of the real headless Chromium (the test is skipped where it is not installed) on a
    fresh profile folder named ``profile``, 1400x1000, its console and page errors gathered in
    ``page.problems``; the browser is closed and the profile removed after."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium; .ci/run does it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        context = p.chromium.launch_persistent_context(
            str(tmp_path_factory.mktemp(profile)),
            executable_path=str(CHROMIUM),
            headless=True,
            args=["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run"],
            viewport={"width": 1400, "height": 1000},
        )
        page = context.new_page()
        page.problems = []
        page.on("console", lambda m: m.type == "error" and page.problems.append(m.text))
        page.on("pageerror", lambda e: page.problems.append(str(e)))
        page.set_default_timeout(30_000)
        yield page
        context.close()
        shutil.rmtree(tmp_path_factory.getbasetemp() / profile, ignore_errors=True)
