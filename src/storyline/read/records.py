"""A parliament's record of a sitting (a Hansard): the legislature over the record's title, and the
clock marks in its margin.

Such a record opens with the legislature's name and the record's title on lines of their own
("PARLIAMENT OF KORVANIA" / "OFFICIAL REPORT", "NATIONAL ASSEMBLY" / "PARLIAMENTARY DEBATES
(HANSARD)"; the words in ``parliamentary_records.tsv``), then the sitting's day ("TUESDAY, 3RD
FEBRUARY, 2026"). The legislature is the page's publisher (:func:`parliament_record`), and the
clock marks set in its margin on lines of their own as the sitting goes on ("2.45", "(2.45 p.m.)") are
furniture: the reader blanks them (:mod:`storyline.read.exports`), so no stage takes them for a time of
the story or a figure. A clock in a sentence ("The House met at 2.30 p.m.") stays.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from storyline.knowledge import load_tsv

__all__ = ["Sitting", "parliament_record"]

Span = tuple[int, int]

_SMALL = frozenset({"of", "the", "and", "for", "de", "du", "des", "la", "le"})
# A clock mark on a line of its own: "2.45", "(2.45 p.m.)", "3.02 pm", "[14.10]".
_MARGIN_CLOCK = re.compile(
    r"^[ \t]*[(\[]?(?:[01]?\d|2[0-3])[.:][0-5]\d(?:[ \t]*(?i:[ap]\.?[ \t]?m\.?))?[)\]]?[ \t]*$", re.MULTILINE
)


@dataclass(frozen=True)
class Sitting:
    """A parliament's record: its legislature's name as a publisher's, and its margin's clock marks."""

    publisher: str
    margin: tuple[Span, ...]


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The legislature's line ("PARLIAMENT OF KORVANIA", "KORVANIAN NATIONAL ASSEMBLY") and a record's
    title as a piece of a line ("OFFICIAL REPORT", "PARLIAMENTARY DEBATES (HANSARD)")."""
    rows = load_tsv("parliamentary_records.tsv")
    alt = {
        kind: "|".join(sorted((re.escape(r["phrase"]) for r in rows if r["kind"] == kind), key=len)[::-1])
        for kind in ("body", "record")
    }
    name = r"[A-ZÀ-Þ][\w'’.-]*"
    body = re.compile(
        rf"^(?:the\s+)?(?:{name}\s+){{0,2}}(?i:{alt['body']})"
        rf"(?:\s+(?i:of)\s+(?:(?i:the)\s+)?{name}(?:\s+(?:{name}|(?i:and|of)))*)?$"
    )
    # the record's title, after a session's words in capitals at most ("THIRD SESSION OFFICIAL REPORT"),
    # with what it records after "of" in capitals ("OFFICIAL REPORT OF THE PROCEEDINGS OF PARLIAMENT"),
    # or alone in brackets ("(HANSARD)")
    record = re.compile(
        rf"^(?:[A-Z0-9][A-Z0-9'’-]*\s+){{0,3}}(?i:{alt['record']})"
        r"(?:\s+OF\s+(?:THE\s+)?[A-Z][A-Z'’-]*(?:\s+[A-Z][A-Z'’-]*){0,5})?"
        rf"(?:\s*\((?i:{alt['record']})\))?$|^\((?i:{alt['record']})\)$"
    )
    return body, record


def _title_cased(name: str) -> str:
    """A legislature's name in capitals in title case by the reader's one rule
    (:func:`storyline.read.exports.title_cased`): "PARLIAMENT OF KORVANIA" -> "Parliament of Korvania";
    a name in mixed case as it is."""
    from storyline.read.exports import title_cased  # exports reads records: imported on use

    return title_cased(name, _SMALL) if name.isupper() else name


def parliament_record(text: str) -> Sitting | None:
    """The parliament's record ``text`` is, or None: a legislature's line and a record's title among
    its first eight lines (or on one line, set apart by a dash or a bar)."""
    body, record = _patterns()
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:8]
    pieces = [p.strip() for ln in lines for p in re.split(r"\s+[—–|-]\s+|\s*[|•·]\s*", ln) if p.strip()]
    legislature = next((p for p in pieces if body.match(p)), None)
    if legislature is None or not any(record.match(p) for p in pieces if p != legislature):
        return None
    margin = tuple(m.span() for m in _MARGIN_CLOCK.finditer(text))
    return Sitting(publisher=_title_cased(legislature), margin=margin)
