"""Where events happened: the place storyline chooses for an event, against Halterman's data.

``data_dir`` is ``../shared/data/event_location``; ``labeled_text.json`` is a JSON list of
records, each a sentence (newswire, Wikipedia, atrocity reports) with one annotated event
verb (a ``VERB`` span) and zero or more ``LOCATION`` spans: where that event happened
(Halterman 2019, "Geolocating Political Events in Text"). The records that share a text
are parsed once.

Every text goes through the whole pipeline (events need entities, times, quotes and
places); for each gold verb the system event whose trigger overlaps it is looked up, and
its ``place`` (an index into the record's places) is compared with the gold:

- ``verbs_with_event``: share of gold verbs that the events stage codes as an event at all
  (its lexicon decides; a verb it does not code has no place to score);
- ``accuracy``: over verbs with an event, the chosen place is right: it overlaps a gold
  ``LOCATION`` span, or it is None when the gold has no location;
- ``location`` precision/recall/F1: a chosen place is a true positive when it overlaps a
  gold location; precision over events given a place, recall over events whose gold has
  a location;
- ``toponym_recall``: share of gold locations overlapped by any place of the record, the
  ceiling for any choice among the places found (the places stage's part).
"""

from __future__ import annotations

import json
import logging
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.record import Article, Record, article_id

log = logging.getLogger(__name__)

FILE = "labeled_text.json"


@dataclass(frozen=True)
class GoldVerb:
    """One annotated event: its verb span and the spans of where it happened."""

    verb: tuple[int, int]
    locations: tuple[tuple[int, int], ...]


def _offsets(text: str, span: dict[str, Any]) -> tuple[int, int] | None:
    """Character offsets of a gold span, repaired where the file's are off.

    About a quarter of the spans carry offsets that do not point at their own ``text``
    (some hold token numbers); those are placed at the occurrence of the text nearest to
    the given start. A span with no ``text`` keeps its offsets unless they are empty.
    """
    start, end = int(span["start"]), int(span["end"])
    want = span.get("text")
    if want is None:
        return (start, end) if text[start:end].strip() else None
    if text[start:end] == want:
        return start, end
    hits = [i for i in range(len(text)) if text.startswith(want, i)]
    if not hits:
        return None
    best = min(hits, key=lambda i: abs(i - start))
    return best, best + len(want)


def read_records(path: Path) -> dict[str, list[GoldVerb]]:
    """Gold verbs grouped by text, in file order (``path`` is the folder or the JSON file)."""
    path = Path(path)
    if path.is_dir():
        path = path / FILE
    by_text: dict[str, list[GoldVerb]] = defaultdict(list)
    dropped = 0
    for rec in json.loads(path.read_text(encoding="utf-8")):
        text, spans = rec["text"], rec.get("spans") or []
        verbs = [_offsets(text, s) for s in spans if s.get("label") == "VERB"]
        locs = [_offsets(text, s) for s in spans if s.get("label") == "LOCATION"]
        dropped += sum(x is None for x in verbs + locs)
        for v in verbs:
            if v is not None:
                by_text[text].append(GoldVerb(v, tuple(x for x in locs if x is not None)))
    if dropped:
        log.info("event_location: %d spans whose text is not in their sentence were left out", dropped)
    return dict(by_text)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Scorer:
    """Counts for one run (see the module docstring)."""

    def __init__(self) -> None:
        self.verbs = self.with_event = self.correct = 0
        self.chosen = self.chosen_right = self.gold_located = 0
        self.gold_locations = self.locations_found = 0

    def add(self, gold: list[GoldVerb], record: Record) -> None:
        """Score the gold verbs of one text against its record."""
        places = [(p.start, p.end) for p in record.places]
        seen: set[tuple[int, int]] = set()
        for g in gold:
            for loc in g.locations:
                if loc not in seen:
                    seen.add(loc)
                    self.gold_locations += 1
                    self.locations_found += any(_overlaps(loc, p) for p in places)
        for g in gold:
            self.verbs += 1
            event = next(
                (e for e in record.events if _overlaps((e.trigger.start, e.trigger.end), g.verb)), None
            )
            if event is None:
                continue
            self.with_event += 1
            chosen = places[event.place] if event.place is not None else None
            right = any(_overlaps(chosen, loc) for loc in g.locations) if chosen else False
            self.gold_located += bool(g.locations)
            if chosen is not None:
                self.chosen += 1
                self.chosen_right += right
            self.correct += right if g.locations else chosen is None

    def scores(self) -> dict[str, Any]:
        """The figures of the module docstring."""

        def ratio(a: int, b: int) -> float:
            return round(a / b, 4) if b else 0.0

        p, r = ratio(self.chosen_right, self.chosen), ratio(self.chosen_right, self.gold_located)
        return {
            "verbs": self.verbs,
            "verbs_with_event": ratio(self.with_event, self.verbs),
            "accuracy": ratio(self.correct, self.with_event),
            "location": {"precision": p, "recall": r, "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0},
            "toponym_recall": ratio(self.locations_found, self.gold_locations),
        }


def evaluate(data_dir: Path, *, limit: int | None = None) -> dict[str, Any]:
    """Score event places on the event_location records (``limit``: the first N texts)."""
    from storyline.pipeline import Pipeline

    gold = read_records(data_dir)
    texts = list(gold)[:limit] if limit else list(gold)
    pipeline = Pipeline()
    scorer = Scorer()
    articles = [Article(id=article_id(t), text=t) for t in texts]
    for text, record in zip(texts, pipeline.process_articles(articles), strict=True):
        scorer.add(gold[text], record)
    return {"texts": len(texts), **scorer.scores()}
