"""Story grouping: folding small stories into the story they fit, its bookkeeping, the store."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from storyline.record import Article, Record, article_id
from storyline.store import Store
from storyline.stories import Stories, Story, StoryIndex, sync
from storyline.stories.grouping import Profile

# invented articles as profiles: the flood words, the election words, and one of each that
# shares too little with the rest to join on arrival (strict threshold) but fits on folding
FLOOD = "flood river levee evacuated rainfall valley dam rescue"
ELECTION = "election ballot candidate turnout polling parliament campaign vote"


def _profile(aid: str, text: str, *, keys: tuple[str, ...] = (), date: str | None = None) -> Profile:
    day = dt.date.fromisoformat(date) if date else None
    return Profile(aid, day, aid, Counter(text.split()), set(keys), set())


def _floods(n: int) -> list[Profile]:
    words = FLOOD.split()
    return [_profile(f"f{i}", " ".join([*words[i % 3 :], f"extra{i}"]), keys=("p:valley",)) for i in range(n)]


def _elections(n: int) -> list[Profile]:
    words = ELECTION.split()
    return [
        _profile(f"e{i}", " ".join([*words[i % 3 :], f"other{i}"]), keys=("e:parliament",)) for i in range(n)
    ]


def _stories(index: StoryIndex) -> set[frozenset[str]]:
    groups: dict[int, set[str]] = {}
    for aid, sid in index.of_article.items():
        groups.setdefault(sid, set()).add(aid)
    return {frozenset(g) for g in groups.values()}


@pytest.mark.parametrize(
    ("fold_threshold", "expected"),
    [
        # lenient enough: the stragglers fold into their own topic's story, never the other's
        (0.2, {frozenset({"f0", "f1", "f2", "f3", "f9"}), frozenset({"e0", "e1", "e2", "e3", "e9"})}),
        # too strict to fold anything: the stragglers stay on their own (negative case)
        (0.99, None),
    ],
)
def test_consolidate_folds_stragglers_into_their_story(fold_threshold: float, expected: set | None) -> None:
    index = StoryIndex(fold_after=None, fold_threshold=fold_threshold)
    for p in [*_floods(4), *_elections(4)]:
        index.add(p)
    before = len(index.stories)
    # stragglers: the story's words, but little of them, and no key
    index.threshold = 0.95  # nothing joins on arrival
    index.add(_profile("f9", "flood levee evacuated unrelated1 unrelated2"))
    index.add(_profile("e9", "ballot turnout polling unrelated3 unrelated4"))
    assert len(index.stories) == before + 2
    folds = index.consolidate()
    if expected is None:
        assert folds == [] and len(index.stories) == before + 2
    else:
        assert _stories(index) == expected
        assert {index.resolve(a) for a, _ in folds} == {index.of_article["f0"], index.of_article["e0"]}


def test_folds_are_reported_once_and_resolved() -> None:
    index = StoryIndex(fold_after=None)
    for p in _floods(4):
        index.add(p)
    index.threshold = 0.95
    small = index.add(_profile("f9", "flood levee evacuated unrelated1"))
    big = index.of_article["f0"]
    assert small != big and index.consolidate() == [(small, big)]
    assert index.resolve(small) == big and index.resolve(big) == big
    assert index.take_folds() == {small: big}
    assert index.take_folds() == {}  # handed over once
    assert index.resolve(small) == big  # still readable until the story is evicted


@pytest.mark.parametrize(
    ("fold_after", "folded_during_stream"),
    [(3, True), (None, False)],
)
def test_folding_runs_every_fold_after_articles(fold_after: int | None, folded_during_stream: bool) -> None:
    index = StoryIndex(fold_after=fold_after)
    for p in _floods(4):
        index.add(p)
    index.threshold = 0.95
    small = index.add(_profile("f9", "flood levee evacuated unrelated1"))
    # the straggler must stay idle for fold_after articles before it is scored again
    for i, p in enumerate(_elections(6)):
        index.add(_profile(f"x{i}", " ".join(p.terms)))
    assert (small not in index.stories) is folded_during_stream


def test_a_growing_small_story_is_not_folded_while_it_grows() -> None:
    index = StoryIndex(fold_after=None)
    for p in _floods(4):
        index.add(p)
    index.threshold = 0.95
    small = index.add(_profile("f9", "flood levee evacuated unrelated1"))
    assert index.consolidate(idle=5) == []  # it took an article just now
    assert small in index.stories


def test_story_merge_keeps_every_article_and_the_span() -> None:
    a, b = Story(1), Story(2)
    a.absorb(_profile("a1", "flood river", keys=("p:valley",), date="2020-03-02"))
    b.absorb(_profile("b1", "flood dam", keys=("p:valley", "e:mayor"), date="2020-02-27"))
    a.merge(b)
    assert a.articles == ["a1", "b1"] and (a.first, a.last) == ("2020-02-27", "2020-03-02")
    assert a.keys == Counter({"p:valley": 2, "e:mayor": 1}) and a.terms["flood"] == 2
    assert set(a.member_keys) == {"a1", "b1"}


def test_evicting_a_story_reports_the_stories_folded_into_it() -> None:
    index = StoryIndex(fold_after=None)
    for i, p in enumerate(_floods(4)):
        p.date = dt.date(2020, 1, 1 + i)
        index.add(p)
    index.threshold = 0.95
    small = index.add(_profile("f9", "flood levee evacuated unrelated1", date="2020-01-05"))
    big = index.of_article["f0"]
    index.consolidate()
    assert sorted(index.evict("2020-02-01")) == sorted([big, small])  # its events are dropped too
    assert index.resolve(small) == small and not index.stories


def _record(aid_text: str, published: str) -> Record:
    return Record(Article(article_id(aid_text), aid_text, published=published))


def test_sync_moves_folded_stories_in_the_store(tmp_path) -> None:
    texts = [" ".join(p.terms) + f" filler{i} words here" for i, p in enumerate(_floods(4))]
    straggler = "flood river levee evacuated rainfall valley unrelated1"
    with Store(tmp_path / "s.db") as store:
        records = [_record(t, "2020-03-0" + str(i + 1)) for i, t in enumerate(texts)]
        store.add_many(records)
        state = Stories(stories=StoryIndex(fold_after=None))
        sync(store, records=records, state=state)
        state.stories.threshold = 0.95
        late = _record(straggler, "2020-03-06")
        store.add(late)
        sync(store, records=[late], state=state)
        small = state.stories.of_article[late.article.id]
        assert small in state.stories.stories
        stored = {r[0] for r in store.conn.execute("SELECT id FROM stories")}
        assert small in stored
        state.stories.consolidate()
        more = _record(texts[0] + " more", "2020-03-07")
        store.add(more)
        sync(store, records=[more], state=state)
        rows = dict(store.conn.execute("SELECT article_id, story_id FROM story_articles"))
        assert rows[late.article.id] == rows[records[0].article.id]
        assert small not in {r[0] for r in store.conn.execute("SELECT id FROM stories")}
