"""Entities: the office of a role ("Prosecutor General's Office") is an organisation, not its
holder; a grouping named before a lower-case "alliance"/"coalition"; a parliamentary record's
bracket (party and seat); a small local unit or a place a distance is measured from is a place;
the byline's author takes the country of the masthead's tagline."""

from __future__ import annotations

import pytest

from conftest import typed_entities

typed = typed_entities


# a role word opening an office's name does not make the office a person
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Prosecutor General's Office charged the governor on Monday.",
            [("ORG", "Prosecutor General's Office", None)],
        ),
    ],
)
def test_office_of_a_role(entities, text: str, want: list) -> None:
    assert typed(entities(text)) == want


# a grouping's name before a lower-case grouping noun, the model tagging it otherwise or not at all
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Civic Pact alliance said it would back the budget.",
            [("ORG", "Civic Pact", None)],
        ),
        (
            "Leaders of the Bright Future coalition walked out of the talks.",
            [("ORG", "Bright Future", None)],
        ),
        # a nationality or a common word before the noun is no name
        (
            "The Western alliance, the Kenyan coalition and the Sunrise Unity bloc met.",
            [("NORP", "Kenyan", "KEN"), ("ORG", "Sunrise Unity", None)],
        ),
    ],
)
def test_grouping_before_its_noun(entities, text: str, want: list) -> None:
    assert typed(entities(text)) == want


RECORD = (
    "MS NAMUTEBI AGNES (Forward Alliance, Ruhinda West): Madam Speaker, the clinics in my area "
    "have no drugs.\n\n"
    "MR OKOT DENIS (Independent, Agago East): I support the honourable member."
)


def test_parliamentary_record_seats(entities) -> None:
    got = typed(entities(RECORD))
    assert ("GPE", "Ruhinda West", None) in got
    assert ("GPE", "Agago East", None) in got
    assert ("ORG", "Forward Alliance", None) in got
    assert not [e for e in got if e[1] == "Independent"]


# a name before a lower-case word of a small local unit is a place, whatever the model made of it
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Residents of Nakaseke sub-county fled on Monday.", "Nakaseke"),
    ],
)
def test_local_unit_is_a_place(entities, text: str, name: str) -> None:
    assert [e.type for e in entities(text) if e.name == name] == ["GPE"]


# a person's name before a unit's office stays a person's
def test_person_before_unit_office(entities) -> None:
    got = typed(entities("Maria Lopez village chief said homes in Nakaseke sub-county were flooded."))
    assert got == [("PERSON", "Maria Lopez", None), ("GPE", "Nakaseke", None)]


# a name a distance is measured from is a place
@pytest.mark.parametrize(
    "text",
    [
        "The bodies were found in Kyenjojo, a village 40 km from Fort Portal.",
        "The camp lies 12 miles south-east of Fort Portal, officials said.",
    ],
)
def test_distance_from_a_place(entities, text: str) -> None:
    got = [(e.type, e.actor.country if e.actor else None) for e in entities(text) if e.name == "Fort Portal"]
    assert got == [("GPE", "UGA")]


MASTHEAD = (
    "THE CARTHAGE BRIEF\n"
    "Weekly news from Tunisia\n\n"
    "Dock workers strike in Sfax over unpaid wages\n\n"
    "By Karim Ben Salah\n\n"
    "SFAX - Dock workers in Sfax walked out on Tuesday over unpaid wages, the union said."
)


def test_author_takes_tagline_country(entities) -> None:
    author = [e for e in entities(MASTHEAD) if e.name == "Karim Ben Salah"]
    assert [(e.type, e.actor.country, e.attributes.get("country_basis")) for e in author] == [
        ("PERSON", "TUN", "masthead")
    ]


BRIEFS = (
    "Around the region\n\n"
    "NAIROBI, May 2 - Kenya's tea board cut its export forecast on Friday. Wanjiru Kamau, a grower, "
    "said the rains had come late.\n\n"
    "KIGALI, May 2 - Rwanda opened a new bus terminal on Friday. Driver Eric Habimana said the "
    "old one had been too small."
)


def test_item_people_take_their_items_country(entities) -> None:
    got = {e.name: e.actor.country for e in entities(BRIEFS) if e.type == "PERSON"}
    assert got == {"Wanjiru Kamau": "KEN", "Eric Habimana": "RWA"}
