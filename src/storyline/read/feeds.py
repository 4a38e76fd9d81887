"""A feed's item saved as text: an RSS 2.0 or Atom dump (``<rss><channel><title>Lakeside Daily</title>
… <item><title>…</title><link>…</link><pubDate>…</pubDate><dc:creator>Ana Lind</dc:creator>
<description><![CDATA[<p>&#8220;We lost everything,&#8221; said …</p>]]></description></item>``; Atom's
``<feed><title>…</title><entry><updated>…</updated><author><name>…</name></author><content
type="html">&lt;p&gt;…</content></entry>``) pasted into a text file as it came.

The reader (:func:`storyline.read.find_metadata`) takes the page's metadata from the feed's fields (the
channel's title as the publisher, the item's title, link, date and creator) and the rest (a byline, an
"Additional reporting by" line) from the item's story; the parser's view
(:func:`storyline.read.furniture.blank_furniture`, the same length as the text, so every offset stays the
text's) has everything but the first item's content (or description) blanked, and in that content the
HTML tags (escaped or not) blanked, a line break at each block's start, and each character entity
("&#8220;", "&amp;#8211;", "&rsquo;") decoded to its character at its end, the rest of its length
spaces, so no stage takes a name, a number or a clause from the markup.
"""

from __future__ import annotations

import email.utils
import functools
import html
import re
from dataclasses import dataclass

__all__ = ["FeedItem", "feed_item"]

Span = tuple[int, int]

# A feed's opening on a line's start: an XML declaration, the root of an RSS or Atom feed, or an item alone.
_OPENING = re.compile(
    r"^[ \t]*(?:<\?xml\b|<rss\b|<feed\b|<rdf:RDF\b|<channel\b|<item\b|<entry\b)", re.IGNORECASE | re.MULTILINE
)
_ITEM = re.compile(r"<(?P<tag>item|entry)\b[^>]*>(?P<body>[\s\S]*?)(?:</(?P=tag)\s*>|\Z)", re.IGNORECASE)


def _element(tag: str) -> re.Pattern[str]:
    """An element by its (maybe prefixed) name, its attributes and its content."""
    return re.compile(
        rf"<(?P<name>{tag})(?P<attrs>(?:\s[^>]*?)?)(?:/>|>(?P<content>[\s\S]*?)</(?P=name)\s*>)", re.I
    )


_CONTENT = _element(r"content:encoded")
_ATOM_CONTENT = _element(r"content")
_DESCRIPTION = _element(r"description")
_SUMMARY = _element(r"summary")
_TITLE = _element(r"title")
_LINK = _element(r"link")
_DATES = [_element(t) for t in (r"pubDate", r"published", r"dc:date", r"updated")]
_CREATOR = _element(r"dc:creator")
_AUTHOR = _element(r"author")
_NAME = _element(r"name")
_HREF = re.compile(r"""\bhref\s*=\s*["']([^"']+)["']""", re.IGNORECASE)
_REL = re.compile(r"""\brel\s*=\s*["']([^"']+)["']""", re.IGNORECASE)

# The markup inside an item's content: a CDATA section's marks, a tag raw or escaped ("<p>", "&lt;p&gt;",
# "&lt;a href=&quot;…&quot;&gt;"), a comment, and a character entity escaped once or twice ("&#8220;",
# "&amp;#8220;", "&rsquo;", "&amp;amp;").
_MARKUP = re.compile(
    r"(?P<cdata><!\[CDATA\[|\]\]>)"
    r"|(?P<comment><!--[\s\S]*?-->|&lt;!--[\s\S]*?--&gt;)"
    r"|(?P<tag><(?P<close>/?)(?P<name>[A-Za-z][\w:-]*)(?:\s[^<>]*)?/?>"
    r"|&lt;(?P<close2>/?)(?P<name2>[A-Za-z][\w:-]*)(?:\s(?:(?!&lt;|&gt;)[\s\S])*?)?/?&gt;)"
    r"|(?P<entity>&(?:amp;)?(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});)"
)
# The tags that start a block of their own (a paragraph, a heading, a list's item, a line break).
_BLOCKS = frozenset(
    "p br div h1 h2 h3 h4 h5 h6 li ul ol blockquote figure figcaption table tr section article hr pre".split()  # noqa: SIM905
)
# The tags whose content is no part of the story.
_SKIPPED = frozenset({"script", "style", "figcaption"})


@dataclass(frozen=True)
class FeedItem:
    """A feed's first item in a text: its metadata and the span of its content in the text."""

    body: Span
    view: str  # the text as the parser reads it: all but the item's content blanked, markup out
    publisher: str | None = None
    headline: str | None = None
    url: str | None = None
    published: str | None = None
    authors: tuple[str, ...] = ()


def feed_item(text: str) -> FeedItem | None:
    """The first item of an RSS or Atom feed ``text`` is (a feed, or a feed's item, saved as text), or
    None for any other text: it must open as a feed does (an XML declaration, ``<rss>``, ``<feed>``,
    ``<item>``, ``<entry>``) in its first 400 characters, under two lines of a saving tool's note at most,
    and have an item with a content, a description or a summary."""
    if "<" not in text[:400]:
        return None
    return _feed_item(text)


@functools.lru_cache(maxsize=8)
def _feed_item(text: str) -> FeedItem | None:
    opening = _OPENING.search(text, 0, 400)
    if opening is None or len([ln for ln in text[: opening.start()].splitlines() if ln.strip()]) > 2:
        return None
    item = _ITEM.search(text)
    if item is None:
        return None
    start = item.start("body")
    inner = item["body"]
    body = None
    for rx in (_CONTENT, _ATOM_CONTENT, _DESCRIPTION, _SUMMARY):
        m = rx.search(inner)
        if m and m["content"] and m["content"].strip():
            body = (start + m.start("content"), start + m.end("content"))
            break
    if body is None:
        return None
    head = text[opening.start() : item.start()]
    channel_title = _field(_TITLE, head)
    link = next(
        (
            _decoded(m["content"]).strip() if m["content"] else _href(m["attrs"])
            for m in _LINK.finditer(inner)
            if (m["content"] and m["content"].strip())
            or (
                _href(m["attrs"]) and (_REL.search(m["attrs"] or "") or [None, "alternate"])[1] == "alternate"
            )
        ),
        None,
    )
    own = _without(inner, body, start)
    title = next((m for m in _TITLE.finditer(own) if m["content"] and m["content"].strip()), None)
    # the item's title as the story's headline, read too: its span in the text (before its content)
    title_span = None
    if title:  # its offsets in ``own``, moved past the content when it stands after it
        shift = start + (body[1] - body[0] if title.start() >= body[0] - start else 0)
        title_span = (shift + title.start("content"), shift + title.end("content"))
    return FeedItem(
        body=body,
        view=_view(text, [s for s in (title_span, body) if s]),
        publisher=_publisher(channel_title) if channel_title else None,
        headline=_field(_TITLE, own),
        url=link or None,
        published=next((d for rx in _DATES if (d := _date(_field(rx, inner)))), None),
        authors=_authors(own) or _authors(head),  # an Atom feed's own author stands for its entries
    )


def _without(inner: str, body: Span, start: int) -> str:
    """The item's own markup without its content (whose HTML may hold a title of its own)."""
    return inner[: body[0] - start] + inner[body[1] - start :]


def _href(attrs: str | None) -> str | None:
    m = _HREF.search(attrs or "")
    return html.unescape(m[1]) if m else None


def _field(rx: re.Pattern[str], markup: str) -> str | None:
    """The text of the first such element with any: its CDATA and tags out, its entities decoded."""
    for m in rx.finditer(markup):
        value = " ".join(_decoded(m["content"] or "").split())
        if value:
            return value
    return None


def _decoded(value: str) -> str:
    """A field's text: CDATA marks and tags out, entities decoded (twice escaped ones too)."""
    out = _MARKUP.sub(lambda m: _entity(m["entity"]) if m["entity"] else " " if m["tag"] else "", value)
    return out


def _entity(entity: str) -> str:
    return html.unescape(html.unescape(entity))


def _publisher(title: str) -> str:
    """A channel's title as a publisher's name: "Lakeside Daily - World" -> "Lakeside Daily"."""
    return re.split(r"\s+[-–—|:»]\s+|\s*[|»]\s*", title, maxsplit=1)[0].strip()


def _date(value: str | None) -> str | None:
    """An item's date: RFC 822 ("Tue, 14 Jul 2026 18:05:00 +0300") or ISO 8601; the day written, in
    the zone the feed gives."""
    if not value:
        return None
    m = re.match(r"\s*(\d{4}-\d\d-\d\d)", value)
    if m:
        return m[1]
    try:
        return email.utils.parsedate_to_datetime(value.strip()).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def _authors(inner: str) -> tuple[str, ...]:
    """The item's creators: ``<dc:creator>``, Atom's ``<author><name>``, RSS's ``<author>`` as
    "ana@lakeside.example (Ana Lind)" or a name alone."""
    names: list[str] = []
    for m in _CREATOR.finditer(inner):
        names.append(" ".join(_decoded(m["content"] or "").split()))
    for m in _AUTHOR.finditer(inner):
        content = m["content"] or ""
        name = _field(_NAME, content)
        if name is None:
            value = " ".join(_decoded(content).split())
            bracketed = re.fullmatch(r"\S+@\S+\s*\((?P<name>[^()]+)\)", value)
            name = bracketed["name"].strip() if bracketed else (None if "@" in value else value)
        if name:
            names.append(name)
    return tuple(dict.fromkeys(n for n in names if n))


def _view(text: str, spans: list[Span]) -> str:
    """``text`` as the parser reads it: blank but line breaks outside the item's title and content (a
    line break round each, so each is a paragraph of its own); inside them, markup blanked (a line break
    at a block's start) and entities decoded."""
    chars = [c if c == "\n" else " " for c in text]
    for span in spans:
        chars[span[0] - 1] = "\n"
        if span[1] < len(text):
            chars[span[1]] = "\n"
        _read(text, span, chars)
    return "".join(chars)


def _read(text: str, body: Span, chars: list[str]) -> None:
    """Write into ``chars`` the parser's view of ``text[body]``: its markup blanked, entities decoded."""
    skipping: str | None = None
    pos = body[0]
    for m in _MARKUP.finditer(text, body[0], body[1]):
        if skipping is None:
            chars[pos : m.start()] = text[pos : m.start()]
        pos = m.end()
        name = (m["name"] or m["name2"] or "").lower()
        closing = bool(m["close"] or m["close2"])
        if m["tag"]:
            if skipping is not None:
                if closing and name == skipping:
                    skipping = None
            elif name in _SKIPPED and not closing:
                skipping = name
            if name in _BLOCKS and chars[m.start()] != "\n":
                chars[m.start()] = "\n"
            continue
        if m["entity"] and skipping is None:
            char = _entity(m["entity"])
            if len(char) != 1 or char.isspace():  # "&nbsp;", an unknown name: a space
                continue
            # last, beside what follows: an opening mark before its word ("“We"), an apostrophe before
            # its ending ("country ’s"), a closing mark before the speech verb after it (",  ” said", as
            # the parser reads a quotation's end; "”  said" parts them); first when it stands alone between
            # spaces ("Tarvo –  the")
            alone = chars[m.start() - 1].isspace() and (m.end() >= body[1] or text[m.end()].isspace())
            chars[m.start() if alone else m.end() - 1] = char
    if skipping is None:
        chars[pos : body[1]] = text[pos : body[1]]
