"""Read WordNet 3.0 as Debian's ``wordnet-base`` ships it (``/usr/share/wordnet``), for the
build scripts of the stories data files (build_event_nouns.py, build_trigger_classes.py)."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

WORDNET = Path("/usr/share/wordnet")
#: Where the built data files go.
DATA = Path(__file__).resolve().parent.parent / "src" / "storyline" / "data"


#: WordNet's lexicographer file numbers (``lexnames``) of nouns and verbs, as short names.
LEXNAMES = {
    3: "Tops",
    4: "act",
    5: "animal",
    6: "artifact",
    7: "attribute",
    8: "body",
    9: "cognition",
    10: "communication",
    11: "event",
    12: "feeling",
    13: "food",
    14: "group",
    15: "location",
    16: "motive",
    17: "object",
    18: "person",
    19: "phenomenon",
    20: "plant",
    21: "possession",
    22: "process",
    23: "quantity",
    24: "relation",
    25: "shape",
    26: "state",
    27: "substance",
    28: "time",
    29: "body",
    30: "change",
    31: "cognition",
    32: "communication",
    33: "competition",
    34: "consumption",
    35: "contact",
    36: "creation",
    37: "emotion",
    38: "motion",
    39: "perception",
    40: "possession",
    41: "social",
    42: "stative",
    43: "weather",
}


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


def first_lexfiles(pos: str) -> dict[str, int]:
    """Lemma -> the lexicographer file of its most frequent sense (the first in the index)."""
    lexfile = lexfiles(pos)
    return {lemma: lexfile[offsets[0]] for lemma, offsets in senses(pos).items() if offsets}


def closure(
    synsets: dict[str, tuple[list[str], list[tuple[str, str, str, str]]]],
    roots: Iterable[str],
    symbols: tuple[str, ...],
) -> set[str]:
    """The ``roots`` and every synset reached from them by pointers with one of ``symbols``:
    ("~", "~i") for all hyponyms, ("@", "@i") for all hypernyms."""
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        off = stack.pop()
        if off not in seen:
            seen.add(off)
            stack += [p[1] for p in synsets[off][1] if p[0] in symbols]
    return seen


def event_nouns() -> set[str]:
    """The lemmas of ``data/event_nouns.tsv`` (built by build_event_nouns.py), which later
    build scripts start from."""
    lines = (DATA / "event_nouns.tsv").read_text(encoding="utf-8").splitlines()[1:]
    return {line.split("\t")[0] for line in lines if line and not line.startswith("#")} - {"lemma"}


def write_data(name: str, header: str, columns: str, rows: Iterable[str]) -> int:
    """Write ``data/<name>``: its commented ``header``, a ``columns`` line (none when empty) and
    the ``rows`` in order; how many rows."""
    rows = list(rows)
    (DATA / name).write_text(
        header + (columns + "\n" if columns else "") + "\n".join(rows) + "\n", encoding="utf-8"
    )
    sys.stdout.write(f"{len(rows)} rows -> {DATA / name}\n")
    return len(rows)
