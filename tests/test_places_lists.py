"""Lists of places: the towns of "in A, B and C" whatever the tagger made of each, and the
divisions of "the A and B regions" (each a division, never the country or nation of its name).

Every sentence here is invented.
"""

from __future__ import annotations

import pytest

from conftest import found_place as _found
from storyline.gazetteer import GazEntry, load_gazetteer
from storyline.stages.places import ADJECTIVAL, _division_list, _division_lists, _feature_namesake, _name_list

# (sentence, a member's text, the list's members): read from the words, "and"/"or" before the last
NAME_LIST_CASES = [
    ("Stalls opened in Kessel, Morrow and Tane on Friday.", "Morrow", ["Kessel", "Morrow", "Tane"]),
    ("Stalls opened in Kessel, Morrow and Tane on Friday.", "Tane", ["Kessel", "Morrow", "Tane"]),
    ("Stalls opened in Kessel, Morrow, and Tane on Friday.", "Kessel", ["Kessel", "Morrow", "Tane"]),
    (
        "Buses ran between Port Alder and San Miguel del Monte.",
        "Port Alder",
        ["Port Alder", "San Miguel del Monte"],
    ),
    ("Trains to Kessel or Morrow were cancelled.", "Morrow", ["Kessel", "Morrow"]),
    # two lists in a row: each name keeps to its own
    ("Vans went to Kessel and Morrow, Tane and Ulm.", "Tane", ["Tane", "Ulm"]),
    ("Vans went to Kessel and Morrow, Tane and Ulm.", "Morrow", ["Kessel", "Morrow"]),
    # no list: a town and its state, a name alone, a list without "and"
    ("Stalls opened in Kessel, Oregon, on Friday.", "Kessel", []),
    ("Stalls opened in Kessel on Friday.", "Kessel", []),
    ("Stalls opened in Kessel, Morrow, Tane.", "Morrow", []),
    # a capitalised word that opens a clause is no member
    ("Stalls opened in Kessel, and The shops closed.", "Kessel", []),
]


@pytest.mark.parametrize(("sentence", "name", "expected"), NAME_LIST_CASES)
def test_name_list(analyse, sentence: str, name: str, expected: list[str]) -> None:
    doc = analyse(sentence).doc
    at = sentence.index(name)
    start = next(t.i for t in doc if t.idx == at)
    end = next(t.i for t in doc if t.idx + len(t) == at + len(name)) + 1
    assert [doc[a:b].text for a, b in _name_list(doc, start, end)] == expected


# (sentence, whether "Ardal" opens a list of divisions, the feature its kind word gives)
DIVISION_LIST_CASES = [
    ("Rain fell on the Ardal and Vesta regions overnight.", True, "admin1"),
    ("Rain fell on the Ardal, Vesta and Orne provinces overnight.", True, "admin1"),
    ("Rain fell on the Ardal and Vesta districts overnight.", True, None),
    ("Rain fell on the Ardal and Vesta counties overnight.", True, None),
    ("Crews came from the Ardal and Vesta fire departments.", False, None),  # no division's kind word
    ("Rain fell on Ardal and Vesta regions overnight.", False, None),  # no "the"
    ("Rain fell on the Ardal and Vesta hills overnight.", False, None),  # no division noun
]


@pytest.mark.parametrize(("sentence", "is_list", "feature"), DIVISION_LIST_CASES)
def test_division_list(analyse, sentence: str, is_list: bool, feature: str | None) -> None:
    doc = analyse(sentence).doc
    start = next(t.i for t in doc if t.text == "Ardal")
    members = _name_list(doc, start, start + 1)
    assert _division_list(doc, members) == (is_list, feature)


class _StubGazetteer:
    """A gazetteer where "Ardal" and "Vesta" are nationality words and only Ardal a division."""

    def lookup(self, name: str) -> list[GazEntry]:
        return [GazEntry(0, "Ardal", "admin1", "XX", "01", 1.0, 2.0, 0, None)] if name == "Ardal" else []

    def is_demonym(self, name: str) -> bool:
        return name in ("Ardal", "Vesta")


def test_nationality_word_in_a_division_list_is_a_name(analyse) -> None:
    """A member the tagger read as a nationality word is made a name where a division has it
    (an adjectival reading would send it to a country); a nationality word no division has is
    no member."""
    doc = analyse("Rain fell on the Ardal and Vesta regions overnight.").doc
    ardal = next(t.i for t in doc if t.text == "Ardal")
    found, divisions = _division_lists(doc, _StubGazetteer(), [(ardal, ardal + 1, ADJECTIVAL, "NORP")])
    assert found == [(ardal, ardal + 1, "ner", "LOC")]
    assert divisions == {ardal: "admin1"}


def test_compass_word_of_a_division_list_is_no_member(analyse) -> None:
    """ "the North and South Ardal regions": "North" stands for "North Ardal", no division "North"."""
    doc = analyse("Rain fell on the North and South Ardal regions overnight.").doc
    found, divisions = _division_lists(doc, load_gazetteer(), [])
    assert [doc[a:b].text for a, _b, _s, _l in found for b in [_b]] == ["South Ardal"]
    assert list(divisions) == [next(t.i for t in doc if t.text == "South")]


def test_unknown_names_of_a_division_list_are_kept(analyse) -> None:
    doc = analyse("Rain fell on the Ardal and Vesta regions overnight.").doc
    ardal, vesta = (next(t.i for t in doc if t.text == w) for w in ("Ardal", "Vesta"))
    found, divisions = _division_lists(doc, load_gazetteer(), [])
    assert found == [(ardal, ardal + 1, "ner", "LOC"), (vesta, vesta + 1, "ner", "LOC")]
    assert divisions == {ardal: "admin1", vesta: "admin1"}


# (sentence, member, country, feature): each name before a plural division noun is a division,
# never the country of the same name; an unknown one stays a place without a point
DIVISION_CASES = [
    (
        "Floods hit the Mexico and Hidalgo states after the storm, Mexican officials said.",
        "Mexico",
        "MX",
        "admin1",
    ),
    (
        "Floods hit the Mexico and Hidalgo states after the storm, Mexican officials said.",
        "Hidalgo",
        "MX",
        "admin1",
    ),
    (
        "Voting was delayed in the Jonglei and Unity states, South Sudanese officials said.",
        "Unity",
        "SS",
        "admin1",
    ),
    ("Floods swept the Sylhet and Sunamganj districts of Bangladesh.", "Sunamganj", "BD", "admin2"),
    (
        "Snow cut roads in the Luxembourg and Namur provinces of Belgium on Sunday. Police in Arlon and "
        "Bastogne told drivers to stay home, and trains from Brussels were cancelled.",
        "Luxembourg",
        "BE",
        None,
    ),
]


@pytest.mark.parametrize(("sentence", "text", "country", "feature"), DIVISION_CASES)
def test_names_before_a_plural_division_noun(
    pipeline, sentence: str, text: str, country: str, feature: str | None
) -> None:
    got = _found(pipeline.process(sentence, published="2020-01-05").places, text)
    assert (got.country, got.feature) == (country, feature)
    assert (got.lat is None) == (feature is None)


# (sentence, member, country, admin1, feature): a town in a list of places is a place whatever the tagger
# made of it (a person, an organisation, nothing), even a two-word name the entities stage reads as
# a person's full name
TOWN_LIST_CASES = [
    (
        "Power cuts were reported in Dire Dawa, Arba Minch and Debre Markos, the Ethiopian utility said.",
        "Debre Markos",
        "ET",
        "AM",  # Amhara: ISO ET-AM ("Amara"), joined by its skeleton
        "city",
    ),
    (
        "Clinics opened in Arba Minch, Dire Dawa and Debre Birhan last week in Ethiopia.",
        "Dire Dawa",
        "ET",
        "DD",
        "city",  # the city, not the chartered division named after it (its largest city)
    ),
    (
        "Teachers went on strike in Kumasi, Tamale and Sunyani, the Ghanaian union said.",
        "Sunyani",
        "GH",
        "BO",
        "city",
    ),
    ("The ministry sent doctors to Gulu, Lira and Arua in northern Uganda.", "Arua", "UG", "N", "city"),
    (
        "Curfews were imposed in Kaduna, Zaria and Kafanchan by Nigerian authorities.",
        "Kafanchan",
        "NG",
        "KD",
        "city",
    ),
    # no country named: the country of the other members
    (
        "Clinics in Tororo, Mbale and Soroti ran out of vaccines, health officials said.",
        "Soroti",
        "UG",
        "E",
        "city",
    ),
]


@pytest.mark.parametrize(("sentence", "text", "country", "admin1", "feature"), TOWN_LIST_CASES)
def test_town_in_a_list_of_places(
    pipeline, sentence: str, text: str, country: str, admin1: str, feature: str
) -> None:
    got = _found(pipeline.process(sentence, published="2020-01-05").places, text)
    assert (got.country, got.admin1, got.feature) == (country, admin1, feature)


# (sentence, name): a list of people is no list of places, nor a list with no place in it
NOT_TOWN_LIST_CASES = [
    ("Smith, Jones and Patel were arrested in Leeds on Friday.", "Patel"),
    ("The club signed Morgan, Jackson and Lee before the match in Lagos.", "Lee"),
    ("Awards went to Carter and Morrow at the gala in Accra, the Ghanaian organisers said.", "Morrow"),
]


@pytest.mark.parametrize(("sentence", "text"), NOT_TOWN_LIST_CASES)
def test_people_in_a_list_are_no_places(pipeline, sentence: str, text: str) -> None:
    assert text not in [p.text for p in pipeline.process(sentence, published="2020-01-05").places]


# (query, the story's country, the namesake found or None): a river or delta no source has takes
# the point of the town or division of the story's country it is named after, and no other's
FEATURE_NAMESAKE_CASES = [
    ("Kafue River", "ZM", "Kafue"),
    ("the Kafue River", "ZM", "Kafue"),
    ("Kafue Delta", "ZM", "Kafue"),
    ("Kafue River Delta", "ZM", "Kafue"),
    ("Kafue River", "KE", None),  # no Kafue in Kenya: another river
    ("Kafue River", None, None),  # no country the story happens in
    ("Kafue", "ZM", None),  # not a river's name
    ("Kafue Valley", "ZM", None),
]

# (query, divisions the story's places lie in, the namesake found or None): where the story's
# places lie in some divisions of its country, only a namesake in one of them
FEATURE_NAMESAKE_DIVISION_CASES = [
    ("Kafue River", {("ZM", "09")}, "Kafue"),  # Lusaka province
    ("Kafue River", {("ZM", "07")}, None),  # only the Southern province named: another river
    ("Kafue River", {("KE", "30")}, "Kafue"),  # no division of Zambia named
]


@pytest.mark.parametrize(("query", "divisions", "expected"), FEATURE_NAMESAKE_DIVISION_CASES)
def test_river_named_after_a_town_of_the_story_divisions(
    query: str, divisions: set, expected: str | None
) -> None:
    got = _feature_namesake(load_gazetteer(), query, "ZM", divisions)
    assert (got.name if got is not None else None) == expected


@pytest.mark.parametrize(("query", "country", "expected"), FEATURE_NAMESAKE_CASES)
def test_river_named_after_a_town(query: str, country: str | None, expected: str | None) -> None:
    got = _feature_namesake(load_gazetteer(), query, country)
    assert (got.name if got is not None else None) == expected


def test_river_no_source_has_is_placed_at_its_town(pipeline) -> None:
    text = (
        "Flood waters of the Kafue River cut roads south of Lusaka on Monday. Zambian officials said "
        "farms near Mazabuka and Monze were under water."
    )
    got = _found(pipeline.process(text, published="2020-01-05").places, "Kafue River")
    assert (got.country, got.feature, got.name, got.geonames_id) == ("ZM", "region", "Kafue River", None)
    assert got.lat == pytest.approx(-15.77, abs=0.2) and got.lon == pytest.approx(28.18, abs=0.2)


# "the <plural kind word of a division> of A, B and C": each member a division of that kind,
# though the tagger tags two members as one name ("Androy, Anosy") or reads them as towns
@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        (
            "Officials said 300 people in the regions of Androy, Anosy and Atsimo-Andrefana faced hunger.",
            [("Androy", "MG", "admin1"), ("Anosy", "MG", "admin1"), ("Atsimo-Andrefana", "MG", "admin1")],
        ),
        (
            "Fighting spread to the provinces of Kandahar, Helmand and Uruzgan on Monday.",
            [("Kandahar", "AF", "admin1"), ("Helmand", "AF", "admin1"), ("Uruzgan", "AF", "admin1")],
        ),
        (
            "Cholera cases rose in the states of Kano and Katsina.",
            [("Kano", "NG", "admin1"), ("Katsina", "NG", "admin1")],
        ),
    ],
)
def test_divisions_listed_after_their_kind_word(places, sentence: str, want: list) -> None:
    assert [(p.text, p.country, p.feature) for p in places(sentence)] == want


def test_one_name_after_a_kind_word_is_no_list(places) -> None:
    # "the states of Kano": no list, the reading stays the gazetteer's usual one (the city)
    assert [(p.text, p.feature) for p in places("Cholera cases rose in the states of Kano last year.")] == [
        ("Kano", "city")
    ]
