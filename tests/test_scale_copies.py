"""Copies on the scale-out path: `storyline run` then `storyline load` keep the other inputs of
an article's text (a wire copy printed by several outlets, a file saved twice) as `ingest` keeps
them: one article, each copy's input, URL and publisher in `article_copies`, one more source each
in the canonical events' `n_sources`. A killed run or load resumes without duplicates, and an
input whose text the pipeline fails on is an error, copies of it too, without dropping the copies
of other articles. The Ray actor's code runs in process here on an invented pipeline; one test
runs a real local Ray instance with the real pipeline."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest
from click.testing import CliRunner

from conftest import invented_record
from storyline.cli import main
from storyline.record import Article, Record, to_plain
from storyline.scale import (
    SUCCESS,
    TABLES,
    _clear_incomplete,
    _RecordMaker,
    drop_duplicate_articles,
    load_parquet,
    query_parquet,
    run_ray,
    write_table,
)
from storyline.store import Store, ingest

# an invented agency report on a ferry grounding, and an unrelated council vote
FERRY = invented_record(
    [
        "Ferry runs aground off Quillon Point",
        "The Strand Ferry Company said its vessel Marisol ran aground off Quillon Point on Sunday "
        "with 64 passengers aboard, and a coastguard cutter took them off by noon.",
    ],
    "2034-07-02",
    [("ran aground", "ACCIDENT", "Strand Ferry Company")],
)
VOTE = invented_record(
    ["The Dunmere council voted on Monday to close the Ashby library, the Dunmere council said."],
    "2034-07-03",
    [("voted", "CONSULT", "Dunmere council")],
)
# a text the invented pipeline fails on
BROKEN = invented_record(
    ["The Pellam board met on Tuesday."], "2034-07-04", [("met", "CONSULT", "Pellam board")]
)

OUTLETS = {  # source -> (publisher, url) of the ferry report's copies
    # the same text, no URL or publisher, as the first input: the same page saved twice, no source
    "/in/b-harbour.txt": (None, None),
    "/in/feed.jsonl:1": ("Quillon Times", "https://quillontimes.example/ferry"),
    "/in/feed.jsonl:2": ("Coast Radio", "https://coastradio.example/n/88"),
    "/in/feed.jsonl:3": ("Strand Echo", "https://strandecho.example/2034/ferry"),
    "/in/e-broken-again.txt": ("Pellam Gazette", None),
}


class _Pipeline:
    """Gives each article its prepared record, with the article as read (its URL, publisher);
    fails on BROKEN's text as a stage would."""

    def __init__(self) -> None:
        self.records = {r.article.id: r for r in (FERRY, VOTE, BROKEN)}
        self.cpu_timings: dict[str, float] = {}

    def process_articles(self, articles: list[Article], *, batch_size: int = 16) -> Iterator[Record]:
        for a in articles:
            if a.id == BROKEN.article.id:
                raise ValueError("stage broke")
            yield dataclasses.replace(self.records[a.id], article=a)


def _article(record: Record, source: str) -> Article:
    publisher, url = OUTLETS.get(source, (None, None))
    return dataclasses.replace(record.article, publisher=publisher, url=url)


# the inputs in the order given: the ferry report first from a.txt, then its four copies
INPUTS: list[tuple[str, Record]] = [
    ("/in/a-ferry.txt", FERRY),
    ("/in/b-harbour.txt", FERRY),
    ("/in/c-vote.txt", VOTE),
    ("/in/d-broken.txt", BROKEN),
    ("/in/e-broken-again.txt", BROKEN),
    ("/in/feed.jsonl:1", FERRY),
    ("/in/feed.jsonl:2", FERRY),
    ("/in/feed.jsonl:3", FERRY),
]
FILES = [
    "/in/a-ferry.txt",
    "/in/b-harbour.txt",
    "/in/c-vote.txt",
    "/in/d-broken.txt",
    "/in/e-broken-again.txt",
    "/in/feed.jsonl",
]


def _row(source: str, record: Record) -> dict[str, Any]:
    article = json.dumps(to_plain(_article(record, source)))
    return {"source": source, "article": article, "code": None, "reason": None, "warning": None}


def _maker(out: Path, present: frozenset[str] = frozenset()) -> _RecordMaker:
    maker = object.__new__(_RecordMaker)  # the actor's code without Ray
    maker.pipeline, maker.batch_size, maker.output = _Pipeline(), 16, str(out)
    maker.present, maker.files = present, tuple(FILES)
    return maker


def _run(out: Path, batches: list[list[int]], present: frozenset[str] = frozenset()) -> list[dict]:
    """What run_ray does with the actor's batches (INPUTS by index), without Ray."""
    log: list[dict] = []
    for batch in batches:
        rows = [_row(*INPUTS[i]) for i in batch]
        schema = pa.schema([(k, pa.string()) for k in ("source", "article", "code", "reason", "warning")])
        log += _maker(out, present)(pa.Table.from_pylist(rows, schema=schema)).to_pylist()
    drop_duplicate_articles(out, FILES)
    for name in TABLES:
        if not (out / name).is_dir() or not any((out / name).glob("*.parquet")):
            write_table(str(out), name, [], "empty")
    (out / SUCCESS).write_text("{}\n")
    return log


def _state(store: Store) -> dict[str, Any]:
    c = store.conn
    return {
        "articles": [
            tuple(r) for r in c.execute("SELECT id, source, publisher, url FROM articles ORDER BY id")
        ],
        "copies": sorted(
            tuple(r)
            for r in c.execute(
                "SELECT article_id, source, url, publisher, headline, published FROM article_copies"
            )
        ),
        "canonical": sorted(
            tuple(r) for r in c.execute("SELECT n_mentions, n_sources, n_articles FROM canonical_events")
        ),
        "errors": sorted(tuple(r) for r in c.execute("SELECT source, code, reason FROM errors")),
    }


def _ingested(path: Path) -> dict[str, Any]:
    with Store(path) as store:
        report = ingest([(s, _article(r, s)) for s, r in INPUTS], store, pipeline=_Pipeline(), batch_size=3)
        assert (report.stored, report.copies, report.failed) == (2, 3, 2)
        return _state(store)


REASON = "pipeline failed: ValueError: stage broke"
EXPECTED = {
    "articles": sorted(
        [(FERRY.article.id, "/in/a-ferry.txt", None, None), (VOTE.article.id, "/in/c-vote.txt", None, None)]
    ),
    "copies": sorted(
        (FERRY.article.id, s, url, publisher, FERRY.article.headline, "2034-07-02")
        for s, (publisher, url) in OUTLETS.items()
        if publisher and "broken" not in s
    ),
    # the ferry report: one mention, four sources (the article's input has no publisher: its id
    # counts), the vote one and one
    "canonical": [(1, 1, 1), (1, 4, 1)],
    "errors": [("/in/d-broken.txt", "P001", REASON), ("/in/e-broken-again.txt", "P001", REASON)],
}


def test_ingest_keeps_the_expected_copies_and_errors(tmp_path: Path) -> None:
    """The yardstick the Ray path is held to."""
    assert _ingested(tmp_path / "i.db") == EXPECTED


@pytest.mark.parametrize(
    "batches",
    [
        [[0, 1, 2, 3, 4, 5, 6, 7]],  # one batch
        [[5, 1, 0], [6, 2, 3], [7, 4]],  # a copy before its first input, copies in other batches
        [[7], [6], [5], [4], [3], [2], [1], [0]],  # one input a batch, the first input last
    ],
    ids=["one-batch", "mixed", "one-per-batch-reversed"],
)
def test_run_then_load_keeps_the_copies_as_ingest_does(tmp_path: Path, batches: list[list[int]]) -> None:
    out = tmp_path / "out"
    log = _run(out, batches)
    kinds = sorted(r["kind"] for r in log)
    assert kinds.count("error") == 2 and kinds.count("duplicate") + kinds.count("record") == 6
    copies = query_parquet(out, "SELECT source, publisher FROM article_copies ORDER BY source")
    assert [(r["source"], r["publisher"]) for r in copies] == [
        (s, p) for s, (p, _u) in OUTLETS.items() if "broken" not in s
    ]
    assert query_parquet(out, "SELECT source FROM articles ORDER BY source") == [
        {"source": "/in/a-ferry.txt"},
        {"source": "/in/c-vote.txt"},
    ]
    with Store(tmp_path / "r.db") as store:
        assert load_parquet(out, store) == {"stored": 2, "skipped": 0, "copies": 3, "errors": 2}
        store.merge_stories()
        assert _state(store) == EXPECTED
        # a killed load run again (or the same output loaded twice): nothing doubles
        assert load_parquet(out, store) == {"stored": 0, "skipped": 2, "copies": 0, "errors": 2}
        store.merge_stories()
        assert _state(store) == EXPECTED


def test_a_failure_in_a_batch_keeps_the_other_articles_copies(tmp_path: Path) -> None:
    out = tmp_path / "out"
    log = _run(out, [[0, 3, 1, 4, 5]])
    assert [(r["kind"], r["source"]) for r in log] == [
        ("record", "/in/a-ferry.txt"),
        ("error", "/in/d-broken.txt"),
        ("duplicate", "/in/b-harbour.txt"),
        ("error", "/in/e-broken-again.txt"),
        ("duplicate", "/in/feed.jsonl:1"),
    ]
    rows = query_parquet(out, "SELECT source, code, reason, article_id FROM errors ORDER BY source")
    assert rows == [
        {"source": s, "code": "P001", "reason": REASON, "article_id": BROKEN.article.id}
        for s in ("/in/d-broken.txt", "/in/e-broken-again.txt")
    ]
    assert [r["source"] for r in query_parquet(out, "SELECT source FROM article_copies ORDER BY 1")] == [
        "/in/b-harbour.txt",
        "/in/feed.jsonl:1",
    ]


def test_ingest_fails_a_copy_of_a_text_the_pipeline_fails_on(tmp_path: Path) -> None:
    """It was counted as skipped "already present", though nothing was stored, and listed nowhere."""
    with Store(tmp_path / "s.db") as store:
        items = [(s, _article(r, s)) for s, r in INPUTS[2:5]]
        report = ingest(items, store, pipeline=_Pipeline())
        assert (report.stored, report.skipped, report.failed) == (1, 0, 2)
        assert [e.source for e in report.errors] == ["/in/d-broken.txt", "/in/e-broken-again.txt"]
        assert _state(store)["errors"] == EXPECTED["errors"]


def test_a_copy_stored_later_clears_its_error(tmp_path: Path) -> None:
    """The next ingest, with the stage fixed, stores the text and keeps the other input as its copy;
    an input that brings no source of its own (the same page saved again) is present, not failed."""
    fixed = _Pipeline()
    fixed.process_articles = lambda articles, batch_size=16: (  # type: ignore[method-assign]
        dataclasses.replace(BROKEN, article=a) for a in articles
    )
    with Store(tmp_path / "s.db") as store:
        items = [(s, _article(r, s)) for s, r in [*INPUTS[3:5], ("/in/f-broken-saved.txt", BROKEN)]]
        assert ingest(items, store, pipeline=_Pipeline()).failed == 3
        report = ingest(items, store, pipeline=fixed)
        assert (report.stored, report.skipped, report.copies, report.failed) == (1, 2, 1, 0)
        assert _state(store)["errors"] == []
        assert [c["source"] for c in store.copies(BROKEN.article.id)] == ["/in/e-broken-again.txt"]


def test_resume_keeps_the_copies_of_complete_batches_and_redoes_cut_ones(tmp_path: Path) -> None:
    out = tmp_path / "out"
    _run(out, [[0, 1], [2, 5], [6, 7]])
    keys = {f.name for f in (out / "article_copies").glob("part-*.parquet")}
    assert len(keys) == 3
    # killed while writing the last batch: its articles file (written last) is missing
    cut = sorted(
        (f for f in (out / "article_copies").glob("part-*.parquet")),
        key=lambda f: len(query_parquet(out, f"SELECT * FROM read_parquet('{f}')")),
    )[-1]
    (out / "articles" / cut.name).unlink()
    present, done = _clear_incomplete(out)
    assert present == {FERRY.article.id: ["/in/a-ferry.txt"], VOTE.article.id: ["/in/c-vote.txt"]}
    assert done == {"/in/a-ferry.txt", "/in/b-harbour.txt", "/in/c-vote.txt", "/in/feed.jsonl:1"}
    assert not cut.exists()
    # the resumed run reads the inputs not done: a copy of an article already in the output
    log = _run(out, [[6, 7]], present=frozenset(present))
    assert [r["kind"] for r in log] == ["duplicate", "duplicate"]
    with Store(tmp_path / "r.db") as store:
        load_parquet(out, store)
        store.merge_stories()
        got = _state(store)
    assert got["copies"] == EXPECTED["copies"]
    assert got["canonical"] == EXPECTED["canonical"]


def test_resume_of_an_output_without_copies_keeps_them_without_ray(tmp_path: Path, ray_refused: type) -> None:
    """An output written before copies were kept: the copy's input is read (not processed) and
    kept as a copy, without starting Ray."""
    folder = tmp_path / "in"
    folder.mkdir()
    text = VOTE.article.text
    (folder / "a.txt").write_text(text + "\n", encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        json.dumps({"text": text, "url": "https://coastradio.example/n/88", "publisher": "Coast Radio"})
        + "\n",
        encoding="utf-8",
    )
    from storyline.read import read_sources
    from storyline.scale import record_rows

    first = str((folder / "a.txt").resolve())
    (_source, article), *_ = read_sources([first])
    out = tmp_path / "out"
    for name, rows in record_rows(Record(article=article), source=first).items():
        write_table(str(out), name, rows, "b0")
    for name in TABLES[:-1]:  # no article_copies folder: the copy was dropped
        if not (out / name).is_dir():
            write_table(str(out), name, [], "empty")
    summary = run_ray([folder], out, resume=True)
    assert (summary["nothing_to_do"], summary["present"], summary["records"], summary["duplicates"]) == (
        True,
        1,
        0,
        1,
    )
    feed = f"{(folder / 'feed.jsonl').resolve()}:1"
    rows = query_parquet(out, "SELECT article_id, source, publisher FROM article_copies")
    assert rows == [{"article_id": article.id, "source": feed, "publisher": "Coast Radio"}]
    again = run_ray([folder], out, resume=True)  # the copy is done now: nothing more
    assert (again["nothing_to_do"], again["duplicates"]) == (True, 0)
    assert len(query_parquet(out, "SELECT * FROM article_copies")) == 1
    result = CliRunner().invoke(main, ["load", str(out), "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 0, result.output
    assert (
        result.output
        == f"{tmp_path / 's.db'}: 1 stored, 0 skipped, 1 kept as copies from other sources, 0 errors\n"
    )


# --- the real thing: a local Ray instance and the real pipeline -----------------------------


WIRE = (
    "Fishermen blockaded the port of Varrow on Thursday to protest new quotas, the Varrow harbour "
    "master said. About 40 boats took part in the blockade."
)


@pytest.mark.slow  # a real local Ray instance, twice: 1-3 min on the shared 2-core machine
def test_ray_run_and_load_keep_copies_and_resume_without_duplicates(pipeline, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a-wire.txt").write_text(WIRE + "\n", encoding="utf-8")
    (folder / "b-saved.txt").write_text(WIRE + "\n", encoding="utf-8")
    (folder / "c-other.txt").write_text(
        "The Dunmere council voted on Monday to close the Ashby library, the mayor said.\n", encoding="utf-8"
    )
    (folder / "d-empty.txt").write_text("", encoding="utf-8")
    (folder / "feed.jsonl").write_text(
        "".join(
            json.dumps({"text": WIRE, "url": url, "publisher": pub}) + "\n"
            for pub, url in (
                ("Varrow Post", "https://varrowpost.example/1"),
                ("Coast Radio", "https://coast.example/2"),
            )
        ),
        encoding="utf-8",
    )
    from storyline.read import read_sources

    with Store(tmp_path / "ingest.db") as store:
        report = ingest(read_sources([folder]), store, pipeline=pipeline)
        # b-saved.txt, the same text with no URL or publisher of its own, brings no source
        assert (report.stored, report.copies, report.failed) == (2, 2, 1)
        expected = _state(store)
    assert len(expected["copies"]) == 2 and 3 in {n_sources for _m, n_sources, _a in expected["canonical"]}

    out = tmp_path / "out"
    summary = run_ray([folder], out, workers=2, batch_size=1, num_cpus=2, object_store_mb=128)
    assert (summary["records"], summary["duplicates"], summary["errors"]) == (2, 3, 1)
    with Store(tmp_path / "ray.db") as store:
        assert load_parquet(out, store)["copies"] == 2
        store.merge_stories()
        assert _state(store) == expected
        assert load_parquet(out, store)["copies"] == 0  # loaded again: nothing doubles
        store.merge_stories()
        assert _state(store) == expected

    # killed: the batches of the first input and of a copy never finished
    for source in (str((folder / "a-wire.txt").resolve()), f"{(folder / 'feed.jsonl').resolve()}:2"):
        for table in ("articles", "article_copies"):
            for f in sorted((out / table).glob("part-*.parquet")):
                if query_parquet(out, f"SELECT 1 FROM read_parquet('{f}') WHERE source = '{source}'"):
                    (out / "articles" / f.name).unlink(missing_ok=True)
    (out / SUCCESS).unlink()
    resumed = run_ray([folder], out, workers=2, batch_size=1, num_cpus=2, object_store_mb=128, resume=True)
    assert resumed["records"] + resumed["duplicates"] == 2
    with Store(tmp_path / "resumed.db") as store:
        assert load_parquet(out, store)["copies"] == 2
        store.merge_stories()
        assert _state(store) == expected
