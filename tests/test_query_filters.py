"""Query filters as a user types them.

1. Name filters find a name however it is typed: case and accents aside ("Wojcik", "WÓJCIK" and
   "wójcik" find "Zbigniew Wójcik"), in the CLI, the API and the store, for speakers, actors,
   entities, places and stories (SQLite's LIKE folds the case of ASCII letters only).
2. A date range that ends before it starts could match nothing: an error that says so.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import RecordsPipeline, invented_record
from storyline import cli
from storyline.record import Quote, Record, Speaker
from storyline.store import QueryError, Store, fold, ingest

# invented: a harbour master and a mayor with accented names
PARAGRAPHS = [
    "Harbour closed at Świnoujście",
    "The Świnoujście Harbour Office closed the ferry berths on Monday.",
    "“The wind is too strong,” said Bożena Łukasiewicz, the harbour master.",
    "Mayor Håkon Ørsted-Müller asked ferry companies to refund tickets.",
]


def _record() -> Record:
    record = invented_record(
        PARAGRAPHS,
        "2031-10-06",
        [("closed", "COERCE", "Świnoujście Harbour Office"), ("asked", "REQUEST", "Håkon Ørsted-Müller")],
    )
    text = record.article.text
    said = "The wind is too strong,"
    who = "Bożena Łukasiewicz"
    q = Quote(
        text.index(said),
        text.index(said) + len(said),
        said,
        id="q1",
        kind="direct",
        speaker=Speaker(None, who, text.index(who), text.index(who) + len(who)),
    )
    return dataclasses.replace(record, quotes=(q,))


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("names") / "s.db"
    record = _record()
    with Store(path) as store:
        ingest([record.article], store, pipeline=RecordsPipeline([record]))
    return path


@pytest.mark.parametrize(
    ("value", "folded"),
    [
        ("Wójcik", "wojcik"),
        ("ŁUKASIEWICZ", "lukasiewicz"),
        ("Ørsted-Müller", "orsted-muller"),
        ("Straße", "strasse"),
    ],
)
def test_fold(value: str, folded: str) -> None:
    assert fold(value) == folded


@pytest.mark.parametrize("needle", ["Łukasiewicz", "lukasiewicz", "LUKASIEWICZ", "łukasiewicz", "Bozena"])
def test_quotes_by_speaker(db: Path, needle: str) -> None:
    with Store(db, readonly=True) as store:
        assert [q["text"] for q in store.quotes(speaker=needle)] == ["The wind is too strong,"]
        assert store.quotes(speaker="Lukasiewiczowa") == []


@pytest.mark.parametrize(
    ("args", "key", "expected"),
    [
        (["events", "--actor", "orsted"], "type", ["REQUEST"]),
        (["events", "--actor", "SWINOUJSCIE"], "type", ["COERCE"]),
        (["events", "--canonical", "--actor", "ørsted-muller"], "type", ["REQUEST"]),
        (["entities", "--name", "swinoujscie harbour"], "name", ["Świnoujście Harbour Office"]),
        (["quotes", "--speaker", "bozena"], "speaker", ["Bożena Łukasiewicz"]),
        (["stories", "--text", "swinoujscie"], "title", ["Harbour closed at Świnoujście"]),
    ],
)
def test_cli_name_filters(db: Path, args: list[str], key: str, expected: list[str]) -> None:
    out = CliRunner().invoke(cli.main, ["query", *args, "--json", "--db", str(db)])
    assert out.exit_code == 0, out.output
    assert [r[key] for r in json.loads(out.output)] == expected


# --- 2. date ranges ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("since", "until", "error"),
    [
        ("2031-10-07", "2031-10-05", True),
        ("2032", "2031", True),
        ("2031-11", "2031-10-31", True),
        ("2031-10-06", "2031-10", False),  # a vague bound covers its month
        ("2031-10", "2031-10-06", False),
        ("2031-10-06", "2031-10-06", False),
    ],
)
def test_a_range_ending_before_it_starts_is_an_error(db: Path, since: str, until: str, error: bool) -> None:
    with Store(db, readonly=True) as store:
        for query in (store.events, store.quotes, store.stories, store.canonical_events, store.articles):
            if error:
                with pytest.raises(QueryError, match=f"since {since} is after until {until}"):
                    query(since=since, until=until)
            else:
                query(since=since, until=until)
    out = CliRunner().invoke(
        cli.main, ["query", "stories", "--since", since, "--until", until, "--db", str(db)]
    )
    assert out.exit_code == (1 if error else 0)


# --- 3. articles latest first ----------------------------------------------------------------------


def test_articles_are_listed_latest_first(tmp_path: Path) -> None:
    """A growing store's first page holds its latest articles (the CLI, the API and the web page's
    list), the undated ones last."""
    records = [
        invented_record(
            ["Grain silo fire in Oderlund", f"A silo burned in Oderlund on day {day}."], published, []
        )
        for day, published in ((1, "2031-10-06"), (2, "2031-10-08"), (3, None), (4, "2031-10-07"))
    ]
    with Store(tmp_path / "s.db") as store:
        ingest([r.article for r in records], store, pipeline=RecordsPipeline(records))
        assert [a["published"] for a in store.articles()] == ["2031-10-08", "2031-10-07", "2031-10-06", None]
        assert [a["published"] for a in store.articles(limit=1)] == ["2031-10-08"]
