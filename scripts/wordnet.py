"""Read WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``), for the
build scripts of the stories data files (build_event_nouns.py, build_trigger_classes.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")


def _lines(name: str) -> Iterator[list[str]]:
    """The data lines of one WordNet file (its licence header lines start with two spaces)."""
    with (WORDNET / name).open(encoding="latin-1") as fh:
        for line in fh:
            if not line.startswith("  "):
                yield line.split()


def synsets(pos: str) -> dict[str, tuple[list[str], list[tuple[str, str, str, str]]]]:
    """Synset offset -> (its words, its pointers: symbol, offset, part of speech, source/target)."""
    out = {}
    for f in _lines(f"data.{pos}"):
        n = int(f[3], 16)
        words = [f[4 + 2 * i].lower() for i in range(n)]
        i = 4 + 2 * n
        ptrs = [tuple(f[i + 1 + 4 * k : i + 5 + 4 * k]) for k in range(int(f[i]))]
        out[f[0]] = (words, ptrs)
    return out


def senses(pos: str) -> dict[str, list[str]]:
    """Lemma -> its synset offsets, most frequent sense first."""
    return {f[0]: f[4 + int(f[3]) + 2 :] for f in _lines(f"index.{pos}")}


def lexfiles(pos: str) -> dict[str, int]:
    """Synset offset -> the number of its lexicographer file (noun.act is 4, noun.event 11)."""
    return {f[0]: int(f[1]) for f in _lines(f"data.{pos}")}
