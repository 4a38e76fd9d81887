"""Linguistic analysis with spaCy: one parsed ``Doc`` per article, shared by every stage.

Paragraph breaks (blank lines) always end a sentence: news text puts one quote or one
fact per paragraph, and the small model's parser otherwise runs sentences across them.

Text taken from a print page or a PDF breaks its lines at a fixed column inside paragraphs
("the mill's owner, Ines\nBarros Lemos, told …"). The parser reads such text through an analysed view
(:func:`unwrapped`), the same text with each such break made a space: every offset stays the
article's, and no sentence starts at a wrapped line's end. The record's spans take their text
from the article itself (:func:`realigned`), so "Ines\nBarros Lemos" keeps its line break there.
A word hyphenated across such a break is joined in the view when its halves make a word the model's
lemmatizer knows (:func:`lexicon`): "govern-\nment" reads "government"; the record's offsets are mapped
back to the article's (:func:`storyline.read.wrapping.view_offsets`: "govern-\nment" in the record).
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from storyline.read.captions import caption_file
from storyline.read.feeds import feed_item
from storyline.read.furniture import blank_furniture
from storyline.read.wrapping import unwrapped, view_offsets
from storyline.record import Article, Offsets, Record, Speaker
from storyline.record import Span as RecordSpan
from storyline.stages import DEFAULT_MODEL


@Language.component("storyline_paragraphs")
def paragraph_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break; keep whitespace tokens out of sentences' heads."""
    for tok in doc[:-1]:
        if "\n" in tok.text or "\n" in tok.whitespace_:
            nxt = doc[tok.i + 1]
            nxt.is_sent_start = True
    return doc


def load_nlp(model: str = DEFAULT_MODEL) -> Language:
    """Load the spaCy model once, with the paragraph-boundary component before the parser."""
    nlp = spacy.load(model)
    if "storyline_paragraphs" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("storyline_paragraphs", before=before)
    return nlp


@dataclass
class Analysis:
    """What every stage reads: the article, its parsed Doc, its publication date, its paragraphs."""

    article: Article
    doc: Doc
    published: dt.date | None
    paragraphs: list[tuple[int, int]]

    @functools.cached_property
    def text(self) -> str:
        """The text every offset points into, as the parser read it: the article's text, where hard-wrapped
        lines have their breaks made spaces (:func:`unwrapped`: same length, same offsets), so that every
        stage reads such a paragraph as one line. The record's spans take their text from the article's
        own (:func:`realigned`)."""
        view = self.doc.text
        return view if len(view) == len(self.article.text) else self.article.text

    @functools.cached_property
    def tokens(self) -> list[Token]:
        """The doc's tokens, built once: ``for tok in doc`` and ``doc[i]`` make a new Token
        object on every access, which adds up when several stages walk the whole doc."""
        return list(self.doc)

    @functools.cached_property
    def sentences(self) -> list[Span]:
        """The doc's sentences, computed once (``Token.sent`` walks the doc on every call)."""
        return list(self.doc.sents)

    @functools.cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    def sentence_of(self, tok: Token) -> Span:
        """The sentence holding ``tok``, by binary search over the cached sentence starts."""
        return self.sentences[bisect.bisect_right(self._sentence_starts, tok.i) - 1]


def paragraphs_of(text: str) -> list[tuple[int, int]]:
    """Character spans of the paragraphs (runs of text between blank lines), stripped."""
    spans = []
    for m in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text):
        s, e = m.start(), m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """The publication date as a date (from an ISO string or a datetime), or None: also for a year or
    a month alone ("2022", "2022-05", as a feed may give it), which cannot anchor "on Tuesday"; the
    article keeps it as its ``published``."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def lexicon(nlp: Language) -> Callable[[str], bool]:
    """Whether a lower-case word is a word of the language: a base form of the model's rule
    lemmatizer's index (WordNet's nouns, verbs, adjectives and adverbs), an irregular form of its
    exceptions, or a form its suffix rules take to a base form ("governments" -> "government"). It
    decides whether a word hyphenated across a wrapped line's break is one word; never, with no
    such lemmatizer."""
    return _lexicon(nlp)


@functools.lru_cache(maxsize=4)
def _lexicon(nlp: Language) -> Callable[[str], bool]:
    if "lemmatizer" not in nlp.pipe_names:
        return lambda word: False
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return lambda word: False
    index, exc, rules = (lookups.get_table(t, {}) for t in ("lemma_index", "lemma_exc", "lemma_rules"))
    tables = []
    for pos in ("noun", "verb", "adj", "adv"):
        words = frozenset(index.get(pos) or ())
        tables.append((words, frozenset((exc.get(pos) or {}).keys()), tuple(rules.get(pos) or ())))

    def is_word(word: str) -> bool:
        for words, irregular, suffixes in tables:
            if word in words or word in irregular:
                return True
            for old, new in suffixes:
                stem = word[: len(word) - len(old)]
                if stem and word.endswith(old) and stem + new in words:
                    return True
        return False

    return is_word


def _realign(value: Any, text: str, view: str, mapped: Callable[[int, bool], int] | None = None) -> Any:
    """``value`` (a record's part) with every span's text taken from ``text`` where it was taken from
    ``view`` and differs there (a name or a quote across a wrapped line's break), and its offsets
    mapped to ``text``'s where the view joined a hyphenated word (``mapped``)."""
    if isinstance(value, tuple):
        return tuple(_realign(v, text, view, mapped) for v in value)
    if not dataclasses.is_dataclass(value) or isinstance(value, type):
        return value
    changes = {}
    for f in dataclasses.fields(value):
        old = getattr(value, f.name)
        new = _realign(old, text, view, mapped)
        if new is not old:
            changes[f.name] = new
    if isinstance(value, RecordSpan | Speaker | Offsets) and 0 <= value.start <= value.end <= len(text):
        start, end = value.start, value.end
        if mapped is not None:
            start, end = mapped(start, True), mapped(end, False)
            if (start, end) != (value.start, value.end):
                changes["start"], changes["end"] = start, end
        if not isinstance(value, Offsets):
            real = text[start:end]
            if value.text != real and value.text == view[value.start : value.end]:
                changes["text"] = real
    return dataclasses.replace(value, **changes) if changes else value


def realigned(record: Record, view: str) -> Record:
    """``record`` with its spans' text read from the article's own text, not from the parser's
    ``view`` of it (:func:`unwrapped`), and their offsets the article's where the view joined a
    hyphenated word; the record itself when the two are the same."""
    text = record.article.text
    if view == text:
        return record
    mapped = view_offsets(text, view)
    return dataclasses.replace(
        record,
        **{
            k: _realign(getattr(record, k), text, view, mapped)
            for k in ("entities", "times", "quotes", "places", "events", "quantities")
        },
    )


def analyse_many(nlp: Language, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Analysis]:
    """Parse a stream of articles with ``nlp.pipe`` batching, yielding one Analysis each (the parser
    reads each article's :func:`unwrapped` view, the same length as its text, with the words hyphenated
    across a wrapped break that :func:`lexicon` knows joined)."""
    is_word = lexicon(nlp)
    pairs = ((blank_furniture(unwrapped(a.text, is_word)), a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        yield Analysis(
            article=article,
            doc=doc,
            published=parse_date(article.published),
            # a caption file's paragraphs are its view's, whose cues run into one another, and a feed
            # item's too, whose paragraphs are its HTML's
            paragraphs=paragraphs_of(
                doc.text if caption_file(article.text) or feed_item(article.text) else article.text
            ),
        )
