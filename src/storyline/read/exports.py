"""Pages that another tool saved, sent or printed, with that tool's furniture around the story: a
forwarded e-mail's header blocks ("---------- Forwarded message ---------", "From:", "Date:",
"Subject:", "To:"), a read-later app's Markdown export with its YAML front matter ("---", ``title:``,
``author: "[[Ana Ruiz]]"``, ``saved: 2026-05-02``, "---") and Markdown marks ("*By Ana Ruiz*",
"**Wednesday**", "# Headline"), a thread-reader page ("Thread by @handle", the account's name, "Mar 3 •
9 posts", numbered posts "(1/9)", "Saved on 4 Mar 2026"), and a report's PDF ("Situation Report No. 4 |
21 October 2026" under its issuer "RELIEF OFFICE (RO)", "Page 2 of 5" and the site's address mid-text).

The reader (:func:`storyline.read.find_metadata`) reads the front matter as metadata, passes over the
header blocks (the forward's day is not the story's) and takes the thread's author and the report's
issuer; the parser's view (:func:`storyline.read.furniture.blank_furniture`, the same length as the
text) has the header blocks, the front matter, the Markdown marks, the post numbers and the page
footers blanked, so no stage takes a time, a name or a clause from them.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from storyline.knowledge import load_lines
from storyline.read.captions import caption_file, header_fields, line_spans
from storyline.read.records import parliament_record

__all__ = [
    "Exported",
    "exported",
    "front_day",
    "front_matter",
    "issuer_line",
    "mail_headers",
    "markdown_marks",
    "page_footers",
    "report_title_date",
    "saved_lines",
    "thread_day",
    "thread_page",
    "title_cased",
]

Span = tuple[int, int]


# --- a forwarded e-mail's header blocks ----------------------------------------------------------

# The line opening a forward or a reply's quoted message: "---------- Forwarded message ---------",
# "-----Original Message-----", "Begin forwarded message:".
_FORWARD_LINE = re.compile(
    r"^\s*(?:-{2,}\s*(?:forwarded\s+message|original\s+message)\s*-{2,}|begin\s+forwarded\s+message\s*:?"
    r"|_{10,})\s*$",  # Outlook's rule over the forwarded message's headers
    re.IGNORECASE,
)
# A forward's subject: "Fwd: …", "FW: …", "Fw: …".
_FORWARD_SUBJECT = re.compile(r"^(?:re:\s*)*f(?:w|wd)\s*:", re.IGNORECASE)
_HEADER_LINE = re.compile(
    r"^\s*(?P<key>from|date|sent|subject|to|cc|bcc|reply-to)\s*:\s*(?P<value>.*)$", re.I
)


def mail_headers(text: str) -> list[tuple[Span, str | None]]:
    """The header blocks of a forwarded e-mail in the first 60 lines of ``text``: (the block's span,
    from its "Forwarded message" line or first header line to the end of its last header line; the
    value of its "Date:"/"Sent:" line or None). A block is three or more header lines in a row
    ("From:", "Date:", "Subject:", "To:", …), one of them "From:" and one "Subject:" or "Date:"; a
    story's line "To: all staff" alone is none. A page with no "Forwarded message" line (or Outlook's
    rule) over a block and no "Fwd:" subject has none: a newsletter's own headers pasted over it give
    its headline and its day."""
    spans = line_spans(text, 60)
    lines = [text[s:e] for s, e in spans]
    blocks: list[tuple[Span, str | None]] = []
    forwarded = False
    i = 0
    while i < len(lines):
        start = i
        if _FORWARD_LINE.match(lines[i]):
            forwarded = True
            i += 1
            while i < len(lines) and not lines[i].strip():
                i += 1
        keys: dict[str, str] = {}
        j = i
        while j < len(lines) and (m := _HEADER_LINE.match(lines[j])):
            keys.setdefault(m["key"].lower(), m["value"].strip())
            j += 1
        if j - i >= 3 and "from" in keys and ("subject" in keys or "date" in keys or "sent" in keys):
            forwarded = forwarded or bool(_FORWARD_SUBJECT.match(keys.get("subject", "")))
            blocks.append(((spans[start][0], spans[j - 1][1]), keys.get("date") or keys.get("sent")))
            i = j
        else:
            i = start + 1
    return blocks if forwarded else []


# --- a Markdown export's front matter and marks --------------------------------------------------

_FRONT_KEY = re.compile(r"^(?P<key>[A-Za-z][\w-]*)\s*:\s*(?P<value>.*)$")
# The keys of a front matter that name the story's own day, address, author, publisher and title;
# an app's own days ("saved", "created", "clipped", "added") are no publication's.
_DATE_KEYS = (
    "published",
    "date",
    "pubdate",
    "date_published",
    "published_at",
    "publish_date",
    "datepublished",
)
_URL_KEYS = ("source", "url", "link", "canonical", "original_url", "source_url")
_AUTHOR_KEYS = ("author", "authors", "byline", "creator")
_PUBLISHER_KEYS = ("publisher", "site", "site_name", "sitename", "publication", "source_name")
_TITLE_KEYS = ("title", "headline")


@dataclass(frozen=True)
class FrontMatter:
    """A YAML front matter opening a Markdown export: its span and the values the reader uses."""

    span: Span
    title: str | None = None
    published: str | None = None
    url: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None


def _front_value(value: str) -> list[str]:
    """The strings of a front matter's value: a quoted string, a list ("[a, b]", "["[[A]]", "[[B]]"]"),
    with the wiki-link brackets of a note app's links ("[[Ana Ruiz]]") dropped."""
    value = value.strip()
    if value.startswith("[") and not value.startswith("[["):
        items = re.split(r"\s*,\s*", value[1:-1] if value.endswith("]") else value[1:])
    else:
        items = [value]
    out = []
    for item in items:
        item = item.strip().strip("\"'").strip()
        item = re.sub(r"\[\[(?:[^\]|]*\|)?([^\]]*)\]\]", r"\1", item).strip()
        if item:
            out.append(item)
    return out


def front_matter(text: str) -> FrontMatter | None:
    """The YAML front matter opening ``text`` ("---" / ``key: value`` lines / "---"), or None: at least
    two keys, closed within 40 lines. A key's list may go on over indented "- item" lines."""
    spans = line_spans(text)
    first = next((k for k, (s, e) in enumerate(spans[:3]) if text[s:e].strip()), None)
    if first is None or text[slice(*spans[first])].strip() != "---":
        return None
    values: dict[str, list[str]] = {}
    key = None
    for k in range(first + 1, min(len(spans), first + 41)):
        line = text[slice(*spans[k])]
        if line.strip() in ("---", "..."):
            if len(values) < 2:
                return None
            return _front_matter(values, (spans[first][0], spans[k][1]))
        if m := _FRONT_KEY.match(line):
            key = m["key"].lower()
            values[key] = _front_value(m["value"]) if m["value"].strip() else []
        elif key and (item := re.match(r"^\s+-\s+(.*)$", line)):
            values[key] += _front_value(item[1])
        elif line.strip():
            return None
    return None


def _front_matter(values: dict[str, list[str]], span: Span) -> FrontMatter:
    def first(keys: tuple[str, ...]) -> str | None:
        return next((v[0] for k in keys if (v := values.get(k))), None)

    authors = next((tuple(v) for k in _AUTHOR_KEYS if (v := values.get(k))), ())
    return FrontMatter(
        span=span,
        title=first(_TITLE_KEYS),
        published=first(_DATE_KEYS),
        url=first(_URL_KEYS),
        authors=authors,
        publisher=first(_PUBLISHER_KEYS),
    )


# A Markdown page's marks: a heading's "#"s, emphasis round a line's words ("*By Ana Ruiz*",
# "**Wednesday**", "_Additional reporting by Jo Roe._"), wiki-link brackets ("[[Ana Ruiz]]") and a link's
# brackets and address ("[the ministry](https://…)").
_HEADING = re.compile(r"^[ \t]*(#{1,6})[ \t]+(?=\S)", re.MULTILINE)
_EMPHASIS = re.compile(r"(?<![\w*])(\*\*|\*|__|_)(?=[^\s*_])([^*_\n]*?[^\s*_])\1(?![\w*])")
_WIKI = re.compile(r"\[\[(?:[^\]|\n]*\|)?([^\]\n]+)\]\]")
_LINK = re.compile(r"(?<!!)\[([^\]\n]+)\]\((?:https?://|/|www\.)[^)\s]*\)")
_WHOLE_EMPHASIS = re.compile(r"^[ \t]*(\*\*|\*|__|_)\S.*\S\1[ \t]*$", re.MULTILINE)
# An image with its caption and address ("![Rescuers at the mine](https://…/photo.jpg)") and a quote's mark
# ("> The minister said …").
_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\s]*\)")
_QUOTE_MARK = re.compile(r"^[ \t]*(>[ \t>]*)(?=\S)", re.MULTILINE)


def markdown_marks(text: str) -> list[Span]:
    """The spans of a Markdown page's marks (:data:`_HEADING`, :data:`_EMPHASIS`, :data:`_WIKI`,
    :data:`_LINK`, an image whole, a quote's ">"), for a page that is Markdown: one opening with a
    front matter, or with two lines or more that are headings or wholly emphasised; none for any
    other page (an asterisk of a footnote, a snake_case name stay)."""
    if front_matter(text) is None and len(_HEADING.findall(text)) + len(_WHOLE_EMPHASIS.findall(text)) < 2:
        return []
    marks: list[Span] = [m.span(1) for m in _HEADING.finditer(text)]
    for m in _EMPHASIS.finditer(text):
        marks += [(m.start(), m.start(2)), (m.end(2), m.end())]
    for m in _WIKI.finditer(text):
        marks += [(m.start(), m.start(1)), (m.end(1), m.end())]
    for m in _LINK.finditer(text):
        marks += [(m.start(), m.start(1)), (m.end(1), m.end())]
    marks += [m.span() for m in _IMAGE.finditer(text)] + [m.span(1) for m in _QUOTE_MARK.finditer(text)]
    return sorted(marks)


# --- a thread-reader page ------------------------------------------------------------------------

_THREAD_BY = re.compile(
    r"^\s*(?:thread|🧵)\s+by\s+(?P<name>[^@(\n]*?)\s*\(?@(?P<handle>\w{1,30})\)?"
    r"(?:\s+on\s+(?P<on>[\w .]{1,40}))?\s*$",  # "Thread by @handle on Thread Reader App", "… on Bluesky"
    re.I,
)
# A link to the thread on the network it was posted on, among the page's head lines: "Read on X", "View on
# Bluesky", "Originally posted on Mastodon" (the network's name checked in ``global_platforms.txt``).
_ON_PLATFORM = re.compile(
    r"(?<![\w])(?i:read|view|open|see|(?:originally\s+|first\s+)?posted)(?:\s+(?i:it|this|thread|original))*"
    r"\s+(?i:on|in)\s+(?P<name>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)"
)
_HANDLE_LINE = re.compile(r"^\s*@(?P<handle>\w{1,30})\s*$")
# The account's display name and handle on one line: "Lena Voss @lenavoss", "Lena Voss (@lenavoss)".
_NAME_HANDLE_LINE = re.compile(
    r"^\s*(?P<name>[A-ZÀ-Þ][\w.'’-]*(?:\s+[A-ZÀ-Þa-z][\w.'’-]*){0,3})\s+\(?@(?P<handle>\w{1,30})\)?\s*$"
)
_POSTS_PIECE = re.compile(r"^\d{1,3}\s+(?:posts?|tweets?|toots?|replies|parts?)$", re.IGNORECASE)
# The other pieces of a thread's count line: its reading time, its clock ("3 min read", "10:42 AM").
_COUNT_EXTRA = re.compile(
    r"\d{1,3}\s+min(?:ute)?s?(?:\s+read)?|\d{1,2}:\d\d(?:\s*[ap]\.?m\.?)?", re.IGNORECASE
)
# A post's number opening or closing its text: "(1/9)", "1/9", "1/", "[2/9]".
_POST_NUMBER = re.compile(
    r"(?m)^[ \t]*[(\[]?\d{1,3}/(?:\d{1,3})?[)\]]?(?=[ \t])|[ \t][(\[]?\d{1,3}/\d{1,3}[)\]]?[ \t]*$"
)


@dataclass(frozen=True)
class ThreadPage:
    """A thread-reader page: the thread's author (the account's display name, or None), the line
    of its posts' count ("Mar 3 • 9 posts"), the spans of its posts' numbers and of that count, and
    the network its posts were published on, when the page names it."""

    author: str | None
    stamp: str | None
    numbers: tuple[Span, ...]
    platform: str | None = None  # the network the thread was posted on: "X" of "Read on X"


def thread_page(text: str) -> ThreadPage | None:
    """The thread-reader page ``text`` is, or None: a "Thread by @handle" line, or an "@handle" line
    with a count of posts ("9 posts", "Mar 3 • 9 posts") within three lines, among its first 8 lines.
    Its author is the display name beside the handle ("Thread by Ana Ruiz (@aruiz)") or on the line
    above the handle's."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()][:8]
    by = next((m for ln in lines if (m := _THREAD_BY.match(ln))), None)
    count = next(
        (ln for ln in lines if any(_POSTS_PIECE.match(p) for p in re.split(r"\s*[•·|]\s*", ln))), None
    )
    handles = [  # the account's lines ("@handle", "Ana Ruiz @aruiz"), not the "Thread by @handle" line
        i
        for i, ln in enumerate(lines)
        if (_HANDLE_LINE.match(ln) or _NAME_HANDLE_LINE.match(ln)) and not _THREAD_BY.match(ln)
    ]
    if not by and not (handles and count):
        return None
    author = by["name"] if by and by["name"] else None
    named = next(
        (m["name"] for ln in lines if (m := _NAME_HANDLE_LINE.match(ln)) and not _THREAD_BY.match(ln)), None
    )
    author = author or named
    for i in handles:
        above = lines[i - 1] if i else ""
        if not author and 1 <= len(above.split()) <= 4 and not _THREAD_BY.match(above) and "@" not in above:
            author = above
    numbers = tuple(m.span() for m in _POST_NUMBER.finditer(text))
    if count and (at := text.find(count)) >= 0:  # "9 posts" of the count line: no quantity of the story
        found = re.finditer(r"(?<![\w/])\d{1,3}\s+(?:posts?|tweets?|toots?|replies|parts?)\b", count)
        numbers += tuple((at + m.start(), at + m.end()) for m in found)
    if count is None:  # no count of posts: a line of its day alone ("Mar 3", "Mar 3, 2026 · 10:42 AM")
        count = next((ln for ln in lines if _DAY_LINE.fullmatch(ln)), None)
    return ThreadPage(author=author, stamp=count, numbers=numbers, platform=_thread_platform(lines, by))


def _thread_platform(lines: list[str], by: re.Match[str] | None) -> str | None:
    """The network a thread was posted on, as its reader page names it among its head ``lines``:
    "Thread by @kmarsh on Bluesky", "Read on X", "Originally posted on Mastodon"; a name of
    ``global_platforms.txt`` only, so the reader service's own name ("on Thread Reader App") is none."""
    platforms = _platforms()
    names = [by["on"].strip()] if by and by["on"] else []
    names += [m["name"] for ln in lines for m in _ON_PLATFORM.finditer(ln)]
    for name in names:
        for cut in (name, name.split()[0]):  # "Read on X Share": the first word
            if cut.rstrip(".") in platforms:
                return cut.rstrip(".")
    return None


@functools.cache
def _platforms() -> frozenset[str]:
    """The names of global networks (``global_platforms.txt``), read once."""
    return frozenset(load_lines("global_platforms.txt"))


_DAY_LINE = re.compile(
    r"(?:posted\s+(?:on\s+)?)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?)(?:,?\s+\d{4})?"
    r"(?:\s*[•·|,]\s*\d{1,2}:\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)?",
    re.IGNORECASE,
)


# --- a report's PDF: its title line, its issuer, its page footers ---------------------------------

# A report's title line with its number and day: "Situation Report No. 4 | 21 October 2026", "Flash
# Update #2 – 3 May 2026", "Humanitarian Bulletin, Issue 7: 2 June 2026", "Sitrep 12 (as of 5 June 2026)".
_REPORT_TITLE = re.compile(
    r"^\s*(?P<kind>(?:[A-Z][\w-]*\s+){0,3}(?i:report|update|bulletin|sitrep|brief|briefing|snapshot|alert"
    r"|appeal|dashboard|note|statement|overview|factsheet|fact\s+sheet))[,\s]*"
    r"(?:(?i:no\.?|nr\.?|number|issue|#)\s*)?#?\d{1,4}\s*(?:[|–—:,·•]|\s-|(?=\())\s*"
    r"\(?(?i:as\s+of\s+|covering\s+)?(?P<date>[^()]*?\S)\)?\s*$"
)


def report_title_date(line: str) -> str | None:
    """The date text of a report's title line (:data:`_REPORT_TITLE`), or None."""
    m = _REPORT_TITLE.match(line)
    return m["date"] if m else None


_SMALL = frozenset({"of", "for", "the", "and", "on", "in", "de", "du", "des", "la", "le", "el", "del", "to"})


def issuer_line(line: str) -> str | None:
    """The issuing organisation's name on a report's first line with its acronym, "WORLD RELIEF
    COORDINATION OFFICE (WRCO)" -> "World Relief Coordination Office" (capitals in title case, small
    words in lower case), "Office for Relief (OFR)" as it is: two to ten words, the acronym's letters
    their initials in order (some words' may be skipped, as "EROA" for "Regional Emergency Response
    Office for the Andes") and at least half as many as the words but small ones; None for any other
    line."""
    m = re.match(
        r"^\s*(?P<name>[^\W\d][\w'’&-]*(?:\s+[\w'’&-]+){1,9})\s*\((?P<acr>[A-Z][A-Za-z&-]{1,9})\)\s*$", line
    )
    if not m:
        return None
    words = m["name"].split()
    if not all(w[:1].isupper() or w.lower() in _SMALL for w in words):
        return None
    initials = "".join(w[0] for w in words).upper()
    big = [w for w in words if w.lower() not in _SMALL]
    acr = re.sub(r"[^A-Za-z]", "", m["acr"]).upper()
    rest = iter(initials)
    if not all(ch in rest for ch in acr) or 2 * len(acr) < len(big):
        return None  # its letters the words' initials in order, some of them may be skipped
    return title_cased(m["name"]) if m["name"].isupper() else m["name"]


def title_cased(name: str, small: frozenset[str] = _SMALL) -> str:
    """A name set in capitals in title case: every word, and every part of a hyphenated one, with
    a capital and then lower case ("MINISTRY'S" -> "Ministry's", "ASIA-PACIFIC" -> "Asia-Pacific"), a
    word after an elided letter too ("L'ÉCHO" -> "L'Écho", "O'NEILL" -> "O'Neill"), its ``small`` words
    after the first in lower case: "WORLD RELIEF OFFICE FOR THE ANDES" -> "World Relief Office for the
    Andes". The reader's one way of casing an issuer's, a masthead's or a top bar's name."""

    def cased(part: str) -> str:
        elided = re.match(r"^[^\W\d_]['’](?=\w)", part)
        return part[:2].capitalize() + part[2:].capitalize() if elided else part.capitalize()

    return " ".join(
        w.lower() if i and w.lower() in small else "-".join(cased(p) for p in w.split("-"))
        for i, w in enumerate(name.split())
    )


_ADDRESS = r"(?i:(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?)"
# A PDF's page footer, on lines of its own or joined into the paragraph it cuts when the text was
# unwrapped: "Page 2 of 5", the site's address before or after it.
_PAGE_FOOTER = re.compile(
    rf"(?:(?<=\s)|^)(?:{_ADDRESS}[ \t]*\n[ \t]*|{_ADDRESS}[ \t]+(?=Page|PAGE))?"
    r"(?:Page|PAGE)[ \t]+\d{1,3}[ \t]+(?:of|OF)[ \t]+\d{1,3}"
    rf"(?:[ \t]*\n[ \t]*{_ADDRESS}|[ \t]+{_ADDRESS})?(?=\s|$)"
)


def _running_heads(text: str) -> list[tuple[int, int]]:
    """The spans of a report's head lines repeated further down, as a PDF repeats its running head
    at each page's top: its title line with its day or its issuer's line (:func:`report_title_date`,
    :func:`issuer_line`) among its first four lines, found again whole between white space."""
    spans = [sp for sp in line_spans(text) if text[sp[0] : sp[1]].strip()][:4]
    out = []
    for start, end in spans:
        line = text[start:end].strip()
        if not (report_title_date(line) or issuer_line(line)):
            continue
        for m in re.finditer(rf"(?<=\s){re.escape(line)}(?=\s|$)", text[end:]):
            out.append((end + m.start(), end + m.end()))
    return out


def page_footers(text: str) -> list[tuple[Span, bool]]:
    """The page footers a PDF's text keeps mid-text ("Page 2 of 5" with the site's address next to it)
    and its running heads (:func:`_running_heads`), as (span, whether the sentence goes on across it:
    the text before ends no sentence and the text after goes on in lower case or with a number); one
    on lines of its own that cuts a sentence has its span run from the end of the line before to the
    start of the line after, so that the parser's view reads the sentence whole."""
    out: list[tuple[Span, bool]] = []
    blocks: list[tuple[int, int]] = []
    for start, end in sorted([m.span() for m in _PAGE_FOOTER.finditer(text)] + _running_heads(text)):
        if blocks and (start < blocks[-1][1] or not text[blocks[-1][1] : start].strip()):
            blocks[-1] = (blocks[-1][0], max(end, blocks[-1][1]))  # a footer over the next page's head
        else:
            blocks.append((start, end))
    for start, end in blocks:
        before = text[:start].rstrip()
        after = text[end:].lstrip()
        goes_on = (
            bool(before) and not re.search(r"[.!?:;\"”’)]$", before) and bool(re.match(r"[a-z0-9(]", after))
        )
        if goes_on:
            start, end = len(before), len(text) - len(after)
        out.append(((start, end), goes_on))
    return out


# --- an app's note of its own action on the page ---------------------------------------------------

# A read-later or archiving app's note of when it saved the page: "Saved on 4 Mar 2026", "Clipped:
# 2026-03-04", "Retrieved 4 March 2026", "Archived on March 4, 2026 at 10:12": the app's day, not the story's.
_SAVED_LINE = re.compile(
    r"^[ \t]*(?:saved|clipped|archived|retrieved|accessed|bookmarked|downloaded|exported|captured)"
    r"(?:[ \t]+(?:on|at))?[ \t]*:?[ \t]*(?P<date>\S[^\n]{0,40}?)[ \t.]*$",
    re.IGNORECASE | re.MULTILINE,
)


def saved_lines(text: str) -> list[tuple[Span, str]]:
    """(span, ISO day) of the app's "Saved on <date>" lines among the first 8 and last 6 lines of
    ``text``; a line whose rest is no date ("Saved on your device") is none."""
    spans = [sp for sp in line_spans(text) if text[sp[0] : sp[1]].strip()]
    out = []
    for start, end in spans[:8] + spans[8:][-6:]:
        m = _SAVED_LINE.fullmatch(text, start, end)
        if m and (day := _day(m["date"])):
            out.append(((start, end), day))
    return out


# --- what the reader takes from them --------------------------------------------------------------


@dataclass(frozen=True)
class Exported:
    """What a page's export furniture tells the reader (:func:`exported`): the spans its metadata
    view blanks, the front matter, the innermost header block's day, the thread page, and where a
    forwarded message's own text starts."""

    spans: tuple[Span, ...]
    front: FrontMatter | None
    mail_day: str | None
    thread: ThreadPage | None
    mail: bool = False
    saved: str | None = None
    # where the forwarded message's own text starts: the end of its last header block (a forwarder's
    # note above it, "Morning all, see below" / "Sent from my phone", is no part of the page's head)
    story_start: int = 0
    # a caption file's header (the lines above its first cue), or None for any other page: its keys
    # are the page's metadata, and no byline, site name or headline is read from its lines or cues
    caption_head: Span | None = None


def exported(text: str) -> Exported:
    """The export furniture of ``text`` (see the module's docstring) for the reader: the header
    blocks, the front matter, the Markdown marks and an app's "Saved on <date>" line are blanked in
    its view of the page (a thread's post numbers and a PDF's footers are the parser's concern only).
    A caption file's header (:mod:`storyline.read.captions`) is read as a front matter, and its labels,
    cue numbers and time codes are blanked; a parliament's record (:mod:`storyline.read.records`) has
    its legislature for a front matter's publisher and its margin's clock marks blanked."""
    blocks = mail_headers(text)
    front = front_matter(text)
    captions = caption_file(text)
    if front is None and captions is not None:
        front = FrontMatter(span=(0, 0), **header_fields(captions))  # type: ignore[arg-type]
    sitting = parliament_record(text)  # a parliament's record: its legislature publishes it
    if front is None and sitting is not None:
        front = FrontMatter(span=(0, 0), publisher=sitting.publisher)
    saved = saved_lines(text)
    spans = [span for span, _ in blocks] + ([front.span] if front else []) + markdown_marks(text)
    spans += [span for span, _ in saved] + list(captions.furniture if captions else ())
    spans += list(sitting.margin if sitting else ())  # its margin's clock marks
    days = [_day(value) for _, value in blocks if value]
    return Exported(
        spans=tuple(spans),
        front=front,
        mail_day=next((d for d in reversed(days) if d), None),  # the original message's, under the forward's
        thread=thread_page(text),
        mail=bool(blocks),
        saved=saved[-1][1] if saved else None,
        story_start=blocks[-1][0][1] if blocks else 0,
        caption_head=captions.head if captions else None,
    )


def _day(value: str) -> str | None:
    """ISO day of a header's or a front matter's date ("Wed, Jun 10, 2026 at 6:45 AM", "Wed, 10 Jun
    2026 06:45:00 +0000", "2026-06-10T06:45:00Z"), or None."""
    import email.utils

    from storyline.read.dates import iso_date, parse_stamp

    if st := parse_stamp(value):
        return st[1]
    if day := iso_date(value[:10]) if re.match(r"\d{4}-\d\d-\d\d", value) else None:
        return day
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return when.date().isoformat() if when else None


def front_day(front: FrontMatter) -> str | None:
    """ISO day of a front matter's ``published:``/``date:`` key, or None."""
    return _day(front.published) if front.published else None


def thread_day(thread: ThreadPage, text: str, saved: str | None = None) -> str | None:
    """The day of a thread's count line ("Mar 3 • 9 posts"): its date, or its month and day in the
    year of the page's other dates (a "Saved on 4 Mar 2026" footer), the year before when the day
    would fall after the latest of them; None without a day or a year."""
    from storyline.read.dates import _DATE, _MONTH_DAY, iso_date

    if not thread.stamp:
        return None
    pieces = [
        p
        for p in re.split(r"\s*[•·|]\s*", re.sub(r"(?i)^posted\s+(?:on\s+)?", "", thread.stamp))
        if p and not _POSTS_PIECE.match(p) and not _COUNT_EXTRA.fullmatch(p) and re.search(r"\d", p)
    ]  # a piece with no figure is a link or a label ("Read on X", "Share"), never the day
    if len(pieces) != 1:
        return None
    if full := re.fullmatch(_DATE, pieces[0].strip(" ,"), re.IGNORECASE):
        return iso_date(full.group())
    md = _MONTH_DAY.fullmatch(pieces[0].strip(" ,"))
    others = sorted(d for m in re.finditer(_DATE, text, re.IGNORECASE) if (d := iso_date(m.group())))
    others = sorted([*others, saved] if saved else others)
    if not md or not others:
        return None
    latest = others[-1]
    year = int(latest[:4])
    for y in (year, year - 1):
        day = iso_date(f"{md['mon'] or md['mon2']} {md['d'] or md['d2']} {y}")
        if day and day <= latest:
            return day
    return None
