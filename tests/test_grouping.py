"""Story grouping: folding small stories into the story they fit, its bookkeeping, the store."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter

import pytest

from storyline.record import Article, Event, Offsets, Place, Record, Span, article_id
from storyline.store import Store
from storyline.stories import Stories, Story, StoryIndex, load, sync
from storyline.stories.duplicates import DuplicateIndex
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
        # the invented texts share most word 3-grams, which the short-text copy check rightly
        # links as edited copies: these tests are about stories, so it is off here
        state = Stories(stories=StoryIndex(fold_after=None), duplicates=DuplicateIndex(short_words=0))
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


# --- splitting a story that two events share --------------------------------------------------

# both events happen in one capital (a shared key) and each has a key of its own: an article
# of either event scores enough against a young story of the other to join it (threshold 0.1)
_MIXED_KEYS = {"f": ("p:capital", "p:valley"), "e": ("p:capital", "e:parliament")}


def _mixed(n: int) -> list[Profile]:
    """``n`` articles, flood and election in turn, each with its event's words and keys."""
    out = []
    for i in range(n):
        kind, words = ("f", FLOOD) if i % 2 == 0 else ("e", ELECTION)
        w = words.split()
        out.append(_profile(f"{kind}{i // 2}", " ".join([*w[i % 3 :], f"x{i}"]), keys=_MIXED_KEYS[kind]))
    return out


@pytest.mark.parametrize(
    ("profiles", "kw", "expected"),
    [
        # two events in one story: split at 6 members, the flood (the first article's) keeps the id
        (_mixed(6), {}, [{"f0", "f1", "f2"}, {"e0", "e1", "e2"}]),
        # one event: the members fit each other, nothing splits (negative case)
        (_floods(6), {}, [{f"f{i}" for i in range(6)}]),
        # splitting off: the mixed story stays whole
        (_mixed(6), {"split_size": 0}, [{"f0", "f1", "f2", "e0", "e1", "e2"}]),
        # not yet at split_size: whole (negative case)
        (_mixed(5), {}, [{"f0", "f1", "f2", "e0", "e1"}]),
        # halves must hold split_min members each: 3 + 3 is too few for 4
        (_mixed(6), {"split_min": 4}, [{"f0", "f1", "f2", "e0", "e1", "e2"}]),
    ],
)
def test_a_story_of_two_events_splits_in_two(profiles: list[Profile], kw: dict, expected: list[set]) -> None:
    index = StoryIndex(threshold=0.1, fold_after=None, **kw)
    first = index.add(profiles[0])
    for p in profiles[1:]:
        index.add(p)
    groups = {
        sid: {a for a, s in index.of_article.items() if s == sid} for sid in set(index.of_article.values())
    }
    assert sorted(groups.values(), key=sorted) == sorted(expected, key=sorted)
    assert groups[first] == expected[0]  # the half holding the first article keeps the story's id
    for sid, members in groups.items():
        assert set(index.stories[sid].articles) == members
        assert set(index.stories[sid].member_words) == members


def test_after_a_split_later_articles_choose_their_event() -> None:
    index = StoryIndex(threshold=0.1, fold_after=None)
    for p in _mixed(6):
        index.add(p)
    flood, election = index.of_article["f0"], index.of_article["e0"]
    assert flood != election
    late_flood = _profile("f9", FLOOD + " late", keys=_MIXED_KEYS["f"])
    late_election = _profile("e9", ELECTION + " late", keys=_MIXED_KEYS["e"])
    assert (index.add(late_flood), index.add(late_election)) == (flood, election)
    # each half kept only its own event's words and keys
    assert "ballot" not in index.stories[flood].terms and "levee" not in index.stories[election].terms
    assert "e:parliament" not in index.stories[flood].keys


@pytest.mark.parametrize(
    ("size", "due"),
    [(6, True), (12, True), (24, True), (48, True), (5, False), (7, False), (18, False), (96, False)],
)
def test_splits_are_checked_at_split_size_and_each_doubling(size: int, due: bool) -> None:
    assert StoryIndex()._split_due(size) is due
    assert StoryIndex(split_size=0)._split_due(size) is False


def test_splits_are_reported_once_with_both_stories() -> None:
    index = StoryIndex(threshold=0.1, fold_after=None)
    for p in _mixed(6):
        index.add(p)
    flood, election = index.of_article["f0"], index.of_article["e0"]
    assert index.take_splits() == ({"e0": election, "e1": election, "e2": election}, {flood, election})
    assert index.take_splits() == ({}, set())


def test_story_state_keeps_members_words_and_an_old_state_never_splits() -> None:
    story = Story(1)
    for p in _mixed(6):
        story.absorb(p)
    back = Story.from_state(1, story.to_state())
    assert back.member_words == story.member_words and back.member("e1") == story.member("e1")
    assert back.member("e1") is not None and back.member("e1").keys == set(_MIXED_KEYS["e"])
    index = StoryIndex()
    assert index.split(back) is not None  # a restored story splits as before
    old_state = {k: v for k, v in story.to_state().items() if k != "member_words"}
    old = Story.from_state(2, old_state)
    assert old.member("e1") is None and StoryIndex().split(old) is None


def test_split_rebuilds_both_halves_span_and_types() -> None:
    story = Story(1)
    for i, p in enumerate(_mixed(6)):
        p.date = dt.date(2020, 3, 1 + i)
        p.types = {"FLOOD"} if p.article_id.startswith("f") else {"VOTE"}
        story.absorb(p)
    new = story.split(["e0", "e1", "e2"], 2)
    assert (story.articles, new.articles) == (["f0", "f1", "f2"], ["e0", "e1", "e2"])
    assert (story.first, story.last, new.first, new.last) == (
        "2020-03-01",
        "2020-03-05",
        "2020-03-02",
        "2020-03-06",
    )
    assert (set(story.types), set(new.types)) == ({"FLOOD"}, {"VOTE"})
    assert set(story.titles) == {"f0", "f1", "f2"} and set(new.member_keys) == {"e0", "e1", "e2"}


def _event_record(i: int, kind: str) -> Record:
    """An invented article of the flood (``f``) or the election (``e``) in the capital, with one
    event, published on 1 + i March 2020."""
    words = (FLOOD if kind == "f" else ELECTION).split()
    text = " ".join([*words[i % 3 :], *words[: i % 3]]) + f". Report {kind} number {i}."
    where = ("Capital", "Valley") if kind == "f" else ("Capital", "Hall")
    places = tuple(Place(0, len(n), n, name=n) for n in where)
    event = Event(
        "v1",
        "AID" if kind == "f" else "CONSULT",
        Span(0, len(words[i % 3]), words[i % 3]),
        Offsets(0, text.index(".") + 1),
        date=f"2020-03-{1 + i:02d}",
        date_from="text",
    )
    return Record(
        Article(article_id(text), text, published=f"2020-03-{1 + i:02d}"), places=places, events=(event,)
    )


def test_sync_moves_split_off_articles_and_their_events_in_the_store(tmp_path) -> None:
    """A story split in two: articles' rows, both stories' rows and the canonical events'
    stories move in the batch that split it, and the store loads back to the same grouping."""
    records = [_event_record(i, "f" if i % 2 == 0 else "e") for i in range(6)]
    flood_ids = {r.article.id for r in records[::2]}
    with Store(tmp_path / "s.db") as store:
        store.add_many(records)
        # rotations of one word list: no short-text copy check (see above)
        state = Stories(
            stories=StoryIndex(threshold=0.1, fold_after=None), duplicates=DuplicateIndex(short_words=0)
        )
        sync(store, records=records[:5], state=state)  # five articles: one mixed story
        assert (
            len(set(dict(store.conn.execute("SELECT article_id, story_id FROM story_articles")).values()))
            == 1
        )
        sync(store, records=records[5:], state=state)  # the sixth splits it
        rows = dict(store.conn.execute("SELECT article_id, story_id FROM story_articles"))
        assert rows == state.stories.of_article
        flood, election = {rows[a] for a in flood_ids}, {rows[a] for a in rows if a not in flood_ids}
        assert len(flood) == len(election) == 1 and flood != election
        stories = {sid: n for sid, n in store.conn.execute("SELECT id, n_articles FROM stories")}
        assert stories == {flood.pop(): 3, election.pop(): 3}
        # every canonical event sits in the story of the article that first reported it
        first = dict(store.conn.execute("SELECT id, story_id FROM canonical_events"))
        assert first and all(
            first[ev.id] == rows[ev.mentions[0].article_id] for ev in state.merger.events.values()
        )
        # ... and the merger's mentions follow their articles (blocking by story sees the halves)
        assert all(m.story == rows[m.article_id] for ev in state.merger.events.values() for m in ev.mentions)
        # loaded back, the store gives the same grouping, and each half goes on growing
        loaded = load(store)
        assert loaded.stories.of_article == state.stories.of_article
        assert {s.id: s.member_words for s in loaded.stories.stories.values()} == {
            s.id: s.member_words for s in state.stories.stories.values()
        }
        late = _event_record(8, "e")
        store.add(late)
        sync(store, records=[late], state=loaded)
        rows = dict(store.conn.execute("SELECT article_id, story_id FROM story_articles"))
        assert rows[late.article.id] == rows[records[1].article.id]


def _dated(profiles: list[Profile], day: int, prefix: str) -> list[Profile]:
    """The profiles renamed ``prefix`` + index and dated ``day`` March 2020."""
    return [
        Profile(f"{prefix}{i}", dt.date(2020, 3, day), f"{prefix}{i}", p.terms, p.keys, p.types)
        for i, p in enumerate(profiles)
    ]


@pytest.mark.parametrize(
    ("second", "kw", "window_at_join", "joined"),
    [
        # one event told by two stories (the second began out of the first's date window):
        # their members fit each other as well as their own, so they join
        (_dated(_floods(3), 5, "g"), {}, 14, True),
        # another event's story never joins (negative case)
        (_dated(_elections(3), 5, "g"), {}, 14, False),
        # spans too far apart for the date window (negative case)
        (_dated(_floods(3), 5, "g"), {}, 1, False),
        # splitting and joining off
        (_dated(_floods(3), 5, "g"), {"split_size": 0}, 14, False),
        # the two stories' members score 0.7985 on average: they join at a join_below under
        # that and stay apart above it (negative case); split_below does not govern joins
        (_dated(_floods(3), 5, "g"), {"join_below": 0.79}, 14, True),
        (_dated(_floods(3), 5, "g"), {"join_below": 0.81}, 14, False),
        (_dated(_floods(3), 5, "g"), {"split_below": 0.9}, 14, True),
    ],
)
def test_consolidate_joins_two_stories_of_one_event(
    second: list[Profile], kw: dict, window_at_join: int, joined: bool
) -> None:
    index = StoryIndex(fold_after=None, window_days=1, **kw)
    for p in [*_dated(_floods(3), 1, "f"), *second]:
        index.add(p)
    first, other = index.of_article["f0"], index.of_article["g0"]
    assert first != other and len(index.stories) == 2  # apart on arrival
    index.window_days = window_at_join
    pairs = index.consolidate()
    assert (pairs == [(other, first)]) is joined
    assert (index.of_article["g0"] == first) is joined
    if joined:
        assert index.resolve(other) == first and index.take_folds() == {other: first}
        assert sorted(index.stories[first].articles) == ["f0", "f1", "f2", "g0", "g1", "g2"]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # the same words and keys: w_text + w_keys
        (("flood river", ("p:valley",)), ("flood river", ("p:valley",)), 1.0),
        # nothing shared (negative case)
        (("flood river", ("p:valley",)), ("ballot vote", ("e:parliament",)), 0.0),
        # one key of three shared, no words: w_keys × Jaccard 1/3
        (("flood", ("p:capital", "p:valley")), ("vote", ("p:capital", "e:hall")), 0.1),
        # the same words in years that clash: less year_clash
        (("flood river", ("t:2019",)), ("flood river", ("t:2021",)), 0.6),
    ],
)
def test_pair_score(a: tuple[str, tuple[str, ...]], b: tuple[str, tuple[str, ...]], expected: float) -> None:
    index = StoryIndex()
    pa, pb = _profile("a", a[0], keys=a[1]), _profile("b", b[0], keys=b[1])
    score = index.pair_score(pa, pb, index._vector(pa.terms), index._vector(pb.terms))
    assert score == pytest.approx(expected)


def test_split_with_embeddings_keeps_the_story_direction_in_both_halves() -> None:
    np = pytest.importorskip("numpy")
    story = Story(1)
    for i, p in enumerate(_mixed(6)):
        p.vector = np.eye(3, dtype=np.float32)[i % 3]
        story.absorb(p)
    whole = story.vector / np.linalg.norm(story.vector)
    new = story.split(["e0", "e1", "e2"], 2)
    for half in (story, new):
        assert np.allclose(half.vector / np.linalg.norm(half.vector), whole)


@pytest.mark.parametrize(
    ("seen", "terms", "rare_terms", "expected"),
    [
        # the rarest words first, ties broken alphabetically, the keys sorted before them
        (["a b c", "a b", "a"], "c b a", 2, ["e:k", "w:c", "w:b"]),
        (["a b c", "a b", "a"], "c b a", 5, ["e:k", "w:c", "w:b", "w:a"]),
        (["x y"], "y x new", 2, ["e:k", "w:new", "w:x"]),
        ([], "b a", 1, ["e:k", "w:a"]),
        # not the most frequent word in the article, nor the commonest in the collection
        (["a b c", "a b", "a"], "a a a b", 1, ["e:k", "w:b"]),
    ],
)
def test_blocking_keys_are_the_rarest_words(
    seen: list[str], terms: str, rare_terms: int, expected: list
) -> None:
    index = StoryIndex(rare_terms=rare_terms)
    for text in seen:
        index.df.update(set(text.split()))
        index.n_docs += 1
    assert index._blocking_keys(_profile("q", terms, keys=("e:k",))) == expected


@pytest.mark.parametrize(
    ("seen", "terms"),
    [(["a b c", "a b", "a"], "a a a b d"), ([], "solo"), (["x"] * 5, "x x y")],
)
def test_tfidf_vector_is_unit_length_log_tf_times_idf(seen: list[str], terms: str) -> None:
    index = StoryIndex()
    for text in seen:
        index.df.update(set(text.split()))
        index.n_docs += 1
    counts = Counter(terms.split())
    raw = {t: (1 + math.log(c)) * index.idf(t) for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in raw.values()))
    vec = index._vector(counts)
    assert vec == pytest.approx({t: v / norm for t, v in raw.items()}, abs=1e-12)
    assert sum(v * v for v in vec.values()) == pytest.approx(1.0)
    if len(counts) > 1:  # a word seen in fewer articles weighs more at the same count
        assert vec["b" if "b" in vec else "y"] != vec["a" if "a" in vec else "x"]


def test_join_below_is_lower_than_split_below() -> None:
    """Joining asks less of two stories' members than splitting asks of one story's halves
    (two stories of one event that formed apart fit each other less well than one story's
    halves): the defaults chosen on ECB+ topics 1-17."""
    index = StoryIndex()
    assert (index.join_below, index.split_below) == (0.15, 0.2)


# --- who an article is most about --------------------------------------------------------------

# invented reports of two coaches fired by two clubs of one league in one week: the same words
# and the league's names, but each club's report names its own club and coach most often
SACKING = ["coach", "fired", "season", "losing"]


def _sacking(aid: str, club: str, coach: str, wording: int = 0) -> Profile:
    names = Counter({club: 4, coach: 2, "league": 1, "commissioner": 1, "city": 1})
    words = [*SACKING[wording:], club, coach.split()[-1], *(f"{aid}{k}" for k in range(8))]
    return Profile(aid, None, aid, Counter(words), {"e:" + n for n in names}, {"COERCE"}, names=names)


@pytest.mark.parametrize(
    ("w_names", "reports", "expected"),
    [
        # two clubs' sackings, interleaved: their name counts keep them apart
        (
            0.7,
            [
                ("h0", "hawks", "dana ruiz"),
                ("o0", "otters", "lee park"),
                ("h1", "hawks", "dana ruiz"),
                ("o1", "otters", "lee park"),
            ],
            {frozenset({"h0", "h1"}), frozenset({"o0", "o1"})},
        ),
        # without the names' weight the second club's first report joins the first's story
        (
            0.0,
            [
                ("h0", "hawks", "dana ruiz"),
                ("o0", "otters", "lee park"),
                ("h1", "hawks", "dana ruiz"),
                ("o1", "otters", "lee park"),
            ],
            {frozenset({"h0", "o0", "h1", "o1"})},
        ),
        # one club's sacking in other words (fewer shared words) still makes one story
        (
            0.7,
            [("h0", "hawks", "dana ruiz"), ("h1", "hawks", "dana ruiz"), ("h2", "hawks", "dana ruiz")],
            {frozenset({"h0", "h1", "h2"})},
        ),
    ],
)
def test_an_article_joins_the_story_about_whom_it_is(w_names: float, reports: list, expected: set) -> None:
    index = StoryIndex(fold_after=None, w_names=w_names)
    for i, (aid, club, coach) in enumerate(reports):
        index.add(_sacking(aid, club, coach, wording=i % 3))
    assert _stories(index) == expected


def test_a_story_keeps_its_names_through_state_and_split() -> None:
    index = StoryIndex(fold_after=None)
    for aid, club, coach in [("h0", "hawks", "dana ruiz"), ("h1", "hawks", "dana ruiz")]:
        index.add(_sacking(aid, club, coach))
    story = next(iter(index.stories.values()))
    assert story.names["hawks"] == 8 and story.names["league"] == 2
    back = Story.from_state(story.id, story.to_state())
    assert back.names == story.names and back.member("h1").names == _sacking("h1", "hawks", "dana ruiz").names
    new = back.split(["h1"], 99)
    assert new.names["hawks"] == 4 and back.names["hawks"] == 4


@pytest.mark.parametrize(
    ("generic", "keys"),
    [(False, {"e:anna berg"}), (True, set())],
)
def test_generic_actors_give_no_story_keys(generic: bool, keys: set[str]) -> None:
    """A generic actor ("a spokesman", "the union") is a common noun: two stories that both
    quote a spokesman share no name."""
    from storyline.record import Entity, Mention
    from storyline.stories.grouping import profile

    text = "Anna Berg said the plan would fail."
    person = Entity(
        "e1", "Anna Berg", "PERSON", (Mention(0, 9, "Anna Berg"),), {"generic": True} if generic else {}
    )
    record = Record(Article(article_id(text), text), entities=(person,))
    p = profile(record)
    assert {k for k in p.keys if k.startswith("e:")} == keys
    assert bool(p.names) is not generic
