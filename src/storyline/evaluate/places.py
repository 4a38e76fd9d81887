"""Geoparsing scores for the places stage on LGL and GeoVirus (Gritta et al.'s copies).

``data_dir`` is ``../shared/data/geoparsing_gritta``; the corpora are
``data/Corpora/lgl.xml`` (Lieberman et al. 2010: local US news, GeoNames-tagged toponyms)
and ``data/Corpora/GeoVirus.xml`` (Gritta et al. 2018: Wikinews, Wikipedia coordinates).

For each corpus the articles are run through spaCy, the entities stage (whose person
mentions the places stage leaves out, as in the pipeline) and the places stage, and:

- toponym recognition: precision/recall/F1 of the system's place spans against the gold
  spans, strict (same offsets) and relaxed (overlapping), one-to-one;
- toponym resolution, over gold toponyms that have coordinates: the share whose
  overlapping system place lies within 161 km (100 miles) of the gold point, the mean
  and median error in km. ``acc161`` counts a missed toponym as wrong (end-to-end);
  ``acc161_found`` divides by the recognised and resolved ones only (resolution alone).

The two corpora follow different annotation schemes. LGL also marks adjectival toponyms
("American", "Georgian", "Palestinians": 322 of its 5,088), so on LGL storyline's places of
feature ``adjectival`` (a nationality word located at its country, never an event's place)
are scored with the others; GeoVirus marks none, so there they are left out
(:data:`ADJECTIVAL_GOLD`). ``relaxed_recall_without_adjectival`` gives recall over the
gold toponyms that are not nationality words, and ``relaxed_without_adjectival`` P/R/F1
with neither side's adjectival toponyms (comparable across schemes).
"""

from __future__ import annotations

import logging
import statistics
import xml.etree.ElementTree as ET
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.gazetteer import distance_km
from storyline.record import Article, Place, article_id
from storyline.stages.places import ADJECTIVAL

log = logging.getLogger(__name__)

CORPORA = {"lgl": "lgl.xml", "geovirus": "GeoVirus.xml"}
#: Whether a corpus's gold marks adjectival toponyms ("Iraqi" in "Iraqi forces").
ADJECTIVAL_GOLD = {"lgl": True, "geovirus": False}
ACCURACY_KM = 161.0


@dataclass(frozen=True)
class GoldToponym:
    """A gold toponym: offsets, text and (when annotated) its coordinates."""

    start: int
    end: int
    text: str
    lat: float | None
    lon: float | None


@dataclass(frozen=True)
class GoldArticle:
    """One gold article: its text and toponyms."""

    id: str
    text: str
    toponyms: tuple[GoldToponym, ...]


def _float(el: ET.Element | None) -> float | None:
    if el is None or el.text is None or not el.text.strip():
        return None
    try:
        return float(el.text)
    except ValueError:
        return None


def read_lgl(path: Path) -> list[GoldArticle]:
    """LGL: ``<article><text/><toponyms><toponym><start/><end/><phrase/><gaztag>…``."""
    out = []
    for k, art in enumerate(ET.parse(path).getroot().iter("article")):
        text = art.findtext("text") or ""
        tops = []
        for t in art.iter("toponym"):
            start, end = int(t.findtext("start") or 0), int(t.findtext("end") or 0)
            gaz = t.find("gaztag")
            lat = _float(gaz.find("lat")) if gaz is not None else None
            lon = _float(gaz.find("lon")) if gaz is not None else None
            tops.append(GoldToponym(start, end, text[start:end], lat, lon))
        out.append(GoldArticle(art.get("docid") or str(k), text, tuple(tops)))
    return out


def read_geovirus(path: Path) -> list[GoldArticle]:
    """GeoVirus: ``<article><source/><text/><locations><location><name/><start/><end/><lat/><lon/>``.

    The offsets are mostly one character late (``text[start-1:end-1] == name``); they are
    corrected where the name says so.
    """
    out = []
    for k, art in enumerate(ET.parse(path).getroot().iter("article")):
        text = art.findtext("text") or ""
        tops = []
        for loc in art.iter("location"):
            start, end = int(loc.findtext("start") or 0), int(loc.findtext("end") or 0)
            name = (loc.findtext("name") or "").strip()
            if text[start:end] != name and text[start - 1 : end - 1] == name:
                start, end = start - 1, end - 1  # most GeoVirus offsets are one character late
            tops.append(
                GoldToponym(start, end, text[start:end], _float(loc.find("lat")), _float(loc.find("lon")))
            )
        out.append(GoldArticle(f"{k}:{art.findtext('source') or ''}", text, tuple(tops)))
    return out


class Scorer:
    """Accumulates recognition counts and resolution errors over articles."""

    def __init__(
        self, is_adjectival: Callable[[str], bool] | None = None, *, adjectival: bool = True
    ) -> None:
        self.is_adjectival = is_adjectival or (lambda _text: False)
        self.adjectival = adjectival  # does the gold mark adjectival toponyms?
        self.nominal_gold = self.nominal_found = 0
        self.nominal_system = self.nominal_relaxed = 0
        self.gold = self.system = self.strict = self.relaxed = 0
        self.with_coords = 0
        self.errors_km: list[float] = []

    def add(self, gold: Sequence[GoldToponym], system: Sequence[Place]) -> list[dict[str, Any]]:
        """Score one article; returns its mistakes (for inspection)."""
        nominal_system = [p for p in system if p.feature != ADJECTIVAL]
        nominal_gold = [g for g in gold if not self.is_adjectival(g.text)]
        self.nominal_system += len(nominal_system)
        self.nominal_relaxed += sum(m is not None for m in _matches(nominal_gold, nominal_system))
        if not self.adjectival:
            system = nominal_system
        self.gold += len(gold)
        self.system += len(system)
        mistakes: list[dict[str, Any]] = []
        matches = _matches(gold, system)
        used = {m for m in matches if m is not None}
        for g, match in zip(gold, matches, strict=True):
            nominal = not self.is_adjectival(g.text)
            self.nominal_gold += nominal
            if match is not None:
                self.relaxed += 1
                self.nominal_found += nominal
                p = system[match]
                if p.start == g.start and p.end == g.end:
                    self.strict += 1
            if g.lat is None or g.lon is None:
                continue
            self.with_coords += 1
            p = system[match] if match is not None else None
            if p is None or p.lat is None or p.lon is None:
                mistakes.append({"gold": g.text, "system": None if p is None else p.text, "km": None})
                continue
            km = distance_km(g.lat, g.lon, p.lat, p.lon)
            self.errors_km.append(km)
            if km > ACCURACY_KM:
                mistakes.append({"gold": g.text, "system": p.name, "country": p.country, "km": round(km)})
        for i, p in enumerate(system):
            if i not in used:
                mistakes.append({"gold": None, "system": p.text, "name": p.name})
        return mistakes

    def scores(self) -> dict[str, Any]:
        """Precision/recall/F1 (strict and relaxed) and resolution accuracy."""

        def prf(hits: int, system: int | None = None, gold: int | None = None) -> dict[str, float]:
            system = self.system if system is None else system
            gold = self.gold if gold is None else gold
            p = hits / system if system else 0.0
            r = hits / gold if gold else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}

        within = sum(1 for km in self.errors_km if km <= ACCURACY_KM)
        return {
            "gold": self.gold,
            "system": self.system,
            "strict": prf(self.strict),
            "relaxed": prf(self.relaxed),
            "relaxed_recall_without_adjectival": round(self.nominal_found / self.nominal_gold, 4)
            if self.nominal_gold
            else 0.0,
            "relaxed_without_adjectival": prf(self.nominal_relaxed, self.nominal_system, self.nominal_gold),
            "resolved": len(self.errors_km),
            "gold_with_coordinates": self.with_coords,
            "acc161": round(within / self.with_coords, 4) if self.with_coords else 0.0,
            "acc161_found": round(within / len(self.errors_km), 4) if self.errors_km else 0.0,
            "median_km": round(statistics.median(self.errors_km), 1) if self.errors_km else None,
            "mean_km": round(statistics.fmean(self.errors_km), 1) if self.errors_km else None,
        }


def _matches(gold: Sequence[GoldToponym], system: Sequence[Place]) -> list[int | None]:
    """For each gold toponym, the overlapping system place it is paired with (one-to-one).

    An exact-offset match is taken first when there is one, else the first overlapping place.
    """
    used: set[int] = set()
    out: list[int | None] = []
    for g in gold:
        match = None
        for i, p in enumerate(system):
            if i not in used and p.start < g.end and g.start < p.end:
                match = i
                if p.start == g.start and p.end == g.end:
                    break
        if match is not None:
            used.add(match)
        out.append(match)
    return out


def gold_articles(data_dir: Path) -> dict[str, list[GoldArticle]]:
    """The gold articles of each corpus present under ``data_dir``."""
    corpora = Path(data_dir) / "data" / "Corpora"
    readers = {"lgl": read_lgl, "geovirus": read_geovirus}
    out = {}
    for name, file in CORPORA.items():
        path = corpora / file
        if path.exists():
            out[name] = readers[name](path)
        else:
            log.warning("%s not found; skipped", path)
    return out


def evaluate(
    data_dir: Path,
    *,
    model: str | None = None,
    limit: int | None = None,
    errors: list[dict[str, Any]] | None = None,
) -> dict:
    """Recognition and resolution scores per corpus (see the module docstring)."""
    from storyline.stages.analyse import DEFAULT_MODEL, analyse_many, load_nlp
    from storyline.stages.entities import EntityStage
    from storyline.stages.places import PlaceStage

    nlp = load_nlp(model or DEFAULT_MODEL)
    stage = PlaceStage(nlp)
    entities = EntityStage(nlp)  # as in the pipeline: its person mentions are not places
    results: dict[str, Any] = {}
    for name, docs in gold_articles(data_dir).items():
        docs = docs[:limit] if limit else docs
        scorer = Scorer(stage.gazetteer.is_demonym, adjectival=ADJECTIVAL_GOLD.get(name, False))
        articles = [Article(id=article_id(d.text), text=d.text) for d in docs]
        for doc, an in zip(docs, analyse_many(nlp, articles), strict=True):
            mistakes = scorer.add(doc.toponyms, stage(an, entities(an)))
            if errors is not None:
                errors.extend({"corpus": name, "article": doc.id, **m} for m in mistakes)
        results[name] = {"articles": len(docs), **scorer.scores()}
    return results
