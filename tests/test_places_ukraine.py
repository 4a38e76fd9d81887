"""First-level division codes joined by name, not by number: GeoNames numbers Ukraine's oblasts
(and those of Finland, Thailand and others) in one scheme, ISO 3166-2 in another."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from storyline.gazetteer import CITY, _division_codes, _stem_overlap, load_gazetteer


def _city(name: str, country: str):
    gaz = load_gazetteer()
    cities = [e for e in gaz.lookup(name) if e.feature == CITY and e.country == country]
    return max(cities, key=lambda e: e.population)


@pytest.mark.parametrize(
    ("city", "admin1", "division"),
    [
        ("Luhansk", "09", "Luhanska oblast"),
        ("Khmelnytskyi", "68", "Khmelnytska oblast"),
        ("Poltava", "53", "Poltavska oblast"),
        ("Zhytomyr", "18", "Zhytomyrska oblast"),
        ("Zaporizhzhia", "23", "Zaporizka oblast"),
        ("Ivano-Frankivsk", "26", "Ivano-Frankivska oblast"),
    ],
)
def test_ukrainian_city_in_its_own_oblast(city: str, admin1: str, division: str) -> None:
    gaz = load_gazetteer()
    e = _city(city, "UA")
    assert e.admin1 == admin1
    assert gaz.admin1("UA", admin1).name == division
    assert gaz.entry(gaz.largest_city("UA", admin1)).name == e.name


@pytest.mark.parametrize(
    ("city", "country", "admin1", "division"),
    [
        ("Tampere", "FI", "11", "Pirkanmaa"),  # ISO FI-11; GeoNames FI 06
        ("Kuopio", "FI", "15", "Pohjois-Savo"),  # GeoNames FI 11, joined by its compass word
        ("Sumy", "UA", "59", "Sumska oblast"),  # GeoNames UA 21 (ISO's Zakarpattia), by skeleton
        ("Simferopol", "UA", "43", "Avtonomna Respublika Krym"),  # "Crimea" / "Krym"
        ("Semarang", "ID", "JT", "Jawa Tengah"),  # a province under ISO's island group "Jawa"
        ("Fayyum", "EG", "FYM", "Al Fayyūm"),  # "Faiyum" / "Al Fayyum"
        ("Khon Kaen", "TH", "40", "Khon Kaen"),  # ISO TH-40; GeoNames TH 22
        ("Bangkok", "TH", "GN40", "Bangkok"),  # GeoNames TH 40
    ],
)
def test_other_countries_codes_do_not_collide(city: str, country: str, admin1: str, division: str) -> None:
    gaz = load_gazetteer()
    assert _city(city, country).admin1 == admin1
    assert gaz.admin1(country, admin1).name == division


@pytest.mark.parametrize(
    ("alias", "division"),
    [
        ("Luhansk", "Luhanska oblast"),
        ("Khmelnytskyi", "Khmelnytska oblast"),
        ("Zhytomyr Oblast", "Zhytomyrska oblast"),
    ],
)
def test_division_names_reach_their_own_oblast(alias: str, division: str) -> None:
    gaz = load_gazetteer()
    assert [e.name for e in gaz.lookup(alias) if e.feature == "admin1"] == [division]


def test_no_admin1_code_names_two_divisions() -> None:
    gaz = load_gazetteer()
    holders: dict[tuple[str | None, str | None], set[str]] = {}
    for i in range(len(gaz)):
        e = gaz.entry(i)
        if e.feature == "admin1" and e.country in {"UA", "FI", "TH", "IR", "SA", "KE", "HR"}:
            holders.setdefault((e.country, e.admin1), set()).add(e.name)
    assert {k: v for k, v in holders.items() if len(v) > 1} == {}


@pytest.mark.parametrize(
    ("a", "b", "overlap"),
    [
        ("cherkasy", "cherkaska", 7),
        ("odessa", "odeska", 4),
        ("port alba", "portalbina", 0),  # a whole word is no stem of a longer one
        ("laane", "laanemaa", 0),
        ("north vale", "north vale", 10),
        ("amber", "ostmark", 0),
    ],
)
def test_stem_overlap(a: str, b: str, overlap: int) -> None:
    assert _stem_overlap(a, b) == overlap


@dataclass(frozen=True)
class _Sub:
    """A stand-in for a pycountry subdivision."""

    code: str
    name: str


def _sub(code: str, name: str) -> _Sub:
    return _Sub(code, name)


@pytest.mark.parametrize(
    ("names", "expected"),
    [
        # joined by name: GeoNames 01 is ISO 07, GeoNames 02 is ISO 01
        (
            {"01": "Varenska Oblast", "02": "Dolmar"},
            {"01": "07", "02": "01"},
        ),
        # a leftover joined by stem; an unjoined one whose number another division holds gets "GN"
        (
            {"01": "Tarnovo", "02": "Ostmark", "03": "Brelsk"},
            {"01": "03", "02": "02", "03": "GN03"},
        ),
        # two loose matches of one subdivision: neither keeps it
        (
            {"05": "West Kelvara", "06": "East Kelvara"},
            {"05": "05", "06": "06"},
        ),
    ],
)
def test_division_codes(names: dict[str, str], expected: dict[str, str]) -> None:
    subs = {
        "XX": [
            _sub("XX-07", "Varenska oblast"),
            _sub("XX-01", "Dolmar"),
            _sub("XX-03", "Tarnovska oblast"),
            _sub("XX-02", "Kelvara"),
        ]
    }
    codes = _division_codes({("XX", a1): name for a1, name in names.items()}, subs)
    assert {a1: code for (_cc, a1), (code, _sub) in codes.items()} == expected
