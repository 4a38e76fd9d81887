"""A caption or subtitle file of a video report (WebVTT, SubRip): its furniture and its header.

A broadcaster's caption file carries the report's words in numbered cues with their time codes, a
sentence running on from one cue into the next::

    WEBVTT

    NOTE
    Broadcaster: Harbour Vision
    Aired: 04.11.2026
    Reporter: Lina Haddad

    7
    00:00:19.600 --> 00:00:24.100
    Floodwater swept through the market town of

    8
    00:00:24.100 --> 00:00:27.900
    Belmora on Tuesday night.

A SubRip (.srt) file has the same cues with a comma in its time codes ("00:00:19,600") and no header.
:func:`caption_file` finds such a page and gives the reader (:mod:`storyline.read.exports`) the header's
keys (the broadcaster, the day it aired, the reporter, as a front matter gives them) and the spans of its
furniture: the "WEBVTT" and "NOTE" lines, the header's labels, the cue numbers and time codes, and
the cues' inline tags ("<v Lina Haddad>", "<i>"). The parser's view
(:func:`storyline.read.furniture.blank_furniture`) blanks them and joins the cues' text into running
sentences (:attr:`Captions.joins`): the gap between two cues, and the line breaks inside a cue, become
spaces, so no time code is read as a figure and no sentence breaks at a cue. A speaker's label opening
a cue ("[DR. OMAR FARAH, SURGEON]", "[NARRATOR]", ">> ANCHOR:", "- ") starts a new paragraph and keeps
its own line, as a transcript writes it.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

__all__ = ["Captions", "caption_file", "header_fields", "line_spans"]

Span = tuple[int, int]

# A cue's time codes, with a WebVTT cue's settings after them: "00:00:19.600 --> 00:00:24.100 align:start",
# "00:19.600 --> 00:24.100", SubRip's "00:00:19,600 --> 00:00:24,100".
_TIMING = re.compile(
    r"^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d\d[.,]\d{1,3}[ \t]*-->"
    r"[ \t]*(?:\d{1,2}:)?\d{1,2}:\d\d[.,]\d{1,3}(?:[ \t].*)?$"
)
_WEBVTT = re.compile(r"^\ufeff?WEBVTT(?:[ \t].*)?$")
# A header block's line "NOTE", "NOTE Broadcaster: …", or one of WebVTT's "STYLE" and "REGION" blocks.
_NOTE = re.compile(r"^NOTE(?:[ \t]+|$)")
_BLOCK = re.compile(r"^(?:STYLE|REGION)[ \t]*$")
# A header's "Key: value" (a key of words, never a clock's "Running time 03:52").
_KEY = re.compile(
    r"^(?P<label>[ \t]*(?P<key>[A-Za-z][A-Za-z .'-]{0,30}?)[ \t]*:[ \t]*)(?P<value>\S.*?)[ \t]*$"
)
# The pieces of a header's line: "Roof Radio (RR) | Night Desk", "Aired: 04.11.2026 | Item 3 of 8", a
# SubRip file's title line "Harbour Vision News - Evening Report - 12 March 2026" (a spaced dash splits
# a line with no key only); a line's opening or closing pipe parts pieces too ("| Tide FM | Late Report |").
_PIECES = re.compile(r"(?:^[ \t]*|[ \t]+)[|·•](?:[ \t]+|$)")
_DASHES = re.compile(r"[ \t]+[-–—][ \t]+")
# A cue's inline tags: a voice "<v Lina Haddad>", a class "<c.yellow>", "<i>", "</i>", a time
# "<00:00:21.000>".
_TAG = re.compile(
    r"</?(?:v(?:\.[\w.]+)?(?:[ \t][^<>\n]*)?|c(?:\.[\w.]+)?|[ibu]|lang[^<>\n]*|ruby|rt|\d[\d:.]*)>"
)
# A speaker's mark opening a cue's line: a bracketed label "[NARRATOR]", "(REPORTER)", a change of
# speaker ">>", ">> ANCHOR:", a dash "- " or a voice's tag "<v Lina Haddad>".
_SPEAKER_MARK = re.compile(
    r"^[ \t]*(?:\[[^\]\n]{2,80}\]|\([A-Z][^)\n]{1,80}\)|>>|-[ \t]|–[ \t]|—[ \t]|<v[ .])"
)
_LABEL_LINE = re.compile(r"^[ \t]*(?:\[[^\]\n]{2,80}\]|\([A-Z][^)\n]{1,80}\))[ \t]*:?[ \t]*$")


@dataclass(frozen=True)
class Captions:
    """A caption file's header keys (lower case, the first of each) and their values, the
    spans of its furniture, and the spans between cues' text and of line breaks inside a cue that
    the parser's view makes spaces."""

    header: dict[str, str]
    furniture: tuple[Span, ...]
    joins: tuple[Span, ...]
    # the header's pieces with no key, in their order: a broadcaster's and a programme's names, a day
    # ("Roof Radio (RR)", "Night Desk", "12 March 2026"); a numbering ("Item 3 of 8") is furniture
    untitled: tuple[str, ...] = ()
    # the header's span: the lines above the first cue, that the reader's metadata view blanks
    head: Span = (0, 0)


def line_spans(text: str, limit: int | None = None) -> list[Span]:
    """(start, end) of every line of ``text`` (of its first ``limit`` lines), blank ones included, the
    end before its "\\n": the readers of pages' furniture (this module's, :mod:`storyline.read.exports`'
    and :mod:`storyline.read.furniture`'s) all walk a page by these spans."""
    spans: list[Span] = []
    pos = 0
    while pos <= len(text) and (limit is None or len(spans) < limit):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        spans.append((pos, end))
        pos = end + 1
    return spans


def caption_file(text: str) -> Captions | None:
    """The caption file ``text`` is (see the module's docstring), or None: one opening with "WEBVTT"
    and with a cue's time codes, or one with time codes on two lines or more (SubRip). A story that
    quotes one time code is none."""
    if "-->" not in text:  # no cue's time codes: most pages, told apart before splitting them
        return None
    spans = line_spans(text)
    lines = [text[s:e] for s, e in spans]
    timings = [i for i, ln in enumerate(lines) if _TIMING.match(ln)]
    first = next((i for i, ln in enumerate(lines) if ln.strip()), None)
    if first is None or not timings:
        return None
    vtt = bool(_WEBVTT.match(lines[first].strip()))
    if not vtt and (len(timings) < 2 or not all(_cue_id(lines, i) is not None for i in timings[:2])):
        return None
    furniture: list[Span] = []
    header: dict[str, str] = {}
    untitled: list[str] = []
    if vtt:
        furniture.append(spans[first])
    # the header: the lines before the first cue, a NOTE block's or bare "key: value" lines
    top = timings[0] - (1 if _cue_id(lines, timings[0]) is not None else 0)
    block = None
    for i in range(first + (1 if vtt else 0), top):
        line = lines[i]
        if not line.strip():
            block = None
            continue
        start = spans[i][0]
        note = _NOTE.match(line)
        if note or _BLOCK.match(line):
            block = "note" if note else "style"
            furniture.append((start, start + (note.end() if note else len(line))))
            if note and line[note.end() :].strip():  # "NOTE Broadcaster: …"
                _header_line(line[note.end() :], start + note.end(), header, furniture, untitled)
            continue
        if block == "style":
            furniture.append(spans[i])
            continue
        _header_line(line, start, header, furniture, untitled)
    joins: list[Span] = []
    texts: list[tuple[int, int]] = []  # each cue's text: its first and last line's index
    for n, i in enumerate(timings):
        cue = _cue_id(lines, i)
        if cue is not None:
            furniture.append(spans[cue])
        furniture.append(spans[i])
        end = len(lines)
        if n + 1 < len(timings):
            after = _cue_id(lines, timings[n + 1])
            end = timings[n + 1] if after is None else after
        body = list(itertools.takewhile(lambda k: bool(lines[k].strip()), range(i + 1, end)))
        for k in range(body[-1] + 1 if body else i + 1, end):  # a NOTE block between cues: a comment
            if _NOTE.match(lines[k]) and (k == 0 or not lines[k - 1].strip()):
                for j in itertools.takewhile(lambda j: bool(lines[j].strip()), range(k, end)):
                    furniture.append(spans[j])
        if body:
            texts.append((body[0], body[-1]))
    for k, (a, b) in enumerate(texts):
        for j in range(a, b):  # a cue's own line breaks, but after a label's line
            if not _LABEL_LINE.match(lines[j]) and not _SPEAKER_MARK.match(lines[j + 1]):
                joins.append((spans[j][1], spans[j][1] + 1))
        if k + 1 < len(texts):
            nxt = texts[k + 1][0]
            if not _SPEAKER_MARK.match(lines[nxt]):
                joins.append((spans[b][1], spans[nxt][0]))
    for a, b in texts:
        for m in _TAG.finditer(text, spans[a][0], spans[b][1]):
            furniture.append(m.span())
    head = (spans[first][0], spans[top - 1][1]) if top > first else (0, 0)
    return Captions(
        header=header, furniture=tuple(furniture), joins=tuple(joins), untitled=tuple(untitled), head=head
    )


def _cue_id(lines: list[str], timing: int) -> int | None:
    """The index of a cue's identifier line right above its time codes ("7", "intro-1"), or None: a
    short line with no space after a blank line (or opening the file)."""
    k = timing - 1
    if k < 0 or (k > 0 and lines[k - 1].strip()):
        return None
    return k if re.fullmatch(r"[ \t]*[\w.-]{1,40}[ \t]*", lines[k]) and not _TIMING.match(lines[k]) else None


def _header_line(
    line: str, start: int, header: dict[str, str], furniture: list[Span], untitled: list[str]
) -> None:
    """A header's line, piece by piece ("Aired: 19.02.2026 | Item 3 of 8"): a "Key: value" piece's key
    and value into ``header``, its label into ``furniture``; a piece with no key into ``untitled``, or
    into ``furniture`` when it is a numbering or a running time ("Item 3 of 8", "Running time 03:52")."""
    pieces = _split(line, start, _PIECES)
    # one piece with no key parts at spaced dashes ("Harbour Vision News - Evening Report - 12 March 2026")
    if len(pieces) == 1 and not _KEY.match(pieces[0][0]):
        pieces = _split(*pieces[0], _DASHES)
    for piece, at in pieces:
        m = _KEY.match(piece)
        if m is None:
            if _numbering(piece):
                furniture.append((at, at + len(piece)))
            else:
                untitled.append(piece.strip())
            continue
        key = m["key"].strip().lower()
        header.setdefault(key, m["value"])
        # a player's own keys ("Kind: captions", "Language: en") say nothing of the report: blanked whole
        furniture.append((at, at + (len(piece) if key in _PLAYER_KEYS else m.end("label"))))


def _split(line: str, start: int, sep: re.Pattern[str]) -> list[tuple[str, int]]:
    """The pieces of ``line`` between the separators ``sep`` finds, with their offsets: those with a
    letter or a figure (a rule line "=====" or "* * *", an empty cell "--", is no piece)."""
    out, pos = [], 0
    for m in [*sep.finditer(line), None]:
        end = m.start() if m else len(line)
        if any(c.isalnum() for c in line[pos:end]):
            out.append((line[pos:end], start + pos))
        pos = m.end() if m else pos
    return out


def _numbering(piece: str) -> bool:
    """A piece of a header that numbers or times the item, no name and no day: "Item 3 of 8",
    "Running time 03:52", "Segment 2", "Duration: 02:40", "Part 1/3"."""
    from storyline.read.dates import iso_date, parse_stamp

    piece = piece.strip()
    if not _NUMBERING.fullmatch(piece):  # the shape first: the date parsers are far slower
        return False
    return not (parse_stamp(piece) or iso_date(piece))


_NUMBERING = re.compile(r"(?:[A-Za-z]+[ \t]+){0,3}#?\d[\d:./]*(?:[ \t]+of[ \t]+\d+)?")


_PLAYER_KEYS = frozenset({"kind", "language", "x-timestamp-map", "region", "style"})
# The header's keys that name the report's day, broadcaster, reporter and title, as a front matter's do.
_DAY_KEYS = (
    "aired",
    "air date",
    "airdate",
    "broadcast",
    "broadcast date",
    "date aired",
    "first aired",
    "transmission date",
    "transmitted",
    "tx",
    "date",
    "published",
)
_PUBLISHER_KEYS = ("broadcaster", "network", "channel", "station", "publisher", "source")
_AUTHOR_KEYS = ("reporter", "reporters", "correspondent", "author", "authors", "byline", "journalist")
_TITLE_KEYS = ("title", "headline", "story")
# The programme the report was part of: the page's title when the header names no story's title.
_PROGRAMME_KEYS = ("programme", "program", "show", "bulletin", "series", "programme title", "program title")


def header_fields(captions: Captions) -> dict[str, str | tuple[str, ...] | None]:
    """What a caption file's header tells the reader, as a front matter's keys do: ``published`` (the
    day it aired), ``publisher`` (its broadcaster), ``authors`` (its reporter) and ``title`` (the
    story's title, else its programme's). A header's pieces with no key stand in for missing keys, in
    their order: a day is the day it aired, the first name the broadcaster ("Roof Radio (RR)", without
    its acronym) and the next the programme ("Roof Radio (RR) | Night Desk"); a piece in sentence case
    is the story's title ("NOTE Coast Radio | Storm cuts power to the coast")."""
    from storyline.read.dates import iso_date, parse_stamp

    def first(keys: tuple[str, ...]) -> str | None:
        return next((captions.header[k] for k in keys if captions.header.get(k)), None)

    days = [p for p in captions.untitled if parse_stamp(p) or iso_date(p)]
    names = [p for p in captions.untitled if p not in days and _name_shaped(p)]
    titles = [p for p in captions.untitled if p not in days and not _name_shaped(p)]  # sentence case
    author = first(_AUTHOR_KEYS)
    publisher = first(_PUBLISHER_KEYS)
    if publisher is None and names:
        publisher = _without_acronym(names.pop(0))
    return {
        "published": first(_DAY_KEYS) or (days[0] if days else None),
        "publisher": publisher,
        "authors": (author,) if author else (),
        "title": first(_TITLE_KEYS) or first(_PROGRAMME_KEYS) or next(iter(titles + names), None),
    }


_SMALL_WORDS = frozenset({"of", "the", "and", "for", "in", "on", "at", "a", "de", "du", "la", "le", "el"})


def _name_shaped(piece: str) -> bool:
    """A header's piece shaped as a name ("Roof of the World News (RWN)", "Night Desk"): one to eight
    words, each capitalised but small ones; a story's title in sentence case ("Storm cuts power to
    the coast") is none."""
    words = piece.split()
    return 1 <= len(words) <= 8 and all(
        not w[:1].isalpha() or w[:1].isupper() or (i and w.lower() in _SMALL_WORDS)
        for i, w in enumerate(words)
    )


def _without_acronym(name: str) -> str:
    """A broadcaster's name without the acronym in brackets after it: "Roof Radio (RR)" -> "Roof Radio"."""
    return re.sub(r"[ \t]*\([A-Z][A-Za-z&.-]{1,9}\)[ \t]*$", "", name).strip() or name
