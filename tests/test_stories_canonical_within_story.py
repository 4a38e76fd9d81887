"""Canonical events lie within one story (session 19b): two same-type events of two stories
stay two however much their reports share, and merging a store in one pass (``load``,
:meth:`Store.merge_stories`) gives the same stories and canonical events as ingesting it in
batches. Before, an event of a new story joined a like event of an older story while that story
was still in memory: in a one-pass merge always, in batches only until it was evicted."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from conftest import RecordsPipeline, invented_record
from storyline.read import article_from_text
from storyline.record import Record
from storyline.store import Store, ingest
from storyline.stories import EventMention, EventMerger


def _record(published: str, paragraphs: list[str], events: list[tuple[str, str, str]]) -> Record:
    """An invented article with no date in the text (``conftest.invented_record``)."""
    return invented_record(paragraphs, published, events)


#: Two stories two months apart (a ferry collision, a tanker seized) and one in between; each
#: has a foreign ministry's call with no date of its own.
RECORDS = [
    _record(
        "2031-02-03",
        [
            "The ferry Solmund Star collided with a cargo ship off Karvik harbour, the coast guard said.",
            "The Foreign Ministry urged an inquiry into the collision of the ferry.",
        ],
        [("collided", "ACCIDENT", "coast guard"), ("urged", "REQUEST", "Foreign Ministry")],
    ),
    _record(
        "2031-02-04",
        [
            "Divers searched the hull of the ferry Solmund Star a day after the collision off Karvik.",
            "Karvik harbour stayed closed while the coast guard towed the cargo ship away.",
        ],
        [("searched", "INVESTIGATE", "coast guard")],
    ),
    _record(
        "2031-03-10",
        [
            "Farmers in the Ostral valley began the barley harvest early after a dry spring.",
            "Growers said prices for barley rose at the Ostral market this week.",
        ],
        [],
    ),
    _record(
        "2031-04-08",
        [
            "Naval commandos seized the tanker Meridia Bay in the Strait of Tolmar, its owners said.",
            "The Foreign Ministry urged the release of the tanker and its crew.",
        ],
        [("seized", "SEIZE", "Naval commandos"), ("urged", "REQUEST", "Foreign Ministry")],
    ),
    _record(
        "2031-04-09",
        [
            "The crew of the tanker Meridia Bay were held at a port on the Strait of Tolmar.",
            "Owners of the Meridia Bay said the tanker carried no cargo when commandos boarded it.",
        ],
        [],
    ),
]


def _partition(store: Store) -> tuple[frozenset[frozenset[str]], frozenset[frozenset[tuple[str, str]]]]:
    """The stories (sets of articles) and canonical events (sets of mentions), without ids."""
    stories: dict[int, set[str]] = {}
    for aid, sid in store.conn.execute("SELECT article_id, story_id FROM story_articles"):
        stories.setdefault(sid, set()).add(aid)
    events: dict[int, set[tuple[str, str]]] = {}
    for aid, eid, cid in store.conn.execute(
        "SELECT article_id, event_id, canonical_id FROM canonical_mentions"
    ):
        events.setdefault(cid, set()).add((aid, eid))
    return (
        frozenset(frozenset(s) for s in stories.values()),
        frozenset(frozenset(e) for e in events.values()),
    )


def _cross_story(store: Store) -> int:
    """Canonical events holding mentions of articles of two stories or more."""
    rows = store.conn.execute(
        "SELECT m.canonical_id FROM canonical_mentions m "
        "JOIN story_articles s ON s.article_id = m.article_id "
        "GROUP BY m.canonical_id HAVING count(DISTINCT s.story_id) > 1"
    ).fetchall()
    return len(rows)


def _ids(*indices: int) -> frozenset[str]:
    return frozenset(RECORDS[i].article.id for i in indices)


def test_invented_articles_form_three_stories(tmp_path: Path) -> None:
    with Store(tmp_path / "one.db") as store:
        for r in RECORDS:
            store.add(r)
        store.merge_stories()
        stories, _ = _partition(store)
    assert stories == {_ids(0, 1), _ids(2), _ids(3, 4)}


def test_events_of_two_stories_stay_two_in_one_pass(tmp_path: Path) -> None:
    """The two foreign ministries' calls, two months apart, are two canonical events."""
    with Store(tmp_path / "one.db") as store:
        for r in RECORDS:
            store.add(r)
        store.merge_stories()
        _, events = _partition(store)
        assert _cross_story(store) == 0
    assert frozenset({(RECORDS[0].article.id, "v2")}) in events
    assert frozenset({(RECORDS[3].article.id, "v2")}) in events
    assert len(events) == 5


@pytest.mark.parametrize("batch_size", [1, 2, 3, 16])
def test_ingest_in_batches_equals_one_pass(tmp_path: Path, batch_size: int) -> None:
    with Store(tmp_path / "one.db") as store:
        for r in RECORDS:
            store.add(r)
        store.merge_stories()
        one_pass = _partition(store)
    with Store(tmp_path / "batches.db") as store:
        ingest([r.article for r in RECORDS], store, pipeline=RecordsPipeline(RECORDS), batch_size=batch_size)
        batches = _partition(store)
        assert _cross_story(store) == 0
    assert batches == one_pass


def test_batches_in_arrival_order_equal_one_pass(tmp_path: Path) -> None:
    """Arrival out of publication order within each story, merged one article at a time (as
    ``ingest`` with a batch size of 1 does), gives what a one-pass merge in publication order
    gives. (An article arriving after its story was evicted starts a new story, by design.)"""
    order = [RECORDS[i] for i in (1, 0, 2, 4, 3)]
    with Store(tmp_path / "one.db") as store:
        for r in RECORDS:
            store.add(r)
        store.merge_stories()
        one_pass = _partition(store)
    with Store(tmp_path / "batches.db") as store:
        ingest([r.article for r in order], store, pipeline=RecordsPipeline(RECORDS), batch_size=1)
        assert _partition(store) == one_pass


def _mention(article: str, story: int | None, date: str | None = None) -> EventMention:
    sentence = "The Foreign Ministry urged calm and restraint."
    return EventMention(
        article,
        "v1",
        "REQUEST",
        "urged",
        21,
        26,
        0,
        len(sentence),
        sentence,
        date,
        "text" if date else None,
        ("Foreign Ministry",),
        (),
        None,
        (),
        "2031-02-03",
        None,
        article,
        story,
    )


@pytest.mark.parametrize(
    ("story_a", "story_b", "cross_story", "joined"),
    [
        (1, 1, False, True),  # one story: the same call
        (1, 2, False, False),  # two stories: two calls, however alike
        (1, 2, True, True),  # the old behaviour, kept behind cross_story
        (None, 2, False, True),  # a mention of no story (scorers without stories) may join
        (1, None, False, True),
    ],
)
def test_merger_keeps_stories_apart(
    story_a: int | None, story_b: int | None, cross_story: bool, joined: bool
) -> None:
    merger = EventMerger(cross_story=cross_story)
    a = merger.add(_mention("a1", story_a))
    b = merger.add(_mention("b1", story_b))
    assert (a == b) is joined
    assert len(merger.events) == (1 if joined else 2)


@pytest.mark.parametrize(("cross_story", "similarity"), [(False, 0.0), (True, 0.9)])
def test_similarity_across_stories(cross_story: bool, similarity: float) -> None:
    merger = EventMerger(cross_story=cross_story)
    a, b = _mention("a1", 1, "2031-02-03"), _mention("b1", 2, "2031-02-03")
    assert merger.similarity(a, b) == similarity


def _copy(record: Record, published: str, tail: str) -> Record:
    """A near copy of ``record`` in another outlet on another day: its text and a last line."""
    text = record.article.text + "\n\n" + tail
    article = dataclasses.replace(article_from_text(text), published=published, publisher="Other Outlet")
    return dataclasses.replace(record, article=article)


#: A report, an unrelated article 36 days later, and a near copy of the report 46 days later.
LATE_COPY = [
    RECORDS[0],
    dataclasses.replace(RECORDS[2], article=dataclasses.replace(RECORDS[2].article, published="2031-03-11")),
    _copy(RECORDS[0], "2031-03-21", "Reporting by the Other Outlet desk."),
]


def _duplicates(store: Store) -> set[tuple[str, str]]:
    return {(a, o) for a, o, _ in store.conn.execute("SELECT * FROM duplicates")}


@pytest.mark.parametrize("batch_size", [1, 2, 3])
def test_a_late_copy_is_linked_alike_in_one_pass_and_in_batches(tmp_path: Path, batch_size: int) -> None:
    """The report's signature and story are evicted 30 days after it (Stories.evict) in both
    paths: its copy 46 days later is not linked to it and starts a story of its own. Before, a
    one-pass merge kept everything in memory to the end and linked the copy (batches did not)."""
    with Store(tmp_path / "one.db") as store:
        for r in LATE_COPY:
            store.add(r)
        store.merge_stories()
        one_pass = _partition(store), _duplicates(store)
    with Store(tmp_path / "batches.db") as store:
        ingest(
            [r.article for r in LATE_COPY], store, pipeline=RecordsPipeline(LATE_COPY), batch_size=batch_size
        )
        batches = _partition(store), _duplicates(store)
    assert batches == one_pass
    assert one_pass[1] == set()
    assert len(one_pass[0][0]) == 3  # three stories
