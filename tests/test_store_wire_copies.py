"""A text printed word for word by several publishers (a wire copy) is one article with several
sources: each copy's input, URL and publisher are kept (``Store.add_copy``, table
``article_copies``) and count in the canonical events' ``n_sources``, while the article and
its events are counted once."""

from __future__ import annotations

import csv
import dataclasses
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import RecordsPipeline, invented_record
from storyline import store as store_module
from storyline.cli import main
from storyline.record import Article, Record
from storyline.store import SCHEMA_VERSION, Store, export_tables, ingest

# an invented agency report on a dam breach, printed by five outlets
DAM = [
    "Farmers evacuated after Tollbeck dam gives way",
    "The Tollbeck Water Board evacuated three hamlets below the Tollbeck reservoir on Tuesday after "
    "a section of its earth dam gave way in heavy rain, the board said.",
    "Engineers of the Tollbeck Water Board were lowering the reservoir through the spillway, and the "
    "county closed the valley road between Marrow Cross and Hensby until further notice.",
]
OUTLETS = [
    ("Hensby Courier", "https://hensby-courier.example/dam"),
    ("Valley Post", "https://valleypost.example/news/1234"),
    ("The Marrow Gazette", "https://marrowgazette.example/a/dam-breach"),
    ("Northern Wire", "https://northernwire.example/2033/05/dam"),
    ("County Radio", "https://countyradio.example/story?id=77"),
]


def _record() -> Record:
    rec = invented_record(DAM, "2033-05-10", [("evacuated", "COERCE", "Tollbeck Water Board")])
    publisher, url = OUTLETS[0]
    return dataclasses.replace(rec, article=dataclasses.replace(rec.article, publisher=publisher, url=url))


RECORD = _record()


def _inputs(outlets: list[tuple[str, str]]) -> list[tuple[str, Article]]:
    """(source, article) pairs as read_sources yields them: one per outlet, the same text."""
    return [(url, dataclasses.replace(RECORD.article, publisher=pub, url=url)) for pub, url in outlets]


def _state(store: Store) -> tuple[int, list[tuple[str, str]], list[tuple[int, int, int]]]:
    c = store.conn
    articles = c.execute("SELECT count(*) FROM articles").fetchone()[0]
    copies = [(r["publisher"], r["url"]) for r in store.copies(RECORD.article.id)]
    canon = [tuple(r) for r in c.execute("SELECT n_mentions, n_sources, n_articles FROM canonical_events")]
    return articles, copies, canon


FIVE = (1, [(p, u) for p, u in OUTLETS[1:]], [(1, 5, 1)])


@pytest.mark.parametrize("batch_size", [16, 1], ids=["one-batch", "one-per-batch"])
def test_five_outlets_are_one_article_and_five_sources(tmp_path: Path, batch_size: int) -> None:
    with Store(tmp_path / "s.db") as store:
        report = ingest(_inputs(OUTLETS), store, pipeline=RecordsPipeline([RECORD]), batch_size=batch_size)
        assert (report.stored, report.skipped, report.copies) == (1, 4, 4)
        assert _state(store) == FIVE
        row = store.canonical_events()[0]
        assert (row["mentions"], row["sources"], row["articles"]) == (1, 5, 1)
        # the very same inputs again: nothing changes
        again = ingest(_inputs(OUTLETS), store, pipeline=RecordsPipeline([RECORD]))
        assert (again.stored, again.skipped, again.copies) == (0, 5, 0)
        assert _state(store) == FIVE


def test_copies_arriving_in_later_ingests_count_as_sources(tmp_path: Path) -> None:
    """An ingest stopped after three outlets, then run again over all five (a resume)."""
    with Store(tmp_path / "s.db") as store:
        first = ingest(_inputs(OUTLETS[:3]), store, pipeline=RecordsPipeline([RECORD]))
        assert (first.stored, first.copies) == (1, 2)
        assert _state(store)[2] == [(1, 3, 1)]
        rest = ingest(_inputs(OUTLETS), store, pipeline=RecordsPipeline([RECORD]))
        assert (rest.stored, rest.skipped, rest.copies) == (0, 5, 2)
        assert _state(store) == FIVE


def test_same_url_from_another_input_is_no_new_copy(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        ingest(_inputs(OUTLETS[:1]), store, pipeline=RecordsPipeline([RECORD]))
        saved = dataclasses.replace(RECORD.article)  # the first outlet's page, saved to a file
        assert store.add_copy(saved, source="saved/dam.html") is False
        assert store.add_copy(saved, source=OUTLETS[0][1]) is False
        other = dataclasses.replace(RECORD.article, publisher="Valley Post", url=OUTLETS[1][1])
        assert store.add_copy(other, source=OUTLETS[1][1]) is True
        assert store.add_copy(other, source=OUTLETS[1][1]) is False
        assert _state(store)[2] == [(1, 2, 1)]


def test_a_saved_page_of_a_known_publisher_is_no_new_copy(tmp_path: Path) -> None:
    """A copy must bring a URL or a publisher the article and its copies lack: the first outlet's
    text saved to a file (its publisher found in the text, no URL) is the same report again."""
    with Store(tmp_path / "s.db") as store:
        ingest(_inputs(OUTLETS[:2]), store, pipeline=RecordsPipeline([RECORD]))
        for publisher, url, source, new in [
            (OUTLETS[0][0], None, "saved/dam.txt", False),  # the stored article's publisher
            (OUTLETS[1][0], None, "saved/dam-2.txt", False),  # a copy's publisher
            (None, None, "saved/dam-3.txt", False),  # neither
            (OUTLETS[0][0], "https://hensby-courier.example/amp/dam", "amp.html", True),  # another page
            (None, OUTLETS[2][1], "saved/dam-4.txt", True),  # an outlet's URL, no publisher read
        ]:
            copy = dataclasses.replace(RECORD.article, publisher=publisher, url=url)
            assert store.add_copy(copy, source=source) is new, source
        # sources: Hensby (its other page too), Valley Post, and the page known by its URL alone
        assert _state(store)[2] == [(1, 3, 1)]


def test_copies_are_exported_and_shown(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest(_inputs(OUTLETS), store, pipeline=RecordsPipeline([RECORD]))
        counts = export_tables(store, tmp_path / "out")
    assert counts["article_copies"] == 4
    with (tmp_path / "out" / "article_copies.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [(r["article_id"], r["publisher"], r["url"]) for r in rows] == [
        (RECORD.article.id, p, u) for p, u in OUTLETS[1:]
    ]
    with (tmp_path / "out" / "canonical_events.csv").open(encoding="utf-8") as fh:
        assert [r["n_sources"] for r in csv.DictReader(fh)] == ["5"]
    shown = CliRunner().invoke(main, ["show", RECORD.article.id[:8], "--db", str(db)])
    assert shown.exit_code == 0, shown.output
    assert "copies of this text from other sources (4):" in shown.output
    assert "  County Radio  https://countyradio.example/story?id=77  (2033-05-10)" in shown.output


def test_api_article_lists_its_copies(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from storyline.web.app import create_app

    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest(_inputs(OUTLETS[:2]), store, pipeline=RecordsPipeline([RECORD]))
    with TestClient(create_app(db)) as c:
        got = c.get(f"/api/articles/{RECORD.article.id}").json()["copies"]
    assert [(r["publisher"], r["url"], r["source"]) for r in got] == [
        ("Valley Post", OUTLETS[1][1], OUTLETS[1][1])
    ]


def test_a_store_made_before_copies_opens_and_takes_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "old.db"
    monkeypatch.setattr(store_module, "MIGRATIONS", store_module.MIGRATIONS[:9])
    with Store(path) as store:
        ingest(_inputs(OUTLETS[:1]), store, pipeline=RecordsPipeline([RECORD]))
        assert store.schema_version() == 9
    with Store(path, readonly=True) as store:  # read-only, not migrated: no copies, no failure
        assert store.copies(RECORD.article.id) == []
        with pytest.raises(sqlite3.OperationalError):
            store.conn.execute("SELECT * FROM article_copies")
    monkeypatch.undo()
    with Store(path) as store:
        assert store.schema_version() == SCHEMA_VERSION
        report = ingest(_inputs(OUTLETS), store, pipeline=RecordsPipeline([RECORD]))
        assert (report.stored, report.copies) == (0, 4)
        assert _state(store) == FIVE


def test_api_post_of_a_stored_text_from_another_url_is_a_copy(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from storyline.web.app import create_app

    db = tmp_path / "s.db"
    with Store(db) as store:
        ingest(_inputs(OUTLETS[:1]), store, pipeline=RecordsPipeline([RECORD]))
    auth = {"Authorization": "Bearer t0ken"}
    with TestClient(create_app(db, token="t0ken")) as c:
        body = {"text": RECORD.article.text, "url": OUTLETS[2][1]}
        first = c.post("/api/articles", json=body, headers=auth)
        assert (first.status_code, first.json()) == (
            200,
            {"id": RECORD.article.id, "stored": False, "copy": True},
        )
        again = c.post("/api/articles", json=body, headers=auth)
        assert (again.status_code, again.json()) == (200, {"id": RECORD.article.id, "stored": False})
        got = c.get(f"/api/articles/{RECORD.article.id}").json()["copies"]
    assert [(r["url"], r["source"]) for r in got] == [(OUTLETS[2][1], OUTLETS[2][1])]


def test_reprocessing_keeps_one_article_and_every_source(tmp_path: Path) -> None:
    """Re-processed from the inputs in another order: the article is stored from the first input
    read, and the other four (the old first one among them) are its copies."""
    with Store(tmp_path / "s.db") as store:
        ingest(_inputs(OUTLETS), store, pipeline=RecordsPipeline([RECORD]))
        last = OUTLETS[-1]
        again = dataclasses.replace(
            RECORD, article=dataclasses.replace(RECORD.article, publisher=last[0], url=last[1])
        )
        report = ingest(_inputs(OUTLETS[::-1]), store, pipeline=RecordsPipeline([again]), reprocess=True)
        assert (report.reprocessed, report.copies) == (1, 0)
        assert [tuple(r) for r in store.conn.execute("SELECT source, publisher FROM articles")] == [
            (last[1], last[0])
        ]
        assert sorted(_state(store)[1]) == sorted(OUTLETS[:-1])
        assert _state(store)[2] == [(1, 5, 1)]
