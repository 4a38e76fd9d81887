"""Small span helpers shared by the stages (offsets, sentences, entity look-up, datelines).

Wire datelines themselves are found in the text by :func:`storyline.read.datelines`, the one
definition the reader (agency tag as publisher) and the stages share."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from storyline.record import Entity, Offsets, Span


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """True when the two half-open character ranges share at least one character."""
    return a_start < b_end and b_start < a_end


def span_of(doc: Doc, start: int, end: int) -> Span:
    """A record Span for characters ``start:end`` of the doc's text."""
    return Span(start, end, doc.text[start:end])


def token_span(tokens: SpacySpan | Token) -> Span:
    """A record Span covering a spaCy token or span."""
    if isinstance(tokens, Token):
        return Span(tokens.idx, tokens.idx + len(tokens.text), tokens.text)
    return Span(tokens.start_char, tokens.end_char, tokens.text)


def sentence_offsets(sent: SpacySpan) -> Offsets:
    """Offsets of a sentence, without trailing white space."""
    # the span's own text, not ``doc.text``: spaCy rebuilds that from every token on each access
    start = sent.start_char
    return Offsets(start, start + len(sent.text.rstrip()))


def token_at(doc: Doc, char: int) -> Token | None:
    """The token covering character ``char``, or None when it falls in white space."""
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def entity_at(entities: Iterable[Entity], start: int, end: int) -> Entity | None:
    """The entity one of whose mentions overlaps ``start:end`` most closely (shortest mention wins)."""
    best: tuple[int, Entity] | None = None
    for ent in entities:
        for m in ent.mentions:
            if m.start < end and start < m.end:  # overlaps(), inlined: this loop is hot
                size = m.end - m.start
                if best is None or size < best[0]:
                    best = (size, ent)
    return best[1] if best else None


def past_dateline(tok: Token, lines: Sequence[tuple[int, int]]) -> Token:
    """The subject after a dateline the parser took for it: "NAIROBI, Kenya (AP) — Police
    arrested" hangs "Police" on "NAIROBI", "CLEVELAND — Michael Mukasey told" hangs "Mukasey"
    on "CLEVELAND". The first word past the dateline holding ``tok`` that hangs on a word
    inside it; ``tok`` itself when it is in no dateline. ``lines``: the datelines' character
    ranges (:func:`storyline.read.datelines`)."""
    end = next((stop for start, stop in lines if start <= tok.idx < stop), None)
    if end is None:
        return tok
    after = [t for t in tok.subtree if t.idx >= end and t.head.idx < end]
    return after[0] if after else tok
