"""Scale out: the same :class:`~storyline.pipeline.Pipeline` over many cores or many machines.

- :class:`ParallelPipeline` spreads articles over N local processes, each holding one loaded
  Pipeline, and yields records in input order (``storyline ingest --workers N``).
- :func:`run_ray` runs the Pipeline inside Ray Data: input files are read in Ray tasks, the
  articles go through ``map_batches`` on an actor pool (one loaded Pipeline per actor), and
  the records are written as Parquet tables keyed by ``article_id`` (``storyline run
  --engine ray``). It starts a local Ray instance by default and joins a cluster given its
  address, with no code change. Inputs that fail are written to the ``errors`` table; each
  article is written once however many inputs hold its text; a killed run can be resumed.
- :func:`query_parquet` and :func:`load_parquet` use DuckDB over that output: ad-hoc SQL, or
  loading it into the SQLite store (``storyline query --parquet``, ``storyline load``).

The table layout comes from the record's own dataclasses (:func:`table_schema`), so a field
added to the record appears as a column without an edit here. Each table is a folder of
Parquet files; ``articles`` keeps the whole record as RECORD.md JSON in ``record``, so the
output loses nothing and loads back into the store exactly.
"""

from __future__ import annotations

import dataclasses
import functools
import hashlib
import json
import logging
import multiprocessing
import os
import shutil
import time
import types
import typing
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Literal, Union

import pyarrow as pa

from storyline.bench import peak_rss_mb
from storyline.errors import ReadError, StorylineError
from storyline.record import (
    Article,
    Entity,
    Event,
    Place,
    Quantity,
    Quote,
    Record,
    Time,
    from_plain,
    to_plain,
)
from storyline.stages import DEFAULT_MODEL

if typing.TYPE_CHECKING:
    from storyline.pipeline import Pipeline

log = logging.getLogger(__name__)

#: Item tables: name -> (record attribute, item class).
ITEM_TABLES: dict[str, tuple[str, type]] = {
    "entities": ("entities", Entity),
    "times": ("times", Time),
    "quotes": ("quotes", Quote),
    "places": ("places", Place),
    "events": ("events", Event),
    "quantities": ("quantities", Quantity),
}
#: The other inputs of an article in the output (the same text read from another file, URL or
#: line: a wire copy): ``storyline load`` keeps them as the stored article's copies, as ``ingest``
#: keeps them (:meth:`storyline.store.Store.add_copy`; the store's table of the same name)
COPIES = "article_copies"
#: Every table written, in order.
TABLES: tuple[str, ...] = ("articles", *ITEM_TABLES, "mentions", "errors", COPIES)


class ScaleError(StorylineError):
    """A scale-out run could not start or finish (codes X001-X009)."""

    code = "X000"


# --- tables ---------------------------------------------------------------------------------


def _arrow_type(tp: Any) -> pa.DataType | type:
    """The Arrow type of a record field, or the dataclass itself when it is to be flattened."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if set(args) == {int, float}:
            return pa.float64()
        return _arrow_type(args[0]) if len(args) == 1 else pa.string()
    if origin is Literal or tp is str:
        return pa.string()
    if tp is bool:
        return pa.bool_()
    if tp is int:
        return pa.int64()
    if tp is float:
        return pa.float64()
    if origin is tuple:
        inner = typing.get_args(tp)[0]
        if inner in (str, int):
            return pa.list_(pa.string() if inner is str else pa.int64())
        return pa.string()  # tuples of items: JSON
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return tp
    return pa.string()  # dicts and anything else: JSON


@functools.cache
def _columns(cls: type) -> tuple[tuple[str, tuple[str, ...], pa.DataType], ...]:
    """(column name, path into the plain item, Arrow type); nested dataclasses are flattened."""
    out: list[tuple[str, tuple[str, ...], pa.DataType]] = []
    hints = typing.get_type_hints(cls)
    for f in dataclasses.fields(cls):
        kind = _arrow_type(hints[f.name])
        if isinstance(kind, type):
            for name, path, arrow in _columns(kind):
                out.append((f"{f.name}_{name}", (f.name, *path), arrow))
        else:
            out.append((f.name, (f.name,), kind))
    return tuple(out)


_ARTICLE_EXTRA = (("record", pa.string()), ("source", pa.string()))
_ERROR_FIELDS = (
    ("source", pa.string()),
    ("code", pa.string()),
    ("reason", pa.string()),
    ("article_id", pa.string()),
)
_COPY_FIELDS = ("article_id", "source", "url", "publisher", "headline", "published")
_MENTION_FIELDS = (
    ("article_id", pa.string()),
    ("entity_id", pa.string()),
    ("idx", pa.int64()),
    ("start", pa.int64()),
    ("end", pa.int64()),
    ("text", pa.string()),
    ("kind", pa.string()),
)


@functools.cache
def table_schema(name: str) -> pa.Schema:
    """The Arrow schema of one output table (every item table starts with ``article_id``)."""
    if name == "articles":
        cols = [pa.field(c, t) for c, _p, t in _columns(Article)]
        return pa.schema(
            [pa.field("article_id", pa.string()), *cols[1:], *(pa.field(c, t) for c, t in _ARTICLE_EXTRA)]
        )
    if name == "errors":
        return pa.schema([pa.field(c, t) for c, t in _ERROR_FIELDS])
    if name == "mentions":
        return pa.schema([pa.field(c, t) for c, t in _MENTION_FIELDS])
    if name == COPIES:
        return pa.schema([pa.field(c, pa.string()) for c in _COPY_FIELDS])
    if name not in ITEM_TABLES:
        raise ScaleError(f"no table {name!r}; tables are {', '.join(TABLES)}", code="X001")
    cls = ITEM_TABLES[name][1]
    fields = [pa.field("article_id", pa.string())]
    if "id" not in {f.name for f in dataclasses.fields(cls)}:
        fields.append(pa.field("idx", pa.int64()))
    fields += [pa.field(c, t) for c, _p, t in _columns(cls)]
    return pa.schema(fields)


def _cell(value: Any, arrow: pa.DataType) -> Any:
    if value is None:
        return None
    if arrow == pa.string() and not isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)
    if arrow == pa.float64() and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    return value


def _flat(cls: type, plain: dict[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {}
    for name, path, arrow in _columns(cls):
        value: Any = plain
        for key in path:
            value = value.get(key) if isinstance(value, dict) else None
        row[name] = _cell(value, arrow)
    return row


def record_rows(record: Record, *, source: str | None = None) -> dict[str, list[dict[str, Any]]]:
    """One record as rows of every table but ``errors`` (columns as in :func:`table_schema`)."""
    aid = record.article.id
    plain = record.to_dict()  # converted once, for the JSON and for every table's rows
    article = _flat(Article, plain["article"])
    article["article_id"] = article.pop("id")
    rows: dict[str, list[dict[str, Any]]] = {
        "articles": [{**article, "record": json.dumps(plain, ensure_ascii=False), "source": source}]
    }
    for table, (attr, cls) in ITEM_TABLES.items():
        has_id = "id" in {f.name for f in dataclasses.fields(cls)}
        rows[table] = [
            {"article_id": aid, **({} if has_id else {"idx": i}), **_flat(cls, item)}
            for i, item in enumerate(plain[attr])
        ]
    rows["mentions"] = [
        {
            "article_id": aid,
            "entity_id": e.id,
            "idx": i,
            "start": m.start,
            "end": m.end,
            "text": m.text,
            "kind": m.kind,
        }
        for e in record.entities
        for i, m in enumerate(e.mentions)
    ]
    return rows


def copy_row(article: dict[str, Any], source: str | None) -> dict[str, Any]:
    """A row of :data:`COPIES`: an input (``source``) that holds the text of an article written
    from another input; ``article`` is the copy's article as plain data (its own URL, publisher,
    headline and date) or an ``articles`` row."""
    return {
        "article_id": article.get("article_id") or article.get("id"),
        "source": source,
        **{k: article.get(k) for k in _COPY_FIELDS[2:]},
    }


def rows_table(name: str, rows: Sequence[dict[str, Any]]) -> pa.Table:
    """Rows of one table as an Arrow table with the table's fixed schema."""
    return pa.Table.from_pylist(list(rows), schema=table_schema(name))


# --- local processes ------------------------------------------------------------------------

_WORKER: dict[str, Any] = {}


def _init_worker(model: str, kind: str, barrier: Any) -> None:
    """Load what one worker process needs once, warm it up, and wait until every worker has."""
    logging.getLogger("storyline").setLevel(logging.WARNING)
    if kind == "spacy":
        from storyline.stages.analyse import load_nlp

        nlp = load_nlp(model)
        list(nlp.pipe(["Warm-up sentence in Ottawa on Friday."]))
        _WORKER["nlp"] = nlp
    else:
        from storyline.pipeline import Pipeline
        from storyline.read import article_from_text

        pipeline = Pipeline(model=model)
        list(pipeline.process_articles([article_from_text("Warm-up sentence in Ottawa on Friday.")]))
        pipeline.reset_timings()
        _WORKER["pipeline"] = pipeline
    _WORKER["barrier"] = barrier


def _ready(_: int) -> int:
    barrier = _WORKER.get("barrier")
    if barrier is not None:
        barrier.wait(timeout=600)
    return os.getpid()


def _work(
    args: tuple[list[Any], int],
) -> tuple[int, float, float, float, dict[str, float], list[Any]]:
    """Process one chunk in a worker: (pid, peak RSS MB, start, end, CPU seconds per pipeline
    part in this chunk, records or docs' lengths)."""
    items, batch_size = args
    t0 = time.time()
    parts: dict[str, float] = {}
    if "nlp" in _WORKER:
        out: list[Any] = [len(doc) for doc in _WORKER["nlp"].pipe(items, batch_size=batch_size)]
    else:
        pipeline = _WORKER["pipeline"]
        before = dict(pipeline.cpu_timings)
        out = list(pipeline.process_articles(items, batch_size=batch_size))
        parts = {k: v - before.get(k, 0.0) for k, v in pipeline.cpu_timings.items()}
    return os.getpid(), peak_rss_mb(), t0, time.time(), parts, out


def _chunks(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    chunk: list[Any] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


class ParallelPipeline:
    """``Pipeline.process_articles`` over ``workers`` local processes, records in input order.

    Each worker process loads one Pipeline (spawned, not forked: nothing loaded in the parent
    is shared or copied). It stands in for a Pipeline wherever one is taken, e.g.
    ``storyline.store.ingest(..., pipeline=ParallelPipeline(2))``; a stage failing on an
    article raises in the parent as it would in one process. Close it (or use ``with``).
    ``kind="spacy"`` runs bare ``nlp.pipe`` instead (for ``storyline bench``).
    """

    def __init__(self, workers: int = 2, *, model: str = DEFAULT_MODEL, kind: str = "pipeline") -> None:
        if workers < 1:
            raise ScaleError(f"--workers must be at least 1, not {workers}", code="X002")
        self.workers = workers
        ctx = multiprocessing.get_context("spawn")
        barrier = ctx.Barrier(workers)
        self._pool = ctx.Pool(workers, initializer=_init_worker, initargs=(model, kind, barrier))
        self._pool.map(_ready, range(workers), chunksize=1)  # every worker loaded and warm
        #: peak RSS (MB) of each worker process, by pid, as last reported
        self.peak_rss_mb: dict[int, float] = {}
        #: wall-clock span (start, end) of the chunks processed so far
        self.busy: tuple[float, float] | None = None
        #: CPU seconds per pipeline part, summed over the workers (``kind="pipeline"``)
        self.cpu_timings: dict[str, float] = {}

    def process_articles(self, articles: Iterable[Any], *, batch_size: int = 16) -> Iterator[Any]:
        """Records for a stream of articles (texts, with ``kind="spacy"``), in input order."""
        items = list(articles) if isinstance(articles, list | tuple) else articles
        size = batch_size
        if isinstance(items, list):
            size = max(1, min(batch_size, -(-len(items) // self.workers)))
        jobs = ((chunk, batch_size) for chunk in _chunks(items, size))
        for pid, rss, t0, t1, parts, out in self._pool.imap(_work, jobs):
            self.peak_rss_mb[pid] = rss
            for part, seconds in parts.items():
                self.cpu_timings[part] = self.cpu_timings.get(part, 0.0) + seconds
            self.busy = (min(t0, self.busy[0]), max(t1, self.busy[1])) if self.busy else (t0, t1)
            yield from out

    def close(self) -> None:
        """Stop the worker processes."""
        self._pool.close()
        self._pool.join()

    def __enter__(self) -> ParallelPipeline:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


# --- Ray ------------------------------------------------------------------------------------

_LOG_SCHEMA = pa.schema(
    [
        ("kind", pa.string()),
        ("article_id", pa.string()),
        ("source", pa.string()),
        ("worker", pa.int64()),
        ("peak_rss_mb", pa.float64()),
        ("t_start", pa.float64()),
        ("t_end", pa.float64()),
        ("cpu_seconds", pa.float64()),
        ("parts", pa.string()),
        ("warning", pa.string()),
    ]
)


_READ_SCHEMA = pa.schema(
    [
        ("source", pa.string()),
        ("article", pa.string()),
        ("code", pa.string()),
        ("reason", pa.string()),
        ("warning", pa.string()),
    ]
)


class _Warnings(logging.Handler):
    """Collects the reader's warnings (a guessed encoding ...) while a Ray task reads, so that
    they reach the run's output as ``ingest`` prints them, not a worker's log file."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())

    def take(self) -> str | None:
        out, self.messages = self.messages, []
        return "\n".join(out) or None


def _read_batches(batch: dict[str, Any], done: frozenset[str] = frozenset()) -> Iterator[pa.Table]:
    """Input files as tables of at most ``rows`` rows, yielded as the files are read (a big
    JSON Lines file is never held whole): an article (as JSON) or a read error a row. Inputs
    whose source is in ``done`` (already in the output of an interrupted run) are left out."""
    from storyline.read import read_sources

    paths, limits, sizes = (list(batch[k]) for k in ("path", "max_bytes", "rows"))
    reader = logging.getLogger("storyline.read")
    warned = _Warnings()  # the warnings given while an input was read go on its row
    reader.addHandler(warned)
    try:
        for path, limit, size in zip(paths, limits, sizes, strict=True):
            out: list[dict[str, Any]] = []
            for source, item in read_sources([path], max_bytes=int(limit)):
                warning = warned.take()
                if source in done:
                    continue
                if isinstance(item, ReadError):
                    row = {"source": source, "article": None, "code": item.code, "reason": item.reason}
                else:
                    row = {
                        "source": source,
                        "article": json.dumps(to_plain(item)),
                        "code": None,
                        "reason": None,
                    }
                out.append({**row, "warning": warning})
                if len(out) >= int(size):
                    yield pa.Table.from_pylist(out, schema=_READ_SCHEMA)
                    out = []
            if out:
                yield pa.Table.from_pylist(out, schema=_READ_SCHEMA)
    finally:
        reader.removeHandler(warned)


def write_table(root: str, name: str, rows: Sequence[dict[str, Any]], key: str) -> None:
    """Write rows of one table as ``ROOT/NAME/part-KEY.parquet`` (ROOT a path or a URI).

    ``key`` is derived from the batch's content, so a retried Ray task rewrites its own
    file instead of adding a duplicate.
    """
    import pyarrow.fs as pafs
    import pyarrow.parquet as pq

    fs, base = pafs.FileSystem.from_uri(root) if "://" in root else (pafs.LocalFileSystem(), root)
    folder = f"{base.rstrip('/')}/{name}"
    fs.create_dir(folder, recursive=True)
    pq.write_table(rows_table(name, rows), f"{folder}/part-{key}.parquet", filesystem=fs)


class _RecordMaker:
    """A Ray actor: one loaded Pipeline; writes each batch's rows of every table as Parquet.

    It returns one small log row per input (record or error, worker, peak RSS, timing, and
    its share of the batch's CPU time, in all and by part: the Pipeline's parts plus
    ``decode`` (JSON to Article), ``rows`` (record to table rows) and ``write`` (Parquet)).
    """

    #: the run's inputs in the order given (the first input of a text is its article, the others copies)
    files: tuple[str, ...] = ()

    def __init__(
        self,
        model: str,
        batch_size: int,
        output: str,
        present: Mapping[str, str | None] | Collection[str] = frozenset(),
        files: tuple[str, ...] = (),
    ) -> None:
        from storyline.pipeline import Pipeline
        from storyline.read import article_from_text

        logging.getLogger("storyline").setLevel(logging.WARNING)
        self.pipeline: Pipeline = Pipeline(model=model)
        self.batch_size = batch_size
        self.output = output
        #: ids of the articles already in the output (of the run this one resumes), with the
        #: input each was written from (None: not known)
        self.present = present
        self.files = files
        list(self.pipeline.process_articles([article_from_text("Warm-up sentence in Ottawa on Friday.")]))
        self.pipeline.reset_timings()

    def _records(self, articles: list[Article]) -> list[Record | Exception]:
        """Records of a batch; when a stage fails, each article again alone to find the culprit."""
        try:
            return list(self.pipeline.process_articles(articles, batch_size=self.batch_size))
        except Exception:
            log.debug("a batch failed; processing its articles one by one", exc_info=True)
        out: list[Record | Exception] = []
        for article in articles:
            try:
                out.append(next(self.pipeline.process_articles([article])))
            except Exception as exc:
                log.debug("pipeline failed on %s", article.id, exc_info=True)
                out.append(exc)
        return out

    @functools.cached_property
    def _rank(self) -> Callable[[str | None], tuple[int, str, int]]:
        """The input order of sources (:func:`_input_rank`), made once per actor, not per batch."""
        return _input_rank(self.files)

    def __call__(self, batch: pa.Table) -> pa.Table:
        t0, c0 = time.time(), time.process_time()
        rows = batch.to_pylist()
        rank = self._rank
        # an article already in the output, or twice in this batch (the same text from two
        # inputs), is not processed again, as ingest skips it: the input given first is the
        # article, the others are logged as duplicates and kept as its copies. An article the
        # resumed run wrote from a later input (its batch finished first) is processed again
        # from this earlier one: drop_duplicate_articles then keeps the later one as its copy
        present = self.present if isinstance(self.present, Mapping) else dict.fromkeys(self.present)
        seen: set[str] = set()
        for r in sorted(rows, key=lambda r: rank(r["source"])):
            if r["article"]:
                r["plain"] = json.loads(r["article"])
                aid = r["plain"]["id"]
                written = aid in present and not _before(rank, r["source"], present[aid])
                r["duplicate"] = aid if aid in seen or written else None
                seen.add(aid)
        articles = [from_plain(Article, r["plain"]) for r in rows if r["article"] and not r["duplicate"]]
        before = dict(self.pipeline.cpu_timings)
        c1 = time.process_time()
        results = dict(zip([a.id for a in articles], self._records(articles), strict=True))
        c2 = time.process_time()
        tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        log_rows: list[dict[str, Any]] = []
        for r in rows:
            if not r["article"]:
                err = {"source": r["source"], "code": r["code"], "reason": r["reason"], "article_id": None}
                tables["errors"].append(err)
                log_rows.append({"kind": "error", "source": r["source"]})
                continue
            aid = r["plain"]["id"]
            result = results.get(aid)  # None: written by the run this one resumes
            if isinstance(result, Exception):
                # a copy of a text the pipeline failed on fails too, under its own input (as ingest)
                reason = f"pipeline failed: {type(result).__name__}: {result}"
                tables["errors"].append(
                    {"source": r["source"], "code": "P001", "reason": reason, "article_id": aid}
                )
                log_rows.append({"kind": "error", "article_id": aid, "source": r["source"]})
                continue
            if r["duplicate"]:
                tables[COPIES].append(copy_row(r["plain"], r["source"]))
                log_rows.append({"kind": "duplicate", "article_id": aid, "source": r["source"]})
                continue
            assert result is not None
            for name, item_rows in record_rows(result, source=r["source"]).items():
                tables[name].extend(item_rows)
            log_rows.append({"kind": "record", "article_id": result.article.id, "source": r["source"]})
        warnings = {r["source"]: r.get("warning") for r in rows if r.get("warning")}
        for row in log_rows:  # the reader's warnings reach the driver with the log
            row["warning"] = warnings.get(row["source"])
        key = hashlib.sha1("\n".join(r["source"] or "" for r in rows).encode()).hexdigest()[:20]
        c3 = time.process_time()
        # the articles file last, written even without a row: it marks the batch as complete, so
        # that a run killed while writing leaves no article whose items (or copies) are missing and
        # a resume reads no input of a finished batch again (see :func:`_clear_incomplete`)
        for name in (*TABLES[1:], TABLES[0]):
            if tables[name] or name == TABLES[0]:
                write_table(self.output, name, tables[name], key)
        t1, c4, rss = time.time(), time.process_time(), peak_rss_mb()
        parts = {k: v - before.get(k, 0.0) for k, v in self.pipeline.cpu_timings.items()}
        parts.update(decode=c1 - c0, rows=c3 - c2, write=c4 - c3)
        share = 1 / max(1, len(log_rows))
        parts_json = json.dumps({k: v * share for k, v in parts.items()})
        for row in log_rows:
            row.update(
                worker=os.getpid(),
                peak_rss_mb=rss,
                t_start=t0,
                t_end=t1,
                cpu_seconds=(c4 - c0) * share,
                parts=parts_json,
            )
        return pa.Table.from_pylist(log_rows, schema=_LOG_SCHEMA)


def init_ray(
    address: str | None = None, *, num_cpus: int | None = None, object_store_mb: int | None = None
) -> bool:
    """Connect to Ray: the cluster at ``address`` (or ``$RAY_ADDRESS``), else a new local
    instance. True when this call started it (and so should shut it down)."""
    import ray

    if ray.is_initialized():
        return False
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")
    kwargs: dict[str, Any] = {
        "include_dashboard": False,
        "logging_level": logging.WARNING,
        "log_to_driver": False,
    }
    address = address or os.environ.get("RAY_ADDRESS")
    if address:
        ray.init(address=address, **kwargs)
    else:
        if object_store_mb:
            kwargs["object_store_memory"] = object_store_mb * 1024 * 1024
        # one logical CPU more than the cores: the light read and write tasks must find a
        # slot while every actor holds a CPU (Ray would otherwise never schedule them)
        ray.init(address="local", num_cpus=(num_cpus or os.cpu_count() or 1) + 1, **kwargs)
    import ray.data

    # Ray Data's INFO lines ("Dataset ... execution finished") would bury the run's own output
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.enable_operator_progress_bars = False
    ctx.print_on_execution_start = False
    if hasattr(ctx, "issue_detectors_config"):  # periodic checks in the driver: no use here
        ctx.issue_detectors_config.detectors = []
    return True


def run_ray(
    inputs: Sequence[str | Path],
    output: str | Path,
    *,
    address: str | None = None,
    workers: int = 2,
    batch_size: int = 16,
    model: str = DEFAULT_MODEL,
    max_bytes: int | None = None,
    overwrite: bool = False,
    num_cpus: int | None = None,
    object_store_mb: int | None = None,
    sample_cpu: bool = False,
    resume: bool = False,
) -> dict[str, Any]:
    """Run the Pipeline over input files and folders on Ray Data and write Parquet tables.

    One Ray Data pass: input files are read in tasks that stream rows in blocks of
    ``batch_size`` (so that one big JSON Lines file still feeds every actor), articles go through
    ``map_batches`` on an actor pool of ``workers`` actors, each holding one loaded Pipeline
    and writing its batches' rows of every table under ``output`` (one folder per table,
    :data:`TABLES`; on a cluster, a path every node can write, or a URI pyarrow can open).
    An article read from several inputs (the same text twice) is written once, from the input
    given first (``duplicates`` counts the others), as ``ingest`` stores it once. The output
    gets a ``_SUCCESS`` file when the run finishes; ``resume`` finishes a killed run in the same
    folder (its complete batches are kept, its inputs not read again; ``present`` counts them).
    Returns a summary: records, errors, seconds, throughput while the actors were busy and
    once all were working (``steady``), peak RSS and CPU time per worker, the driver's CPU
    time; with ``sample_cpu`` (Linux) also the CPU time of every local Ray process inside
    the steady window (``steady.process_cpu_seconds``), to see what competes with the actors.
    """
    import pyarrow.parquet as pq

    from storyline.read import DEFAULT_MAX_BYTES, iter_files

    out = Path(output)
    if overwrite and resume:
        raise ScaleError("give --overwrite or --resume, not both", code="X006")
    present: dict[str, list[str]] = {}
    done: set[str] = set()
    if out.exists() and any(out.iterdir()):
        if overwrite:
            for name in (*TABLES, "_log"):
                shutil.rmtree(out / name, ignore_errors=True)
            (out / SUCCESS).unlink(missing_ok=True)
            (out / INPUTS).unlink(missing_ok=True)
        elif resume:
            present, done = _clear_incomplete(out)
        else:
            raise ScaleError(
                f"{out}: output folder is not empty; give a new folder, --resume to finish an "
                "interrupted run, or --overwrite",
                code="X003",
            )
    out.mkdir(parents=True, exist_ok=True)
    root = str(out.resolve())
    files: list[str] = []
    early: list[dict[str, Any]] = []
    for item in iter_files(inputs):
        if isinstance(item, ReadError):
            early.append(
                {"source": item.source, "code": item.code, "reason": item.reason, "article_id": None}
            )
        else:
            files.append(str(item.resolve()))
    # the order of the inputs, which decides which input of a text is its article and which its
    # copies, kept for load (which adds the copies in that order, as ingest meets them)
    (out / INPUTS).write_text(json.dumps(files) + "\n", encoding="utf-8")
    rank = _input_rank(files)
    # each article present, with the input it was written from first in input order
    first = {aid: min(sources, key=rank) for aid, sources in present.items()}
    limit = max_bytes or DEFAULT_MAX_BYTES
    late: list[dict[str, Any]] = []  # copies of present articles that the resumed run did not keep
    idle = (
        resume and bool(files) and not _inputs_left(files, done, max_bytes=limit, present=first, copies=late)
    )
    if idle:  # every input is in the output already: no Ray cluster to start (seconds, and memory)
        files_to_read: list[str] = []
        if late:  # kept here, as a batch of copies only (its empty articles file marks it complete)
            key = "copies-" + hashlib.sha1("\n".join(r["source"] for r in late).encode()).hexdigest()[:14]
            write_table(root, COPIES, late, key)
            write_table(root, "articles", [], key)
    else:
        files_to_read = files
    t_begin, wall_begin, cpu_begin = time.perf_counter(), time.time(), time.process_time()
    log_table = pa.Table.from_pylist([], schema=_LOG_SCHEMA)
    processes: dict[str, float] = {}
    sampler = CpuSampler() if sample_cpu else None
    if files_to_read:
        import ray  # not even imported when a resumed run has nothing left to do
        import ray.data

        started = init_ray(address, num_cpus=num_cpus, object_store_mb=object_store_mb)
        if sampler is not None:
            sampler.start()
        try:
            limit = max_bytes or DEFAULT_MAX_BYTES
            ds = ray.data.from_items(
                [{"path": f, "max_bytes": limit, "rows": batch_size} for f in files_to_read]
            )
            # reading and the log write are light: they must not wait for a CPU the actors hold
            light = {"num_cpus": 0.1}
            ds = ds.map_batches(
                _read_batches,
                batch_size=1,
                batch_format="numpy",
                fn_kwargs={"done": frozenset(done)},
                **light,
            )
            # one block per batch: an actor is handed whole blocks, so a file read as one big
            # block would go to a single actor while the others sit idle
            ds = ds.repartition(target_num_rows_per_block=batch_size)
            ds = ds.map_batches(
                _RecordMaker,
                fn_constructor_kwargs={
                    "model": model,
                    "batch_size": batch_size,
                    "output": root,
                    "present": first,
                    "files": tuple(files),
                },
                batch_size=batch_size,
                batch_format="pyarrow",
                compute=ray.data.ActorPoolStrategy(size=workers),
                num_cpus=1,
            )
            ds.write_parquet(str(out / "_log"), ray_remote_args=light)
            processes = process_tree_cpu()
        finally:
            if sampler is not None:
                sampler.stop()
            if started:
                ray.shutdown()
        if (out / "_log").is_dir() and any((out / "_log").glob("*.parquet")):
            log_table = pq.read_table(str(out / "_log"), schema=_LOG_SCHEMA)
        shutil.rmtree(out / "_log", ignore_errors=True)
    if early:
        write_table(root, "errors", early, "inputs")
    # the same text read from two inputs in two batches: keep the copy of the first input
    dropped = drop_duplicate_articles(out, files)
    for name in TABLES:  # every table is there, with its schema, even with no rows
        folder = out / name
        if not folder.is_dir() or not any(folder.glob("*.parquet")):
            write_table(root, name, [], "empty")
    summary = _summarise(log_table.to_pylist(), workers)
    summary["errors"] += len(early)
    summary["duplicates"] += len(late) if idle else 0
    summary["records"] -= dropped
    summary["duplicates"] += dropped
    if resume:
        summary["present"] = len(present)
    if idle:
        summary["nothing_to_do"] = True
    # the reader's warnings (a guessed encoding ...), each naming its input, as ingest prints them
    summary["warnings"] = sorted(
        {w for r in log_table.to_pylist() if r.get("warning") for w in r["warning"].split("\n")}
    )
    summary["seconds"] = round(time.perf_counter() - t_begin, 2)
    summary["driver_cpu_seconds"] = round(time.process_time() - cpu_begin, 2)
    if processes:
        summary["process_cpu_seconds"] = processes
    if "steady" in summary:
        steady = summary["steady"]
        summary["ready_seconds"] = round(steady["from"] - wall_begin, 2)
        if sampler is not None:
            seconds, cpu = sampler.window(steady["from"], steady["from"] + steady["seconds"])
            if cpu:
                steady.update(window_seconds=seconds, process_cpu_seconds=cpu)
    summary["output"] = str(out)
    finished = {k: summary[k] for k in ("records", "errors", "duplicates")}
    if summary["warnings"]:
        finished["warnings"] = summary["warnings"]
    (out / SUCCESS).write_text(json.dumps(finished) + "\n")
    return summary


def _inputs_left(
    files: Sequence[str],
    done: set[str],
    *,
    max_bytes: int,
    present: Mapping[str, str | None] = types.MappingProxyType({}),
    copies: list[dict[str, Any]] | None = None,
) -> bool:
    """Whether any input of a resumed run is not in its output yet (``done``: the sources of its
    records, errors and copies). A file is one source; a JSON Lines file or a feed, one per line
    or entry. An input not done is read here (without parsing its articles' records): when all it
    holds is articles the output has already (``present``: a copy of another input, which a run
    made before copies were kept dropped), nothing is left to process for it either; its rows
    of :data:`COPIES` are added to ``copies`` (to be written without starting Ray). But an input
    given before the one an article present was written from (the run was killed before the
    earlier input's batch finished) is left to process: it is that text's article."""
    from storyline.read import FEED_SUFFIXES, JSONL_SUFFIXES, read_sources
    from storyline.record import Article

    rank = _input_rank(files)
    for f in files:
        plain = Path(f).suffix.lower() not in (*FEED_SUFFIXES, *JSONL_SUFFIXES)
        if plain and f in done:
            continue
        if not present and (plain or not any(d.startswith((f + ":", f + "#")) for d in done)):
            return True
        for source, item in read_sources([f], max_bytes=max_bytes):
            if source in done:
                continue
            if not (isinstance(item, Article) and item.id in present):
                return True
            if _before(rank, source, present[item.id]):
                return True
            if copies is not None:
                copies.append(copy_row(to_plain(item), source))
    return False


#: The file a finished run writes into its output folder (a killed run leaves none).
SUCCESS = "_SUCCESS"


def _part_key(path: Path) -> str:
    return path.stem.removeprefix("part-")


def _clear_incomplete(out: Path) -> tuple[dict[str, list[str]], set[str]]:
    """Prepare the output of an interrupted run to be resumed: remove the files of batches
    that did not finish (a batch is complete once its ``articles`` file is written, last) and
    the placeholders of empty tables and its log; return the ids of the articles it holds (each
    with the inputs it was written from: twice when its inputs were in two batches and the run
    was killed before it dropped one) and the sources (inputs) already done: records, errors
    and copies."""
    import pyarrow.parquet as pq

    complete = {_part_key(f) for f in (out / "articles").glob("part-*.parquet")}
    complete.add("inputs")  # the inputs that could not be opened are listed again, same file
    for name in TABLES:
        for f in (out / name).glob("part-*.parquet"):
            if _part_key(f) not in complete or _part_key(f) == "empty":
                f.unlink()
    (out / SUCCESS).unlink(missing_ok=True)
    shutil.rmtree(out / "_log", ignore_errors=True)  # the killed run's log: not this run's work
    present: dict[str, list[str]] = {}
    done: set[str] = set()
    for f in (out / "articles").glob("part-*.parquet"):
        table = pq.read_table(f, columns=["article_id", "source"])
        sources = table.column("source").to_pylist()
        for aid, source in zip(table.column("article_id").to_pylist(), sources, strict=True):
            present.setdefault(aid, []).append(source or "")
        done.update(s for s in sources if s)
    for name in ("errors", COPIES):
        for f in (out / name).glob("part-*.parquet"):
            done.update(s for s in pq.read_table(f, columns=["source"]).column("source").to_pylist() if s)
    return present, done


#: The file where a run keeps its inputs in the order given (a JSON list), for ``load``.
INPUTS = "_inputs.json"


def _input_rank(files: Sequence[str]) -> Callable[[str | None], tuple[int, str, int]]:
    """The order of sources as the inputs were given (``files``): by input, then a JSON Lines
    line (``path:line``) or a feed entry (``path#itemN``) by its number. The one order of every
    path that decides which input of a text is its article and which its copies, in which order
    (the actors, :func:`drop_duplicate_articles`, a resume, ``load``), as ``ingest`` reads them.
    A source of no input given comes after them, by file name then number."""
    index = {f: i for i, f in enumerate(files)}

    def rank(source: str | None) -> tuple[int, str, int]:
        source = source or ""
        path, number = source, 0
        if source not in index:
            for sep in (":", "#item"):
                head, found, tail = source.rpartition(sep)
                if found and tail.isdigit():
                    path, number = head, int(tail)
                    break
        if path in index:
            return index[path], "", number
        return len(index), path, number

    return rank


def _before(
    rank: Callable[[str | None], tuple[int, str, int]], source: str | None, written: str | None
) -> bool:
    """Whether an input's ``source`` comes before the input an article in the output was
    ``written`` from, in input order (``written`` not known: it does not)."""
    return written is not None and rank(source) < rank(written)


def run_inputs(folder: str | Path) -> list[str]:
    """The inputs of the run that wrote ``folder``, in the order given (empty for a run made
    before they were kept)."""
    path = Path(folder) / INPUTS
    try:
        files = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    return [str(f) for f in files] if isinstance(files, list) else []


def drop_duplicate_articles(out: str | Path, files: Sequence[str] = ()) -> int:
    """Keep one copy of each article in the output tables: the same text read from several
    inputs (copies of a file, a line repeated in a feed) has one id, and ingest stores it once.
    Batches are processed apart, so copies in two batches are both written; this keeps the copy
    of the input given first (``files``, in input order), removes the others' rows from every
    table and keeps each of them as a row of :data:`COPIES` (its input, URL, publisher, headline
    and date), as ingest keeps a copy. A batch's ``articles`` file stays, if empty, as the mark
    of a complete batch. How many copies were moved."""
    import pyarrow.compute as pc
    import pyarrow.parquet as pq

    root = Path(out)
    copies: dict[str, list[tuple[tuple[int, str, int], str]]] = {}
    rank = _input_rank(files)
    for f in sorted((root / "articles").glob("part-*.parquet")):
        table = pq.read_table(f, columns=["article_id", "source"])
        for aid, source in zip(
            table.column("article_id").to_pylist(), table.column("source").to_pylist(), strict=True
        ):
            copies.setdefault(aid, []).append((rank(source), f.name))
    drop: dict[str, set[str]] = {}  # part file name -> article ids to remove from it
    for aid, where in copies.items():
        if len(where) > 1:
            for _rank, name in sorted(where)[1:]:
                drop.setdefault(name, set()).add(aid)
    for name, ids in drop.items():
        moved = [
            copy_row(row, row["source"])
            for row in pq.read_table(root / "articles" / name, columns=list(_COPY_FIELDS)).to_pylist()
            if row["article_id"] in ids
        ]
        path = root / COPIES / name
        if path.exists():  # the batch's own copies (of an article in it), kept before
            had = pq.read_table(path, schema=table_schema(COPIES)).to_pylist()
            known = {(h["article_id"], h["source"]) for h in had}
            moved = had + [r for r in moved if (r["article_id"], r["source"]) not in known]
        write_table(str(root), COPIES, moved, path.stem.removeprefix("part-"))
        for table_name in (*TABLES[1:], TABLES[0]):  # the articles file last, as a batch is written
            path = root / table_name / name
            if table_name == COPIES or not path.exists():
                continue
            table = pq.read_table(path, schema=table_schema(table_name))
            keep = pc.invert(pc.is_in(table.column("article_id"), value_set=pa.array(sorted(ids))))
            kept = table.filter(pc.fill_null(keep, True))
            if kept.num_rows or table_name == TABLES[0]:
                pq.write_table(kept, path)
            else:
                path.unlink()
    return sum(len(ids) for ids in drop.values())


def _summarise(data: list[dict[str, Any]], workers: int) -> dict[str, Any]:
    """Records, errors, throughput and peak RSS per worker, from the log rows.

    ``busy_seconds`` spans the first batch's start to the last batch's end; ``steady`` is the
    rate once every actor is loaded and working (:func:`steady_rate`); ``per_worker`` gives
    each actor's articles, busy and CPU seconds; ``parts_cpu`` the actors' CPU seconds by part.
    """
    summary: dict[str, Any] = {
        "records": 0,
        "errors": 0,
        "duplicates": 0,
        "workers": workers,
        "peak_rss_mb": {},
    }
    peaks: dict[int, float] = {}
    per_worker: dict[int, dict[str, Any]] = {}
    batches: set[tuple[int, float]] = set()
    parts: dict[str, float] = {}
    for r in data:
        summary[{"record": "records", "duplicate": "duplicates"}.get(r["kind"], "errors")] += 1
        pid = r["worker"]
        peaks[pid] = max(peaks.get(pid, 0.0), r["peak_rss_mb"])
        w = per_worker.setdefault(pid, {"articles": 0, "busy_seconds": 0.0, "cpu_seconds": 0.0})
        w["articles"] += 1
        w["cpu_seconds"] += r.get("cpu_seconds") or 0.0
        if (pid, r["t_start"]) not in batches:
            batches.add((pid, r["t_start"]))
            w["busy_seconds"] += r["t_end"] - r["t_start"]
        for part, seconds in json.loads(r.get("parts") or "{}").items():
            parts[part] = parts.get(part, 0.0) + seconds
    summary["peak_rss_mb"] = {str(k): round(v, 1) for k, v in sorted(peaks.items())}
    for w in per_worker.values():
        busy, cpu = w["busy_seconds"], w["cpu_seconds"]
        w.update(
            busy_seconds=round(busy, 3),
            cpu_seconds=round(cpu, 3),
            cpu_share=round(cpu / busy, 3) if busy else None,
            rate=round(w["articles"] / busy, 2) if busy else None,
        )
    summary["per_worker"] = {str(k): v for k, v in sorted(per_worker.items())}
    if parts:
        summary["parts_cpu"] = {k: round(v, 4) for k, v in parts.items()}
    if data:
        busy = max(r["t_end"] for r in data) - min(r["t_start"] for r in data)
        summary["busy_seconds"] = round(busy, 3)
        summary["articles_per_s"] = round(len(data) / busy, 2) if busy else None
        steady = steady_rate(data)
        if steady:
            summary["steady"] = steady
    return summary


def steady_rate(data: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """Throughput while every actor was working: from the moment the last actor started its
    first batch (so Ray's start-up and every actor's model loading are left out) to the
    moment the first actor finished its last one (so is the tail where some sit idle),
    counting the articles of the batches that ran wholly inside that window.

    None when the window is empty (too few batches per actor to measure a steady rate).
    """
    first: dict[int, float] = {}
    last: dict[int, float] = {}
    for r in data:
        pid = r["worker"]
        first[pid] = min(first.get(pid, r["t_start"]), r["t_start"])
        last[pid] = max(last.get(pid, r["t_end"]), r["t_end"])
    if not first:
        return None
    t0, t1 = max(first.values()), min(last.values())
    inside = [r for r in data if r["t_start"] >= t0 and r["t_end"] <= t1]
    if t1 <= t0 or not inside:
        return None
    # the window ends at the last batch wholly inside it, so that no partial batch is counted
    t1 = max(r["t_end"] for r in inside)
    seconds = t1 - t0
    return {
        "from": t0,
        "seconds": round(seconds, 3),
        "articles": len(inside),
        "articles_per_s": round(len(inside) / seconds, 2),
    }


def process_tree_cpu(root: int | None = None) -> dict[str, float]:
    """CPU seconds (user + system) of this process (``driver``) and every descendant still
    running, summed by name (``raylet``, ``gcs_server``, ``ray::MapWorker(…)``, the script of
    a Python helper such as ``log_monitor.py``), read from Linux ``/proc``; empty elsewhere.
    It shows where a Ray run's CPU went."""
    proc = Path("/proc")
    if not proc.is_dir():
        return {}
    tick = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100
    parents: dict[int, int] = {}
    info: dict[int, tuple[str, float]] = {}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
            args = (entry / "cmdline").read_bytes().decode(errors="replace").split("\0")
        except OSError:
            continue
        # "pid (comm) state ppid ... utime stime ..." (comm may hold spaces: split after ")")
        rest = stat[stat.rindex(")") + 2 :].split()
        # a Ray worker titles itself after its task ("ray::MapWorker(...).submit"): drop the method
        name = args[0].split(".")[0] if args[0].startswith("ray::") else args[0].rsplit("/", 1)[-1]
        if name.startswith("python"):  # a Python helper: name it by its script or module
            name = next((a.rsplit("/", 1)[-1] for a in args[1:] if a and not a.startswith("-")), name)
        name = name or stat[stat.index("(") + 1 : stat.rindex(")")]
        if int(entry.name) == (root or os.getpid()):
            name = "driver"
        parents[int(entry.name)] = int(rest[1])
        info[int(entry.name)] = (name, (int(rest[11]) + int(rest[12])) / tick)
    me = root or os.getpid()
    out: dict[str, float] = {}
    for pid, (name, cpu) in info.items():
        p, seen = pid, 0
        while p not in (me, 0, 1) and seen < 64:
            p, seen = parents.get(p, 0), seen + 1
        if p == me:
            out[name] = round(out.get(name, 0.0) + cpu, 2)
    return dict(sorted(out.items(), key=lambda kv: -kv[1]))


class CpuSampler:
    """Samples :func:`process_tree_cpu` every ``interval`` seconds in a thread, so that the
    CPU each process spent inside a time window (e.g. the steady window of a Ray run) can be
    told apart from its start-up (:meth:`window`). Reading ``/proc`` costs a few ms a sample."""

    def __init__(self, interval: float = 2.0) -> None:
        import threading

        self.interval = interval
        self.samples: list[tuple[float, dict[str, float]]] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="storyline-cpu-sampler", daemon=True)

    def _sample(self) -> None:
        self.samples.append((time.time(), process_tree_cpu()))

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self._sample()

    def start(self) -> None:
        """Take a first sample and go on sampling in the background."""
        self._sample()
        self._thread.start()

    def stop(self) -> None:
        """Stop sampling and take a last sample."""
        self._stop.set()
        self._thread.join()
        self._sample()

    def __enter__(self) -> CpuSampler:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def window(self, t0: float, t1: float) -> tuple[float, dict[str, float]]:
        """CPU seconds per process name between the last sample at or before ``t0`` and the
        first at or after ``t1``, with that window's length (slightly wider than asked;
        ``(0.0, {})`` when the samples do not cover it)."""
        before = [s for s in self.samples if s[0] <= t0]
        after = [s for s in self.samples if s[0] >= t1]
        if not before or not after:
            return 0.0, {}
        (ta, a), (tb, b) = before[-1], after[0]
        out = {name: round(cpu - a.get(name, 0.0), 2) for name, cpu in b.items()}
        return round(tb - ta, 2), dict(
            sorted(((k, v) for k, v in out.items() if v > 0), key=lambda kv: -kv[1])
        )


# --- DuckDB ---------------------------------------------------------------------------------


def check_run_output(folder: str | Path) -> list[str]:
    """The tables of a ``storyline run`` output folder; a ScaleError (X004) when it is none (no
    ``articles`` table), raised before anything is opened or written (``load`` makes no store)."""
    root = Path(folder)
    present = [name for name in TABLES if (root / name).is_dir()]
    if "articles" not in present:
        raise ScaleError(
            f"{root}: no articles/ table here; give the OUTPUT folder of `storyline run`", code="X004"
        )
    return present


def connect_parquet(folder: str | Path) -> Any:
    """A DuckDB connection with one view per table of a ``run --engine ray`` output folder."""
    import duckdb

    root = Path(folder)
    present = check_run_output(root)
    con = duckdb.connect()
    for name in present:
        glob = str(root / name / "*.parquet").replace("'", "''")
        con.execute(f"CREATE VIEW \"{name}\" AS SELECT * FROM read_parquet('{glob}', union_by_name = true)")
    return con


def query_parquet(folder: str | Path, sql: str) -> list[dict[str, Any]]:
    """Rows of a SQL query over the Parquet tables (each table is a view of the same name)."""
    import duckdb

    con = connect_parquet(folder)
    try:
        cur = con.execute(sql)
    except duckdb.Error as exc:
        raise ScaleError(f"query failed: {exc}", code="X005") from exc
    cols = [d[0] for d in cur.description or []]
    return [dict(zip(cols, row, strict=True)) for row in cur.fetchall()]


def iter_parquet_records(folder: str | Path) -> Iterator[tuple[Record, str | None]]:
    """Every record in the Parquet output (from ``articles.record``), with its source."""
    con = connect_parquet(folder)
    cur = con.execute("SELECT record, source FROM articles ORDER BY article_id")
    while batch := cur.fetchmany(256):
        for text, source in batch:
            yield Record.from_json(text), source


def load_parquet(
    folder: str | Path, store: Any, *, on_record: Callable[[bool], None] | None = None
) -> dict[str, int]:
    """Load the Parquet output into the SQLite store (idempotent, like an ingest): records
    through the store's own writer, then the other inputs of their texts as their copies
    (:meth:`~storyline.store.Store.add_copy`, in the order the run's inputs were given, as
    ``ingest`` keeps them: which copy brings a URL or publisher first decides which are kept),
    and the errors table. Counts stored, skipped, copies (new ones kept) and errors."""
    check_run_output(folder)
    if not (Path(folder) / SUCCESS).exists():
        log.warning(
            "%s: no %s file: the run that wrote it did not finish, so inputs may be missing "
            "(finish it with `storyline run --resume`); loading what is there",
            folder,
            SUCCESS,
        )
    counts = {"stored": 0, "skipped": 0, "copies": 0, "errors": 0}
    for record, source in iter_parquet_records(folder):
        new = store.add(record, source=source)
        counts["stored" if new else "skipped"] += 1
        if on_record is not None:
            on_record(new)
    if any((Path(folder) / COPIES).glob("*.parquet")):  # none in the output of an older run
        rows = query_parquet(folder, f"SELECT * FROM {COPIES}")
        rank = _input_rank(run_inputs(folder))
        for row in sorted(rows, key=lambda r: rank(r["source"])):
            article = Article(row["article_id"], "", **{k: row[k] for k in _COPY_FIELDS[2:]})
            counts["copies"] += store.add_copy(article, source=row["source"])
    if not (Path(folder) / "errors").is_dir():  # a run killed before it wrote any error
        return counts
    for row in query_parquet(folder, "SELECT source, code, reason FROM errors ORDER BY source"):
        store.record_error(row["source"], row["reason"], row["code"])
        counts["errors"] += 1
    return counts


def write_corpus(texts: Iterable[str], path: str | Path) -> Path:
    """Texts as a JSON Lines file of articles (``{"text": ...}`` a line), e.g. for a bench run."""
    path = Path(path)
    with path.open("w", encoding="utf-8") as fh:
        for text in texts:
            fh.write(json.dumps({"text": text}, ensure_ascii=False) + "\n")
    return path


__all__ = [
    "COPIES",
    "INPUTS",
    "ITEM_TABLES",
    "SUCCESS",
    "TABLES",
    "CpuSampler",
    "ParallelPipeline",
    "ScaleError",
    "check_run_output",
    "connect_parquet",
    "copy_row",
    "drop_duplicate_articles",
    "init_ray",
    "iter_parquet_records",
    "load_parquet",
    "process_tree_cpu",
    "query_parquet",
    "record_rows",
    "rows_table",
    "run_inputs",
    "run_ray",
    "steady_rate",
    "table_schema",
    "write_corpus",
]
