"""Articles that arrive out of date order (a backfill of an archive, a feed listed newest
first) meet their own stories and copies, not only the latest ones the merge holds in memory
(``stories.load(at=...)``, ``stories.sync``)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from conftest import RecordsPipeline, invented_record
from storyline.read import article_from_text
from storyline.record import Record
from storyline.store import Store, ingest

# invented articles: a quarry collapse (and a wire copy of it a day later) and, long after, an
# unrelated port fire
QUARRY = [
    "Quarry wall collapses near Vessanby",
    "A wall of the Lindqvist limestone quarry near Vessanby collapsed on Monday morning, burying "
    "two excavators and a conveyor under thousands of tonnes of rock, the Vessanby Rescue Service said.",
    "The Vessanby Rescue Service evacuated forty workers from the lower terraces and closed the road "
    "to the village of Ormholt while engineers checked the remaining faces for cracks.",
    "Lindqvist Minerals suspended blasting at all three of its sites in the county and promised to "
    "publish the findings of an independent inspection before the end of the month.",
]
PORT = [
    "Fire breaks out in Calvera port warehouse",
    "A fire destroyed a grain warehouse in the port of Calvera overnight, and the Calvera Harbour "
    "Authority closed two berths to shipping while firefighters cooled the silos next to it.",
]


def _quarry(published: str, edit: str = "") -> Record:
    paragraphs = list(QUARRY)
    if edit:
        paragraphs[1] = paragraphs[1].replace(" said.", f" {edit}.")
    return invented_record(paragraphs, published, [("evacuated", "COERCE", "Vessanby Rescue Service")])


def _port(published: str) -> Record:
    return invented_record(PORT, published, [("closed", "COERCE", "Calvera Harbour Authority")])


def _rows(store: Store) -> tuple[dict[str, int], dict[str, str], dict[str, set[int]]]:
    c = store.conn
    story = dict(c.execute("SELECT article_id, story_id FROM story_articles"))
    dups = dict(c.execute("SELECT article_id, original_id FROM duplicates"))
    canon: dict[str, set[int]] = {}
    for aid, cid in c.execute("SELECT article_id, canonical_id FROM canonical_mentions"):
        canon.setdefault(aid, set()).add(cid)
    return story, dups, canon


ORIGINAL = _quarry("2031-03-03")
COPY = _quarry("2031-03-04", "told reporters")
LATER = _port("2032-09-20")


@pytest.mark.parametrize(
    "batches",
    [
        [[ORIGINAL, LATER], [COPY]],  # the copy arrives in a later ingest
        [[LATER, ORIGINAL, COPY]],  # one ingest, newest first, one article per batch
    ],
    ids=["later-ingest", "newest-first"],
)
def test_a_late_copy_joins_its_original(tmp_path: Path, batches: list[list[Record]]) -> None:
    with Store(tmp_path / "s.db") as store:
        for records in batches:
            ingest([r.article for r in records], store, pipeline=RecordsPipeline(records), batch_size=1)
        story, dups, canon = _rows(store)
        a, b, c = ORIGINAL.article.id, COPY.article.id, LATER.article.id
        assert dups == {b: a}
        assert story[a] == story[b] != story[c]
        assert canon[a] == canon[b]
        assert store.conn.execute("SELECT count(*) FROM canonical_events").fetchone()[0] == 2


def test_a_late_article_leaves_the_latest_state_for_the_next_batch(tmp_path: Path) -> None:
    """After a backfill batch, an article of the latest days still finds the latest stories."""
    later_copy = _port("2032-09-21")
    later_copy = dataclasses.replace(
        later_copy,
        article=dataclasses.replace(
            article_from_text(later_copy.article.text + "\n\nUpdated with the number of berths."),
            published="2032-09-21",
        ),
    )
    records = [LATER, ORIGINAL, COPY, later_copy]
    with Store(tmp_path / "s.db") as store:
        ingest([r.article for r in records], store, pipeline=RecordsPipeline(records), batch_size=1)
        story, dups, _ = _rows(store)
        assert dups == {COPY.article.id: ORIGINAL.article.id, later_copy.article.id: LATER.article.id}
        assert story[later_copy.article.id] == story[LATER.article.id]
