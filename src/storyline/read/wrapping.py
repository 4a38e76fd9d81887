"""Text hard-wrapped at a fixed column, as a print page or a PDF gives it: which of its line breaks
fall inside a paragraph, and the same text with those breaks made spaces.

A web page writes a paragraph on one line; text taken from a print page or a PDF breaks its lines at a
column's width inside paragraphs ("the mill's owner, Ines\nBarros Lemos, told …"), and a reader or a
parser that takes each line for a unit cuts names, quotes and counts at the break. :func:`unwrapped`
gives the text with each such break a space: the same length, so every offset into it is an offset into
the text, which itself is never changed (the record's spans keep their line breaks). The page's
line-based furniture (headline, byline, dateline, menus, lists, addresses) is short and keeps its breaks.

A word hyphenated across such a break ("govern-\nment") is one word only when the two halves make a
word of the language (``is_word``): the parser's view then joins them ("government", two line
breaks more at the paragraph's end keeping the length; the rest of that paragraph two characters
left), and :func:`view_offsets` maps an offset into the view back to the text. A compound
("well-\nknown"), a name ("Jean-\nPierre") or a code ("COVID-\n19") keeps its hyphen (the break a
space).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
import statistics
from collections.abc import Callable

__all__ = ["unwrapped", "view_offsets", "wrapped_breaks"]

# The end of a sentence at a line's end ("… said.", "… 'No.'"), a list item or bullet opening a line
# ("- ", "• ", "3. ", "b) "), and a word's last character before a hyphen broken across lines ("govern-").
_SENTENCE_END = re.compile(r"[.!?…:;][\"'”’)\]]*$")
# A sentence's own end at a line's end: a colon or a semicolon before a capital goes on with the same
# sentence ("the mayor said:\nThe ferry …", "from Arlow;\nBrenton …"), as the unbroken text reads.
_FULL_STOP = re.compile(r"[.!?…][\"'”’)\]]*$")
_LIST_ITEM = re.compile(r"^(?:[-*•·–—▪►]\s|\(?\d{1,3}[.)]\s|\(?[a-z][.)]\s)")
_HYPHEN_BREAK = re.compile(r"[^\W\d_]-$")

_MIN_WIDTH = 25
"""The narrowest column read as hard-wrapped: a print page's narrow column holds some 25 to 35 characters."""
_FILL = 0.9
"""A full line and the next line's first word pass this share of the column's width: a greedy wrap
breaks where that word would not fit, and a print page's proportional type lets a line's count of
characters fall some tenth short of its widest line's."""
_MIN_EVIDENCE = 3
"""Breaks mid-sentence before a lower-case word, near the column's width, that show a text is wrapped."""


def _column_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text breaks its lines at, or None when it is not wrapped: the longest
    of its lines that end mid-sentence and go on in lower case on the next line of the same paragraph,
    when there are at least three such lines of some width and most of them are near that width (a
    greedy wrap fills each line). A web page's lines are whole paragraphs; its menus, bylines and
    addresses break short lines, but never three lines mid-phrase at one width."""
    evidence = [
        len(a)
        for a, b in itertools.pairwise(lines)
        if a and b.strip() and b.lstrip()[0].islower() and not _SENTENCE_END.search(a) and a.count(" ") >= 3
    ]
    if len(evidence) < _MIN_EVIDENCE:
        return None
    width = max(evidence)
    if width < _MIN_WIDTH or statistics.median(evidence) < 0.75 * width:
        return None
    return width


def _full(line: str, nxt: str, width: int) -> bool:
    """True when ``line`` is a full line of a text wrapped at ``width`` before ``nxt``: the line and the
    next line's first word would not fit the column, or a word is hyphenated across the break; never
    before a list item or a bullet."""
    if not nxt or len(line) < width / 2 or len(line) > width + 2 or _LIST_ITEM.match(nxt):
        return False
    if _HYPHEN_BREAK.search(line) and nxt[0].islower() and len(line) >= width - 15:
        return True
    return len(line) + 1 + len(nxt.split()[0]) > width * _FILL


@functools.lru_cache(maxsize=4)
def wrapped_breaks(text: str) -> list[int]:
    """Offsets of the line breaks inside hard-wrapped paragraphs. A wrapped paragraph is a run of full
    lines (see :func:`_full`) and the line after them, its last; a run of one full line counts only when
    the paragraph's last line goes on in lower case or ends a sentence (a line of furniture may happen
    to be as long as the column: "Markets and analysis for the energy trade" over "World › Asia").
    A break after a sentence's end before a capital is kept (a sentence starts there either way); one
    after a colon or a semicolon is not (the sentence goes on: "the mayor said:\nThe ferry …").
    Short lines (a headline, a byline, a dateline, a menu, an address) are never full, so the page's
    line-based furniture keeps its breaks, but for a short line that goes on in lower case on the next
    (a headline or a standfirst set narrower than the column: "… as port\nfees rise …"). Cached for
    the last few texts: the reader (for the page's metadata) and the parser's view ask for the same
    article's breaks (the caller must not change the list)."""
    raw = text.split("\n")
    lines = [ln.rstrip() for ln in raw]
    width = _column_width(lines)
    if width is None:
        return []
    ends = list(itertools.accumulate(len(ln) + 1 for ln in raw))  # offset just past each line's break
    full = [_full(a, b.lstrip(), width) for a, b in itertools.pairwise(lines)] + [False]
    breaks: list[int] = []
    i = 0
    while i < len(lines) - 1:
        if not full[i]:
            i += 1
            continue
        j = i
        while full[j + 1]:
            j += 1
        tail = lines[j + 1].strip()
        if j > i or tail[0].islower() or _SENTENCE_END.search(tail):
            for k in range(i, j + 1):
                if not (_FULL_STOP.search(lines[k]) and not lines[k + 1].lstrip()[0].islower()):
                    breaks.append(ends[k] - 1)
        i = j + 1
    # a headline or a standfirst set over lines narrower than the column ("… to pay double as port" /
    # "fees rise to mend the breakwater"): a short line going on in lower case on the next one
    breaks += [
        ends[k] - 1
        for k, (a, b) in enumerate(itertools.pairwise(lines))
        if not full[k]
        and len(a.split()) >= 3
        and b.strip()
        and b.lstrip()[0].islower()
        and not _SENTENCE_END.search(a)
        and not _LIST_ITEM.match(b.lstrip())
    ]
    return sorted(set(breaks))


_PAD = "\n\n"
"""What stands before a paragraph's end for each word joined in it: as many characters as the "-\n"
that went, in the whitespace token that the paragraph's end is anyway (line breaks there change the
parse of the paragraph before less often than spaces: 49 against 47 of 75 development articles
hyphenated at 60 columns read as unbroken)."""
_HEAD = re.compile(r"[^\W\d_]+$")
_TAIL = re.compile(r"[^\W\d_A-Z]+")


def _joins(text: str, breaks: list[int], is_word: Callable[[str], bool]) -> list[int]:
    """The hyphens of the words hyphenated across one of ``breaks`` whose halves, joined, make a word
    (``is_word``, given the lower-cased word; the next line goes on in lower case)."""
    joins: list[int] = []
    for b in breaks:
        head, tail = _HEAD.search(text, 0, b - 1), _TAIL.match(text, b + 1)
        if text[b - 1 : b] == "-" and head and tail and is_word((head.group() + tail.group()).lower()):
            joins.append(b - 1)
    return joins


def _kept_break(text: str, wrapped: set[int], start: int) -> int:
    """The first line break of ``text`` at or after ``start`` that is not one of the ``wrapped``
    breaks (a paragraph's end), else the text's end."""
    stop = text.find("\n", start)
    while stop in wrapped:
        stop = text.find("\n", stop + 1)
    return len(text) if stop < 0 else stop


def unwrapped(text: str, is_word: Callable[[str], bool] | None = None) -> str:
    """The text the parser reads: ``text`` with each break of :func:`wrapped_breaks` made a space
    (same length, so every offset into it is an offset into ``text``). With ``is_word``, a word
    hyphenated across such a break whose halves make a word is joined: the "-\n" goes, the rest of
    its paragraph moves two characters left and two line breaks more stand at the paragraph's end
    (the line break the view keeps, a whitespace token anyway), so the same length and the parser
    reads "government" as it reads it unbroken; :func:`view_offsets` maps offsets back."""
    breaks = wrapped_breaks(text)
    if not breaks:
        return text
    chars = list(text)
    for i in breaks:
        chars[i] = " "
    joins = _joins(text, breaks, is_word) if is_word is not None else []
    if not joins:
        return "".join(chars)
    flat = "".join(chars)
    wrapped = set(breaks)
    out: list[str] = []
    last = 0
    for h in joins:
        out.append(flat[last:h])
        last = h + 2
        stop = _kept_break(text, wrapped, last)
        nxt = next((j for j in joins if j > h), None)
        if nxt is None or nxt >= stop:  # the last join before this paragraph's end: its padding
            out.append(flat[last:stop])
            out.append(_PAD * sum(1 for j in joins if _kept_break(text, wrapped, j + 2) == stop))
            last = stop
    out.append(flat[last:])
    return "".join(out)


def view_offsets(text: str, view: str) -> Callable[[int, bool], int] | None:
    """How to map an offset into the parser's ``view`` of ``text`` (:func:`unwrapped`) back to
    ``text`` where the view joined hyphenated words (``start`` true for a span's start, false for its
    end); None where it joined none (every offset is the text's)."""
    if len(view) != len(text):
        return None
    pieces: list[tuple[int, int | None, int]] = []  # (view offset, shift, or None: padding to ``stop``)
    shift = 0
    stop = -1
    breaks = wrapped_breaks(text)
    wrapped = set(breaks)
    for b in breaks:
        h = b - 1
        if text[h] != "-":
            continue
        if h > stop:  # a new paragraph: what the last one moved ends in padding before its end
            if shift:
                pieces += [(stop - shift, None, stop), (stop, 0, 0)]
            shift, stop = 0, _kept_break(text, wrapped, h)
        if view[h - shift] != "-":  # joined here: what follows moves two characters left
            shift += 2
            pieces.append((h - shift + 2, shift, 0))
    if shift:
        pieces += [(stop - shift, None, stop), (stop, 0, 0)]
    if not pieces:
        return None
    starts = [p[0] for p in pieces]

    def mapped(offset: int, start: bool) -> int:
        i = bisect.bisect_right(starts, offset - (0 if start else 1)) - 1
        if i < 0:
            return offset
        _, moved, fixed = pieces[i]
        return fixed if moved is None else offset + moved

    return mapped
