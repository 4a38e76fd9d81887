"""Reading articles: plain text, HTML and JSON Lines into :class:`Article`, with metadata
found in the text itself (publisher line, "With files from ...", byline).

Two entry points:

- :func:`article_from_text` turns one text into an Article. Metadata passed in wins;
  what is missing is looked for in the text: "This report from The Canadian Press was
  first published on January 5, 2020." (publisher, published date), "With files from
  Reuters and The Associated Press." (contributors), a byline such as "By Jane Doe" at
  the top or "Terry Pedwell, The Canadian Press" at the bottom (authors, publisher), a
  dateline "LONDON (Reuters) --" (publisher), or a JSON-LD block left in the text as a line
  of its own (published date, authors). The text itself is never changed: every
  offset in the record points into it.
- :func:`read_paths` walks files and folders (recursively, sorted) and yields an Article
  per article read, or a :class:`~storyline.errors.ReadError` naming the input and the
  reason, so one bad file never stops a batch.

Supported inputs: ``.txt``/``.text`` and caption files ``.vtt``/``.srt`` (UTF-8; otherwise the
encoding is detected and a warning names the file), ``.html``/``.htm`` (title, meta dates,
canonical URL, author and the body paragraphs; tolerant of broken markup), ``.jsonl``/``.ndjson``
(one JSON object per line with ``text`` and optional ``published``, ``url``, ``headline``, ``authors``,
``publisher``) and ``.rss``/``.atom``/``.xml`` feeds (one article per item, its HTML content
or description as the text).

The page's date (time stamps, numeric-date order, month words of other languages, the year of a
yearless date) is read in :mod:`storyline.read.dates`, wire datelines in :mod:`storyline.read.datelines`;
what other modules use of them is imported from here.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import email.utils
import functools
import itertools
import json
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from storyline.errors import ReadError
from storyline.knowledge import load_lines, load_tsv
from storyline.read.datelines import Dateline, datelines
from storyline.read.dates import (
    _CLOCK,
    _DATE,
    _ISO_DAY,
    _ISSUE_LABEL,
    _NUMERIC_DATE,
    _PAGE_MARK,
    _RELATIVE_STAMP,
    _STAMP_EXTRA,
    _STAMP_SPLIT,
    _TOP,
    _WEEKDAY,
    ENGLISH_MONTHS,
    _anglicised,
    _days_apart,
    _numeric_order,
    _opening_date,
    _place_date_line,
    _url_date,
    _weekday_date,
    _yearless_day,
    dateless_stamp,
    iso_date,
    parse_stamp,
    posting_stamp,
    yearless_stamp,
)
from storyline.read.exports import (
    Exported,
    exported,
    front_day,
    issuer_line,
    report_title_date,
    thread_day,
    title_cased,
)
from storyline.read.feeds import FeedItem, feed_item
from storyline.read.furniture import archive_banner, banner_url, comment_thread, printed_line
from storyline.read.judgments import court_heading, delivered_day
from storyline.read.wrapping import unwrapped
from storyline.record import Article, article_id

log = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = 5_000_000
"""Largest article text read (5 MB): bigger inputs are refused before they reach spaCy."""

MAX_TEXT_CHARS = 1_000_000
"""Longest article text parsed, in characters: spaCy's own limit (``nlp.max_length``), so a text
under the byte limit but too long to parse is refused here with a clear error, not by the parser."""

TEXT_SUFFIXES = frozenset({".txt", ".text", ".vtt", ".srt"})  # caption files are text
HTML_SUFFIXES = frozenset({".html", ".htm"})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES | FEED_SUFFIXES

# --- metadata found in the text ---------------------------------------------------------------

# A proper name of an organisation: capitalised words, "of"/"and"/"&" allowed between them, and the small
# words of other languages' names ("La Voz del Litoral", "Le Courrier de la Côte").
_ORG = (
    r"(?:[Tt]he\s+)?[A-Z][\w&.'’-]*(?:\s+(?:of\s+(?:the\s+)?|and\s+|&\s+|for\s+"
    r"|(?:de|del|della|di|da|do|dos|du|des|la|le|los|las|el|der|von|van|y)\s+(?:la\s+|las\s+|los\s+)?)?"
    r"[A-Z][\w&.'’-]*){0,6}"
)

_PUBLISHED_LINE = re.compile(  # keywords in any case, names capitalised
    rf"^(?:(?i:(?:this|the)\s+(?:\w+\s+)?(?:report|story|article|piece|column|dispatch))\s+"
    rf"(?:(?i:from|by)\s+(?P<pub>{_ORG})\s+)?)?"
    rf"(?i:(?:was\s+)?(?:first\s+|originally\s+)?published)\s+"
    rf"(?:(?i:by|in)\s+(?P<pub2>{_ORG})\s+)?(?i:online\s+)?(?i:on\s+)?(?P<date>{_DATE})"
    rf"(?:\s+(?i:by|in)\s+(?P<pub3>{_ORG}))?[.\s]*$"
)
# "With files from AP", "Additional reporting by Jo Roe", and as a second byline line under the author's:
# "With reports from Jo Roe", "With inputs from agencies", "With additional reporting by Jo Roe"
_CONTRIBUTORS_LINE = re.compile(
    r"^\(?(?:with\s+(?:additional\s+)?(?:files|reporting|reports|inputs?)|additional\s+reporting"
    r"|includes\s+(?:files|reporting))\s+(?:from|by)\s+(?P<list>[^()]+?)[.)\s]*$",
    re.IGNORECASE,
)
_REPORTING_LINE = re.compile(
    r"^\(?reporting\s+by\s+(?P<names>[^;()]+?)\s*(?:;(?P<rest>[^()]*))?[.)\s]*$",
    re.IGNORECASE,
)
# "By Ana Ruiz", "Written by …", "Words by …", "Compiled by …" (a digest's author), and a labelled author:
# "Author: Ana Ruiz", "Autor: …"
# and a broadcast's or a fact check's: "Produced by …", "Presented by …", "Hosted by …" (a podcast's host),
# "Hosted and produced by …", "Report: …", "Fact-checked by …";
# a bilingual page's "Par / By Ana Ruiz" (the other language's "by" of ``byline_words.txt``, a slash or a
# bar).
_BY_LINE = re.compile(
    rf"^(?:(?i:{'|'.join(map(re.escape, load_lines('byline_words.txt')))})\s*[/|]\s*(?=by\b))?"
    r"(?:(?:(?:written|reported|words|story|posted|compiled|produced|presented|hosted|fact[\s-]?check(?:ed)?)"
    r"(?:\s+and\s+(?:produced|presented|hosted|edited|written|reported))?\s+)?by[:\s]+"
    r"|(?:authors?|autor[ae]?|auteure?|autore|report(?:er)?)\s*:\s*)"
    r"(?P<rest>.+?)\s*$",
    re.IGNORECASE,
)
# A compiled digest's source after its author: "Compiled by Ana Ruiz from wire reports" (no name).
_COMPILED_FROM = re.compile(
    r"\s+(?:from|with)\s+(?:(?:wire|agency|news|staff|press)\s+)?(?:reports?|agencies|wires?|services)\b.*$",
    re.IGNORECASE,
)
# A translator's line, under the byline or at the foot: "Translated from the Portuguese by Jo Roe",
# "Translation by Jo Roe", "Translated by Jo Roe": the translator is a contributor, not an author.
_TRANSLATED_LINE = re.compile(
    r"^\(?(?:translated\s+(?:from\s+(?:the\s+)?[A-Z][\w-]*\s+)?(?:into\s+English\s+)?by"
    r"|translation\s+(?:from\s+(?:the\s+)?[A-Z][\w-]*\s+)?by|(?:translation|translator)\s*:)"
    r"\s*(?P<list>[^()]+?)[.)\s]*$",
    re.IGNORECASE,
)
# The labels of a credit line made of labelled pieces, "Words: Ana Ruiz | Photography: Jo Roe", "Text and
# photos: …", "Story by …; pictures by …", "Fact check by Ana Ruiz · Reviewed by Jo Roe", "Produced by …":
# the writer's labels give authors, the others (a reviewer's, an editor's) contributors.
_CREDIT_PIECE = re.compile(
    r"^(?P<label>(?:words|text|story|reporting|writer|photography|photographs?|photos?|pictures?|images?"
    r"|video|videography|graphics?|illustrations?|design|data|maps?|additional\s+reporting|translation"
    r"|fact[\s-]?check(?:ed)?|produced|presented|hosted|reported|reviewed|edited|verified)"
    r"(?:\s+(?:and|&)\s+(?:photography|photographs|photos|pictures|video))?)\s*(?::|\s+by\b)\s*"
    r"(?P<names>.+?)\s*$",
    re.IGNORECASE,
)
_AUTHOR_LABELS = frozenset(
    {"words", "text", "story", "reporting", "writer", "fact", "fact-check", "fact-checked", "factcheck"}
    | {"factchecked", "produced", "presented", "hosted", "reported"}
)
# A credit line of a table, a chart or a graphic the story carries, on a line of its own wherever the
# graphic stands: "Graphic: Ana Ruiz", "Table: Jo Roe and Al Poe", "Data: Ana Ruiz / The Lake Times",
# "Chart by Jo Roe": its makers are contributors, as a byline's "Photography: …" is. A photo's credit
# under its caption is the picture's, not the story's (the dev golds list none).
_GRAPHIC_CREDIT = re.compile(
    r"^\(?(?i:(?:graphics?|tables?|charts?|data|maps?|illustrations?|interactive|data\s+visuali[sz]ations?"
    r"|visuali[sz]ations?|infographics?)(?:\s+(?:and|&)\s+(?:graphics?|tables?|charts?|data|maps?|analysis))?)"
    r"\s*(?::|\s+by\b)\s*(?P<list>[A-Z\u00c0-\u024f][^()|:;]*?)[.)\s]*$"
)
# "Ahmed Saleh contributed reporting from Cairo.", "AP writer Jo Roe contributed to this report."
_CONTRIBUTED_LINE = re.compile(
    r"^(?:(?:[\w.]+\s+){1,3}?(?i:writers?|reporters?|correspondents?)\s+)?(?P<list>[A-Z][^()]*?)\s+"
    r"(?i:contributed\s+(?:additional\s+)?(?:reporting|to\s+this\s+(?:report|story|article)))\b[^()]*$"
)
# A magazine's print-edition note at the foot of a page gives the issue's day: "This article appeared
# in the Science section of the print edition under the headline "…" | March 4th 2025"; a paper's
# note gives the day after "on", maybe with its weekday, and may go on with the page and the headline
# ("… on Tuesday, March 4, 2025, page A7, headlined …": see the tests for whole lines).
_PRINT_EDITION_LINE = re.compile(
    rf"^(?i:this\s+(?:article|story|piece)\s+(?:also\s+)?appeared\s+in\s+)[^|]*?(?i:print\s+edition)"
    rf"[^|]*?(?:\s*[|·•,]\s*|\s+(?i:on)\s+)(?:{_WEEKDAY},?\s+)?(?P<date>{_DATE})"
    r"(?:[.\s]*$|,?\s+(?i:(?:on\s+)?(?:page|p\.|pg\.?|section)\s+[A-Z]?\d"
    r"|(?:,\s+)?(?:(?:under|with)\s+the\s+headline|headlined)\b))"
)
# A page's copyright footer names its publisher: "© 2025 The Accra Ledger. All rights reserved.", "Copyright
# by The Accra Ledger". The footer's links may follow on its line ("© 2026 The Accra Ledger | Terms of use |
# Privacy"), or its notes after a full stop or a dash ("© 2025 Accra Ledger. Content under a Creative
# Commons licence.", "© Accra Ledger 2025 – All rights reserved.", "© 2025 Accra Ledger — news since 1990"),
# or the postal address an e-mail newsletter's footer gives after a comma or a stop ("© 2026 Accra Ledger
# Ltd, Osu. All rights reserved.", "© 2026 Accra Ledger Co., Ltd. 23 Ring Road, Accra").
_COPYRIGHT_LINE = re.compile(
    rf"^(?:(?i:copyright)\s*(?:©|\((?i:c)\))?(?:\s*(?i:by)\b)?|©|\((?i:c)\))\s*(?:\d{{4}}\s+)?(?P<pub>{_ORG})"
    r"(?:[.,]?\s*(?:\d{4}[.,]?)?\s*(?i:all\s+rights\s+reserved\.?)?(?:\s*[|·•]\s*[\w'’&-]+(?:\s+[\w'’&-]+){0,3})*"
    r"|(?:\s+\d{4})?(?:\.\s+[A-Z\d]|,\s+[A-Z]|\s+[–—-]\s+\S).*)$"
)


def _copyright_publisher(line: str) -> str | None:
    """The publisher a copyright footer line names (:data:`_COPYRIGHT_LINE`), up to the full stop that
    ends its name ("© 2025 Lake Times. All Rights Reserved." -> "Lake Times"; "St." stays), without the
    legal form of the company that owns it ("© 2026 Lake Times Co., Ltd." -> "Lake Times";
    ``company_designators.txt``): the publication's name, as its masthead gives it."""
    m = _COPYRIGHT_LINE.match(line)
    if not m:
        return None
    words = re.split(r"(?<=[a-z]{2})\.\s", m["pub"])[0].split()
    while len(words) > 1 and words[-1].rstrip(".,") in _company_designators():
        words.pop()
    return _publisher_name(" ".join(words).rstrip(","))


@functools.cache
def _company_designators() -> frozenset[str]:
    """Companies' legal forms closing a name ("Ltd", "GmbH", "Co"), without their stop
    (``company_designators.txt``)."""
    return frozenset(load_lines("company_designators.txt"))


_LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and\s+)?|;\s*|\s+and\s+|\s*&\s*)\s*")
_BYLINE_SPLIT = re.compile(r"\s*(?:,|\||•|·|—|–|\s-\s|/)\s*")
# The capitals a name may start with: Latin-1's and those of Latin Extended, Greek and Cyrillic ("Željka",
# "Łucja", "Ōtani"), so a byline "By Željka Marić" is a name as "By Emile Durand" is.
_CAPITALS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x530)) if c.isupper() and c.isalpha())
_NAME_WORD = re.compile(
    rf"^(?:[{_CAPITALS}][\w'’.-]*|(?:de|da|di|van|von|der|den|le|la|bin|al|el|du|dos)\b)$"
)
_ROLE_WORDS = frozenset(
    [
        "staff",
        "reporter",
        "writer",
        "correspondent",
        "editor",
        "columnist",
        "contributor",
        "producer",
        "photographer",
        "bureau",
        "desk",
    ]
)
_ORG_WORDS = frozenset(
    """press news times post reuters agency agence service network media herald journal tribune
    gazette broadcasting radio television tv wire daily magazine bureau globe mail star guardian
    telegraph independent chronicle observer bulletin record sun courier examiner dispatch report
    reporter international associated beacon ledger sentinel monitor standard express mirror enquirer
    inquirer register clarion argus courant messenger advertiser citizen today""".split()  # noqa: SIM905
)
_SENTENCE_END = ".!?:;,\"”’'"
# First words of place names and section labels, never of a person's name: a bare line
# "New York" or "Latest News" under a headline is no byline, nor a court's "JUDGMENT SUMMARY".
_NOT_GIVEN_NAMES = frozenset(
    """new north south east west upper lower central greater great san santa los las saint st
    port fort mount lake cape hong sri el al latest breaking world live analysis opinion asia africa europe
    latin middle pacific judgment judgement ruling summary""".split()  # noqa: SIM905
)


@dataclass(frozen=True)
class Metadata:
    """Article metadata; what :func:`find_metadata` finds in a text or a reader finds around it."""

    publisher: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()
    headline: str | None = None
    url: str | None = None


def _strip_article(name: str) -> str:
    return re.sub(r"^(?:the)\s+", "", name.strip(), flags=re.IGNORECASE).strip()


def _publisher_name(name: str) -> str:
    name = name.strip().rstrip(".")
    return re.sub(r"^the\s+", "The ", name, flags=re.IGNORECASE)


def _split_names(text: str) -> list[str]:
    return [p.strip(" .") for p in _LIST_SPLIT.split(text.strip()) if p.strip(" .")]


def _looks_like_person(part: str) -> bool:
    words = part.split()
    if not 2 <= len(words) <= 5 or words[0].lower() == "the":
        return False
    if any(w.lower().strip(".") in _ORG_WORDS for w in words):
        return False
    return all(_NAME_WORD.match(w) for w in words) and words[-1][0].isupper()


def _looks_like_org(part: str) -> bool:
    words = part.split()
    if not 1 <= len(words) <= 7 or not part[:1].isupper():
        return False
    if words[0].lower() == "the" or len(words) == 1:
        return True
    return any(w.lower().strip(".") in _ORG_WORDS for w in words) or part.isupper()


def _is_role(word: str) -> bool:
    """A word naming a reporter's role, singular or plural ("Correspondent", "Staff Writers")."""
    word = word.lower().strip(".")
    return word in _ROLE_WORDS or (word.endswith("s") and word[:-1] in _ROLE_WORDS)


def _titlecase(name: str) -> str:
    return name.title() if name.isupper() else name


def parse_byline(line: str, *, prefixed: bool) -> tuple[tuple[str, ...], str | None] | None:
    """Authors and publisher of a byline line, or None when the line is not a byline.

    ``prefixed`` bylines start with "By" ("By Jane Doe and John Roe, Reuters"); the others
    are the sign-off lines wire copy ends with ("Terry Pedwell, The Canadian Press").
    """
    line = line.strip()
    if not line or len(line) > 120:
        return None
    if prefixed:
        m = _BY_LINE.match(line)
        if not m:
            return None
        line = _COMPILED_FROM.sub("", m["rest"])
    elif line[-1] in _SENTENCE_END:
        return None
    parts = [p for p in _BYLINE_SPLIT.split(line.rstrip(".;:, ")) if p]
    if not parts:
        return None
    # "By Jo Roe, Staff Writer, The Lake Times": a role between the name and the paper's
    parts = [p for i, p in enumerate(parts) if i in (0, len(parts) - 1) or not _role_line(p)]
    publisher = None
    if len(parts) > 1 and _is_role(parts[-1].split()[-1]):
        parts.pop()  # "Staff Reporter", "Brussels correspondent", "Staff Writers": a role, not a publisher
        if len(parts) > 1 and len(parts[-1].split()) == 1 and parts[-1][:1].islower():
            parts.pop()  # "correspondante / correspondent": the role in the page's other language
    if len(parts) > 1:  # "Special to The Lake Times": a freelance's piece for the paper, the paper's name
        parts[-1] = re.sub(
            r"^(?i:special\s+to)\s+(?:(?i:the)\s+)?(?=\S)",
            lambda m: "The " * ("the" in m[0].lower()),
            parts[-1],
        )
    if len(parts) > 1 and _looks_like_org(parts[-1]):
        publisher = _publisher_name(parts.pop())
    authors: list[str] = []
    for part in parts:
        for name in _split_names(part):
            name = _titlecase(_without_place(name))
            if not _looks_like_person(name):
                return None
            authors.append(name)
    if not authors or (not prefixed and publisher is None):
        return None
    return tuple(authors), publisher


def _agency(tag: str) -> str:
    """The name of a news agency given by its tag ("AP" -> "The Associated Press"); the tag
    itself when it is not a known agency."""
    tag = tag.strip()
    return _agency_names().get(tag) or _agency_names().get(tag.lower()) or tag


@functools.cache
def _agency_names() -> dict[str, str]:
    """Agency tag -> publisher name, from the news agencies of the actor dictionary
    (``agency_tags`` and ``publisher`` in actors.json), so an agency is written down once."""
    from storyline.knowledge import load_json

    names: dict[str, str] = {}
    for actor in load_json("actors.json")["actors"]:
        for tag in actor.get("agency_tags", []):
            names[tag] = actor.get("publisher") or actor["name"]
            names.setdefault(tag.lower(), names[tag])
    return names


def _credit_line(line: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """(authors, contributors) of a credit line made of labelled pieces: "Words: Ana Ruiz | Photography:
    Jo Roe", "Text and photos by Ana Ruiz", "Story: Ana Ruiz · Video: Jo Roe"; None for any other line.
    Every piece must carry a label and name people, and some piece must name a writer: the writer's
    pieces ("Words", "Text", "Story") give the authors, the others (pictures, video, graphics,
    translation) the contributors, as a byline's "With reporting by" does."""
    line = line.strip()
    if not line or len(line) > 160 or line[-1] in _SENTENCE_END.replace(".", ""):
        return None
    authors: list[str] = []
    contributors: list[str] = []
    for piece in re.split(r"\s*[|·•;]\s*|\s+[/–—]\s+", line.rstrip(".")):
        m = _CREDIT_PIECE.match(piece)
        if not m:
            return None
        names = [_titlecase(_without_place(x)) for x in _split_names(m["names"])]
        if not names or not all(_looks_like_person(x) for x in names):
            return None
        label = m["label"].lower().split()[0]
        (authors if label in _AUTHOR_LABELS else contributors).extend(names)
    return (tuple(authors), tuple(c for c in contributors if c not in authors)) if authors else None


def _without_place(name: str) -> str:
    """A name from a reporting line without the place it reported from ("Jo Roe in Dubai")."""
    return re.sub(r"\s+in\s+[A-Z][\w .'’-]*$", "", name.strip())


def _bare_byline(line: str) -> tuple[tuple[str, ...], str | None] | None:
    """Authors (and agency) of a byline without "By" under the headline: "Dana Whitfield",
    "Clara Vogt in Frankfurt", "Ann Lee and Bo Kim, Reuters".

    Conservative on purpose: two or three capitalised name words per person (at most three
    people), an optional "in <Place>" after each, an optional organisation after a comma, and
    nothing that ends like a sentence.
    """
    line = line.strip()
    if not line or len(line) > 80 or line[-1] in _SENTENCE_END:
        return None
    parts = [p for p in _BYLINE_SPLIT.split(line) if p]
    publisher = None
    if len(parts) == 2 and _is_role(parts[1].split()[-1]):
        parts.pop()  # "Chanda Mwale, Health Reporter": a role, not a publisher
    if len(parts) == 2 and _looks_like_org(parts[1]) and not _looks_like_person(parts[1]):
        publisher = _agency(_publisher_name(parts.pop()))
    if len(parts) != 1:
        return None
    names = [_without_place(x) for x in _split_names(parts[0])]
    if not 1 <= len(names) <= 3:
        return None
    for name in names:
        words = name.split()
        if not (2 <= len(words) <= 3 and _looks_like_person(name)) or words[0].lower() in _NOT_GIVEN_NAMES:
            return None
        if _is_role(words[-1]):  # "Evening Desk", "Metro Staff": a programme's or a desk's name
            return None
        if any(w.lower() in _section_words() for w in words):  # "Markets Live", "World News": a section's
            return None
    return tuple(_titlecase(x) for x in names), publisher  # "TOMAS VIDAL" over its role: "Tomas Vidal"


def _filed_from(name: str) -> bool:
    """True when the one word after a byline's comma ("By Ana Ruiz, Lima") is more likely
    the city the reporter filed from than a publisher: one capitalised word, not in capitals ("CNN"),
    not a news agency's name or tag and not a word of newspaper names ("Herald"). Such a word is
    the publisher only when the page names no other (footer, site name)."""
    word = name.strip()
    if " " in word or word.isupper() or word.lower() in _agency_names():
        return False
    return word.lower() not in _ORG_WORDS


def _masthead(line: str) -> str | None:
    """A newspaper's name alone on the line under a byline ("The Harbour Times"), or None."""
    words = _name_line(line, 60, 2, 6)
    if words is None or not any(w.lower().strip(".") in _ORG_WORDS for w in words) or _role_line(line):
        return None
    return _publisher_name(line.strip())


def _role_line(line: str) -> bool:
    """True for a reporter's role on a line of its own under the byline ("Court Reporter", "Senior
    Political Correspondent", "Staff Writers"): one to five capitalised words ending in a role's word
    (:func:`_is_role`), not opening with "The" ("The Reporter" may be a paper's name)."""
    words = line.strip().rstrip(".").split()
    return (
        1 <= len(words) <= 5
        and words[0].lower() != "the"
        and all(w[:1].isupper() or w in ("of", "and", "&") for w in words)
        and _is_role(words[-1])
    )


def _name_line(line: str, longest: int, fewest: int, most: int) -> list[str] | None:
    """The words of ``line`` when it reads as a name on its own (at most ``longest`` characters,
    ``fewest`` to ``most`` capitalised words with "of", "and", "&" between them, no sentence
    punctuation, no time stamp), else None: the shape of a masthead and of a site's title."""
    line = line.strip()
    if not line or len(line) > longest or line[-1] in _SENTENCE_END or parse_stamp(line):
        return None
    words = line.split()
    if not fewest <= len(words) <= most or not all(
        w[:1].isupper() or w in ("of", "and", "&") or (w in _NAME_PARTICLES and 0 < i < len(words) - 1)
        for i, w in enumerate(words)
    ):
        return None
    return words


# Small words of other languages inside a title's name, between its capitalised words: "El Faro del Sur",
# "Gazzetta di Porto", "Stimme der Stadt".
_NAME_PARTICLES = frozenset(
    {
        "de",
        "del",
        "della",
        "delle",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "des",
        "la",
        "le",
        "el",
        "los",
        "las",
    }
    | {"der", "von", "van", "y", "e"}
)


def _site_name(top: list[str]) -> str | None:
    """A site's name opening a page, with its navigation: "Lake Times | News | Politics", or
    "The Harbour Times" above a breadcrumb line "Home > Nation" or "News / Region", or above a
    menu whose items are set apart by runs of spaces ("Live   Home   World   Asia"); None for
    anything else."""
    if not top:
        return None
    if name := next((x for line in top[:3] if (x := _menu_bar_name(line))), None):
        return name  # "≡ Menu    THE KESTREL POST    Search": a small screen's top bar
    if _email_chrome(top[0]):  # a newsletter: its name under its chrome ("Read online", "Opt out")
        body = list(itertools.dropwhile(_email_chrome, top))
        name = _caps_masthead(body[0]) if body else None
        return _publisher_name(name.title()) if name else _masthead(body[0]) if body else None
    first, *rest = top
    if station := _station_name(first):  # "HARBOUR RADIO 97.1 FM": a station's page
        return station
    if name := _issue_masthead(first):  # "THE GRAIN REPORT — Issue 17 — June 3, 2026"
        return name
    pieces = [p.strip() for p in re.split(r"\s[|>›»/·•]\s", first)]
    if len(pieces) > 1 and all(len(p.split()) <= 3 for p in pieces[1:]):
        if any(_EDITION_LINE.match(p) for p in pieces[1:]):
            return _site_title(pieces[0])  # "Harbour Pulse | English edition": a site's name, any words
        if all(p.lower() in _section_words() for p in pieces[1:]):  # "OSPREY | BUSINESS": a name, its section
            return _masthead(pieces[0]) or _caps_masthead(pieces[0])
        return _masthead(pieces[0])
    if rest and (_caps_site_name(first) or _caps_word_name(first)) and _tagline(rest[0]):
        return _site_title(first)  # "HARBOUR PULSE / Straight news from the islands", "VERITY / Facts first"
    if (
        rest
        and len(first.split()) <= 4
        and len(rest[0].split()) <= 6
        and _tagline(rest[0])
        and _site_title(first)
    ):
        # "Harbour Pulse / Straight news from the islands": a short title-case name over a short tagline
        # (a headline's standfirst under it runs longer)
        return _site_title(first)
    if any(_RELEASE_LABEL.match(r) for r in rest[:2]) and _site_title(first):
        return _site_title(first)  # "Quillmere Robotics / PRESS RELEASE": the issuing organisation
    if len(rest) > 1 and (_URL_LINE.match(rest[0]) or _EDITION_LINE.match(rest[0])):
        rest = rest[1:]  # "Lakeside Courier / https://… / menu", "Harbour Daily / ENGLISH / menu"
    if rest and _MENU_LINE.match(rest[0]):
        return _site_title(first)  # "Harbour Tidings / Menu  World  Business": a site's name, any words
    crumbs = re.split(r"\s[|>›»/·•]\s", rest[0]) if rest else []
    if len(crumbs) == 1 and len(spaced := re.split(r"\s{2,}", crumbs[0].strip())) >= 3:
        crumbs = spaced
    if len(crumbs) > 1 and all(0 < len(c.split()) <= 3 for c in crumbs):
        return _masthead(first) or _caps_masthead(first)
    if _menu_column(rest):  # "OSPREY BUSINESS / Home / World / Business / Travel": a menu one item a line
        return _masthead(first) or _caps_masthead(first)
    return None


@functools.cache
def _menu_bar_words() -> frozenset[str]:
    """The buttons of a small screen's top bar (``menu_bar_words.txt``): "menu", "search", "sign in"."""
    return frozenset(load_lines("menu_bar_words.txt"))


def _menu_bar_name(line: str) -> str | None:
    """The site's name a small screen's top bar sets between its buttons ("≡ Menu    THE KESTREL POST
    Search" -> "The Kestrel Post", "☰ Menu  |  Kestrel Post  |  Sign in"): a line of pieces set apart by
    runs of spaces or bars, one of them "Menu" (a glyph before it dropped), all others but one the
    bar's buttons, and that one a name of one to five capitalised words; None for any other line.
    A name in capitals is given in title case, its small words ("del", "of") in lower case."""
    pieces = [p for p in re.split(r"\s{2,}|\t|\s*[|·•]\s*", line.strip()) if p.strip()]
    words = [re.sub(r"^[^\w]+", "", p).strip().lower() for p in pieces]
    if "menu" not in words or len(pieces) < 2:
        return None
    names = [p for p, w in zip(pieces, words, strict=True) if w and w not in _menu_bar_words()]
    if len(names) != 1 or (name := _site_title(names[0])) is None:
        return None
    return _title_cased(names[0]) if names[0].isupper() else name


def _title_cased(name: str) -> str:
    """A site's name set in capitals in title case (:func:`~storyline.read.exports.title_cased`), its
    small words ("del", "of") in lower case: "THE KESTREL POST" -> "The Kestrel Post"."""
    return _publisher_name(title_cased(name, _NAME_PARTICLES | {"of", "and", "the"}))


def _issue_masthead(line: str) -> str | None:
    """The name opening a masthead line that goes on with its issue's or episode's number and its date
    ("THE GRAIN REPORT — Issue 17 — June 3, 2026", "Marsh Radio Hour · EP. 41 · JUN 03 2026 · 52 MIN"):
    one to five capitalised words (:func:`_site_title`), in title case when set in capitals; None for
    any other line."""
    pieces = [p.strip() for p in re.split(r"\s[|·•—–-]\s", line.strip(), maxsplit=1)]
    if len(pieces) != 2 or not _ISSUE_LABEL.match(pieces[1]) or not parse_stamp(pieces[1]):
        return None
    name = _site_title(pieces[0])
    return _title_cased(pieces[0]) if name and pieces[0].isupper() else name


# A broadcaster's frequency or channel beside its name on a page's first line: "97.1 FM", "FM 101.3",
# "AM 1020", "Channel 9".
_FREQUENCY = re.compile(
    r"(?<![\w.])(?:(?:FM|AM)\s*\d{2,4}(?:\.\d{1,2})?|\d{2,4}(?:\.\d{1,2})?\s*(?:FM|AM|MHz|kHz)"
    r"|(?i:channel|ch\.)\s*\d{1,3})(?![\w.])"
)


def _station_name(line: str) -> str | None:
    """The name of a radio or television station on the line that gives its frequency or channel
    ("HARBOUR RADIO 97.1 FM" -> "HARBOUR RADIO", "FM 101.3 Coastline Radio", "LAGOON TV | Channel 9"),
    or None: the line less its frequency and separators must read as a name of one to five
    capitalised words. The frequency marks a station's head as a menu marks a site's."""
    m = _FREQUENCY.search(line)
    if not m:
        return None
    name = re.sub(r"\s*[|·•–—/-]\s*", " ", f"{line[: m.start()]} {line[m.end() :]}").strip(" ,:")
    return _site_title(name) if name and not re.search(r"\d", name) else None


def _caps_masthead(line: str) -> str | None:
    """A site's name in capitals above its menu, without its section ("OSPREY BUSINESS" -> "OSPREY",
    "HARBOUR POST" as it is): one to four words, no digits, some word no section label's; the
    section words it ends with are dropped (not a word of newspaper names: "… NEWS" stays). The
    capitals and the menu under them mark the site's head, where a headline is in sentence case."""
    words = line.split()
    if not (1 <= len(words) <= 4 and line.isupper()) or re.search(r"\d", line):
        return None
    while len(words) > 1 and (w := words[-1].lower()) in _section_words() and w not in _ORG_WORDS:
        words.pop()
    if all(w.lower().strip("'’") in _section_words() for w in words):
        return None  # "BREAKING NEWS", "WORLD": a kicker or a section's label
    return _site_title(" ".join(words))


# A headline's prepositions, never a masthead's words ("FIRE AT THE DAILY HERALD", "RAID ON THE STAR").
_HEADLINE_WORDS = frozenset("at in on to for over after with by from as into against".split())  # noqa: SIM905


def _top_masthead(lines: list[str]) -> str | None:
    """A newspaper's name in capitals opening the page above its headline ("THE HARBOUR LEDGER" over
    "Port workers walk out over pay cuts", "DAILY NORTHERN STAR" over a stamp and the headline), in
    title case: two to five words in capitals, no digits, the last a word of newspapers' names
    (:data:`_ORG_WORDS`), not all of them section labels' words ("WORLD NEWS" is a label), and a
    headline in sentence case (:func:`_title_line`) on the next line or under a stamp or a label. A
    headline set in capitals has its byline or stamp under it, not a second headline; None otherwise."""
    if len(lines) < 2:
        return None
    first = lines[0]
    words = [w.lower().strip("'’") for w in first.split()]
    if not (2 <= len(words) <= 5 and first.isupper()) or re.search(r"\d", first):
        return None
    if first[-1] in _SENTENCE_END:
        return None
    if words[-1] not in _ORG_WORDS or all(w in _section_words() for w in words):
        return None
    if _HEADLINE_WORDS & set(words):
        return None  # "FIRE AT THE DAILY HERALD" over its standfirst: a headline in capitals
    for line in lines[1:4]:  # the headline, under a stamp or a section's label at most
        if _title_line(line):
            return _title_cased(first)
        if not (_page_stamp(line) or (_kicker(line) and len(line.split()) <= 3)):
            return None
    return None


def _menu_column(lines: list[str]) -> bool:
    """True when ``lines`` open with a menu set one item a line: three or more lines of one or two
    capitalised words, no sentence punctuation (a headline and a byline are longer)."""
    run = 0
    for line in lines:
        words = line.split()
        if not (1 <= len(words) <= 2 and all(w[:1].isupper() for w in words)) or line[-1] in _SENTENCE_END:
            break
        run += 1
    return run >= 3


def _caps_site_name(line: str) -> bool:
    """True for a line in capitals that reads as a site's name: two to four words, no digits, not
    all of them words of section labels ("BREAKING NEWS", "LIVE UPDATES" are kickers)."""
    words = line.split()
    if not (2 <= len(words) <= 4 and line.isupper()) or re.search(r"\d", line):
        return False
    return _site_title(line) is not None and not all(w.lower().strip("'’") in _section_words() for w in words)


def _caps_word_name(line: str) -> bool:
    """True for one word in capitals that may be a site's name ("VERACITA"): no section label's word
    (``section_labels.txt``) and no country's name ("UKRAINE" over a headline is a kicker)."""
    from storyline.read.dates import _country_codes

    word = line.strip()
    return (
        len(word.split()) == 1 and _caps_masthead(word) == word and _country_codes().get(word.title()) is None
    )


def _tagline(line: str) -> bool:
    """True for a site's tagline under its name: two to twelve words, opening with a capital, some
    in lower case, no separators of menus or crumbs, no time stamp, byline or dateline, and a word of
    taglines ("Independent news for the valley"; a headline under a kicker has none)."""
    words = line.split()
    if not 2 <= len(words) <= 12 or not line[:1].isupper() or not any(w[:1].islower() for w in words):
        return False
    if re.search(r"[|›»>·•]|\s/\s|\s{2,}", line) or _URL_LINE.match(line):
        return False
    if parse_stamp(line) or _BY_LINE.match(line) or datelines(line):
        return False
    return any(re.sub(r"[’']s$", "", w.lower().strip(".,;:!?'’")) in _tagline_words() for w in words)


@functools.cache
def _tagline_words() -> frozenset[str]:
    """Words of site taglines (``tagline_words.txt``): "news", "voice", "journalism"."""
    from storyline.knowledge import load_lines

    return frozenset(load_lines("tagline_words.txt"))


@functools.cache
def _section_words() -> frozenset[str]:
    """Words of section labels and kickers (``section_labels.txt``)."""
    from storyline.knowledge import load_lines

    return frozenset(load_lines("section_labels.txt"))


# The label of a press release under its issuer's name: "PRESS RELEASE", "News release", "Media statement".
_RELEASE_LABEL = re.compile(r"^(?:press|news|media)\s+(?:release|statement)$", re.IGNORECASE)


# A site's menu line: its first item is the word "Menu" (the button of a small screen's menu).
_MENU_LINE = re.compile(r"^(?i:menu)(?:\s*$|\s*[|·•]|\s{2,}|\s+[A-Z])")


def _site_title(line: str) -> str | None:
    """A site's name on the line above its menu: one to five capitalised words ("of", "and", "&"
    between them), no sentence punctuation, no time stamp; unlike :func:`_masthead` no word of
    newspaper names is needed, since the menu below says the line is the site's head."""
    return _publisher_name(line.strip()) if _name_line(line, 50, 1, 5) is not None else None


# A site's edition line between its name and its menu: "ENGLISH", "English edition".
_EDITION_LINE = re.compile(
    r"^(?:(?:international|global|\w+)\s+)?(?:english|edition|en)(?:\s+edition)?$", re.I
)


# The chrome of a newsletter e-mail above its masthead, a piece at a time ("Read online | Send to a
# colleague", "Trouble reading this message? Open it here", "Opt out · Update your settings"): no headline.
_EMAIL_CHROME_PIECE = re.compile(
    r"^(?:view\s+(?:this\s+(?:e-?mail|newsletter|message|issue)\s+|it\s+)?(?:(?:in|on)\s+(?:your\s+|a\s+)?"
    r"(?:web\s+)?browser|online|as\s+a\s+web\s*page)|(?:read|open)\s+(?:this\s+|it\s+)?(?:online|in\s+(?:your\s+)?"
    r"browser)|web\s+version|(?:forward|send|share)\s+(?:this\s+(?:e-?mail\s+|newsletter\s+)?|it\s+)?to\s+a\s+"
    r"(?:friend|colleague)|(?:having\s+)?trouble\s+(?:viewing|reading|seeing)\s+this\s+(?:e-?mail|message|newsletter)\b.*"
    r"|(?:un)?subscribe(?:\s+here)?|opt[\s-]out"
    r"|manage\s+(?:your\s+)?(?:e-?mail\s+|subscription\s+)?(?:preferences|subscriptions?)"
    r"|update\s+(?:your\s+)?(?:e-?mail\s+)?preferences|add\s+us\s+to\s+your\s+address\s+book)[.!]?$",
    re.IGNORECASE,
)


def _email_chrome(line: str) -> bool:
    """True for a line of a newsletter's e-mail chrome: every piece of it (split at "|", "·", "•")
    one of :data:`_EMAIL_CHROME_PIECE`'s links, and not a lone "Subscribe"."""
    pieces = [p for p in re.split(r"\s*[|·•]\s*|\s{3,}", line.strip()) if p]
    if not pieces or all(re.fullmatch(r"(?i)subscribe(?:\s+here)?[.!]?", p) for p in pieces):
        return False  # "Subscribe" alone is a news site's button too
    return all(_EMAIL_CHROME_PIECE.match(p) for p in pieces)


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if ln.strip()]


def _headline_of(text: str) -> str | None:
    """A first line standing alone, short and without sentence punctuation, is a headline
    (after a time-stamp line or the page's address, if the text starts with them). Under the page's
    address no blank line need follow: a page copied with its address puts its title next, whatever
    its layout (one sentence a line in a corpus)."""
    line_re = re.compile(r"\s*([^\n]+)\n[ \t]*\n")
    pos = 0
    chrome = False
    address = False
    for _ in range(4):  # "https://…/slug" then "Updated 4 May 2024" above the headline, blank line or not
        top = re.compile(r"\s*([^\n]+)\n").match(text, pos)
        if top and _email_chrome(top[1]):  # "Read online | Send to a colleague"
            chrome = True
        elif chrome and top and (_caps_masthead(top[1].strip()) or _masthead(top[1])):
            chrome = False  # the newsletter's name in capitals under its chrome: its masthead
        elif not top or not (parse_stamp(top[1].strip()) or _URL_LINE.match(top[1].strip())):
            break
        address = address or _URL_LINE.match(top[1].strip()) is not None
        pos = top.end()
    m = (re.compile(r"\s*([^\n]+)(?:\n|$)") if address else line_re).match(text, pos)
    if not m:
        return None
    line = m[1].strip()
    words = line.split()
    if not 3 <= len(words) <= 25 or len(line) > 160 or line[-1] in ".,;:\"”'’":
        return None
    if _BY_LINE.match(line) or _PUBLISHED_LINE.match(line) or any(d.agency for d in datelines(line)):
        return None
    if address and _STAMP_LIKE.search(line):  # a stamp parse_stamp misses: "8/2/13 at 1:30 PM"
        return None
    return line


# The labels of a newsletter's e-mail header pasted with it: "From: …", "To: …", "Date: …"; its
# "Subject: …" line carries the headline.
_MAIL_HEADER = re.compile(r"^(?:from|to|cc|bcc|date|sent|reply-to)\s*:\s*\S", re.IGNORECASE)
_MAIL_SUBJECT = re.compile(r"^subject\s*:\s*(?:(?:fwd?|re)\s*:\s*)*(?P<subject>\S.*)$", re.IGNORECASE)

# A page's accessibility link and an embedded script's data pasted with its text: furniture.
_PAGE_CODE = re.compile(
    r"^(?:skip\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|article)\b|[{<\[])", re.I
)

# The pieces of a menu, a breadcrumb or a section's path: "Home | World", "News › Region", "Business /
# Trade", "Home   World   Asia" (items set apart by runs of spaces).
_MENU_SPLIT = re.compile(r"\s+[|›»>/·•]\s+|\s*[|›»·•]\s*|\s{2,}")

# Words of a line of share buttons under a headline ("Share: Facebook | X"): no site navigation.
_SHARE_WORD = re.compile(r"\b(?:share|facebook|whatsapp|telegram|linkedin|e-?mail|print|copy\s+link)\b", re.I)


def _menu_pieces(line: str) -> list[str] | None:
    """The items of ``line`` when it is a menu, a breadcrumb or a section's path ("Home | World |
    Asia", "Business > Industry", "Business | East African trade", "News   World   Sport"): two or
    more pieces of at most four words, none ending as a sentence; None for anything else."""
    pieces = [p for p in _MENU_SPLIT.split(line.strip()) if p.strip()]
    if len(pieces) < 2 or any(
        len(p.split()) > 4 or p.strip()[-1] in ",;:" or (p.strip()[-1] == "." and len(p.split()) > 1)
        for p in pieces
    ):  # "U.S." is a menu's item, "Read more." a sentence
        return None
    return pieces


def _navigation(line: str, *, labels: bool = False) -> bool:
    """True for a line of a site's navigation under its name and tagline: a menu or breadcrumb that
    is no row of share buttons, no stamp and no byline ("Jo Roe | Lima"); with ``labels``, also a
    short label in capitals ("PRESS RELEASE", "WORLD")."""
    if not line or _page_stamp(line) or _BY_LINE.match(line) or parse_byline(line, prefixed=True):
        return False
    if _menu_pieces(line):
        return not _SHARE_WORD.search(line) and not _bare_byline(line)
    letters = [c for c in line if c.isalpha()]
    return labels and bool(letters) and all(c.isupper() for c in letters) and len(line.split()) <= 6


def _page_stamp(line: str) -> bool:
    """True for a time stamp, a print edition's page stamp ("Sat, Feb 22, 2025 page 1") or a
    stamp beside other pieces ("10 Aug 2025 · 11:20 ICT · 4 min read", "Broadcast 14-Jul-2025 | 07:30"),
    or a stamp without its year ("Tuesday, Oct. 8")."""
    if (
        parse_stamp(line)
        or _RELATIVE_STAMP.match(line)
        or _PRINT_EDITION_LINE.match(line)
        or yearless_stamp(line)
    ):
        return True  # "Issue 17 — Thursday, June 4" too: a day without its year (its year the footer's)
    stampless = re.sub(_PAGE_MARK, " ", line, flags=re.IGNORECASE)
    if stampless != line and parse_stamp(stampless.strip(" ,|·-")):
        return True
    return len(line.split()) <= 10 and _stamp_in_line(line) is not None


def _kicker(line: str) -> bool:
    """True for a short label over a headline: a section's name or kicker ("Asia", "Business",
    "Key points"), one to three words opening with a capital, no sentence punctuation at its end,
    or any short line in capitals ("WORLD NEWS", "THE MORNING REPORT", "PRESS RELEASE", "URGENT")."""
    words = line.split()
    letters = [c for c in line if c.isalpha()]
    if letters and all(c.isupper() for c in letters) and len(words) <= 6:
        return True
    return 1 <= len(words) <= 3 and line[-1] not in _SENTENCE_END and words[0][:1].isupper()


def _title_line(line: str, *, cased: bool = False) -> bool:
    """True when ``line`` reads as a headline: four to twenty-five words, at most 160 characters,
    no full stop or other sentence punctuation at its end (a closing quote only after an opening one,
    as in 'Minister: "We will act"'), some word in lower case (with ``cased``, every word capitalised
    instead: :func:`_cased_title`), and no byline, stamp or dateline."""
    words = line.split()
    if not 4 <= len(words) <= 25 or len(line) > 160 or any(w[:1].islower() for w in words) != (not cased):
        return False
    if line[-1] in ".,;:" or (line[-1] in "\"”'’" and not re.search(r"(?:^|[\s:(])[\"“'‘]\S", line[:-1])):
        return False
    if _BY_LINE.match(line) or _PUBLISHED_LINE.match(line) or any(d.agency for d in datelines(line)):
        return False
    return not (_page_stamp(line) or parse_byline(line, prefixed=True))


def _cased_title(line: str, site: str | None) -> bool:
    """True for a headline set in title case ("Mayor Of Dunmore Quits After Audit"), which
    :func:`_title_line` leaves, since a site's name is set so too: every word capitalised, not all in
    capitals, no newspaper's word ("Times", "Ledger": :func:`_masthead`) and not the name the page's
    copyright footer gives (``site``)."""
    letters = [c for c in line if c.isalpha()]
    if not letters or all(c.isupper() for c in letters) or not _title_line(line, cased=True):
        return False
    return _masthead(line) is None and (site is None or _strip_article(line).lower() != site.lower())


def _footer_site(text: str) -> str | None:
    """The publisher a page's copyright footer names ("© 2026 The Tarrow Herald"), without its "The"."""
    for line in reversed(_lines(text)[-15:]):
        if pub := _copyright_publisher(line):
            return _strip_article(pub.strip(" .,"))
    return None


def _page_headline(text: str) -> str | None:
    """The headline a page shows: the first line after the page's furniture that reads as a title
    (:func:`_title_line`). Furniture is what a copied page puts above its headline: time stamps and
    the page's address, e-mail chrome and headers (a "Subject:" line gives the headline), the site's
    name (a line of capitalised words or in capitals) and the tagline under it, edition lines, menus
    and breadcrumbs (:func:`_menu_pieces`), section labels and kickers (:func:`_kicker`), notes
    ("Correction: …"), bylines. The first line that is neither ends the search: a page whose text
    starts with a byline or a paragraph has no headline. Without furniture, or under the page's
    address on its first line, the first line alone decides (:func:`_headline_of`), as for a corpus's
    plain text. A live blog's or transcript's label stays in the headline ("LIVE: …", "Transcript: …"):
    it is part of the line the page shows, and says what kind of page it is."""
    lines = _lines(text)[:20]
    if lines and _URL_LINE.match(lines[0]):
        return _headline_of(text)  # a page copied with its address: its title next, whatever its case
    top, name_at = True, -9  # the first line past chrome and stamps may be the site's name
    site, cased = _footer_site(text), None  # a title-case first line taken for a name: maybe the headline
    for i, line in enumerate(lines):
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if m := _MAIL_SUBJECT.match(line):
            subject = m["subject"].strip()
            return subject if _title_line(subject) else None
        if _URL_LINE.match(line) or _page_stamp(line) or _email_chrome(line) or _MAIL_HEADER.match(line):
            continue
        if (
            _PAGE_CODE.match(line)
            or _EDITION_LINE.match(line)
            or (_NOTE_LINE.match(line) and ":" in line[:25])
        ):
            continue
        first, top = top, False
        if _menu_pieces(line) or _kicker(line) or _BY_LINE.match(line) or parse_byline(line, prefixed=True):
            name_at = i if first else name_at  # "THE HARBOUR TIMES"
            continue
        after = lines[i + 2] if i + 2 < len(lines) else ""
        if (
            first
            and _name_line(line, 60, 1, 6)
            and (
                not _title_line(below)
                or _navigation(after, labels=True)
                or (i > 0 and not _title_line(line))
                or (_tagline(below) and _title_line(after, cased=not _title_line(after)))
            )
        ):  # "The Harbour Times" over its menu, over a tagline and its menu or label or headline, or under
            # e-mail chrome
            name_at = i
            if _cased_title(line, site) and not _tagline(below) and not _navigation(below, labels=True):
                cased = line  # "Ferry Pier To Close After 90 Years" over its byline: no name
            continue
        if _tagline(line) or (
            i > 0 and _navigation(below, labels=name_at == i - 1) and not _title_line(lines[i - 1])
        ):
            continue  # a tagline over its menu (or label, under the name), a line of a top bar
        if i == 0:
            if headline := _headline_of(text):
                return headline
            if _cased_title(line, site) and _head_end(below):
                return line
            # a headline set directly over its byline or time stamp ("By Jo Roe | Posted 3 March 2026")
            if _title_line(line) and _bare_byline(below) and (_page_stamp(after) or _role_line(after)):
                return line  # over a bare name and its stamp or role: "Jo Roe" / "Mar 12, 2026, 9:40 AM ET"
            return line if _title_line(line) and _byline_or_stamp(below) else None
        if _title_line(line) or (_cased_title(line, site) and _head_end(below)):
            return line  # a headline, in sentence or title case, under the site's name and furniture
        return cased if cased and not _title_line(line) else None
    return None


def _byline_or_stamp(line: str) -> bool:
    """True for a byline (with a stamp beside it or not: "By Jo Roe | Posted 3 March 2026", "Posted
    March 3, 2026 by Jo Roe") or a time stamp: a line of a page's head that may stand directly under
    its headline, with no blank line between."""
    if not line or _BY_LINE.match(line) or _page_stamp(line):
        return bool(line)
    return bool(parse_byline(line, prefixed=True) or parse_byline(_stampless(line), prefixed=True))


def _head_end(line: str) -> bool:
    """True for the line that closes a page's head under its headline: a byline, a time stamp, or a
    paragraph (a line ending as a sentence), so that of two title-case lines at the top the lower one
    is the headline ("Tarrow Evening Post" over "Ferry Pier To Close After 90 Years")."""
    if not line or _BY_LINE.match(line) or parse_byline(line, prefixed=True) or _page_stamp(line):
        return True
    return bool(_bare_byline(line)) or line[-1] in '.!?"”'


# What marks a line under a page's address as its time stamp, not its title, however it is spaced: a full
# date ("Updated: November 11, 2011 20:09 IST"), a date in numbers ("11/09/2010", "11 / 09 / 2010") or a
# clock ("1:30 PM", "1: 30 PM").
_STAMP_LIKE = re.compile(
    rf"{_DATE}|(?<!\d)\d{{1,2}}\s?[/.]\s?\d{{1,2}}\s?[/.]\s?\d{{2,4}}(?!\d)|(?<!\d)\d{{1,2}}\s?:\s?\d\d(?!\d)",
    re.IGNORECASE,
)


# The page's own address on a line of its own, copied with the page; news sites put the day in the
# path ("https://www.example.com/news/2024/05/19/slug/", ".../2024-05-19/slug").
# A label may stand before it ("Source: https://…", "URL: www.…"), and spaces after it.
_URL_LINE = re.compile(
    r"^\s*(?:(?:source|url|link|permalink|original(?:\s+(?:url|link|article))?)\s*:\s*)?"
    r"((?:https?://|www\.)\S+)\s*$",
    re.IGNORECASE,
)


def _url_line(lines: list[str]) -> str | None:
    """The page's address, when one of the top lines is a URL alone, or after a label ("Source:
    https://…"): a copied page keeps it. The address without its label."""
    return next((m[1] for ln in lines[:_TOP] if (m := _URL_LINE.match(ln))), None)


# A note at the top of a page, before its story: "Correction: …", "Editor's note: …", "Update: …".
_NOTE_LINE = re.compile(r"^(?:correction|clarification|editor[’']?s\s+note|update|note)\b", re.IGNORECASE)


def _head(lines: list[str]) -> list[str]:
    """The head of a page: its lines before the story's first paragraph (a line of 25 words or more
    that is no correction or editor's note), at most 30. Stamps there are the page's own however long
    its menus; a date line below the first paragraph is a timeline's or a quote's."""
    head: list[str] = []
    for line in lines[:30]:
        if len(line.split()) >= 25 and not _NOTE_LINE.match(line):
            break
        head.append(line)
    return head


# A stamp's neighbours on its line, where a stamp's own parts are split (:data:`_STAMP_SPLIT`) and at any
# spaced dash or slash, before any "Published" or "Posted", at a tab and at the wide gaps of a printed
# page's running head pasted as text: "By Ana Ruiz | 8 October 2024", "Jo Roe · Reuters · 8 Oct 2024", "By
# Ana Ruiz Updated 8 October 2024", "Oct 8, 2024 / 9:15 AM / Lake Wire", "LAKE TIMES    TUESDAY, OCTOBER 8,
# 2024    PAGE A3".
_STAMP_PIECES = re.compile(
    rf"{_STAMP_SPLIT.pattern}|\s+[-–—/]\s+|\s{{3,}}|\t|(?<![Ll]ast)(?<!LAST)\s+(?=(?i:published|posted)\b)"
)


# A date closing a line after a comma or "on": "By Ana Ruiz, 8 October 2024", "Ana Ruiz on October 8, 2024".
# A clock or a bare zone may follow ("Posted by jlee on February 14, 2025 at 9:30 am", "…, 14 March 2025
# GMT") or a printed page's mark ("Valley Record, 14 February 2025, p. 3"); or the date closes the line in
# parentheses ("Source: Valley Record (14 February 2025)").
_TRAILING_DATE = re.compile(
    rf"(?:(?:,|\s+on)\s+(?P<date>{_DATE})(?:,?\s+(?:at\s+)?{_CLOCK}|\s+\(?(?:[A-Z]{{1,4}}T|UTC)\)?)?"
    rf"(?:,?\s+(?i:{_PAGE_MARK}))?"
    rf"|\s+\((?P<date2>{_DATE})\))[.\s]*$"
)
# A date opening a line before its byline: "Posted on October 8, 2024 by Ana Ruiz", "8 Oct 2024, by Ana Ruiz".
_LEADING_DATE = re.compile(
    rf"^(?P<stamp>(?:[^\W\d]+\s+){{0,2}}?{_DATE}),?\s+(?P<by>(?i:by)\s.+"
    # or a blog's category: "Posted on October 8, 2024 in World News"
    rf"|(?i:in)\s+[A-Z][\w&-]*(?:\s+(?:&\s+)?[A-Z][\w-]*){{0,2}})$"
)


# A stamp opening a line before its byline, a clock and a zone maybe between: "Posted 9:40 am, March 12,
# 2026 by Jo Roe", "Published 12 March 2026, 09:40 GMT, by Jo Roe" (the stamp's part must be a stamp).
_STAMP_BY = re.compile(r"^(?P<stamp>.+?),?\s+(?P<by>(?i:by)\s+[A-Z].*)$")


def _stamp_then_byline(line: str) -> tuple[str, str] | None:
    """(stamp, byline) of a line that opens with a whole stamp and goes on with its byline ("Posted 9:40
    am, March 12, 2026 by Jo Roe"), or None."""
    m = _STAMP_BY.match(line)
    return (m["stamp"], m["by"]) if m and parse_stamp(m["stamp"]) else None


def _stamp_in_line(line: str) -> str | None:
    """The date of a stamp sharing its line with a byline, an agency or section name, a clock or a
    reading time ("By Ana Ruiz | 8 October 2024", "World · 8 Oct 2024 · 5 min read"); None when any
    other piece of the line is words of a sentence ("Floods hit coast | 8 October 2024" is no page's
    stamp but a link or a headline)."""
    if len(line) > 120:
        return None
    line = _anglicised(line)  # "Lima, 8 de octubre de 2024" -> "Lima, 8 October 2024"
    pieces = [p.strip() for p in _STAMP_PIECES.split(line) if p.strip()]
    m, lead = _TRAILING_DATE.search(line), _LEADING_DATE.match(line)
    if len(pieces) < 2 and m:  # "By Ana Ruiz, 8 October 2024", "Ana Ruiz, Lake Wire, October 8, 2024"
        pieces = [line[: m.start()].strip(), m["date"] or m["date2"]]
    elif len(pieces) < 2 and lead:  # "Posted on October 8, 2024 by Ana Ruiz", "… in World News"
        pieces = [lead["stamp"], re.sub(r"^(?i:in)\s+", "", lead["by"])]
    elif len(pieces) < 2 and (stamp_by := _stamp_then_byline(line)):  # "Posted 9:40 am, March 12, 2026 by …"
        pieces = list(stamp_by)
    stamps = [parse_stamp(p) for p in pieces]
    posting = posting_stamp(stamps)  # "Updated March 13 | Posted March 12": the posting's day
    if len(pieces) < 2 or not posting:
        return None
    date = posting[1]
    others = [p for p, st in zip(pieces, stamps, strict=True) if not st]
    return date if all(_beside_stamp(p) for p in others) else None


def _stampless(line: str) -> str:
    """A line sharing a stamp (see :func:`_stamp_in_line`) without it and its clock or reading time
    ("By Ana Ruiz | 8 October 2024 | 5 min read" -> "By Ana Ruiz"); any other line unchanged."""
    if not _stamp_in_line(line):
        return line
    line = _anglicised(line)
    m, lead = _TRAILING_DATE.search(line), _LEADING_DATE.match(line)
    if m and len(_STAMP_PIECES.split(line)) < 2:
        return line[: m.start()].strip()
    if lead and len(_STAMP_PIECES.split(line)) < 2:
        return lead["by"]
    if (stamp_by := _stamp_then_byline(line)) and len(_STAMP_PIECES.split(line)) < 2:
        return stamp_by[1]
    pieces = [p.strip() for p in _STAMP_PIECES.split(line) if p.strip()]
    keep = [p for p in pieces if not parse_stamp(p) and not _STAMP_EXTRA.match(p)]
    return " | ".join(p for p in keep if not dateless_stamp(p))


# What else may share a stamp's line: a blog's byline with a user name ("Posted by jlee", "by admin"), and
# the label of a press release ("Media release", "PRESS RELEASE", "News release").
_BESIDE_STAMP = re.compile(
    r"^(?:(?:posted|written|published)\s+)?by\s+@?[\w.-]+$|^(?:press|media|news)\s+(?:release|statement)$",
    re.IGNORECASE,
)


def _beside_stamp(piece: str) -> bool:
    """True for what may share a stamp's line: a byline, a name of one to four capitalised words
    (an author, an agency, a section), a blog's "Posted by jlee", a press release's label, a clock or a
    reading time."""
    if (
        parse_byline(piece, prefixed=True)
        or _BESIDE_STAMP.match(piece)
        or _STAMP_EXTRA.match(piece)
        or dateless_stamp(piece)  # "Last updated 11:02 am" after the posting's day
        or _bare_byline(piece)  # "Jo Roe and Al Poe, Staff Writers"
    ):
        return True
    words = piece.split()
    return (
        len(words) <= 4 and piece[-1] not in _SENTENCE_END and all(w[:1].isupper() or w == "&" for w in words)
    )


def _ambiguous_stamp(lines: list[str], url: str | None, head: list[str]) -> str | None:
    """The date of a stamp in the page's head written "04/03/2025", both numbers 12 or less, read in the
    order the page's other evidence gives (:func:`_numeric_order`), or matched to an ISO date of the
    page's furniture ("2025-03-04T09:30:00Z", a JSON-LD date) that one reading gives and the other
    does not; None without evidence, since a wrong date is worse than none."""
    for line in head:
        m = _NUMERIC_DATE.search(line)
        if not m or parse_stamp(line) or not parse_stamp(line, order="day"):
            continue
        day, month = parse_stamp(line, order="day"), parse_stamp(line, order="month")
        readings = {st[1] for st in (day, month) if st}
        furniture = {
            f"{i['y']}-{i['m']}-{i['d']}"
            for ln in head
            for i in _ISO_DAY.finditer(ln)
            if _URL_LINE.match(ln) is None
        }
        ld = _page_jsonld(lines)
        furniture |= {
            iso_date(v)
            for key in ("datePublished", "dateCreated", "dateModified")
            if isinstance(v := ld.get(key), str)
        }
        near = {r for r in readings if any(_days_apart(r, f) <= 7 for f in furniture if f)}
        if len(near) == 1:  # "Published 04/03/2025" and a JSON-LD "dateModified": "2025-03-05"
            return near.pop()
        order = _numeric_order(lines, url)
        st = day if order == "day" else month if order == "month" else None
        return st[1] if st else None
    return None


def _page_jsonld(lines: list[str]) -> dict[str, Any]:
    """The article's item of a JSON-LD block left in a page's text as a line of its own
    (``{"@context":"https://schema.org","@type":"NewsArticle","datePublished":…}``, copied
    with the page), or an empty dict. Such a block is the page's own machine-readable
    metadata, so its date and author are as good as a visible stamp and byline."""
    chunks = [ln for ln in lines if ln.startswith("{") and ln.endswith("}") and '"@type"' in ln]
    for item in _jsonld_items(chunks):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and ("Article" in k or k == "Report") for k in kinds):
            return item
    return {}


def _contributor_names(listed: str) -> list[str]:
    """The names a contributors line lists, agencies by their full names; a word for no one in
    particular ("with inputs from agencies", "from staff") is no name."""
    names = [_strip_article(_agency(_without_place(x))) for x in _split_names(listed)]
    return [x for x in names if x[:1].isupper()]


def find_metadata(text: str) -> Metadata:
    """Metadata written in the article text itself: publisher and published lines, bylines,
    "With files from ..." and "X contributed reporting" contributors, a copyright footer or a
    site name above its navigation ("Lake Times | News", "Home > World"), a dateline's agency
    and a stand-alone headline.

    Only whole lines near the top (first 4; 10 for bylines and time stamps, which may sit under a
    site name, its navigation, a search box, a section label, a headline and a standfirst; 12 for
    the dateline's agency) or the bottom (last 6) are considered, so a sentence of the story that
    happens to say "was first published" is not taken for it.

    The page's date comes from the first of: a time stamp over the page's head (see :func:`_head`;
    English or in the languages of ``date_words.json``: "martes 8 de octubre de 2024 - 16:40",
    "Dienstag, 8. Oktober 2024"), one beside a byline ("By Ana Ruiz | 8 October 2024"), a dateline with
    its year, JSON-LD, the page's address, a weekday date on a page stamped only with its age, and
    last a month and day with no year (a stamp's "Tuesday, Oct. 8", a dateline's "DALTON, Ga.,
    Oct. 8 (AP) —") in the year of the page's address or copyright footer.

    Text hard-wrapped at a column (a print page, a PDF) is read with its wrapped lines joined
    (:func:`storyline.read.wrapping.unwrapped`): a headline or a standfirst set over two lines is one.
    A web archive's capture banner over a saved page and a "Printed from <site> on <date>" line are
    passed over (:mod:`storyline.read.furniture`): the banner's captured address is the page's, the
    printing line's site its publisher when no other names one, and neither gives a date. A show's
    credits at the foot ("Hosted by …", "Produced by …") are its authors, or contributors under a
    reporter's byline; a reporter's role on the line under the byline ("Court Reporter") is no publisher.
    """
    if (feed := feed_item(text)) is not None:  # a feed's item saved as text: its fields, then its story's
        return _feed_metadata(feed)
    banner, printing = archive_banner(text), printed_line(text)
    captured = banner_url(text, banner) if banner else None  # the saved page's own address
    export = exported(text)  # a forward's header blocks, a Markdown export's front matter and marks
    forwarder = (0, export.story_start)  # a forwarder's note above the forwarded message's headers
    spans = [banner, printing[0] if printing else None, *export.spans, forwarder, export.caption_head]
    spans.append(comment_thread(text))  # the reader comments under the story: no sign-off or byline
    text = _blanked(unwrapped(text), spans)
    lines = _lines(text)
    n = len(lines)
    near = [lines[i] for i in sorted(set(range(min(4, n))) | set(range(max(0, n - 6), n)))]
    publisher = published = footer = weak = printed = None
    authors: list[str] = []
    contributors: list[str] = []
    for line in near:
        m = _PUBLISHED_LINE.match(line)
        if m:
            published = published or iso_date(m["date"])
            pub = m["pub"] or m["pub2"] or m["pub3"]
            publisher = publisher or (_publisher_name(pub) if pub else None)
            continue
        m = _PRINT_EDITION_LINE.match(line)
        if m:  # the printed issue's day: the page's when it has no stamp of its own (below)
            printed = printed or iso_date(m["date"])
            continue
        m = _CONTRIBUTORS_LINE.match(line) or _TRANSLATED_LINE.match(line)
        if m:
            contributors += _contributor_names(m["list"])
            continue
        m = _CONTRIBUTED_LINE.match(line)
        if m:
            names = [_without_place(re.sub(r"\s+from\s.*$", "", x)) for x in _split_names(m["list"])]
            contributors += [x for x in names if _looks_like_person(x)]
            continue
        if pub := _copyright_publisher(line):
            footer = footer or pub
            continue
        m = _REPORTING_LINE.match(line)
        if m:
            names = [_without_place(x) for x in _split_names(m["names"])]
            authors += [x for x in names if _looks_like_person(x)]
            for extra in re.finditer(r"additional\s+reporting\s+by\s+([^;()]+)", m["rest"] or "", re.I):
                contributors += [_strip_article(_without_place(x)) for x in _split_names(extra[1])]
    if not any(_REPORTING_LINE.match(ln) for ln in near):
        # a wire story's sign-off above a correction, share buttons, a list of links and the footer
        # ("(Reporting by Jo Roe in Lima; Editing by Al Poe)" / "Correction: …" / "More World" / "© …"):
        # the last such line, wherever it stands after the body
        m = next((m for ln in reversed(lines[4:]) if (m := _REPORTING_LINE.match(ln))), None)
        if m:
            authors += [x for x in map(_without_place, _split_names(m["names"])) if _looks_like_person(x)]
            for extra in re.finditer(r"additional\s+reporting\s+by\s+([^;()]+)", m["rest"] or "", re.I):
                contributors += [_strip_article(_without_place(x)) for x in _split_names(extra[1])]
    contributors += _graphic_credits(lines)
    if footer is None:  # a copyright footer above the page's last links ("Terms of use", "About us")
        footer = next((pub for ln in lines[-15:] if (pub := _copyright_publisher(ln))), None)
    # a contributors line among the head's lines below the first four, under its byline ("By Ana Ruiz /
    # With reports from Jo Roe"): a line of the page's head, never a sentence of the story
    for line in _head(lines)[4:_TOP]:
        m = _CONTRIBUTORS_LINE.match(line) or _TRANSLATED_LINE.match(line)
        if m:
            contributors += _contributor_names(m["list"])
    published = published or _exported_day(export, lines)  # a front matter's, a thread's, a report's
    if published is None:  # the page's head may run past its first lines: a long menu, a correction note
        stamps = [st for st in map(parse_stamp, lines[: max(_TOP, len(_head(lines)))]) if st]
        first = [d for kw, d in stamps if kw not in ("updated", "modified")]
        published = (first or [d for _, d in stamps] or [None])[0]
    if published is None:  # a stamp with its keyword at the foot: "Published 8 October 2024"
        published = next((st[1] for ln in lines[-6:] if (st := parse_stamp(ln)) and st[0]), None)
    if published is None:  # a stamp beside a byline or a section's name: "By Ana Ruiz | 8 October 2024"
        published = next((d for ln in lines[:_TOP] if (d := _stamp_in_line(ln))), None)
    url = _url_line(lines) or captured or (export.front.url if export.front else None)
    if published is None:  # "Published 04/03/2025", read as the page's address or other dates say
        published = _ambiguous_stamp(lines, url, lines[: max(_TOP, len(_head(lines)))])
    if published is None:  # a printed issue's day at the foot (it may sit above a list of links)
        foot = (iso_date(m["date"]) for ln in lines[-15:] if (m := _PRINT_EDITION_LINE.match(ln)))
        published = printed or next(foot, None)
    if published is None:  # a page whose only date is its dateline's: "KARACHI, Sept 21, 2025: …"
        published = next((d.day for ln in lines[: _TOP + 2] for d in datelines(ln) if d.day), None)
    if published is None:  # a full date opening the first paragraph as its dateline: "March 4, 2025 — The …"
        published = _opening_date(lines)
    ld = _page_jsonld(lines)
    if published is None and isinstance(ld.get("datePublished"), str):
        published = iso_date(ld["datePublished"])
    if published is None:  # the day in the page's own address: ".../news/2024/05/19/slug/"
        published = _url_date(url)
    if published is None:  # a press release's "Kisumu, 4 March 2026" over or opening its first paragraph
        published = _place_date_line(lines)
    if published is None:  # a judgment's "Delivered at Lusaka on the 3rd day of June 2026"
        published = delivered_day(lines)
    if published is None and any(_RELATIVE_STAMP.match(ln) for ln in lines[:_TOP]):
        # stamped "1 hour ago" only, and "our live coverage on Monday 13 October 2025" below
        published = _weekday_date(text)
    if published is None:  # a day without its year, "Oct. 8", and the year of the page's footer or address
        published = _yearless_day(lines, url)
    chrome = sum(1 for _ in itertools.takewhile(_email_chrome, lines))  # a newsletter's name under its
    head_credit, head_at = "", n  # the head's byline line, if any, and its index
    for i, line in enumerate(lines[:_TOP]):  # chrome is no byline
        if i < chrome or (chrome and i == chrome and (_caps_masthead(line) or _masthead(line))):
            continue
        if credit := _credit_line(line):  # "Words: Ana Ruiz | Photography: Jo Roe"
            authors += credit[0]
            contributors += credit[1]
            head_credit, head_at = line, i
            break
        byline = parse_byline(line, prefixed=True) or parse_byline(_stampless(line), prefixed=True)
        below = lines[i + 1] if i + 1 < n else ""
        # a bare name line: under a stand-alone headline, or just above or below a time stamp, or
        # above the paper's name that stands above the stamp ("Jo Marsh / The Valley Sentinel /
        # Published 3/11/2025 6:12 p.m. ET")
        beside_stamp = (
            parse_stamp(below)
            or _RELATIVE_STAMP.match(below)
            or parse_stamp(lines[i - 1])
            or (i + 2 < n and _masthead(below) is not None and parse_stamp(lines[i + 2]) is not None)
            # or its role between: "TOMAS VIDAL" / "Staff Writer" / "MARCH 12, 2026"
            or (i + 2 < n and _role_line(below) and parse_stamp(lines[i + 2]) is not None)
        )
        if byline is None and i >= 1 and _stamp_in_line(line):
            byline = _bare_byline(_stampless(line))  # "Jo Roe, Metro Reporter | Updated 9:40 am, …"
        if byline is None and i >= 1 and ((i < 3 and _headline_of(text)) or beside_stamp):
            byline = _bare_byline(line)
            if byline and any(
                _credit_line(ln) or parse_byline(ln, prefixed=True) for ln in lines[i + 1 : _TOP]
            ):
                continue  # "Drive Time" over the stamp, "Produced by Ana Ruiz" under it: the labelled one
        if byline:
            authors += byline[0]
            head_credit, head_at = line, i
            if byline[1] and _filed_from(byline[1]):
                weak = byline[1]  # "By Ana Ruiz, Lima": more likely the city filed from
            else:
                if _role_line(below):  # "By Jo Roe" / "Court Reporter" / "The Daily Lantern"
                    below = lines[i + 2] if i + 2 < n else ""
                publisher = publisher or byline[1] or _masthead(below)
            break
    if n >= 2:
        byline = parse_byline(lines[-1], prefixed=False)
        if byline:
            authors += byline[0]
            publisher = publisher or byline[1]
    if credits := _foot_credits(lines[max(head_at + 1, n - 8) if head_credit else max(_TOP, n - 8) :]):
        # a show's credits at the foot ("Hosted by Jo Roe." / "Produced by Al Poe and Ana Ruiz"): its
        # makers, as a head's "Produced by" line is, unless a reporter's byline heads the page
        if not authors or _PROGRAMME_CREDIT.match(head_credit):
            authors += credits
        else:
            contributors += [c for c in credits if c not in authors]
    if not authors:
        authors += [a for a in _names(ld.get("author")) if _looks_like_person(a)]
    if not authors:  # a front matter's "author:", a thread's account name
        authors += _exported_authors(export)
    # the site a printer-friendly page was printed from ("Printed from The Ridge Post on …"), not its address
    site = printing[2] if printing and not re.search(r"[./]\w", printing[2]) else None
    publisher = (
        publisher
        or _thread_publisher(export)
        or footer
        or _site_name(lines[:8])
        or site
        or weak
        or _exported_publisher(export, lines)
    )
    if publisher is None:
        tag = next((d.agency for ln in lines[: _TOP + 2] for d in datelines(ln) if d.agency), None)
        if tag:
            publisher = _agency(tag)
    if publisher is None:  # a judgment's court: "IN THE SUPREME COURT OF ZAMBIA"
        publisher = court_heading(lines)
    if publisher is None and export.caption_head is None:  # "THE HARBOUR LEDGER" over the headline
        publisher = _top_masthead(lines)
    if published is None:  # a forwarded newsletter without a day of its own: its original message's
        published = export.mail_day
    if export.caption_head is not None:  # a caption file: its header's keys, and no cue is a headline
        publisher = (export.front.publisher and _publisher_name(export.front.publisher)) or publisher
        authors = _exported_authors(export) or authors
        headline = export.front.title if export.front else None
    else:
        headline = (
            _exported_headline(export, lines, publisher)
            or _page_headline(text)
            or (export.front.title if export.front else None)
        )
    return Metadata(
        publisher=publisher,
        published=published,
        authors=tuple(dict.fromkeys(authors)),
        contributors=tuple(dict.fromkeys(c for c in contributors if c)),
        headline=headline,
        url=url,
    )


def _feed_metadata(feed: FeedItem) -> Metadata:
    """The metadata of a feed's item saved as text (:mod:`storyline.read.feeds`): the channel's title as
    publisher, the item's title, link, date and creators (persons' names), and what its story says
    itself (a byline, "Additional reporting by …") where the fields say nothing."""
    found = find_metadata(feed.view)
    # "Ana Lind", "By Ana Lind, Staff Writer", "Ana Lind and Jo Roe": a byline's names
    bylines = (
        parse_byline(a if re.match(r"(?i)by\b", a) else f"By {a}", prefixed=True) for a in feed.authors
    )
    authors = [n for b in bylines if b for n in b[0]]
    return Metadata(
        publisher=feed.publisher or found.publisher,
        published=feed.published or found.published,
        authors=tuple(dict.fromkeys(authors)) or found.authors,
        contributors=tuple(c for c in found.contributors if c not in authors),
        headline=feed.headline or found.headline,
        url=feed.url or found.url,
    )


# A show's credit: "Hosted by Jo Roe", "Produced by Al Poe and Ana Ruiz", "Presented by …".
_PROGRAMME_CREDIT = re.compile(
    r"^(?:hosted|produced|presented)(?:\s+and\s+(?:produced|presented|hosted|edited))?\s+by\b", re.IGNORECASE
)


# A show's other credits beside its makers' on a credits line, naming no author: "Edited by …", "Mixed
# by …", "Music by …", "Sound design by …", "Artwork by …".
_CRAFT_CREDIT = re.compile(
    r"^(?:edited|mixed|mastered|engineered|music|theme\s+music|sound(?:\s+design)?|artwork|fact[\s-]?checked)"
    r"(?:\s+and\s+\w+)?\s+by\s+\S",
    re.IGNORECASE,
)


def _exported_day(export: Exported, lines: list[str]) -> str | None:
    """The page's day its export furniture gives before any stamp of its text: a front matter's
    ``published:`` or ``date:`` key (never the app's ``saved:``), a thread's count line in the year of
    the page's other dates ("Mar 3 • 9 posts" over "Saved on 4 Mar 2026"), a report's title line
    ("Situation Report No. 4 | 21 October 2026")."""
    if export.front and (day := front_day(export.front)):
        return day
    if export.thread and (day := thread_day(export.thread, "\n".join(lines), export.saved)):
        return day
    return next((st[1] for ln in lines[:4] if (d := report_title_date(ln)) and (st := parse_stamp(d))), None)


def _exported_authors(export: Exported) -> list[str]:
    """The authors a front matter names ("[[Ana Ruiz]]") and a thread's account name: persons' names."""
    names = list(export.front.authors) if export.front else []
    names += [export.thread.author] if export.thread and export.thread.author else []
    return [n for name in names for n in _split_names(name) if _looks_like_person(n)]  # "Ana Ruiz, Jo Roe"


def _thread_publisher(export: Exported) -> str | None:
    """The publisher of a thread-reader page: the account's own name when it is a news outlet's
    ("Harbour Times (@harbourtimes)"), else the network its posts were published on ("Read on X"), as a
    saved page's publisher is the site it was saved from; not the reader service whose page it is
    (its site name or footer); None when the page names neither."""
    thread = export.thread
    if thread is None:
        return None
    return (_masthead(thread.author) if thread.author else None) or thread.platform


def _exported_headline(export: Exported, lines: list[str], publisher: str | None) -> str | None:
    """A forwarded newsletter's headline: the line under its name (:func:`_exported_publisher`), or
    under its name and its day."""
    if export.mail and publisher and len(lines) > 2 and _site_title(lines[0]) == publisher:
        return next((ln for ln in lines[1:3] if _title_line(ln)), None)
    return None


def _exported_publisher(export: Exported, lines: list[str]) -> str | None:
    """The publisher a front matter names, a forwarded newsletter's name under its headers, or the
    issuer on a report's first line with its acronym ("WORLD RELIEF OFFICE (WRO)" over "Situation
    Report No. 4 | …")."""
    if export.front and export.front.publisher:
        return _publisher_name(export.front.publisher)
    if (
        export.mail
        and len(lines) > 2
        and not _page_stamp(lines[0])
        and not parse_byline(lines[0], prefixed=True)
    ):
        # the newsletter's name over its headline and its byline or stamp, or over its day and headline
        below = lines[2]
        if (_title_line(lines[1]) and (parse_byline(below, prefixed=True) or _page_stamp(below))) or (
            _page_stamp(lines[1]) and _title_line(below)
        ):
            return _site_title(lines[0])
    return issuer_line(lines[0]) if lines else None


def _foot_credits(lines: list[str]) -> list[str]:
    """The people a credits block at a page's foot names as a show's host, producers or presenters
    ("Hosted by Jo Roe.", "Produced by Al Poe and Ana Ruiz", "Hosted by Jo Roe. Produced by Al Poe."),
    in their order: whole lines of such credits (and of a show's other credits, "Edited by …", "Music
    by …", which name no author) only, so a sentence of the story ("Hosted by the mayor, the dinner
    raised …") names no one."""
    names: list[str] = []
    for line in lines:
        pieces = [p for p in re.split(r"(?<=[a-z]{2})\.\s+|\s*[|·•;]\s*", line.strip()) if p.strip()]
        if not pieces or not all(_PROGRAMME_CREDIT.match(p) or _CRAFT_CREDIT.match(p) for p in pieces):
            continue
        bylines = [parse_byline(p, prefixed=True) for p in pieces if _PROGRAMME_CREDIT.match(p)]
        if all(bylines):
            names += [a for b in bylines if b for a in b[0]]
    return list(dict.fromkeys(names))


def _graphic_credits(lines: list[str]) -> list[str]:
    """The makers a table's, a chart's or a graphic's credit line names ("Graphic: Ana Ruiz", "Table: Jo
    Roe / The Lake Times"), anywhere on the page: persons' names only, the paper's name after a slash or
    a comma left out, so a line of the story ("Data: the ministry said …") names no one."""
    names: list[str] = []
    for line in lines:
        m = _GRAPHIC_CREDIT.match(line.strip())
        if not m:
            continue
        found = [_titlecase(_without_place(x)) for p in m["list"].split("/") for x in _split_names(p)]
        found = [x for x in found if not _looks_like_org(x) or _looks_like_person(x)]
        if found and all(_looks_like_person(x) and not _institution_words() & set(x.split()) for x in found):
            names += found
    return names


@functools.cache
def _institution_words() -> frozenset[str]:
    """The capitalised words of ``org_words.tsv`` ("Bank", "Ministry", "Institute"): a credit "Data:
    World Bank" names its source, not a maker."""
    return frozenset(w for row in load_tsv("org_words.tsv") for w in row["phrase"].split())


def _blanked(text: str, spans: list[tuple[int, int] | None]) -> str:
    """``text`` with the characters of ``spans`` but line breaks made spaces: the page's furniture
    that is no part of its head or story (a web archive's capture banner, a "Printed from" line)."""
    chars = list(text)
    for span in spans:
        for i in range(*span) if span else ():
            if chars[i] != "\n":
                chars[i] = " "
    return "".join(chars)


def _merge(given: Metadata, found: Metadata) -> Metadata:
    """Given metadata wins field by field; what is missing comes from the text."""
    return Metadata(
        **{f.name: getattr(given, f.name) or getattr(found, f.name) for f in dataclasses.fields(Metadata)}
    )


def build_article(text: str, meta: Metadata) -> Article:
    """An Article for this text, completing ``meta`` with what the text itself says; with no date
    given or written, the day in the page's address, given (a JSONL ``url``, a canonical link, a feed's
    link) or on a line of the text (".../2024/03/17/slug")."""
    m = _merge(meta, find_metadata(text))
    published = iso_date(m.published) if m.published else _url_date(m.url)
    return Article(
        id=article_id(text),
        text=text,
        url=m.url,
        publisher=m.publisher,
        authors=m.authors,
        contributors=m.contributors,
        headline=m.headline,
        published=published,
    )


def article_from_text(
    text: str,
    *,
    published: str | dt.date | None = None,
    url: str | None = None,
    headline: str | None = None,
) -> Article:
    """An Article for this text; metadata given wins over metadata found in the text."""
    pub = published.isoformat() if isinstance(published, dt.date) else published
    return build_article(text, Metadata(published=pub or None, url=url or None, headline=headline or None))


# --- decoding ---------------------------------------------------------------------------------

_WESTERN = {"cp1252", "windows-1252", "latin_1", "latin-1", "iso8859_1", "iso-8859-1", "iso8859_15", "ascii"}


def _is_binary(data: bytes) -> bool:
    sample = data[:8192]
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 100)


def decode(data: bytes, source: str, *, encoding: str | None = None) -> str:
    """Bytes to text: a BOM, else UTF-8, else the detected encoding (cp1252 for Western text).

    A file that is not UTF-8 is read anyway with a warning naming it and the encoding used;
    binary data raises :class:`ReadError` (R004). ``encoding`` forces one.
    """
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as exc:
            raise ReadError(source, f"cannot decode as {encoding}: {exc}", code="R004") from exc
    for bom, enc in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError as exc:
                raise ReadError(source, f"invalid {enc} after its byte-order mark", code="R004") from exc
    if _is_binary(data):
        raise ReadError(
            source, "looks like a binary file (NUL or control bytes), not text; give a text file", code="R004"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    guess = _detect(data)
    chosen = guess or "cp1252"
    try:
        text = data.decode(chosen)
    except UnicodeDecodeError:
        chosen = "latin-1"
        text = data.decode(chosen)
    log.warning("%s: not valid UTF-8, read as %s; re-save it as UTF-8 or pass --encoding", source, chosen)
    return text


def _detect(data: bytes) -> str | None:
    """A non-Western encoding when charset-normalizer is sure of one, else None (cp1252).

    Short Western text is often guessed as cp1250 or mac_roman; when every letter the
    guess decodes is Latin script, cp1252 (the usual Western legacy encoding) is used.
    charset-normalizer files line breaks and tabs under "Control character", which says
    nothing about the script, so that alphabet does not count against Latin.
    """
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # optional: without it, Western (cp1252/Latin-1) is assumed
        return None
    best = from_bytes(data[:65536]).best()
    if best is None or best.encoding.lower() in _WESTERN:
        return None
    if all(
        "Latin" in a or "Punctuation" in a or "Symbol" in a or a == "Control character"
        for a in best.alphabets
    ):
        return None
    return str(best.encoding)


def _html_charset(data: bytes) -> str | None:
    """The charset a page declares in its first 2 KB, when the bytes are not UTF-8 anyway."""
    m = re.search(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", data[:2048], re.IGNORECASE)
    if not m:
        return None
    declared = m[1].decode("ascii").lower()
    try:
        codecs.lookup(declared)
        data.decode("utf-8")
    except LookupError:
        return None
    except UnicodeDecodeError:
        return declared
    return None


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


# --- HTML -------------------------------------------------------------------------------------

_SKIP_ALL = frozenset(
    {"script", "style", "noscript", "template", "svg", "iframe", "select", "button", "head"}
)
_SKIP_BODY = frozenset({"nav", "header", "footer", "aside", "form", "figcaption", "menu"})
_BLOCKS = frozenset(
    """p div li h1 h2 h3 h4 h5 h6 blockquote td th pre section article main dd dt figcaption tr
    table ul ol header footer nav aside form figure body html title""".split()  # noqa: SIM905
)
_STRAY_TAG = re.compile(r"^\s*</?[A-Za-z][^<>]*$")
_PARAGRAPH_TAGS = frozenset({"p", "blockquote", "pre"})


@dataclass
class _Block:
    tag: str
    text: str
    in_article: bool
    suppressed: bool


class _HTMLText(HTMLParser):
    """Collects meta tags, title, h1, JSON-LD and the text blocks of a page (broken markup too)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.meta: dict[str, str] = {}
        self.canonical: str | None = None
        self.title = ""
        self.h1: list[str] = []
        self.jsonld: list[str] = []
        self.times: list[str] = []
        self.blocks: list[_Block] = []
        self._buf: list[str] = []
        self._tag = "body"
        self._skip_all = 0
        self._skip_body = 0
        self._article = 0
        self._in_title = False
        self._in_h1 = False
        self._in_jsonld = False
        self._h1_buf: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content") and key not in self.meta:
                self.meta[key] = a["content"].strip()
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.canonical = self.canonical or a["href"].strip()
            return
        if tag == "time" and a.get("datetime"):
            self.times.append(a["datetime"])
        if tag == "script" and "ld+json" in a.get("type", "").lower():
            self._in_jsonld = True
        if tag == "title":
            self._in_title = True
        if tag in _SKIP_ALL and tag != "head":
            self._skip_all += 1
        if tag in _BLOCKS:
            self._flush()
            self._tag = tag
        if tag in _SKIP_BODY:
            self._skip_body += 1
        if tag in ("article", "main") or (tag == "div" and a.get("itemprop") == "articleBody"):
            self._article += 1
        if tag == "h1":
            self._in_h1 = True
            self._h1_buf = []
        if tag == "br":
            self._buf.append(" ")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("meta", "link", "br", "time"):
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_jsonld = False
        if tag == "title":
            self._in_title = False
        if tag in _SKIP_ALL and tag != "head":
            self._skip_all = max(0, self._skip_all - 1)
        if tag in _BLOCKS:
            self._flush()
        if tag in _SKIP_BODY:
            self._skip_body = max(0, self._skip_body - 1)
        if tag in ("article", "main"):
            self._article = max(0, self._article - 1)
        if tag == "h1" and self._in_h1:
            self._in_h1 = False
            h1 = " ".join("".join(self._h1_buf).split())
            if h1:
                self.h1.append(h1)

    def handle_data(self, data: str) -> None:
        if self._in_jsonld:
            self.jsonld.append(data)
            return
        if self._in_title:
            self.title += data
            return
        if self._skip_all:
            return
        if self._in_h1:
            self._h1_buf.append(data)
        self._buf.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self._buf).split())
        self._buf = []
        if text:
            self.blocks.append(_Block(self._tag, text, self._article > 0, self._skip_body > 0))

    def close(self) -> None:
        if _STRAY_TAG.match(self.rawdata):  # an unterminated tag at the end of a truncated page
            self.rawdata = ""
        super().close()
        self._flush()
        if self._in_h1 and self._h1_buf:
            self.h1.append(" ".join("".join(self._h1_buf).split()))


def _jsonld_items(chunks: Iterable[str]) -> Iterator[dict[str, Any]]:
    for chunk in chunks:
        try:
            data = json.loads(chunk)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if "@graph" in item:
                    stack.append(item["@graph"])
                yield item


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [] if value.startswith("http") else _split_names(value)
    if isinstance(value, dict):
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def html_to_article_parts(html: str) -> tuple[str, Metadata]:
    """The body text of an HTML page (paragraphs joined by blank lines) and its metadata."""
    parser = _HTMLText()
    try:
        parser.feed(html)
        parser.close()
    except Exception as exc:  # html.parser is lenient, but guard against the odd crash
        log.debug("html.parser gave up early: %s", exc)
    meta = parser.meta
    ld: dict[str, Any] = {}
    for item in _jsonld_items(parser.jsonld):
        kind = item.get("@type")
        kinds = kind if isinstance(kind, list) else [kind]
        if any(isinstance(k, str) and ("Article" in k or k == "Report") for k in kinds):
            ld = item
            break
    headline = (
        meta.get("og:title")
        or meta.get("twitter:title")
        or (ld.get("headline") if isinstance(ld.get("headline"), str) else None)
        or (parser.h1[0] if parser.h1 else None)
        or " ".join(parser.title.split())
        or None
    )
    published = None
    for key in (
        "article:published_time",
        "og:article:published_time",
        "datepublished",
        "date",
        "dc.date",
        "dc.date.issued",
        "dcterms.date",
        "dcterms.created",
        "pubdate",
        "publishdate",
        "publish-date",
        "sailthru.date",
        "parsely-pub-date",
    ):
        if meta.get(key):
            published = iso_date(meta[key])
            if published:
                break
    if not published and isinstance(ld.get("datePublished"), str):
        published = iso_date(ld["datePublished"])
    if not published and parser.times:
        published = iso_date(parser.times[0])
    authors = _names(meta.get("author")) or _names(meta.get("article:author")) or _names(ld.get("author"))
    publisher = meta.get("og:site_name") or (_names(ld.get("publisher")) or [None])[0]
    url = (
        meta.get("og:url") or parser.canonical or (ld.get("url") if isinstance(ld.get("url"), str) else None)
    )

    visible = [b for b in parser.blocks if not b.suppressed and b.tag != "title"] or [
        b for b in parser.blocks if b.tag != "title"
    ]
    chosen = [b for b in visible if b.tag in _PARAGRAPH_TAGS and b.in_article]
    if len(chosen) < 2:
        chosen = [b for b in visible if b.tag in _PARAGRAPH_TAGS] or chosen
    if not chosen:
        chosen = [b for b in visible if b.tag not in ("h1",)]
    paragraphs = [b.text for b in chosen if b.text != headline]
    text = "\n\n".join(paragraphs)
    return text, Metadata(
        publisher=publisher,
        published=published,
        authors=tuple(authors),
        headline=headline,
        url=url,
    )


# --- readers ----------------------------------------------------------------------------------


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path | ReadError]:
    """Files to read: given files as they are, folders walked recursively in sorted order
    (hidden files and unsupported suffixes inside folders are skipped)."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                rel = f.relative_to(path).parts
                if f.is_file() and f.suffix.lower() in SUFFIXES and not any(x.startswith(".") for x in rel):
                    yield f
        elif path.is_file():
            if path.suffix.lower() in SUFFIXES:
                yield path
            else:
                yield ReadError(
                    str(path),
                    f"unsupported file type {path.suffix or '(none)'!r}; "
                    "give .txt, .html, .htm, .jsonl or .rss/.atom/.xml feed files "
                    "(rename plain text to .txt)",
                    code="R002",
                )
        else:
            yield ReadError(str(path), "no such file or folder", code="R001")


def count_articles(paths: Iterable[str | Path]) -> int:
    """How many articles :func:`read_paths` will yield, roughly (JSON Lines lines, feed items)."""
    total = 0
    for f in iter_files(paths):
        if isinstance(f, Path) and f.suffix.lower() in FEED_SUFFIXES:
            try:
                data = f.read_bytes()
                total += max(1, data.count(b"<item") + data.count(b"<entry"))
            except OSError:
                total += 1
        elif isinstance(f, Path) and f.suffix.lower() in JSONL_SUFFIXES:
            try:
                with f.open("rb") as fh:
                    total += sum(1 for line in fh if line.strip())
            except OSError:
                total += 1
        else:
            total += 1
    return total


def _too_long(source: str, text: str) -> ReadError | None:
    """An error for a text too long to parse (:data:`MAX_TEXT_CHARS`), else None."""
    if len(text) <= MAX_TEXT_CHARS:
        return None
    return ReadError(
        source,
        f"too long to parse ({len(text):,} characters of text, limit {MAX_TEXT_CHARS:,}); "
        "split it into articles",
        code="R005",
    )


def _too_large(source: str, size: int, limit: int) -> ReadError:
    return ReadError(
        source,
        f"too large ({size / 1e6:.1f} MB of text, limit {limit / 1e6:.1f} MB); "
        "split it into articles or raise the limit (--max-mb)",
        code="R005",
    )


def _article_from_bytes(path: Path, data: bytes, *, max_bytes: int, encoding: str | None) -> Article:
    source = str(path)
    if not data.strip():
        raise ReadError(source, "empty file: nothing to read", code="R003")
    is_html = path.suffix.lower() in HTML_SUFFIXES
    if is_html and encoding is None:
        encoding = _html_charset(data)
    text = _normalise_newlines(decode(data, source, encoding=encoding))
    if is_html:
        text, meta = html_to_article_parts(text)
        if len(text) > max_bytes:
            raise _too_large(source, len(text), max_bytes)
    else:
        meta = Metadata()
    if err := _too_long(source, text):
        raise err
    if not text.strip():
        if path.suffix.lower() in HTML_SUFFIXES:
            raise ReadError(source, "no paragraph text found in the page", code="R007")
        raise ReadError(source, "empty file: only white space", code="R003")
    return build_article(text, meta)


def read_file(path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None) -> Article:
    """One .txt or .html file as an Article; raises :class:`ReadError` naming the file."""
    source = str(path)
    try:
        size = path.stat().st_size
        limit = max_bytes * (4 if path.suffix.lower() in HTML_SUFFIXES else 1)
        if size > limit:
            raise _too_large(source, size, max_bytes)
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise ReadError(source, "no such file", code="R001") from exc
    except OSError as exc:
        raise ReadError(source, f"cannot read: {exc.strerror or exc}", code="R001") from exc
    return _article_from_bytes(path, data, max_bytes=max_bytes, encoding=encoding)


def _field(obj: dict[str, Any], *names: str) -> Any:
    for name in names:
        if obj.get(name) not in (None, ""):
            return obj[name]
    return None


def read_jsonl(
    path: Path, *, max_bytes: int = DEFAULT_MAX_BYTES, encoding: str | None = None
) -> Iterator[Article | ReadError]:
    """Articles of a JSON Lines file, one object per line; a bad line yields a ReadError
    naming ``file:line`` and the rest go on."""
    for _where, item in _jsonl_entries(path, max_bytes=max_bytes, encoding=encoding):
        yield item


def _lone_surrogate(obj: dict[str, Any]) -> str | None:
    """Name the field of a JSON line holding a lone UTF-16 surrogate escape ("\\ud800"), if any.

    JSON lets such an escape through as a Python string no UTF-8 encoder takes, so the article's
    id, the store and every export would fail on it; the line is refused instead, naming the field.
    """
    for key, value in obj.items():
        values = value if isinstance(value, list) else [value]
        for item in values:
            if not isinstance(item, str):
                continue
            try:
                item.encode("utf-8")
            except UnicodeEncodeError:
                return f'field "{key}" holds a lone surrogate escape'
    return None


def _jsonl_entries(
    path: Path, *, max_bytes: int, encoding: str | None
) -> Iterator[tuple[str, Article | ReadError]]:
    source = str(path)
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield source, ReadError(source, f"cannot read: {exc.strerror or exc}", code="R001")
        return
    with fh:
        head = fh.read(8192)
        if not head.strip():
            yield source, ReadError(source, "empty file: nothing to read", code="R003")
            return
        if _is_binary(head):
            yield source, ReadError(source, "looks like a binary file, not JSON Lines text", code="R004")
            return
        fh.seek(0)
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            where = f"{source}:{lineno}"
            if len(raw) > max_bytes * 2:
                yield where, _too_large(where, len(raw), max_bytes)
                continue
            try:
                line = raw.decode(encoding or ("utf-8-sig" if lineno == 1 else "utf-8"))
                obj = json.loads(line)
            except UnicodeDecodeError as exc:
                yield (
                    where,
                    ReadError(where, f"not UTF-8 ({exc.reason}); re-save the file as UTF-8", code="R004"),
                )
                continue
            except ValueError as exc:
                yield (
                    where,
                    ReadError(
                        where, f"malformed JSON ({exc}); each line must be one JSON object", code="R006"
                    ),
                )
                continue
            if not isinstance(obj, dict):
                yield where, ReadError(where, 'a line must be a JSON object with a "text" field', code="R006")
                continue
            if bad := _lone_surrogate(obj):
                yield (
                    where,
                    ReadError(
                        where, f"not valid Unicode: {bad}; fix the escape or re-save the text", code="R004"
                    ),
                )
                continue
            text = obj.get("text")
            if not isinstance(text, str) or not text.strip():
                yield where, ReadError(where, 'no article text: give a non-empty "text" string', code="R007")
                continue
            if len(text) > max_bytes:
                yield where, _too_large(where, len(text), max_bytes)
                continue
            if err := _too_long(where, text):
                yield where, err
                continue
            authors = _field(obj, "authors", "author")
            meta = Metadata(
                published=iso_date(_field(obj, "published", "date", "published_at")),
                url=_field(obj, "url", "link"),
                headline=_field(obj, "headline", "title"),
                publisher=_field(obj, "publisher", "source"),
                authors=tuple(authors) if isinstance(authors, list) else tuple(_names(authors)),
            )
            yield where, build_article(text, meta)


# --- RSS / Atom feeds -------------------------------------------------------------------------

_ATOM = "{http://www.w3.org/2005/Atom}"
_CONTENT = "{http://purl.org/rss/1.0/modules/content/}encoded"
_DC = "{http://purl.org/dc/elements/1.1/}"


def _feed_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return email.utils.parsedate_to_datetime(value.strip()).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return iso_date(value)


def _child_text(el: ET.Element, *tags: str) -> str | None:
    for tag in tags:
        child = el.find(tag)
        if child is not None and (child.text or "").strip():
            return (child.text or "").strip()
    return None


def _feed_entries(path: Path, *, max_bytes: int) -> Iterator[tuple[str, Article | ReadError]]:
    """Articles of an RSS 2.0 or Atom feed, one per item; the item's HTML content (or its
    description) becomes the text, its title, link, date and author the metadata."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > max_bytes * 10:
            yield source, _too_large(source, size, max_bytes * 10)
            return
        data = path.read_bytes()
    except OSError as exc:
        yield source, ReadError(source, f"cannot read: {exc.strerror or exc}", code="R001")
        return
    if not data.strip():
        yield source, ReadError(source, "empty file: nothing to read", code="R003")
        return
    try:
        root = ET.fromstring(data)
    except ET.ParseError as exc:
        yield source, ReadError(source, f"malformed XML ({exc}); give a valid RSS or Atom feed", code="R006")
        return
    if root.tag == f"{_ATOM}feed":
        items = root.findall(f"{_ATOM}entry")
    elif root.tag == "rss" or root.tag.endswith("RDF"):
        items = root.findall("./channel/item") or root.findall("{*}item")
    else:
        yield source, ReadError(source, f"not an RSS or Atom feed (root <{root.tag}>)", code="R002")
        return
    for n, item in enumerate(items, start=1):
        where = f"{source}#item{n}"
        if item.tag.startswith(_ATOM):
            body = _child_text(item, f"{_ATOM}content", f"{_ATOM}summary")
            link_el = next(
                (x for x in item.findall(f"{_ATOM}link") if x.get("rel") in (None, "alternate")), None
            )
            link = link_el.get("href") if link_el is not None else None
            date = _child_text(item, f"{_ATOM}published", f"{_ATOM}updated")
            authors = tuple(
                a.strip()
                for a in (x.findtext(f"{_ATOM}name") or "" for x in item.findall(f"{_ATOM}author"))
                if a
            )
            title = _child_text(item, f"{_ATOM}title")
        else:
            body = _child_text(item, _CONTENT, "description", "{*}description")
            link = _child_text(item, "link", "{*}link")
            date = _child_text(item, "pubDate", f"{_DC}date", "{*}date")
            creator = _child_text(item, f"{_DC}creator", "author")
            authors = tuple(_names(creator)) if creator else ()
            title = _child_text(item, "title", "{*}title")
        text = ""
        if body:
            text = html_to_article_parts(body)[0] if "<" in body else _normalise_newlines(body.strip())
        if not text.strip():
            yield where, ReadError(where, "feed item has no text (no content or description)", code="R007")
            continue
        if len(text) > max_bytes:
            yield where, _too_large(where, len(text), max_bytes)
            continue
        if err := _too_long(where, text):
            yield where, err
            continue
        meta = Metadata(published=_feed_date(date), url=link, headline=title, authors=authors)
        yield where, build_article(text, meta)


def read_sources(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> Iterator[tuple[str, Article | ReadError]]:
    """Like :func:`read_paths`, with each item's source: the file, or ``file:line`` for JSON Lines."""
    for item in iter_files(paths):
        if isinstance(item, ReadError):
            yield item.source, item
            continue
        if item.suffix.lower() in FEED_SUFFIXES:
            yield from _feed_entries(item, max_bytes=max_bytes)
            continue
        if item.suffix.lower() in JSONL_SUFFIXES:
            yield from _jsonl_entries(item, max_bytes=max_bytes, encoding=encoding)
            continue
        try:
            yield str(item), read_file(item, max_bytes=max_bytes, encoding=encoding)
        except ReadError as err:
            yield err.source, err


def read_paths(
    paths: Iterable[str | Path],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> Iterator[Article | ReadError]:
    """Every article in these files and folders (recursively, sorted), or a ReadError for each
    input that could not be read; errors are yielded, never raised, so the batch goes on."""
    for _source, item in read_sources(paths, max_bytes=max_bytes, encoding=encoding):
        yield item


__all__ = [
    "DEFAULT_MAX_BYTES",
    "ENGLISH_MONTHS",
    "MAX_TEXT_CHARS",
    "Dateline",
    "Metadata",
    "article_from_text",
    "build_article",
    "count_articles",
    "datelines",
    "decode",
    "find_metadata",
    "html_to_article_parts",
    "iso_date",
    "iter_files",
    "parse_byline",
    "parse_stamp",
    "read_file",
    "read_jsonl",
    "read_paths",
    "read_sources",
]
