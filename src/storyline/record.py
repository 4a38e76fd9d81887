"""The typed record: one article in, one record out (see RECORD.md).

Every item carries ``start``/``end`` character offsets into ``Article.text``
(``text[start:end]`` is its span). The classes are frozen dataclasses; they
serialise to RECORD.md's JSON with :meth:`Record.to_json` and read it back with
:meth:`Record.from_json`, through one generic converter rather than hand-written
dict juggling. This module imports nothing else from storyline: every other
module builds on it.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import types
import typing
import unicodedata
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, Union

SCHEMA = "storyline.record/1"

EntityType = Literal["PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "OTHER"]
TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
QuoteKind = Literal["direct", "indirect", "mixed"]
DateFrom = Literal["text", "published"]

PLOVER_TYPES: tuple[str, ...] = (
    "AGREE",
    "ACCUSE",
    "AID",
    "ASSAULT",
    "COERCE",
    "CONCEDE",
    "CONSULT",
    "COOPERATE",
    "MOBILIZE",
    "PROTEST",
    "REJECT",
    "REQUEST",
    "RETREAT",
    "SANCTION",
    "SUPPORT",
    "THREATEN",
)


@dataclass(frozen=True)
class Span:
    """A stretch of the article text: ``text == article.text[start:end]``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Offsets:
    """Character offsets without the text (used for sentences, which are long)."""

    start: int
    end: int


@dataclass(frozen=True)
class Mention(Span):
    """One mention of an entity. ``kind`` is name, alias, pronoun, nominal or demonym."""

    kind: str = "name"


@dataclass(frozen=True)
class Actor:
    """A resolved actor: canonical name, ISO 3166 alpha-3 country, sector, CAMEO-style code."""

    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = None


@dataclass(frozen=True)
class Entity:
    """A person, organisation, place-as-actor or group, with every mention of it."""

    id: str
    name: str
    type: EntityType
    mentions: tuple[Mention, ...] = ()
    attributes: dict[str, Any] = field(default_factory=dict)
    actor: Actor | None = None


@dataclass(frozen=True)
class Time(Span):
    """A TimeML temporal expression with its value resolved against the publication date.

    ``earliest``/``latest`` bound a vague value where the text allows it.
    """

    type: TimeType = "DATE"
    value: str | None = None
    mod: str | None = None
    earliest: str | None = None
    latest: str | None = None


@dataclass(frozen=True)
class Speaker:
    """Who said a quote: an entity id, or ``entity=None`` with the describing phrase."""

    entity: str | None
    text: str
    start: int
    end: int
    on_behalf_of: str | None = None


@dataclass(frozen=True)
class Quote(Span):
    """Direct, indirect or mixed speech with its speaker, cue verb, channel and date."""

    id: str = ""
    kind: QuoteKind = "direct"
    speaker: Speaker | None = None
    cue: Span | None = None
    channel: str | None = None
    date: str | None = None
    within: str | None = None


@dataclass(frozen=True)
class Place(Span):
    """A toponym resolved to a gazetteer entry (GeoNames id where available)."""

    name: str | None = None
    geonames_id: int | None = None
    country: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    feature: str | None = None


@dataclass(frozen=True)
class Quantity(Span):
    """A count tied to what it counts: ``value`` the number stated, ``min``/``max`` the bounds.

    ``mod`` is a TimeML-style modifier for approximate or bounded counts ("about 30": APPROX;
    "at least 16": value 16, min 16, EQUAL_OR_MORE); ``value`` is exact when ``mod`` is None.
    A vague count ("dozens") has only ``min``/``max``.
    """

    value: int | float | None = None
    min: int | float | None = None
    max: int | float | None = None
    what: str | None = None
    mod: str | None = None


@dataclass(frozen=True)
class Event:
    """A PLOVER event: who did what to whom, when and where, and who said so.

    ``earliest``/``latest`` bound the date where the text only bounds it ("since the raid").
    ``source_text``/``target_text`` are the argument phrases ("protesters", "many more") when
    no named entity is linked on that side (the generic entity made for such a phrase, if any,
    is in ``source``/``target``); null when ``source``/``target`` hold named entities' ids.
    ``same_as`` is the id of the first event of the article that this one reports again (a
    within-document coreference link: "the assassination of X" ... "an air raid killed X"),
    null for the first mention and for events told once. ``coordinated`` holds the ids of the
    events of the same sentence whose triggers are coordinated with this one's ("shot and
    wounded": each holds the other's), in text order; empty where none is (and in records
    written before the field was kept). Coordinated predicates share their arguments by
    construction yet name two acts, so event merging never absorbs one's event into the other's.
    """

    id: str
    type: str
    trigger: Span
    sentence: Offsets
    mode: str | None = None
    cameo: str | None = None
    source: tuple[str, ...] = ()
    target: tuple[str, ...] = ()
    date: str | None = None
    date_from: DateFrom | None = None
    earliest: str | None = None
    latest: str | None = None
    place: int | None = None
    negated: bool = False
    hypothetical: bool = False
    reported_by: str | None = None
    confidence: float = 0.5
    quantities: tuple[int, ...] = ()
    source_text: Span | None = None
    target_text: Span | None = None
    same_as: str | None = None
    coordinated: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    """The article: metadata (some found in the text itself) and the text all offsets point into."""

    id: str
    text: str
    url: str | None = None
    publisher: str | None = None
    authors: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()
    headline: str | None = None
    published: str | None = None
    language: str = "en"


@dataclass(frozen=True)
class Record:
    """One article's whole record. JSON in and out through :meth:`to_json` / :meth:`from_json`."""

    article: Article
    entities: tuple[Entity, ...] = ()
    times: tuple[Time, ...] = ()
    quotes: tuple[Quote, ...] = ()
    places: tuple[Place, ...] = ()
    events: tuple[Event, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    schema: str = SCHEMA

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data, ``schema`` first."""
        data = to_plain(self)
        return {"schema": data.pop("schema"), **data}

    def to_json(self, *, indent: int | None = None) -> str:
        """The record as RECORD.md JSON."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Read a record back from its plain-data form (unknown keys are ignored)."""
        return from_plain(cls, data)

    @classmethod
    def from_json(cls, text: str) -> Record:
        """Read a record back from RECORD.md JSON."""
        return cls.from_dict(json.loads(text))

    def entity(self, entity_id: str | None) -> Entity | None:
        """The entity with this id, or None."""
        return next((e for e in self.entities if e.id == entity_id), None)


# --- ids -------------------------------------------------------------------------------------


def normalise_text(text: str) -> str:
    """The text as it is hashed for the article id: NFC, unified quotes, folded white space."""
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_QUOTE_FOLD)
    return re.sub(r"\s+", " ", text).strip()


_QUOTE_FOLD = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "\u00a0": " "})


def article_id(text: str) -> str:
    """Stable article id: the first 16 hex digits of SHA-256 of the normalised text."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()[:16]


# --- generic conversion ----------------------------------------------------------------------

T = TypeVar("T")


def to_plain(obj: Any) -> Any:
    """Dataclasses, tuples and dicts to JSON-ready dicts and lists (field order kept)."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: to_plain(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    if isinstance(obj, list | tuple):
        return [to_plain(x) for x in obj]
    if isinstance(obj, dict):
        return {str(k): to_plain(v) for k, v in obj.items()}
    return obj


def from_plain(cls: type[T], data: Any) -> T:
    """Build ``cls`` (a dataclass of this module) from plain data, following its type hints."""
    return typing.cast(T, _convert(cls, data))


def _convert(tp: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        return _convert(args[0], value) if len(args) == 1 else value
    if origin is tuple:
        (inner, *_rest) = typing.get_args(tp)
        return tuple(_convert(inner, v) for v in value)
    if origin is dict or origin is Literal:
        return value
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        hints = _hints(tp)
        known = {f.name for f in dataclasses.fields(tp)}
        kwargs = {k: _convert(hints[k], v) for k, v in value.items() if k in known}
        return tp(**kwargs)
    if tp is float and isinstance(value, int):
        return float(value)
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(tp: type) -> dict[str, Any]:
    if tp not in _HINTS:
        _HINTS[tp] = typing.get_type_hints(tp)
    return _HINTS[tp]
