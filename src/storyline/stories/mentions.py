"""Event mentions: what event merging compares, from a record's events or from every event
predicate of a parse (step 3 of :mod:`storyline.stories`, its input)."""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from storyline.record import Record

if TYPE_CHECKING:
    pass

from storyline.stories.text import stem

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EventMention:
    """One article's report of an event, with what merging compares."""

    article_id: str
    event_id: str
    type: str
    trigger: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    sentence: str
    date: str | None = None
    date_from: str | None = None
    sources: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    place: str | None = None
    quantities: tuple[tuple[str, float], ...] = ()
    published: str | None = None
    publisher: str | None = None
    original: str | None = None
    story: int | None = None
    lemma: str | None = None
    same_as: str | None = None  # the event of the same article this one reports again

    @property
    def head(self) -> str:
        """What trigger matching compares: the stem of the lemma (or of the trigger text), or of
        its trigger class ("death" and "die" share one, ``data/trigger_classes.tsv``)."""
        words = self.trigger.split()
        word = (self.lemma or (words[-1] if words else "")).lower()
        return stem(trigger_classes().get(word, word))

    @property
    def key(self) -> tuple[str, str]:
        """(article id, event id): the mention's identity."""
        return (self.article_id, self.event_id)


def event_mentions(
    record: Record, *, story: int | None = None, original: str | None = None
) -> list[EventMention]:
    """The mentions of a record's events (hypothetical and negated events are left out)."""
    a = record.article
    ents = {e.id: e for e in record.entities}

    def names(ids: Sequence[str]) -> tuple[str, ...]:
        out = []
        for eid in dict.fromkeys(ids):
            e = ents.get(eid)
            if e is not None:
                out.append((e.actor.name if e.actor else e.name).strip())
        return tuple(out)

    out = []
    for v in record.events:
        if v.hypothetical or v.negated:
            continue
        place = None
        if v.place is not None and 0 <= v.place < len(record.places):
            pl = record.places[v.place]
            place = pl.name or pl.text
        quants = []
        for qi in v.quantities:
            if 0 <= qi < len(record.quantities):
                q = record.quantities[qi]
                value = q.value if q.value is not None else q.min
                if value is not None:
                    what = (q.what or "").split()
                    quants.append((stem(what[-1]) if what else "", float(value)))
        out.append(
            EventMention(
                a.id,
                v.id,
                v.type,
                v.trigger.text,
                v.trigger.start,
                v.trigger.end,
                v.sentence.start,
                v.sentence.end,
                a.text[v.sentence.start : v.sentence.end],
                v.date if v.date_from == "text" else None,
                v.date_from,
                names(v.source),
                names(v.target),
                place,
                tuple(quants),
                a.published,
                a.publisher,
                original or a.id,
                story,
                same_as=v.same_as,  # the events stage links a repeat to its first mention
            )
        )
    return out


_NOT_EVENTS = frozenset({"be", "have", "do", "get", "seem", "become", "time"})
#: Participles that, with the word after them, make a preposition and name no event
#: ("according to the police", "owing to the rain").
_PREPOSITIONS = frozenset({("according", "to"), ("owing", "to"), ("pertaining", "to"), ("regarding", "")})


def _preposition(t: Any) -> bool:
    """The token opens a complex preposition ("according to") rather than naming an event."""
    after = t.nbor(1).lower_ if t.i + 1 < len(t.doc) else ""
    return (t.lower_, after) in _PREPOSITIONS or (t.lower_, "") in _PREPOSITIONS


_EVENTIVE_SUFFIXES = ("tion", "sion", "ment", "ance", "ence", "ure", "ing", "age", "ery", "sis")


@functools.cache
def weak_triggers() -> frozenset[str]:
    """Stems of triggers that name no particular event: reporting verbs (``cue_verbs.tsv``)
    and light verbs (``light_verbs.txt``). A shared weak trigger is no evidence by itself."""
    from storyline.knowledge import load_lines, load_tsv

    lemmas = [r["lemma"] for r in load_tsv("cue_verbs.tsv")] + list(load_lines("light_verbs.txt"))
    return frozenset(stem(w) for w in lemmas)


@functools.cache
def trigger_classes() -> dict[str, str]:
    """Trigger lemma -> its class (``data/trigger_classes.tsv``, from WordNet derivations and
    synsets): "death" -> "die", "quake" -> "earthquake"."""
    from storyline.knowledge import load_tsv

    classes = {r["lemma"]: r["class"] for r in load_tsv("trigger_classes.tsv")}
    return {**classes, **{a: classes.get(c, c) for a, c in event_adjectives().items()}}


@functools.cache
def event_adjectives() -> dict[str, str]:
    """Adjectives that report an event by the state it leaves ("dead", "guilty"), with the
    trigger class they share (``data/event_adjectives.tsv``: "dead" -> "die")."""
    from storyline.knowledge import load_tsv

    return {r["lemma"]: r["class"] for r in load_tsv("event_adjectives.tsv")}


@functools.cache
def event_nouns() -> frozenset[str]:
    """Nouns whose most frequent WordNet sense is an act, event, phenomenon or process
    (``data/event_nouns.tsv``): "fire", "trial", "earthquake" name events, "building" does not."""
    from storyline.knowledge import load_tsv

    return frozenset(r["lemma"] for r in load_tsv("event_nouns.tsv"))


def predicate_mentions(
    doc: Any, record: Record, *, story: int | None = None, original: str | None = None
) -> list[EventMention]:
    """Event mentions from every event predicate of a parsed article, not only the PLOVER
    events: verbs (but copulas and auxiliaries), and nouns that name an action (their most
    frequent WordNet sense is an act or event, ``data/event_nouns.tsv``; a nominalisation
    suffix; or the lemma of a verb used in the same article), named events (entity type
    EVENT: "the Oscars"), and adjectives of the state an event leaves ("found dead",
    ``data/event_adjectives.tsv``). Their type is
    ``EVENT`` and their ``lemma`` is what merging compares; used to measure cross-document
    event coreference on corpora whose events are not political (ECB+)."""
    a = record.article
    nouns = event_nouns()
    adjectives = event_adjectives()
    verbs = {t.lemma_.lower() for t in doc if t.pos_ == "VERB"}
    out = []
    for t in doc:
        lemma = t.lemma_.lower()
        if t.pos_ == "VERB":
            if lemma in _NOT_EVENTS or _preposition(t):
                continue
        elif t.pos_ == "NOUN" and not t.ent_type_:
            eventive = (
                lemma in nouns or lemma in verbs or (len(lemma) > 5 and lemma.endswith(_EVENTIVE_SUFFIXES))
            )
            if lemma in _NOT_EVENTS or not eventive:
                continue
        elif not (
            (t.pos_ in ("PROPN", "NOUN") and t.ent_type_ == "EVENT")  # a named event: "the Oscars"
            or (t.pos_ == "ADJ" and lemma in adjectives)  # "found dead"
        ):
            continue
        sent = t.sent
        out.append(
            EventMention(
                a.id,
                f"p{t.i}",
                "EVENT",
                t.text,
                t.idx,
                t.idx + len(t.text),
                sent.start_char,
                sent.end_char,
                sent.text,
                published=a.published,
                publisher=a.publisher,
                original=original or a.id,
                story=story,
                lemma=lemma,
            )
        )
    return out
