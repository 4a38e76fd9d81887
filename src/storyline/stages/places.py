"""Places: toponyms resolved against the embedded gazetteer, disambiguated by context.

Finding toponyms (:func:`find_mentions`):

- spaCy's GPE, LOC and FAC entities, with a leading "the" and a trailing possessive trimmed
  ("Madison" followed by "County" becomes "Madison County");
- names the model misses or mistypes: an ORG entity, or a run of proper nouns outside any
  entity, that is exactly the name of a country, first-level division, curated region or
  city of 100,000 people or more ("Baghdad" tagged ORG);
- division abbreviations after a place ("Paris, Tenn.", "Vancouver, B.C.", "Sydney, NSW");
- one sense per article: a standalone repeat of a name already taken as a place is that
  place again, even where the model tags it PERSON or ORG ("Gainesville");
- "X airport" / "X International Airport": the airport serving city X;
- a name between "the" and a division's kind word ("the Kiptuli district"), and a capitalised
  name before a facility word ("Soundiata Barracks"), kept even when no source has them: an
  unknown place takes the country of the story's dateline ("HUANCAYO, Peru —"), an unknown
  facility the point of the town it is said to be in ("… Barracks in Bamako");
- a name followed by a facility noun ("Rafah border crossing"), located when the
  curated facilities list has it and kept even when not (``lat``/``lon`` None) so that
  events can point at it;
- a county that begins an organisation's name ("Walker County" of "Walker County Sheriff's
  Office"), and a name after "<place noun> of" ("the town of Taybat Al-Imam",
  ``data/place_nouns.txt``) whatever the model tagged it;
- nationality words ("Iraqi forces", "the Palestinians") as *adjectival* places: located at
  their country (``data/demonyms.tsv``) with ``feature`` "adjectival", so that a reader and
  the events stage can tell them from real place mentions (an event never happens at one);
  religions and other group words are not ("Jewish");
- coordinated names the model took as one ORG ("Fordow and Natanz"), split where one side is
  a place the gazetteer knows, the other kept unlocated; a PERSON-tagged name after "from",
  "in" or "near" that is a town of the article's main country ("a farmer from Shyamnagar");
  a PERSON- or ORG-tagged name coordinated with a GPE/LOC that is a town or district of a
  country the article names ("clinics in Blantyre and Balaka"); an ORG-tagged name after "in",
  "to", "from", "near" or "at" that is a town of 10,000 people or more of a country the article
  names, by any spelling ("travel to Danang"), or a town of any size of the story's own country
  (those it names most, or nearly as often) by its very name ("homes around Milot"), unless it
  stands elsewhere inside a longer name ("Franklin Elementary"); both ends of a route "X-Y
  road" the gazetteer knows in one country;
- lists of places read from the words, not the parse (:func:`_name_list`): in "in A, B and C"
  after a place preposition, a member that another member shows to be a list of places and
  that is a town or division of a country the article names is a place whatever the model
  tagged it, or left untagged (a small town), even where the entities stage reads a person's
  full name in it; in "the A and B regions" (a plural kind word of a division) and "the
  regions of A, B and C" each member is a division (a model name over two members cut
  apart), looked up as one (never the country or nation of its name, "the Mexico and Hidalgo
  states"), and kept without a point when no source has it;
- a name the entities stage made a place (GPE) by its own rules though the model tagged it
  PERSON ("the councillor for Trapani, Luca Bianchi"), when the gazetteer knows it; a dateline's
  place inside a DATE entity ("Pune, Nov 19 (IANS)"); a well-known place the model tagged DATE
  or TIME after a place's preposition ("died at the Hospital Británico in Montevideo");
- both places of a two-city dateline ("LUXEMBOURG/BRUSSELS (Reuters) -"), each read as a
  dateline's city; a name after "the <nationality> <kind> of" ("the Greek island of X", "the
  Mexican state of X", ``data/place_kind_nouns.txt``) whatever the model tagged it, a place in
  that nationality's country;
- never person names (PERSON entities, a person's surname used alone, the mentions of a
  person the entities stage names in full somewhere), stop words such as "West",
  phrases without a capitalised word ("the northern part of the country"), or a common phrase
  a title-case headline's casing made a name ("Riots Close Border Crossing").

Resolving (:func:`resolve`): each toponym first gets its best candidate from a prior (regions
and countries over divisions over cities, cities by population, a country's capital a little
ahead), which gives the article's countries and divisions; then, twice, every toponym is
scored again with the context of the others' current choices, leaving out its own: candidates
in a country the article mentions (weighted by how often) and in a division it mentions (a
named division counts double) gain, and so do towns and counties within 50 km (half within 100
km) of a reading of another toponym ("Paris" beside "Henry County" is Paris, Tennessee), a town
more so when readings of several lie that near (of two namesakes in one country, the one among
the story's places: "Mount Pleasant" beside "Columbia" and "Spring Hill" is in Tennessee). "The
state of Washington" / "Washington state" asks for a division, "the port of Tanga" for the
town; "Vancouver, British Columbia" and "Merida in Venezuela" restrict to the container (a
country or division after "in"), "North Texas" is located at
Texas, "Henan Province" at Henan. A dateline in another language, by its agency ("(EFE)") or its
month word ("6 mar"), takes its place's reading in a country of that language when it has one
("TOLEDO, 6 mar (EFE).-" is Toledo, Spain), unless the dateline writes its region
(``data/wire_languages.json``). In a story that plainly happens in one country (most local
readings there, a dateline counting double), a town abroad whose country nothing else in the
article names takes its namesake at home when there is one (and it is no big world city), and
with none at home is kept without coordinates when small: "the town of Cheviot" in a story
from Canterbury is not the Ohio town. A spaCy LOC/FAC with no gazetteer entry is kept
unresolved (no coordinates), and so is an unknown GPE in a place slot ("near Batrah", "the
village of Kafr Zorbadan") or a dateline's town with its country written ("KOTHAMANGALAM,
India —"), with the story's country when it plainly happens in one (a FAC
excepted; a facility named after a town of that country, "Portsmouth Naval Station", takes the
town's point, and so does a river or delta named after one, "the Kafue River" in a Zambian story,
or, with none at home, after a division of the one neighbour the story names that has one);
any other unknown GPE (often a mis-tagged group) is dropped. A name after "the
Greek island of" takes a reading in Greece, else Greece with no coordinates (a territory's own
name keeps its reading: "the French island of Réunion").

``admin1`` is the ISO 3166-2 subdivision code without the country prefix ("BC", "WA",
"KAB") where the division could be matched to ISO by name, else GeoNames' admin1 code, prefixed
"GN" where that number is an ISO code of another division of the country ("GN40").

A part of a town that no source has ("the Kelvane neighbourhood", "the Velmo suburbs"), or that
only a city in a country none of the story's other places is in has ("the Palermo neighbourhood"
of a story from Buenos Aires), is kept as a ``neighbourhood`` at the point of the town named last
before it (else the dateline's town), with no GeoNames id: approximate, but a place, so no later
stage reads it as an actor.
So is a facility or landmark no source has ("the Tarvo Stadium", ``data/place_landmark_words.txt``;
"Plaza Tarvo", ``data/street_words.tsv``) where no container is written: at the town the
story is about (more than half its town mentions); "Kessel's Tarvo airport" is the airport of
that name near the town, else the town. A name before a lower-case "river" is a river: a
curated one, else its namesake town of the story's country, else that country. A bare city
name that is its division's largest city's short form ("Santa Rosa" of "Santa Rosa de Copan")
is the city, as the city's very name is. A name a first-level division shares with its seat is
the city when listed with cities ("Almaty, Shymkent and Karaganda", not a "City, State" pair nor
a list closed by "regions") or after "the city of". A wharf the model calls an organisation or a
person, or a venue named in French, Spanish or Italian ("Palais des Sports"), that the entities
stage made a facility stands at the town it is said to be in, and a news outlet the entities
stage found where the model read an unknown place ("republished from X") is no place.
"""

from __future__ import annotations

import difflib
import functools
import logging
import math
import re
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace

from spacy.attrs import IS_TITLE, LOWER, POS
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from storyline.gazetteer import (
    ADMIN1,
    ADMIN2,
    AIRPORT,
    CITY,
    COUNTRY,
    FACILITY,
    FEATURE_NAME_TOWN,
    REGION,
    GazEntry,
    Gazetteer,
    distance_km,
    load_gazetteer,
    name_key,
)
from storyline.knowledge import (
    club_prefixes,
    feature_name_end,
    first_names,
    load_json,
    load_lines,
    load_tsv,
    month_languages,
    motion_verbs,
    place_name_particles,
    uninflected,
)
from storyline.read import ENGLISH_MONTHS, Dateline, datelines
from storyline.record import Entity, Place
from storyline.stages.analyse import Analysis
from storyline.stages.common import (
    BERTH_HEADS,
    VENUE_OPENERS,
    arabic_article_forms,
    common_word,
    street_words,
)

log = logging.getLogger(__name__)

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: ``Place.feature`` of an adjectival toponym: a nationality word standing for its country
#: ("Iraqi forces", "the Palestinians"). Located at the country, never an event's place.
ADJECTIVAL = "adjectival"
#: ``Place.feature`` of a part of a town no source has, located at its town's point.
NEIGHBOURHOOD = "neighbourhood"
# Entity labels whose tokens are never scanned for gazetteer names.
_BLOCKING_LABELS = frozenset(
    {"PERSON", "NORP", "DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL"}
)
_ADMIN1_WORDS = frozenset({"state", "province", "region", "governorate", "oblast", "prefecture", "territory"})
_CITY_WORDS = frozenset({"city", "town", "village", "capital", "port"})
# words that make a name the division a city shares it with: "upstate New York", "the governor
# of New York", "the New York governor" (a governor heads a first-level division, not a city)
_ADMIN1_BEFORE = frozenset({"upstate", "downstate"})
_LIST_GLUE = frozenset({", ", " and ", ", and ", " or ", ", or "})  # between names of one list
_ADMIN1_HEADS = frozenset({"governor", "governors", "governorship", "legislature"})
# Lower-case words inside place names ("Mar del Plata", "Rio de Janeiro", "Dar es Salaam").
_NAME_PARTICLES = frozenset({"de", "del", "da", "do", "dos", "das", "di", "la", "le", "es", "el"})
_AIRPORT_WORDS = ("international airport", "airport", "airfield")
SCAN_MIN_POPULATION = 100_000
# ... and a national or territorial capital of at least this many ("Apia"; not "Stanley", 2,000)
SCAN_MIN_CAPITAL = 5_000
# A PERSON-tagged name right after one of these is a place when it names a country, division
# or a town of at least this many people ("clashes in Homs", "near Palmyra").
_PLACE_PREPOSITIONS = frozenset({"in", "near", "outside", "around", "into", "across"})
# An unknown GPE right after one of these (or "the town of") is kept, unlocated.
_CUE_PREPOSITIONS = _PLACE_PREPOSITIONS | {"at", "inside"}
# A PERSON-tagged name after one of these is a place when it is a town, of any size, of the
# article's main country ("a farmer from Shyamnagar" in a story about Bangladesh).
_FROM_PREPOSITIONS = frozenset({"from", "in", "near"})
PERSON_TAG_MIN_POPULATION = 10_000
MAX_SCAN_TOKENS = 4

# Prior scores by feature; cities score 2*log10(population). Context adds up to
# COUNTRY_BONUS (share of the article's country mentions) and ADMIN1_BONUS.
_PRIOR = {COUNTRY: 22.0, REGION: 23.0, ADMIN1: 12.5, ADMIN2: 10.0, AIRPORT: 8.0, FACILITY: 8.0}
CAPITAL_BONUS = 3.0
COUNTRY_BONUS = 10.0
ADMIN1_BONUS = 5.0
ALTERNATE_NAME_PENALTY = 3.0
# Local places near another local place of the article gain (spatial minimality).
NEAR_KM = 50.0
NEAR_BONUS = 2.0
SUPPORT_BONUS = 2.0  # for each further toponym with a reading that near, up to SUPPORT_CAP of them
SUPPORT_CAP = 2
CONTEXT_PASSES = 2
MAX_NEAR_READINGS = 40  # most populous local readings of a name used as nearness context
# A name whose best reading abroad scores within WEAK_MARGIN of its chosen reading on the prior
# alone ("Riverdale": towns of that size in several countries) gives its country a half vote:
# a small namesake beside it must not pull a great city ("London") abroad.
WEAK_MARGIN = 3.0
WEAK_VOTE = 0.5
# A story plainly happens in one country when its local readings give that country at least
# HOME_MIN_VOTES votes and HOME_SHARE of all (see _home_country). A town abroad that nothing
# else places there gives way to a namesake at home when under HOME_OVER_FOREIGN_MAX_POPULATION,
# and with no namesake at home is left unlocated when under FOREIGN_TOWN_MAX_POPULATION.
HOME_MIN_VOTES = 3
HOME_SHARE = 0.6
HOME_OVER_FOREIGN_MAX_POPULATION = 500_000
FOREIGN_TOWN_MAX_POPULATION = 100_000
# nouns for a name's short form in a language ("its French acronym"): the word before is a language
_INITIALS_NOUNS = frozenset({"initials", "acronym", "abbreviation"})
# A namesake abroad this far from a story's dateline (with no plain home country) is not its place.
DATELINE_FAR_KM = 3000.0
# A repeat tagged PERSON is still taken as the place unless the article tags the name
# PERSON this many times more than GPE/LOC.
VOTE_MARGIN = 100
_COMPASS = frozenset(
    {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central"}
    | {"Northeast", "Northwest", "Southeast", "Southwest", "Northeastern", "Northwestern"}
    | {"Southeastern", "Southwestern", "Upstate", "Downstate"}
)
_ADMIN2_WORDS = frozenset({"County", "Parish", "Borough"})
# A trailing kind word the gazetteer's names lack, and the features it allows.
_KIND_WORDS = {
    **dict.fromkeys(
        ("province", "state", "governorate", "region", "prefecture", "oblast", "department"), (ADMIN1,)
    ),
    **dict.fromkeys(("district", "county", "municipality"), (ADMIN1, ADMIN2, CITY)),
    # the small units of a district, most of them named after their seat ("Kasangati sub-county",
    # "Kibuku village"): the town or division of that name
    **dict.fromkeys(("subcounty", "subdistrict", "parish", "ward", "commune"), (ADMIN2, CITY)),
    "village": (CITY,),
    "city": (CITY,),
    # an island after its name ("Kefalonia island"): the town or division of that name, which the
    # gazetteer has where it has no island ("valley" and "river" are left out: "Fraser Valley" is
    # no town of Fraser)
    **dict.fromkeys(("island", "isle", "peninsula"), (ADMIN1, ADMIN2, CITY)),
}
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
    cued: bool = False  # the words before say it is a place ("near Batrah", "the village of X")
    country: str | None = None  # the country a nationality word before says ("the Greek island of X")
    division: bool = False  # one of a list of divisions ("the Ardal and Vesta regions")


class PlaceStage:
    """Finds toponyms and resolves each to a gazetteer entry."""

    def __init__(self, nlp: Language, *, gazetteer: Gazetteer | None = None) -> None:
        self.nlp = nlp
        self.gazetteer = gazetteer if gazetteer is not None else load_gazetteer()

    def __call__(self, an: Analysis, entities: Sequence[Entity]) -> list[Place]:
        """One Place per toponym mention, in text order."""
        toponyms = find_mentions(an.doc, self.gazetteer, entities, text=an.text)
        toponyms = _outside_publisher(toponyms, entities, an.article.publisher)
        return resolve(an.text, toponyms, self.gazetteer)


def _outside_publisher(
    toponyms: list[Toponym], entities: Sequence[Entity], publisher: str | None
) -> list[Toponym]:
    """The toponyms that are no word of the publisher's name ("Medina" of the site "Medina
    Times", in its masthead or its copyright line): a site's name says nothing of where the
    story happens. A publisher named just by a place keeps it."""
    if not publisher:
        return toponyms
    key = re.sub(r"^the\s+", "", publisher.casefold()).strip()
    spans = [
        (m.start, m.end)
        for e in entities
        if e.type == "ORG" and re.sub(r"^the\s+", "", e.name.casefold()).strip() == key
        for m in e.mentions
    ]
    kept = [
        k
        for k, t in enumerate(toponyms)
        if not any(s <= t.start and t.end <= e and (t.start, t.end) != (s, e) for s, e in spans)
    ]
    if len(kept) == len(toponyms):
        return toponyms
    new = {k: n for n, k in enumerate(kept)}  # a container's index among the toponyms kept
    return [replace(toponyms[k], within=new.get(toponyms[k].within)) for k in kept]


# --- finding ----------------------------------------------------------------------------------


def _hyphen_chain(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Tokens ``start:end`` widened over the hyphenated name they are part of, when that name
    holds a lower-case particle ("Boulogne" of "Boulogne-sur-Mer", "Mer" of it): the tokenizer cuts
    such a name at its hyphens and the model tags a piece. Parts are glued to their hyphens,
    the last is capitalised; a chain with no particle ("Paris-Brussels", "Iranian-backed") is
    left as it is."""

    def glued(k: int) -> bool:  # token k is a hyphen glued to both neighbours
        return (
            0 < k < len(doc) - 1
            and doc[k].text in ("-", "‐")
            and not doc[k - 1].whitespace_
            and not doc[k].whitespace_
            and doc[k + 1].is_alpha
        )

    def part(t: Token) -> bool:
        return t.is_title or t.lower_ in place_name_particles()

    s, e = start, end
    while glued(e) and part(doc[e + 1]):
        e += 2
    while s >= 2 and glued(s - 1) and part(doc[s - 2]):
        s -= 2
    if (s, e) == (start, end) or not doc[e - 1].is_title or not doc[s].is_title:
        return start, end
    if not any(doc[k].lower_ in place_name_particles() and doc[k].is_lower for k in range(s, e)):
        return start, end
    return s, e


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """Token range without a leading article and trailing possessive or punctuation."""
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


# lower-case directions before a place's name ("west London", "south-east Leeds"); "south-west"
# may come as three tokens
_LOWER_COMPASS = frozenset(
    {"north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "-"}
    | {"north-east", "north-west", "south-east", "south-west", "northeast", "northwest"}
    | {"southeast", "southwest"}
)


def _after_compass_words(doc: Doc, start: int, end: int) -> int:
    """The first token of an entity's name past lower-case compass words ("west London",
    "south-east Leeds"): the direction says which part of the place, the name is the place."""
    k = start
    while k < end - 1 and doc[k].text in _LOWER_COMPASS:
        k += 1
    return k if k > start and doc[k].text[:1].isupper() else start


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
    if len(before) == 2 and before[1] == "of" and before[0] in _ADMIN1_WORDS | _ADMIN1_HEADS:
        return ADMIN1, end
    if before and before[-1] in _ADMIN1_BEFORE:
        return ADMIN1, end
    after = end + 1 if end < len(doc) and doc[end].tag_ == "POS" else end  # "New York's governor"
    if after < len(doc) and doc[after].lower_ in _ADMIN1_HEADS:
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
def _facility_words() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Facility head nouns by their first word, longest phrase first (one dict look-up a token)."""
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for w in sorted(load_lines("facility_words.txt"), key=len, reverse=True):
        words = tuple(w.casefold().split())
        by_first.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in by_first.items()}


def _facility_after(doc: Doc, end: int) -> int | None:
    """Token end of a facility head noun right after token ``end`` ("... border crossing")."""
    if end >= len(doc):
        return None
    phrases = _facility_words().get(doc[end].lower_)
    for words in phrases or ():
        n = len(words)
        if end + n <= len(doc) and all(doc[end + k].lower_ == w for k, w in enumerate(words[1:], 1)):
            return end + n
    return None


def _facility_named(name: str) -> bool:
    """Whether a name ends in a facility phrase after at least one word of its own ("Tarvo
    District Jail", "Kessel Border Crossing"), as written in capitals in the name."""
    words = tuple(name.casefold().split())
    return any(
        len(words) > len(phrase) and words[-len(phrase) :] == phrase
        for group in _facility_words().values()
        for phrase in group
    )


def _curated_facility(doc: Doc, gaz: Gazetteer, start: int, end: int) -> tuple[int, int] | None:
    """Token span of "<name> <facility noun>" when the curated facilities list has it."""
    start, end = _trim(doc, start, end)
    head = _facility_after(doc, end) if start < end else None
    if head is None:
        return None
    name = doc[start:head].text
    return (start, head) if any(e.feature == FACILITY for e in gaz.lookup(name)) else None


def _joined_facility(
    doc: Doc, start: int, end: int, facilities: set[tuple[int, int]]
) -> tuple[int, int] | None:
    """Token span of "<name> <facility noun>" when the entities stage made the two one facility
    ("Marrow prison", whatever the model tagged "Marrow"), else None."""
    start, end = _trim(doc, start, end)
    head = _facility_after(doc, end) if start < end else None
    if head is None:
        return None
    last = doc[head - 1]
    return (start, head) if (doc[start].idx, last.idx + len(last)) in facilities else None


def _region_extension(doc: Doc, gaz: Gazetteer, full: str, start: int, end: int) -> int:
    """End of a region name the model cut short ("the Bay of" + "Bengal", "Lake" + "Geneva"):
    the entity with up to three following words, when that names a region of regions.json, or
    any place of that very name when the words go on with a particle ("Mar" + "del Plata")."""
    particle = end < len(doc) and doc[end].lower_ in _NAME_PARTICLES
    for n in range(3, 0, -1):
        j = end + n
        if j > len(doc) or any(t.is_punct or t.is_space for t in doc[end:j]):
            continue
        name = full[doc[start].idx : doc[j - 1].idx + len(doc[j - 1])]
        entries = gaz.lookup(name)
        if any(e.feature == REGION for e in entries):
            return j
        if particle and doc[j - 1].is_title and any(name_key(e.name) == name_key(name) for e in entries):
            return j
    return end


def _place_after_preposition(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """A name the model tagged PERSON that is a known town right after "in"/"near" ("in Homs")."""
    if start == 0 or doc[start - 1].lower_ not in _PLACE_PREPOSITIONS:
        return False
    name = doc[start:end].text
    key = name_key(name)
    return any(
        e.feature in (COUNTRY, ADMIN1, REGION)
        or (e.feature == CITY and e.population >= PERSON_TAG_MIN_POPULATION and name_key(e.name) == key)
        for e in gaz.lookup(name)
    )


# a city must have this many people to be read as the place a PERSON-tagged name after a verb of
# going names ("flew to Bamako"): a smaller town's name is too often also a surname ("Jackson")
MOTION_MIN_POPULATION = 500_000
_MOTION_PREPOSITIONS = frozenset({"to", "from", "for", "into"})
_HONORIFIC = r"\b(?:Mr|Mrs|Ms|Miss|Dr|Mme|Sir)\.?\s+"


def _big_place_after_motion(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """A name the model tagged PERSON where a verb of going puts a place ("flew to Bamako",
    "troops were deployed to Papua", "left Harare for Lusaka", "fly home to Dili";
    ``place_motion_verbs.txt``) that the
    gazetteer knows by that very name as a country, a first-level division, a national capital or
    a city of ``MOTION_MIN_POPULATION`` people or more, with nothing that makes it a person's: not
    a first name, not described as a person (", who"), never written after "Mr"/"Ms" and the like
    in the article ("flew to Jackson" stays a person's name: a town of 150,000)."""
    if start == 0 or not all(t.is_title for t in doc[start:end]):
        return False
    prev = doc[start - 1]
    motion = prev.lower_ in _MOTION_PREPOSITIONS and _motion_verb(prev)
    left = prev.lemma_.lower() == "leave" and prev.pos_ == "VERB"  # "left Harare for Lusaka"
    if not (motion or left):
        return False
    name = doc[start:end].text
    if name in first_names() or _described_as_person(doc, end):
        return False
    if re.search(_HONORIFIC + re.escape(name) + r"\b", doc.text):
        return False
    key = name_key(name)
    return any(
        name_key(e.name) == key
        and (
            e.feature in (COUNTRY, ADMIN1)
            or e.index in gaz.capitals
            or (e.feature == CITY and e.population >= MOTION_MIN_POPULATION)
        )
        for e in gaz.lookup(name)
    )


def _motion_verb(prep: Token) -> bool:
    """Whether a preposition hangs off a verb of going (``place_motion_verbs.txt``), directly or
    through "home"/"back" ("to fly home to Tawau", "flew back to Dili")."""
    verb = prep.head
    if verb.lower_ in {"home", "back"} and verb.head is not verb:
        verb = verb.head
    return verb.lemma_.lower() in motion_verbs()


def _named_airport(doc: Doc, start: int, end: int) -> bool:
    """A name the model tagged PERSON right before "airport" or "airfield" ("Ambon's Pattimura
    airport"): an airport named after a person is a place, placed by its own entry or, with none,
    at the town that owns it (``_possessor``)."""
    if not all(t.is_title for t in doc[start:end]):
        return False
    return any(_words_after(doc, end, len(p.split())) == p for p in _AIRPORT_WORDS)


_COMPASS_POINTS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"north-east", "north-west", "south-east", "south-west"}
)


def _town_after_compass(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """A name the model tagged PERSON, ORG or NORP after "<compass point> of" that the gazetteer
    knows, by any spelling, as a division or a town of 10,000 people or more ("40 km east of
    Tarvo Bay"): a bearing is taken from a place, never from a person or a company."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in _COMPASS_POINTS:
        return False
    if not all(t.is_title for t in doc[start:end]):
        return False
    return any(
        e.feature in (COUNTRY, ADMIN1, REGION)
        or (e.feature == CITY and e.population >= PERSON_TAG_MIN_POPULATION)
        for e in gaz.lookup(doc[start:end].text)
    )


def _town_after_preposition(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """A name the model tagged NORP right after "in"/"near" that the gazetteer knows, by any
    spelling, as a town of 10,000 people or more ("in Ras Tanura"): no nation is "in" a place."""
    if start == 0 or doc[start - 1].lower_ not in _PLACE_PREPOSITIONS:
        return False
    if not all(t.is_title for t in doc[start:end]):
        return False
    return any(
        e.feature == CITY and e.population >= PERSON_TAG_MIN_POPULATION
        for e in gaz.lookup(doc[start:end].text)
    )


def _city_name(gaz: Gazetteer, name: str) -> bool:
    """Whether ``name`` ends in "City" and the gazetteer has a city of that very name ("Quezon
    City", "Salt Lake City"): no person's name ends so."""
    words = name.split()
    return (
        len(words) > 1
        and words[-1] == "City"
        and any(e.feature == CITY and name_key(e.name) == name_key(name) for e in gaz.lookup(name))
    )


def _city_by_name(doc: Doc, gaz: Gazetteer, start: int, end: int) -> tuple[int, int] | None:
    """The tokens of a name tagged PERSON, without a possessive, that is a city by its name
    ending in "City" (:func:`_city_name`), else None."""
    start, end = _trim(doc, start, end)
    return (start, end) if start < end and _city_name(gaz, doc[start:end].text) else None


def _town_before_its_division(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """A name the model tagged PERSON or ORG, followed by a comma and a division or country that
    the gazetteer has a town of that name in ("Port Lavaca, Texas", "Lake City, Fla."): the
    wire style of a town and its state. A first name alone is no town ("Jordan, Minnesota")."""
    if end + 1 >= len(doc) or doc[end].text != "," or not all(t.text[:1].isupper() for t in doc[start:end]):
        return False
    name = doc[start:end].text
    if end - start == 1 and name in first_names():
        return False
    towns = [e for e in gaz.lookup(name) if e.feature == CITY and name_key(e.name) == name_key(name)]
    if not towns:
        return False
    for n in range(3, 0, -1):
        j = end + 1 + n
        if j > len(doc) or not all(t.text[:1].isupper() for t in doc[end + 1 : j]):
            continue
        after = doc[end + 1 : j].text
        containers = [e for e in gaz.lookup(after) if e.feature in (COUNTRY, ADMIN1)]
        abbr = gaz.abbreviation(after) if "." in after or after.isupper() else None
        if abbr is not None:
            containers.append(abbr)
        if any(
            e.country == c.country and (c.feature == COUNTRY or e.admin1 == c.admin1)
            for c in containers
            for e in towns
        ):
            return True
    return False


def _kind_word_after(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """A name followed by a lower-case word of its kind that the gazetteer knows as that kind
    ("Ituango municipality", "Thatta district", "Nariño department"), whatever the model tagged it
    (nothing, an organisation or a person) and however small or common a word the name is."""
    if end >= len(doc) or start >= end or not doc[end].is_lower:
        return False
    kinds = _KIND_WORDS.get(_kind_word_at(doc, end))
    if kinds is None or not all(t.text[:1].isupper() for t in doc[start:end]):
        return False
    name = doc[start:end].text
    return _acceptable(gaz, name) and any(e.feature in kinds for e in gaz.lookup(name))


def _kind_word_at(doc: Doc, k: int) -> str:
    """The lower-case kind word at token ``k``, one written with a hyphen read whole ("sub-county",
    three tokens, is "subcounty"; so is "sub county")."""
    low = doc[k].lower_
    if low == "sub" and k + 1 < len(doc):
        j = k + 2 if doc[k + 1].text == "-" and k + 2 < len(doc) else k + 1
        return "sub" + doc[j].lower_
    return low


# A name the model tagged ORG right after one of these is a place when the gazetteer knows it,
# by any of its spellings, as a town of a country the article names ("travel to Danang").
_SLOT_PREPOSITIONS = _PLACE_PREPOSITIONS | {"to", "from", "at", "via"}


def _town_in_place_slot(
    doc: Doc, gaz: Gazetteer, start: int, end: int, countries: Counter[str], *, person: bool = False
) -> bool:
    """A name the model tagged ORG, right after "in"/"to"/"from"/"near"/"at", that is a town of
    10,000 people or more of a country the article names, by its own name or another spelling
    ("travel to Danang", GeoNames' "Da Nang"; "in Quinhon", GeoNames' "Qui Nhon"), or a town of
    any size of the story's main country by its own name ("homes around Kessel"): a common
    word or a company's name in a story about another country stays an organisation ("from
    Apple"), and so does a first name or a name the article tags PERSON elsewhere. A name tagged
    PERSON (``person``) only after "in", "near" and the like, not "to", "from" or "at" ("spoke
    to Jackson"), unless it is a national capital by its own name after "from" or "in" ("a message
    from Kampala"), which needs no country named; never a name described as a person's ("to
    Santiago, who scored")."""
    if start == 0 or doc[start - 1].lower_ not in _SLOT_PREPOSITIONS:
        return False
    # a hyphenated name keeps its lower-case particles and hyphens ("Châlons-en-Champagne")
    if not all(
        t.is_title or t.text in ("-", "‐") or t.lower_ in place_name_particles() for t in doc[start:end]
    ):
        return False
    if not (doc[start].is_title and doc[end - 1].is_title):
        return False
    name = doc[start:end].text
    if name in first_names() or _person_elsewhere(doc, name, start) or not _acceptable(gaz, name):
        return False
    if _inside_longer_name(doc, start, end):
        return False  # "at Franklin" beside "Franklin Elementary", "Bell" of "Tyrise M. Bell"
    key = name_key(name)
    entries = gaz.lookup(name)
    prev = doc[start - 1].lower_
    slot = not person or prev in _PLACE_PREPOSITIONS or prev == "from"
    if (
        slot
        and not _described_as_person(doc, end)
        and any(e.index in gaz.capitals and name_key(e.name) == key for e in entries)
    ):
        return True  # a national capital by its own name: "a message from Kampala"
    if not countries or (person and prev not in _PLACE_PREPOSITIONS):
        return False
    # a town of the story's own country by its very name, however small ("near Kessel"), unless
    # a common word ("in Congress") or the first word of a longer name ("at Kessel Country Club")
    longer = end < len(doc) and (doc[end].is_title or doc[end].like_num or doc[end].text in ("'s", "’s"))
    main = _main_countries(countries) if not (common_word(name.lower()) or longer) else set()
    return any(
        e.feature == CITY
        and e.country in countries
        and (e.population >= PERSON_TAG_MIN_POPULATION or (e.country in main and name_key(e.name) == key))
        for e in entries
    )


_PERSON_APPOSITION = frozenset({"who", "whose", "his", "her", "their", "my", "our"})


def _described_as_person(doc: Doc, end: int) -> bool:
    """Whether the name ending at token ``end`` goes on as a person's does: ", who …", ", her
    cousin" ("gave the ball to Santiago, who scored")."""
    return end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ in _PERSON_APPOSITION


def _inside_longer_name(doc: Doc, start: int, end: int) -> bool:
    """Whether the words of tokens ``start:end`` stand elsewhere in the document inside a longer
    capitalised name (a person's "Tyrise M. Bell", a school's "Franklin Elementary"): then the
    short form is that name's, not a town's."""
    words = [t.text for t in doc[start:end]]
    n = len(words)

    def name_word(k: int) -> bool:
        return (
            0 <= k < len(doc)
            and doc[k].text[:1].isupper()
            and not doc[k].is_punct
            and not doc[k].is_sent_start
        )

    for k in range(len(doc) - n + 1):
        if (
            k != start
            and [t.text for t in doc[k : k + n]] == words
            and (name_word(k - 1) or name_word(k + n))
        ):
            return True
    return False


# Nouns after "X-Y" that make both names the ends of a route ("the Mombasa-Voi highway").
_ROUTE_NOUNS = frozenset(
    {"road", "highway", "railway", "railroad", "rail", "route", "motorway", "expressway", "corridor"}
    | {"pipeline", "border", "train", "flight", "bus", "line", "link", "bridge"}
)


def _route_ends(
    doc: Doc, gaz: Gazetteer, blocked: list[bool], taken: set[int]
) -> list[tuple[int, int, str, str]]:
    """Both ends of a route named "X-Y <route noun>" ("the Mombasa-Voi highway", "the Mombasa-Nairobi
    railway"): a one-word end no other rule found is a place when the gazetteer knows it as a
    town, of any size, or a division in a country where it also knows the other end (the other
    end, a well-known place, is found by the scan)."""
    out: list[tuple[int, int, str, str]] = []
    for k in range(1, len(doc) - 2):
        if doc[k].text not in ("-", "–") or doc[k].whitespace_ or doc[k - 1].whitespace_:
            continue
        if doc[k + 2].lower_ not in _ROUTE_NOUNS:
            continue
        a, b = k - 1, k + 1
        if not (doc[a].is_title and doc[b].is_title) or blocked[a] or blocked[b]:
            continue
        readings = [
            {e.country for e in gaz.lookup(doc[i].text) if e.feature in (CITY, ADMIN1, ADMIN2)}
            for i in (a, b)
        ]
        if not readings[0] & readings[1]:
            continue
        out += [(i, i + 1, "scan", "") for i in (a, b) if i not in taken and _acceptable(gaz, doc[i].text)]
    return out


_DIVISION_NOUNS = frozenset({"State", "Province", "Region", "Governorate", "Oblast", "Prefecture"})


def _division_with_its_noun(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """A first-level division named with its capitalised kind noun ("Rakhine State", "Gauteng
    Province"), which the model may tag as a person."""
    if end - start < 2 or doc[end - 1].text not in _DIVISION_NOUNS:
        return False
    return any(e.feature == ADMIN1 for e in gaz.lookup(doc[start : end - 1].text))


_CALENDAR_NAME = re.compile(
    r"(?i)^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?"
    r"|wed(?:nesday)?|thu(?:rs?(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\.?$"
)


def _name_before_time(ent: Span) -> int:
    """How many capitalised proper nouns open a DATE or TIME entity before a lower-case time word,
    names that are no month or weekday ("Indore" of "from Indore overnight", tagged TIME as a whole),
    or make the whole entity after "<place noun> of" or a place's preposition ("the town of Kessel",
    "in Asunción" tagged DATE): those words are left to the scan for known places; 0 for anything
    else ("Independence Day", "Christmas", "Monday night")."""
    if ent.label_ not in ("DATE", "TIME"):
        return 0
    k = 0
    while k < len(ent) and ent[k].pos_ == "PROPN" and ent[k].is_title:
        if _CALENDAR_NAME.match(ent[k].text):
            return 0
        k += 1
    if k == len(ent) and (
        _after_place_noun(ent.doc, ent.start)
        or (ent.start > 0 and ent.doc[ent.start - 1].lower_ in _CUE_PREPOSITIONS)
    ):
        # "the town of Kessel" tagged DATE before "on Sunday evening", "in Asunción" tagged DATE:
        # the scan's, which takes only a well-known place
        return k
    return k if 0 < k < len(ent) and ent[k].is_lower else 0


_DIVISION_ADJECTIVES = frozenset({"provincial", "regional"})


def _division_adjectives(
    doc: Doc, gaz: Gazetteer, blocked: list[bool], taken: set[int]
) -> list[tuple[int, int, str, str]]:
    """A division's name before "provincial" or "regional" ("Oromia regional police", "Madang
    provincial police commander"), which the tagger may read as an adjective or a common noun
    and so no scan finds: a name of one or two capitalised words the gazetteer knows as a
    first-level division or a region."""
    out: list[tuple[int, int, str, str]] = []
    for k in range(1, len(doc)):
        if doc[k].lower_ not in _DIVISION_ADJECTIVES:
            continue
        for n in (2, 1):
            start = k - n
            if start < 0 or any(blocked[j] or j in taken or not doc[j].is_title for j in range(start, k)):
                continue
            if _division_before_adjective(doc, gaz, start, k):
                out.append((start, k, "ner", "GPE"))
                break
    return out


def _division_before_adjective(doc: Doc, gaz: Gazetteer, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` name a first-level division or a region the gazetteer knows,
    right before "provincial" or "regional" ("Gauteng provincial health officials")."""
    if end >= len(doc) or doc[end].lower_ not in _DIVISION_ADJECTIVES:
        return False
    name = doc[start:end].text
    return _acceptable(gaz, name) and any(e.feature in (ADMIN1, REGION) for e in gaz.lookup(name))


def _article_countries(doc: Doc, gaz: Gazetteer) -> Counter[str]:
    """Countries the article names, with how many mentions name each: countries, nationality
    words, divisions and big cities (a mention counts once for each country it may be in).

    Not the entities stage's single article country (``EntityStage._article_country``, the
    country the story is about, from resolved clusters and the dateline): here every country
    the text may name counts, from spaCy's tags alone, as a loose filter that lets a small
    town of one of them be a place ("in Dhulikhel" in a story naming Nepal)."""
    out: Counter[str] = Counter()
    for ent in doc.ents:
        if ent.label_ not in ("GPE", "NORP", "LOC"):
            continue
        codes = set()
        demonym = gaz.demonym_country(ent.text)
        if demonym is not None and demonym.country:
            codes.add(demonym.country)
        key = name_key(ent.text)
        for e in gaz.lookup(ent.text):
            if e.country and (
                e.feature in (COUNTRY, ADMIN1)
                or (e.feature == CITY and e.population >= SCAN_MIN_POPULATION and name_key(e.name) == key)
            ):
                codes.add(e.country)
        out.update(codes)
    return out


def _known_in(gaz: Gazetteer, name: str, countries: Counter[str]) -> bool:
    """A name the gazetteer knows as a well-known place, or as a division or a town of 10,000
    people or more (as for PERSON-tagged names after "in") in a country the article names."""
    if _strong(gaz, name):
        return True
    key = name_key(name)
    return any(
        e.country in countries
        and name_key(e.name) == key
        and (
            e.feature in (ADMIN1, ADMIN2) or (e.feature == CITY and e.population >= PERSON_TAG_MIN_POPULATION)
        )
        for e in gaz.lookup(name)
    )


MAIN_SHARE = 0.75  # a country named this share as often as the most named one is a main one too


def _main_countries(countries: Counter[str]) -> set[str]:
    """The countries the story happens in: those its place names point to most, or nearly as
    often (a kidnapping across a sea border names both sides' places about as often)."""
    if not countries:
        return set()
    most = max(countries.values())
    return {c for c, n in countries.items() if n >= MAIN_SHARE * most}


def _place_after_from(doc: Doc, gaz: Gazetteer, start: int, end: int, countries: Counter[str]) -> bool:
    """A PERSON-tagged name after "from"/"in"/"near", or after "to" of a verb of going ("fly
    home to Tawau"), that is a town of the article's main country.

    "a farmer from Shyamnagar" in a story about Bangladesh: any town of that name in Bangladesh
    (the country its place names point to most), however small; a town of another country stays
    a name, even one the story names in passing ("neighbouring India"), and so does a first name
    or a name the article tags PERSON elsewhere.
    """
    if start == 0 or not (
        doc[start - 1].lower_ in _FROM_PREPOSITIONS
        or (doc[start - 1].lower_ == "to" and _motion_verb(doc[start - 1]))
    ):
        return False
    name = doc[start:end].text
    if not countries or name in first_names() or _person_elsewhere(doc, name, start):
        return False  # a person's name elsewhere in the article ("killing Welch ... from Welch")
    main = _main_countries(countries)
    key = name_key(name)
    return any(
        e.feature in (CITY, ADMIN2) and e.country in main and name_key(e.name) == key
        for e in gaz.lookup(name)
    )


def _conjunct_of_place(doc: Doc, gaz: Gazetteer, start: int, end: int, countries: Counter[str]) -> bool:
    """A name the model tagged PERSON or ORG, coordinated with a place it tagged GPE or LOC (or
    any name after "<place noun> of"), that is a town or district of a country the article names:
    "hospitals in Kathmandu and Dhulikhel", "districts including Mangochi, Chikwawa and Nsanje",
    "the outskirts of Rafina and Marathon", or the first name after "in" ("traders in Sokode
    and Kara", tagged as an organisation and a person).

    Any size of town, as for :func:`_place_after_from`; never a first name or a name the
    article tags PERSON elsewhere ("Ahmed and Cairo" is no list of places).
    """
    name = doc[start:end].text
    if not countries or name in first_names() or _person_elsewhere(doc, name, start):
        return False
    root = doc[end - 1]
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    members, todo = [], [root]
    while todo:
        tok = todo.pop()
        members.append(tok)
        todo += [c for c in tok.children if c.dep_ == "conj"]
    if doc[end - 1] not in members or not any(
        (
            m.ent_type_ in ("GPE", "LOC")
            or _after_place_noun(doc, m.left_edge.i)
            or (m.dep_ == "pobj" and m.head.lower_ in _PLACE_PREPOSITIONS)
        )
        and not (start <= m.i < end)
        for m in members
    ):
        return False  # a place beside it: a GPE or LOC, or a name after "the outskirts of"
    key = name_key(name)
    # by its own name or another spelling of it ("Hawassa", GeoNames' "Awasa")
    return any(
        e.feature in (CITY, ADMIN1, ADMIN2)
        and e.country in countries
        and _same_spelling(name_key(e.name), key)
        for e in gaz.lookup(name)
    )


def _coordinated_places(
    doc: Doc, gaz: Gazetteer, start: int, end: int, countries: Counter[str]
) -> list[tuple[int, int, bool]]:
    """The conjuncts of a name such as "Fordow and Natanz" that the model took as one entity.

    Split on "and" and commas when every conjunct is a capitalised name and at least one is a
    place the gazetteer knows (:func:`_known_in`); each comes back as (start, end, known). An
    empty list for anything else: "Procter and Gamble", "cousins Dillon and Connor" (towns too
    small to count without a cue), a first name or a name tagged PERSON elsewhere; "Bosnia and
    Herzegovina" is a place whole and never gets here.
    """
    parts: list[tuple[int, int]] = []
    k = start
    for i in range(start, end + 1):
        if i == end or doc[i].lower_ in ("and", ","):
            if i == k:
                return []
            parts.append((k, i))
            k = i + 1
    if len(parts) < 2 or not all(doc[i].is_title for a, b in parts for i in range(a, b)):
        return []
    if any(doc[a:b].text in first_names() or _person_elsewhere(doc, doc[a:b].text, start) for a, b in parts):
        return []  # "cousins Dillon and Connor ... Connor would do the same"
    known = [_known_in(gaz, doc[a:b].text, countries) for a, b in parts]
    if not any(known):
        return []
    return [(a, b, ok) for (a, b), ok in zip(parts, known, strict=True)]


_LIST_JOINS = frozenset({"and", "or"})
# A plural kind word after a list of names ("the Ardal and Vesta regions"): each name is a division;
# the feature the gazetteer gives that kind (None: a district, county or municipality, of any level).
_PLURAL_DIVISION_NOUNS: dict[str, str | None] = {
    **dict.fromkeys(
        ("regions", "provinces", "states", "governorates", "oblasts", "prefectures", "territories"), ADMIN1
    ),
    # ("departments" left out: "the Cambridge and Ely fire departments")
    **dict.fromkeys(("districts", "counties", "municipalities"), None),
}


def _name_word(t: Token) -> bool:
    return t.is_alpha and t.text[:1].isupper() and not t.is_stop


def _name_run_before(doc: Doc, end: int) -> int:
    """Token start of the capitalised name ending right before token ``end`` ("Dar es Salaam",
    with its lower-case particles), or ``end`` itself when no such name ends there."""
    k = end
    while k > 0:
        if _name_word(doc[k - 1]) or (
            doc[k - 1].lower_ in _NAME_PARTICLES and k < end and k >= 2 and _name_word(doc[k - 2])
        ):
            k -= 1
        else:
            break
    return k


def _name_run_after(doc: Doc, start: int) -> int:
    """Token end of the capitalised name starting at token ``start`` (see :func:`_name_run_before`)."""
    k = start
    while k < len(doc):
        if _name_word(doc[k]) or (
            doc[k].lower_ in _NAME_PARTICLES and k > start and k + 1 < len(doc) and _name_word(doc[k + 1])
        ):
            k += 1
        else:
            break
    return k


def _name_list(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The members of the list of capitalised names that tokens ``start:end`` belong to, as token
    spans: "A, B and C", "A and B", "A, B, or C" (commas between, "and" or "or" before the last
    member). Empty when the name stands in no such list. The list is read from the words, not
    the parse: the tagger often splits a list of towns into a place, a person and an
    organisation, and the parser then makes no clean coordination of them."""
    if start >= end or _name_run_after(doc, start) != end or _name_run_before(doc, end) != start:
        return []
    members = [(start, end)]
    joins: list[bool] = []  # joins[i]: "and"/"or" between members i and i + 1
    k = start
    while k > 0:  # leftwards: "A, " "A and " "A, and "
        j, join = k - 1, False
        if doc[j].lower_ in _LIST_JOINS:
            join = True
            if j > 0 and doc[j - 1].text == ",":
                j -= 1
        elif doc[j].text != ",":
            break
        a = _name_run_before(doc, j)
        if a == j:
            break
        members.insert(0, (a, j))
        joins.insert(0, join)
        k = a
    here = len(members) - 1
    k = end
    while k < len(doc):  # rightwards: ", B" ", and B" " and B"
        j, join = k, False
        if doc[j].text == ",":
            j += 1
        if j < len(doc) and doc[j].lower_ in _LIST_JOINS:
            join = True
            j += 1
        if j == k:
            break
        b = _name_run_after(doc, j)
        if b == j:
            break
        members.append((j, b))
        joins.append(join)
        k = b
    # the list of this name closes at the first member after an "and" at or after it, and opens
    # after the "and" of any list before it ("A and B, C and D" is two lists)
    if here > 0 and joins[here - 1]:
        last: int | None = here
    else:
        last = next((i + 1 for i in range(here, len(joins)) if joins[i]), None)
    if last is None:
        return []
    first = next((i + 2 for i in range(last - 2, -1, -1) if joins[i]), 0)
    return members[first : last + 1]


def _division_list(doc: Doc, members: list[tuple[int, int]]) -> tuple[bool, str | None]:
    """Whether a list of names stands between "the" and a plural kind word of a division ("the
    Ardal and Vesta regions", "the Kessel, Morrow and Tane districts"), and the feature that
    kind word gives (ADMIN1 for regions, provinces and states; None for districts)."""
    if not members:
        return False, None
    first, last = members[0][0], members[-1][1]
    if first == 0 or doc[first - 1].lower_ != "the" or last >= len(doc):
        return False, None
    noun = doc[last].lower_
    if noun not in _PLURAL_DIVISION_NOUNS or not doc[last].is_lower:
        return False, None
    if last + 1 < len(doc) and doc[last + 1].is_lower and doc[last + 1].pos_ == "NOUN":
        return False, None  # "the Ardal and Vesta regions councils": the noun qualifies another
    return True, _PLURAL_DIVISION_NOUNS[noun]


def _divisions_after_of(doc: Doc, k: int) -> list[tuple[int, int]]:
    """The members of a list of names right after "the <plural kind word of a division> of" at
    token ``k`` ("the regions of Androy, Anosy and Atsimo-Andrefana", "the provinces of Kandahar
    and Helmand"), as token spans; empty when no list of two names or more follows."""
    if k == 0 or doc[k - 1].lower_ != "the" or not doc[k].is_lower:
        return []
    if k + 2 >= len(doc) or doc[k + 1].lower_ != "of":
        return []
    a = k + 2
    b = _name_run_after(doc, a)
    members = _name_list(doc, a, b) if b > a else []
    return members if len(members) >= 2 and members[0][0] == a else []


def _division_lists(
    doc: Doc, gaz: Gazetteer, found: list[tuple[int, int, str, str]]
) -> tuple[list[tuple[int, int, str, str]], dict[int, str | None]]:
    """The found toponyms with the members of every list of divisions ("the Ardal and Vesta
    regions", "the Kessel, Morrow and Tane districts") added or made names, and the token start
    of each member with the feature its kind word gives.

    Each member is a division, whatever the tagger made of it (a person, a product, nothing) and
    whatever else its name is: a nationality word or a country's name is here the name of a
    division ("the Mexico and Hidalgo states"), so no adjectival reading stands. A member no
    source knows is kept as a place without a point, as for "the Kiptuli district".
    """
    divisions: dict[int, str | None] = {}
    for k, tok in enumerate(doc):
        if tok.lower_ not in _PLURAL_DIVISION_NOUNS or k == 0:
            continue
        members = _divisions_after_of(doc, k)
        if members:
            feature = _PLURAL_DIVISION_NOUNS[tok.lower_]
        else:
            a = _name_run_before(doc, k)
            members = _name_list(doc, a, k) if a < k else []
            ok, feature = _division_list(doc, members)
            if not ok or members[-1][1] != k:
                continue
        for m_start, m_end in members:
            name = doc[m_start:m_end].text
            key = name_key(name)
            known = any(e.feature in (ADMIN1, ADMIN2) and name_key(e.name) == key for e in gaz.lookup(name))
            if not _acceptable(gaz, name) and not (known and gaz.is_demonym(name)):
                continue  # "the North and South Kivu provinces": "North" stands for "North Kivu"
            if not known and (
                (m_end - m_start == 1 and name in first_names())
                or any(t.ent_type_ == "NORP" for t in doc[m_start:m_end])
            ):
                continue  # "the Republican and Democratic states": no division by those names
            divisions[m_start] = feature
    if not divisions:
        return found, divisions
    out = []
    for start, end, source, label in found:
        if sum(start <= m < end for m in divisions) > 1:
            continue  # "the regions of Androy, Anosy and X" tagged "Androy, Anosy": each member apart
        if start in divisions and source == ADJECTIVAL:
            source, label = "ner", "LOC"  # "the Ardal and Vesta regions" with "Ardal" a nationality word
        out.append((start, end, source, label))
    covered = {i for a, b, _s, _l in out for i in range(a, b)}
    for m_start in divisions:
        m_end = _name_run_after(doc, m_start)
        if not any(i in covered for i in range(m_start, m_end)):
            out.append((m_start, m_end, "ner", "LOC"))
    out.sort()
    return out, divisions


def _in_place_list(doc: Doc, gaz: Gazetteer, start: int, end: int, countries: Counter[str]) -> bool:
    """A name in a list of names that is a list of places, which the gazetteer knows as a town or
    division of a country the article names or another member is a town or division of: "in
    Kessel, Morrow and Tane" with "Tane" tagged a person, or untagged and too small for the scan.
    The list is a list of places when another of its members is one (tagged GPE or LOC, or a
    country, a division or a town of 100,000 people or more) and it follows a place preposition
    ("in", "near", "to", "from", "at") or stands before a plural kind word of a division ("the
    Kessel and Morrow districts"). Never a first name or a name the article tags PERSON
    elsewhere ("Ahmed and Cairo")."""
    members = _name_list(doc, start, end)
    if not members:
        return False
    name = doc[start:end].text
    if name in first_names() or _person_elsewhere(doc, name, start) or not _acceptable(gaz, name):
        return False
    first = members[0][0]
    slot = first > 0 and doc[first - 1].lower_ in _SLOT_PREPOSITIONS
    if not slot and not _division_list(doc, members)[0]:
        return False

    def place(a: int, b: int) -> bool:
        if any(t.ent_type_ in ("GPE", "LOC") for t in doc[a:b]):
            return True
        text = doc[a:b].text
        return _strong(gaz, text) and _acceptable(gaz, text) and text not in first_names()

    others = [(a, b) for a, b in members if (a, b) != (start, end)]
    if not any(place(a, b) for a, b in others):
        return False
    # the countries the article names, and those its other members are towns or divisions of
    # ("in Tororo, Mbale and Soroti" in a story that names no country)
    near = set(countries)
    for a, b in others:
        other = name_key(doc[a:b].text)
        near |= {
            e.country
            for e in gaz.lookup(doc[a:b].text)
            if e.feature in (CITY, ADMIN1, ADMIN2) and name_key(e.name) == other and e.country
        }
    key = name_key(name)
    return any(
        e.feature in (CITY, ADMIN1, ADMIN2)
        and e.country in near
        and name_key(e.name) == key
        and (e.feature != CITY or e.population >= PERSON_TAG_MIN_POPULATION)
        for e in gaz.lookup(name)
    )


def _comma_parts(doc: Doc, gaz: Gazetteer, full: str, start: int, end: int) -> list[tuple[int, int]]:
    """The places of one entity the model ran over a comma ("Tarvo, Estonia", "Kessel, Morrow
    County, Oregon"), when the last one is a country or a first-level division: each its own
    toponym, so the town is resolved within the country; else none (one name with a comma)."""
    commas = [k for k in range(start, end) if doc[k].text == ","]
    if not commas:
        return []
    bounds = [start, *(k + 1 for k in commas)]
    parts = [(a, b) for a, b in zip(bounds, [*commas, end], strict=True)]
    if any(a >= b or not doc[a].is_title for a, b in parts):
        return []
    a, b = parts[-1]
    last = full[doc[a].idx : doc[b - 1].idx + len(doc[b - 1])]
    if not any(e.feature in (COUNTRY, ADMIN1) for e in gaz.lookup(last)):
        return []
    return parts


def _physical_feature(doc: Doc, gaz: Gazetteer, start: int, end: int) -> tuple[int, int] | None:
    """The tokens of a curated river, lake, reservoir, range or island that begins an entity the
    model tagged otherwise ("Danube" or "Tasmania" tagged PERSON, "the Amu Darya" tagged
    WORK_OF_ART, "Kakhovka" of "the Kakhovka reservoir"): the longest such name from ``start``
    that covers the whole entity, not a first name nor a name tagged PERSON elsewhere."""
    if start < end and doc[start].lower_ == "the":
        start += 1
    for j in range(min(len(doc), start + MAX_SCAN_TOKENS), max(start, end - 1), -1):
        if j < end or doc[j - 1].is_punct or not doc[start].is_title:
            continue
        name = doc[start:j].text
        # the index first: the person checks scan the document's entities, so only on a hit
        if (
            any(e.feature == REGION and e.country for e in gaz.lookup(name))
            and name not in first_names()
            and not _person_elsewhere(doc, name, start)
        ):
            return start, j
    return None


@functools.cache
def _generic_words() -> dict[str, tuple[frozenset[str], str]]:
    """Side ("before"/"after") -> the local generic words of a feature's name on that side
    (``data/place_generic_words.tsv``) and a pattern matching a name that ends or opens with one."""
    rows = load_tsv("place_generic_words.tsv")
    out = {}
    for side in ("before", "after"):
        words = frozenset(r["word"] for r in rows if r["side"] == side)
        out[side] = (words, "|".join(sorted(map(re.escape, words), key=len, reverse=True)))
    return out


def _generic_feature(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are a feature's name by a local generic word ("Amu Darya",
    "Kizil Nehri", "Rio Verde", "Wadi Hanifa"): one to three capitalised words and the generic
    word on its side, none of them a known first name nor part of a person's name elsewhere
    in the document ("Rio Ferdinand")."""
    if end - start < 2 or end - start > MAX_SCAN_TOKENS:
        return False
    before, after = _generic_words()["before"][0], _generic_words()["after"][0]
    if doc[start].text in before:
        rest = doc[start + 1 : end]
    elif doc[end - 1].text in after:
        rest = doc[start : end - 1]
    else:
        return False
    return (
        all(t.is_title and t.is_alpha for t in doc[start:end])
        and not any(t.text in first_names() or t.text in before or t.text in after for t in rest)
        and not _person_elsewhere(doc, rest.text, rest.start)
    )


def _tagged_generic_feature(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """The tokens of an entity the model tagged PERSON or ORG that is a name closed by a local
    generic word ("the Kizil Nehri", "Tashkul Darya"), a leading "the" dropped; None otherwise.
    Only a word after the name counts: one before it opens people's and firms' names too
    ("Rio Ferdinand", "Rio Tinto")."""
    if start < end and doc[start].lower_ == "the":
        start += 1
    if end - start < 2 or doc[end - 1].text not in _generic_words()["after"][0]:
        return None
    return (start, end) if _generic_feature(doc, start, end) else None


def _person_elsewhere(doc: Doc, name: str, start: int) -> bool:
    """Whether another entity of the document tagged PERSON holds ``name`` (as its words)."""
    words = name.split()
    n = len(words)
    return any(
        ent.label_ == "PERSON"
        and ent.start != start
        and any([t.text for t in ent[i : i + n]] == words for i in range(len(ent) - n + 1))
        for ent in doc.ents
    )


def _county_prefix(doc: Doc, gaz: Gazetteer, start: int, end: int) -> int | None:
    """Token end of a county that begins an organisation's name ("Laurel County Fiscal Court")."""
    for k in range(start + 1, min(end, start + MAX_SCAN_TOKENS)):
        if doc[k].text in _ADMIN2_WORDS:
            name = doc[start : k + 1].text
            return k + 1 if any(e.feature == ADMIN2 for e in gaz.lookup(name)) else None
    return None


# kind words after a name that make it a division or district even when no source knows it
_DIVISION_KIND_WORDS = frozenset(
    {"province", "region", "district", "prefecture", "governorate", "oblast", "municipality", "county"}
    | {"neighbourhood", "neighborhood", "suburb", "township"}
)
_POSSESSIVE = frozenset({"'s", "’s"})
_PLACE_TAGS = frozenset({"GPE", "LOC"})


def _division_noun_after(doc: Doc, start: int, end: int) -> bool:
    """Whether a capitalised name stands between "the" (or a place's possessive: "Lusaka's")
    and a lower-case kind word of a division or a part of a town ("the Kiptuli district", "in
    the Mutkaba region", "Harare's Velmo suburb"): a place, however unknown; not where the kind
    word qualifies a noun after it ("the Hargreaves district office")."""
    return (
        start >= 1
        and end < len(doc)
        and (
            doc[start - 1].lower_ == "the"
            or (start >= 2 and doc[start - 1].text in _POSSESSIVE and doc[start - 2].ent_type_ in _PLACE_TAGS)
        )
        and doc[end].is_lower
        and doc[end].lower_ in _DIVISION_KIND_WORDS
        and not (end + 1 < len(doc) and doc[end + 1].is_lower and doc[end + 1].pos_ == "NOUN")
        and all(t.is_title and t.is_alpha for t in doc[start:end])
    )


# "the Greek island of ", "the Syrian border town of ", "the South Korean port of the ": a
# nationality word, at most two lower-case words, a kind of place and "of" closing the text before a name
_KIND_OF = re.compile(
    r"(?P<nat>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) (?:[a-z][\w-]* ){0,2}?(?P<kind>[a-z]+) of (?:the )?$"
)
KIND_OF_LOOKBACK = 60  # characters before a name searched for "<nationality> <kind> of"


def _kind_country(full: str, gaz: Gazetteer, start: int) -> str | None:
    """The country of the nationality word in "the Greek island of", "the Belgian city of",
    "the Mexican state of" right before character ``start`` (so the name after it is a place
    of that country), else None."""
    m = _KIND_OF.search(full, max(0, start - KIND_OF_LOOKBACK), start)
    if m is None or m["kind"] not in _place_kind_nouns():
        return None
    nat = m["nat"]
    country = gaz.demonym_country(nat) or gaz.demonym_country(nat.split()[-1])
    return country.country if country is not None else None


@functools.cache
def _place_kind_nouns() -> frozenset[str]:
    return frozenset(load_lines("place_kind_nouns.txt"))


def _place_cue_before(doc: Doc, start: int) -> bool:
    """Whether the words before token ``start`` introduce a place: "in", "near", "the town of"."""
    if start == 0:
        return False
    prev = doc[start - 1].lower_
    return prev in _CUE_PREPOSITIONS or _after_place_noun(doc, start)


def _after_place_noun(doc: Doc, start: int) -> bool:
    """Whether token ``start`` follows "<place noun> of" ("the village of", "the outskirts of")."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lemma_.lower() in _place_nouns()


@functools.cache
def _landmark_words() -> frozenset[str]:
    """Last words of a town's landmark's name ("Stadium", "Bridge"): ``data/place_landmark_words.txt``."""
    return frozenset(load_lines("place_landmark_words.txt"))


def _square_name(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens ``start:end`` are a square's or street's name by its opening word ("Plaza
    Tarvo", "Praça Kessel Marrow"): that word and one to three capitalised words, none a known
    first name nor part of a person's name elsewhere in the document."""
    if end - start < 2 or end - start > 4 or doc[start].text not in street_words("places"):
        return False
    rest = doc[start + 1 : end]
    return (
        all(t.is_title and t.is_alpha for t in rest)
        and not any(t.text in first_names() for t in rest)
        and not _person_elsewhere(doc, rest.text, start)
    )


@functools.cache
def _place_nouns() -> frozenset[str]:
    return frozenset(load_lines("place_nouns.txt"))


def _strip_airport(query: str) -> str | None:
    low = query.casefold()
    for phrase in _AIRPORT_WORDS:
        if low.endswith(" " + phrase):
            return query[: -len(phrase) - 1].strip()
    return None


def _strong(gaz: Gazetteer, query: str, *, exact: bool = False) -> bool:
    """True when ``query`` names a country, division, region, big city or national capital (for
    names spaCy missed).

    ``exact``: only by the entry's own name, not an alias ("Jewish" is no oblast).
    """
    key = name_key(query)
    for e in gaz.lookup(query):
        if exact and name_key(e.name) != key:
            continue
        if e.feature in (COUNTRY, ADMIN1, REGION):
            return True
        if e.feature == CITY and e.population >= SCAN_MIN_POPULATION and name_key(e.name) == key:
            return True
        capital = e.index in gaz.capitals and e.population >= SCAN_MIN_CAPITAL  # "Roseau" is as well known
        if e.feature == CITY and capital and name_key(e.name) == key:
            return True
    return False


# a code of capitals and digits ("Q4" a quarter, "H1" a half-year, "A4" a page, "B12"): no name
_CODE = re.compile(r"[A-Z]{1,3}\d{1,3}")


def _acceptable(gaz: Gazetteer, query: str) -> bool:
    """A capitalised name that is not a demonym nor a stop word ("West", "Central"), nor a code
    of capitals and digits the gazetteer does not know ("growth in Q4", "see page A4")."""
    if not any(c.isupper() for c in query) or gaz.is_demonym(query):
        return False
    if _CODE.fullmatch(query.strip()) and not gaz.lookup(query.strip()):
        return False
    return query.strip().title() not in _stopwords()


# how an organisation's country was read when the text writes it beside the name (the entities
# stage's ``country_basis``): a seat "of <town>, <country>", a possessive, a nationality before
# it or in a description of it
WRITTEN_COUNTRY = frozenset({"location", "possessive", "modifier", "description"})


@functools.cache
def _alpha2(iso3: str) -> str | None:
    """ISO 3166 alpha-2 code of an alpha-3 country code (the gazetteer's), else None."""
    import pycountry

    found = pycountry.countries.get(alpha_3=iso3)
    return found.alpha_2 if found else None


@functools.cache
def _stopwords() -> frozenset[str]:
    return frozenset(w.title() for w in load_lines("place_stopwords.txt"))


def _person_words(doc: Doc, entities: Sequence[Entity]) -> tuple[frozenset[str], list[tuple[int, int]]]:
    """Surnames of the people in the article ("Ripley" of "John Ripley") and their mention spans.

    A name the model tags PERSON but the entities stage makes an organisation or a place, its
    last word after a lower-case linking word ("Águas da Kessel", a water company; "Bank of
    Tarvo"), gives no surname: an organisation named after its town.
    """
    other = {(m.start, m.end) for e in entities if e.type != "PERSON" for m in e.mentions}
    words = {
        ent[-1].text
        for ent in doc.ents
        if ent.label_ == "PERSON"
        and len(ent) > 1
        and not ((ent.start_char, ent.end_char) in other and ent[-2].is_lower)
    }
    spans = []
    for e in entities:
        full_names = [m.text.split()[-1] for m in e.mentions if len(m.text.split()) > 1]
        if e.type == "PERSON" and full_names:
            # a person named in full somewhere; a lone "Gainesville" typed PERSON may be a place
            words.update(full_names)
            spans.extend((m.start, m.end) for m in e.mentions)
    return frozenset(words), spans


def _is_person(t: Toponym, gaz: Gazetteer, words: frozenset[str], spans: list[tuple[int, int]]) -> bool:
    """A toponym that is really a person's name: their surname alone or an entity's mention."""
    if any(s <= t.start and t.end <= e for s, e in spans):
        return True
    if t.query not in words:
        return False
    return not any(e.feature in (COUNTRY, ADMIN1, REGION) for e in gaz.lookup(t.query))


def _repeats(doc: Doc, found: list[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Other mentions of a name the document already uses as a place (one sense per article).

    The small model tags "Gainesville" GPE once and PERSON or ORG further on; an exact repeat
    counts as the same place when it stands alone: not inside a longer entity or a longer run
    of proper nouns ("Gainesville Police", "Jordan Smith"). Case is ignored, so an upper-case
    dateline ("COLUMBUS") counts when the text names the place too.
    """
    names: dict[str, set[tuple[str, ...]]] = {}
    covered = [False] * len(doc)
    for start, end, source, label in found:
        for k in range(start, end):
            covered[k] = True
        if source in ("ner", "scan", "org") and label != "FAC":
            words = tuple(t.text for t in doc[start:end])
            names.setdefault(words[0].casefold(), set()).add(tuple(w.casefold() for w in words))
    if not names:
        return []
    ent_of: dict[int, tuple[int, int, str]] = {}
    votes: Counter[tuple[str, ...]] = Counter()  # place tags minus person tags, per name
    for ent in doc.ents:
        for k in range(ent.start, ent.end):
            ent_of[k] = (ent.start, ent.end, ent.label_)
        words = tuple(t.lower_ for t in ent)
        if ent.label_ in ("GPE", "LOC"):
            votes[words] += 1
        elif ent.label_ == "PERSON":
            votes[words] -= 1
    out: list[tuple[int, int, str, str]] = []
    # only the tokens whose lower-case form starts a place name (hash compare, no Token objects)
    wanted = {doc.vocab.strings[w] for w in names}
    for i, h in enumerate(doc.to_array(LOWER).tolist()):
        if h not in wanted or covered[i]:
            continue
        tok = doc[i]
        if not tok.text[:1].isupper():
            continue
        for words in sorted(names[tok.lower_], key=len, reverse=True):
            j = i + len(words)
            if j > len(doc) or tuple(t.lower_ for t in doc[i:j]) != words or any(covered[i:j]):
                continue
            ent = ent_of.get(i)
            if ent is not None and ((ent[0], ent[1]) != (i, j) or ent[2] == "NORP"):
                continue  # part of a longer entity: "Gainesville Police", "Paris Hilton"
            if ent is not None and ent[2] == "PERSON" and votes[words] < -VOTE_MARGIN:
                continue  # far more often a person than a place in this article ("Flores")
            if ent is None and any(
                0 <= k < len(doc) and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() for k in (i - 1, j)
            ):
                continue  # a longer name the model did not tag
            out.append((i, j, "repeat", ent[2] if ent else ""))
            for k in range(i, j):
                covered[k] = True
            break
    return out


def find_mentions(
    doc: Doc, gaz: Gazetteer, entities: Sequence[Entity] = (), *, text: str | None = None
) -> list[Toponym]:
    """The toponyms of a parsed document, in text order (see the module docstring).

    ``text`` is the document's text when the caller has it (spaCy rebuilds ``doc.text``
    from every token on each access).
    """
    full = doc.text if text is None else text
    found: list[tuple[int, int, str, str]] = []  # token start, end, source, label
    # names the entities stage made places by its own rules ("the councillor for Trapani, …"
    # with "Trapani" tagged PERSON): the model's tag does not stand when the gazetteer knows them
    retyped = {(m.start, m.end) for e in entities if e.type == "GPE" for m in e.mentions}
    retyped_starts = {s: e for s, e in retyped}  # a place the model read as a noun ("Anse" of a town)
    # facilities the entities stage joined from a name and a lower-case noun ("Marrow prison")
    facilities = {(m.start, m.end) for e in entities if e.type == "FAC" for m in e.mentions}
    # outlets the entities stage found where the model read a place ("republished from Marrow Wire")
    outlets = {
        (m.start, m.end)
        for e in entities
        if e.type == "ORG" and e.actor is not None and e.actor.code.endswith("MED")
        for m in e.mentions
    }
    countries = functools.cache(lambda: _article_countries(doc, gaz))  # only when a rule asks
    blocked = [False] * len(doc)
    skip_before = 0  # an entity a region name already took in ("the Bay of" + "Bengal")
    features: set[int] = set()  # curated physical features the model tagged otherwise
    # organisations' names the entities stage read whole ("Lake Victoria Fishing and Processing
    # Company"): the model's piece of one cut at its "and" is no place
    org_names = [(m.start, m.end) for e in entities if e.type == "ORG" for m in e.mentions]
    for ent in doc.ents:
        if ent.start < skip_before:
            continue
        if doc[ent.end - 1].lower_ in ("and", "or", "&") and any(a < ent.end_char < b for a, b in org_names):
            continue
        chain = _hyphen_chain(doc, ent.start, ent.end)
        if chain != (ent.start, ent.end) and ent.label_ in PLACE_LABELS | {"ORG", "PERSON"}:
            ent = Span(doc, chain[0], chain[1], label=ent.label_)  # "Boulogne-sur-Mer", tagged "Boulogne"
            skip_before = chain[1]
            if ent.label_ in ("ORG", "PERSON") and any(
                e.feature in (CITY, ADMIN1, ADMIN2) for e in gaz.lookup(ent.text)
            ):  # a piece of a town's name tagged a name: the town the index knows whole
                found.append((ent.start, ent.end, "ner", "GPE"))
                for i in range(ent.start, ent.end):
                    blocked[i] = True
                continue
        whole_end = retyped_starts.get(ent.start_char)
        if whole_end is not None and whole_end > ent.end_char and _after_place_noun(doc, ent.start):
            # "the town of Kessel Vale" cut by the model into pieces the entities stage joined: whole
            whole = doc.char_span(ent.start_char, whole_end)
            if whole is not None:
                found.append((whole.start, whole.end, "ner", "GPE"))
                for i in range(whole.start, whole.end):
                    blocked[i] = True
                skip_before = whole.end
                continue
        if (ent.start_char, ent.end_char) in outlets and not gaz.lookup(ent.text):
            continue  # a news outlet's name no gazetteer has: no place
        if (
            ent.label_ not in PLACE_LABELS
            and (ent.start_char, ent.end_char) in retyped
            and any(t.text in ("-", "‐") for t in ent)
        ):  # a hyphenated town the entities stage placed ("fled to Port-Lune" tagged ORG)
            found.append((ent.start, ent.end, "ner", "GPE"))
            for i in range(ent.start, ent.end):
                blocked[i] = True
            continue
        square = _trim(doc, ent.start, ent.end)
        if (
            ent.label_ in ("ORG", "PERSON")
            and square[0] < square[1]
            and (doc[square[1] - 1].text in BERTH_HEADS or doc[square[0]].text in VENUE_OPENERS)
            and (doc[square[0]].idx, doc[square[1] - 1].idx + len(doc[square[1] - 1])) in facilities
        ):  # "Kings Wharf" tagged a person, a facility by the entities stage: at its town
            found.append((square[0], square[1], FACILITY, ent.label_))
            for i in range(ent.start, ent.end):
                blocked[i] = True
            continue
        if _square_name(doc, *square):  # "Plaza Tarvo", whatever the model tags it
            found.append((square[0], square[1], FACILITY, ent.label_))
            for i in range(ent.start, ent.end):
                blocked[i] = True
            continue
        named = _curated_facility(doc, gaz, ent.start, ent.end)
        if named is None and facilities:
            named = _joined_facility(doc, ent.start, ent.end, facilities)
        feature = _physical_feature(doc, gaz, ent.start, ent.end) if ent.label_ not in PLACE_LABELS else None
        if feature is None and ent.label_ in ("PERSON", "ORG"):
            feature = _tagged_generic_feature(doc, ent.start, ent.end)  # "the Kizil Nehri" tagged PERSON
        if feature is not None and named is None:
            found.append((feature[0], feature[1], "ner", "LOC"))  # "Tasmania" tagged PERSON
            features.add(doc[feature[0]].idx)
            for i in range(ent.start, feature[1]):
                blocked[i] = True
            skip_before = feature[1]
        elif named is not None:  # "Rafah crossing" even where the model tags "Rafah" PERSON
            found.append((named[0], named[1], FACILITY, ent.label_))
            for i in range(ent.start, ent.end):
                blocked[i] = True
        elif ent.label_ in PLACE_LABELS or ent.label_ == "ORG":
            start, end = _trim(doc, ent.start, ent.end)
            if start >= end:
                continue
            text = full[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])]
            if text in gaz.abbreviations and len(text) >= 3:
                found.append((start, end, "abbr", ent.label_))  # "NSW", "Tenn." on their own
            elif ent.label_ == "ORG":
                head = _facility_after(doc, end)
                county = _county_prefix(doc, gaz, start, end)
                if head:
                    found.append((start, head, FACILITY, ent.label_))
                elif county is not None:  # "Walker County" of "Walker County Sheriff's Office"
                    found.append((start, county, "org", ent.label_))
                elif (
                    _after_place_noun(doc, start)
                    # a town the entities stage made a place ("a court in Kessel" tagged ORG)
                    or ((ent.start_char, ent.end_char) in retyped and _known_settlement(gaz, text))
                    or _kind_country(full, gaz, doc[start].idx) is not None
                    or _conjunct_of_place(doc, gaz, start, end, countries())
                    or _in_place_list(doc, gaz, start, end, countries())
                    or _kind_word_after(doc, gaz, start, end)
                    or _division_noun_after(doc, start, end)
                    or _town_in_place_slot(doc, gaz, start, end, countries())
                    or _town_before_its_division(doc, gaz, start, end)
                    or _town_after_compass(doc, gaz, start, end)
                ):
                    found.append((start, end, "ner", "GPE"))  # "the town of Taybat Al-Imam" tagged ORG
                elif not _strong(gaz, text) and (
                    parts := _coordinated_places(doc, gaz, start, end, countries())
                ):
                    # "Fordow and Natanz" tagged ORG: each a place, an unknown one kept unlocated
                    found += [(a, b, "ner", "GPE" if known else "LOC") for a, b, known in parts]
                elif not _strong(gaz, text) or gaz.is_demonym(text):
                    continue
                else:
                    found.append((start, end, "org", ent.label_))
            elif parts := _comma_parts(doc, gaz, full, start, end):
                found += [(a, b, "ner", ent.label_) for a, b in parts]  # "Tarvo, Estonia" as one entity
            else:
                start = _after_compass_words(doc, start, end)
                end = _region_extension(doc, gaz, full, start, end)
                skip_before = end
                found.append((start, end, "ner", ent.label_))
            for i in range(ent.start, max(ent.end, skip_before)):
                blocked[i] = True
        elif ent.label_ == "NORP":
            start, end = _trim(doc, ent.start, ent.end)
            text = full[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])] if start < end else ""
            if text and gaz.demonym_country(text) is not None:
                found.append((start, end, ADJECTIVAL, ent.label_))  # "Iraqi", "Palestinians"
            elif text and _strong(gaz, text, exact=True) and not gaz.is_demonym(text):
                found.append((start, end, "org", ent.label_))  # "Lahore", "Abkhazia" tagged NORP
            elif (
                text
                and not gaz.is_demonym(text)
                and (
                    _after_place_noun(doc, start)
                    or _kind_country(full, gaz, doc[start].idx) is not None
                    or _kind_word_after(doc, gaz, start, end)
                    or _town_after_preposition(doc, gaz, start, end)
                    or _division_noun_after(doc, start, end)
                    or _town_after_compass(doc, gaz, start, end)
                )
            ):
                found.append((start, end, "ner", "GPE"))  # "the village of Sharifah" tagged NORP
            for i in range(ent.start, ent.end):
                blocked[i] = True
        elif ent.label_ == "PERSON" and (town := _city_by_name(doc, gaz, ent.start, ent.end)) is not None:
            found.append((town[0], town[1], "ner", "GPE"))  # "Salt Lake City's" tagged PERSON
            for i in range(ent.start, ent.end):
                blocked[i] = True
        elif ent.label_ == "PERSON" and (
            ((ent.start_char, ent.end_char) in retyped and bool(gaz.lookup(ent.text)))
            or _place_after_preposition(doc, gaz, ent.start, ent.end)
            or _after_place_noun(doc, ent.start)
            or _kind_country(full, gaz, ent.start_char) is not None
            or _place_after_from(doc, gaz, ent.start, ent.end, countries())
            or _conjunct_of_place(doc, gaz, ent.start, ent.end, countries())
            or _in_place_list(doc, gaz, ent.start, ent.end, countries())
            or _kind_word_after(doc, gaz, ent.start, ent.end)
            or _division_noun_after(doc, ent.start, ent.end)
            or _division_before_adjective(doc, gaz, ent.start, ent.end)
            or _division_with_its_noun(doc, gaz, ent.start, ent.end)
            or _town_in_place_slot(doc, gaz, ent.start, ent.end, countries(), person=True)
            or _town_before_its_division(doc, gaz, ent.start, ent.end)
            or _town_after_compass(doc, gaz, ent.start, ent.end)
            or _big_place_after_motion(doc, gaz, ent.start, ent.end)
            or _named_airport(doc, ent.start, ent.end)
        ):
            found.append((ent.start, ent.end, "ner", "GPE"))  # "fighting in Homs" tagged PERSON
            for i in range(ent.start, ent.end):
                blocked[i] = True
        elif ent.label_ in _BLOCKING_LABELS:
            for i in range(ent.start + _name_before_time(ent), ent.end):
                blocked[i] = True
    # proper-noun runs outside any entity that name a well-known place
    # token attributes read as arrays: no Token object for the words that cannot start a name
    propn = [p == PROPN for p in doc.to_array(POS).tolist()]
    title = doc.to_array(IS_TITLE).tolist()
    # a hyphen joining two name words ("Mecklenburg-Western Pomerania") is part of the run,
    # so the whole division name is tried before a shorter name inside it
    inner = list(propn)
    for k in range(1, len(doc) - 1):
        if doc[k].text == "-" and not doc[k - 1].whitespace_ and not doc[k].whitespace_ and propn[k + 1]:
            inner[k] = True
    orgs = [(ent.start, ent.end) for ent in doc.ents if ent.label_ == "ORG"]
    i = 0
    while i < len(doc):
        if blocked[i] or not (propn[i] or doc[i].idx in retyped_starts) or not title[i]:
            i += 1
            continue
        hit = None
        # a hyphenated name with a particle ("Saint-Valery-en-Caux"), longer than the scan's window: whole,
        # after "the town of" or when the index knows it
        chain = _hyphen_chain(doc, i, i + 1)
        if chain[1] > i + 1 and not any(blocked[k] for k in range(i, chain[1])):
            name = full[doc[i].idx : doc[chain[1] - 1].idx + len(doc[chain[1] - 1])]
            if _acceptable(gaz, name) and _after_place_noun(doc, i):
                hit, source = chain[1], "ner"
            elif _acceptable(gaz, name) and _strong(gaz, name):
                hit, source = chain[1], "scan"
        placed = retyped_starts.get(doc[i].idx)
        if hit is None and placed is not None and "-" in full[doc[i].idx : placed]:
            # an untagged hyphenated town the entities stage placed ("fled to Anse-des-Lunes")
            span = doc.char_span(doc[i].idx, placed)
            if span is not None and not any(blocked[k] for k in range(span.start, span.end)):
                hit, source = span.end, "ner"
        for n in range(MAX_SCAN_TOKENS, 0, -1) if hit is None else ():
            j = i + n
            if j > len(doc) or not propn[j - 1] or any(blocked[k] or not inner[k] for k in range(i, j)):
                continue
            name = full[doc[i].idx : doc[j - 1].idx + len(doc[j - 1])]
            if (_strong(gaz, name) and _acceptable(gaz, name)) or _kind_word_after(doc, gaz, i, j):
                hit, source = j, "scan"
                break
            if _division_noun_after(doc, i, j) and _acceptable(gaz, name) and name not in first_names():
                hit, source = j, "ner"  # "the Kiptuli district": a place no source has
                break
            if _kind_country(full, gaz, doc[i].idx) is not None and _acceptable(gaz, name):
                hit, source = j, "ner"  # "the Greek island of Lipsi", untagged
                break
            if _generic_feature(doc, i, j) and _acceptable(gaz, name):
                hit, source = j, "feature"  # "the Kessel Darya", "Wadi Tarvo": a river, valley, lake
                break
            if (
                j < len(doc)
                and doc[j].text == "river"
                and _acceptable(gaz, name)
                and name not in first_names()
            ):
                hit, source = j, "feature"  # "the Kessel river": a river, its generic word in lower case
                break
            if _square_name(doc, i, j):
                hit, source = j, FACILITY  # "Plaza Tarvo": a square of its town
                break
            if _in_place_list(doc, gaz, i, j, countries()):
                hit, source = j, "ner"  # "in Kessel, Morrow and Tane": a small town in a list of places
                break
            if _town_in_place_slot(doc, gaz, i, j, countries()):
                hit, source = j, "ner"  # "in Tarvo", untagged: a capital, or a town of the story's country
                break
            if (
                _after_place_noun(doc, i)
                and _acceptable(gaz, name)
                and name not in first_names()
                and gaz.lookup(name)
            ):
                hit, source = j, "ner"  # "the town of Tarvo", untagged: the place noun says it is one
                break
            # a capitalised facility word, or any after a possessive name ("Kessel's Tarvo airport")
            possessed = i >= 2 and doc[i - 1].text in ("'s", "’s") and title[i - 2] and propn[i - 2]
            head = (
                _facility_after(doc, j)
                if doc[j - 1].whitespace_ and j < len(doc) and (title[j] or possessed)
                else None
            )
            if head is None and facilities and j < len(doc):
                # "at Rebeuss prison", untagged: the entities stage joined the name and its noun
                joined = _facility_after(doc, j)
                if (
                    joined is not None
                    and (doc[i].idx, doc[joined - 1].idx + len(doc[joined - 1])) in facilities
                ):
                    head = joined
            if head is not None and _acceptable(gaz, name) and name not in first_names():
                hit, source = head, FACILITY  # "the Soundiata Barracks": a named facility
                break
        if hit is not None and source == "scan" and _word_of_org_name(doc, gaz, orgs, i, hit):
            hit = None
        if hit is None:
            i += 1
            continue
        if source == "feature":
            source, label = "ner", "LOC"
        else:
            label = "GPE" if source == "ner" else ""
        found.append((i, hit, source, label))
        i = hit
    found += _feature_names(doc, found)
    # "known by its Portuguese initials": the language of a name's letters, no country meant
    found = [
        f
        for f in found
        if not (f[2] == ADJECTIVAL and f[1] < len(doc) and doc[f[1]].lower_ in _INITIALS_NOUNS)
    ]
    found += _division_adjectives(doc, gaz, blocked, {a for a, _b, _s, _l in found})
    found, divisions = _division_lists(doc, gaz, found)
    found += _dateline_places(doc, gaz, full, {k for a, b, _s, _l in found for k in range(a, b)}, blocked)
    found += _route_ends(doc, gaz, blocked, {k for a, b, _s, _l in found for k in range(a, b)})
    found += _repeats(doc, found)
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
        if (source == ADJECTIVAL or (source == "ner" and label == "GPE")) and start not in divisions:
            s, e = _char_span(doc, start, end)
            if gaz.demonym_country(full[s:e]) is not None:  # "Iraqi", also where tagged GPE
                toponyms.append(Toponym(s, e, full[s:e], ADJECTIVAL, COUNTRY, label=label))
                continue
            if source == ADJECTIVAL:
                continue
        if end < len(doc) and doc[end].text in _ADMIN2_WORDS and source == "ner":
            end += 1  # "Madison County" when the entity stopped at "Madison"
        want, end2 = _cue(doc, start, end)
        if start in divisions:
            want = divisions[start] or want  # "the Ardal and Vesta regions": each a division
        s, e = _char_span(doc, start, end)
        query = full[s:e]
        bare = _strip_airport(query)
        if bare and not any(g.feature == AIRPORT for g in gaz.lookup(query)):
            want, query = AIRPORT, bare  # "Kano airport": the airport of Kano; a known airport's
            # own name ("Jomo Kenyatta International Airport") is looked up as it is
        elif want == AIRPORT:
            e = _char_span(doc, start, end2)[1]
        if not _acceptable(gaz, query) and start not in divisions:
            continue
        cued = source == "ner" and (
            _place_cue_before(doc, start)
            or _division_noun_after(doc, start, end)
            or ((s, e) in retyped and "-" in query)  # a hyphenated town the entities stage placed
        )
        country = _kind_country(full, gaz, s)
        toponyms.append(
            Toponym(
                s,
                e,
                query,
                source,
                want,
                label=label,
                cued=cued or country is not None or start in divisions,
                country=country,
                division=start in divisions,
            )
        )
    words, spans = _person_words(doc, entities)
    # "Morgan City, Louisiana": a town before its state, whatever a person's name says
    wired = {doc[a].idx for a, b, _s, _l in found if _town_before_its_division(doc, gaz, a, b)}
    # ... and a town or division in a list of places ("in Kessel, Morrow and Tane")
    wired |= {doc[a].idx for a in divisions} | features
    wired |= {doc[a].idx for a, b, _s, _l in found if _in_place_list(doc, gaz, a, b, countries())}
    # ... and a town a bearing is taken from ("east of Tarvo Bay")
    wired |= {doc[a].idx for a, b, _s, _l in found if _town_after_compass(doc, gaz, a, b)}
    toponyms = [
        t
        for t in toponyms
        if t.start in wired or _city_name(gaz, t.query) or not _is_person(t, gaz, words, spans)
    ]
    # a word inside an organisation's name is no place of a country other than the one the text
    # writes with it ("Phoenix" of "Phoenix Dredging Group of Antwerp, Belgium"; the country
    # of "Aurora" in "Aurora Holdings, a Polish firm"); "Iowa" of "Iowa State University" stays
    # a place, and so does a word of a name whose country was only inferred
    orgs = [
        (m.start, m.end, code)
        for e in entities
        if e.type == "ORG"
        and e.actor
        and e.actor.country
        and e.attributes.get("country_basis") in WRITTEN_COUNTRY
        and (code := _alpha2(e.actor.country))
        for m in e.mentions
    ]
    toponyms = [
        t
        for t in toponyms
        if not any(
            s <= t.start
            and t.end <= e
            and e - s > t.end - t.start
            and not any(g.country == code for g in gaz.lookup(t.query))
            for s, e, code in orgs
        )
    ]
    # a sports club named with its prefix ("FK Varda Brest") and its short form later ("Varda"),
    # as the entities stage joined them: no place inside, though its name ends with the club's town
    clubs = [
        (m.start, m.end)
        for e in entities
        if e.type == "ORG" and any(m.text.split()[0] in club_prefixes() for m in e.mentions)
        for m in e.mentions
    ]
    toponyms = [t for t in toponyms if not any(s <= t.start and t.end <= e for s, e in clubs)]
    toponyms = _drop_headline_phrases(doc, full, toponyms)
    toponyms = [t for t in toponyms if not _cut_opener(full, t)]
    return _link_containers(full, toponyms, gaz)


@functools.cache
def _name_openers() -> frozenset[str]:
    """Words that open longer names ("San", "Mercado"): ``place_name_openers.txt``."""
    return frozenset(load_lines("place_name_openers.txt"))


_WORD_BEFORE = re.compile(r"(\w+) $")  # the word and space right before a position


def _cut_opener(full: str, t: Toponym) -> bool:
    """True for a one-word toponym that is a word opening longer names ("San", "Mercado"),
    written right before a capitalised word or after another such word ("Mercado San Telmo"
    read as "San"):
    a piece of a longer name, never a place of its own."""
    if t.query not in _name_openers() or full[t.start : t.end] != t.query:
        return False
    after = full[t.end : t.end + 2]
    before = _WORD_BEFORE.search(full, max(0, t.start - 40), t.start)
    return (len(after) == 2 and after[0] == " " and after[1].isupper()) or (
        before is not None and before.group(1) in _name_openers()
    )


def _feature_names(doc: Doc, found: Sequence[tuple[int, int, str, str]]) -> list[tuple[int, int, str, str]]:
    """Names of natural features and islets no rule took ("Volcán de Kessel", "fishermen from Île
    aux Tarves", "Anse d'Hermitage": :func:`~storyline.knowledge.feature_name_end`), each a place
    (tagged LOC: a country at most when no source has it). Not inside a longer entity ("Mount
    Kessel Hospital")."""
    taken = {k for a, b, _s, _l in found for k in range(a, b)}
    words = [t.text for t in doc]
    ents = [(e.start, e.end) for e in doc.ents]
    out: list[tuple[int, int, str, str]] = []
    i = 0
    while i < len(doc):
        end = feature_name_end(words, i) if doc[i].is_title else None
        if (
            end is None
            or any(k in taken for k in range(i, end))
            or any(a < end and i < b and (a < i or b > end) for a, b in ents)
        ):
            i += 1
            continue
        out.append((i, end, "ner", "LOC"))
        i = end
    return out


def _known_settlement(gaz: Gazetteer, text: str) -> bool:
    """True when the index knows ``text`` as a country, a division or a town of
    ``FEATURE_NAME_TOWN`` people or more."""
    return any(
        e.feature in (COUNTRY, ADMIN1, ADMIN2) or (e.feature == CITY and e.population >= FEATURE_NAME_TOWN)
        for e in gaz.lookup(text)
    )


HEADLINE_SHARE = 0.85  # share of a sentence's long words capitalised that makes it a title-case headline


def _word_of_org_name(
    doc: Doc, gaz: Gazetteer, orgs: Sequence[tuple[int, int]], start: int, end: int
) -> bool:
    """True for one word inside an organisation's name, after its first word and not after
    "of" or "in", that names a place only as another name's short form ("Capital" of "Avenue
    Capital Group": the Capital Region's; "Nacional" of "Unión Nacional de Trabajadores": the
    Distrito Nacional's): a word of the name, not a place. A word that is a place's own name
    ("Madison" of "the Lake Madison Rowing Club") is kept."""
    if end - start != 1 or doc[start - 1].lower_ in ("of", "in", "for", "de"):
        return False
    if not any(a < start and end <= b for a, b in orgs):
        return False
    word = doc[start].text
    return not any(name_key(e.name) == name_key(word) for e in gaz.lookup(word))


def _drop_headline_phrases(doc: Doc, full: str, toponyms: list[Toponym]) -> list[Toponym]:
    """The toponyms but the common phrases a title-case headline's casing made names of
    ("Lifer Escapes Prison After 20 Years", "Riots Close Border Crossing"): a name of several
    words in a headline that the body never writes, one of whose words before the last is a
    word the body writes in lower case (as it is or without its inflection: "Escapes" for the
    body's "escaped")."""
    heads = [
        (sent.start_char, sent.end_char)
        for sent in doc.sents
        if len(words := [w.text for w in sent if w.is_alpha and len(w) > 3]) >= 3
        and sum(1 for w in words if w[0].isupper()) >= HEADLINE_SHARE * len(words)
    ]
    if not heads:
        return toponyms

    def in_head(at: int) -> bool:
        return any(a <= at < b for a, b in heads)

    lower = {
        form for t in doc if t.is_alpha and t.is_lower and not in_head(t.idx) for form in (t.lower_, t.lemma_)
    }

    def phrase(t: Toponym) -> bool:
        name = full[t.start : t.end]
        words = name.split()
        if len(words) < 2 or t.source == ADJECTIVAL or not in_head(t.start):
            return False
        if any(not in_head(m.start()) for m in re.finditer(re.escape(name), full)):
            return False  # the body writes the name too
        return any(w.lower() in lower or set(uninflected(w.lower())) & lower for w in words[:-1])

    return [t for t in toponyms if not phrase(t)]


def _dateline_places(
    doc: Doc, gaz: Gazetteer, full: str, covered: set[int], blocked: list[bool]
) -> list[tuple[int, int, str, str]]:
    """The places of wire datelines that no entity and no scan took ("BRUSSELS" of
    "LUXEMBOURG/BRUSSELS (Reuters) -": spaCy tags neither and the scan reads title-case names
    only): each a known country, division or big city, or a town no source has whose region
    or country the dateline writes."""
    out: list[tuple[int, int, str, str]] = []
    for line in datelines(full):
        for place in (line.place, line.also):
            span = doc.char_span(*place) if place else None
            if span is None:
                continue
            # a date entity does not hide the place ("Pune, Nov 19 (IANS)" tagged DATE as a whole),
            # nor a person's name inside it (part of an all-caps "SAN JOSE DEL MONTE" tagged PERSON)
            inside = {
                k
                for e in doc.ents
                if e.label_ == "PERSON" and span.start <= e.start and e.end <= span.end
                for k in range(e.start, e.end)
            }
            if any(
                k in covered or (blocked[k] and doc[k].ent_type_ not in ("DATE", "TIME") and k not in inside)
                for k in range(span.start, span.end)
            ):
                continue
            name = full[place[0] : place[1]]
            if _strong(gaz, name) and _acceptable(gaz, name):
                out.append((span.start, span.end, "scan", ""))
            elif place == line.place and line.region is not None and _acceptable(gaz, name):
                # "KOTHAMANGALAM, India —": a town no source has, its country written after it:
                # a place of that country, with no point rather than a guess
                out.append((span.start, span.end, "ner", "LOC"))
    return out


# " district of ", " neighbourhood of the ": a part of a town named before the town
_PART_OF = re.compile(r" (?:district|neighbou?rhood|suburb|quarter|township|area) of (?:the )?")
_PART_AFTER = re.compile(r" (?:district|neighbou?rhood|suburb|quarter|township|area)\b")


# ", west " / ", south-east ": a comma and a direction between a place and the one it is in
_COMPASS_GAP = re.compile(r", (?:north|south|east|west|central)(?:-?(?:east|west))? ")


def _link_containers(text: str, toponyms: list[Toponym], gaz: Gazetteer) -> list[Toponym]:
    """Mark "X, Y" pairs: Y (a division or country) contains X; "X, Tenn." adds the abbreviation."""
    out: list[Toponym] = []
    for k, t in enumerate(toponyms):
        if out and out[-1].end > t.start:
            continue  # already covered by an abbreviation found after the previous toponym
        out.append(t)
        m = _ABBREVIATION_AFTER.match(text, t.end)
        if m is None or t.want == AIRPORT or t.source == ADJECTIVAL:
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
        if (
            (
                (gap.strip() == "," and len(gap) <= 3)
                or _COMPASS_GAP.fullmatch(gap) is not None  # "Kensington, west London"
                or _PART_OF.fullmatch(gap) is not None  # "the Soho district of London"
            )
            and a.want != AIRPORT
            and ADJECTIVAL not in (a.source, b.source)
        ):
            out[k] = replace(a, within=k + 1)
    return out


# --- resolving --------------------------------------------------------------------------------


def _prior(e: GazEntry, gaz: Gazetteer) -> float:
    if e.feature == CITY:
        return 2.0 * math.log10(e.population + 1) + (CAPITAL_BONUS if e.index in gaz.capitals else 0.0)
    return _PRIOR[e.feature] + (e.population if e.feature == AIRPORT else 0)


class _Context:
    """The article's countries, divisions and local places as resolved so far, to score against.

    A toponym's own name does not count as its context: three mentions of "Paris" beside
    "Illinois" must not vote for France among themselves. Local readings (towns, counties)
    gain when a reading of another toponym of the article lies near them: "Paris" beside
    "Henry County" is the Paris in Henry County, Tennessee.
    """

    def __init__(
        self,
        keys: Sequence[str],
        chosen: Sequence[GazEntry | None],
        cands: Sequence[Sequence[GazEntry]] = (),
        near: dict[tuple[int, str], tuple[float, int]] | None = None,
        gaz: Gazetteer | None = None,
    ) -> None:
        self._near = near if near is not None else {}  # shared by passes: candidates do not change
        self._countries: dict[str, Counter[str]] = {}
        self._admin1: dict[str, Counter[tuple[str, str]]] = {}
        for k, (key, e) in enumerate(zip(keys, chosen, strict=True)):
            if e is not None and e.country:
                weak = gaz is not None and k < len(cands) and _weak_reading(gaz, e, cands[k])
                self._countries.setdefault(key, Counter())[e.country] += WEAK_VOTE if weak else 1
                if e.admin1:
                    # a named division ("Kentucky") says more than a city that lies in one
                    weight = 2 if e.feature == ADMIN1 else 1
                    self._admin1.setdefault(key, Counter())[(e.country, e.admin1)] += weight
        # local readings of every toponym, on a one-degree grid, for the nearness bonus
        self._grid: dict[tuple[int, int], list[tuple[float, float, str]]] = {}
        done: set[str] = set()
        self._national: set[str] = set()  # names one of whose readings is a country or world region
        for key, cs in zip(keys, cands, strict=False):
            if key in done:
                continue
            done.add(key)
            if any(e.feature in (COUNTRY, REGION) for e in cs):
                self._national.add(key)
            local = [e for e in cs if e.feature in (CITY, ADMIN2)]
            if len(local) > MAX_NEAR_READINGS:
                local = sorted(local, key=lambda e: -e.population)[:MAX_NEAR_READINGS]
            for e in local:
                cell = (math.floor(e.lat), math.floor(e.lon))
                self._grid.setdefault(cell, []).append((float(e.lat), float(e.lon), key))
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

    def _nearest_others(self, e: GazEntry, key: str) -> tuple[float, int]:
        """Distance in km from ``e`` to the nearest local reading of another toponym (up to ~2
        cells), and how many other toponyms have a local reading within ``NEAR_KM`` of it:
        "Decatur" beside "DeKalb County" and "Avondale Estates" is the Georgia town with two
        neighbours, not the larger Illinois one that a reading of one other name lies near."""
        cached = self._near.get((e.index, key))
        if cached is not None:
            return cached
        y, x = math.floor(e.lat), math.floor(e.lon)
        best = math.inf
        neighbours: set[str] = set()
        for dy in (-1, 0, 1):
            for dx in (-1, 0, 1):
                for lat, lon, k in self._grid.get((y + dy, x + dx), ()):
                    if k != key:
                        km = distance_km(e.lat, e.lon, lat, lon)
                        best = min(best, km)
                        if km <= NEAR_KM:
                            neighbours.add(k)
        self._near[(e.index, key)] = best, len(neighbours)
        return best, len(neighbours)

    def bonus(self, e: GazEntry, key: str) -> float:
        """Context score of ``e`` as a reading of the toponym ``key``."""
        countries, admin1 = self._others(key)
        score = 0.0
        if e.country and countries:
            # a share of the votes; half votes alone do not make a whole
            score += COUNTRY_BONUS * countries[e.country] / max(1.0, sum(countries.values()))
        if e.country and e.admin1 and admin1[(e.country, e.admin1)] > 0:
            score += ADMIN1_BONUS * min(1.0, admin1[(e.country, e.admin1)] / 2)
        if self._grid and e.feature in (CITY, ADMIN2):
            near, neighbours = self._nearest_others(e, key)
            if near <= NEAR_KM:
                score += NEAR_BONUS
                # a namesake among several of the story's places beats one beside a single place
                # (a town only against other towns: "Guatemala" stays the country)
                if key not in self._national:
                    score += SUPPORT_BONUS * min(SUPPORT_CAP, neighbours - 1)
            elif near <= 2 * NEAR_KM:
                score += NEAR_BONUS / 2
        return score


def _weak_reading(gaz: Gazetteer, e: GazEntry, cands: Sequence[GazEntry]) -> bool:
    """True when a local reading ``e`` (a town or county) has a namesake in another country
    that scores within ``WEAK_MARGIN`` of it on the prior: the name alone does not say which
    country it is in."""
    if e.feature not in (CITY, ADMIN2):
        return False
    own = _prior(e, gaz)
    return any(
        c.country != e.country and c.feature in (CITY, ADMIN2) and _prior(c, gaz) >= own - WEAK_MARGIN
        for c in cands
    )


def _candidates(gaz: Gazetteer, t: Toponym) -> list[GazEntry]:
    if t.source == ADJECTIVAL:
        country = gaz.demonym_country(t.query)
        return [country] if country is not None else []
    if t.want == FACILITY:
        # a curated facility ("Rafah crossing", "Erez checkpoint"), else unlocated
        return [e for e in gaz.lookup(t.query) if e.feature == FACILITY]
    words = t.query.split()
    if len(words) > 1 and words[0].title() in _COMPASS and not gaz.lookup(t.query):
        # "North Texas", "Western Massachusetts": the division or country it is part of
        rest = [e for e in gaz.lookup(" ".join(words[1:])) if e.feature in (COUNTRY, ADMIN1)]
        if rest:
            return rest
    abbr = gaz.abbreviation(t.query) if t.source == "abbr" or "." in t.query else None
    if abbr is not None:
        return [abbr]
    cands = [e for e in gaz.lookup(t.query) if e.feature != AIRPORT or t.want is None]
    if not cands and len(words) > 1 and words[-1].casefold() in _KIND_WORDS:
        # "Henan Province", "Betong district", "Deir Ezzor City": the bare name, of that kind
        kinds = _KIND_WORDS[words[-1].casefold()]
        cands = [e for e in gaz.lookup(" ".join(words[:-1])) if e.feature in kinds]
    if not cands and "-" in t.query:
        # "Kara-Wang" that the gazetteer writes as one word ("Karawang"); "Kara Wang" is the same key
        cands = [e for e in gaz.lookup(t.query.replace("-", "")) if e.feature != AIRPORT]
    for form in arabic_article_forms(t.query) if not cands else ():
        # "Shibin al-Kom" that the gazetteer writes "Shibin el-Kom": the article spelt another way
        cands = [e for e in gaz.lookup(form) if e.feature not in (AIRPORT, FACILITY)]
        if cands:
            break
    if t.division:
        # one of "the Ardal and Vesta regions": a division of that name, never a country or a
        # nation ("the Mexico and Hidalgo states"); a town of the name only for districts
        # (districts and counties: a second-level division first, then a first-level one, then a town)
        for level in (ADMIN1, ADMIN2) if t.want == ADMIN1 else (ADMIN2, ADMIN1, CITY):
            if division := [e for e in cands if e.feature == level]:
                return division
        return []
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
    return _city_over_its_division(gaz, cands, key)


def _city_over_its_division(gaz: Gazetteer, cands: list[GazEntry], key: str) -> list[GazEntry]:
    """Drop a first-level division whose namesake among the candidates is its largest city.

    A bare "Nakuru" or "Gaziantep" (no "County"/"Province" word, which picks the division
    earlier) is read as the city, the populated place the division is named after; "Quebec",
    whose largest city is Montreal, stays the province, and so does "New York", whose city
    is named otherwise ("New York City"): the public corpora (LGL, GeoVirus) read a bare "New
    York" as the state far more often than as the city. A national capital among the candidates
    counts as the namesake by any of its names. ``key`` is the name key of the text's name.
    """
    # a city's short form ("Santa Rosa" of "Santa Rosa de Copan") counts as its very name
    cities = {
        (e.country, e.admin1, e.index): name_key(e.name) == key or _short_form(key, name_key(e.name))
        for e in cands
        if e.feature == CITY and (_same_spelling(name_key(e.name), key) or _short_form(key, name_key(e.name)))
    }
    # a national capital the gazetteer knows by another name ("Ulaanbaatar" for GeoNames' "Ulan
    # Bator"): the city, not the first-level division it forms (a capital city's division)
    cities.update(
        {(e.country, e.admin1, e.index): True for e in cands if e.feature == CITY and e.index in gaz.capitals}
    )
    if not cities:
        return cands
    # a city known here by another spelling ("Andijan" for GeoNames' "Andijon") counts where
    # the division too is only so known ("Andijan Region"), not against one of the very name
    return [
        e
        for e in cands
        if not (
            e.feature == ADMIN1
            and e.country
            and e.admin1
            and (own := cities.get((e.country, e.admin1, gaz.largest_city(e.country, e.admin1)))) is not None
            and (own or name_key(e.name) != key)
        )
    ]


# the linking words of a Romance place name's qualifier ("Santa Rosa de Copan", "San Jose del Monte")
_ROMANCE_QUALIFIER = re.compile(r" (?:de|del|de la|de las|de los|do|da|dos|das|di|della|dei)\b")


def _short_form(key: str, city: str) -> bool:
    """Whether ``key`` is the everyday short form of a city name with a Romance qualifier
    ("santa rosa" for "Santa Rosa de Copan"): the name's words up to a linking word. An
    English qualifier ("New York City") does not count."""
    return city.startswith(key) and _ROMANCE_QUALIFIER.match(city, len(key)) is not None


SAME_SPELLING = 0.75  # similarity of two name keys that spell one name ("andijan", "andijon")


def _same_spelling(a: str, b: str) -> bool:
    """Whether two name keys are spellings of one name, not different names an index links
    ("cusco"/"cuzco" are; "kunming"/"yunnan", a capital and its province, are not)."""
    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= SAME_SPELLING


def _contains(container: GazEntry, e: GazEntry) -> bool:
    if container.feature == COUNTRY:
        return e.country == container.country and e.feature != COUNTRY
    if container.feature == ADMIN1:
        return e.country == container.country and e.admin1 == container.admin1 and e.feature != ADMIN1
    if container.feature == CITY:
        # "Kensington, west London": the district of that name within reach of the city
        return (
            e.feature == CITY
            and e.country == container.country
            and distance_km(e.lat, e.lon, container.lat, container.lon) <= NEAR_KM
        )
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
    for k, t in enumerate(toponyms):
        if t.country is not None:  # "the Greek island of X": a reading in Greece, else none
            inside = [e for e in cands[k] if e.country == t.country and e.feature != COUNTRY]
            if inside or not any(e.feature == COUNTRY for e in cands[k]):
                cands[k] = inside  # (a territory's own name is kept: "the French island of Réunion")
    keys = [name_key(t.query) for t in toponyms]
    first = [_best(gaz, c, key=k) for c, k in zip(cands, keys, strict=True)]
    for k, t in enumerate(toponyms):  # containers ("Vancouver, Washington") restrict candidates
        container = first[t.within] if t.within is not None else None
        if container is not None:
            inside = [e for e in cands[k] if _contains(container, e)]
            if inside:
                cands[k] = inside
                first[k] = _best(gaz, inside, key=keys[k])
    for k, t in enumerate(toponyms[:-1]):  # "Victoria in Canada": a reading in that country
        container = first[k + 1]
        if (
            t.within is None
            and container is not None
            and container.feature in (COUNTRY, ADMIN1)
            and text[t.end : toponyms[k + 1].start] == " in "
            and ADJECTIVAL not in (t.source, toponyms[k + 1].source)
        ):
            inside = [e for e in cands[k] if _contains(container, e)]
            if inside:
                cands[k] = inside
                first[k] = _best(gaz, inside, key=keys[k])
    # one of "the A and B provinces" is a division of a country the story's other places are in
    # ("the Luxembourg and Namur provinces of Belgium": no division of Luxembourg the country)
    named = {e.country for t, e in zip(toponyms, first, strict=True) if e is not None and not t.division}
    for k, t in enumerate(toponyms):
        if t.division and named:
            cands[k] = [e for e in cands[k] if e.country in named]
            first[k] = _best(gaz, cands[k], key=keys[k])
    # a name a region shares with its seat, listed with cities ("Almaty, Shymkent and Karaganda")
    # or after "the city of": the city, not the region of that name
    for k, t in enumerate(toponyms):
        e = first[k]
        if e is None or e.feature != ADMIN1 or t.division or t.want == ADMIN1:
            continue
        seat = [c for c in cands[k] if c.feature == CITY and _contains(e, c)]
        mates = [
            j
            for j in (k - 1, k + 1)
            if 0 <= j < len(toponyms)
            and text[toponyms[min(j, k)].end : toponyms[max(j, k)].start] in _LIST_GLUE
            and first[j] is not None
            and first[j].feature == CITY
            and first[j].country == e.country  # one country's cities, not "Lagos and New York"
            and not _contains(e, first[j])  # "Atlanta, Georgia": the state its city is in
        ]
        last = k
        while last + 1 < len(toponyms) and text[toponyms[last].end : toponyms[last + 1].start] in _LIST_GLUE:
            last += 1
        after = re.match(r"\s*([A-Za-z]+)", text[toponyms[last].end : toponyms[last].end + 16])
        if after and after[1].lower().removesuffix("s") in _ADMIN1_WORDS:
            continue  # "Karaganda, Pavlodar and Kostanay regions": a list of regions
        if seat and (mates or t.want == CITY):
            cands[k] = seat
            first[k] = _best(gaz, seat, key=keys[k])
    chosen = first
    # a dateline ("GENEVA (Reuters) -") names the city by itself, as wire style does only for
    # cities known without a qualifier: its reading is the likeliest one on its own, and the
    # story's other places ("Washington" in a story from Geneva) do not move it
    filed = {p[0]: d.end for d in datelines(text) for p in (d.place, d.also) if p}
    opening = [k for k, t in enumerate(toponyms) if t.start in filed and t.end < filed[t.start]]
    lines = {p[0]: d for d in datelines(text) for p in (d.place, d.also) if p}
    for k in opening:  # a dateline in another language ("TOLEDO, 6 mar (EFE).-"): a reading in its countries
        line = lines.get(toponyms[k].start)
        if line is None or line.region is not None:  # "TOLEDO, Ohio, 6 mar": the region wins
            continue
        countries = _dateline_countries(text, line)
        inside = [e for e in cands[k] if e.country in countries]
        if inside:
            cands[k] = inside
            first[k] = _best(gaz, inside, key=keys[k])
    for k in opening:  # ... and a city: "ANTOFAGASTA, Chile -" is the city, not its region
        cities = [e for e in cands[k] if e.feature == CITY]
        if cities:
            cands[k] = cities
            first[k] = _best(gaz, cities, key=keys[k])
    near: dict[tuple[int, str], tuple[float, int]] = {}
    for _ in range(CONTEXT_PASSES):  # a second round lets "Irvine" -> KY inform "Richmond"
        ctx = _Context(keys, chosen, cands, near, gaz)
        chosen = [_best(gaz, c, ctx, k) for c, k in zip(cands, keys, strict=True)]
        for k in opening:
            chosen[k] = first[k]
    # the dateline's name keeps its reading in the story ("a court in Antofagasta")
    filed_as = {keys[k]: first[k] for k in opening if first[k] is not None}
    for k, key in enumerate(keys):
        entry = filed_as.get(key)
        if entry is not None and entry in cands[k]:
            chosen[k] = entry
    home = _home_country(toponyms, keys, chosen, opening)
    filed_in = _filed_country(text, toponyms, chosen)
    abroad: set[int] = set()
    if home is not None:
        chosen, abroad = _stay_home(gaz, toponyms, keys, cands, chosen, home, opening, near)
    elif filed_in is not None:
        # filed from one country but not plainly about it: only namesakes far from the dateline go
        filed_at = [e for k in opening if (e := chosen[k]) is not None and e.country == filed_in]
        chosen, abroad = _stay_home(gaz, toponyms, keys, cands, chosen, filed_in, opening, near, filed_at)
    places: list[Place] = []
    for k, (t, best) in enumerate(zip(toponyms, chosen, strict=True)):
        part = _town_part(text, toponyms, chosen, opening, k, k in abroad, home or filed_in)
        if part is not None:
            # "Lima's Comas district", "the neighbourhoods of Kessel and Tarvo", "the Tarvo
            # market": a part of a town, at the town's point when no reading near it is known
            town, feature = part
            chosen[k] = town  # a later part of the town ("the Rimac neighbourhood") is in it too
            place = _place(t, town, text, name=t.query, feature=feature)
            places.append(replace(place, geonames_id=None))
            continue
        if k in abroad:  # a small namesake abroad in a story plainly elsewhere: the story's
            # country, no coordinates (a town no source has at home is still at home)
            places.append(Place(t.start, t.end, text[t.start : t.end], country=home or filed_in))
            continue
        if (
            best is None
            and t.want in (None, CITY)
            and ("-" in t.query or (t.source == "ner" and t.label in ("GPE", "LOC")))
        ):
            # a small town's other spelling ("Kara-Tobe"; "Jerlun" of GeoNames' "Kampung Jerlun"),
            # of the story's country only (one of another country it names is as often a namesake)
            best = _minor_town(gaz, t.query, home or filed_in) if home or filed_in else None
        landmark = t.source == "ner" and t.query.rsplit(" ", 1)[-1] in _landmark_words()
        facility = t.want in (FACILITY, AIRPORT) or (t.source == "ner" and t.label == "FAC") or landmark
        if (
            t.source in ("ner", "scan")
            and _RIVER_AFTER.match(text, t.end)
            and (best is None or best.feature != REGION)
        ):
            # "the Kessel river", its generic word in lower case outside the name: a river, never
            # the town of that name abroad; at its namesake town of the story's country, else the country
            places.append(_lowercase_river(gaz, text, t, toponyms, chosen, k, home or filed_in))
            continue
        if best is None and not facility and t.source == "ner" and _facility_named(t.query):
            # "the Tarvo District Jail in Kessel", tagged a place: at the town it is said to be in
            where = _container(text, toponyms, chosen, k)
            if where is not None and where.feature == CITY:
                place = _place(t, where, text, name=t.query, feature=FACILITY)
                places.append(replace(place, geonames_id=None))
                continue
        owner = _possessor(text, toponyms, chosen, k) if facility and best is None else None
        if owner is not None:
            # "Kessel's Marrow airport": the airport of that name serving the town, else the town's point
            airport_name = _strip_airport(t.query)  # not ``named``: the story's countries, read below
            airport = gaz.airport_named(owner, airport_name) if airport_name else None
            if airport is not None:
                places.append(replace(_place(t, airport, text), admin1=owner.admin1))
            else:
                feature = AIRPORT if airport_name else FACILITY
                place = _place(t, owner, text, name=t.query, feature=feature)
                places.append(replace(place, geonames_id=None))
            continue
        if facility and best is None:
            # a facility no source has: in the town it is said to be in, that town's point (as an
            # airport no source has takes its city's); in a larger place, only its country
            where = _container(text, toponyms, chosen, k)
            town = where if where is not None and where.feature == CITY else None
            if where is None:  # "Naval Station Mayport": the town it is named after, in the story's country
                town = _facility_town(gaz, t.query, home or filed_in)
            if where is None and town is None:  # "the Kessel Stadium" in a story about one town: there
                town = _dominant_town(toponyms, chosen, home or filed_in)
            if where is None and town is None and landmark:  # "the Tarvo Bridge to Kessel": at Kessel
                town = _sentence_town(text, toponyms, chosen, k)
            if where is not None and town is None:  # "in Kisumu" read as the county: its town
                town = next(
                    (
                        c
                        for c in cands[k + 1]
                        if c.feature == CITY
                        and c.country == where.country
                        and name_key(c.name) == keys[k + 1]
                    ),
                    None,
                )
            if town is not None:
                place = _place(t, town, text, name=t.query, feature=FACILITY)
                places.append(replace(place, geonames_id=None))
                continue
            if t.want in (FACILITY, AIRPORT) or where is not None:
                country = where.country or None if where is not None else None
                places.append(Place(t.start, t.end, text[t.start : t.end], country=country, feature=FACILITY))
                continue
        part_of = _part_of(text, toponyms, chosen, k)
        if part_of is not None and (best is None or best.country != part_of.country):
            # "the Tarbet district of Nairobi", unknown or known only abroad: at the city's point
            place = _place(t, part_of, text, name=t.query, feature=CITY)
            places.append(replace(place, geonames_id=None))
            continue
        town = _story_town(text, toponyms, chosen, opening, k) if best is None else None
        if town is not None:  # (left for a reading in or near the town: _town_part takes the rest)
            # "the Kelvane neighbourhood" no source has: a part of the story's town, at the
            # town's point (approximate), so nothing downstream reads it as an actor
            place = _place(t, town, text, name=t.query, feature=NEIGHBOURHOOD)
            places.append(replace(place, geonames_id=None))
            continue
        if best is None and t.source == "ner" and (home or filed_in):
            divisions_named = {(e.country, e.admin1) for e in chosen if e is not None and e.admin1}
            namesake = _feature_namesake(gaz, t.query, home or filed_in, divisions_named)
            if namesake is None:
                # a river along a border, named after a division of the neighbour the story names
                # ("the Kagera River" of a Ugandan story naming Tanzania): that division's point
                abroad_named = {e.country for e in chosen if e is not None and e.country} - {home or filed_in}
                found = {
                    e
                    for c in abroad_named
                    if (e := _feature_namesake(gaz, t.query, c)) is not None and e.feature in (ADMIN1, ADMIN2)
                }
                namesake = found.pop() if len(found) == 1 else None
            if namesake is not None:  # "the Kessel River" no source has: at the town it is named after
                place = _place(t, namesake, text, name=t.query, feature=REGION)
                places.append(replace(place, geonames_id=None))
                continue
        if best is None:
            if t.country is not None:  # "the Greek island of Lipsi", unknown in Greece: Greece, no point
                places.append(Place(t.start, t.end, text[t.start : t.end], country=t.country))
                continue
            # a dateline's town with its region written ("KOTHAMANGALAM, India —") is a place too
            dateline_town = k in opening and t.within is not None
            if t.source == "ner" and (t.label in ("LOC", "FAC") or t.cued or dateline_town):
                # a place no gazetteer has ("near Kalambaste"): in a story that plainly happens
                # in one country, or filed from one ("PATAZ, Peru —"), that country, and no
                # coordinates rather than a guess
                country = (home or filed_in) if t.label != "FAC" else None
                where = (
                    _container(text, toponyms, chosen, k) if country is None and t.label != "FAC" else None
                )
                if where is not None and where.country:
                    country = where.country  # "near the town of Kessel Vale in Ghana": the place it is in
                if (
                    country is None
                    and (t.division or _named_by_place_noun(text, t.start) or _river_name().match(t.query))
                    and len(named) == 1
                ):
                    # "the Ardal and Vesta regions of <country>"; "the Tashkul Darya", "the village of
                    # Kessel Vale" in a story naming one country
                    country = next(iter(named))
                places.append(Place(t.start, t.end, text[t.start : t.end], country=country))
            continue
        if t.want == AIRPORT and best.feature != AIRPORT:
            places.append(_airport_place(gaz, t, best, text))
            continue
        places.append(_place(t, best, text, feature=ADJECTIVAL if t.source == ADJECTIVAL else None))
    return places


# English month abbreviations that are also month words of other languages ("mar", "nov"): foreign
# only in lower case ("6 mar"), as an English dateline capitalises them ("Mar 6")
_ENGLISH_MONTHS = frozenset({m[:3].lower() for m in ENGLISH_MONTHS} | {"sept"})


@functools.cache
def _wire_languages() -> tuple[dict[str, str], dict[str, frozenset[str]], dict[str, tuple[str, ...]]]:
    """Agency -> language, language -> countries (``data/wire_languages.json``), and month word -> those
    of its languages (:func:`~storyline.knowledge.month_languages`) that have countries here."""
    data = load_json("wire_languages.json")
    languages = {lang: frozenset(cs) for lang, cs in data["languages"].items()}
    months = {w: tuple(ls for ls in langs if ls in languages) for w, langs in month_languages().items()}
    return dict(data["agencies"]), languages, {w: ls for w, ls in months.items() if ls}


def _dateline_countries(text: str, line: Dateline) -> frozenset[str]:
    """The countries (alpha-2) a dateline in another language files from: those of its agency's
    language ("(EFE)": Spanish), else of its month word's ("6 mar": Spanish, Italian or
    Portuguese); empty for an English dateline. A tie-break between a name's readings only."""
    agencies, languages, months = _wire_languages()
    lang = agencies.get(line.agency.casefold()) if line.agency else None
    if lang is not None:
        return languages[lang]
    if line.month_day is None:
        return frozenset()
    for word in re.findall(r"[^\W\d_]+", text[line.place[1] : line.end]):
        langs = months.get(word.casefold())
        if langs and (word.islower() or word.casefold() not in _ENGLISH_MONTHS):
            return frozenset(c for lang in langs for c in languages[lang])
    return frozenset()


def _facility_town(gaz: Gazetteer, name: str, country: str | None) -> GazEntry | None:
    """The town a facility is named after, in ``country``: the rest of its name once a facility
    phrase (``data/facility_words.txt``) is taken off its start or end ("Naval Station Mayport",
    "Mayport Naval Station"). Without a country to look in, a town of that name in one country
    only ("Marrow prison" in a story that names no country), and never one named by a common
    word ("Friendship Bridge": named for the word); else None."""
    words = name.split()
    folded = tuple(w.casefold() for w in words)
    for phrase in (p for group in _facility_words().values() for p in group):
        n = len(phrase)
        if len(words) <= n:
            continue
        if folded[:n] == phrase:
            rest = " ".join(words[n:])
        elif folded[-n:] == phrase:
            rest = " ".join(words[:-n])
        else:
            continue
        if country is None and " " not in rest and common_word(rest.lower()):
            return None  # "Friendship Bridge": named for the word, not after a town abroad
        towns = [
            e
            for e in gaz.lookup(rest)
            if e.feature == CITY
            and (country is None or e.country == country)
            and name_key(e.name) == name_key(rest)
        ]
        if country is None and len({e.country for e in towns}) > 1:
            return None
        return max(towns, key=lambda e: e.population) if towns else None
    return None


def _filed_country(text: str, toponyms: Sequence[Toponym], chosen: Sequence[GazEntry | None]) -> str | None:
    """The country of the story's dateline ("PATAZ, Peru —", "KISUMU, Kenya —"): its region's
    country, else its place's; None without a dateline or when no reading gives one."""
    spans = [(d.place[0], d.end) for d in datelines(text)]
    found = [
        (e.feature != COUNTRY, t.start, e.country)
        for t, e in zip(toponyms, chosen, strict=True)
        if e is not None and e.country and any(a <= t.start < b for a, b in spans)
    ]
    return min(found)[2] if found else None


def _named_by_place_noun(text: str, start: int) -> bool:
    """Whether the name at ``start`` follows "<place noun> of" ("the village of", a noun of
    ``place_nouns.txt``), which says it is a place whatever the gazetteer knows."""
    words = text[max(0, start - 40) : start].split()
    return len(words) >= 2 and words[-1].lower() == "of" and words[-2].lower() in _place_nouns()


def _container(
    text: str, toponyms: Sequence[Toponym], chosen: Sequence[GazEntry | None], k: int
) -> GazEntry | None:
    """The reading of the known place written right after toponym ``k`` as its container
    ("Lambwe airport in Kisumu", "Soundiata Barracks, Bamako"), else None."""
    if k + 1 >= len(toponyms) or chosen[k + 1] is None:
        return None
    between = text[toponyms[k].end : toponyms[k + 1].start]
    return chosen[k + 1] if between in {", ", " in ", " near ", " outside "} else None


_RIVER_AFTER = re.compile(r" river\b")
# A town abroad that a lower-case "river" is named after stands for it within this of the story's places.
RIVER_TOWN_KM = 150.0


def _lowercase_river(
    gaz: Gazetteer,
    text: str,
    t: Toponym,
    toponyms: Sequence[Toponym],
    chosen: Sequence[GazEntry | None],
    k: int,
    country: str | None,
) -> Place:
    """The river a name before a lower-case "river" stands for ("the Kessel river"): a curated
    river of that name, else the town of the story's country it is named after (as "the Kessel
    River" takes), else the story's country without coordinates. The story's country is its home
    or dateline country, else the one country its other places are in."""
    others = Counter(
        e.country
        for j, (o, e) in enumerate(zip(toponyms, chosen, strict=True))
        if j != k and e is not None and e.country and not _RIVER_AFTER.match(text, o.end)
    )
    top = others.most_common(1)[0] if others else None
    if country is None and top is not None and top[1] > sum(others.values()) / 2:
        country = top[0]  # most of the story's other places
    if country is None and not others and chosen[k] is not None:
        country = chosen[k].country  # nothing else to go by: its own reading's country
    query = f"{t.query} River"
    curated = [
        e for e in gaz.lookup(query) if e.feature == REGION and (country is None or e.country == country)
    ]
    if curated:
        return replace(_place(t, curated[0], text), feature=REGION)
    divisions = {(e.country, e.admin1) for j, e in enumerate(chosen) if j != k and e is not None and e.admin1}
    namesake = _feature_namesake(gaz, query, country, divisions)
    if namesake is not None:
        return replace(_place(t, namesake, text, name=query, feature=REGION), geonames_id=None)
    own = chosen[k]
    if own is not None and own.feature in (CITY, ADMIN2):
        # a town of the name across a nearby border: the river named after it runs by the story's
        # places ("the Kessel river" in a story from a border town a few kilometres away)
        near = [
            e
            for j, e in enumerate(chosen)
            if j != k
            and e is not None
            and e.feature in (CITY, ADMIN1, ADMIN2)
            and distance_km(e.lat, e.lon, own.lat, own.lon) <= RIVER_TOWN_KM
        ]
        if near:
            return replace(_place(t, own, text, name=query, feature=REGION), geonames_id=None)
    return Place(t.start, t.end, text[t.start : t.end], country=country)


def _possessor(
    text: str,
    toponyms: Sequence[Toponym],
    chosen: Sequence[GazEntry | None],
    k: int,
    features: tuple[str, ...] = (CITY,),
) -> GazEntry | None:
    """The known place of one of ``features`` written in the possessive right before toponym
    ``k`` ("Kessel's Marrow airport", "Nairobi's Tarbet district"), else None."""
    before = chosen[k - 1] if k >= 1 else None
    if before is None or before.feature not in features:
        return None
    return before if text[toponyms[k - 1].end : toponyms[k].start] in ("'s ", "’s ") else None


DOMINANT_SHARE = 0.5  # a town named in more than this share of the story's town mentions dominates it


def _dominant_town(
    toponyms: Sequence[Toponym], chosen: Sequence[GazEntry | None], country: str | None
) -> GazEntry | None:
    """The town a story is about: the one named in more than ``DOMINANT_SHARE`` of its town
    mentions (of its own country, where it has one), or None. A landmark no source has
    ("the Tarvo Stadium") in such a story stands at that town's point, good to the few
    kilometres a town's landmark is from its centre."""
    towns = Counter(
        e.index
        for t, e in zip(toponyms, chosen, strict=True)
        if e is not None and e.feature == CITY and t.want not in (FACILITY, AIRPORT)
    )
    if not towns:
        return None
    top, n = towns.most_common(1)[0]
    if n <= DOMINANT_SHARE * sum(towns.values()):
        return None
    entry = next(e for e in chosen if e is not None and e.index == top)
    return entry if country is None or entry.country == country else None


def _sentence_town(
    text: str, toponyms: Sequence[Toponym], chosen: Sequence[GazEntry | None], k: int
) -> GazEntry | None:
    """The known town a landmark is said to join ("the Tarvo Bridge between Kessel and Morrow",
    "the Tarvo Tunnel linking Kessel with Morrow": Kessel), the first named after the joining
    word in its sentence, else None: a bridge or a tunnel stands at the towns it joins, good to
    the few kilometres it runs from them, where the story is about no one town."""
    t = toponyms[k]
    join = _JOINING.match(text, t.end)
    if join is None:
        return None
    for other, e in zip(toponyms[k + 1 :], chosen[k + 1 :], strict=True):
        if _SENTENCE_END.search(text, join.end(), other.start):
            return None
        if e is not None and e.feature == CITY and other.want not in (FACILITY, AIRPORT):
            return e
    return None


# words after a landmark's name that say what it joins ("... between", "..., which links")
_JOINING = re.compile(
    r",?\s+(?:which\s+|that\s+)?(?:between|linking|links|connecting|connects|joining|joins)\b"
)
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019']?\s+[A-Z\"\u201c]|\n")


def _town_part(
    text: str,
    toponyms: Sequence[Toponym],
    chosen: Sequence[GazEntry | None],
    opening: Sequence[int],
    k: int,
    abroad: bool,
    country: str | None,
) -> tuple[GazEntry, str] | None:
    """The town toponym ``k`` is a part of, with the feature to file it under, when its own
    reading is no place near that town. A town the text names ("the Tarbet district of
    Nairobi", "Nairobi's Tarbet area") outranks any reading far from it ("Lima's Comas
    district" is not the Andean town Comas); the story's town, for a part named as one ("the
    Kelvane neighbourhood", "the neighbourhoods of Kelvane and Tarbet"), outranks no reading
    and a town elsewhere (``abroad``: a namesake in another country the story is not about),
    never a division nor a city by its own name; a town of ``country`` (the story's) first.
    None when the name is said to be no part of a town or its reading lies near it."""
    best = chosen[k]
    town = _part_of(text, toponyms, chosen, k)
    if town is not None:
        far = best is None or best.country != town.country
        if far or distance_km(best.lat, best.lon, town.lat, town.lon) > NEAR_KM:
            return town, CITY
        return None
    town = _story_town(text, toponyms, chosen, opening, k, country)
    if town is None:
        return None
    if best is None or abroad:
        return town, NEIGHBOURHOOD
    if best.feature in (COUNTRY, ADMIN1, REGION):
        return None
    # a city keeps its own name's reading ("the neighbourhoods of Gaza City"), unless known by
    # another of its names only ("Mirpur" of "New Mirpur City") or lying in a country no other
    # place of the story is in ("the Cerro neighbourhood" of a Uruguayan story is not the Cuban city)
    city = (
        best.feature == CITY
        and best.population >= SCAN_MIN_POPULATION
        and name_key(best.name) == name_key(toponyms[k].query)
        and any(e is not None and e.country == best.country for j, e in enumerate(chosen) if j != k)
    )
    if not city and (
        best.country != town.country or distance_km(best.lat, best.lon, town.lat, town.lon) > NEAR_KM
    ):
        return town, NEIGHBOURHOOD
    return None


def _part_of(
    text: str, toponyms: Sequence[Toponym], chosen: Sequence[GazEntry | None], k: int
) -> GazEntry | None:
    """The known town or county toponym ``k`` is said to be part of ("the Tarbet district of
    Nairobi", "Nairobi's Tarbet district"), else None."""
    owner = _possessor(text, toponyms, chosen, k, (CITY, ADMIN2))
    if owner is not None and _PART_AFTER.match(text, toponyms[k].end):
        return owner
    if k + 1 >= len(toponyms) or chosen[k + 1] is None or chosen[k + 1].feature not in (CITY, ADMIN2):
        return None
    between = text[toponyms[k].end : toponyms[k + 1].start]
    return chosen[k + 1] if _PART_OF.fullmatch(between) else None


# " neighbourhood", " suburb": a part of a town, never a rural division ("district" may be either)
_TOWN_PART_AFTER = re.compile(r" (?:neighbou?rhoods?|suburbs?)\b")
# "the neighbourhoods of ", "the suburb of ": a town's part named after its noun
_TOWN_PART_BEFORE = re.compile(r"\b(?:neighbou?rhoods?|suburbs?|townships?) of (?:the )?$", re.IGNORECASE)


def _town_part_before(text: str, toponyms: Sequence[Toponym], k: int) -> bool:
    """True when toponym ``k`` follows a noun for a town's part and "of" ("the neighbourhoods of
    Kelvane and Tarbet"), itself or as a later member of the list that opens there."""
    j = k
    while j > 0 and text[toponyms[j - 1].end : toponyms[j].start] in _LIST_GLUE:
        j -= 1
    return _TOWN_PART_BEFORE.search(text, max(0, toponyms[j].start - 40), toponyms[j].start) is not None


def _story_town(
    text: str,
    toponyms: Sequence[Toponym],
    chosen: Sequence[GazEntry | None],
    opening: Sequence[int],
    k: int,
    country: str | None = None,
) -> GazEntry | None:
    """The town an unknown part of a town is in ("the Kelvane neighbourhood", "Velmo suburb"):
    the nearest town named before it of ``country`` (the story's; else that of the town named
    most often before it: not the capital abroad a minister flew in from), else the dateline's
    town; None when toponym ``k`` is no part of a town or the story names no town before it."""
    if not (_TOWN_PART_AFTER.match(text, toponyms[k].end) or _town_part_before(text, toponyms, k)):
        return None
    towns = [e for e in chosen[:k] if e is not None and e.feature == CITY]
    if country is None and towns:
        # no plain story country: that of the town named most often so far ("Conakry" three
        # times and "Dakar" once), not a town named in passing just before
        counts = Counter(e.index for e in towns)
        country = max(reversed(towns), key=lambda e: counts[e.index]).country
    before = [e for e in towns if e.country == country]
    if before:
        return before[-1]
    return next((chosen[j] for j in opening if (e := chosen[j]) is not None and e.feature == CITY), None)


def _home_country(
    toponyms: Sequence[Toponym],
    keys: Sequence[str],
    chosen: Sequence[GazEntry | None],
    opening: Sequence[int],
) -> str | None:
    """The country a story plainly happens in, or None when it is not plain.

    Votes of the local readings (towns, counties, divisions) of the article's distinct place
    names, a dateline's city counting double: the leading country needs ``HOME_MIN_VOTES``
    votes and ``HOME_SHARE`` of them. Countries named in passing ("Italy and France sent
    planes") and nationality words do not vote: they say who is involved, not where.
    """
    votes: Counter[str] = Counter()
    seen: set[str] = set()
    for k, (t, key, e) in enumerate(zip(toponyms, keys, chosen, strict=True)):
        if e is None or not e.country or t.source == ADJECTIVAL or key in seen:
            continue
        if e.feature not in (CITY, ADMIN1, ADMIN2):
            continue
        seen.add(key)
        votes[e.country] += 2 if k in opening else 1
    if not votes:
        return None
    country, n = votes.most_common(1)[0]
    return country if n >= HOME_MIN_VOTES and n >= HOME_SHARE * sum(votes.values()) else None


def _stay_home(
    gaz: Gazetteer,
    toponyms: Sequence[Toponym],
    keys: Sequence[str],
    cands: Sequence[Sequence[GazEntry]],
    chosen: Sequence[GazEntry | None],
    home: str,
    opening: Sequence[int],
    near: dict[tuple[int, str], tuple[float, int]],
    far_from: Sequence[GazEntry] | None = None,
) -> tuple[list[GazEntry | None], set[int]]:
    """Readings abroad of a story that plainly happens in ``home``, moved home or dropped.

    A town or county abroad whose country nothing else in the article names (no other place,
    division, country or nationality word of it) is taken for its namesake in ``home`` when
    the gazetteer has one (a small town's other spelling too: :meth:`Gazetteer.lookup_minor`)
    and the foreign one is under ``HOME_OVER_FOREIGN_MAX_POPULATION``;
    with no namesake at home, a foreign town under ``FOREIGN_TOWN_MAX_POPULATION`` is left
    unlocated (its index in the returned set): no coordinates beat ones on another continent
    (Cheviot of a story from Canterbury, New Zealand, is not the Ohio town). Big world cities keep
    their reading. With ``far_from`` (the dateline's readings of a story filed from ``home`` but
    not plainly about it), only readings farther than ``DATELINE_FAR_KM`` from all of them move:
    "Richmond" of a story filed from Jamaica is not the English town.
    """
    named: dict[str, set[str]] = {}
    for key, e in zip(keys, chosen, strict=True):
        if e is not None and e.country:
            named.setdefault(e.country, set()).add(key)
    ctx = _Context(keys, chosen, cands, near)
    out = list(chosen)
    abroad: set[int] = set()
    for k, (t, key, e) in enumerate(zip(toponyms, keys, chosen, strict=True)):
        if (
            k in opening
            or e is None
            or not e.country
            or e.country == home
            or t.source == ADJECTIVAL
            or t.country
        ):
            continue
        if e.feature not in (CITY, ADMIN2) or named.get(e.country, set()) - {key}:
            continue
        if far_from is not None and (
            not far_from or any(distance_km(e.lat, e.lon, f.lat, f.lon) <= DATELINE_FAR_KM for f in far_from)
        ):
            continue
        at_home = [c for c in cands[k] if c.country == home] or [
            c for c in gaz.lookup_minor(t.query) if c.country == home and t.want in (None, CITY)
        ]
        if at_home and e.population < HOME_OVER_FOREIGN_MAX_POPULATION:
            out[k] = _best(gaz, at_home, ctx, key)
        elif not at_home and e.population < FOREIGN_TOWN_MAX_POPULATION:
            abroad.add(k)
    return out, abroad


# "the Kessel River", "the Kessel Delta", "the Kessel River Delta": a river or delta by its name;
# also by another language's river word ("Kessel Darya", "Kessel Nehri", "Rio Kessel") and a
# reservoir or dam named after a town ("the Kessel reservoir", "Kessel Dam")
@functools.cache
def _river_name() -> re.Pattern[str]:
    """The pattern of a feature's name around its generic word, English or local (:func:`_generic_words`)."""
    words = _generic_words()
    return re.compile(
        rf"^(?:[Tt]he )?(?:(?:{words['before'][1]}) (?P<pre>.+)|(?P<name>.+?) "
        rf"(?:River(?: Delta)?|Delta|[Rr]eservoir|Dam|{words['after'][1]}))$"
    )


def _feature_namesake(
    gaz: Gazetteer,
    query: str,
    country: str | None,
    divisions: Collection[tuple[str | None, str | None]] = (),
) -> GazEntry | None:
    """The town or division of the story's country that a river or delta no source has is named
    after ("the Kessel River" beside a town Kessel): its point stands for the river's, good to the
    few tens of kilometres a mention of a river means. None for another name, or where the story's
    country has no place of that name (a namesake abroad is another river); where the story's
    places lie in some divisions of that country (``divisions``: (country, admin1) pairs), only
    a namesake in one of them (a town of the name across the country is another river's)."""
    m = _river_name().match(query)
    if m is None or country is None:
        return None
    name = m["name"] or m["pre"]
    key = name_key(name)
    near = [
        e
        for e in gaz.lookup(name)
        if e.feature in (CITY, ADMIN1, ADMIN2) and e.country == country and name_key(e.name) == key
    ]
    if any(c == country for c, _a in divisions):
        near = [e for e in near if (e.country, e.admin1) in divisions]
    return max(near, key=lambda e: (e.feature == CITY, e.population)) if near else None


def _minor_town(gaz: Gazetteer, query: str, country: str | None) -> GazEntry | None:
    """A hyphenated name the main index lacks ("Kara-Tobe") that is the other spelling of a small
    town of the story's country, written apart, hyphenated or as one word: the most populous."""
    towns = [
        e for form in (query, query.replace("-", "")) for e in gaz.lookup_minor(form) if e.country == country
    ]
    return max(towns, key=lambda e: e.population) if towns else None


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
