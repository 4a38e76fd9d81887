"""Page furniture that is no part of the article and that the parser should not read: a web archive's
capture banner over a saved page, a printer-friendly page's "Printed from <site> on <date>" line and
its footnote markers glued to words ("the ministry's statement[2] said").

The reader (:func:`storyline.read.find_metadata`) looks for the page's head below such a banner and
takes no date from the printing line; the parser's view of the text (:func:`blank_furniture`, the same
length as the text, so every offset is the text's) has them blanked, so no stage takes a time, a name
or a clause from them, while the record keeps the article's text and offsets.
"""

from __future__ import annotations

import re

from storyline.read.captions import caption_file, line_spans
from storyline.read.exports import exported, page_footers
from storyline.read.feeds import feed_item

__all__ = [
    "archive_banner",
    "banner_url",
    "blank_furniture",
    "comment_thread",
    "link_markers",
    "printed_line",
]

# The lines of a web archive's capture banner (the Wayback Machine's toolbar copied with a saved page):
# its title line with the capture's address, "1,204 captures", the span of captures "14 Mar 2011 - 02 Aug
# 2026", its strips of months, days and years, its buttons and the "About this capture" panel
# ("COLLECTED BY", "Organization: …", "Collection: …", "TIMESTAMPS").
_MON = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
_STRONG = re.compile(
    r"^(?:the\s+wayback\s+machine\b.*|(?:https?://)?web\.archive\.org/\S*|\d{1,3}(?:,\d{3})*\s+captures?"
    rf"|\d{{1,2}}\s+{_MON}\s+\d{{4}}\s*[-–—]\s*\d{{1,2}}\s+{_MON}\s+\d{{4}}"
    r"|about\s+this\s+capture|collected\s+by|timestamps)$",
    re.IGNORECASE,
)
_WEAK = re.compile(
    rf"^(?:{_MON}(?:\s+{_MON}){{1,2}}|(?:19|20)\d\d(?:\s+(?:19|20)\d\d){{1,2}}|\d{{1,2}}(?:\s+\d{{1,2}}){{0,2}}"
    r"|success|fail|go|loading|close|help|donate|save\s+page\s+now|(?:https?://|www\.)\S+)$",
    re.IGNORECASE,
)
_PANEL = re.compile(r"^(?:organi[sz]ation|collection)\s*:\s*\S.*$", re.IGNORECASE)
# A line of the panel's description of a collection: "Formed in 2009, the Archive Team is a …".
_PANEL_PROSE = re.compile(
    r"\b(?:crawl\w*|archiv\w*|wayback|web\s*sites?|internet|collection)\b", re.IGNORECASE
)


def _banner_line(line: str) -> str | None:
    """ "strong" for a line only a capture banner has, "weak" for one of its strips and buttons, "panel"
    for a label of its "About this capture" panel; None for any other line."""
    if not line:
        return None
    if _STRONG.match(line):
        return "strong"
    if _WEAK.match(line):
        return "weak"
    return "panel" if _PANEL.match(line) else None


def archive_banner(text: str) -> tuple[int, int] | None:
    """The span of a web archive's capture banner at the top of a saved page (the Wayback Machine's
    toolbar: "The Wayback Machine - https://web.archive.org/web/…", the captured address, "1,204
    captures", "14 Mar 2011 - 02 Aug 2026", strips of months and years, "About this capture",
    "COLLECTED BY", "TIMESTAMPS"), from its first line to the end of its last; None for a page without
    one. Two of its own lines (the title, the count of captures, the span of captures, the panel's
    labels) must be there: a page's own text has none of them. Between its lines only the panel's
    descriptions of a collection may stand (up to three lines before another of its lines, and two
    lines that speak of crawls or archives after its last)."""
    spans = line_spans(text, 60)
    lines = [text[s:e].strip() for s, e in spans]
    kinds = [_banner_line(line) for line in lines]
    strong: set[str] = set()
    start = last = None
    gap = 0
    panel = False
    for i, (line, kind) in enumerate(zip(lines, kinds, strict=True)):
        if not line:
            continue
        if start is None:
            if kind != "strong":
                if i > 3:
                    return None
                continue  # "Skip to main content" over the banner
            start = i
        if kind:
            if kind == "strong":
                strong.add(re.sub(r"\W+", " ", line.lower())[:12])
            panel = panel or kind == "panel" or line.lower() == "collected by"
            last, gap = i, 0
            continue
        gap += 1
        ahead = [k for ln, k in zip(lines[i + 1 :], kinds[i + 1 :], strict=True) if ln][: 4 - gap]
        if panel and gap <= 3 and any(ahead):
            continue  # the panel's description of a collection, between its labels
        if not (panel and gap <= 2 and _PANEL_PROSE.search(line)):
            break
        last = i  # the panel's description after its last label
    if start is None or last is None or len(strong) < 2:
        return None
    while start > 0 and (kinds[start - 1] or not lines[start - 1]):
        start -= 1  # its address and "Go" over its count of captures
    while not lines[start]:
        start += 1
    return spans[start][0], spans[last][1]


_ARCHIVED = re.compile(r"web\.archive\.org/web/\d+[a-z_]*/(?P<url>(?:https?://|www\.)\S+)", re.IGNORECASE)
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)


def banner_url(text: str, banner: tuple[int, int]) -> str | None:
    """The address of the page a capture banner shows: its address alone on a line of the banner, else
    the one inside the archive's own address ("https://web.archive.org/web/20250318101522/https://…")."""
    lines = [ln.strip() for ln in text[banner[0] : banner[1]].splitlines()]
    own = next((ln for ln in lines if _ADDRESS.match(ln) and "web.archive.org" not in ln.lower()), None)
    if own:
        return own
    m = _ARCHIVED.search(text, banner[0], banner[1])
    return m["url"] if m else None


# A printer-friendly page's note of its printing: "Printed from The Ridgeway Post on 03/02/2025", "Printed
# on 3 February 2025 from www.ridgewaypost.com", "Printed on 03/02/2025 at 09:14". Its day
# is the printing's, not the story's.
_PRINTED = re.compile(
    r"^[ \t]*(?i:printed)[ \t]+"
    r"(?:(?i:from)[ \t]+(?P<site>[^\n]+?)[ \t]+(?i:on|at)[ \t]+(?P<when>[^\n]*\d[^\n]*?)"
    r"|(?i:on|at)[ \t]+(?P<when2>[^\n]*\d[^\n]*?)(?:[ \t]+(?i:from)[ \t]+(?P<site2>[^\n]+?))?)[ \t.]*$",
    re.MULTILINE,
)


def printed_line(text: str) -> tuple[tuple[int, int], tuple[int, int], str] | None:
    """The first "Printed from <site> on <date>" line of a printer-friendly page ("Printed on <date>" too):
    (the line's span, the span of its date and time, the site's name or address, or ""); None for a page
    without one."""
    m = _PRINTED.search(text)
    if not m:
        return None
    when = "when" if m["when"] is not None else "when2"
    return (m.start(), m.end()), m.span(when), (m["site"] or m["site2"] or "").strip()


# The heading of a page's reader comments under the story: "Comments (14)", "12 comments", "Comments",
# "Reader comments", "Join the conversation", "Show all 14 comments", "Discussion (3)".
_COMMENTS_HEADING = re.compile(
    r"^[ \t]*(?:(?:reader[’']?s?\s+)?comments?(?:\s*\(\d{1,5}\))?|\d{1,5}\s+(?:reader\s+)?comments?"
    r"|(?:join|start)\s+the\s+(?:conversation|discussion)|(?:show|view|load|see)\s+(?:all\s+)?(?:\d{1,5}\s+)?comments?"
    r"|discussion(?:\s*\(\d{1,5}\))?|what\s+(?:our\s+)?readers\s+(?:say|think)"
    # a blog's: "3 thoughts on “Bridge reopens”", "2 responses to …", "Leave a reply"
    r"|\d{1,5}\s+(?:thoughts?|responses?|replies)\s+(?:on|to)\s+\S.{0,150}|leave\s+a\s+(?:reply|comment))"
    r"[ \t]*:?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# A line of a comment thread's furniture: a comment's age ("3 hours ago", "kofi_88 · 2 days ago", "Posted
# 5 min ago"), its buttons ("Reply", "Like 4", "Reply · Like (12) · Report", "👍 4"), a count of replies.
_THREAD_MARK = re.compile(
    r"^(?:.{0,40}?(?:\s*[·•|-]\s*|\s+|^))?(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?"
    r"|weeks?|months?|years?)\s+ago$"
    r"|^(?:(?:reply|like[ds]?|report(?:\s+abuse)?|share|flag|upvote|downvote|recommend(?:ed)?|replies|👍|♥)"
    r"(?:\s*\(?\d{1,5}\)?)?(?:\s*[·•|]\s*|\s+|$))+$"
    r"|^(?:view|show|hide)\s+(?:\d{1,4}\s+)?(?:more\s+)?repl(?:y|ies)$"
    r"|^\S+(?:\s+\S+){0,3}\s+(?:says|wrote):$",  # a blog's commenter: "sam_r says:"
    re.IGNORECASE,
)


def comment_thread(text: str) -> tuple[int, int] | None:
    """The span of the reader comments under a page's story, from their heading ("Comments (14)", "12
    comments") to the end of the page, or None: the heading must stand under three lines of text at
    least and be followed, within its next twelve lines, by two lines of a thread's furniture (a
    comment's age, "3 hours ago"; its buttons, "Reply", "Like 4"), so a story's own "Comments" heading
    over an official's remarks is none. The page's copyright footer under the thread is left out of it.
    What a commenter writes is no part of the story: no quote, name or time is taken from it."""
    for m in _COMMENTS_HEADING.finditer(text):
        above = [ln for ln in text[: m.start()].splitlines() if ln.strip()]
        below = [ln.strip() for ln in text[m.end() :].splitlines() if ln.strip()][:12]
        if len(above) >= 3 and sum(1 for ln in below if _THREAD_MARK.match(ln)) >= 2:
            footer = _PAGE_FOOTER.search(text, m.end())
            return m.start(), footer.start() if footer else len(text)
    return None


# The page's copyright footer under its comments, which names its publisher: "© 2026 The Lake Times".
_PAGE_FOOTER = re.compile(r"^[ \t]*(?:©|\((?i:c)\)\s|(?i:copyright)\b)", re.MULTILINE)


# A footnote marker glued to the word or the punctuation before it, as a printer-friendly page writes the
# links of its text: "the ministry's statement[2] said", "Civic Lens[1], which", "said.[3]".
_MARKER = re.compile(r"(?<=[^\s\[])\[\d{1,3}\](?![\w\[])")


def link_markers(text: str) -> list[tuple[int, int]]:
    """The spans of footnote markers glued to words ("statement[2]", "Civic Lens[1],")."""
    return [m.span() for m in _MARKER.finditer(text)]


# What a marker may be glued to on its right, moved over it in the parser's view: punctuation and a
# possessive ("Fair Tap[1], which", "the filing[3].", "Civic Lens[2]'s report"); not a hyphen, by which
# the view's joins of words hyphenated across wrapped lines are mapped back (``wrapping.view_offsets``).
_AFTER_MARKER = re.compile(r"(?:['’]s\b|[^\s\w-])*")


def blank_furniture(view: str) -> str:
    """The parser's view with the furniture of this module blanked: a web archive's capture banner and
    the date of a "Printed from <site> on <date>" line become spaces (line breaks kept), and a footnote
    marker glued to a word goes, the punctuation after it moved left over it and spaces after
    ("Fair Tap[1], which" reads "Fair Tap,    which", as the parser reads it unmarked; a record's
    span never ends inside that punctuation). Other tools' wrappings (:mod:`storyline.read.exports`)
    are blanked too: a forwarded e-mail's headers, a Markdown export's front matter and marks, a
    thread's post numbers, an app's "Saved on" line, and a PDF's page footer, run together with the
    line breaks round it when it cuts a sentence, and a caption file's cue numbers and time codes, its
    cues' text joined into running sentences (:mod:`storyline.read.captions`). The view keeps the
    text's length and every word's offsets, and no stage takes a time, a name or a clause from the
    furniture. A feed's item saved as text is read as its content alone, its markup out
    (:mod:`storyline.read.feeds`)."""
    if (feed := feed_item(view)) is not None:
        view = feed.view
    markers = link_markers(view)
    printed = printed_line(view)
    spans = [s for s in (archive_banner(view), printed[1] if printed else None, comment_thread(view)) if s]
    footers = page_footers(view)
    spans += _exported_furniture(view, footers)
    joined = [span for span, goes_on in footers if goes_on]
    captions = caption_file(view)  # a caption file's cues read as running sentences
    joined += list(captions.joins if captions else ())
    if not spans and not markers and not joined:
        return view
    chars = list(view)
    for start, end in joined:  # a page's footer inside a sentence: the sentence read across it
        chars[start:end] = " " * (end - start)
    for start, end in spans:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "
    for start, end in markers:
        tail = _AFTER_MARKER.match(view, end)
        moved = view[end : tail.end()] if tail else ""
        chars[start : end + len(moved)] = list(moved + " " * (end - start))
    return "".join(chars)


def _exported_furniture(view: str, footers: list[tuple[tuple[int, int], bool]]) -> list[tuple[int, int]]:
    """The spans of the furniture of :mod:`storyline.read.exports` in the parser's view: a forwarded
    e-mail's header blocks, a Markdown export's front matter and marks, a thread's post numbers, an
    app's "Saved on <date>" line and a PDF's page footers between sentences (those inside one are
    joined by :func:`blank_furniture`; ``footers`` are the view's :func:`page_footers`): the
    reader's (:func:`exported`) and the parser's own."""
    export = exported(view)
    spans = list(export.spans) + list(export.thread.numbers if export.thread else ())
    return spans + [span for span, goes_on in footers if not goes_on]
