"""Places: toponyms resolved against the embedded gazetteer, disambiguated by context.

Finding toponyms (:func:`find_mentions`):

- spaCy's GPE, LOC and FAC entities, with a leading "the" and a trailing possessive trimmed
  ("Madison" followed by "County" becomes "Madison County");
- names the model misses or mistypes: an ORG entity, or a run of proper nouns outside any
  entity, that is exactly the name of a country, first-level division, curated region or
  city of 100,000 people or more ("Baghdad" tagged ORG);
- division abbreviations after a place ("Paris, Tenn.", "Vancouver, B.C.", "Sydney, NSW");
- "X airport" / "X International Airport": the airport serving city X;
- a name followed by a facility noun ("Peace Arch border crossing"), kept even when the
  gazetteer cannot locate it (``lat``/``lon`` None) so that events can point at it;
- never demonyms ("Iraqi", "Canadians"), person names (PERSON entities, a person's surname
  used alone, PERSON mentions from the entities stage), stop words such as "West", or
  phrases without a capitalised word ("the northern part of the country").

Resolving (:func:`resolve`), in two passes: each toponym first gets its best candidate
from a prior (regions and countries over divisions over cities, cities by population, a
country's capital a little ahead), which gives the article's countries and divisions;
then every toponym is scored again with that context, leaving out its own first guess:
candidates in a country the article mentions (weighted by how often) and in a division it
mentions gain, "the state of Washington" / "Washington state" asks for a division,
"Vancouver, British Columbia" restricts to the container. A spaCy LOC/FAC with no
gazetteer entry is kept unresolved; an unknown GPE (often a mis-tagged group) is dropped.

``admin1`` is the ISO 3166-2 subdivision code without the country prefix ("BC", "WA",
"KAB") where the division could be matched to ISO, else GeoNames' admin1 code.
"""

from __future__ import annotations

import functools
import logging
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc

from storyline.gazetteer import (
    ADMIN1,
    ADMIN2,
    AIRPORT,
    CITY,
    COUNTRY,
    REGION,
    GazEntry,
    Gazetteer,
    load_gazetteer,
    name_key,
)
from storyline.knowledge import load_lines
from storyline.record import Entity, Place
from storyline.stages.analyse import Analysis

log = logging.getLogger(__name__)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entity labels whose tokens are never scanned for gazetteer names.
_BLOCKING_LABELS = frozenset(
    {"PERSON", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
)
_ADMIN1_WORDS = frozenset({"state", "province", "region", "governorate", "oblast", "prefecture", "territory"})
_CITY_WORDS = frozenset({"city", "town", "village", "capital"})
_AIRPORT_WORDS = ("international airport", "airport", "airfield")
FACILITY = "facility"
SCAN_MIN_POPULATION = 100_000
MAX_SCAN_TOKENS = 4

# Prior scores by feature; cities score 2*log10(population). Context adds up to
# COUNTRY_BONUS (share of the article's country mentions) and ADMIN1_BONUS.
_PRIOR = {COUNTRY: 22.0, REGION: 23.0, ADMIN1: 12.5, ADMIN2: 10.0, AIRPORT: 8.0}
CAPITAL_BONUS = 3.0
COUNTRY_BONUS = 10.0
ADMIN1_BONUS = 5.0
ALTERNATE_NAME_PENALTY = 3.0
_ADMIN2_WORDS = frozenset({"County", "Parish", "Borough"})
_ABBREVIATION_AFTER = re.compile(r",\s*")
# "Tenn.", "W.Va.", "W. Va.", "B.C.", "P.E.I.", "WA" (checked against the abbreviation list)
_ABBREVIATION = re.compile(r"(?:[A-Z][A-Za-z]*\.(?:\s?[A-Z][a-z]*\.)*|[A-Z]{2})(?![A-Za-z])")


@dataclass(frozen=True)
class Toponym:
    """A place mention before resolution: its span, the name to look up and any cue."""

    start: int
    end: int
    query: str
    source: str  # "ner", "org", "scan", "abbr" or "facility"
    want: str | None = None  # ADMIN1, CITY, AIRPORT or FACILITY when the text says so
    within: int | None = None  # index of a toponym naming the container ("Vancouver, B.C.")
    label: str = ""  # spaCy's entity label, if any


class PlaceStage:
    """Finds toponyms and resolves each to a gazetteer entry."""

    def __init__(self, nlp: Language, *, gazetteer: Gazetteer | None = None) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()

    def __call__(self, an: Analysis, entities: Sequence[Entity]) -> list[Place]:
        """One Place per toponym mention, in text order."""
        toponyms = find_mentions(an.doc, self.gazetteer, entities)
        return resolve(an.text, toponyms, self.gazetteer)


# --- finding ----------------------------------------------------------------------------------


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range without a leading article and trailing possessive or punctuation."""
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def _char_span(doc: Doc, start: int, end: int) -> tuple[int, int]:
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


def _words_after(doc: Doc, end: int, n: int) -> str:
    return " ".join(doc[i].lower_ for i in range(end, min(end + n, len(doc))))


def _cue(doc: Doc, start: int, end: int) -> tuple[str | None, int]:
    """What the words around tokens ``start:end`` say the place is, and a new token end.

    "the state of X" / "X state" -> ADMIN1; "the city of X" -> CITY; "X airport" -> AIRPORT
    (the mention then runs to the end of "airport").
    """
    before = [doc[i].lower_ for i in range(max(0, start - 2), start)]
    if len(before) == 2 and before[1] == "of" and before[0] in _ADMIN1_WORDS:
        return ADMIN1, end
    if len(before) == 2 and before[1] == "of" and before[0] in _CITY_WORDS:
        return CITY, end
    for phrase in _AIRPORT_WORDS:
        n = len(phrase.split())
        if _words_after(doc, end, n) == phrase:
            return AIRPORT, end + n
    if end < len(doc) and doc[end].lower_ in _ADMIN1_WORDS and doc[end].lower_ != "capital":
        return ADMIN1, end
    return None, end


@functools.cache
def _facility_words() -> tuple[tuple[str, int], ...]:
    words = sorted(load_lines("facility_words.txt"), key=len, reverse=True)
    return tuple((w.casefold(), len(w.split())) for w in words)


def _facility_after(doc: Doc, end: int) -> int | None:
    """Token end of a facility head noun right after token ``end`` ("... border crossing")."""
    for phrase, n in _facility_words():
        if _words_after(doc, end, n) == phrase:
            return end + n
    return None


def _strip_airport(query: str) -> str | None:
    low = query.casefold()
    for phrase in _AIRPORT_WORDS:
        if low.endswith(" " + phrase):
            return query[: -len(phrase) - 1].strip()
    return None


def _strong(gaz: Gazetteer, query: str) -> bool:
    """True when ``query`` names a country, division, region or big city (for names spaCy missed)."""
    key = name_key(query)
    for e in gaz.lookup(query):
        if e.feature in (COUNTRY, ADMIN1, REGION):
            return True
        if e.feature == CITY and e.population >= SCAN_MIN_POPULATION and name_key(e.name) == key:
            return True
    return False


def _acceptable(gaz: Gazetteer, query: str) -> bool:
    """A capitalised name that is not a demonym nor a stop word ("West", "Central")."""
    if not any(c.isupper() for c in query) or gaz.is_demonym(query):
        return False
    return query.strip().title() not in _stopwords()


@functools.cache
def _stopwords() -> frozenset[str]:
    return frozenset(w.title() for w in load_lines("place_stopwords.txt"))


def _person_words(doc: Doc, entities: Sequence[Entity]) -> tuple[frozenset[str], list[tuple[int, int]]]:
    """Surnames of the people in the article ("Ripley" of "John Ripley") and their mention spans."""
    words = {ent[-1].text for ent in doc.ents if ent.label_ == "PERSON" and len(ent) > 1}
    spans = []
    for e in entities:
        if e.type == "PERSON":
            words.update(m.text.split()[-1] for m in e.mentions if len(m.text.split()) > 1)
            spans.extend((m.start, m.end) for m in e.mentions)
    return frozenset(words), spans


def _is_person(t: Toponym, gaz: Gazetteer, words: frozenset[str], spans: list[tuple[int, int]]) -> bool:
    """A toponym that is really a person's name: their surname alone or an entity's mention."""
    if any(s <= t.start and t.end <= e for s, e in spans):
        return True
    if t.query not in words:
        return False
    return not any(e.feature in (COUNTRY, ADMIN1, REGION) for e in gaz.lookup(t.query))


def find_mentions(doc: Doc, gaz: Gazetteer, entities: Sequence[Entity] = ()) -> list[Toponym]:
    """The toponyms of a parsed document, in text order (see the module docstring)."""
    full = doc.text  # computed by spaCy on each access: read it once
    found: list[tuple[int, int, str, str]] = []  # token start, end, source, label
    blocked = [False] * len(doc)
    for ent in doc.ents:
        if ent.label_ in PLACE_LABELS or ent.label_ == "ORG":
            start, end = _trim(doc, ent.start, ent.end)
            if start >= end:
                continue
            text = full[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])]
            if text in gaz.abbreviations and len(text) >= 3:
                found.append((start, end, "abbr", ent.label_))  # "NSW", "Tenn." on their own
            elif ent.label_ == "ORG":
                head = _facility_after(doc, end)
                if head:
                    found.append((start, head, FACILITY, ent.label_))
                elif not _strong(gaz, text) or gaz.is_demonym(text):
                    continue
                else:
                    found.append((start, end, "org", ent.label_))
            else:
                found.append((start, end, "ner", ent.label_))
            for i in range(ent.start, ent.end):
                blocked[i] = True
        elif ent.label_ in _BLOCKING_LABELS:
            for i in range(ent.start, ent.end):
                blocked[i] = True
    # proper-noun runs outside any entity that name a well-known place
    i = 0
    while i < len(doc):
        tok = doc[i]
        if blocked[i] or tok.pos_ != "PROPN" or not tok.is_title:
            i += 1
            continue
        hit = None
        for n in range(MAX_SCAN_TOKENS, 0, -1):
            j = i + n
            if j > len(doc) or any(blocked[k] or doc[k].pos_ != "PROPN" for k in range(i, j)):
                continue
            name = full[doc[i].idx : doc[j - 1].idx + len(doc[j - 1])]
            if _strong(gaz, name) and _acceptable(gaz, name):
                hit = j
                break
        if hit is None:
            i += 1
            continue
        found.append((i, hit, "scan", ""))
        i = hit
    found.sort()

    toponyms: list[Toponym] = []
    for start, end, source, label in found:
        if source == "abbr":
            s, e = _char_span(doc, start, end)
            toponyms.append(Toponym(s, e, full[s:e], source, ADMIN1, label=label))
            continue
        if source == FACILITY:
            s, e = _char_span(doc, start, end)
            toponyms.append(Toponym(s, e, full[s:e], source, FACILITY, label=label))
            continue
        if end < len(doc) and doc[end].text in _ADMIN2_WORDS and source == "ner":
            end += 1  # "Madison County" when the entity stopped at "Madison"
        want, end2 = _cue(doc, start, end)
        s, e = _char_span(doc, start, end)
        query = full[s:e]
        bare = _strip_airport(query)
        if bare:
            want, query = AIRPORT, bare
        elif want == AIRPORT:
            e = _char_span(doc, start, end2)[1]
        if not _acceptable(gaz, query):
            continue
        toponyms.append(Toponym(s, e, query, source, want, label=label))
    words, spans = _person_words(doc, entities)
    toponyms = [t for t in toponyms if not _is_person(t, gaz, words, spans)]
    return _link_containers(full, toponyms, gaz)


def _link_containers(text: str, toponyms: list[Toponym], gaz: Gazetteer) -> list[Toponym]:
    """Mark "X, Y" pairs: Y (a division or country) contains X; "X, Tenn." adds the abbreviation."""
    out: list[Toponym] = []
    for k, t in enumerate(toponyms):
        if out and out[-1].end > t.start:
            continue  # already covered by an abbreviation found after the previous toponym
        out.append(t)
        m = _ABBREVIATION_AFTER.match(text, t.end)
        if m is None or t.want == AIRPORT:
            continue
        abbr = _ABBREVIATION.match(text, m.end())
        if abbr is None or gaz.abbreviation(abbr.group()) is None:
            continue
        nxt = toponyms[k + 1] if k + 1 < len(toponyms) else None
        if nxt is None or nxt.start != abbr.start() or nxt.end <= abbr.end():
            out.append(Toponym(abbr.start(), abbr.end(), abbr.group(), "abbr", ADMIN1))
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        gap = text[a.end : b.start]
        if gap.strip() == "," and len(gap) <= 3 and a.want != AIRPORT:
            out[k] = replace(a, within=k + 1)
    return out


# --- resolving --------------------------------------------------------------------------------


def _prior(e: GazEntry, gaz: Gazetteer) -> float:
    if e.feature == CITY:
        return 2.0 * math.log10(e.population + 1) + (CAPITAL_BONUS if e.index in gaz.capitals else 0.0)
    return _PRIOR[e.feature] + (e.population if e.feature == AIRPORT else 0)


class _Context:
    """The article's countries and divisions as first resolved, to score candidates against.

    A toponym's own name does not count as its context: three mentions of "Paris" beside
    "Illinois" must not vote for France among themselves.
    """

    def __init__(self, keys: Sequence[str], first: Sequence[GazEntry | None]) -> None:
        self._countries: dict[str, Counter[str]] = {}
        self._admin1: dict[str, Counter[tuple[str, str]]] = {}
        for key, e in zip(keys, first, strict=True):
            if e is not None and e.country:
                self._countries.setdefault(key, Counter())[e.country] += 1
                if e.admin1:
                    self._admin1.setdefault(key, Counter())[(e.country, e.admin1)] += 1
        self._cache: dict[str, tuple[Counter[str], Counter[tuple[str, str]]]] = {}

    def _others(self, key: str) -> tuple[Counter[str], Counter[tuple[str, str]]]:
        if key not in self._cache:
            countries: Counter[str] = Counter()
            admin1: Counter[tuple[str, str]] = Counter()
            for k, c in self._countries.items():
                if k != key:
                    countries.update(c)
            for k, a in self._admin1.items():
                if k != key:
                    admin1.update(a)
            self._cache[key] = (countries, admin1)
        return self._cache[key]

    def bonus(self, e: GazEntry, key: str) -> float:
        """Context score of ``e`` as a reading of the toponym ``key``."""
        countries, admin1 = self._others(key)
        score = 0.0
        if e.country and countries:
            score += COUNTRY_BONUS * countries[e.country] / max(countries.values())
        if e.country and e.admin1 and admin1[(e.country, e.admin1)] > 0:
            score += ADMIN1_BONUS
        return score


def _candidates(gaz: Gazetteer, t: Toponym) -> list[GazEntry]:
    if t.want == FACILITY:
        return []
    abbr = gaz.abbreviation(t.query) if t.source == "abbr" or "." in t.query else None
    if abbr is not None:
        return [abbr]
    cands = [e for e in gaz.lookup(t.query) if e.feature != AIRPORT or t.want is None]
    if t.want == AIRPORT:
        cities = [e for e in cands if e.feature == CITY]
        return cities or cands
    if t.want in (ADMIN1, CITY):
        wanted = [e for e in cands if e.feature == t.want]
        return wanted or cands
    key = name_key(t.query)
    if any(e.feature in (ADMIN1, REGION) and name_key(e.name) == key for e in cands):
        # "England", "Scotland": the division itself, not the country one of its aliases names
        cands = [e for e in cands if e.feature != COUNTRY or name_key(e.name) == key]
    return cands


def _contains(container: GazEntry, e: GazEntry) -> bool:
    if container.feature == COUNTRY:
        return e.country == container.country and e.feature != COUNTRY
    if container.feature == ADMIN1:
        return e.country == container.country and e.admin1 == container.admin1 and e.feature != ADMIN1
    return False


def _best(
    gaz: Gazetteer,
    cands: list[GazEntry],
    ctx: _Context | None = None,
    key: str = "",
) -> GazEntry | None:
    if not cands:
        return None

    def score(e: GazEntry) -> tuple[float, int]:
        s = _prior(e, gaz) + (ctx.bonus(e, key) if ctx else 0.0)
        if key and e.feature == CITY and name_key(e.name) != key:
            s -= ALTERNATE_NAME_PENALTY  # "Sydney" is Sydney before it is Sidney, Ohio
        return s, e.population

    return max(cands, key=score)


def resolve(text: str, toponyms: Sequence[Toponym], gaz: Gazetteer) -> list[Place]:
    """Resolve each toponym to one gazetteer entry using the article's other places."""
    cands = [_candidates(gaz, t) for t in toponyms]
    keys = [name_key(t.query) for t in toponyms]
    first = [_best(gaz, c, key=k) for c, k in zip(cands, keys, strict=True)]
    for k, t in enumerate(toponyms):  # containers ("Vancouver, Washington") restrict candidates
        container = first[t.within] if t.within is not None else None
        if container is not None:
            inside = [e for e in cands[k] if _contains(container, e)]
            if inside:
                cands[k] = inside
                first[k] = _best(gaz, inside, key=keys[k])
    ctx = _Context(keys, first)
    places: list[Place] = []
    for t, c, key in zip(toponyms, cands, keys, strict=True):
        best = _best(gaz, c, ctx, key)
        if t.want == FACILITY:
            places.append(Place(t.start, t.end, text[t.start : t.end], feature=FACILITY))
            continue
        if best is None:
            if t.source == "ner" and t.label in ("LOC", "FAC"):
                places.append(Place(t.start, t.end, text[t.start : t.end]))
            continue
        if t.want == AIRPORT and best.feature != AIRPORT:
            places.append(_airport_place(gaz, t, best, text))
            continue
        places.append(_place(t, best, text))
    return places


def _place(
    t: Toponym, e: GazEntry, text: str, *, name: str | None = None, feature: str | None = None
) -> Place:
    return Place(
        t.start,
        t.end,
        text[t.start : t.end],
        name=name or e.name,
        geonames_id=e.geonames_id,
        country=e.country,
        admin1=e.admin1 if e.feature != COUNTRY else None,
        lat=round(float(e.lat), 4),
        lon=round(float(e.lon), 4),
        feature=feature or e.feature,
    )


def _airport_place(gaz: Gazetteer, t: Toponym, city: GazEntry, text: str) -> Place:
    """The airport serving ``city``; the city's own point when no airport is known."""
    airport = gaz.airport_of(city) if city.feature == CITY else None
    if airport is None:
        return replace(_place(t, city, text, name=f"{city.name} airport", feature=AIRPORT), geonames_id=None)
    return replace(_place(t, airport, text), admin1=city.admin1)
