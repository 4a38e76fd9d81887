"""The store as a demanding user meets it (session 18 audit): filters that would match nothing
are refused with a reason, countries are found by name or either ISO code, a killed ingest's
unmerged articles join their stories on the next run, quotes keep their speaker's and cue's
offsets in the query tables and exports, and JSON columns come back decoded."""

from __future__ import annotations

import csv
import json
import sqlite3
from pathlib import Path

import pytest

from storyline.errors import QueryError
from storyline.read import article_from_text
from storyline.record import Record
from storyline.store import MIGRATIONS, Store, country_codes, export_tables, ingest
from test_store import make_record


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "s18.db") as s:
        s.add(make_record())
        yield s


# --- countries by name or code ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "codes"),
    [
        ("IRN", ("IR", "IRN")),
        ("ir", ("IR", "IRN")),
        ("Iran", ("IR", "IRN")),
        ("iraq", ("IQ", "IRQ")),
        ("Russia", ("RU", "RUS")),  # not a pycountry name: country_aliases.tsv
        ("UK", ("GB", "GBR")),
        ("Turkey", ("TR", "TUR")),
        ("Kosovo", ("XK", "XKX")),
        ("XKX", ("XK", "XKX")),
        ("United States", ("US", "USA")),
    ],
)
def test_country_codes(given: str, codes: tuple[str, str]) -> None:
    assert country_codes(given) == codes


def test_unknown_country_is_refused() -> None:
    with pytest.raises(QueryError, match="'Narnia' is not a country") as err:
        country_codes("Narnia")
    assert err.value.code == "Q002"


@pytest.mark.parametrize(
    ("country", "n"),
    [
        ("IQ", 1),  # the event's place (alpha-2)
        ("IRQ", 1),  # the same place given as alpha-3: matched nothing before
        ("Iraq", 1),
        ("IRN", 1),  # the target actor (alpha-3)
        ("IR", 1),  # the same actor given as alpha-2: matched nothing before
        ("US", 1),
        ("FR", 0),
    ],
)
def test_event_country_filter_takes_either_code_or_name(store: Store, country: str, n: int) -> None:
    assert len(store.events(country=country)) == n


@pytest.mark.parametrize(("country", "names"), [("Iran", ["Qassem Soleimani"]), ("IR", ["Qassem Soleimani"])])
def test_entity_country_filter(store: Store, country: str, names: list[str]) -> None:
    assert [r["name"] for r in store.entities(country=country)] == names


@pytest.mark.parametrize("country", ["IQ", "IRQ", "Iraq"])
def test_place_country_filter(store: Store, country: str) -> None:
    assert [r["name"] for r in store.places(country=country)] == ["Baghdad"]


# --- types: an unknown one is refused, case does not matter ---------------------------------


@pytest.mark.parametrize(
    ("query", "kwargs", "n"),
    [
        ("events", {"type": "assault"}, 1),
        ("events", {"type": "ASSAULT"}, 1),
        ("events", {"type": "PROTEST"}, 0),
        ("entities", {"type": "person"}, 2),
        ("times", {"type": "date"}, 1),
        ("canonical_events", {"type": "Assault"}, 0),  # nothing merged: a valid type, no rows
    ],
)
def test_known_types_filter(store: Store, query: str, kwargs: dict[str, str], n: int) -> None:
    assert len(getattr(store, query)(**kwargs)) == n


@pytest.mark.parametrize(
    ("query", "value", "listed"),
    [
        ("events", "ASSUALT", "ASSAULT"),
        ("canonical_events", "attack", "ASSAULT"),
        ("entities", "PER", "PERSON"),
        ("times", "TIMEX", "DURATION"),
    ],
)
def test_unknown_type_is_refused(store: Store, query: str, value: str, listed: str) -> None:
    with pytest.raises(QueryError, match=f"{value!r} is not") as err:
        getattr(store, query)(type=value)
    assert err.value.code == "Q001"
    assert listed in str(err.value)


# --- full-text search with no words ----------------------------------------------------------


@pytest.mark.parametrize("text", ['"', "*", "--", "“”", "  "])
@pytest.mark.parametrize("query", ["quotes", "articles"])
def test_search_without_words_is_refused_not_a_crash(store: Store, query: str, text: str) -> None:
    with pytest.raises(QueryError) as err:  # was sqlite3.OperationalError: fts5: syntax error
        getattr(store, query)(text=text)
    assert err.value.code == "Q003"


@pytest.mark.parametrize(("text", "n"), [("monitor", 1), ("monitor*", 1), ('"monitor"', 1), ("Lane's", 0)])
def test_search_with_words_still_works(store: Store, text: str, n: int) -> None:
    assert len(store.quotes(text=text)) == n


# --- ordering ---------------------------------------------------------------------------------


def test_undated_articles_come_last(store: Store) -> None:
    undated = Record(article=article_from_text("Nobody said anything in this short note."))
    assert undated.article.published is None
    store.add(undated)
    dated = make_record().article
    assert [r["id"] for r in store.articles()] == [dated.id, undated.article.id]


# --- a killed ingest: stored, not merged ------------------------------------------------------


def test_ingest_merges_articles_a_killed_run_stored_but_did_not_merge(tmp_path: Path) -> None:
    record = make_record()
    with Store(tmp_path / "k.db") as store:
        store.add(record)  # committed; the process was killed before stories.sync ran
        assert store.unmerged_ids() == [record.article.id]
        report = ingest([record.article], store)  # the resumed run: the article is skipped...
        assert (report.stored, report.skipped) == (0, 1)
        assert store.unmerged_ids() == []  # ...and merged
        rows = store.conn.execute("SELECT article_id FROM story_articles").fetchall()
        assert [r[0] for r in rows] == [record.article.id]
        (event,) = store.canonical_events()
        mentions = store.canonical_mentions(event["id"])
        assert [(m["article_id"], m["event_id"]) for m in mentions] == [(record.article.id, "v1")]
        assert ingest([record.article], store, stories=True).skipped == 1
        assert store.conn.execute("SELECT count(*) FROM story_articles").fetchone()[0] == 1


def test_ingest_without_stories_leaves_them_unmerged(tmp_path: Path) -> None:
    record = make_record()
    with Store(tmp_path / "k.db") as store:
        store.add(record)
        ingest([record.article], store, stories=False)
        assert store.unmerged_ids() == [record.article.id]


# --- JSON columns come back decoded -----------------------------------------------------------


def test_story_and_canonical_json_columns_are_decoded(store: Store) -> None:
    store.merge_stories()
    (story,) = store.stories()
    assert isinstance(story["actors"], list) and isinstance(story["places"], list)
    assert story["places"] == ["Baghdad"]  # as the record names it (test_stories_titles_and_display)
    (event,) = store.canonical_events()
    assert event["conflicts"] is None
    store.conn.execute(
        "UPDATE canonical_events SET conflicts = ?", (json.dumps({"date": {"2020-01-03": []}}),)
    )
    assert store.canonical_events()[0]["conflicts"] == {"date": {"2020-01-03": []}}


# --- the speaker's and cue's offsets ----------------------------------------------------------


QUOTE_OFFSETS = ("speaker_start", "speaker_end", "cue_start", "cue_end")


def test_quote_rows_keep_speaker_and_cue_offsets(store: Store) -> None:
    q = make_record().quotes[0]
    row = store.conn.execute(
        "SELECT speaker_start, speaker_end, cue_start, cue_end FROM quotes WHERE id = 'q1'"
    ).fetchone()
    assert tuple(row) == (q.speaker.start, q.speaker.end, q.cue.start, q.cue.end)


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_quote_export_keeps_speaker_and_cue_offsets(store: Store, tmp_path: Path, fmt: str) -> None:
    export_tables(store, tmp_path / "out", format=fmt)
    path = tmp_path / "out" / f"quotes.{fmt}"
    if fmt == "csv":
        (row,) = list(csv.DictReader(path.open(encoding="utf-8", newline="")))
        got = tuple(int(row[c]) for c in QUOTE_OFFSETS)
    else:
        import pyarrow.parquet as pq

        (row,) = pq.read_table(path).to_pylist()
        got = tuple(row[c] for c in QUOTE_OFFSETS)
    q = make_record().quotes[0]
    assert got == (q.speaker.start, q.speaker.end, q.cue.start, q.cue.end)
    text = make_record().article.text
    assert (text[got[0] : got[1]], text[got[2] : got[3]]) == ("Lane", "said")


def test_migration_fills_offsets_of_quotes_stored_before_it(tmp_path: Path) -> None:
    """A store made at schema 5 (quotes without the offset columns) is migrated on open and
    its quote rows get their offsets from the stored record."""
    path = tmp_path / "old.db"
    record = make_record()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("CREATE TABLE migrations (version INTEGER PRIMARY KEY, name TEXT, applied_at TEXT)")
    for version, name, sql in MIGRATIONS[:5]:
        for statement in sql.split(";"):
            if statement.strip():
                conn.execute(statement)
        conn.execute("INSERT INTO migrations VALUES (?, ?, 'then')", (version, name))
    aid = record.article.id
    conn.execute(
        "INSERT INTO articles (id, text, record, ingested_at) VALUES (?, ?, ?, 'then')",
        (aid, record.article.text, record.to_json()),
    )
    q = record.quotes[0]
    conn.execute(
        'INSERT INTO quotes (article_id, id, start, "end", text, kind) VALUES (?,?,?,?,?,?)',
        (aid, q.id, q.start, q.end, q.text, q.kind),
    )
    conn.close()
    with Store(path) as store:
        assert store.schema_version() == MIGRATIONS[-1][0]  # and the later ones
        row = store.conn.execute(f"SELECT {', '.join(QUOTE_OFFSETS)} FROM quotes").fetchone()
        assert tuple(row) == (q.speaker.start, q.speaker.end, q.cue.start, q.cue.end)


# --- corrections: a speaker given by entity id ------------------------------------------------


@pytest.mark.parametrize(
    ("value", "entity", "text"),
    [
        ("e1", "e1", "Qassem Soleimani"),  # an id: was stored as a speaker named "e1"
        ("Qassem Soleimani", "e1", "Qassem Soleimani"),
        ("qassem soleimani", "e1", "qassem soleimani"),
        ("e9", None, "e9"),  # no such entity: a free-text speaker
    ],
)
def test_speaker_correction_by_entity_id_or_name(
    store: Store, value: str, entity: str | None, text: str
) -> None:
    aid = make_record().article.id
    store.correct(aid, "quotes", "q1", "speaker", value)
    speaker = store.get(aid).quotes[0].speaker
    assert (speaker.entity, speaker.text) == (entity, text)


# --- canonical events and reviewers' corrections ----------------------------------------------


@pytest.fixture
def merged(store: Store) -> Store:
    store.merge_stories()
    return store


@pytest.mark.parametrize(
    ("field", "value", "rows"),
    [
        ("wrong", True, []),  # the only report is wrong: no real-world event left
        ("wrong", False, [("ASSAULT", 1)]),
        ("type", "PROTEST", [("PROTEST", 1)]),
        ("date", "2020-01-02", [("ASSAULT", 1)]),  # the agreed date is not recomputed
    ],
)
def test_canonical_events_follow_event_corrections(
    merged: Store, field: str, value: object, rows: list[tuple[str, int]]
) -> None:
    assert [(e["type"], e["mentions"]) for e in merged.canonical_events()] == [("ASSAULT", 1)]
    merged.correct(make_record().article.id, "events", "v1", field, value)
    assert [(e["type"], e["mentions"]) for e in merged.canonical_events()] == rows


def test_canonical_type_filter_uses_the_corrected_type(merged: Store) -> None:
    merged.correct(make_record().article.id, "events", "v1", "type", "PROTEST")
    assert len(merged.canonical_events(type="PROTEST")) == 1
    assert merged.canonical_events(type="ASSAULT") == []
    merged.uncorrect(make_record().article.id, "events", "v1", "type")
    assert [e["type"] for e in merged.canonical_events(type="ASSAULT")] == ["ASSAULT"]


def test_removing_an_article_drops_the_canonical_events_only_it_reported(merged: Store) -> None:
    assert merged.remove(make_record().article.id) is True
    assert merged.canonical_events() == []
    assert merged.conn.execute("SELECT count(*) FROM canonical_events").fetchone()[0] == 0
