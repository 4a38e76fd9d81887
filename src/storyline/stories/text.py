"""Text helpers shared by story grouping and event merging: words, content words, stems."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Iterable

from storyline.record import Entity, normalise_text

_WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_MONTH = re.compile(r"(?:\d{4}|XXXX)-(\d{2})(?:-\d{2})?$")  # TIMEX3 values naming a month


@functools.cache
def stop_words() -> frozenset[str]:
    """spaCy's English stop words and reporting verbs: words that say nothing about the story."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS) | {"said", "says", "told", "according"}


def words(text: str) -> list[str]:
    """Lower-cased word tokens of ``text``."""
    return _WORD.findall(normalise_text(text).lower())


def content_words(text: str) -> list[str]:
    """Words that carry content: not stop words, not one or two letters."""
    stop = stop_words()
    return [w for w in words(text) if len(w) > 2 and w not in stop]


@functools.lru_cache(maxsize=65_536)
def _content_set(text: str) -> frozenset[str]:
    """The content words of a sentence, cached: merging compares each sentence many times."""
    return frozenset(content_words(text))


def entity_name(e: Entity) -> str:
    """The name stories compare for an entity: its actor's, when it resolved to one."""
    return (e.actor.name if e.actor else e.name).strip()


def stem(word: str) -> str:
    """A crude suffix-stripping stem, enough to match "bombing"/"bombed"/"bombs"."""
    w = word.lower()
    for suffix in ("ations", "ation", "ings", "ing", "ied", "ies", "ed", "es", "s", "e"):
        if len(w) - len(suffix) >= 3 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


def _date(value: str | None) -> dt.date | None:
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _jaccard(a: Iterable[str], b: Iterable[str]) -> float:
    x, y = set(a), set(b)
    return len(x & y) / len(x | y) if x | y else 0.0
