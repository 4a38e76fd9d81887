"""TempEval-3 task A scoring for the times stage (TimeML ``.tml`` files, MEANTIME CAT files).

For every document the text inside ``<TEXT>`` is run through spaCy and the times stage,
with the document's creation time as the publication date, and the system's expressions
are compared with the gold ``TIMEX3`` elements as TempEval-3 does: strict (same extent)
and relaxed (overlapping extent) precision/recall/F1, type accuracy on relaxed matches,
and value F1, where a value counts only when the extents match (relaxed).
"""

from __future__ import annotations

import datetime as dt
import logging
import re
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from storyline.record import Article, Time, article_id

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class GoldTimex:
    """One gold TIMEX3: character offsets into the document text, type, value, mod."""

    start: int
    end: int
    text: str
    type: str
    value: str
    mod: str | None = None


@dataclass(frozen=True)
class GoldDoc:
    """A TimeML document: id, DCT, the text inside ``<TEXT>`` and its gold expressions."""

    id: str
    dct: dt.date | None
    text: str
    timexes: tuple[GoldTimex, ...]


def _creation_date(root: ET.Element) -> dt.date | None:
    """The document creation time (the first TIMEX3 whose function is CREATION_TIME) as a
    date, in TimeML and CAT files alike; None when there is none or it is no date."""
    for timex in root.iter("TIMEX3"):
        if timex.get("functionInDocument") == "CREATION_TIME":
            try:
                return dt.date.fromisoformat((timex.get("value") or "")[:10])
            except ValueError:
                return None
    return None


def read_tml(path: Path) -> GoldDoc:
    """Parse a TimeML file into plain text with gold TIMEX3 offsets (tags inside TEXT removed)."""
    root = ET.parse(path).getroot()
    dct = _creation_date(root)
    text_el = root.find("TEXT")
    if text_el is None:
        raise ValueError(f"{path}: no <TEXT> element")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    offset = 0

    def walk(el: ET.Element) -> None:
        nonlocal offset
        start = offset
        if el.text:
            parts.append(el.text)
            offset += len(el.text)
        for child in el:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                offset += len(child.tail)
        if el.tag == "TIMEX3":
            span = "".join(parts)[start:offset]
            timexes.append(
                GoldTimex(start, offset, span, el.get("type", ""), el.get("value", ""), el.get("mod"))
            )

    walk(text_el)
    return GoldDoc(path.stem, dct, "".join(parts), tuple(sorted(timexes, key=lambda t: t.start)))


_NO_SPACE_BEFORE = {
    ",",
    ".",
    ":",
    ";",
    "!",
    "?",
    ")",
    "]",
    "%",
    "'s",
    "’s",
    "n't",
    "'",
    "''",
    "-",
    "'re",
    "'ve",
}
_NO_SPACE_AFTER = {"(", "[", "$", "``", "-"}


def read_cat(path: Path) -> GoldDoc:
    """Parse a NewsReader CAT file (MEANTIME): tokens joined back into text, TIMEX3 on token ids.

    The original spacing is not in the file: tokens are joined with one space except
    around punctuation, hyphens and clitics, and a sentence change starts a new line.
    Only the sentences up to the last annotated one are kept (MEANTIME annotates the
    title and first sentences of each article), so precision is measured fairly.
    """
    root = ET.parse(path).getroot()
    tokens = list(root.iter("token"))
    sentence_of = {t.get("t_id"): int(t.get("sentence") or 0) for t in tokens}
    anchored = [sentence_of.get(a.get("t_id"), 0) for a in root.iter("token_anchor")]
    last = max(anchored, default=-1)
    parts: list[str] = []
    where: dict[str, tuple[int, int]] = {}
    offset, sentence, prev = 0, None, ""
    for tok in tokens:
        if int(tok.get("sentence") or 0) > last:
            break  # MEANTIME annotates the title and first sentences only: score the part annotated
        word = tok.text or ""
        sep = ""
        if parts:
            if tok.get("sentence") != sentence:
                sep = "\n"
            elif word not in _NO_SPACE_BEFORE and prev not in _NO_SPACE_AFTER:
                sep = " "
        parts.append(sep + word)
        offset += len(sep)
        where[tok.get("t_id", "")] = (offset, offset + len(word))
        offset += len(word)
        sentence, prev = tok.get("sentence"), word
    text = "".join(parts)
    dct = _creation_date(root)
    timexes: list[GoldTimex] = []
    for timex in root.iter("TIMEX3"):
        spans = [where[a.get("t_id", "")] for a in timex.iter("token_anchor") if a.get("t_id") in where]
        if not spans:
            continue  # an empty TIMEX3 (an inferred time with no text)
        start, end = min(s for s, _ in spans), max(e for _, e in spans)
        timexes.append(GoldTimex(start, end, text[start:end], timex.get("type", ""), timex.get("value", "")))
    return GoldDoc(path.stem, dct, text, tuple(sorted(timexes, key=lambda t: t.start)))


def gold_documents(data_dir: Path) -> dict[str, list[GoldDoc]]:
    """Gold documents per corpus (the sub-folder holding them) under ``data_dir``.

    TimeML ``.tml`` files (TempEval-3) and NewsReader CAT ``.xml`` files (MEANTIME) are
    read; a document id seen twice in one corpus (MEANTIME ships each document in two
    annotation layers) is read once.
    """
    corpora: dict[str, dict[str, GoldDoc]] = {}
    for path in sorted(data_dir.rglob("*.tml")):
        corpora.setdefault(path.parent.name, {}).setdefault(path.stem, read_tml(path))
    for path in sorted(data_dir.rglob("*.xml")):
        docs = corpora.setdefault(path.parent.name, {})
        if path.stem not in docs and _is_cat(path):
            docs[path.stem] = read_cat(path)
    return {name: list(docs.values()) for name, docs in corpora.items() if docs}


def _is_cat(path: Path) -> bool:
    with path.open("rb") as fh:
        return b"<Document" in fh.read(400)


_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


_CALENDAR = re.compile(r"(?:\d{2,4}|XXXX)(?:-[\dXWQHSPUFAIN]+)*(?:T[\w:]+)?")
_PART_OF_DAY = re.compile(r"T(?:MO|AF|EV|NI|DT)$")


def value_error_class(gold: str, system: str | None) -> str:
    """Why a matched expression's value is wrong, for the per-class error breakdown.

    ``part_of_day``: the same day with or without a part of day ("Friday night" as a day);
    ``underspecified_gold``: the gold leaves X where the system resolved (``1989-WXX`` against
    ``1989-W43``); ``granularity``: one value is the other at a coarser grain (``1988`` and
    ``1988-Q3``); ``date_vs_duration``: a calendar value against a ``P…`` duration;
    ``anchor``: two calendar values of the same grain (a wrong day, week, year or direction);
    ``vague``: a ``…_REF`` on either side; ``other``: the rest.
    """
    sys_value = system or ""
    if _PART_OF_DAY.sub("", gold) == _PART_OF_DAY.sub("", sys_value):
        return "part_of_day"
    if "_REF" in gold or "_REF" in sys_value:
        return "vague"
    if gold.startswith("P") != sys_value.startswith("P"):
        return "date_vs_duration"
    if not (_CALENDAR.fullmatch(gold) and _CALENDAR.fullmatch(sys_value)):
        return "other"
    if "X" in gold and "X" not in sys_value:
        return "underspecified_gold"
    if (
        gold.startswith(sys_value)
        or sys_value.startswith(gold)
        or (gold[:4] == sys_value[:4] and len(gold) != len(sys_value))
    ):
        return "granularity"
    return "anchor" if len(gold) == len(sys_value) else "other"


class _Tally:
    def __init__(self) -> None:
        self.gold = self.system = self.strict = self.relaxed = 0
        self.type_ok = self.value_ok = 0
        self.day_gold = self.day_found = self.day_ok = 0
        self.errors: Counter[str] = Counter()

    def add(
        self, gold: tuple[GoldTimex, ...], system: list[Time]
    ) -> Iterator[tuple[GoldTimex | None, Time | None]]:
        """Count one document; yield (gold, system) pairs (None on either side when unmatched)."""
        self.gold += len(gold)
        self.system += len(system)
        used: set[int] = set()
        for g in gold:
            day = g.type == "DATE" and _FULL_DAY.fullmatch(g.value) is not None
            self.day_gold += day
            best = None
            for i, s in enumerate(system):
                if i in used or not (s.start < g.end and g.start < s.end):
                    continue
                if best is None or (s.start, s.end) == (g.start, g.end):
                    best = i
            if best is None:
                self.errors["missed"] += 1
                yield g, None
                continue
            used.add(best)
            s = system[best]
            self.relaxed += 1
            self.strict += (s.start, s.end) == (g.start, g.end)
            self.type_ok += s.type == g.type
            self.value_ok += s.value == g.value
            self.day_found += day
            self.day_ok += day and s.value == g.value
            if s.value != g.value:
                self.errors["value." + value_error_class(g.value, s.value)] += 1
            yield g, s
        for i, s in enumerate(system):
            if i not in used:
                self.errors["spurious"] += 1
                yield None, s

    def scores(self) -> dict[str, Any]:
        def prf(hits: int) -> dict[str, float]:
            p = hits / self.system if self.system else 0.0
            r = hits / self.gold if self.gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"p": round(p, 4), "r": round(r, 4), "f1": round(f, 4)}

        return {
            "gold": self.gold,
            "system": self.system,
            "strict": prf(self.strict),
            "relaxed": prf(self.relaxed),
            "type_accuracy": round(self.type_ok / self.relaxed, 4) if self.relaxed else 0.0,
            "value": prf(self.value_ok),
            "value_accuracy": round(self.value_ok / self.relaxed, 4) if self.relaxed else 0.0,
            "full_day": {
                "gold": self.day_gold,
                "found": round(self.day_found / self.day_gold, 4) if self.day_gold else 0.0,
                "value_accuracy": round(self.day_ok / self.day_found, 4) if self.day_found else 0.0,
                "value_recall": round(self.day_ok / self.day_gold, 4) if self.day_gold else 0.0,
            },
            "errors": self.error_classes(),
        }

    def error_classes(self) -> dict[str, int]:
        """Value F1's losses by class: missed and spurious expressions, then the wrong values
        of matched ones by :func:`value_error_class` (largest first)."""
        out = {"missed": self.errors["missed"], "spurious": self.errors["spurious"]}
        wrong = sorted(
            ((k, n) for k, n in self.errors.items() if k.startswith("value.")), key=lambda kv: -kv[1]
        )
        out.update(wrong)
        return out


def evaluate(
    data_dir: Path,
    *,
    model: str | None = None,
    nlp: Language | None = None,
    errors: list[dict[str, Any]] | None = None,
    limit: int | None = None,
) -> dict:
    """TempEval-3 scores per corpus and overall for every ``.tml`` file under ``data_dir``.

    Returns ``{corpus: {"docs", "gold", "system", "strict": {p, r, f1}, "relaxed": {...},
    "type_accuracy", "value": {p, r, f1}, "value_accuracy", "full_day", "errors"}}`` plus an ``"all"``
    entry. ``full_day`` scores the gold DATE expressions whose value is a whole day (what an
    event date needs): how many were found (relaxed), and how many got the exact day, of
    those found (``value_accuracy``) and of all (``value_recall``). ``errors`` counts what
    value F1 loses, by class: missed, spurious, and wrong values by :func:`value_error_class`.
    ``nlp`` reuses a loaded model (else ``model`` is loaded). When ``errors`` is a list,
    mismatches are appended to it for inspection, once each. ``limit`` scores only the first
    documents of each corpus (for quick runs).
    """
    from storyline.stages.analyse import DEFAULT_MODEL, analyse_many, load_nlp
    from storyline.stages.times import TimeStage

    nlp = nlp if nlp is not None else load_nlp(model or DEFAULT_MODEL)
    stage = TimeStage(nlp)
    corpora = gold_documents(data_dir)
    results: dict[str, Any] = {}
    total = _Tally()
    if limit is not None:
        corpora = {name: docs[:limit] for name, docs in corpora.items()}
    for corpus, docs in corpora.items():
        tally = _Tally()
        articles = [
            Article(id=article_id(d.text), text=d.text, published=d.dct.isoformat() if d.dct else None)
            for d in docs
        ]
        for doc, an in zip(docs, analyse_many(nlp, articles), strict=True):
            system = stage(an)
            list(total.add(doc.timexes, system))
            for g, s in tally.add(doc.timexes, system):
                if errors is not None and _is_error(g, s):
                    errors.append({"doc": doc.id, "gold": g, "system": s})
        results[corpus] = {"docs": len(docs), **tally.scores()}
        log.info("%s: %s", corpus, results[corpus])
    results["all"] = {"docs": sum(len(d) for d in corpora.values()), **total.scores()}
    return results


def _is_error(g: GoldTimex | None, s: Time | None) -> bool:
    if g is None or s is None:
        return True
    return (g.start, g.end) != (s.start, s.end) or g.value != s.value or g.type != s.type
