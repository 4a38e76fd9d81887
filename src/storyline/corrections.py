"""Reviewers' corrections: overlays on the machine record, kept beside it.

A correction is keyed by ``(article_id, kind, item, field)``: ``kind`` is one of the record's
item lists (``quotes``, ``events``, ``entities``, ``times``, ``places``, ``quantities``),
``item`` the item's id (quotes, events, entities) or its index as text (the others), and
``field`` what is corrected; the special field ``wrong`` (value ``true``) marks the whole
item as a mistake. The machine output (``articles.record``) is never changed: the store
applies the corrections over it when it fills the query tables, when it returns a record
and when it exports, so corrections survive re-processing an article.

Each correction also keeps the evidence span (``start``/``end``) of the item it was made on.
If re-processing renumbers items, the correction follows the item with that span; a
correction whose item can no longer be found is kept but not applied (``orphaned``).

A reviewer's event date counts as read from the text (``date_from="text"``); a corrected
speaker is linked to the article's entity of that name when there is one.
"""

from __future__ import annotations

import dataclasses
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from storyline.errors import StorylineError
from storyline.record import PLOVER_TYPES, Quote, Record, Speaker

log = logging.getLogger(__name__)

KINDS = ("quotes", "events", "entities", "times", "places", "quantities")
ID_KINDS = ("quotes", "events", "entities")

FIELDS: dict[str, tuple[str, ...]] = {
    "quotes": ("wrong", "speaker", "date", "kind"),
    "events": ("wrong", "type", "date", "place", "negated"),
    "entities": ("wrong", "name"),
    "times": ("wrong", "value"),
    "places": ("wrong", "name", "country", "lat", "lon"),
    "quantities": ("wrong", "value", "what"),
}

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?|\d{4}-W\d{2}|\d{4}-(Q[1-4]|SP|SU|FA|WI)")


class CorrectionError(StorylineError):
    """A correction that cannot apply to any record (unknown kind or field, bad value): C001."""

    code = "C001"


@dataclass(frozen=True)
class Correction:
    """One reviewer's fix of one field of one item (``field == "wrong"`` marks the item wrong)."""

    article_id: str
    kind: str
    item: str
    field: str
    value: Any
    start: int | None = None
    end: int | None = None
    note: str | None = None
    at: str | None = None


def validate(kind: str, field: str, value: Any) -> Any:
    """The value to store for this correction, or :class:`CorrectionError` saying what is allowed."""
    if kind not in KINDS:
        raise CorrectionError(f"unknown item kind {kind!r}; use one of {', '.join(KINDS)}")
    if field not in FIELDS[kind]:
        raise CorrectionError(f"{kind} cannot correct {field!r}; fields are {', '.join(FIELDS[kind])}")
    if field in ("wrong", "negated"):
        if not isinstance(value, bool):
            raise CorrectionError(f"{field} takes true or false")
        return value
    if field == "type":
        if not isinstance(value, str) or value.upper() not in PLOVER_TYPES:
            raise CorrectionError(f"type must be a PLOVER type: {', '.join(PLOVER_TYPES)}")
        return value.upper()
    if field == "date" or (kind == "times" and field == "value"):
        if value is None:
            return None
        if not isinstance(value, str) or (not _DATE.fullmatch(value) and kind != "times"):
            raise CorrectionError("date must be ISO 8601: YYYY, YYYY-MM or YYYY-MM-DD")
        return value
    if field == "place":
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
            raise CorrectionError("place is the index of one of the article's places, or null")
        return value
    if field == "kind":
        if value not in ("direct", "indirect", "mixed"):
            raise CorrectionError("kind is direct, indirect or mixed")
        return value
    if field in ("lat", "lon", "value"):
        if value is not None and (not isinstance(value, int | float) or isinstance(value, bool)):
            raise CorrectionError(f"{field} must be a number or null")
        return value
    if value is not None and not isinstance(value, str):
        raise CorrectionError(f"{field} must be text or null")
    return value.strip() if isinstance(value, str) else value


def _items(record: Record, kind: str) -> Sequence[Any]:
    return list(getattr(record, kind))


def _key(kind: str, i: int, item: Any) -> str:
    return str(item.id) if kind in ID_KINDS else str(i)


def _span(kind: str, item: Any) -> tuple[int | None, int | None]:
    """The evidence span an item is recognised by after re-processing."""
    if kind == "entities":
        m = item.mentions[0] if item.mentions else None
        return (m.start, m.end) if m else (None, None)
    if kind == "events":
        return item.trigger.start, item.trigger.end
    return item.start, item.end


def item_span(record: Record, kind: str, item: str) -> tuple[int | None, int | None]:
    """The evidence span of the item ``item`` of ``kind`` in ``record`` ((None, None) if absent)."""
    found = locate(record, kind, item, None, None)
    return _span(kind, _items(record, kind)[found]) if found is not None else (None, None)


def locate(record: Record, kind: str, item: str, start: int | None, end: int | None) -> int | None:
    """Index of the corrected item: the one with this key when its span still matches (or no
    span was kept), else the one with the kept span; None when neither is there."""
    items = _items(record, kind)
    keyed = next((i for i, x in enumerate(items) if _key(kind, i, x) == item), None)
    if keyed is not None and (start is None or _span(kind, items[keyed]) == (start, end)):
        return keyed
    if start is not None:
        return next((i for i, x in enumerate(items) if _span(kind, x) == (start, end)), None)
    return None


def apply_corrections(record: Record, corrections: Iterable[Correction]) -> Record:
    """The record as reviewers corrected it: fields replaced, wrong items dropped (with the
    indices and ids that point at them fixed up)."""
    corrections = list(corrections)
    if not corrections:
        return record
    lists: dict[str, list[Any]] = {k: _items(record, k) for k in KINDS}
    wrong: dict[str, set[int]] = {k: set() for k in KINDS}
    for c in corrections:
        if c.kind not in KINDS:
            continue
        i = locate(record, c.kind, c.item, c.start, c.end)
        if i is None:
            log.info("correction %s/%s/%s no longer matches an item", c.article_id, c.kind, c.item)
            continue
        if c.field == "wrong":
            if c.value:
                wrong[c.kind].add(i)
            continue
        lists[c.kind][i] = _replace(record, c.kind, lists[c.kind][i], c.field, c.value)
    removed_entities = {lists["entities"][i].id for i in wrong["entities"]}
    removed_quotes = {lists["quotes"][i].id for i in wrong["quotes"]}
    place_map = _renumber(len(lists["places"]), wrong["places"])
    quantity_map = _renumber(len(lists["quantities"]), wrong["quantities"])
    events = []
    for i, v in enumerate(lists["events"]):
        if i in wrong["events"]:
            continue
        events.append(
            dataclasses.replace(
                v,
                source=tuple(e for e in v.source if e not in removed_entities),
                target=tuple(e for e in v.target if e not in removed_entities),
                place=place_map.get(v.place) if v.place is not None else None,
                reported_by=None if v.reported_by in removed_quotes else v.reported_by,
                quantities=tuple(quantity_map[q] for q in v.quantities if q in quantity_map),
            )
        )
    quotes = []
    for i, q in enumerate(lists["quotes"]):
        if i in wrong["quotes"]:
            continue
        sp = q.speaker
        if sp is not None and sp.entity in removed_entities:
            sp = dataclasses.replace(sp, entity=None)
        quotes.append(
            dataclasses.replace(q, speaker=sp, within=None if q.within in removed_quotes else q.within)
        )

    def kept(kind: str) -> tuple[Any, ...]:
        return tuple(x for i, x in enumerate(lists[kind]) if i not in wrong[kind])

    return dataclasses.replace(
        record,
        entities=kept("entities"),
        times=kept("times"),
        quotes=tuple(quotes),
        places=kept("places"),
        events=tuple(events),
        quantities=kept("quantities"),
    )


def _renumber(n: int, dropped: set[int]) -> dict[int, int]:
    kept = [i for i in range(n) if i not in dropped]
    return {old: new for new, old in enumerate(kept)}


def _replace(record: Record, kind: str, item: Any, field: str, value: Any) -> Any:
    if kind == "quotes" and field == "speaker":
        return _with_speaker(record, item, value)
    if kind == "events" and field == "date":
        return dataclasses.replace(item, date=value, date_from="text" if value else None)
    if kind == "events" and field == "place" and value is not None and value >= len(record.places):
        return item
    return dataclasses.replace(item, **{field: value})


def _distance(span: tuple[int, int], quote: Quote) -> tuple[int, int]:
    """How far a span lies from a quote (0 when they touch or overlap), then its start."""
    return (max(0, span[0] - quote.end, quote.start - span[1]), span[0])


def _with_speaker(record: Record, quote: Quote, name: str | None) -> Quote:
    """The quote with its speaker set to ``name``: linked to the entity of that name (or with
    that id, e.g. ``e3``, whose name it takes) if the article has one, else an unlinked speaker.
    Its span is the mention of that entity (or the occurrence of the name) nearest the quote, so
    that it holds the speaker's own characters; else it stays the old speaker's, if any."""
    if not name:
        return dataclasses.replace(quote, speaker=None)
    low = name.casefold()
    entity = next((e for e in record.entities if e.id == name), None)  # an entity id ("e3")
    if entity is not None:
        name = entity.name
    entity = entity or next((e for e in record.entities if e.name.casefold() == low), None)
    entity = entity or next(
        (e for e in record.entities if any(m.text.casefold() == low for m in e.mentions)), None
    )
    old = quote.speaker
    start, end = (old.start, old.end) if old else (quote.start, quote.start)
    text = record.article.text
    if entity is not None:
        spans = [(m.start, m.end) for m in entity.mentions]
    else:
        spans = [(m.start(), m.end()) for m in re.finditer(re.escape(name), text, re.IGNORECASE)]
    if spans:
        start, end = min(spans, key=lambda sp: _distance(sp, quote))
    return dataclasses.replace(
        quote, speaker=Speaker(entity=entity.id if entity else None, text=name, start=start, end=end)
    )


__all__ = [
    "FIELDS",
    "KINDS",
    "Correction",
    "CorrectionError",
    "apply_corrections",
    "item_span",
    "locate",
    "validate",
]
