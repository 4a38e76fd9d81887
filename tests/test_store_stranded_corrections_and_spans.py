"""The store's corrections and story spans as a store made by older versions holds them.

1. Corrections that ``ingest --reprocess`` before migration 8 left under the article it removed
   (applied to nothing, listed nowhere) are filed as dropped on open (migration 9), and apply again
   if that article is stored again.
2. A story's span leaves out the canonical events every report of which is marked wrong, as its
   events count does: the stored span equals the computed one, on new stores and migrated ones.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from conftest import RecordsPipeline, invented_record
from conftest import computed_spans as _computed
from conftest import store_of as _store
from conftest import stored_spans as _stored
from storyline.store import Store, ingest

# invented articles: a harbour dredging row (undated article, dated events) and a school closure
DREDGE = invented_record(
    [
        "Port board halts the dredging of Calvoe harbour",
        "The Calvoe Port Board halted the dredging of the inner harbour after a week of complaints.",
        "The Calvoe Fishers Cooperative demanded compensation for the lost catch.",
    ],
    None,
    [
        ("halted", "REJECT", "Calvoe Port Board", "2032-05-14"),
        ("demanded", "REQUEST", "Calvoe Fishers Cooperative", "2032-05-19"),
    ],
)
SCHOOL = invented_record(
    [
        "Brisk county shuts the Ardle village school",
        "The Brisk County Council closed the Ardle village school on Friday for lack of pupils.",
    ],
    "2032-06-03",
    [("closed", "REJECT", "Brisk County Council")],
)


def _spans(store: Store) -> list[tuple[Any, ...]]:
    return sorted((r["first"], r["last"], r["dated_by"]) for r in store.stories())


# --- 2. a story's span without the events marked wrong ------------------------------------------------


def test_span_leaves_out_an_event_marked_wrong(tmp_path: Path) -> None:
    with _store(tmp_path / "s.db", [DREDGE]) as store:
        assert _spans(store) == [("2032-05-14", "2032-05-19", "events")]
        store.correct(DREDGE.article.id, "events", "v2", "wrong", True)
        assert _spans(store) == [("2032-05-14", "2032-05-14", "events")]
        assert _stored(store) == _computed(store)
        store.correct(DREDGE.article.id, "events", "v1", "wrong", True)  # no event left: undated
        assert _spans(store) == [(None, None, None)]
        assert _stored(store) == _computed(store)
        store.uncorrect(DREDGE.article.id, "events", "v2", "wrong")
        assert _spans(store) == [("2032-05-19", "2032-05-19", "events")]
        assert _stored(store) == _computed(store)


def test_migration_stores_spans_without_the_events_marked_wrong(tmp_path: Path) -> None:
    """A store whose span was stored counting an event marked wrong (before this version) gets the
    span without it when opened."""
    path = tmp_path / "s.db"
    with _store(path, [DREDGE, SCHOOL]) as store:
        store.correct(DREDGE.article.id, "events", "v2", "wrong", True)
        store.conn.execute("UPDATE stories SET span_last = '2032-05-19' WHERE dated_by = 'events'")
        store.conn.execute("DELETE FROM migrations WHERE version = 9")
    with Store(path) as store:
        assert _spans(store) == [
            ("2032-05-14", "2032-05-14", "events"),
            ("2032-06-03", "2032-06-03", "articles"),
        ]
        assert _stored(store) == _computed(store)


# --- 1. corrections stranded under a removed article ----------------------------------------------------


def _stranded_store(path: Path) -> str:
    """A store as a re-processing before migration 8 left it: SCHOOL's article replaced by a new text
    of the same input, its correction left under the removed article's id; migration 9 not applied.
    The removed article's id."""
    with _store(path, [SCHOOL]) as store:
        old = SCHOOL.article.id
        store.correct(old, "events", "v1", "type", "PROTEST", note="a walk-out, not a closure")
        store.remove(old)
        moved = dataclasses.replace(
            SCHOOL,
            article=dataclasses.replace(SCHOOL.article, id="new-" + old, text=SCHOOL.article.text + " "),
        )
        ingest([moved.article], store, pipeline=RecordsPipeline([moved]))
        store.conn.execute("DELETE FROM migrations WHERE version = 9")
        assert [c.article_id for c in store.corrections()] == [old]  # stranded: its article is gone
    return old


def test_stranded_corrections_are_filed_as_dropped_on_open(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    old = _stranded_store(path)
    with Store(path) as store:
        assert store.corrections() == []
        (row,) = store.dropped_corrections()
        assert {
            k: row[k]
            for k in ("article_id", "from_article", "kind", "item", "field", "value", "text", "note")
        } == {
            "article_id": old,
            "from_article": old,
            "kind": "events",
            "item": "v1",
            "field": "type",
            "value": "PROTEST",
            "text": None,
            "note": "a walk-out, not a closure",
        }
        assert store.dropped_corrections("new-" + old) == []
    with Store(path) as store:  # opened again: nothing moves twice
        assert (len(store.corrections()), len(store.dropped_corrections())) == (0, 1)


def test_stranded_corrections_apply_again_when_their_article_is_stored_again(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    old = _stranded_store(path)
    with Store(path) as store:
        ingest([SCHOOL.article], store, pipeline=RecordsPipeline([SCHOOL]))
        assert [(c.article_id, c.item, c.field, c.value) for c in store.corrections()] == [
            (old, "v1", "type", "PROTEST")
        ]
        assert store.dropped_corrections() == []
        assert [e.type for e in store.get(old).events] == ["PROTEST"]
