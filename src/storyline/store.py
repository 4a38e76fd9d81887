"""The embedded store: one SQLite file (default ``./storyline.db``) holding every record.

- **Idempotent.** An article's id is the hash of its normalised text; adding a record
  whose id is stored already changes nothing. Each article is written in its own
  transaction, so an ingest that is killed loses nothing it committed and a re-run
  stores each article exactly once.
- **Self-migrating.** The schema is a list of numbered migrations; the ones applied are
  recorded in ``migrations`` and the rest run when the store is opened.
- **Readers and a writer together.** WAL mode and a busy timeout let ``serve`` read while
  ``ingest`` writes. ``synchronous=NORMAL``: a committed article survives a crash of the
  process; only a power cut can lose the last few commits.
- **Queryable.** The full record JSON is kept in ``articles.record`` (that is what
  :meth:`Store.get` returns); the columns people filter on are copied into one table per
  item type, and FTS5 indexes quote text with its speaker, and article headline and text.

:func:`ingest` runs read -> (skip what is stored, before any parsing) -> Pipeline -> store
over files and folders; the CLI's ``ingest`` and ``demo`` are thin wrappers round it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import logging
import re
import sqlite3
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from storyline.corrections import ID_KINDS, Correction, apply_corrections, item_span, locate, validate
from storyline.errors import NotFoundError, QueryError, ReadError, StoreError
from storyline.record import PLOVER_TYPES, Article, Record

if TYPE_CHECKING:
    from storyline.pipeline import Pipeline

log = logging.getLogger(__name__)

DEFAULT_DB = Path("storyline.db")

ITEM_TABLES = ("entities", "mentions", "times", "quotes", "places", "events", "event_actors", "quantities")

#: A story's span: its articles' publication dates, else (none of its articles dated) the dates of
#: its canonical events not marked wrong on every mention, else its articles' DATE time items. The
#: fallbacks are correlated subqueries inside ``coalesce``, so they run for undated stories only.
#: The span is stored on the story row (``span_first``, ``span_last``, ``dated_by``: migration 7)
#: and kept current by :func:`refresh_spans`, so that listing stories sorts and filters on an index.
_DATED = "GLOB '[0-9][0-9][0-9][0-9]*'"


def _span_columns(s: str) -> tuple[str, str, str]:
    """SQL for the span (first, last, dated_by) of the story row aliased ``s``."""
    # a canonical event counts while one of its mentions is not marked wrong (one marked wrong has no
    # row in ``events``), as the story's ``events`` count (Store._story_types) counts it
    events = (
        f"FROM canonical_events v WHERE v.story_id = {s}.id AND v.date {_DATED} AND EXISTS (SELECT 1 "
        "FROM canonical_mentions m JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id "
        "WHERE m.canonical_id = v.id)"
    )
    times = (
        "FROM story_articles x JOIN times t ON t.article_id = x.article_id "
        f"WHERE x.story_id = {s}.id AND t.type = 'DATE' AND t.value {_DATED}"
    )
    first = (
        f"coalesce({s}.first, (SELECT min(substr(v.date, 1, 10)) {events}), "
        f"(SELECT min(substr(t.value, 1, 10)) {times}))"
    )
    last = (
        f"coalesce({s}.last, (SELECT max(substr(v.date, 1, 10)) {events}), "
        f"(SELECT max(substr(t.value, 1, 10)) {times}))"
    )
    dated_by = (
        f"CASE WHEN {s}.first IS NOT NULL THEN 'articles' WHEN EXISTS (SELECT 1 {events}) THEN 'events' "
        f"WHEN EXISTS (SELECT 1 {times}) THEN 'times' END"
    )
    return first, last, dated_by


_SPAN_UPDATE = "UPDATE stories SET (span_first, span_last, dated_by) = ({}, {}, {})".format(
    *_span_columns("stories")
)

#: Stories as listed (:meth:`Store.stories`): the stored row with its stored span.
_STORY_SPANS = (
    "SELECT s.id, s.title, s.span_first AS first, s.span_last AS last, s.dated_by, "
    "s.n_articles AS articles, s.actors, s.places FROM stories s"
)

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (
        1,
        "articles, item tables, errors",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY, url TEXT, publisher TEXT, headline TEXT, published TEXT,
            authors TEXT, contributors TEXT, language TEXT, text TEXT NOT NULL,
            record TEXT NOT NULL, ingested_at TEXT NOT NULL, source TEXT
        );
        CREATE INDEX articles_published ON articles(published);
        CREATE TABLE entities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, id TEXT NOT NULL,
            name TEXT, type TEXT, actor_name TEXT, actor_country TEXT, actor_sector TEXT,
            actor_code TEXT, n_mentions INTEGER, attributes TEXT,
            PRIMARY KEY (article_id, id)
        );
        CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
        CREATE INDEX entities_country ON entities(actor_country);
        CREATE TABLE mentions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            entity_id TEXT NOT NULL, idx INTEGER NOT NULL, start INTEGER, "end" INTEGER,
            text TEXT, kind TEXT, PRIMARY KEY (article_id, entity_id, idx)
        );
        CREATE TABLE times (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
            start INTEGER, "end" INTEGER, text TEXT, type TEXT, value TEXT, mod TEXT,
            PRIMARY KEY (article_id, idx)
        );
        CREATE INDEX times_value ON times(value);
        CREATE TABLE quotes (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, id TEXT NOT NULL,
            start INTEGER, "end" INTEGER, text TEXT, kind TEXT, speaker_entity TEXT,
            speaker_name TEXT, speaker_text TEXT, cue TEXT, channel TEXT, date TEXT, within TEXT,
            PRIMARY KEY (article_id, id)
        );
        CREATE INDEX quotes_speaker ON quotes(speaker_name COLLATE NOCASE);
        CREATE INDEX quotes_date ON quotes(date);
        CREATE TABLE places (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
            start INTEGER, "end" INTEGER, text TEXT, name TEXT, geonames_id INTEGER, country TEXT,
            admin1 TEXT, lat REAL, lon REAL, PRIMARY KEY (article_id, idx)
        );
        CREATE INDEX places_name ON places(name COLLATE NOCASE);
        CREATE TABLE events (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, id TEXT NOT NULL,
            type TEXT, mode TEXT, cameo TEXT, trigger TEXT, trigger_start INTEGER, trigger_end INTEGER,
            sentence_start INTEGER, sentence_end INTEGER, sentence TEXT,
            source_names TEXT, target_names TEXT, source_countries TEXT, target_countries TEXT,
            date TEXT, date_from TEXT, place_idx INTEGER, place_name TEXT, place_country TEXT,
            lat REAL, lon REAL, negated INTEGER, hypothetical INTEGER, reported_by TEXT,
            confidence REAL, PRIMARY KEY (article_id, id)
        );
        CREATE INDEX events_type ON events(type);
        CREATE INDEX events_date ON events(date);
        CREATE TABLE event_actors (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            event_id TEXT NOT NULL, role TEXT NOT NULL, entity_id TEXT NOT NULL,
            name TEXT, country TEXT, sector TEXT, code TEXT,
            PRIMARY KEY (article_id, event_id, role, entity_id)
        );
        CREATE INDEX event_actors_name ON event_actors(name COLLATE NOCASE);
        CREATE INDEX event_actors_country ON event_actors(country);
        CREATE TABLE quantities (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, idx INTEGER NOT NULL,
            start INTEGER, "end" INTEGER, text TEXT, value REAL, min REAL, max REAL, what TEXT,
            PRIMARY KEY (article_id, idx)
        );
        CREATE TABLE errors (
            source TEXT PRIMARY KEY, code TEXT, reason TEXT NOT NULL, at TEXT NOT NULL
        );
        """,
    ),
    (
        2,
        "full-text search over quotes and articles",
        """
        CREATE VIRTUAL TABLE quotes_fts USING fts5(
            article_id UNINDEXED, quote_id UNINDEXED, text, speaker, tokenize = 'unicode61'
        );
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            article_id UNINDEXED, headline, text, tokenize = 'unicode61'
        );
        """,
    ),
    (
        3,
        "corrections",
        # no foreign key: reviewers' corrections outlive the article's removal and re-processing
        """
        CREATE TABLE corrections (
            article_id TEXT NOT NULL, kind TEXT NOT NULL, item TEXT NOT NULL, field TEXT NOT NULL,
            value TEXT, start INTEGER, "end" INTEGER, note TEXT, at TEXT NOT NULL,
            PRIMARY KEY (article_id, kind, item, field)
        );
        """,
    ),
    (
        4,
        "near-duplicates, stories, canonical events (storyline.stories)",
        """
        CREATE TABLE article_minhash (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE, signature BLOB NOT NULL
        );
        CREATE TABLE duplicates (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            original_id TEXT NOT NULL, similarity REAL
        );
        CREATE INDEX duplicates_original ON duplicates(original_id);
        CREATE TABLE stories (
            id INTEGER PRIMARY KEY, title TEXT, first TEXT, last TEXT, n_articles INTEGER,
            actors TEXT, places TEXT, state TEXT NOT NULL
        );
        CREATE INDEX stories_last ON stories(last);
        CREATE TABLE story_articles (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            story_id INTEGER NOT NULL
        );
        CREATE INDEX story_articles_story ON story_articles(story_id);
        CREATE TABLE canonical_events (
            id INTEGER PRIMARY KEY, story_id INTEGER, type TEXT, date TEXT, source_names TEXT,
            target_names TEXT, place_name TEXT, n_mentions INTEGER, n_sources INTEGER,
            n_articles INTEGER, earliest TEXT, sentence TEXT, conflicts TEXT, state TEXT NOT NULL
        );
        CREATE INDEX canonical_events_type ON canonical_events(type);
        CREATE INDEX canonical_events_date ON canonical_events(date);
        CREATE INDEX canonical_events_story ON canonical_events(story_id);
        CREATE TABLE canonical_mentions (
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, event_id TEXT NOT NULL,
            canonical_id INTEGER NOT NULL, PRIMARY KEY (article_id, event_id)
        );
        CREATE INDEX canonical_mentions_canonical ON canonical_mentions(canonical_id);
        """,
    ),
    (
        5,
        "the next story and canonical event ids (an absorbed or folded row's id is not given again)",
        """
        CREATE TABLE story_counters (name TEXT PRIMARY KEY, next_id INTEGER NOT NULL);
        """,
    ),
    (
        6,
        "the speaker's and the cue's offsets of each quote (RECORD.md's speaker/cue start and end)",
        # filled for stored quotes from the machine record (a corrected speaker keeps its span)
        """
        ALTER TABLE quotes ADD COLUMN speaker_start INTEGER;
        ALTER TABLE quotes ADD COLUMN speaker_end INTEGER;
        ALTER TABLE quotes ADD COLUMN cue_start INTEGER;
        ALTER TABLE quotes ADD COLUMN cue_end INTEGER;
        UPDATE quotes SET (speaker_start, speaker_end, cue_start, cue_end) = (
            SELECT json_extract(j.value, '$.speaker.start'), json_extract(j.value, '$.speaker.end'),
                   json_extract(j.value, '$.cue.start'), json_extract(j.value, '$.cue.end')
            FROM articles a, json_each(a.record, '$.quotes') j
            WHERE a.id = quotes.article_id AND json_extract(j.value, '$.id') = quotes.id
        );
        """,
    ),
    (
        7,
        "the span of each story stored on its row (first, last, dated_by), sorted on an index",
        f"""
        ALTER TABLE stories ADD COLUMN span_first TEXT;
        ALTER TABLE stories ADD COLUMN span_last TEXT;
        ALTER TABLE stories ADD COLUMN dated_by TEXT;
        {_SPAN_UPDATE};
        CREATE INDEX stories_span ON stories(span_last DESC, n_articles DESC, id);
        """,
    ),
    (
        8,
        "reviewers' corrections that a re-processed input's new text no longer holds, kept visible",
        # filed under the new article, with the old article's id and the text the correction was on
        """
        CREATE TABLE dropped_corrections (
            article_id TEXT NOT NULL, from_article TEXT NOT NULL, kind TEXT NOT NULL, item TEXT NOT NULL,
            field TEXT NOT NULL, value TEXT, start INTEGER, "end" INTEGER, text TEXT, note TEXT,
            at TEXT NOT NULL, dropped_at TEXT NOT NULL,
            PRIMARY KEY (article_id, from_article, kind, item, field)
        );
        """,
    ),
    (
        9,
        "corrections a re-processing before migration 8 left under a removed article, filed as dropped; "
        "story spans without the events marked wrong",
        # before migration 8, ``ingest --reprocess`` left the corrections it could not carry to an input's
        # new text under the old article, which it then removed: applied to nothing, listed nowhere. The
        # new article is not known (the old row and its source are gone), so they are filed as dropped
        # under the removed article's own id (``from_article`` the same, ``text`` unknown); should that
        # article be stored again (Store.add), they apply to it again, as a removed article's do
        f"""
        INSERT OR IGNORE INTO dropped_corrections
            SELECT c.article_id, c.article_id, c.kind, c.item, c.field, c.value, c.start, c."end", NULL,
                c.note, c.at, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
            FROM corrections c WHERE c.article_id NOT IN (SELECT id FROM articles);
        DELETE FROM corrections WHERE article_id NOT IN (SELECT id FROM articles);
        {_SPAN_UPDATE};
        """,
    ),
    (
        10,
        "the other copies of a stored text: each publisher, URL and input that printed it (wire copies)",
        # an article's id is the hash of its text, so a byte-identical copy from another publisher
        # is the same article: its source, URL and publisher are kept here, under that article,
        # and count as sources of its canonical events. No foreign key: like corrections, the
        # copies outlive a re-processing that removes and stores the article again
        """
        CREATE TABLE article_copies (
            article_id TEXT NOT NULL, source TEXT NOT NULL, url TEXT, publisher TEXT, headline TEXT,
            published TEXT, ingested_at TEXT NOT NULL, PRIMARY KEY (article_id, source)
        );
        """,
    ),
    (
        11,
        "the latest day an undated article joined each story, which keeps the story active",
        # StoryIndex.touch: a story still taking undated articles is not idle, whatever the dates
        # of its dated members; storyline.stories.load reads a story back while this day is recent
        """
        ALTER TABLE stories ADD COLUMN seen TEXT;
        CREATE INDEX stories_seen ON stories(seen);
        """,
    ),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


_ENTRY = re.compile(r"(?::\d+|#item\d+)$")  # a JSON Lines line (file:12) or a feed entry (file#item3)


def local_source(source: str | None) -> str | None:
    """The one form of an input's name that the store keeps: a local file (or a line or entry of
    one) by its absolute, resolved path, whether ``ingest`` was given it relative or ``run`` made
    it absolute, so that ``ingest --reprocess`` finds it whichever stored it; a URL or a name that
    is not a file here is kept as it is."""
    if not source or "://" in source:
        return source
    suffix = _ENTRY.search(source)
    base = source[: suffix.start()] if suffix else source
    path = Path(base)
    if not path.is_file():
        return source
    return str(path.resolve()) + (suffix.group(0) if suffix else "")


def _relative_source(source: str) -> str:
    """``source`` in local form, relative to the working folder when it lies under it."""
    full = local_source(source) or source
    try:
        return str(Path(full).relative_to(Path.cwd()))
    except ValueError:
        return source


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _fts_query(text: str) -> str:
    """A user's words as an FTS5 query: each word quoted (so punctuation is safe), all required;
    a trailing ``*`` keeps prefix search. Text with no word in it ("*", '"') is refused (Q003):
    FTS5 cannot run an empty query, and no row could match it."""
    words = re.findall(r"[\w'’-]+\*?", text)
    if not any(re.search(r"\w", w) for w in words):
        raise QueryError(f"{text!r} has no words to search for; give at least one word", code="Q003")
    return " ".join(f'"{w.rstrip("*")}"' + ("*" if w.endswith("*") else "") for w in words)


ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "OTHER")
TIME_TYPES = ("DATE", "TIME", "DURATION", "SET")


def check_type(value: str | None, allowed: Sequence[str], what: str) -> str | None:
    """``value`` upper-cased when it is one of ``allowed`` (None stays None); else a QueryError
    listing them, since a filter on a type no item has would silently match nothing."""
    if value is None or value == "":
        return None
    up = value.strip().upper()
    if up not in allowed:
        raise QueryError(f"{value!r} is not {what}; use one of {', '.join(allowed)}", code="Q001")
    return up


_COUNTRY_NAMES: dict[str, str] = {}


def country_codes(value: str) -> tuple[str, str]:
    """(ISO alpha-2, alpha-3) of a country given as either code or its name, in any case
    ("IR", "irn", "Iran", "Russia"): actors carry alpha-3 codes and places alpha-2, so a filter
    given one must match both. Kosovo is XK/XKX. An unknown country is a QueryError (Q002)."""
    import pycountry

    key = value.strip()
    if not _COUNTRY_NAMES:
        from storyline.knowledge import load_tsv

        for row in load_tsv("country_aliases.tsv"):
            _COUNTRY_NAMES[row["alias"].casefold()] = row["iso3"]
        _COUNTRY_NAMES.update({"kosovo": "XKX", "xk": "XKX", "xkx": "XKX"})
    iso3 = _COUNTRY_NAMES.get(key.casefold())
    if iso3 == "XKX":
        return "XK", "XKX"
    try:
        country = pycountry.countries.lookup(iso3 or key)
    except LookupError:
        raise QueryError(
            f"{value!r} is not a country; give its name or ISO code (e.g. Iran, IR or IRN)", code="Q002"
        ) from None
    return country.alpha_2, country.alpha_3


def check_range(since: str | None, until: str | None) -> None:
    """Refuse a date range that ends before it starts (``--since 2021-05 --until 2021-02``); a
    vague bound covers its whole month or year (``--since 2021-02-10 --until 2021-02`` is one)."""
    if since and until and since[: len(until)] > until:
        raise QueryError(
            f"since {since} is after until {until}: no date can match; give since before until",
            code="Q004",
        )


def _date_clause(column: str, since: str | None, until: str | None, params: list[Any]) -> list[str]:
    """Date-range conditions that keep a vague date ("2020-01") when it overlaps the range. A
    ``since`` after ``until`` could match nothing, so it is a QueryError."""
    check_range(since, until)
    out = []
    if since or until:
        out.append(f"{column} GLOB '[0-9][0-9][0-9][0-9]*'")
    if since:
        out.append(f"substr({column}, 1, length(?)) >= substr(?, 1, length({column}))")
        params += [since, since]
    if until:
        out.append(f"substr({column}, 1, length(?)) <= ?")
        params += [until, until]
    return out


_FOLD = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe", "ı": "i"})


def fold(value: object) -> str | None:
    """A name in lower case without its accents ("Wójcik", "WOJCIK" -> "wojcik"), so that a name
    filter finds a name however it is typed (SQLite's LIKE folds the case of ASCII letters only)."""
    if value is None:
        return None
    text = unicodedata.normalize("NFKD", str(value).casefold())
    return "".join(ch for ch in text if not unicodedata.combining(ch)).translate(_FOLD)


def name_like(columns: Sequence[str], needle: str) -> tuple[str, list[Any]]:
    """SQL true when one of the columns contains ``needle`` whatever its case and accents, and
    its parameters. A plain LIKE decides for ASCII values; ``fold`` (a function of every Store
    connection) is called only on values with other characters, or on every value when the
    needle has accents."""
    folded = fold(needle) or ""
    accented = folded != needle.casefold()
    parts: list[str] = []
    params: list[Any] = []
    for c in columns:
        if accented:
            parts.append(f"fold({c}) LIKE ?")
            params.append(f"%{folded}%")
        else:
            parts.append(f"{c} LIKE ? OR ({c} GLOB '*[^ -~]*' AND fold({c}) LIKE ?)")
            params += [f"%{needle}%", f"%{folded}%"]
    return "(" + " OR ".join(parts) + ")", params


def event_conditions(
    *,
    type: str | None = None,
    actor: str | None = None,
    country: str | None = None,
    place: str | None = None,
    since: str | None = None,
    until: str | None = None,
    text: str | None = None,
) -> tuple[list[str], list[Any]]:
    """WHERE conditions on ``events v`` and their parameters, shared by the CLI and the web app.

    ``country`` (a name, alpha-2 or alpha-3 code) matches a source or target actor's country
    (alpha-3) or the place's (alpha-2); an unknown type or country is a QueryError.
    """
    where: list[str] = []
    params: list[Any] = []
    if actor:
        cond, cparams = name_like(["x.name"], actor)
        where.append(
            "EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = v.article_id "
            f"AND x.event_id = v.id AND ({cond} OR x.code = ?))"
        )
        params += [*cparams, actor.upper()]
    if country:
        alpha2, alpha3 = country_codes(country)
        where.append(
            "(v.place_country = ? OR EXISTS (SELECT 1 FROM event_actors x WHERE x.article_id = v.article_id "
            "AND x.event_id = v.id AND x.country = ?))"
        )
        params += [alpha2, alpha3]
    type = check_type(type, PLOVER_TYPES, "a PLOVER event type")
    if type:
        where.append("v.type = ?")
        params.append(type)
    if place:
        cond, cparams = name_like(["v.place_name"], place)
        where.append(cond)
        params += cparams
    if text:
        where.append("(v.sentence LIKE ? OR v.trigger LIKE ?)")
        params += [f"%{text}%", f"%{text}%"]
    where += _date_clause("v.date", since, until, params)
    return where, params


def offset_map(old: str, new: str) -> list[tuple[int, int, int]]:
    """The stretches of text two versions of an article share, as (old start, new start,
    length): equal lines first (a reader change adds or drops whole lines: menus, credits), then
    equal characters within the lines that differ, so the alignment stays fast on long texts."""
    import difflib

    a, b = old.splitlines(keepends=True), new.splitlines(keepends=True)
    pa = [0]
    for line in a:
        pa.append(pa[-1] + len(line))
    pb = [0]
    for line in b:
        pb.append(pb[-1] + len(line))
    out: list[tuple[int, int, int]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            out.append((pa[i1], pb[j1], pa[i2] - pa[i1]))
        elif tag == "replace":
            x, y = old[pa[i1] : pa[i2]], new[pb[j1] : pb[j2]]
            for m in difflib.SequenceMatcher(None, x, y, autojunk=False).get_matching_blocks():
                if m.size:
                    out.append((pa[i1] + m.a, pb[j1] + m.b, m.size))
    return out


def _map_span(
    blocks: Sequence[tuple[int, int, int]], start: int | None, end: int | None
) -> tuple[int, int] | None:
    """``start``-``end`` of the old text in the new one, when the whole span lies in one shared
    stretch (:func:`offset_map`); else None."""
    if start is None or end is None:
        return None
    for a, b, n in blocks:
        if a <= start and end <= a + n:
            return b + start - a, b + end - a
    return None


class Store:
    """A storyline SQLite database: ``with Store("storyline.db") as store: store.add(record)``."""

    def __init__(
        self,
        path: str | Path = DEFAULT_DB,
        *,
        readonly: bool = False,
        timeout: float = 30.0,
        check_same_thread: bool = True,
    ) -> None:
        """Open (and, unless ``readonly``, create and migrate) the database at ``path``.

        A Store is one connection: use one per thread, or pass ``check_same_thread=False``
        for a read-only store shared by a web server's threads.
        """
        self.path = Path(path)
        self.readonly = readonly
        try:
            if readonly:
                if not self.path.exists():
                    raise StoreError(
                        f"{self.path}: no such database; run `storyline ingest` first or pass --db",
                        code="S001",
                    )
                uri = f"file:{urllib.parse.quote(str(self.path.resolve()))}?mode=ro"
                self.conn = sqlite3.connect(
                    uri, uri=True, timeout=timeout, isolation_level=None, check_same_thread=check_same_thread
                )
                # read-only connections open lazily: fail here, with a message, on a file that is
                # not SQLite or holds no storyline tables, not at the first query with a traceback
                self.conn.execute("SELECT 1 FROM articles LIMIT 0")
            else:
                if self.path.parent and not self.path.parent.exists():
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                self.conn = sqlite3.connect(
                    self.path, timeout=timeout, isolation_level=None, check_same_thread=check_same_thread
                )
            self.conn.row_factory = sqlite3.Row
            self.conn.create_function("fold", 1, fold, deterministic=True)  # name filters (name_like)
            self.conn.execute(f"PRAGMA busy_timeout = {int(timeout * 1000)}")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if not readonly:
                self.conn.execute("PRAGMA journal_mode = WAL")
                self.conn.execute("PRAGMA synchronous = NORMAL")
                self.migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"{self.path}: cannot open as a storyline database ({exc}); "
                "check the path or start a new file with --db",
                code="S002",
            ) from exc

    # --- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        """Close the connection."""
        self.conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def migrate(self) -> list[int]:
        """Apply the migrations not applied yet (each in its own transaction); their numbers."""
        self.conn.execute(
            "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)"
        )
        applied = []
        for version, name, sql in MIGRATIONS:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                done = self.conn.execute("SELECT 1 FROM migrations WHERE version = ?", (version,)).fetchone()
                if not done:
                    for statement in sql.split(";"):
                        if statement.strip():
                            self.conn.execute(statement)
                    self.conn.execute("INSERT INTO migrations VALUES (?, ?, ?)", (version, name, _now()))
                    applied.append(version)
                self.conn.execute("COMMIT")
            except BaseException:
                self.conn.execute("ROLLBACK")
                raise
        if applied:
            log.info("%s: applied migrations %s", self.path, applied)
        return applied

    def schema_version(self) -> int:
        """The highest migration applied."""
        row = self.conn.execute("SELECT max(version) FROM migrations").fetchone()
        return int(row[0] or 0)

    # --- writing -----------------------------------------------------------------------------

    def has(self, article_id: str) -> bool:
        """True when an article with this id is stored."""
        return self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None

    def add(self, record: Record, *, source: str | None = None) -> bool:
        """Store one record in one transaction; False (and nothing changed) if its id is stored."""
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if self.has(record.article.id):
                self.conn.execute("ROLLBACK")
                return False
            self._insert(record, source)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return True

    def add_copy(self, article: Article, *, source: str | None = None) -> bool:
        """Keep ``article``, a copy of a stored text read from another input, as a copy of the
        stored article (its source, URL, publisher, headline and date), in one transaction; the
        canonical events the article reports count its publisher as a source. False (nothing
        changed) when the article is not stored, or the copy is the stored article's own input
        or a copy kept already (the same source), or brings neither a URL nor a publisher that the
        article or its copies do not have already (a page saved to a file, a text without either)."""
        src = local_source(source) or article.url or article.publisher
        failed = (src, source or src)
        # an input that failed before (its text had failed) is read now
        errors = "FROM errors WHERE source IN (?, ?)"
        if src and self.conn.execute(f"SELECT 1 {errors}", failed).fetchone() and self.has(article.id):
            self.conn.execute(f"DELETE {errors}", failed)
        # checked before the write lock too: re-reading stored inputs (a resumed ingest) writes nothing
        if not src or not self._new_copy(article, src):
            return False
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if not self._new_copy(article, src):
                self.conn.execute("ROLLBACK")
                return False
            self.conn.execute(
                "INSERT INTO article_copies VALUES (?,?,?,?,?,?,?)",
                (
                    article.id,
                    src,
                    article.url,
                    article.publisher,
                    article.headline,
                    article.published,
                    _now(),
                ),
            )
            from storyline.stories import recount_sources

            recount_sources(self, article.id)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return True

    def _new_copy(self, article: Article, src: str) -> bool:
        """True when ``article`` (read from ``src``) is stored and neither is its stored input nor
        a copy kept already (:meth:`add_copy`)."""
        row = self.conn.execute(
            "SELECT source, url, publisher FROM articles WHERE id = ?", (article.id,)
        ).fetchone()
        if row is None:
            return False
        known = [tuple(row)] + [
            tuple(r)
            for r in self.conn.execute(
                "SELECT source, url, publisher FROM article_copies WHERE article_id = ?", (article.id,)
            )
        ]
        if any(src == k[0] for k in known):
            return False
        # a copy is another input bringing a URL or a publisher of its own: the same text read again
        # with a known URL or publisher and nothing new (a page saved to a file, a text without
        # either) is the same report again, not one more source
        urls = {k[1] for k in known if k[1]}
        publishers = {k[2] for k in known if k[2]}
        return bool(
            (article.url and article.url not in urls)
            or (article.publisher and article.publisher not in publishers)
        )

    def copies(self, article_id: str) -> list[dict[str, Any]]:
        """The other copies of a stored article's text (:meth:`add_copy`): source, URL,
        publisher, headline, publication date, in order of arrival. Empty on a store made
        before migration 10 opened read-only."""
        try:
            return self._rows(
                "SELECT source, url, publisher, headline, published, ingested_at FROM article_copies "
                "WHERE article_id = ? ORDER BY ingested_at, rowid",
                [article_id],
            )
        except sqlite3.OperationalError:
            return []

    def copy_refs(self, article_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
        """The copies of these articles (:meth:`copies`) by article id, each as its publisher,
        URL, source and date: what the API and the CLI show of them."""
        return {
            aid: [{k: c[k] for k in ("publisher", "url", "source", "published")} for c in self.copies(aid)]
            for aid in set(article_ids)
        }

    def copy_sources(self, article_ids: Iterable[str]) -> set[str]:
        """The sources the copies of these articles add (:meth:`add_copy`): each copy's
        publisher, or without one its URL or input, as a canonical event counts sources."""
        ids = sorted(set(article_ids))
        if not ids:
            return set()
        try:
            rows = self.conn.execute(
                "SELECT coalesce(publisher, url, source) FROM article_copies "
                f"WHERE article_id IN ({','.join('?' * len(ids))})",
                ids,
            ).fetchall()
        except sqlite3.OperationalError:
            return set()
        return {str(r[0]) for r in rows}

    def add_many(self, records: Iterable[Record]) -> int:
        """Store several records in one transaction; how many were new."""
        n = 0
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for record in records:
                if not self.has(record.article.id):
                    self._insert(record, None)
                    n += 1
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return n

    def _insert(self, record: Record, source: str | None) -> None:
        a = record.article
        c = self.conn
        aid = a.id
        source = local_source(source)  # one form whether ingest, run or load stored it
        c.execute(
            "INSERT INTO articles (id, url, publisher, headline, published, authors, contributors, "
            "language, text, record, ingested_at, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                aid,
                a.url,
                a.publisher,
                a.headline,
                a.published,
                json.dumps(list(a.authors), ensure_ascii=False),
                json.dumps(list(a.contributors), ensure_ascii=False),
                a.language,
                a.text,
                record.to_json(),
                _now(),
                source,
            ),
        )
        c.execute(
            "INSERT INTO articles_fts (article_id, headline, text) VALUES (?,?,?)",
            (aid, a.headline or "", a.text),
        )
        c.execute("DELETE FROM errors WHERE source = ?", (source,))
        # a copy's input stored as the article itself (re-processed from that input) is no copy now
        with contextlib.suppress(sqlite3.OperationalError):  # a store held before migration 10
            c.execute("DELETE FROM article_copies WHERE article_id = ? AND source = ?", (aid, source))
        # corrections filed as dropped under this very article (migration 9: left by an old re-processing
        # under the article it removed) apply again now that it is stored again
        c.execute(
            'INSERT OR IGNORE INTO corrections SELECT article_id, kind, item, field, value, start, "end", '
            "note, at FROM dropped_corrections WHERE article_id = ? AND from_article = ?",
            (aid, aid),
        )
        c.execute("DELETE FROM dropped_corrections WHERE article_id = ? AND from_article = ?", (aid, aid))
        self._insert_items(apply_corrections(record, self.corrections(aid)))

    def _insert_items(self, record: Record) -> None:
        """The item-table rows of a record: the corrected record, so queries and table exports
        see reviewers' corrections while ``articles.record`` keeps the machine output."""
        a = record.article
        c = self.conn
        aid = a.id
        entities = {e.id: e for e in record.entities}
        for e in record.entities:
            actor = e.actor
            c.execute(
                "INSERT INTO entities VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    aid,
                    e.id,
                    e.name,
                    e.type,
                    actor.name if actor else None,
                    actor.country if actor else None,
                    actor.sector if actor else None,
                    actor.code if actor else None,
                    len(e.mentions),
                    json.dumps(e.attributes, ensure_ascii=False) if e.attributes else None,
                ),
            )
            c.executemany(
                "INSERT INTO mentions VALUES (?,?,?,?,?,?,?)",
                [(aid, e.id, i, m.start, m.end, m.text, m.kind) for i, m in enumerate(e.mentions)],
            )
        c.executemany(
            "INSERT INTO times VALUES (?,?,?,?,?,?,?,?)",
            [(aid, i, t.start, t.end, t.text, t.type, t.value, t.mod) for i, t in enumerate(record.times)],
        )
        for q in record.quotes:
            sp = q.speaker
            speaker_ent = entities.get(sp.entity) if sp and sp.entity else None
            speaker_name = speaker_ent.name if speaker_ent else (sp.text if sp else None)
            c.execute(
                'INSERT INTO quotes (article_id, id, start, "end", text, kind, speaker_entity, speaker_name, '
                "speaker_text, cue, channel, date, within, speaker_start, speaker_end, cue_start, cue_end) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    aid,
                    q.id,
                    q.start,
                    q.end,
                    q.text,
                    q.kind,
                    sp.entity if sp else None,
                    speaker_name,
                    sp.text if sp else None,
                    q.cue.text if q.cue else None,
                    q.channel,
                    q.date,
                    q.within,
                    sp.start if sp else None,
                    sp.end if sp else None,
                    q.cue.start if q.cue else None,
                    q.cue.end if q.cue else None,
                ),
            )
            c.execute(
                "INSERT INTO quotes_fts (article_id, quote_id, text, speaker) VALUES (?,?,?,?)",
                (aid, q.id, q.text, " ".join(x for x in (speaker_name, sp.text if sp else None) if x)),
            )
        c.executemany(
            "INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            [
                (aid, i, p.start, p.end, p.text, p.name, p.geonames_id, p.country, p.admin1, p.lat, p.lon)
                for i, p in enumerate(record.places)
                if p.feature != "adjectival"  # "Iraqi forces": kept in the record, not a place mentioned
            ],
        )
        for v in record.events:
            place = (
                record.places[v.place] if v.place is not None and 0 <= v.place < len(record.places) else None
            )
            roles = {"source": v.source, "target": v.target}
            names: dict[str, list[str]] = {"source": [], "target": []}
            countries: dict[str, list[str]] = {"source": [], "target": []}
            for role, ids in roles.items():
                for eid in dict.fromkeys(ids):
                    ent = entities.get(eid)
                    actor = ent.actor if ent else None
                    name = (actor.name if actor else None) or (ent.name if ent else eid)
                    country = actor.country if actor else None
                    names[role].append(name)
                    if country:
                        countries[role].append(country)
                    c.execute(
                        "INSERT INTO event_actors VALUES (?,?,?,?,?,?,?,?)",
                        (
                            aid,
                            v.id,
                            role,
                            eid,
                            name,
                            country,
                            actor.sector if actor else None,
                            actor.code if actor else None,
                        ),
                    )
            c.execute(
                "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    aid,
                    v.id,
                    v.type,
                    v.mode,
                    v.cameo,
                    v.trigger.text,
                    v.trigger.start,
                    v.trigger.end,
                    v.sentence.start,
                    v.sentence.end,
                    a.text[v.sentence.start : v.sentence.end],
                    "; ".join(names["source"]) or (v.source_text.text if v.source_text else None),
                    "; ".join(names["target"]) or (v.target_text.text if v.target_text else None),
                    "; ".join(dict.fromkeys(countries["source"])) or None,
                    "; ".join(dict.fromkeys(countries["target"])) or None,
                    v.date,
                    v.date_from,
                    v.place,
                    (place.name or place.text) if place else None,
                    place.country if place else None,
                    place.lat if place else None,
                    place.lon if place else None,
                    int(v.negated),
                    int(v.hypothetical),
                    v.reported_by,
                    v.confidence,
                ),
            )
        c.executemany(
            "INSERT INTO quantities VALUES (?,?,?,?,?,?,?,?,?)",
            [
                (aid, i, q.start, q.end, q.text, q.value, q.min, q.max, q.what)
                for i, q in enumerate(record.quantities)
            ],
        )

    def remove(self, article_id: str) -> bool:
        """Delete one article and its items (to re-process it); reviewers' corrections stay. It
        leaves its story and canonical events (:func:`storyline.stories.forget`): the canonical
        events only it reported go, the others lose its mentions and are counted again, so
        `query events --canonical` lists no event with no report and counts no report twice
        once it is stored again. False if it was not stored."""
        from storyline.stories import forget

        self.conn.execute("BEGIN IMMEDIATE")
        try:
            if self.has(article_id):
                forget(self, article_id)
            cur = self.conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            self.conn.execute("DELETE FROM quotes_fts WHERE article_id = ?", (article_id,))
            self.conn.execute("DELETE FROM articles_fts WHERE article_id = ?", (article_id,))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return cur.rowcount > 0

    def stored_as(self, source: str | None, url: str | None = None) -> str | None:
        """The id of the one stored article read from ``source`` (a file, ``file:line``, a feed
        entry) or, failing that, with this ``url``: what ``ingest --reprocess`` replaces when the
        input now reads into another text. None when no article, or several, match."""
        for column, value in (("source", source), ("url", url)):
            if not value:
                continue
            # a local file is stored by its absolute path (local_source); a store written before
            # that holds it as it was given: the form given now, or relative to here, match too
            forms = list(dict.fromkeys([local_source(value), value, _relative_source(value)]))
            rows = self.conn.execute(
                f"SELECT id FROM articles WHERE {column} IN ({','.join('?' * len(forms))}) LIMIT 2", forms
            ).fetchall()
            if len(rows) == 1:
                return str(rows[0][0])
        return None

    def carry_corrections(self, old_id: str, record: Record) -> tuple[list[Correction], list[Correction]]:
        """Move the corrections of stored article ``old_id`` to ``record``, the same input read
        into another text (a new id), in one transaction: a correction whose item's evidence span
        maps, through the text the two share (:func:`offset_map`), onto the same text in the new
        article, and an item of that kind there, is stored for the new article with the new span
        and item key; the others are dropped: filed under the new article as dropped
        (:meth:`dropped_corrections`, with the old article's id and the text they were on), so
        that no query loses them, and not applied. Those dropped from ``old_id`` before follow it
        to the new article. (kept, dropped)."""
        new_id = record.article.id
        fixes = self.corrections(old_id)
        old_text = str(self.conn.execute("SELECT text FROM articles WHERE id = ?", (old_id,)).fetchone()[0])
        new_text = record.article.text
        blocks = offset_map(old_text, new_text) if fixes else []
        kept: list[Correction] = []
        dropped: list[Correction] = []
        for fix in fixes:
            moved = None
            span = _map_span(blocks, fix.start, fix.end)
            if span is not None and new_text[span[0] : span[1]] == old_text[fix.start : fix.end]:
                i = locate(record, fix.kind, fix.item, *span)
                if i is not None:
                    item = getattr(record, fix.kind)[i]
                    key = str(item.id) if fix.kind in ID_KINDS else str(i)
                    moved = dataclasses.replace(fix, article_id=new_id, item=key, start=span[0], end=span[1])
            (kept if moved else dropped).append(moved or fix)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            for fix in kept:
                self.conn.execute(
                    "INSERT OR REPLACE INTO corrections VALUES (?,?,?,?,?,?,?,?,?)",
                    (
                        fix.article_id,
                        fix.kind,
                        fix.item,
                        fix.field,
                        json.dumps(fix.value),
                        fix.start,
                        fix.end,
                        fix.note,
                        fix.at,
                    ),
                )
            now = _now()
            for fix in dropped:
                text = (
                    old_text[fix.start : fix.end] if fix.start is not None and fix.end is not None else None
                )
                self.conn.execute(
                    "INSERT OR REPLACE INTO dropped_corrections VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                    (
                        new_id,
                        old_id,
                        fix.kind,
                        fix.item,
                        fix.field,
                        json.dumps(fix.value),
                        fix.start,
                        fix.end,
                        text,
                        fix.note,
                        fix.at,
                        now,
                    ),
                )
            self.conn.execute("DELETE FROM corrections WHERE article_id = ?", (old_id,))
            # dropped by an earlier re-processing: they follow the input to its newest article
            self.conn.execute(
                "UPDATE OR REPLACE dropped_corrections SET article_id = ? WHERE article_id = ?",
                (new_id, old_id),
            )
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        for fix in dropped:
            log.info(
                "correction %s/%s/%s/%s dropped: its item is not in the new text (kept as dropped under %s)",
                old_id,
                fix.kind,
                fix.item,
                fix.field,
                new_id,
            )
        return kept, dropped

    def dropped_corrections(self, article_id: str | None = None) -> list[dict[str, Any]]:
        """Corrections that ``ingest --reprocess`` could not carry to an input's new text (their
        item is no longer at the same text), of one article or of all, oldest first: each a
        correction as :meth:`corrections` gives it (``article_id`` the article it is now filed
        under) with ``from_article`` (the replaced article), ``text`` (what its old span held)
        and ``dropped_at``. They are kept for the reviewer, not applied."""
        sql = (
            'SELECT article_id, from_article, kind, item, field, value, start, "end", text, note, at, '
            "dropped_at FROM dropped_corrections"
        )
        try:
            rows = self._rows(
                sql + (" WHERE article_id = ?" if article_id else "") + " ORDER BY dropped_at, at, rowid",
                [article_id] if article_id else [],
            )
        except sqlite3.OperationalError:  # a read-only store opened before migration 8
            return []
        for row in rows:
            row["value"] = json.loads(row["value"])
        return rows

    # --- corrections -------------------------------------------------------------------------

    def corrections(self, article_id: str | None = None) -> list[Correction]:
        """Reviewers' corrections, of one article or of all, oldest first."""
        sql = 'SELECT article_id, kind, item, field, value, start, "end", note, at FROM corrections'
        try:
            rows = self.conn.execute(
                sql + (" WHERE article_id = ?" if article_id else "") + " ORDER BY at, rowid",
                (article_id,) if article_id else (),
            ).fetchall()
        except sqlite3.OperationalError:  # a read-only store opened before migration 3
            return []
        return [Correction(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6], r[7], r[8]) for r in rows]

    def correct(
        self, article_id: str, kind: str, item: str, field: str, value: Any, *, note: str | None = None
    ) -> Correction:
        """Store a correction of one field of one item (``field="wrong"``, ``value=True`` marks
        the item wrong) and refresh the article's query rows; raises
        :class:`~storyline.corrections.CorrectionError` for a bad one and NotFoundError when
        the article or item is not stored. The machine record is kept as it was."""
        full = self.resolve_id(article_id)
        value = validate(kind, field, value)
        machine = self.get(full, corrected=False)
        start, end = item_span(machine, kind, str(item))
        if start is None:
            raise NotFoundError(f"article {full} has no {kind} item {item!r}", code="S405")
        fix = Correction(full, kind, str(item), field, value, start, end, note, _now())
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            self.conn.execute(
                "INSERT OR REPLACE INTO corrections VALUES (?,?,?,?,?,?,?,?,?)",
                (full, kind, fix.item, field, json.dumps(value), start, end, note, fix.at),
            )
            self._refresh_items(full, machine)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return fix

    def uncorrect(self, article_id: str, kind: str, item: str, field: str) -> bool:
        """Drop one correction (back to the machine output); False if there was none."""
        full = self.resolve_id(article_id)
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            cur = self.conn.execute(
                "DELETE FROM corrections WHERE article_id = ? AND kind = ? AND item = ? AND field = ?",
                (full, kind, str(item), field),
            )
            if cur.rowcount:
                self._refresh_items(full, self.get(full, corrected=False))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return cur.rowcount > 0

    def _refresh_items(self, article_id: str, machine: Record) -> None:
        """Rewrite one article's item rows from its machine record and current corrections, and
        the canonical events it reports (:func:`storyline.stories.recount`: their agreed date and
        disagreements follow the corrected mentions)."""
        from storyline.stories import recount

        for table in (*ITEM_TABLES, "quotes_fts"):
            self.conn.execute(f'DELETE FROM "{table}" WHERE article_id = ?', (article_id,))
        self._insert_items(apply_corrections(machine, self.corrections(article_id)))
        recount(self, article_id)
        # the stored span of its story and of its events' stories: a corrected date may date one
        refresh_spans(
            self,
            [
                r[0]
                for r in self.conn.execute(
                    "SELECT story_id FROM story_articles WHERE article_id = ? UNION SELECT v.story_id "
                    "FROM canonical_mentions m JOIN canonical_events v ON v.id = m.canonical_id "
                    "WHERE m.article_id = ?",
                    (article_id, article_id),
                )
            ],
        )

    def record_error(self, source: str, reason: str, code: str | None = None) -> None:
        """Remember an input that failed (the latest reason per input)."""
        self.conn.execute(
            "INSERT OR REPLACE INTO errors (source, code, reason, at) VALUES (?,?,?,?)",
            (source, code, reason, _now()),
        )

    # --- reading -----------------------------------------------------------------------------

    def resolve_id(self, prefix: str) -> str:
        """The full id of the one article whose id starts with ``prefix`` (as git does)."""
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 2", (prefix, prefix + "\uffff")
        ).fetchall()
        if len(rows) == 1:
            return str(rows[0][0])
        if not rows:
            raise NotFoundError(
                f"no stored article has id {prefix!r}; list ids with `storyline query articles`"
            )
        raise NotFoundError(f"id prefix {prefix!r} matches several articles; give more characters")

    def get(self, article_id: str, *, corrected: bool = True) -> Record:
        """The stored record of this article (a unique id prefix is enough), with reviewers'
        corrections applied unless ``corrected=False`` (the machine output)."""
        full = self.resolve_id(article_id)
        row = self.conn.execute("SELECT record FROM articles WHERE id = ?", (full,)).fetchone()
        record = Record.from_json(row[0])
        return apply_corrections(record, self.corrections(full)) if corrected else record

    def iter_records(self, *, corrected: bool = True) -> Iterator[Record]:
        """Every stored record, by publication date then id (corrected unless told not to)."""
        fixes: dict[str, list[Correction]] = {}
        if corrected:
            for fix in self.corrections():
                fixes.setdefault(fix.article_id, []).append(fix)
        cur = self.conn.execute("SELECT id, record FROM articles ORDER BY published, id")
        for row in cur:
            record = Record.from_json(row[1])
            yield apply_corrections(record, fixes[row[0]]) if row[0] in fixes else record

    def unmerged_ids(self) -> list[str]:
        """Ids of stored articles not yet deduplicated, grouped into stories and merged into
        canonical events (:func:`storyline.stories.sync`), in publication order."""
        return [
            str(r[0])
            for r in self.conn.execute(
                "SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM story_articles) "
                "ORDER BY published IS NULL, published, id"
            )
        ]

    def counts(self) -> dict[str, int]:
        """Row counts of the articles, item and errors tables."""
        return {
            t: int(self.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0])
            for t in ("articles", *ITEM_TABLES, "errors")
        }

    def errors(self) -> list[dict[str, Any]]:
        """Inputs that failed, with the reason."""
        return self._rows("SELECT source, code, reason, at FROM errors ORDER BY source", [])

    def table(self, name: str) -> Iterator[dict[str, Any]]:
        """Every row of one of the store's tables (for export)."""
        if name not in ("articles", *ITEM_TABLES, "errors", COPIES_TABLE, *STORY_TABLES):
            raise StoreError(
                f"no table {name!r}; tables are articles, {', '.join(ITEM_TABLES)}, errors", code="S003"
            )
        cur = self.conn.execute(f'SELECT * FROM "{name}"')
        cols = [d[0] for d in cur.description]
        for row in cur:
            yield dict(zip(cols, row, strict=True))

    def _rows(self, sql: str, params: Sequence[Any]) -> list[dict[str, Any]]:
        cur = self.conn.execute(sql, params)
        return [dict(r) for r in cur.fetchall()]

    def articles(
        self,
        *,
        text: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Stored articles (id, published, publisher, headline), optionally by full-text search;
        latest published first (the news a reader watches), undated ones last."""
        where: list[str] = []
        params: list[Any] = []
        if text:
            where.append("a.id IN (SELECT article_id FROM articles_fts WHERE articles_fts MATCH ?)")
            params.append(_fts_query(text))
        where += _date_clause("a.published", since, until, params)
        sql = (
            "SELECT a.id, a.published, a.publisher, a.headline, a.url, length(a.text) AS chars, "
            "(SELECT count(*) FROM events v WHERE v.article_id = a.id) AS events, "
            "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id) AS quotes FROM articles a"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY a.published IS NULL, a.published DESC, a.id LIMIT ?"
        )
        return self._rows(sql + " OFFSET ?", [*params, limit, offset])

    def events(
        self,
        *,
        actor: str | None = None,
        type: str | None = None,
        country: str | None = None,
        since: str | None = None,
        until: str | None = None,
        text: str | None = None,
        limit: int = 100,
    ) -> list[dict[str, Any]]:
        """Events by actor name (source or target, substring), PLOVER type, actor country,
        event date range and words of the sentence, in event-date order; each with its trigger's
        offsets in the article's text, as the API gives them."""
        where, params = event_conditions(
            type=type, actor=actor, country=country, since=since, until=until, text=text
        )
        sql = (
            "SELECT v.date, v.type, v.mode, v.source_names AS source, v.target_names AS target, "
            "v.trigger, v.trigger_start, v.trigger_end, v.place_name AS place, v.place_country, "
            "v.negated, v.hypothetical, v.confidence, v.cameo, "
            "v.date_from, v.source_countries, v.target_countries, v.reported_by, "
            "v.article_id, v.id, a.published, a.publisher, v.sentence "
            "FROM events v JOIN articles a ON a.id = v.article_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY v.date IS NULL, v.date, a.published, v.article_id, v.id LIMIT ?"
        )
        return self._rows(sql, [*params, limit])

    def quotes(
        self,
        *,
        speaker: str | None = None,
        text: str | None = None,
        since: str | None = None,
        until: str | None = None,
        kind: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Quotes by speaker (substring of the name), words (FTS5 over quote and speaker,
        best match first), date said, and kind."""
        where: list[str] = []
        params: list[Any] = []
        join = ""
        order = "q.date IS NULL, q.date, a.published, q.article_id, q.start"
        if text:
            join = (
                " JOIN (SELECT article_id, quote_id, rank FROM quotes_fts WHERE quotes_fts MATCH ?) f"
                " ON f.article_id = q.article_id AND f.quote_id = q.id"
            )
            params.append(_fts_query(text))
            order = "f.rank, " + order
        if speaker:
            cond, cparams = name_like(["q.speaker_name", "q.speaker_text"], speaker)
            where.append(cond)
            params += cparams
        if kind:
            where.append("q.kind = ?")
            params.append(kind)
        where += _date_clause("q.date", since, until, params)
        sql = (
            "SELECT q.date, q.speaker_name AS speaker, q.kind, q.text, q.cue, q.channel, "
            'q.article_id, q.id, q.start, q."end", a.published, a.publisher '
            "FROM quotes q JOIN articles a ON a.id = q.article_id"
            + join
            + (" WHERE " + " AND ".join(where) if where else "")
            + f" ORDER BY {order} LIMIT ?"
        )
        return self._rows(sql + " OFFSET ?", [*params, limit, offset])

    def entities(
        self,
        *,
        name: str | None = None,
        type: str | None = None,
        country: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Entities grouped by (name, type, actor), with how many articles and mentions,
        most-mentioned first."""
        where: list[str] = []
        params: list[Any] = []
        if name:
            cond, cparams = name_like(["e.name", "e.actor_name"], name)
            where.append(f"({cond} OR e.actor_code = ?)")
            params += [*cparams, name.upper()]
        type = check_type(type, ENTITY_TYPES, "an entity type")
        if type:
            where.append("e.type = ?")
            params.append(type)
        if country:
            where.append("e.actor_country = ?")
            params.append(country_codes(country)[1])
        sql = (
            "SELECT e.name, e.type, e.actor_country AS country, e.actor_sector AS sector, "
            "e.actor_code AS code, count(DISTINCT e.article_id) AS articles, sum(e.n_mentions) AS mentions "
            "FROM entities e"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " GROUP BY e.name, e.type, e.actor_country, e.actor_sector, e.actor_code"
            " ORDER BY mentions DESC, e.name LIMIT ?"
        )
        return self._rows(sql + " OFFSET ?", [*params, limit, offset])

    def times(
        self,
        *,
        type: str | None = None,
        since: str | None = None,
        until: str | None = None,
        text: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Temporal expressions by TimeML type, resolved value range and words."""
        where: list[str] = []
        params: list[Any] = []
        type = check_type(type, TIME_TYPES, "a time type")
        if type:
            where.append("t.type = ?")
            params.append(type)
        if text:
            where.append("t.text LIKE ?")
            params.append(f"%{text}%")
        where += _date_clause("t.value", since, until, params)
        sql = (
            'SELECT t.value, t.type, t.mod, t.text, t.article_id, t.start, t."end", a.published '
            "FROM times t JOIN articles a ON a.id = t.article_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY t.value IS NULL, t.value, t.article_id, t.start LIMIT ?"
        )
        return self._rows(sql + " OFFSET ?", [*params, limit, offset])

    def places(
        self,
        *,
        name: str | None = None,
        country: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Places grouped by resolved name, by (part of) name and country, most frequent first."""
        where: list[str] = []
        params: list[Any] = []
        if name:
            cond, cparams = name_like(["p.name", "p.text"], name)
            where.append(cond)
            params += cparams
        if country:
            where.append("p.country = ?")
            params.append(country_codes(country)[0])
        sql = (
            "SELECT coalesce(p.name, p.text) AS name, p.country, p.admin1, p.lat, p.lon, p.geonames_id, "
            "count(DISTINCT p.article_id) AS articles, count(*) AS mentions FROM places p"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " GROUP BY coalesce(p.name, p.text), p.country, p.admin1, p.lat, p.lon, p.geonames_id"
            " ORDER BY mentions DESC, name LIMIT ?"
        )
        return self._rows(sql + " OFFSET ?", [*params, limit, offset])

    # --- stories (storyline.stories) ---------------------------------------------------------

    def merge_stories(self) -> dict[str, int]:
        """Dedup, group into stories and merge the events of every article not merged yet
        (incremental: nothing is merged twice); counts of what changed."""
        from storyline.stories import sync

        return sync(self)

    def stories(
        self,
        *,
        text: str | None = None,
        since: str | None = None,
        until: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Stories (title, span, articles, event types, key actors and places), latest first;
        ``text`` matches the title, actors or places.

        The span (``first``, ``last``) is its articles' publication dates; a story none of whose
        articles has a date falls back to its canonical events' dates, then to its articles'
        DATE time items, so that it is still placed in time; ``dated_by`` says which
        (``articles``, ``events``, ``times``, or None: undated). ``types`` are the PLOVER types
        of its canonical events, most events first, each with its count and CAMEO codes."""
        where: list[str] = []
        params: list[Any] = []
        if text:
            cond, cparams = name_like(["s.title", "s.actors", "s.places"], text)
            where.append(cond)
            params += cparams
        # the stored span (refresh_spans), so that the order and the date filters use stories_span
        check_range(since, until)
        where += _date_clause("s.last", since, None, params)
        where += _date_clause("s.first", None, until, params)
        sql = (
            f"SELECT * FROM ({self._story_select()}) s"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY s.last DESC, s.articles DESC, s.id LIMIT ? OFFSET ?"  # undated last
        )
        return self._story_details(_decode(self._rows(sql, [*params, limit, offset]), ("actors", "places")))

    def _story_select(self) -> str:
        """The stories as listed: their stored span, or computed on a store opened read-only
        before migration 7 stored it."""
        columns = {r[1] for r in self.conn.execute("PRAGMA table_info(stories)")}
        if "span_last" in columns:
            return _STORY_SPANS
        first, last, dated_by = _span_columns("s")
        return (
            f"SELECT s.id, s.title, {first} AS first, {last} AS last, {dated_by} AS dated_by, "
            "s.n_articles AS articles, s.actors, s.places FROM stories s"
        )

    def _story_details(self, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Give each story row its ``types`` (:meth:`_story_types`) and ``events``: the canonical
        events with at least one mention not marked wrong, so that an event every report of which
        a reviewer marked wrong is not counted. One query per 500 stories, not one per story."""
        ids = [int(r["id"]) for r in rows]
        types: dict[int, list[dict[str, Any]]] = {}
        for i in range(0, len(ids), 500):
            types.update(self._story_types(ids[i : i + 500]))
        for row in rows:
            row["types"] = types.get(int(row["id"]), [])
            row["events"] = sum(t["events"] for t in row["types"])
        return rows

    def _story_types(self, story_ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
        """The event types of some stories' canonical events, by story: ``{"type", "events",
        "cameo"}``, most events first, then by type; ``cameo`` counts the CAMEO codes its mentions
        were given. Reviewers' corrections count as in :meth:`canonical_events`: a type corrected on
        every mention is the event's, an event all of whose mentions are marked wrong is left out."""
        if not story_ids:
            return {}
        kinds: dict[int, dict[str, dict[str, Any]]] = {}
        marks = ",".join("?" * len(story_ids))
        rows = self.conn.execute(
            "SELECT v.story_id, v.id, v.type, group_concat(e.type, ' '), group_concat(e.cameo, ' '), "
            "count(e.id) FROM canonical_events v LEFT JOIN canonical_mentions m ON m.canonical_id = v.id "
            "LEFT JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id "
            f"WHERE v.story_id IN ({marks}) GROUP BY v.id ORDER BY v.id",
            list(story_ids),
        )
        for sid, _, kind, given, cameos, live in rows:
            if not live:  # every mention marked wrong (or none stored): no event
                continue
            said = set((given or "").split())
            if len(said) == 1:  # every live mention's (corrected) type
                kind = said.pop()
            entry = kinds.setdefault(int(sid), {}).setdefault(kind, {"type": kind, "events": 0, "cameo": {}})
            entry["events"] += 1
            for code in (cameos or "").split():
                entry["cameo"][code] = entry["cameo"].get(code, 0) + 1
        out: dict[int, list[dict[str, Any]]] = {}
        for sid, by_type in kinds.items():
            out[sid] = sorted(by_type.values(), key=lambda k: (-k["events"], k["type"]))
            for entry in out[sid]:
                entry["cameo"] = dict(sorted(entry["cameo"].items(), key=lambda kv: (-kv[1], kv[0])))
        return out

    def canonical_events(
        self,
        *,
        actor: str | None = None,
        type: str | None = None,
        country: str | None = None,
        story: int | None = None,
        since: str | None = None,
        until: str | None = None,
        text: str | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> list[dict[str, Any]]:
        """Canonical events (each real-world event once, with its number of mentions,
        distinct sources and reports, earliest report's date and article, and disagreements),
        in date order; every mention is one step away (:meth:`canonical_mentions`). ``country``
        keeps the events one of whose reports has an actor or place of that country, as
        :meth:`events` does for single reports.

        Reviewers' event corrections count: a mention marked wrong no longer counts (an event
        all of whose mentions are wrong is left out), and a type corrected on every remaining
        mention is the event's type. A correction also summarises the event again from its
        corrected mentions (:func:`storyline.stories.recount`), so its agreed date, actors, place
        and disagreements are the corrected reports'; which mentions it holds is not decided
        again."""
        where: list[str] = []
        params: list[Any] = []
        kind, mentions, join = "v.type", "v.n_mentions", ""
        if self._has_event_corrections():
            # only the canonical events with a mention in a corrected article are recounted
            join = (
                " LEFT JOIN (SELECT m.canonical_id AS cid, count(e.id) AS live, "
                "CASE WHEN count(DISTINCT e.type) = 1 THEN max(e.type) END AS type "
                "FROM canonical_mentions m LEFT JOIN events e ON e.article_id = m.article_id "
                "AND e.id = m.event_id WHERE m.canonical_id IN (SELECT c.canonical_id FROM "
                "canonical_mentions c WHERE c.article_id IN (SELECT article_id FROM corrections "
                "WHERE kind = 'events')) GROUP BY m.canonical_id) k ON k.cid = v.id"
            )
            kind, mentions = "coalesce(k.type, v.type)", "coalesce(k.live, v.n_mentions)"
            where.append("coalesce(k.live, 1) > 0")
        if actor:
            cond, cparams = name_like(["v.source_names", "v.target_names"], actor)
            where.append(cond)
            params += cparams
        if country:
            # the reports' condition (event_conditions on ``events v``): inside the subquery ``v``
            # is the report, outside it the canonical event
            cond, cparams = event_conditions(country=country)
            where.append(
                "v.id IN (SELECT m.canonical_id FROM canonical_mentions m JOIN events v "
                f"ON v.article_id = m.article_id AND v.id = m.event_id WHERE {cond[0]})"
            )
            params += cparams
        type = check_type(type, PLOVER_TYPES, "a PLOVER event type")
        if type:
            where.append(f"{kind} = ?")
            params.append(type)
        if story is not None:
            where.append("v.story_id = ?")
            params.append(story)
        if text:
            where.append("v.sentence LIKE ?")
            params.append(f"%{text}%")
        where += _date_clause("v.date", since, until, params)
        sql = (
            f"SELECT v.id, v.date, {kind} AS type, v.source_names AS source, v.target_names AS target, "
            f"v.place_name AS place, {mentions} AS mentions, v.n_sources AS sources, "
            "v.n_articles AS articles, v.earliest, "
            # the earliest report itself (CanonicalEvent.earliest: publication date, then id)
            "(SELECT m.article_id FROM canonical_mentions m JOIN articles a ON a.id = m.article_id "
            "WHERE m.canonical_id = v.id ORDER BY a.published IS NULL, a.published, m.article_id LIMIT 1) "
            "AS earliest_article, v.conflicts, v.story_id AS story, v.sentence FROM canonical_events v"
            + join
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY v.date IS NULL, v.date, v.earliest, v.id LIMIT ? OFFSET ?"
        )
        return _decode(self._rows(sql, [*params, limit, offset]), ("conflicts",))

    def _has_event_corrections(self) -> bool:
        try:
            return (
                self.conn.execute("SELECT 1 FROM corrections WHERE kind = 'events' LIMIT 1").fetchone()
                is not None
            )
        except sqlite3.OperationalError:  # a read-only store opened before migration 3
            return False

    def canonical_mentions(self, canonical_id: int) -> list[dict[str, Any]]:
        """The mentions of one canonical event: article, publisher, event and its offsets, and
        the article's ``copies`` (:meth:`copies`: the other publishers that printed its text word
        for word, each a source of the event)."""
        sql = (
            "SELECT m.canonical_id, m.article_id, m.event_id, a.publisher, a.url, a.published, "
            "d.original_id AS duplicate_of, e.date, e.trigger, e.trigger_start, e.trigger_end, "
            "e.sentence_start, e.sentence_end, e.sentence FROM canonical_mentions m "
            "JOIN articles a ON a.id = m.article_id "
            "LEFT JOIN events e ON e.article_id = m.article_id AND e.id = m.event_id "
            "LEFT JOIN duplicates d ON d.article_id = m.article_id "
            "WHERE m.canonical_id = ? ORDER BY a.published, m.article_id, m.event_id"
        )
        rows = self._rows(sql, [canonical_id])
        copies = self.copy_refs(r["article_id"] for r in rows)
        for row in rows:
            row["copies"] = copies[row["article_id"]]
        return rows


def refresh_spans(store: Store, story_ids: Iterable[int | None]) -> None:
    """Store the span of these stories again (``span_first``, ``span_last``, ``dated_by``: see
    :func:`_span_columns`), inside the caller's transaction: after a merge or fold writes them, an
    article leaves them, or a correction changes their events' or articles' dates."""
    ids = sorted({int(i) for i in story_ids if i is not None})
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        store.conn.execute(f"{_SPAN_UPDATE} WHERE id IN ({','.join('?' * len(chunk))})", chunk)


def _decode(rows: list[dict[str, Any]], columns: Sequence[str]) -> list[dict[str, Any]]:
    """Rows with their JSON-text ``columns`` (a story's actors, a canonical event's conflicts)
    decoded, so ``--json`` and the API give lists and objects, not JSON inside a string."""
    for row in rows:
        for col in columns:
            if isinstance(row.get(col), str):
                row[col] = json.loads(row[col])
    return rows


# --- ingest -----------------------------------------------------------------------------------


@dataclass
class IngestReport:
    """What an ingest did: new records stored, articles already present, inputs that failed."""

    stored: int = 0
    skipped: int = 0
    failed: int = 0
    #: inputs whose text is a stored article's, from another publisher or input: kept as its
    #: copies (:meth:`Store.add_copy`), not processed again (also counted in ``skipped``)
    copies: int = 0
    errors: list[ReadError] = field(default_factory=list)
    #: stored articles processed again and replaced (``ingest(reprocess=True)``)
    reprocessed: int = 0
    #: old article id -> new one, for a re-processed input whose text (and so id) changed
    replaced: dict[str, str] = field(default_factory=dict)
    #: reviewers' corrections of a replaced article whose item is no longer at the same text
    #: (each a :class:`~storyline.corrections.Correction` as a dict, with the ``text`` it was on)
    dropped_corrections: list[dict[str, Any]] = field(default_factory=list)

    @property
    def read(self) -> int:
        """Articles read successfully (stored, re-processed or already present)."""
        return self.stored + self.skipped + self.reprocessed

    def summary(self) -> str:
        """One line: ``3 stored, 1 skipped (already present), 2 failed`` (and ``, 4 re-processed``
        or the copies kept from other sources when some were)."""
        line = f"{self.stored} stored, {self.skipped} skipped (already present), {self.failed} failed"
        if self.copies:
            line += f"; {self.copies} of the skipped kept as copies from other sources"
        line += f", {self.reprocessed} re-processed" if self.reprocessed else ""
        if self.replaced:
            line += f" ({len(self.replaced)} with a new text and id, replacing the old)"
        if self.dropped_corrections:
            n = len(self.dropped_corrections)
            line += f"; {n} correction{'s' if n > 1 else ''} dropped (the item is no longer there)"
        return line


def ingest(
    items: Iterable[Article | ReadError | tuple[str, Article | ReadError]],
    store: Store,
    *,
    pipeline: Pipeline | Callable[[], Pipeline] | None = None,
    batch_size: int = 16,
    on_item: Callable[[str, Article | ReadError], None] | None = None,
    stories: bool = True,
    reprocess: bool = False,
) -> IngestReport:
    """Process and store a stream of articles: Articles and ReadErrors as
    :func:`storyline.read.read_paths` yields them, or ``(source, item)`` pairs as
    :func:`storyline.read.read_sources` yields them (the source, a file name, then names
    the input in the errors table when the pipeline fails on it).

    Articles whose id is stored already are skipped *before* parsing; one read from another
    input, URL or publisher (a wire copy printed word for word) is kept as a copy of the stored
    article (:meth:`Store.add_copy`: one article, one more source). The Pipeline is built
    only when the first new article arrives (``pipeline`` may be a factory). Each record is
    committed on its own. A ReadError, or an article the pipeline fails on, is recorded in
    the store's ``errors`` table and the batch goes on; so is each other input of that article's
    text (no copy of anything stored), which the next ingest tries again. ``on_item(status, item)`` is called
    for each input with status ``stored``, ``skipped`` or ``failed`` (for progress bars).
    With ``stories`` (the default), each batch's new records are then deduplicated, grouped
    into stories and their events merged into canonical events (:func:`storyline.stories.sync`).

    With ``reprocess``, an article already stored is processed again (after a storyline
    upgrade) instead of skipped: its new record replaces the old one as :meth:`Store.remove`
    then :meth:`Store.add` do, so reviewers' corrections are applied to it again, and it is
    merged into stories and canonical events again without counting its old mentions twice
    (status ``reprocessed``). An input whose new text differs from the stored one (a reader
    change: a new id) replaces the article stored from the same source (or URL,
    :meth:`Store.stored_as`): its corrections move to the new article where their item is at
    the same text (:meth:`Store.carry_corrections`), the others are listed in the report's
    ``dropped_corrections`` (and stay stored under the old id).
    """
    report = IngestReport()
    merged: list[Record] = []
    story_state: list[Any] = []
    seen: set[str] = set()
    built: list[Pipeline] = []
    sources: dict[str, str] = {}
    waiting: list[tuple[str | None, Article]] = []  # copies of articles of the batch not stored yet
    failures: dict[str, str] = {}  # article id -> why the pipeline failed on it (for its copies)

    def _source(article: Article) -> str:
        return sources.get(article.id) or article.url or article.id

    def notify(status: str, item: Article | ReadError) -> None:
        if on_item is not None:
            on_item(status, item)

    def fail(err: ReadError) -> None:
        report.failed += 1
        report.errors.append(err)
        store.record_error(err.source, err.reason, err.code)
        notify("failed", err)

    def keep_copy(src: str | None, item: Article) -> None:  # the text is stored: a copy, if new
        report.skipped += 1
        report.copies += store.add_copy(item, source=src)
        notify("skipped", item)

    def get_pipeline() -> Pipeline:
        if not built:
            if pipeline is None:
                from storyline.pipeline import Pipeline as _Pipeline

                built.append(_Pipeline())
            elif callable(pipeline) and not hasattr(pipeline, "process_articles"):
                built.append(pipeline())
            else:
                built.append(pipeline)  # type: ignore[arg-type]
        return built[0]

    def new_articles() -> Iterator[Article]:
        for entry in items:
            src, item = entry if isinstance(entry, tuple) else (None, entry)
            if isinstance(item, ReadError):
                fail(item)
            elif not reprocess and store.has(item.id):
                keep_copy(src, item)
            elif item.id in seen:  # once the batch's article is stored (or replaced, re-processed), or failed
                waiting.append((src, item))
            else:
                seen.add(item.id)
                if src:
                    sources[item.id] = src
                yield item

    def store_batch(batch: list[Article]) -> None:
        done = 0
        records = get_pipeline().process_articles(batch, batch_size=batch_size)
        while True:
            try:
                record = next(records)
            except StopIteration:
                return
            except Exception as exc:  # a stage failed: find the article at fault, go on
                if len(batch) - done > 1:
                    for article in batch[done:]:
                        store_batch([article])
                    return
                article = batch[done]
                log.debug("pipeline failed on %s", article.id, exc_info=True)
                source = _source(article)
                sources.pop(article.id, None)
                failures[article.id] = f"pipeline failed: {type(exc).__name__}: {exc}"
                fail(ReadError(source, failures[article.id], code="P001"))
                return
            _store_one(record)
            done += 1

    def _store_one(record: Record) -> None:
        source = sources.pop(record.article.id, None) or record.article.url or record.article.id
        again = reprocess and store.has(record.article.id)
        prior: tuple[Article, str | None] | None = None
        old = None if again or not reprocess else store.stored_as(source, record.article.url)
        if old is not None:
            # the same input read into another text (a reader change): the new article replaces
            # the old one, and takes the corrections whose item is still at the same text
            _, dropped = store.carry_corrections(old, record)
            report.replaced[old] = record.article.id
            text = store.get(old, corrected=False).article.text
            report.dropped_corrections.extend(
                {
                    **dataclasses.asdict(fix),
                    "text": text[fix.start : fix.end] if fix.start is not None else None,
                }
                for fix in dropped
            )
            store.remove(old)
            story_state.clear()
            again = True
        elif again:
            # its story and canonical events let go of it (stories.forget): the merge state
            # held in memory is stale and is loaded again before the next merge
            row = store.conn.execute(
                "SELECT source FROM articles WHERE id = ?", (record.article.id,)
            ).fetchone()
            # the input it was stored from stays a source when another input of its text is read first
            prior = (store.get(record.article.id, corrected=False).article, row[0])
            store.remove(record.article.id)
            story_state.clear()
        if store.add(record, source=source):
            if prior is not None:
                store.add_copy(prior[0], source=prior[1])
            if again:
                # merged at the end with the other unmerged ones, in publication order, as a
                # fresh merge would: merging each batch as it comes would compare an old article
                # with the latest stories only (stories.IDLE_DAYS)
                report.reprocessed += 1
            else:
                report.stored += 1
                merged.append(record)
            notify("reprocessed" if again else "stored", record.article)
        else:
            report.skipped += 1
            notify("skipped", record.article)

    def keep_copies() -> None:
        # a copy of an article the pipeline failed on is no copy of anything stored: it fails too,
        # under its own input (listed, kept in the errors table, tried again by the next ingest)
        for src, item in waiting:
            if store.has(item.id):
                keep_copy(src, item)
            else:
                reason = failures.get(item.id, "pipeline failed on the same text from another input")
                fail(ReadError(src or item.url or item.id, reason, code="P001"))
        waiting.clear()

    def merge_batch() -> None:
        keep_copies()
        if not stories or not merged:
            return
        from storyline.stories import load, sync

        if not story_state:
            story_state.append(load(store))
        sync(store, records=merged, state=story_state[0])
        merged.clear()

    batch: list[Article] = []
    for article in new_articles():
        batch.append(article)
        if len(batch) >= batch_size:
            store_batch(batch)
            merge_batch()
            batch = []
    if batch:
        store_batch(batch)
        merge_batch()
    keep_copies()
    if stories:  # articles stored but not merged (re-processed, or an earlier ingest was killed)
        pending = store.unmerged_ids()
        for i in range(0, len(pending), batch_size):
            merged.extend(store.get(aid) for aid in pending[i : i + batch_size])
            merge_batch()
    return report


# --- export -----------------------------------------------------------------------------------

EXPORT_TABLES = ("articles", *ITEM_TABLES)
#: The other copies of stored texts (migration 10, :meth:`Store.add_copy`), exported after the
#: item tables: one row per copy, joined to ``articles`` on ``article_id``
COPIES_TABLE = "article_copies"
STORY_TABLES = ("stories", "story_articles", "duplicates", "canonical_events", "canonical_mentions")

POLECAT_COLUMNS = (
    "Event ID",
    "Event Date",
    "Event Type",
    "Event Mode",
    "Actor Name",
    "Actor Country",
    "Primary Actor Sector",
    "Recipient Name",
    "Recipient Country",
    "Primary Recipient Sector",
    "Placename",
    "Country",
    "Latitude",
    "Longitude",
    "GeoNames ID",
    "Source",
    "Publication Date",
    "Headline",
    "Story ID",
    "Event Text",
    "Language",
    "Version",
    "CAMEO Code",
    "Date From",
    "Negated",
    "Hypothetical",
    "Confidence",
    "Reported By",
)


#: The columns of the exported ``stories`` table: the stored row with the span as
#: :meth:`Store.stories` gives it (``dated_by``) and the event types (``types``, JSON).
STORY_EXPORT_COLUMNS = ("id", "title", "first", "last", "dated_by", "n_articles", "actors", "places", "types")


def _story_export_rows(store: Store) -> Iterator[dict[str, Any]]:
    """The exported ``stories`` rows, by id: lists as JSON text, as the other tables keep them."""
    for row in sorted(store.stories(limit=-1), key=lambda r: r["id"]):
        yield {
            "id": row["id"],
            "title": row["title"],
            "first": row["first"],
            "last": row["last"],
            "dated_by": row["dated_by"],
            "n_articles": row["articles"],
            **{k: json.dumps(row[k], ensure_ascii=False) for k in ("actors", "places", "types")},
        }


def _canonical_export_rows(store: Store) -> Iterator[dict[str, Any]]:
    """The exported ``canonical_events`` rows, by id, as :meth:`Store.canonical_events` gives
    them (reviewers' corrections counted), under the table's column names."""
    for row in sorted(store.canonical_events(limit=-1), key=lambda r: r["id"]):
        yield {
            "id": row["id"],
            "story_id": row["story"],
            "type": row["type"],
            "date": row["date"],
            "source_names": row["source"],
            "target_names": row["target"],
            "place_name": row["place"],
            "n_mentions": row["mentions"],
            "n_sources": row["sources"],
            "n_articles": row["articles"],
            "earliest": row["earliest"],
            "sentence": row["sentence"],
            "conflicts": json.dumps(row["conflicts"], ensure_ascii=False) if row["conflicts"] else None,
        }


def _alpha3(code: str | None) -> str | None:
    if not code or len(code) != 2:
        return code
    try:
        import pycountry

        country = pycountry.countries.get(alpha_2=code.upper())
    except (ImportError, LookupError, KeyError):
        country = None
    return country.alpha_3 if country else code


def polecat_rows(store: Store) -> Iterator[dict[str, Any]]:
    """One row per event in the layout of POLECAT's event table (the columns event-data tools
    read: Event ID, Event Date, Event Type, Actor/Recipient Name and Country, Placename, ...).

    Several sources or targets are joined with "; "; countries are ISO 3166 alpha-3. Story ID is
    the story the article belongs to (``story_articles``; empty before it is merged), as in the
    canonical rows (:func:`storyline.stories.canonical_polecat_rows`): one type in either layout.
    """
    merged = store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'story_articles'").fetchone()
    story = "(SELECT x.story_id FROM story_articles x WHERE x.article_id = v.article_id)"
    story = story if merged else "NULL"
    sql = f"""
        SELECT v.*, a.published, a.publisher, a.headline, a.language, {story} AS story_id,
          (SELECT group_concat(x.sector, '; ') FROM event_actors x WHERE x.article_id = v.article_id
             AND x.event_id = v.id AND x.role = 'source') AS source_sectors,
          (SELECT group_concat(x.sector, '; ') FROM event_actors x WHERE x.article_id = v.article_id
             AND x.event_id = v.id AND x.role = 'target') AS target_sectors,
          p.geonames_id
        FROM events v JOIN articles a ON a.id = v.article_id
        LEFT JOIN places p ON p.article_id = v.article_id AND p.idx = v.place_idx
        ORDER BY v.date, v.article_id, v.id
    """
    for r in store.conn.execute(sql):
        yield {
            "Event ID": f"{r['article_id']}-{r['id']}",
            "Event Date": r["date"],
            "Event Type": r["type"],
            "Event Mode": r["mode"],
            "Actor Name": r["source_names"],
            "Actor Country": r["source_countries"],
            "Primary Actor Sector": r["source_sectors"],
            "Recipient Name": r["target_names"],
            "Recipient Country": r["target_countries"],
            "Primary Recipient Sector": r["target_sectors"],
            "Placename": r["place_name"],
            "Country": _alpha3(r["place_country"]),
            "Latitude": r["lat"],
            "Longitude": r["lon"],
            "GeoNames ID": r["geonames_id"],
            "Source": r["publisher"],
            "Publication Date": r["published"],
            "Headline": r["headline"],
            "Story ID": r["story_id"],
            "Event Text": r["sentence"],
            "Language": r["language"],
            "Version": "storyline-" + str(SCHEMA_VERSION),
            "CAMEO Code": r["cameo"],
            "Date From": r["date_from"],
            "Negated": bool(r["negated"]),
            "Hypothetical": bool(r["hypothetical"]),
            "Confidence": r["confidence"],
            "Reported By": r["reported_by"],
        }


def export_jsonl(store: Store, out: str | Path) -> int:
    """Write every record, one RECORD.md JSON object a line; how many were written."""
    n = 0
    out = Path(out)
    if out.is_dir():
        raise StoreError(
            f"{out}: is a folder; give a file name for jsonl (e.g. {out}/records.jsonl)", code="S012"
        )
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as fh:
        for record in store.iter_records():
            fh.write(record.to_json() + "\n")
            n += 1
    return n


#: The event flags the ``events`` table stores as SQLite integers (0/1): exported as booleans, the
#: type the record, the API, ``polecat`` (Negated, Hypothetical) and ``storyline run``'s tables give
EVENT_FLAGS = ("negated", "hypothetical")


def _flags_as_booleans(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Rows of the ``events`` table with :data:`EVENT_FLAGS` as booleans (None stays None)."""
    for row in rows:
        yield {k: (bool(v) if k in EVENT_FLAGS and v is not None else v) for k, v in row.items()}


def export_tables(
    store: Store,
    out: str | Path,
    *,
    format: str = "csv",
    canonical: bool = True,
    unasserted: bool = False,
) -> dict[str, int]:
    """Write one file per table (articles without the record JSON, each item table, the
    story tables, and ``polecat`` events) as CSV or Parquet into the folder ``out``; rows
    written per table. ``polecat`` has one row per canonical event (each real-world event
    once; its mentions are in ``canonical_mentions``) unless ``canonical=False``. Like event
    data, it holds only events the text asserts, unless ``unasserted``: negated and
    hypothetical events ("would not reveal whether Canada had plans to remove its soldiers")
    stay in the ``events`` table with their flags. ``stories`` has the span and event types
    that ``query stories`` shows (:data:`STORY_EXPORT_COLUMNS`). Yes/no columns are booleans in
    every table (``events``' ``negated`` and ``hypothetical`` as ``polecat``'s Negated and
    Hypothetical: ``True``/``False`` in CSV, ``bool`` in Parquet). ``article_copies`` lists the
    other inputs that printed a stored text (:meth:`Store.add_copy`)."""
    if format not in ("csv", "parquet"):
        raise StoreError(f"unknown table format {format!r}; use csv or parquet", code="S010")
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise StoreError(f"{folder}: exists and is not a folder; give a folder for --out", code="S011")
    folder.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    tables: dict[str, tuple[tuple[str, ...], Iterable[dict[str, Any]]]] = {}
    # a read-only store made before migration 4 has no story tables
    stories = store.conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'canonical_events'").fetchone()
    # nor, before migration 10, the copies table
    copies = store.conn.execute(f"SELECT 1 FROM sqlite_master WHERE name = '{COPIES_TABLE}'").fetchone()
    for name in (*EXPORT_TABLES, *((COPIES_TABLE,) if copies else ()), *(STORY_TABLES if stories else ())):
        cols = tuple(
            d[0]
            for d in store.conn.execute(f'SELECT * FROM "{name}" LIMIT 0').description
            if d[0] not in ("record", "state")
        )
        rows = ({k: v for k, v in row.items() if k not in ("record", "state")} for row in store.table(name))
        if name == "events":
            rows = _flags_as_booleans(rows)
        tables[name] = (cols, rows)
    if stories:  # stories as `query stories` shows them: the span's fallback and the event types
        tables["stories"] = (STORY_EXPORT_COLUMNS, _story_export_rows(store))
        # canonical events and their mentions as `query events --canonical` counts them: a report a
        # reviewer marked wrong is left out (as from ``events``), so is an event with no other report
        tables["canonical_events"] = (tables["canonical_events"][0], _canonical_export_rows(store))
        tables["canonical_mentions"] = (
            tables["canonical_mentions"][0],
            store._rows(
                "SELECT m.* FROM canonical_mentions m WHERE EXISTS (SELECT 1 FROM events e "
                "WHERE e.article_id = m.article_id AND e.id = m.event_id) ORDER BY m.rowid",
                [],
            ),
        )
    events = (r for r in polecat_rows(store) if unasserted or not (r["Negated"] or r["Hypothetical"]))
    if canonical and stories:
        from storyline.stories import canonical_polecat_rows

        tables["polecat"] = (POLECAT_COLUMNS, canonical_polecat_rows(store, events))
    else:
        tables["polecat"] = (POLECAT_COLUMNS, events)
    for name, (cols, rows) in tables.items():
        path = folder / f"{name}.{format}"
        if format == "csv":
            import csv

            n = 0
            with path.open("w", encoding="utf-8", newline="") as fh:
                writer = csv.DictWriter(fh, fieldnames=list(cols))
                writer.writeheader()
                for row in rows:
                    writer.writerow(row)
                    n += 1
        else:
            import pyarrow as pa
            import pyarrow.parquet as pq

            data = list(rows)
            table = (
                pa.Table.from_pylist(data)
                if data
                else pa.table({c: pa.array([], type=pa.string()) for c in cols})
            )
            pq.write_table(table, path)
            n = len(data)
        counts[name] = n
    return counts


__all__ = [
    "DEFAULT_DB",
    "MIGRATIONS",
    "POLECAT_COLUMNS",
    "IngestReport",
    "Store",
    "export_jsonl",
    "export_tables",
    "ingest",
    "polecat_rows",
]
