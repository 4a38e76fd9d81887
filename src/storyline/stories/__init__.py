"""Stories: one real-world event, however many articles report it.

Three incremental steps run over records as they arrive, each with blocking so that no
step compares all pairs:

1. **Near-duplicates** (:class:`DuplicateIndex`): MinHash over word 5-gram shingles in a
   datasketch LSH index. A lightly edited version is linked to the first copy seen; its URL
   and publisher stay on its own article, and its events count once. A copy printed word for
   word has the same text, so it never gets this far: the store keeps it as a copy of the one
   article (:meth:`~storyline.store.Store.add_copy`), one more source of its events.
2. **Stories** (:class:`StoryIndex`): an article joins the developing story it is most
   similar to (TF-IDF cosine over content words, overlap of entity and place keys, shared
   event types), among the stories that share a key or a rare word with it and lie within a
   date window; otherwise it starts a new story. Small stories that stopped growing are
   scored again later and folded into the story they now fit (:meth:`StoryIndex.consolidate`;
   :func:`sync` moves their rows). A growing story whose members form two groups that fit
   each other poorly is split in two (:meth:`StoryIndex.split`), and two stories whose members
   fit each other as well as their own are joined (:meth:`StoryIndex.join`). A story has a
   title (its most central headline; without one, a label of its leading actors, event type and
   place, never a page's menu), a time span, key actors and places (as the records name them,
   by weight then name: the same on every run).
3. **Canonical events** (:class:`EventMerger`): event mentions of the same PLOVER type,
   blocked by story, actor and date, merge when their actors, date, place and sentence
   agree well enough. A canonical event keeps every mention (article, sentence, trigger
   offsets), its distinct sources, the earliest report, the agreed fields, and every field
   on which reports disagree (two dates for one air raid, two casualty counts) with which
   mentions said what: disagreements are shown, not averaged away. Two events of one story
   told in WordNet-related words ("shot"/"killed") join once their reports share a
   participant or an argument (:meth:`EventMerger.add` with ``absorb``); the store moves the
   absorbed event's mentions. Two events of one story in one trigger word join once later
   reports match both as well on average as one report must (``fuse``, on in :class:`Stories`:
   which report arrived first no longer keeps them apart). A canonical event lies within one
   story: mentions of two stories never join, so that what an evicted story held cannot change
   a later merge, and a store merged in one pass (:func:`sync` with no records) gets the same
   events as one ingested in batches. When stories fold, split or join, the merger's mentions
   follow their articles (:meth:`EventMerger.restory`) at once, not at the end of the batch.

:class:`Stories` bundles the three; :func:`sync` runs it over a :class:`~storyline.store.Store`
(articles not merged yet, in publication order), so re-running after new articles arrive
is incremental and never duplicates.

State is bounded by article time: once a day of publication dates, :meth:`Stories.evict`
drops from memory the stories idle for more than :data:`IDLE_DAYS` (30) days, their canonical
events and the MinHash signatures of articles that old; :func:`load` reads back only what is
still active. Everything stays in the store; an article arriving more than 30 days after its
story's last article starts a new story.

The package keeps one module per step: :mod:`~storyline.stories.duplicates`,
:mod:`~storyline.stories.grouping`, :mod:`~storyline.stories.mentions` and
:mod:`~storyline.stories.merging` (with shared word helpers in :mod:`~storyline.stories.text`);
this module runs them together, keeps their state in the store and benchmarks them.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable
from dataclasses import MISSING, dataclass, fields, replace
from typing import TYPE_CHECKING, Any

from storyline.bench import peak_rss_mb, rss_mb
from storyline.record import Record

if TYPE_CHECKING:
    from storyline.store import Store

from storyline.stories.duplicates import Duplicate, DuplicateIndex
from storyline.stories.grouping import (
    EMBEDDING_PACKAGE,
    Profile,
    Story,
    StoryIndex,
    embed_articles,
    embedding_model,
    profile,
)
from storyline.stories.mentions import (
    EventMention,
    event_adjectives,
    event_mentions,
    event_nouns,
    predicate_mentions,
    trigger_classes,
    weak_triggers,
)
from storyline.stories.merging import CanonicalEvent, EventMerger
from storyline.stories.text import _date, content_words, stem, stop_words, words

log = logging.getLogger(__name__)

# --- all three together ----------------------------------------------------------------------

#: Days of article time after its last article that a story (with its canonical events and
#: its articles' signatures) stays in memory; a later article starts a new story.
IDLE_DAYS = 30


@dataclass
class Added:
    """What adding one record did: its duplicate link, its story, its canonical events."""

    article_id: str
    duplicate: Duplicate | None
    story: int
    events: dict[str, int]


class Stories:
    """Near-duplicates, stories and canonical events over a stream of records."""

    def __init__(
        self,
        *,
        duplicates: DuplicateIndex | None = None,
        stories: StoryIndex | None = None,
        merger: EventMerger | None = None,
        idle_days: int | None = IDLE_DAYS,
    ) -> None:
        self.duplicates = duplicates or DuplicateIndex()
        self.stories = stories or StoryIndex()
        # events of one story in one word that reports bridge later join (EventMerger._fuse)
        self.merger = merger or EventMerger(fuse=True)
        self.idle_days = idle_days
        self.clock: str | None = None  # the latest publication date seen (article time)
        self.auto_evict = True  # sync() turns it off while a batch is being written
        self._evicted_at: str | None = None
        self.followed: set[int] = set()  # events whose mentions followed a fold or split (sync writes them)
        # the last day of article time whose stories were loaded (load(at=...)); None: all of them
        self.loaded_until: str | None = None

    def evict(self, now: str | None = None) -> dict[str, int]:
        """Bound the state: forget stories idle for more than ``idle_days`` days of article
        time before ``now`` (default: the latest publication date seen), their canonical
        events, and the signatures of articles older than that. All of it stays in the store;
        an article published that long after a story's last one starts a new story."""
        now = now or self.clock
        if self.idle_days is None or now is None or _date(now) is None:
            return {"stories": 0, "events": 0, "signatures": 0}
        before = (_date(now) - dt.timedelta(days=self.idle_days)).isoformat()  # type: ignore[operator]
        old = self.stories.evict(before)
        return {
            "stories": len(old),
            "events": self.merger.evict(old),
            "signatures": self.duplicates.evict(before),
        }

    def add(self, record: Record) -> Added:
        """Dedup, group and merge one record (idempotent per article id). Once a day of
        article time, state idle for ``idle_days`` is evicted (:meth:`evict`)."""
        a = record.article
        day = a.published[:10] if a.published and _date(a.published) else None
        if day and (self.clock is None or day > self.clock):
            self.clock = day
            if self.auto_evict and self._evicted_at != day:
                self._evicted_at = day
                self.evict()
        dup = self.duplicates.add(a.id, a.text, published=day)
        original = dup.original_id if dup else a.id
        if dup and dup.original_id in self.stories.of_article and a.id not in self.stories.of_article:
            sid = self.stories.of_article[dup.original_id]
            p = profile(record)
            self.stories.stories[sid].absorb(p)
            self.stories.of_article[a.id] = sid
        else:
            moves = self.stories.moves
            sid = self.stories.add(profile(record))
            if self.stories.moves != moves:
                # stories folded or split: the merger's mentions follow their articles now, not
                # at the end of the batch, so that the next mentions meet their story's events
                # whatever the batch size (canonical events lie within one story)
                self.followed |= self.merger.restory(lambda m: _current_story(self.stories, m))
        if day is None and self.clock is not None:
            # an undated article arrives now as far as anyone knows: its story is not idle
            self.stories.touch(self.stories.of_article.get(a.id, sid), self.clock)
        events = {
            m.event_id: self.merger.add(m) for m in event_mentions(record, story=sid, original=original)
        }
        return Added(a.id, dup, sid, events)

    def add_many(self, records: Iterable[Record]) -> list[Added]:
        """:meth:`add` over records in the order given."""
        return [self.add(r) for r in records]


# --- the store -------------------------------------------------------------------------------


def load(store: Store, *, idle_days: int | None = IDLE_DAYS, at: str | None = None) -> Stories:
    """The Stories state kept in a store (signatures, duplicate links, stories, canonical
    events), less what :meth:`Stories.evict` would drop: only stories active within
    ``idle_days`` of the latest one (and undated ones), their canonical events, and the
    signatures of articles published since then, so loading stays bounded as the store grows.

    With ``at`` (an ISO date older than that), the state around that day of article time
    instead, for articles that arrive late (a backfill, a feed newest first): the stories
    active within ``idle_days`` before or after it and the signatures of articles published
    then, the clock at ``at`` and :attr:`Stories.loaded_until` at ``at`` + ``idle_days``
    (:func:`sync` loads the next window past it)."""
    st = Stories(idle_days=idle_days)
    c = store.conn
    latest = c.execute("SELECT max(last) FROM stories").fetchone()[0]
    before, until = "0000", "9999"
    if idle_days is not None and _date(at) and _date(latest) and at < latest:  # type: ignore[operator]
        day = _date(at)
        st.clock = st._evicted_at = at
        before = (day - dt.timedelta(days=idle_days)).isoformat()  # type: ignore[operator]
        until = st.loaded_until = (day + dt.timedelta(days=idle_days)).isoformat()  # type: ignore[operator]
    elif idle_days is not None and _date(latest):
        st.clock = st._evicted_at = latest
        before = (_date(latest) - dt.timedelta(days=idle_days)).isoformat()  # type: ignore[operator]
    # the text too of a short article (DuplicateIndex.short_words: never more than 20 characters
    # a word), whose 3-grams confirm an edited copy of it
    sigs = c.execute(
        "SELECT m.article_id, m.signature, a.published, "
        "CASE WHEN length(a.text) <= ? THEN a.text END FROM article_minhash m "
        "LEFT JOIN articles a ON a.id = m.article_id "
        "WHERE a.published IS NULL OR substr(a.published, 1, 10) BETWEEN ? AND ? ORDER BY m.rowid",
        (st.duplicates.short_words * 20, before, until),
    )
    for aid, blob, published, text in sigs:
        st.duplicates.restore(aid, st.duplicates.from_bytes(blob), text, published)
    for aid, original in c.execute("SELECT article_id, original_id FROM duplicates"):
        if aid in st.duplicates.signatures:
            st.duplicates.link(aid, original)
    # a story is live while its last article, or the last undated article that joined it
    # (``seen``: StoryIndex.touch, migration 11; a store made before has no such column), is recent
    # (each disjunct on its own index: stories_last, stories_seen)
    seen = _has_seen(store)
    live = "SELECT id FROM stories WHERE last IS NULL OR (last >= ? AND coalesce(first, last) <= ?)"
    window: tuple[str, ...] = (before, until)
    if seen:
        live, window = live + " OR (seen >= ? AND coalesce(first, last) <= ?)", (*window, before, until)
    column = "seen" if seen else "NULL"
    rows = c.execute(f"SELECT id, state, {column} FROM stories WHERE id IN ({live}) ORDER BY id", window)
    for row in rows:
        st.stories.restore(Story.from_state(int(row[0]), json.loads(row[1])))
        if row[2]:
            st.stories.touch(int(row[0]), row[2])
    events = c.execute(
        f"SELECT id, type, state FROM canonical_events WHERE story_id IS NULL OR story_id IN ({live}) "
        "ORDER BY id",
        window,
    )
    for row in events:
        mentions = [EventMention(**_mention_args(m)) for m in json.loads(row[2])]
        st.merger.restore(CanonicalEvent(int(row[0]), row[1], mentions))
    # new ids continue after every stored one, evicted or not, and after every one given
    # before (story_counters: a folded story's or absorbed event's row is gone)
    given = dict(c.execute("SELECT name, next_id FROM story_counters").fetchall())
    st.stories.next_id = max(
        st.stories.next_id,
        (c.execute("SELECT max(id) FROM stories").fetchone()[0] or 0) + 1,
        given.get("stories", 0),
    )
    top_event = c.execute("SELECT max(id) FROM canonical_events").fetchone()[0] or 0
    st.merger.next_id = max(st.merger.next_id, top_event + 1, given.get("canonical_events", 0))
    return st


def _has_seen(store: Store) -> bool:
    """Whether the store's stories table has the ``seen`` column (migration 11): a store opened
    read-only before it has not, and loads as it did."""
    return any(r[1] == "seen" for r in store.conn.execute("PRAGMA table_info(stories)"))


def mention_state(m: EventMention) -> dict[str, Any]:
    """A mention as the store keeps it (``canonical_events.state``): its fields without those
    at their default (an empty ``coordinated``, no ``context`` ...), which :func:`_mention_args`
    reads back as the defaults, so that empty fields cost no bytes on every stored mention."""
    out: dict[str, Any] = {}
    for f in fields(m):
        value = getattr(m, f.name)
        if f.default is MISSING or value != f.default:
            out[f.name] = value
    return out


def _mention_args(m: dict[str, Any]) -> dict[str, Any]:
    m = dict(m)
    for k in ("sources", "targets"):
        m[k] = tuple(m.get(k) or ())
    m["quantities"] = tuple((str(w), float(v)) for w, v in m.get("quantities") or ())
    return m


def sync(
    store: Store, *, records: Iterable[Record] | None = None, state: Stories | None = None
) -> dict[str, int]:
    """Dedup, group and merge the stored articles not merged yet (in publication order),
    and write the changed stories and canonical events back, in one transaction per day of
    article time (after which the state idle for ``idle_days`` is evicted, as
    :meth:`Stories.add` does: a merge of the whole store in one pass and ingesting it batch
    after batch in publication order then decide alike).

    Incremental and idempotent: an article already in ``story_articles`` is never merged
    twice. ``records`` restricts the work to those (already stored) records; ``state`` is a
    :class:`Stories` loaded earlier with :func:`load` and kept in step (as ``ingest`` does
    batch after batch), so the store's state is not read again.
    """
    c = store.conn
    if records is None:
        done = {r[0] for r in c.execute("SELECT article_id FROM story_articles")}
        todo = [r for r in store.iter_records() if r.article.id not in done]
    else:
        todo = sorted(
            (
                r
                for r in records
                if c.execute("SELECT 1 FROM story_articles WHERE article_id = ?", (r.article.id,)).fetchone()
                is None
            ),
            key=lambda r: (r.article.published or "", r.article.id),
        )
    if not todo:
        return {"articles": 0, "duplicates": 0, "stories": 0, "events": 0}
    st = state if state is not None else load(store)
    added: list[Added] = []
    stories: set[int] = set()
    events: set[int] = set()
    pending: list[Added] = []
    st.auto_evict = False  # keep the pending articles' stories in memory until they are written
    try:
        for record in todo:
            day = record.article.published[:10] if record.article.published else None
            if _outside(st, day):
                # an article older than what is held (a backfill, a feed newest first), or past
                # the window loaded for one: write what is pending, then load the state around
                # its day, so it meets its own stories and copies, not only the latest ones
                if pending:
                    _flush(store, st, pending, stories, events)
                    pending = []
                st = load(store, idle_days=st.idle_days, at=day)
                st.auto_evict = False
            if pending and day and st.clock and day > st.clock and st.idle_days is not None and _date(day):
                # a new day of article time: write what is pending, then evict as Stories.add
                # does, so that a one-pass merge of a whole store holds no more in memory, and
                # decides no differently, than ingesting it batch after batch
                _flush(store, st, pending, stories, events)
                pending = []
                st._evicted_at = day
                st.evict(day)
            res = st.add(record)
            added.append(res)
            pending.append(res)
        if pending:
            _flush(store, st, pending, stories, events)
    finally:
        st.auto_evict = True
    st.evict()
    if state is not None and st is not state:
        vars(state).update(vars(st))  # the caller keeps the state it holds in step
    return {
        "articles": len(added),
        "duplicates": sum(1 for r in added if r.duplicate),
        "stories": len({st.stories.resolve(sid) for sid in stories}),
        "events": len(events),
    }


def _outside(st: Stories, day: str | None) -> bool:
    """Whether an article of this day falls outside the state held: before the stories kept
    (idle for ``idle_days`` before the clock) or after the window :func:`load` read (``at``)."""
    if day is None or st.idle_days is None or _date(day) is None:
        return False
    if st.loaded_until is not None and day > st.loaded_until:
        return True
    if st.clock is None or _date(st.clock) is None:
        return False
    horizon = (_date(st.clock) - dt.timedelta(days=st.idle_days)).isoformat()  # type: ignore[operator]
    return day < horizon


def _flush(store: Store, st: Stories, added: list[Added], stories: set[int], events: set[int]) -> None:
    """Write the articles merged since the last flush (their stories, the folds and splits
    since, the canonical events they and their moves changed) in one transaction; the ids of
    the stories written and of the events the articles went to are added to ``stories`` and
    ``events``."""
    changed_stories = {res.story for res in added}
    changed_events = {cid for res in added for cid in res.events.values()}
    events |= changed_events
    folds = st.stories.take_folds()  # small stories folded into others (StoryIndex.consolidate)
    changed_stories = {folds.get(sid, sid) for sid in changed_stories} | set(folds.values())
    moved, split = st.stories.take_splits()  # articles that left a story split in two
    changed_stories = {st.stories.resolve(sid) for sid in changed_stories | split}
    # events whose mentions followed their articles to new stories (Stories.add), if still held
    live = st.merger.events.keys() | st.merger.absorbed.keys()
    followed, st.followed = st.followed & live, set()
    if folds or moved:
        followed |= st.merger.restory(lambda m: _current_story(st.stories, m))
    stories |= changed_stories
    _write(store, st, added, changed_stories, changed_events | followed, folds, moved)


def _current_story(stories: StoryIndex, m: EventMention) -> int | None:
    """The story a mention's article belongs to now (after folds and splits)."""
    if m.story is None:
        return None
    return stories.of_article.get(m.article_id, stories.resolve(m.story))


def _write(
    store: Store,
    st: Stories,
    added: list[Added],
    changed_stories: set[int],
    changed_events: set[int],
    folds: dict[int, int] | None = None,
    moved: dict[str, int] | None = None,
) -> None:
    """Write one merged batch (signatures, links, stories, canonical events) in one transaction;
    ``folds`` (absorbed story id -> surviving id) move the absorbed stories' rows, ``moved``
    (article id -> its story now, after a split) the articles' rows; the canonical events whose
    mentions moved with them (:meth:`EventMerger.restory`) are among ``changed_events``. A
    canonical event's story is its first mention's article's story."""
    from storyline.store import refresh_spans

    c = store.conn
    c.execute("BEGIN IMMEDIATE")
    try:
        for res in added:
            c.execute(
                "INSERT OR REPLACE INTO article_minhash VALUES (?, ?)",
                (res.article_id, st.duplicates.signature_bytes(res.article_id)),
            )
            if res.duplicate:
                c.execute(
                    "INSERT OR REPLACE INTO duplicates VALUES (?, ?, ?)",
                    (res.article_id, res.duplicate.original_id, res.duplicate.similarity),
                )
            c.execute("INSERT OR REPLACE INTO story_articles VALUES (?, ?)", (res.article_id, res.story))
            for event_id, cid in res.events.items():
                c.execute(
                    "INSERT OR REPLACE INTO canonical_mentions VALUES (?, ?, ?)",
                    (res.article_id, event_id, st.merger.resolve(cid)),
                )
        seen = _has_seen(store)
        for sid in sorted(changed_stories):
            _write_story(store, st.stories.stories[sid], st.stories.seen.get(sid) if seen else False)
        absorbed = st.merger.take_absorbed()  # events absorbed by others (EventMerger.absorb)
        for gone, keep in absorbed.items():
            c.execute("UPDATE canonical_mentions SET canonical_id = ? WHERE canonical_id = ?", (keep, gone))
            c.execute("DELETE FROM canonical_events WHERE id = ?", (gone,))
        written = sorted({absorbed.get(x, x) for x in changed_events} | set(absorbed.values()))
        for cid in written:
            _write_event(store, st.merger.events[cid])
        for old_id, new_id in (folds or {}).items():
            c.execute("UPDATE story_articles SET story_id = ? WHERE story_id = ?", (new_id, old_id))
            c.execute("UPDATE canonical_events SET story_id = ? WHERE story_id = ?", (new_id, old_id))
            c.execute("DELETE FROM stories WHERE id = ?", (old_id,))
        for aid, sid in (moved or {}).items():
            c.execute("UPDATE story_articles SET story_id = ? WHERE article_id = ?", (sid, aid))
        # the stored spans of the stories written, and of those whose events changed (an undated
        # story is dated by its events)
        spans = set(changed_stories) | set((folds or {}).values()) | set((moved or {}).values())
        spans |= {st.merger.events[cid].story for cid in written if cid in st.merger.events}
        refresh_spans(store, spans)
        c.executemany(
            "INSERT OR REPLACE INTO story_counters VALUES (?, ?)",
            [("stories", st.stories.next_id), ("canonical_events", st.merger.next_id)],
        )
        c.execute("COMMIT")
    except BaseException:
        c.execute("ROLLBACK")
        raise


def _write_story(store: Store, s: Story, seen: str | bool | None = False) -> None:
    """Write one story's row (its :meth:`Story.summary` and state), inside the caller's
    transaction; ``seen`` is the latest day an undated article joined it (:meth:`StoryIndex.touch`,
    what keeps it live for :func:`load`), ``False`` for a store without that column."""
    info = s.summary()
    columns = "id, title, first, last, n_articles, actors, places, state"
    values: tuple[Any, ...] = (
        s.id,
        info["title"],
        info["first"],
        info["last"],
        info["articles"],
        json.dumps(info["actors"], ensure_ascii=False),
        json.dumps(info["places"], ensure_ascii=False),
        json.dumps(s.to_state(), ensure_ascii=False),
    )
    if seen is not False:
        columns, values = columns + ", seen", (*values, seen or None)
    store.conn.execute(
        # the stored span (span_first, span_last, dated_by) is set by store.refresh_spans after
        f"INSERT OR REPLACE INTO stories ({columns}) VALUES ({','.join('?' * len(values))})",
        values,
    )


def _write_event(store: Store, ev: CanonicalEvent) -> None:
    """Write one canonical event's row (its :meth:`CanonicalEvent.summary` and every mention),
    inside the caller's transaction."""
    info = ev.summary()
    # the copies of its articles' texts from other publishers count as sources (Store.add_copy)
    copies = store.copy_sources(m.article_id for m in ev.mentions)
    if copies:
        info["sources"] = len({m.publisher or m.article_id for m in ev.mentions} | copies)
    store.conn.execute(
        "INSERT OR REPLACE INTO canonical_events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            ev.id,
            info["story"],  # current: EventMerger.restory ran after folds and splits
            info["type"],
            info["date"],
            info["source"],
            info["target"],
            info["place"],
            info["mentions"],
            info["sources"],
            info["articles"],
            info["earliest"],
            info["sentence"],
            json.dumps(info["conflicts"], ensure_ascii=False) if info["conflicts"] else None,
            json.dumps([mention_state(m) for m in ev.mentions], ensure_ascii=False),
        ),
    )


def forget(store: Store, article_id: str) -> dict[str, int]:
    """Take one article out of its story and its canonical events in the store, before the
    article is removed or re-processed (:meth:`storyline.store.Store.remove`), inside the
    caller's transaction: the story loses the member (:meth:`Story.drop`; a story left empty
    goes), each canonical event loses the article's mentions and is summarised again (one left
    with none goes), and the article's story and mention rows go. A later :func:`sync` then
    merges the article again as new, without counting its old mentions twice. Its near-duplicate
    copies are linked to the earliest remaining copy instead (``relinked``). Counts of the
    stories and canonical events changed and removed, and of the copies relinked."""
    c = store.conn
    out = {"stories": 0, "events": 0, "removed_stories": 0, "removed_events": 0}
    if c.execute("SELECT 1 FROM sqlite_master WHERE name = 'story_articles'").fetchone() is None:
        return out  # a store made before the story tables
    seen = _has_seen(store)
    row = c.execute(
        f"SELECT s.id, s.state, {'s.seen' if seen else 'NULL'} FROM story_articles a "
        "JOIN stories s ON s.id = a.story_id WHERE a.article_id = ?",
        (article_id,),
    ).fetchone()
    if row is not None:
        story = Story.from_state(int(row[0]), json.loads(row[1]))
        if story.drop(article_id) and story.articles:
            _write_story(store, story, row[2] if seen else False)
            out["stories"] += 1
        elif not story.articles:
            c.execute("DELETE FROM stories WHERE id = ?", (story.id,))
            out["removed_stories"] += 1
    ids = [
        int(r[0])
        for r in c.execute(
            "SELECT DISTINCT canonical_id FROM canonical_mentions WHERE article_id = ? ORDER BY canonical_id",
            (article_id,),
        )
    ]
    for cid in ids:
        found = c.execute("SELECT type, state FROM canonical_events WHERE id = ?", (cid,)).fetchone()
        if found is None:
            continue
        mentions = [EventMention(**_mention_args(m)) for m in json.loads(found[1])]
        kept = [m for m in mentions if m.article_id != article_id]
        if kept:
            _write_event(store, CanonicalEvent(cid, found[0], kept))
            out["events"] += 1
        else:
            c.execute("DELETE FROM canonical_events WHERE id = ?", (cid,))
            out["removed_events"] += 1
    out["relinked"] = _relink_copies(store, article_id)
    for table in ("canonical_mentions", "story_articles", "duplicates", "article_minhash"):
        c.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    from storyline.store import refresh_spans

    touched = [row[0]] if row is not None else []
    if ids:
        marks = ",".join("?" * len(ids))
        touched += [
            r[0] for r in c.execute(f"SELECT story_id FROM canonical_events WHERE id IN ({marks})", ids)
        ]
    refresh_spans(store, touched)  # the story's span without the article (and its events')
    return out


def recount(store: Store, article_id: str) -> dict[str, int]:
    """Redo the canonical events that one article's mentions belong to after a reviewer corrected
    the article (:meth:`storyline.store.Store.correct`, ``uncorrect``), inside the caller's
    transaction: each of its mentions takes the corrected event's date, actors, place and counts
    (:func:`~storyline.stories.mentions.event_mentions` over the corrected record), so the
    event's agreed date and its disagreements are those of the corrected reports; a mention
    whose event is marked wrong, negated or gone leaves the event's state (and comes back when
    the correction is dropped: membership is kept in ``canonical_mentions``). Incremental: only
    the events with a mention of this article are summarised again; which events a mention
    belongs to is not decided again. Counts of the events rewritten."""
    c = store.conn
    out = {"events": 0}
    if c.execute("SELECT 1 FROM sqlite_master WHERE name = 'canonical_mentions'").fetchone() is None:
        return out
    members: dict[int, list[str]] = {}
    for eid, cid in c.execute(
        "SELECT event_id, canonical_id FROM canonical_mentions WHERE article_id = ? ORDER BY canonical_id",
        (article_id,),
    ):
        members.setdefault(int(cid), []).append(str(eid))
    if not members:
        return out
    record = store.get(article_id)
    fresh = {m.event_id: m for m in event_mentions(record)}
    story = c.execute("SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)).fetchone()
    dup = c.execute("SELECT original_id FROM duplicates WHERE article_id = ?", (article_id,)).fetchone()
    for cid, eids in members.items():
        found = c.execute("SELECT type, state FROM canonical_events WHERE id = ?", (cid,)).fetchone()
        if found is None:
            continue
        mentions = [EventMention(**_mention_args(m)) for m in json.loads(found[1])]
        kept = {m.event_id: m for m in mentions if m.article_id == article_id}
        others = [m for m in mentions if m.article_id != article_id]
        # the article's mentions, corrected: fields from the corrected record, the rest (story,
        # original, arguments, context) as merged; a mention dropped earlier is rebuilt
        ours = []
        for eid in eids:
            new = fresh.get(eid)
            if new is None:
                continue
            old = kept.get(eid)
            if old is None:
                ours.append(
                    replace(new, story=story[0] if story else None, original=dup[0] if dup else article_id)
                )
            else:
                ours.append(
                    replace(
                        old,
                        type=new.type,
                        date=new.date,
                        date_from=new.date_from,
                        sources=new.sources,
                        targets=new.targets,
                        place_actors=new.place_actors,
                        generic_actors=new.generic_actors,
                        place_where=new.place_where,
                        place=new.place,
                        quantities=new.quantities,
                    )
                )
        # the stored order of mentions (the merge's order of arrival) is kept
        order = {m.key: i for i, m in enumerate(mentions)}
        merged = sorted(others + ours, key=lambda m: order.get(m.key, len(order)))
        if merged == mentions:
            continue
        if not merged:  # every mention wrong: the row stays; queries leave it out (no live mention)
            continue
        _write_event(store, CanonicalEvent(cid, found[0], merged))
        out["events"] += 1
    return out


def recount_sources(store: Store, article_id: str) -> int:
    """Write again the canonical events one article reports after a copy of its text from
    another publisher was kept (:meth:`storyline.store.Store.add_copy`), inside the caller's
    transaction, so that their ``n_sources`` counts it; how many were written."""
    c = store.conn
    if c.execute("SELECT 1 FROM sqlite_master WHERE name = 'canonical_mentions'").fetchone() is None:
        return 0
    n = 0
    for cid, kind, state in c.execute(
        "SELECT id, type, state FROM canonical_events WHERE id IN "
        "(SELECT canonical_id FROM canonical_mentions WHERE article_id = ?) ORDER BY id",
        (article_id,),
    ).fetchall():
        mentions = [EventMention(**_mention_args(m)) for m in json.loads(state)]
        _write_event(store, CanonicalEvent(int(cid), kind, mentions))
        n += 1
    return n


def _relink_copies(store: Store, article_id: str) -> int:
    """Before ``article_id`` goes, give its near-duplicate copies a stored original: the earliest
    remaining copy (by publication date, undated last, then id) becomes the original and the
    other copies link to it, with their similarity to it from the stored signatures; the copies'
    mentions in canonical events follow (a mention's ``original`` counts reports once). Inside
    the caller's transaction; how many copies were relinked (the new original included)."""
    c = store.conn
    copies = [
        str(r[0])
        for r in c.execute(
            "SELECT d.article_id FROM duplicates d JOIN articles a ON a.id = d.article_id "
            "WHERE d.original_id = ? AND d.article_id != ? "
            "ORDER BY a.published IS NULL, a.published, d.article_id",
            (article_id, article_id),
        )
    ]
    if not copies:
        return 0
    root, others = copies[0], copies[1:]
    marks = ",".join("?" * len(copies))
    c.execute("DELETE FROM duplicates WHERE article_id = ?", (root,))
    sigs = {
        str(aid): blob
        for aid, blob in c.execute(
            f"SELECT article_id, signature FROM article_minhash WHERE article_id IN ({marks})",
            copies,
        )
    }
    index = DuplicateIndex()
    for aid in others:
        sim = None
        if root in sigs and aid in sigs:
            sim = round(float(index.from_bytes(sigs[aid]).jaccard(index.from_bytes(sigs[root]))), 3)
        c.execute(
            "UPDATE duplicates SET original_id = ?, similarity = ? WHERE article_id = ?", (root, sim, aid)
        )
    ids = [
        int(r[0])
        for r in c.execute(
            f"SELECT DISTINCT canonical_id FROM canonical_mentions WHERE article_id IN ({marks}) "
            "ORDER BY canonical_id",
            copies,
        )
    ]
    moved = set(copies)
    for cid in ids:
        found = c.execute("SELECT type, state FROM canonical_events WHERE id = ?", (cid,)).fetchone()
        if found is None:
            continue
        mentions = [
            replace(m, original=root) if m.article_id in moved and m.original == article_id else m
            for m in (EventMention(**_mention_args(m)) for m in json.loads(found[1]))
        ]
        _write_event(store, CanonicalEvent(cid, found[0], mentions))
    return len(copies)


def canonical_polecat_rows(store: Store, rows: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    """POLECAT rows (one per event mention, from :func:`storyline.store.polecat_rows`) reduced to
    one per canonical event: the row of its earliest report, with the canonical id as Event ID,
    the agreed date, and the story as Story ID. Mentions not merged (negated, hypothetical, or
    not merged yet) keep their own row."""
    canon: dict[tuple[str, str], int] = {}
    info: dict[int, tuple[str | None, int | None, str | None]] = {}
    for cid, date, story, earliest in store.conn.execute(
        "SELECT id, date, story_id, earliest FROM canonical_events"
    ):
        info[int(cid)] = (date, story, earliest)
    for aid, eid, cid in store.conn.execute(
        "SELECT article_id, event_id, canonical_id FROM canonical_mentions"
    ):
        canon[(aid, eid)] = int(cid)
    best: dict[int, dict[str, Any]] = {}
    for row in rows:
        aid, _, eid = str(row["Event ID"]).partition("-")
        cid = canon.get((aid, eid))
        if cid is None:
            yield row
            continue
        if cid not in best or (row["Publication Date"] or "9999") < (best[cid]["Publication Date"] or "9999"):
            best[cid] = row
    for cid in sorted(best, key=lambda c: (info[c][0] or "9999", c)):
        date, story, _ = info[cid]
        yield {**best[cid], "Event ID": f"c{cid}", "Event Date": date, "Story ID": story}


# --- bench -----------------------------------------------------------------------------------


def synthetic_records(n: int, *, seed: int = 0) -> list[Record]:
    """``n`` synthetic records for timing the merge: real-world events over a year, each
    reported by one to eight articles (a third of them wire copies), with entities, places,
    dates and ~250-word texts drawn from fixed pools. No parsing: only merging is timed."""
    import random

    from storyline.record import Actor, Article, Entity, Event, Mention, Offsets, Place, Span, article_id

    rng = random.Random(seed)
    vocab = [f"w{i}" for i in range(20_000)]
    names = [f"Person{i} Name{i % 97}" for i in range(5_000)]
    places = [f"Town{i}" for i in range(800)]
    start = dt.date(2020, 1, 1)
    out: list[Record] = []
    while len(out) < n:
        day = start + dt.timedelta(days=rng.randrange(365))
        who = rng.sample(names, 3)
        where = rng.choice(places)
        kind = rng.choice(("ASSAULT", "PROTEST", "CONSULT", "ACCUSE", "AID"))
        base = rng.sample(vocab, 200)
        wire: str | None = None
        for k in range(rng.randint(1, 8)):
            if len(out) >= n:
                break
            if wire is not None and rng.random() < 0.33:
                text = wire + f" Edited {k}."
            else:
                body = [w if rng.random() < 0.7 else rng.choice(vocab) for w in base]
                text = f"{who[0]} and {who[1]} in {where}. " + " ".join(body) + "."
                wire = wire or text
            published = (day + dt.timedelta(days=rng.randrange(3))).isoformat()
            ents = tuple(
                Entity(f"e{i}", nm, "PERSON", (Mention(0, len(nm), nm),), actor=Actor(nm))
                for i, nm in enumerate(who[:2])
            )
            sentence = text.split(". ")[0] + "."
            event = Event(
                "v1",
                kind,
                Span(0, 1, text[0]),
                Offsets(0, len(sentence)),
                source=("e0",),
                target=("e1",),
                date=day.isoformat(),
                date_from="text",
                place=0,
            )
            article = Article(
                article_id(text), text, publisher=f"Outlet{rng.randrange(300)}", published=published
            )
            out.append(
                Record(article, ents, places=(Place(0, len(where), where, name=where),), events=(event,))
            )
    # articles arrive in publication order, as a feed (and sync) delivers them
    return sorted(out, key=lambda r: r.article.published or "")


def merge_benchmark(n: int = 10_000, *, seed: int = 0, idle_days: int | None = IDLE_DAYS) -> dict[str, Any]:
    """Time and memory of dedup + story grouping + event merging over ``n`` synthetic
    records (:func:`synthetic_records`), scaled to 10k articles. Run it in a fresh process
    (``python -m storyline.stories --bench N``) so that peak memory is its own."""
    import time

    records = synthetic_records(n, seed=seed)
    Stories().add(synthetic_records(1, seed=seed + 1)[0])  # imports and caches, not timed
    st = Stories(idle_days=idle_days)
    rss0 = rss_mb()
    t0, c0 = time.perf_counter(), time.process_time()
    dups = sum(1 for r in records if st.add(r).duplicate)
    seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
    grown = rss_mb() - rss0
    return {
        "articles": n,
        "seconds": round(seconds, 2),
        "cpu_seconds": round(cpu, 2),
        "cpu_seconds_per_10k": round(cpu * 10_000 / n, 1),
        "articles_per_cpu_s": round(n / cpu, 1) if cpu else None,
        "state_mb": round(grown, 1),
        "state_mb_per_10k": round(grown * 10_000 / n, 1),
        "process_peak_rss_mb": round(peak_rss_mb(), 1),
        "duplicates": dups,
        "stories": st.stories.next_id - 1,
        "canonical_events": st.merger.next_id - 1,
        "idle_days": idle_days,
        "stories_in_memory": len(st.stories.stories),
        "canonical_events_in_memory": len(st.merger.events),
    }


def _main(argv: list[str] | None = None) -> int:
    import argparse
    import sys

    parser = argparse.ArgumentParser(description="Time the stories merge (prints JSON).")
    parser.add_argument("--bench", type=int, default=10_000, metavar="N", help="synthetic articles")
    parser.add_argument("--idle-days", type=int, default=IDLE_DAYS, help="evict after (0: never)")
    args = parser.parse_args(argv)
    result = merge_benchmark(args.bench, idle_days=args.idle_days or None)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


__all__ = [
    "EMBEDDING_PACKAGE",
    "CanonicalEvent",
    "Duplicate",
    "DuplicateIndex",
    "EventMention",
    "EventMerger",
    "Profile",
    "Stories",
    "Story",
    "StoryIndex",
    "canonical_polecat_rows",
    "content_words",
    "embed_articles",
    "embedding_model",
    "event_adjectives",
    "event_mentions",
    "event_nouns",
    "forget",
    "load",
    "mention_state",
    "merge_benchmark",
    "predicate_mentions",
    "profile",
    "recount",
    "stem",
    "stop_words",
    "sync",
    "synthetic_records",
    "trigger_classes",
    "weak_triggers",
    "words",
]
