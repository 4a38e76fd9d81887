"""The command line: thin commands over the library (``storyline --help``)."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import click


@click.group()
@click.option("-v", "--verbose", count=True, help="More log output (-vv for debug).")
def main(verbose: int) -> None:
    """storyline: who did what to whom, when and where, and who said so."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s", stream=sys.stderr)


@main.command()
@click.argument("path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--published", help="Publication date (YYYY-MM-DD); found in the text when absent.")
@click.option("--url", help="The article's URL.")
@click.option("--headline", help="The article's headline.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON (the default; kept for symmetry).")
@click.option("--indent", type=int, default=None, help="Indent the JSON.")
def process(
    path: Path, published: str | None, url: str | None, headline: str | None, as_json: bool, indent: int | None
) -> None:
    """Print the record of one article file as JSON (RECORD.md)."""
    from storyline.pipeline import process as run

    record = run(path.read_text(encoding="utf-8"), published=published, url=url, headline=headline)
    click.echo(record.to_json(indent=indent))


if __name__ == "__main__":
    main()
