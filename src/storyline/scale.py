"""Scale out: the same :class:`~storyline.pipeline.Pipeline` over many cores or many machines.

- :class:`ParallelPipeline` spreads articles over N local processes, each holding one loaded
  Pipeline, and yields records in input order (``storyline ingest --workers N``).
- :func:`run_ray` runs the Pipeline inside Ray Data: input files are read in Ray tasks, the
  articles go through ``map_batches`` on an actor pool (one loaded Pipeline per actor), and
  the records are written as Parquet tables keyed by ``article_id`` (``storyline run
  --engine ray``). It starts a local Ray instance by default and joins a cluster given its
  address, with no code change. Inputs that fail are written to the ``errors`` table.
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
from collections.abc import Callable, Iterable, Iterator, Sequence
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
from storyline.stages.analyse import DEFAULT_MODEL

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
#: Every table written, in order.
TABLES: tuple[str, ...] = ("articles", *ITEM_TABLES, "mentions", "errors")


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
    article = _flat(Article, to_plain(record.article))
    article["article_id"] = article.pop("id")
    rows: dict[str, list[dict[str, Any]]] = {
        "articles": [{**article, "record": record.to_json(), "source": source}]
    }
    for table, (attr, cls) in ITEM_TABLES.items():
        has_id = "id" in {f.name for f in dataclasses.fields(cls)}
        items = getattr(record, attr)
        rows[table] = [
            {"article_id": aid, **({} if has_id else {"idx": i}), **_flat(cls, to_plain(item))}
            for i, item in enumerate(items)
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
        _WORKER["pipeline"] = pipeline
    _WORKER["barrier"] = barrier


def _ready(_: int) -> int:
    barrier = _WORKER.get("barrier")
    if barrier is not None:
        barrier.wait(timeout=600)
    return os.getpid()


def _work(args: tuple[list[Any], int]) -> tuple[int, float, float, float, list[Any]]:
    """Process one chunk in a worker: (pid, peak RSS MB, start, end, records or docs' lengths)."""
    items, batch_size = args
    t0 = time.time()
    if "nlp" in _WORKER:
        out: list[Any] = [len(doc) for doc in _WORKER["nlp"].pipe(items, batch_size=batch_size)]
    else:
        out = list(_WORKER["pipeline"].process_articles(items, batch_size=batch_size))
    return os.getpid(), peak_rss_mb(), t0, time.time(), out


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

    def process_articles(self, articles: Iterable[Any], *, batch_size: int = 16) -> Iterator[Any]:
        """Records for a stream of articles (texts, with ``kind="spacy"``), in input order."""
        items = list(articles) if isinstance(articles, list | tuple) else articles
        size = batch_size
        if isinstance(items, list):
            size = max(1, min(batch_size, -(-len(items) // self.workers)))
        jobs = ((chunk, batch_size) for chunk in _chunks(items, size))
        for pid, rss, t0, t1, out in self._pool.imap(_work, jobs):
            self.peak_rss_mb[pid] = rss
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
    ]
)


def _read_rows(row: dict[str, Any]) -> list[dict[str, Any]]:
    """One input file as rows: an article (as JSON) or a read error, with its source."""
    from storyline.read import read_sources

    out = []
    for source, item in read_sources([row["path"]], max_bytes=int(row["max_bytes"])):
        if isinstance(item, ReadError):
            out.append({"source": source, "article": None, "code": item.code, "reason": item.reason})
        else:
            out.append(
                {"source": source, "article": json.dumps(to_plain(item)), "code": None, "reason": None}
            )
    return out


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

    It returns one small log row per input (record or error, worker, peak RSS, timing).
    """

    def __init__(self, model: str, batch_size: int, output: str) -> None:
        from storyline.pipeline import Pipeline
        from storyline.read import article_from_text

        logging.getLogger("storyline").setLevel(logging.WARNING)
        self.pipeline: Pipeline = Pipeline(model=model)
        self.batch_size = batch_size
        self.output = output
        list(self.pipeline.process_articles([article_from_text("Warm-up sentence in Ottawa on Friday.")]))

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

    def __call__(self, batch: pa.Table) -> pa.Table:
        t0 = time.time()
        rows = batch.to_pylist()
        articles = [from_plain(Article, json.loads(r["article"])) for r in rows if r["article"]]
        results = iter(self._records(articles))
        tables: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        log_rows: list[dict[str, Any]] = []
        for r in rows:
            if not r["article"]:
                err = {"source": r["source"], "code": r["code"], "reason": r["reason"], "article_id": None}
                tables["errors"].append(err)
                log_rows.append({"kind": "error", "source": r["source"]})
                continue
            result = next(results)
            if isinstance(result, Exception):
                aid = json.loads(r["article"])["id"]
                reason = f"pipeline failed: {type(result).__name__}: {result}"
                tables["errors"].append(
                    {"source": r["source"], "code": "P001", "reason": reason, "article_id": aid}
                )
                log_rows.append({"kind": "error", "article_id": aid, "source": r["source"]})
                continue
            for name, item_rows in record_rows(result, source=r["source"]).items():
                tables[name].extend(item_rows)
            log_rows.append({"kind": "record", "article_id": result.article.id, "source": r["source"]})
        key = hashlib.sha1("\n".join(r["source"] or "" for r in rows).encode()).hexdigest()[:20]
        for name, table_rows in tables.items():
            if table_rows:
                write_table(self.output, name, table_rows, key)
        t1, rss = time.time(), peak_rss_mb()
        for row in log_rows:
            row.update(worker=os.getpid(), peak_rss_mb=rss, t_start=t0, t_end=t1)
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

    ctx = ray.data.DataContext.get_current()
    ctx.enable_progress_bars = False
    ctx.print_on_execution_start = False
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
) -> dict[str, Any]:
    """Run the Pipeline over input files and folders on Ray Data and write Parquet tables.

    One Ray Data pass: input files are read in tasks (``flat_map``), articles go through
    ``map_batches`` on an actor pool of ``workers`` actors, each holding one loaded Pipeline
    and writing its batches' rows of every table under ``output`` (one folder per table,
    :data:`TABLES`; on a cluster, a path every node can write, or a URI pyarrow can open).
    Returns a summary: records, errors, seconds, throughput while the actors were busy and
    peak RSS per worker.
    """
    import pyarrow.parquet as pq
    import ray
    import ray.data

    from storyline.read import DEFAULT_MAX_BYTES, iter_files

    out = Path(output)
    if out.exists() and any(out.iterdir()):
        if not overwrite:
            raise ScaleError(
                f"{out}: output folder is not empty; give a new folder or --overwrite", code="X003"
            )
        for name in (*TABLES, "_log"):
            shutil.rmtree(out / name, ignore_errors=True)
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
    t_begin = time.perf_counter()
    log_table = pa.Table.from_pylist([], schema=_LOG_SCHEMA)
    if files:
        started = init_ray(address, num_cpus=num_cpus, object_store_mb=object_store_mb)
        try:
            limit = max_bytes or DEFAULT_MAX_BYTES
            ds = ray.data.from_items([{"path": f, "max_bytes": limit} for f in files])
            # reading and the log write are light: they must not wait for a CPU the actors hold
            light = {"num_cpus": 0.1}
            ds = ds.flat_map(_read_rows, **light)
            ds = ds.map_batches(
                _RecordMaker,
                fn_constructor_kwargs={"model": model, "batch_size": batch_size, "output": root},
                batch_size=batch_size,
                batch_format="pyarrow",
                compute=ray.data.ActorPoolStrategy(size=workers),
                num_cpus=1,
            )
            ds.write_parquet(str(out / "_log"), ray_remote_args=light)
        finally:
            if started:
                ray.shutdown()
        if (out / "_log").is_dir() and any((out / "_log").glob("*.parquet")):
            log_table = pq.read_table(str(out / "_log"), schema=_LOG_SCHEMA)
        shutil.rmtree(out / "_log", ignore_errors=True)
    if early:
        write_table(root, "errors", early, "inputs")
    for name in TABLES:  # every table is there, with its schema, even with no rows
        folder = out / name
        if not folder.is_dir() or not any(folder.glob("*.parquet")):
            write_table(root, name, [], "empty")
    summary = _summarise(log_table.to_pylist(), workers)
    summary["errors"] += len(early)
    summary["seconds"] = round(time.perf_counter() - t_begin, 2)
    summary["output"] = str(out)
    return summary


def _summarise(data: list[dict[str, Any]], workers: int) -> dict[str, Any]:
    """Records, errors, busy-time throughput and peak RSS per worker, from the log rows."""
    summary: dict[str, Any] = {"records": 0, "errors": 0, "workers": workers, "peak_rss_mb": {}}
    peaks: dict[int, float] = {}
    for r in data:
        summary["records" if r["kind"] == "record" else "errors"] += 1
        peaks[r["worker"]] = max(peaks.get(r["worker"], 0.0), r["peak_rss_mb"])
    summary["peak_rss_mb"] = {str(k): round(v, 1) for k, v in sorted(peaks.items())}
    if data:
        busy = max(r["t_end"] for r in data) - min(r["t_start"] for r in data)
        summary["busy_seconds"] = round(busy, 3)
        summary["articles_per_s"] = round(len(data) / busy, 2) if busy else None
    return summary


# --- DuckDB ---------------------------------------------------------------------------------


def connect_parquet(folder: str | Path) -> Any:
    """A DuckDB connection with one view per table of a ``run --engine ray`` output folder."""
    import duckdb

    root = Path(folder)
    present = [name for name in TABLES if (root / name).is_dir()]
    if "articles" not in present:
        raise ScaleError(
            f"{root}: no articles/ table here; give the OUTPUT folder of `storyline run`", code="X004"
        )
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
    through the store's own writer, and the errors table. Counts stored, skipped, errors."""
    counts = {"stored": 0, "skipped": 0, "errors": 0}
    for record, source in iter_parquet_records(folder):
        new = store.add(record, source=source)
        counts["stored" if new else "skipped"] += 1
        if on_record is not None:
            on_record(new)
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
    "ITEM_TABLES",
    "TABLES",
    "ParallelPipeline",
    "ScaleError",
    "connect_parquet",
    "init_ray",
    "iter_parquet_records",
    "load_parquet",
    "query_parquet",
    "record_rows",
    "rows_table",
    "run_ray",
    "table_schema",
    "write_corpus",
]
