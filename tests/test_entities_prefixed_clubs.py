"""Entities and places (session 20, round-20 classes; every sentence and name invented): a sports
club written with a short prefix ("FK", "NK") and its town is one organisation, and its name alone
later is the same club, with no place inside either; a court or tribunal abroad that a matter is
taken to is no clue to the speaker's country; a name with a role noun's apposition after it is a
person; a run whose initials spell the acronym bracketed after it is that body's name; a town the
entities stage placed is a place though the model tagged it an organisation; self-declared states
named in news are regions of the state they are recognised as part of."""

from __future__ import annotations

import pytest

from conftest import typed_entities

# (text, the organisations' names with their mentions)
CLUBS = [
    (
        "FK Varda Brest beat the visitors 2-0 on Sunday. Varda now top the table.",
        {"FK Varda Brest": ["FK Varda Brest", "Varda"]},
    ),
    (
        "The winger joined NK Lipa Sombor in June, and Lipa paid a club record fee.",
        {"NK Lipa Sombor": ["NK Lipa Sombor", "Lipa"]},
    ),
    (
        "Officials of SC Orlik Tarnow said the coach had resigned.",
        {"SC Orlik Tarnow": ["SC Orlik Tarnow"]},
    ),
    # the town alone after "in" stays the town
    (
        "KF Bora Elbas fined two players. Fans in Elbas cheered.",
        {"KF Bora Elbas": ["KF Bora Elbas"]},
    ),
]


@pytest.mark.parametrize(("text", "want"), CLUBS)
def test_prefixed_club_is_one_organisation(entities, text: str, want: dict[str, list[str]]) -> None:
    got = {e.name: [m.text for m in e.mentions] for e in entities(text) if e.type == "ORG"}
    assert got == want


# (text, the places found)
CLUB_PLACES = [
    ("FK Varda Brest beat the visitors 2-0 on Sunday. Varda now top the table.", []),
    ("Officials of FC Oskol Kharkiv said the coach had resigned.", []),
]


@pytest.mark.parametrize(("text", "want"), CLUB_PLACES)
def test_no_place_inside_a_club(pipeline, analyse, text: str, want: list[str]) -> None:
    an = analyse(text)
    assert [p.text for p in pipeline.places(an, pipeline.entities(an))] == want


def test_title_after_prefix_is_no_club(entities) -> None:
    ents = entities("SC Governor Hal Pruitt signed the bill on Tuesday.")
    assert [e.name for e in ents if e.type == "ORG" and "Governor" in e.name] == []
    assert [e.name for e in ents if e.type == "PERSON"] == ["Hal Pruitt"]


# (text, person, country or None)
VENUES = [
    # a tribunal abroad the club takes its case to
    (
        "The federation's president, Tomas Berg, said it would take the dispute to an arbitration panel "
        "in Geneva next month.",
        "Tomas Berg",
        None,
    ),
    (
        "Vesna Horak, the team's secretary, said they planned to appeal to an arbitration panel in Geneva.",
        "Vesna Horak",
        None,
    ),
    # a town where the speaker works still counts
    ("Ilir Dani, a trader in Skopje, said prices had doubled.", "Ilir Dani", "MKD"),
]


@pytest.mark.parametrize(("text", "name", "country"), VENUES)
def test_venue_abroad_is_no_speakers_country(entities, text: str, name: str, country: str | None) -> None:
    assert [(t, c) for t, n, c in typed_entities(entities(text)) if n == name] == [("PERSON", country)]


# (text, name of the person the model may read as a body)
ROLE_APPOSITIONS = [
    "ZAGREB - Goran Pavic, the chairman of the club, said the board would meet again.",
    "Marta Silva, the head of the union, said the strike would go on.",
]


@pytest.mark.parametrize("text", ROLE_APPOSITIONS)
def test_name_with_role_apposition_is_a_person(entities, text: str) -> None:
    name = text.split(", the ")[0].split(" - ")[-1]
    assert [t for t, n, _c in typed_entities(entities(text)) if n == name] == ["PERSON"]


# (text, person's name, country): "who" makes a person of a name the model read as a body, with the
# first name before it; the region whose office he heads gives his country when it lies in one
LEADERS = [
    (
        "Oumar Keita, who heads the Mopti region's health office, said cases had doubled.",
        "Oumar Keita",
        "MLI",
    ),
    # tagged a body by the model
    (
        "Nadia Haddad, who heads the Mopti region's health office, said cases had doubled.",
        "Nadia Haddad",
        "MLI",
    ),
    # "Northern" names a region in several countries: none
    ("Kofi Asante, who heads the Northern region's water office, said wells were dry.", "Kofi Asante", None),
]


@pytest.mark.parametrize(("text", "name", "country"), LEADERS)
def test_who_heads_a_regions_office(entities, text: str, name: str, country: str | None) -> None:
    assert [(t, c) for t, n, c in typed_entities(entities(text)) if n == name] == [("PERSON", country)]


# (text, body's name, its mentions, its country)
ACRONYM_BODIES = [
    (
        "LUSAKA - The Roads Development Bureau (RDB) closed the bridge in Zambia on Monday. "
        "The bureau said repairs would take a month. Traffic in Zambia was diverted.",
        "Roads Development Bureau",
        ["Roads Development Bureau", "RDB", "The bureau"],
        "ZMB",
    ),
    (
        "The Directorate of Inland Fisheries (DIF) banned fine nets in Uganda. Boats in Uganda were checked.",
        "Directorate of Inland Fisheries",
        ["Directorate of Inland Fisheries", "DIF"],
        "UGA",
    ),
]


@pytest.mark.parametrize(("text", "name", "mentions", "country"), ACRONYM_BODIES)
def test_bracketed_acronym_names_its_run(
    entities, text: str, name: str, mentions: list[str], country: str
) -> None:
    got = [
        ([m.text for m in e.mentions], e.actor.country if e.actor else None)
        for e in entities(text)
        if e.name == name
    ]
    assert got == [(mentions, country)]


# (text, the names of its organisations): a park's run is no body, whatever its acronym
ACRONYM_LEFT = [
    ("The Blue Lake Nature Park (BLNP) closed on Monday.", []),
]


@pytest.mark.parametrize(("text", "names"), ACRONYM_LEFT)
def test_run_without_a_bodys_head_or_initials_is_left(entities, text: str, names: list[str]) -> None:
    assert [e.name for e in entities(text) if e.type == "ORG"] == names


# (text, place, its country; each found with a point)
PLACES = [
    ("Officials in Hargeisa said the court would sit.", "Hargeisa", "SO"),
    ("Clan elders in Jubaland met on Monday.", "Jubaland", "SO"),
    ("Militia in Puntland seized the port.", "Puntland", "SO"),
    ("Voters in Northern Cyprus went to the polls.", "Northern Cyprus", "CY"),
    ("Shelling was reported in South Ossetia overnight.", "South Ossetia", "GE"),
]


@pytest.mark.parametrize(("text", "name", "country"), PLACES)
def test_unrecognised_states_and_towns_are_found(
    pipeline, analyse, text: str, name: str, country: str
) -> None:
    an = analyse(text)
    found = pipeline.places(an, pipeline.entities(an))
    got = [(p.text, p.country, p.lat is not None) for p in found if p.text == name]
    assert got == [(name, country, True)]
