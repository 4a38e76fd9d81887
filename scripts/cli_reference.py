"""Regenerate (or with --check, verify) the CLI reference in README.md from ``--help``.

The block between ``<!-- cli-reference:start -->`` and ``<!-- cli-reference:end -->`` is
the help text of every command, so the README cannot drift from the CLI (sqlite-utils does
the same with cog).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click.testing import CliRunner

from storyline.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"
START, END = "<!-- cli-reference:start -->", "<!-- cli-reference:end -->"


def commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Every command path under ``group``, depth first, in name order."""
    out: list[tuple[str, ...]] = []
    for name in sorted(group.commands):
        cmd = group.commands[name]
        out.append((*prefix, name))
        if isinstance(cmd, click.Group):
            out.extend(commands(cmd, (*prefix, name)))
    return out


def reference() -> str:
    """The markdown block: one fenced ``--help`` per command."""
    runner = CliRunner()
    parts = []
    for path in commands(main):
        result = runner.invoke(main, [*path, "--help"], prog_name="storyline", terminal_width=100)
        parts.append(f"#### `storyline {' '.join(path)}`\n\n```\n{result.output.rstrip()}\n```\n")
    return "\n".join(parts)


def main_(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    head, _, rest = text.partition(START)
    _, _, tail = rest.partition(END)
    new = f"{head}{START}\n{reference()}\n{END}{tail}"
    if "--check" in argv:
        if new != text:
            sys.stderr.write("README.md's CLI reference is stale: run python scripts/cli_reference.py\n")
            return 1
        return 0
    README.write_text(new, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main_(sys.argv[1:]))
