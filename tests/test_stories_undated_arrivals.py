"""Stories still taking undated articles stay in memory (StoryIndex.touch, Stories.add).

An article without a publication date arrives "now" as far as anyone knows: the story it joins
is active at the latest date seen, whatever the dates of its dated members. Before, such a story
was evicted once the clock passed its last dated member by ``idle_days``, and the next undated
report of it started a new story (with canonical events of its own)."""

from __future__ import annotations

import pytest

from conftest import RecordsPipeline
from storyline import store as store_module
from storyline.pipeline import Pipeline
from storyline.read import article_from_text
from storyline.record import Record
from storyline.store import SCHEMA_VERSION, Store, ingest
from storyline.stories import Stories, StoryIndex, load

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


# The store keeps the touch (stories.seen, migration 11): a state loaded again from the store, by
# a new process or by sync's backfill load(at=...), still holds the story an undated article kept
# active. Other wording, names and places than FERRY above: a mine collapse and a flood.
MINE = [
    (
        "2019-09-02",
        "A tunnel of the Varnok copper mine collapsed near the town of Ostrel on Monday, trapping "
        "nine miners, the mine operator Ostrel Copper said. Rescuers drilled towards the trapped men.",
    ),
    (
        "2019-09-27",
        "The city council of Pelmar approved a new budget for its public libraries, the mayor said.",
    ),
    (
        None,
        "Rescuers pulled three miners alive from the collapsed Varnok copper mine near Ostrel, Ostrel "
        "Copper said. The search for the six other miners went on.",
    ),
    # 2019-10-20: the mine's dated article lies 48 days back, its undated one joined 23 days back
    (
        "2019-10-20",
        "The Pelmar football club opened its new stadium with a match against visitors from Drava, "
        "the club said.",
    ),
    (
        None,
        "Prosecutors charged the director of Ostrel Copper over the collapse of the Varnok copper mine "
        "near Ostrel, where six miners died.",
    ),
]


@pytest.fixture(scope="module")
def mine(pipeline: Pipeline) -> list[Record]:
    return list(pipeline.process_articles([article_from_text(t, published=p) for p, t in MINE]))


def _story_of(store: Store) -> dict[str, int]:
    return dict(store.conn.execute("SELECT article_id, story_id FROM story_articles").fetchall())


def test_store_keeps_the_touch_across_a_reload(tmp_path, mine: list[Record]) -> None:
    """Ingested in two runs (the state loaded again from the store in between), the late undated
    report still joins the mine story: its row holds the day the first undated report joined."""
    ids = [r.article.id for r in mine]
    with Store(tmp_path / "s.db") as store:
        ingest([r.article for r in mine[:3]], store, pipeline=RecordsPipeline(mine), batch_size=1)
        seen = store.conn.execute("SELECT seen FROM stories WHERE seen IS NOT NULL").fetchall()
        assert [r[0] for r in seen] == ["2019-09-27"]
    with Store(tmp_path / "s.db") as store:  # a new process: the state comes from the store
        ingest([r.article for r in mine[3:]], store, pipeline=RecordsPipeline(mine), batch_size=1)
        story = _story_of(store)
        assert story[ids[4]] == story[ids[2]] == story[ids[0]]
        assert store.conn.execute("SELECT count(*) FROM stories").fetchone()[0] == 3


@pytest.mark.parametrize(
    "at, later, held",
    [(None, None, True), (None, "2019-10-17", True), (None, "2019-10-18", False), ("2019-09-26", None, True)],
)
def test_load_holds_a_touched_story_while_recent(
    tmp_path, mine: list[Record], at: str | None, later: str | None, held: bool
) -> None:
    """With idle_days=20 the mine story's last article (2019-09-02) is idle at the store's latest
    day (2019-09-27) and at 2019-09-26, but an undated report joined it on 2019-09-27: load (and
    load(at=...)) reads it back with that day, and it is evicted only 20 days after it."""
    with Store(tmp_path / "s.db") as store:
        ingest([r.article for r in mine[:3]], store, pipeline=RecordsPipeline(mine), batch_size=1)
        sid = _story_of(store)[mine[0].article.id]
        st = load(store, idle_days=20, at=at)
        if later:
            st.evict(later)
        assert (sid in st.stories.stories) is held
        assert st.stories.seen.get(sid) == ("2019-09-27" if held else None)


def test_a_store_made_before_seen_opens_gains_it_and_loads_as_before(
    tmp_path, mine: list[Record], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A store made before migration 11 loads (read-only, not migrated) without the column; opened
    for writing it gains ``stories.seen`` (empty: no touch was kept) and loads the same stories."""
    path = tmp_path / "old.db"
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:10])
    with Store(path) as store:
        ingest([r.article for r in mine[:3]], store, pipeline=RecordsPipeline(mine), batch_size=1)
    monkeypatch.undo()

    def loaded(store: Store) -> dict[int, list[str]]:
        st = load(store, idle_days=20)
        return {sid: s.articles for sid, s in st.stories.stories.items()} | {0: sorted(st.stories.seen)}

    with Store(path, readonly=True) as store:
        assert "seen" not in {r[1] for r in store.conn.execute("PRAGMA table_info(stories)")}
        before = loaded(store)
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.conn.execute("SELECT count(*) FROM stories WHERE seen IS NULL").fetchone()[0] == 2
        assert loaded(store) == before
    # without the column's day the mine story (last dated 2019-09-02) is idle 20 days after
    # 2019-09-27, so only the library budget's story is loaded
    assert [len(a) for sid, a in before.items() if sid] == [1]
    assert before[0] == []


def test_removing_a_member_keeps_the_story_seen(tmp_path, mine: list[Record]) -> None:
    """Store.remove (re-processing) rewrites the story without the article and keeps its day."""
    with Store(tmp_path / "s.db") as store:
        ingest([r.article for r in mine[:3]], store, pipeline=RecordsPipeline(mine), batch_size=1)
        sid = _story_of(store)[mine[0].article.id]
        assert store.remove(mine[0].article.id)
        row = store.conn.execute("SELECT n_articles, seen FROM stories WHERE id = ?", (sid,)).fetchone()
        assert tuple(row) == (1, "2019-09-27")
