"""The command line: thin commands over the library (``storyline --help``).

Exit codes: 0 success, 1 failure (an input or the store could not be used; the message
names it and says how to fix it), 2 usage error (click's own).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import logging
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import click

from storyline.errors import NotFoundError, ReadError, StorylineError
from storyline.evaluate import TASKS
from storyline.read import DEFAULT_MAX_BYTES

F = TypeVar("F", bound=Callable[..., Any])

DB_ENV = "STORYLINE_DB"


@click.group()
@click.version_option(package_name="storyline")
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def main(verbose: int) -> None:
    """storyline: who did what to whom, when and where, and who said so."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


def handles_errors(fn: F) -> F:
    """Turn a StorylineError into a one-line message on stderr and exit code 1."""

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        except StorylineError as err:
            raise click.ClickException(f"{err} [{err.code}]") from err

    return wrapper  # type: ignore[return-value]


def db_option(fn: F) -> F:
    """The shared ``--db`` option (default ./storyline.db or $STORYLINE_DB)."""
    return click.option(
        "--db",
        type=click.Path(dir_okay=False, path_type=Path),
        default="storyline.db",
        envvar=DB_ENV,
        show_default=True,
        show_envvar=True,
        help="SQLite database file.",
    )(fn)


def json_option(fn: F) -> F:
    """The shared ``--json`` flag."""
    return click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")(fn)


#: The optional extras of pyproject.toml and the modules each brings (`make demo` installs neither).
EXTRAS = {"web": ("fastapi", "uvicorn", "httpx"), "scale": ("ray", "duckdb")}


def require_extra(extra: str, command: str, *modules: str) -> None:
    """Fail with one line that names the pip command when an optional extra (or ``modules`` of
    it) is not installed, instead of a traceback (`make demo` installs the library alone)."""
    missing = [m for m in modules or EXTRAS[extra] if importlib.util.find_spec(m) is None]
    if missing:
        raise click.ClickException(
            f"{command} needs the {extra!r} extra ({', '.join(missing)} not installed): "
            f"pip install -e '.[{extra}]' in the repo (or pip install 'storyline[{extra}]')"
        )


def _open_store(db: Path, *, readonly: bool = False) -> Any:
    from storyline.store import Store

    return Store(db, readonly=readonly)


# --- output -------------------------------------------------------------------------------------


def _cell(value: Any, width: int) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        text = f"{value:.4g}"
    elif isinstance(value, list | tuple):
        text = ", ".join(map(str, value))
    elif isinstance(value, dict):
        text = json.dumps(value, ensure_ascii=False)
    else:
        text = str(value)
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def format_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, width: int = 48) -> str:
    """Rows as an aligned text table with a header; long cells are cut to ``width`` characters."""
    cells = [[_cell(r.get(c), width) for c in columns] for r in rows]
    widths = [max([len(c), *(len(row[i]) for row in cells)]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in cells]
    return "\n".join(lines)


def emit(rows: Sequence[dict[str, Any]], columns: Sequence[str], *, as_json: bool, width: int = 48) -> None:
    """Print rows as JSON (every field) or as a table of ``columns`` (cells cut to ``width``)."""
    if as_json:
        click.echo(json.dumps(list(rows), ensure_ascii=False, indent=2))
    elif rows:
        click.echo(format_table(rows, columns, width=width))
    else:
        click.echo("(no rows)", err=True)


# --- process ------------------------------------------------------------------------------------


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--published", help="Publication date (YYYY-MM-DD); found in the text when absent.")
@click.option("--url", help="The article's URL.")
@click.option("--headline", help="The article's headline.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (the default; kept for symmetry).")
@click.option("--indent", type=int, default=None, help="Indent the JSON.")
@handles_errors
def process(
    path: Path,
    published: str | None,
    url: str | None,
    headline: str | None,
    as_json: bool,
    indent: int | None,
) -> None:
    """Print the record of one article file (.txt, .html or a one-line .jsonl) as JSON (RECORD.md)."""
    import dataclasses

    from storyline.pipeline import default_pipeline
    from storyline.read import iso_date, read_paths

    items = read_paths([path])
    item = next(items, None)
    if item is None:
        raise ReadError(str(path), "no article found", code="R007")
    if isinstance(item, ReadError):
        raise item
    rest = list(items)
    if rest:  # the other lines of a feed: count the articles apart from the lines that fail
        failed = sum(isinstance(x, ReadError) for x in rest)
        articles = len(rest) - failed + 1
        what = f"{articles} article{'s' * (articles > 1)}"
        what += f" and {failed} input{'s' * (failed > 1)} that could not be read" if failed else ""
        click.echo(
            f"warning: {path} holds {what}; printing the first only "
            "(`storyline ingest` stores them all and lists the failures)",
            err=True,
        )
    day = iso_date(published) if published else None
    if published and not (day and re.fullmatch(r"\d{4}-\d{2}-\d{2}", day)):
        # a year or a month alone is no publication day: the pipeline resolves "Friday" from it
        raise click.BadParameter(f"{published!r} is not a date; use YYYY-MM-DD", param_hint="--published")
    changes = {"published": day, "url": url, "headline": headline}
    item = dataclasses.replace(item, **{k: v for k, v in changes.items() if v})
    record = next(default_pipeline().process_articles([item]))
    click.echo(record.to_json(indent=indent))


# --- ingest -------------------------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@db_option
@click.option(
    "--batch-size", type=click.IntRange(1), default=16, show_default=True, help="Articles per spaCy batch."
)
@click.option(
    "--workers",
    type=click.IntRange(1),
    default=1,
    show_default=True,
    help="Processes, each with its own loaded pipeline (use the machine's cores).",
)
@click.option(
    "--max-mb",
    type=click.FloatRange(min=0.001),
    default=DEFAULT_MAX_BYTES / 1e6,
    show_default=True,
    help="Refuse articles with more text than this (MB).",
)
@click.option("--encoding", help="Read text files in this encoding instead of detecting it.")
@click.option(
    "--reprocess",
    is_flag=True,
    help="Process articles already stored again and replace their records (after an upgrade); "
    "reviewers' corrections are kept and applied to the new records.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@handles_errors
def ingest(
    paths: tuple[Path, ...],
    db: Path,
    batch_size: int,
    workers: int,
    max_mb: float,
    encoding: str | None,
    reprocess: bool,
    quiet: bool,
    as_json: bool,
) -> None:
    """Read, process and store articles from files and folders (.txt, .html, .jsonl, feeds).

    Articles already in the store are skipped before any parsing (their id is a hash of
    the text), so re-running an interrupted ingest stores each article exactly once. The
    same text from another publisher, URL or input (a wire copy printed word for word) is
    kept as a copy of the stored article: one article, one more source (`storyline show`).
    With --reprocess they are processed again instead: each new record replaces the
    stored one, keeps its corrections, and joins its story and canonical events again
    without counting its old reports twice. An input that now reads into another text
    replaces the article stored from it (same file or URL); corrections whose item is no
    longer at the same text are dropped, listed, and kept under the new article as dropped
    (`storyline show`, the API's corrections), not applied.
    Inputs that fail are listed on stderr and kept in the store's errors table.

    Exits 0 when at least one article was stored or already present, even if other
    inputs failed; 1 when nothing could be read.
    """
    from tqdm import tqdm
    from tqdm.contrib.logging import logging_redirect_tqdm

    from storyline.read import count_articles, read_sources
    from storyline.store import ingest as run_ingest

    total = count_articles(paths)
    # the reader's warnings (a guessed encoding) go through the bar, each on its own line
    with (
        _open_store(db) as store,
        tqdm(total=total, unit="article", disable=quiet, file=sys.stderr) as bar,
        logging_redirect_tqdm(),
    ):

        def on_item(status: str, item: Any) -> None:
            bar.update(1)
            if status == "failed":
                tqdm.write(f"error: {item} [{item.code}]", file=sys.stderr)

        pools: list[Any] = []

        def parallel_pipeline() -> Any:  # started only when a first new article arrives
            from storyline.scale import ParallelPipeline

            pools.append(ParallelPipeline(workers))
            return pools[0]

        try:
            report = run_ingest(
                read_sources(paths, max_bytes=int(max_mb * 1e6), encoding=encoding),
                store,
                batch_size=batch_size * workers,
                pipeline=parallel_pipeline if workers > 1 else None,
                on_item=on_item,
                reprocess=reprocess,
            )
        finally:
            for pool in pools:
                pool.close()
    if as_json:
        data = {
            "db": str(db),
            "stored": report.stored,
            "skipped": report.skipped,
            "copies": report.copies,
            "reprocessed": report.reprocessed,
            "replaced": [{"old": a, "new": b} for a, b in report.replaced.items()],
            "dropped_corrections": [_dropped(fix) for fix in report.dropped_corrections],
            "failed": report.failed,
            "errors": [{"source": e.source, "code": e.code, "reason": e.reason} for e in report.errors],
        }
        click.echo(json.dumps(data, ensure_ascii=False, indent=2))
    else:
        click.echo(f"{db}: {report.summary()}")
        for old, new in report.replaced.items():
            click.echo(f"replaced: {old} -> {new} (same input, new text)", err=True)
        for fix in report.dropped_corrections:
            d = _dropped(fix)
            click.echo(
                f"correction dropped: {d['article_id']} {d['kind']}/{d['item']}/{d['field']} = "
                f"{json.dumps(d['value'], ensure_ascii=False)} ({d['text']!r} is not in the new text; "
                f"kept, not applied: `storyline show {report.replaced.get(str(d['article_id']), '')}`)",
                err=True,
            )
    if report.read == 0:
        raise click.ClickException("nothing could be read from " + ", ".join(map(str, paths)))


def _dropped(fix: dict[str, Any]) -> dict[str, Any]:
    """A correction ``ingest --reprocess`` could not carry to an input's new text, for the user."""
    keys = ("article_id", "kind", "item", "field", "value", "start", "end", "text")
    return {k: fix.get(k) for k in keys}


# --- query --------------------------------------------------------------------------------------


@main.group()
@click.option(
    "--parquet",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Query the Parquet output of `storyline run` with DuckDB: `query --parquet DIR sql 'SELECT …'`.",
)
@click.pass_context
def query(ctx: click.Context, parquet: Path | None) -> None:
    """List events, quotes, entities, times, places, articles or failed inputs from the store."""
    ctx.ensure_object(dict)["parquet"] = parquet
    if parquet is not None and ctx.invoked_subcommand != "sql":
        raise click.UsageError("with --parquet, use the sql subcommand: query --parquet DIR sql 'SELECT …'")


def _limit(fn: F) -> F:
    return click.option(
        "--limit", type=click.IntRange(1), default=50, show_default=True, help="At most N rows."
    )(fn)


def _date_value(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is not None and not is_date_bound(value):
        raise click.BadParameter(f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD")
    return value


def is_date_bound(value: str) -> bool:
    """True for a real YYYY, YYYY-MM or YYYY-MM-DD date (not 2020-13 or 2021-02-30)."""
    import datetime as dt

    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return False
    try:
        dt.date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
    except ValueError:
        return False
    return True


def _since_until(fn: F) -> F:
    fn = click.option(
        "--until", callback=_date_value, help="Up to this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive."
    )(fn)
    return click.option(
        "--since", callback=_date_value, help="From this date (YYYY, YYYY-MM or YYYY-MM-DD), inclusive."
    )(fn)


@query.command("events")
@click.option("--actor", help="Source or target actor name contains this (or is this actor code).")
@click.option("--type", "type_", metavar="TYPE", help="PLOVER type, e.g. ASSAULT.")
@click.option(
    "--country",
    help="A source or target actor's or the place's country (name or ISO code), e.g. Iran or IRN.",
)
@_since_until
@click.option("--text", help="The event sentence contains this.")
@click.option(
    "--canonical",
    is_flag=True,
    help="Each real-world event once, with its mentions, sources and disagreements "
    "(see `query mentions ID`).",
)
@_limit
@db_option
@json_option
@handles_errors
def query_events(
    actor: str | None,
    type_: str | None,
    country: str | None,
    since: str | None,
    until: str | None,
    text: str | None,
    canonical: bool,
    limit: int,
    db: Path,
    as_json: bool,
) -> None:
    """Events, in order of the date they happened."""
    with _open_store(db, readonly=True) as store:
        if canonical:
            rows = store.canonical_events(
                actor=actor, type=type_, country=country, since=since, until=until, text=text, limit=limit
            )
            columns = ["id", "date", "type", "source", "target", "place", "mentions", "sources", "conflicts"]
            emit(rows, columns, as_json=as_json)
            return
        rows = store.events(
            actor=actor, type=type_, country=country, since=since, until=until, text=text, limit=limit
        )
    emit(rows, ["date", "type", "source", "target", "trigger", "place", "article_id", "id"], as_json=as_json)


@query.command("stories")
@click.option("--text", help="The title, key actors or places contain this.")
@_since_until
@_limit
@db_option
@json_option
@handles_errors
def query_stories(
    text: str | None, since: str | None, until: str | None, limit: int, db: Path, as_json: bool
) -> None:
    """Stories: articles about one developing story, with title, span, event types, key actors
    and places.

    The span is its articles' publication dates; when none is dated, its events' dates, then
    the dates its articles name, marked "(events)" or "(times)"; else "undated". Events counts its
    canonical events with at least one report not marked wrong by a reviewer; types are their
    PLOVER types with their counts (--json also gives their CAMEO codes)."""
    with _open_store(db, readonly=True) as store:
        rows = store.stories(text=text, since=since, until=until, limit=limit)
    if not as_json:
        rows = [_story_row(r) for r in rows]
    emit(
        rows,
        ["id", "first", "last", "articles", "events", "types", "title", "actors", "places"],
        as_json=as_json,
        width=40,
    )


def _story_row(row: dict[str, Any]) -> dict[str, Any]:
    """A story as the text table shows it: an undated span says so, a span taken from its
    events' or time items' dates names where it came from, types are "TYPE count"."""
    out = dict(row)
    dated_by = row.get("dated_by")
    if dated_by is None:
        out["first"] = out["last"] = "undated"
    elif dated_by != "articles":
        out["first"], out["last"] = f"{row['first']} ({dated_by})", f"{row['last']} ({dated_by})"
    out["types"] = [f"{t['type']} {t['events']}" for t in row.get("types") or ()]
    return out


@query.command("mentions")
@click.argument("canonical_id", type=int)
@db_option
@json_option
@handles_errors
def query_mentions(canonical_id: int, db: Path, as_json: bool) -> None:
    """Every report of one canonical event: article, publisher, copies, date given, sentence.

    The copies are the other publishers that printed the article word for word, each a source.
    """
    with _open_store(db, readonly=True) as store:
        rows = store.canonical_mentions(canonical_id)
    if not rows:
        raise NotFoundError(
            f"no canonical event has id {canonical_id}; list them with `storyline query events --canonical`",
            code="S407",
        )
    if not as_json:  # a copy by its publisher, else its URL or input
        rows = [
            {**r, "copies": [c["publisher"] or c["url"] or c["source"] for c in r["copies"]]} for r in rows
        ]
    columns = ["published", "publisher", "copies", "date", "trigger", "duplicate_of", "article_id"]
    emit(rows, [*columns, "event_id", "sentence"], as_json=as_json)


@query.command("quotes")
@click.option("--speaker", help="The speaker's name contains this.")
@click.option("--text", help="Words in the quote or the speaker (full-text search, best match first).")
@click.option("--kind", type=click.Choice(["direct", "indirect", "mixed"]), help="Only this kind of quote.")
@_since_until
@_limit
@db_option
@json_option
@handles_errors
def query_quotes(
    speaker: str | None,
    text: str | None,
    kind: str | None,
    since: str | None,
    until: str | None,
    limit: int,
    db: Path,
    as_json: bool,
) -> None:
    """Quotes: who said what, when."""
    with _open_store(db, readonly=True) as store:
        rows = store.quotes(speaker=speaker, text=text, kind=kind, since=since, until=until, limit=limit)
    emit(rows, ["date", "speaker", "kind", "text", "channel", "article_id", "id"], as_json=as_json)


@query.command("entities")
@click.option("--actor", "--name", "name", help="The name or actor name contains this.")
@click.option("--type", "type_", metavar="TYPE", help="PERSON, ORG, GPE, NORP, LOC, FAC or OTHER.")
@click.option("--country", help="The actor's country (name or ISO code), e.g. Iran or IRN.")
@_limit
@db_option
@json_option
@handles_errors
def query_entities(
    name: str | None, type_: str | None, country: str | None, limit: int, db: Path, as_json: bool
) -> None:
    """Entities across articles, most mentioned first."""
    with _open_store(db, readonly=True) as store:
        rows = store.entities(name=name, type=type_, country=country, limit=limit)
    emit(rows, ["name", "type", "country", "sector", "code", "articles", "mentions"], as_json=as_json)


@query.command("times")
@click.option("--type", "type_", metavar="TYPE", help="DATE, TIME, DURATION or SET.")
@_since_until
@click.option("--text", help="The expression contains this.")
@_limit
@db_option
@json_option
@handles_errors
def query_times(
    type_: str | None,
    since: str | None,
    until: str | None,
    text: str | None,
    limit: int,
    db: Path,
    as_json: bool,
) -> None:
    """Temporal expressions with their resolved values."""
    with _open_store(db, readonly=True) as store:
        rows = store.times(type=type_, since=since, until=until, text=text, limit=limit)
    emit(rows, ["value", "type", "mod", "text", "article_id", "start"], as_json=as_json)


@query.command("places")
@click.option("--name", "--text", "name", help="The place name contains this.")
@click.option("--country", help="The place's country (name or ISO code), e.g. Iran or IR.")
@_limit
@db_option
@json_option
@handles_errors
def query_places(name: str | None, country: str | None, limit: int, db: Path, as_json: bool) -> None:
    """Places, most mentioned first."""
    with _open_store(db, readonly=True) as store:
        rows = store.places(name=name, country=country, limit=limit)
    emit(rows, ["name", "country", "admin1", "lat", "lon", "articles", "mentions"], as_json=as_json)


@query.command("articles")
@click.option("--text", help="Words in the headline or text (full-text search).")
@_since_until
@_limit
@db_option
@json_option
@handles_errors
def query_articles(
    text: str | None, since: str | None, until: str | None, limit: int, db: Path, as_json: bool
) -> None:
    """Stored articles, latest published first."""
    with _open_store(db, readonly=True) as store:
        rows = store.articles(text=text, since=since, until=until, limit=limit)
    emit(rows, ["id", "published", "publisher", "headline", "events", "quotes"], as_json=as_json)


@query.command("errors")
@db_option
@json_option
@handles_errors
def query_errors(db: Path, as_json: bool) -> None:
    """Inputs that failed to ingest, with the reason."""
    with _open_store(db, readonly=True) as store:
        rows = store.errors()
    emit(rows, ["source", "code", "reason", "at"], as_json=as_json, width=200)


@query.command("sql")
@click.argument("sql")
@json_option
@click.pass_context
@handles_errors
def query_sql(ctx: click.Context, sql: str, as_json: bool) -> None:
    """Run SQL over the Parquet tables of `storyline run` (each table is a view: articles, entities,
    mentions, times, quotes, places, events, quantities, errors, article_copies), with `query
    --parquet DIR`."""
    from storyline.scale import query_parquet

    folder = ctx.obj.get("parquet") if ctx.obj else None
    if folder is None:
        raise click.UsageError("give the Parquet folder: storyline query --parquet DIR sql 'SELECT …'")
    require_extra("scale", "storyline query sql", "duckdb")
    rows = query_parquet(folder, sql)
    emit(rows, list(rows[0]) if rows else [], as_json=as_json)


# --- show / export ------------------------------------------------------------------------------


@main.command()
@click.argument("article_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the full record as JSON.")
@handles_errors
def show(article_id: str, db: Path, as_json: bool) -> None:
    """Show one stored record (a unique prefix of its id is enough), then (without --json) the
    other publishers that printed its text word for word, and the corrections a re-processing
    could not carry to its new text, which are kept but not applied."""
    from storyline.demo import describe_record

    with _open_store(db, readonly=True) as store:
        record = store.get(article_id)
        dropped = store.dropped_corrections(record.article.id)
        copies = store.copies(record.article.id)
    click.echo(record.to_json(indent=2) if as_json else describe_record(record))
    if not as_json:
        if copies:
            click.echo(f"copies of this text from other sources ({len(copies)}):")
        for c in copies:
            click.echo(
                f"  {c['publisher'] or '-'}  {c['url'] or c['source']}"
                + (f"  ({c['published']})" if c["published"] else "")
            )
        for d in dropped:
            click.echo(
                f"dropped correction (from {d['from_article']}): {d['kind']}/{d['item']}/{d['field']} = "
                f"{json.dumps(d['value'], ensure_ascii=False)} ({d['text']!r} is not in this text)"
            )


@main.command()
@click.option(
    "--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True
)
@click.option(
    "--out",
    required=True,
    type=click.Path(path_type=Path),
    help="File for jsonl; folder for csv/parquet (one file per table, plus polecat).",
)
@click.option(
    "--per-mention",
    is_flag=True,
    help="polecat: one row per event mention, instead of one per canonical event.",
)
@click.option(
    "--unasserted",
    is_flag=True,
    help="polecat: also negated and hypothetical events (flagged in their columns); by default "
    "it holds only events the text asserts.",
)
@db_option
@handles_errors
def export(fmt: str, out: Path, per_mention: bool, unasserted: bool, db: Path) -> None:
    """Export the store: full records as JSON Lines, or one CSV/Parquet table per item type."""
    from storyline.store import export_jsonl, export_tables

    with _open_store(db, readonly=True) as store:
        if fmt == "jsonl":
            n = export_jsonl(store, out)
            click.echo(f"{out}: {n} records")
        else:
            counts = export_tables(store, out, format=fmt, canonical=not per_mention, unasserted=unasserted)
            click.echo(f"{out}/: " + ", ".join(f"{k} {v}" for k, v in counts.items()))


# --- serve --------------------------------------------------------------------------------------


@main.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on (reads are open).")
@click.option("--port", type=click.IntRange(1, 65535), default=8765, show_default=True, help="Port.")
@click.option(
    "--token",
    envvar="STORYLINE_TOKEN",
    show_envvar=True,
    help="Token that writes (POST articles, corrections) must send; a random one is made if absent.",
)
@click.option("--read-only", is_flag=True, help="Refuse every write (no token).")
@handles_errors
def serve(db: Path, host: str, port: int, token: str | None, read_only: bool) -> None:
    """Serve the REST API (/docs) and the web page (/) over the store, while ingest may write to it."""
    import secrets

    require_extra("web", "storyline serve")
    from storyline.web import check_address
    from storyline.web import serve as run_server

    check_address(host, port)  # a port in use is said before the token and "serving"
    if read_only:
        token = None
    elif not token:
        token = secrets.token_urlsafe(18)
        click.echo(f"write token (paste it in the page's Review token box): {token}", err=True)
    click.echo(f"storyline: serving {db} on http://{host}:{port}/ (API at /docs); Ctrl-C stops", err=True)
    run_server(db, host=host, port=port, token=token)


# --- run / load (scale out) ---------------------------------------------------------------------


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.argument("output", type=click.Path(file_okay=False, path_type=Path))
@click.option("--engine", type=click.Choice(["ray"]), default="ray", show_default=True, help="Where to run.")
@click.option("--address", help="Ray cluster address (default: $RAY_ADDRESS, else a new local Ray instance).")
@click.option(
    "--workers", type=click.IntRange(1), default=2, show_default=True, help="Actors, one pipeline each."
)
@click.option(
    "--batch-size", type=click.IntRange(1), default=16, show_default=True, help="Articles per batch."
)
@click.option("--overwrite", is_flag=True, help="Replace the tables already in OUTPUT.")
@click.option(
    "--resume",
    is_flag=True,
    help="Finish an interrupted run in OUTPUT: keep what it wrote, process only the inputs it had not.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@handles_errors
def run(
    paths: tuple[Path, ...],
    output: Path,
    engine: str,
    address: str | None,
    workers: int,
    batch_size: int,
    overwrite: bool,
    resume: bool,
    as_json: bool,
) -> None:
    """Process files and folders (PATHS…) on Ray and write Parquet tables to OUTPUT.

    OUTPUT gets one folder per table (articles, entities, mentions, times, quotes, places,
    events, quantities, errors, article_copies), each row keyed by article_id; query it with
    `storyline query --parquet OUTPUT sql …` or load it into the store with `storyline load`.
    An article read from several inputs is written once, from the input given first; the others
    are its copies (article_copies: input, URL, publisher), which `load` keeps as `ingest` does.
    A copy of a text the pipeline fails on is an error too. A finished run writes OUTPUT/_SUCCESS;
    a killed one is finished with --resume (which says "nothing to do", without starting Ray, when
    every input is there already). The reader's warnings (a guessed encoding) and the inputs that
    fail are listed on stderr; failures are kept in the errors table. Exits 1 when nothing could be
    read.
    """
    require_extra("scale", "storyline run")
    from storyline.scale import query_parquet, run_ray

    summary = run_ray(
        list(paths),
        output,
        address=address,
        workers=workers,
        batch_size=batch_size,
        overwrite=overwrite,
        resume=resume,
    )
    for warning in summary.get("warnings") or ():
        click.echo(f"warning: {warning}", err=True)  # the reader's, as ingest prints them
    for e in query_parquet(output, "SELECT source, code, reason FROM errors ORDER BY source"):
        click.echo(f"error: {e['source']}: {e['reason']} [{e['code']}]", err=True)
    if as_json:
        click.echo(json.dumps(summary, indent=2))
    else:
        if summary.get("nothing_to_do"):
            click.echo(f"{output}/: nothing to do: every input is in the output already (Ray not started)")
        present = f", {summary['present']} already there" if "present" in summary else ""
        click.echo(
            f"{output}/: {summary['records']} records, {summary['duplicates']} duplicates{present}, "
            f"{summary['errors']} errors in {summary['seconds']} s ({engine}, {workers} workers)"
        )
    if not (summary["records"] or summary["duplicates"] or summary.get("present")):
        raise click.ClickException("nothing could be read from " + ", ".join(map(str, paths)))


@main.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@handles_errors
def load(folder: Path, db: Path, as_json: bool) -> None:
    """Load the Parquet output of `storyline run` into the SQLite store (read with DuckDB).

    Records already stored are skipped; the other inputs of an article's text (a wire copy
    printed word for word) are kept as its copies, one more source each, as `ingest` keeps them
    (`storyline show`); failed inputs go to the store's errors table.
    """
    require_extra("scale", "storyline load", "duckdb")
    from storyline.scale import check_run_output, load_parquet

    check_run_output(folder)  # a folder that is no run's output makes no store
    with _open_store(db) as store:
        counts = load_parquet(folder, store)
        store.merge_stories()  # dedup, stories and canonical events, as ingest does
    if as_json:
        click.echo(json.dumps({"db": str(db), **counts}, indent=2))
    else:
        copies = f", {counts['copies']} kept as copies from other sources" if counts.get("copies") else ""
        click.echo(
            f"{db}: {counts['stored']} stored, {counts['skipped']} skipped{copies}, {counts['errors']} errors"
        )


# --- demo / bench -------------------------------------------------------------------------------


@main.command()
@click.option(
    "--db",
    type=click.Path(dir_okay=False, path_type=Path),
    default="storyline-demo.db",
    show_default=True,
    help="SQLite database for the demo.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@handles_errors
def demo(db: Path, quiet: bool, as_json: bool) -> None:
    """Ingest the sample articles shipped with storyline and summarise what was found."""
    from storyline.demo import format_summary, run_demo

    summary = run_demo(db, progress=not quiet)
    click.echo(json.dumps(summary, ensure_ascii=False, indent=2) if as_json else format_summary(summary))


@main.command()
@click.option(
    "--articles", "n", type=click.IntRange(1), default=60, show_default=True, help="Articles per run."
)
@click.option("--batch-size", type=click.IntRange(1), default=16, show_default=True)
@click.option(
    "--workers",
    type=click.IntRange(1),
    default=2,
    show_default=True,
    help="Also run spaCy and the Pipeline on this many processes, and Ray with 1 and this many workers.",
)
@click.option("--ray/--no-ray", "with_ray", default=True, show_default=True, help="Include the Ray runs.")
@click.option(
    "--ray-articles",
    type=click.IntRange(1),
    default=240,
    show_default=True,
    help="Articles per Ray run (enough batches per actor that the steady rate decides).",
)
@click.option("--ray-batch-size", type=click.IntRange(1), default=8, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@click.option("--api", is_flag=True, help="Instead: p50/p95 latency of the REST API's main queries.")
@click.option(
    "--stored", type=click.IntRange(1), default=10_000, show_default=True, help="Articles for --api."
)
@click.option(
    "--merge",
    is_flag=True,
    help="Instead: CPU time and memory per 10k articles of dedup, stories and event merging "
    "(--stored synthetic articles).",
)
@handles_errors
def bench(
    n: int,
    batch_size: int,
    workers: int,
    with_ray: bool,
    ray_articles: int,
    ray_batch_size: int,
    as_json: bool,
    api: bool,
    stored: int,
    merge: bool,
) -> None:
    """Throughput and peak memory of the whole Pipeline next to bare spaCy, on the same texts.

    Each side runs in its own subprocess so that peak memory (RSS) is measured apart; the
    texts are generated articles of about 500 words. The Pipeline sides also print each
    part's share of the CPU time (spaCy, each stage). Ray's rate is measured once every
    actor is loaded and working. With --api: latency of the REST API's main queries over
    synthetic stored articles.
    """
    if merge:
        from storyline.bench import run_merge_bench

        figures = run_merge_bench(n_articles=stored)
        click.echo(
            json.dumps(figures, indent=2) if as_json else ", ".join(f"{k} {v}" for k, v in figures.items())
        )
        return
    if api:
        require_extra("web", "storyline bench --api")
        from storyline.bench import run_api_bench
        from storyline.web.benchmark import format_api_latency

        figures = run_api_bench(n_articles=stored)
        click.echo(json.dumps(figures, indent=2) if as_json else format_api_latency(figures))
        return
    from storyline.bench import format_bench, run_bench

    if with_ray and importlib.util.find_spec("ray") is None:  # `make bench` installs the library alone
        click.echo("note: Ray is not installed (the 'scale' extra): the Ray sides are left out", err=True)
        with_ray = False
    result = run_bench(
        n_articles=n,
        batch_size=batch_size,
        workers=workers,
        ray=with_ray,
        ray_articles=ray_articles,
        ray_batch_size=ray_batch_size,
    )
    click.echo(json.dumps(result, indent=2) if as_json else format_bench(result))


@main.command("eval")
@click.argument("task", type=click.Choice(["seed", *TASKS]))
@click.option(
    "--data", type=click.Path(exists=True, path_type=Path), help="Gold data (default ../shared/data/…)."
)
@click.option("--split", help="Split to score where the corpus has several (PolNeAR: train, dev).")
@click.option("--limit", type=click.IntRange(1), help="Score only the first N documents.")
@click.option(
    "--orders",
    type=click.IntRange(1),
    help="stories: also cluster in N-1 more arrival orders and print their mean and min B³ F1.",
)
@click.option(
    "--canonical",
    is_flag=True,
    default=None,
    help="stories: score the canonical events the store builds from the records' events instead.",
)
@click.option(
    "--cache",
    type=click.Path(file_okay=False, path_type=Path),
    help="stories --canonical: a folder keeping the records built from the data between runs.",
)
@click.option("--json", "as_json", is_flag=True, help="Print the figures as JSON.")
@handles_errors
def eval_(
    task: str,
    data: Path | None,
    split: str | None,
    limit: int | None,
    orders: int | None,
    canonical: bool | None,
    cache: Path | None,
    as_json: bool,
) -> None:
    """Score a capability against public gold data.

    `seed` scores the seed example, or with --data every folder holding an article and its
    gold.json (tests/data/articles), per article and per part.
    """
    if task == "seed":
        from storyline.evaluate.seed import format_scores, score_folders, scores_as_dict

        try:
            scores = score_folders(data)
        except FileNotFoundError as exc:
            raise click.UsageError(str(exc)) from exc
        out = json.dumps(scores_as_dict(scores), indent=2) + "\n" if as_json else format_scores(scores)
        click.echo(out, nl=False)
        return
    from storyline.evaluate import run

    try:
        result = run(task, data, split=split, limit=limit, orders=orders, canonical=canonical, cache=cache)
    except FileNotFoundError as exc:
        raise click.UsageError(str(exc)) from exc
    if as_json:
        click.echo(json.dumps(result, indent=2, default=str))
    else:
        for key, value in _flatten(result):
            click.echo(f"{key:48} {value:.3f}" if isinstance(value, float) else f"{key:48} {value}")


def _flatten(data: Any, prefix: str = "") -> list[tuple[str, Any]]:
    """Nested figures as (dotted.key, value) rows, in the scorer's order."""
    if isinstance(data, dict):
        return [row for k, v in data.items() for row in _flatten(v, f"{prefix}{k}.")]
    return [(prefix.rstrip("."), data)]


if __name__ == "__main__":
    main()
