"""The order of a run's inputs on the scale-out path (`storyline run`, `--resume`, `load`): the
input given first of a text is its article and the others its copies, in input order, whatever
order Ray's batches finish in and even when a killed run wrote a later input first; `load` adds
the copies in the order the inputs were given (kept in the output's `_inputs.json`), as `ingest`
meets them, so that the same copies are kept (one bringing nothing new after another is not)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa
import pytest

from conftest import RecordsPipeline, invented_record
from storyline.read import article_from_text, read_sources
from storyline.record import Record, to_plain
from storyline.scale import (
    INPUTS,
    SUCCESS,
    TABLES,
    _inputs_left,
    _RecordMaker,
    copy_row,
    load_parquet,
    query_parquet,
    record_rows,
    run_inputs,
    run_ray,
    write_table,
)
from storyline.store import Store, ingest

# an invented agency report, and another
QUARRY = invented_record(
    ["Workers at the Brenlow quarry walked out on Wednesday over unpaid wages, their union said."],
    "2035-05-09",
    [("walked out", "PROTEST", "Brenlow quarry")],
)
BRIDGE = invented_record(
    ["The Ostvik council shut the old rail bridge on Thursday after engineers found cracks."],
    "2035-05-10",
    [("shut", "RESTRICT", "Ostvik council")],
)


def _maker(out: Path, present: dict[str, str | None], files: tuple[str, ...]) -> _RecordMaker:
    maker = object.__new__(_RecordMaker)  # the actor's code without Ray
    maker.pipeline = RecordsPipeline([QUARRY, BRIDGE])
    maker.pipeline.cpu_timings = {}  # type: ignore[attr-defined]
    maker.batch_size, maker.output, maker.present, maker.files = 16, str(out), present, files
    return maker


def _rows(*items: tuple[str, Record]) -> pa.Table:
    schema = pa.schema([(k, pa.string()) for k in ("source", "article", "code", "reason", "warning")])
    rows = [
        {
            "source": s,
            "article": json.dumps(to_plain(r.article)),
            "code": None,
            "reason": None,
            "warning": None,
        }
        for s, r in items
    ]
    return pa.Table.from_pylist(rows, schema=schema)


@pytest.mark.parametrize(
    ("written_from", "kind"),
    [
        ("/in/c.txt", "record"),  # written from a later input: this earlier one is its article
        ("/in/a.txt", "duplicate"),  # written from an earlier input: this one is a copy
        (None, "duplicate"),  # the input it was written from is not known: it stays the article
    ],
)
def test_the_actor_processes_an_input_given_before_the_one_an_article_was_written_from(
    tmp_path: Path, written_from: str | None, kind: str
) -> None:
    files = ("/in/a.txt", "/in/b.txt", "/in/c.txt")
    maker = _maker(tmp_path, {QUARRY.article.id: written_from}, files)
    log = maker(_rows(("/in/b.txt", QUARRY), ("/in/a.txt", BRIDGE))).to_pylist()
    assert [(r["kind"], r["source"]) for r in log] == [
        (kind, "/in/b.txt"),
        ("record", "/in/a.txt"),
    ]


def test_a_resume_reads_an_earlier_input_of_a_text_written_from_a_later_one(tmp_path: Path) -> None:
    """Every input is in the output but the first of a text, which a killed run had not reached:
    that input is left to process (it is the article), not kept as a copy without Ray."""
    first, later = tmp_path / "first.txt", tmp_path / "later.txt"
    for f in (first, later):
        f.write_text(QUARRY.article.text + "\n", encoding="utf-8")
    files = [str(first), str(later)]
    aid = article_from_text(QUARRY.article.text + "\n").id
    copies: list[dict[str, Any]] = []
    left = _inputs_left(files, {str(later)}, max_bytes=1 << 20, present={aid: str(later)}, copies=copies)
    assert (left, copies) == (True, [])
    # the other way round, the later input not done is a copy of the article written from the first
    left = _inputs_left(files, {str(first)}, max_bytes=1 << 20, present={aid: str(first)}, copies=copies)
    assert left is False
    assert [(c["article_id"], c["source"]) for c in copies] == [(aid, str(later))]


def _output(
    out: Path, article: tuple[str, Record], copies: list[tuple[str, Record]], inputs: list[str]
) -> None:
    source, record = article
    for name, rows in record_rows(record, source=source).items():
        write_table(str(out), name, rows, "b1")
    write_table(str(out), "article_copies", [copy_row(to_plain(r.article), s) for s, r in copies], "b1")
    for name in TABLES:
        if not (out / name).is_dir():
            write_table(str(out), name, [], "empty")
    (out / SUCCESS).write_text("{}\n")
    if inputs:
        (out / INPUTS).write_text(json.dumps(inputs) + "\n")


def _outlet(publisher: str, url: str | None = None) -> Record:
    import dataclasses

    return dataclasses.replace(
        QUARRY, article=dataclasses.replace(QUARRY.article, publisher=publisher, url=url)
    )


@pytest.mark.parametrize(
    ("inputs", "kept"),
    [
        # given z first: its publisher is new, then a's URL is new: both kept, as ingest keeps them
        (
            ["/in/article.txt", "/in/z-radio.jsonl", "/in/a-post.jsonl"],
            ["/in/z-radio.jsonl:1", "/in/a-post.jsonl:1"],
        ),
        # given a first: it brings the publisher and the URL, z nothing new after it
        (["/in/article.txt", "/in/a-post.jsonl", "/in/z-radio.jsonl"], ["/in/a-post.jsonl:1"]),
        # an output written before the order was kept: by file name
        ([], ["/in/a-post.jsonl:1"]),
    ],
)
def test_load_adds_the_copies_in_the_order_the_inputs_were_given(
    tmp_path: Path, inputs: list[str], kept: list[str]
) -> None:
    out = tmp_path / "out"
    copies = [
        ("/in/z-radio.jsonl:1", _outlet("Coast Radio")),
        ("/in/a-post.jsonl:1", _outlet("Coast Radio", "https://coast.example/q")),
    ]
    _output(out, ("/in/article.txt", QUARRY), copies, inputs)
    assert run_inputs(out) == inputs
    with Store(tmp_path / "s.db") as store:
        assert load_parquet(out, store)["copies"] == len(kept)
        assert [c["source"] for c in store.copies(QUARRY.article.id)] == kept


# --- the real thing: a local Ray instance and the real pipeline -----------------------------

WIRE = (
    "Dockers at the port of Quenby stopped work on Monday over a new shift system, their union said. "
    "About 300 workers joined the stoppage."
)


@pytest.mark.slow  # a real local Ray instance: about a minute on the shared 2-core machine
def test_a_resumed_run_keeps_the_first_input_as_the_article_and_the_copies_as_ingest(
    pipeline, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    article, radio, post = folder / "wire.txt", folder / "z-radio.jsonl", folder / "a-post.jsonl"
    article.write_text(WIRE + "\n", encoding="utf-8")
    radio.write_text(json.dumps({"text": WIRE, "publisher": "Quenby Radio"}) + "\n", encoding="utf-8")
    post.write_text(
        json.dumps({"text": WIRE, "publisher": "Quenby Radio", "url": "https://quenby.example/dock"}) + "\n",
        encoding="utf-8",
    )
    inputs = [article, radio, post]  # given in this order, not by name
    with Store(tmp_path / "ingest.db") as store:
        report = ingest(read_sources(inputs), store, pipeline=pipeline)
        assert (report.stored, report.copies) == (1, 2)
        (aid,) = [r[0] for r in store.conn.execute("SELECT id FROM articles")]
        expected = {
            "article": store.conn.execute("SELECT source FROM articles").fetchone()[0],
            "copies": [(c["source"], c["publisher"], c["url"]) for c in store.copies(aid)],
        }
    assert expected["article"] == str(article.resolve())

    # a run killed after the batches of the later inputs finished, before the first input's:
    # the radio's line written as the article, the post's as its copy
    out = tmp_path / "out"
    (_s, first_read), *_ = read_sources([radio])
    (record,) = pipeline.process_articles([first_read])
    later = f"{radio.resolve()}:1"
    for name, rows in record_rows(record, source=later).items():
        write_table(str(out), name, rows, "killed")
    (_s, post_read), *_ = read_sources([post])
    write_table(str(out), "article_copies", [copy_row(to_plain(post_read), f"{post.resolve()}:1")], "killed")
    resumed = run_ray(inputs, out, workers=1, batch_size=1, num_cpus=1, object_store_mb=128, resume=True)
    assert (resumed["present"], resumed.get("nothing_to_do")) == (1, None)
    assert query_parquet(out, "SELECT source FROM articles") == [{"source": str(article.resolve())}]
    assert sorted(r["source"] for r in query_parquet(out, "SELECT source FROM article_copies")) == [
        f"{post.resolve()}:1",
        later,
    ]
    with Store(tmp_path / "ray.db") as store:
        assert load_parquet(out, store)["copies"] == 2
        assert store.conn.execute("SELECT source FROM articles").fetchone()[0] == expected["article"]
        assert [(c["source"], c["publisher"], c["url"]) for c in store.copies(aid)] == expected["copies"]
