"""Stories still taking undated articles stay in memory (StoryIndex.touch, Stories.add).

An article without a publication date arrives "now" as far as anyone knows: the story it joins
is active at the latest date seen, whatever the dates of its dated members. Before, such a story
was evicted once the clock passed its last dated member by ``idle_days``, and the next undated
report of it started a new story (with canonical events of its own)."""

from __future__ import annotations

import pytest

from storyline.pipeline import Pipeline
from storyline.read import article_from_text
from storyline.record import Record
from storyline.store import Store, ingest
from storyline.stories import Stories, StoryIndex

FERRY = [
    (
        "2021-05-03",
        "A passenger ferry capsized on Lake Osmar near the port of Keldara on Monday, killing twelve "
        "people, the Keldara coast guard said. Divers searched the lake for missing passengers.",
    ),
    # the clock moves on with an unrelated article
    (
        "2021-05-28",
        "Farmers in the Tavira valley harvested a record crop of olives this season, the regional "
        "growers association said.",
    ),
    (
        None,
        "Divers recovered more bodies from Lake Osmar after the ferry capsized near Keldara, the "
        "Keldara coast guard said. The ferry operator Osmar Lines suspended its service.",
    ),
    # 2021-06-20: the ferry's dated article lies 48 days back, its undated one joined 23 days back
    (
        "2021-06-20",
        "The national orchestra of Belmora opened its summer season with a concert in the capital, "
        "organisers said.",
    ),
    (
        None,
        "The owner of Osmar Lines was arrested over the ferry that capsized on Lake Osmar near "
        "Keldara, the coast guard said. Divers ended the search of the lake.",
    ),
]


@pytest.fixture(scope="module")
def ferry(pipeline: Pipeline) -> list[Record]:
    return list(pipeline.process_articles([article_from_text(t, published=p) for p, t in FERRY]))


def test_undated_article_joins_the_story_it_kept_active(ferry: list[Record]) -> None:
    st = Stories(idle_days=30)
    added = [st.add(r) for r in ferry]
    first, _, second, _, third = added
    assert second.story == first.story
    assert third.story == first.story  # not a new story: the undated report kept it active
    assert len(st.stories.stories[first.story].articles) == 3


def test_dated_stories_are_still_evicted_on_article_time(ferry: list[Record]) -> None:
    """Without an undated article joining it, the ferry story is idle by 2021-06-20 (48 days)."""
    st = Stories(idle_days=30)
    ids = [st.add(r).story for r in (ferry[0], ferry[1], ferry[3])]
    assert ids[0] not in st.stories.stories


@pytest.mark.parametrize(
    "seen, evicted",
    [(None, True), ("2021-05-20", True), ("2021-05-21", False), ("2021-06-01", False)],
)
def test_touch_keeps_a_story_until_idle_days_after(seen: str | None, evicted: bool) -> None:
    from storyline.stories.grouping import Story

    index = StoryIndex()
    index.restore(Story(4, articles=["a"], first="2021-03-01", last="2021-03-02"))
    if seen:
        index.touch(4, seen)
    assert index.evict("2021-05-21") == ([4] if evicted else [])
    assert (4 in index.stories) is not evicted


def test_store_ingest_keeps_the_undated_story(tmp_path, pipeline: Pipeline) -> None:
    """ingest (one article a batch, its state kept) files the late undated report with its story."""
    articles = [article_from_text(text, published=published) for published, text in FERRY]
    with Store(tmp_path / "s.db") as store:
        ingest(articles, store, pipeline=pipeline, batch_size=1)
        story = dict(store.conn.execute("SELECT article_id, story_id FROM story_articles").fetchall())
        assert story[articles[4].id] == story[articles[0].id] == story[articles[2].id]
        assert store.conn.execute("SELECT count(*) FROM stories").fetchone()[0] == 3
