"""Entities: people the model misses or mistypes by the shape of their name or line, and a
nationality a person is described by as a noun (every sentence invented):

- a courtesy word of the person's language before the name ("Doña", "Seu", "Dom");
- hyphenated given names of Central and East Asian shape ("Gan-Ochir Batbayar");
- a contact line "Name, Role, Body, e-mail";
- "X, a 28-year-old Ghanaian," / "X, 34, a Nigerian,": the nationality is the person's;
- "the <town> police department": that town's force, an organisation, not the town."""

from __future__ import annotations

import pytest

from conftest import typed_entities

_COURTESY = [
    (
        "MANAUS, Brazil — Doña Marisol Quispe, who sells fish at the port, said prices had doubled.",
        "Marisol Quispe",
    ),
    ("RECIFE, Brazil — Seu Joaquim Arruda, a fisherman, said the river had dried up.", "Joaquim Arruda"),
    (
        "Residents said Dona Celeste Varjão had fed the street children of Belém for thirty years.",
        "Celeste Varjão",
    ),
]


@pytest.mark.parametrize(("text", "name"), _COURTESY)
def test_name_after_a_courtesy_word_is_a_person(entities, text, name) -> None:
    got = {e.name: e.type for e in entities(text)}
    assert got.get(name) == "PERSON"


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The growers met in Oaxaca on Monday. Don Mateo Ruiz, a grower, said prices had fallen.",
            "Mateo Ruiz",
        ),
        (
            "Don Esteban Villalobos, the oldest fisherman in Puerto Madero, said the catch was poor.",
            "Esteban Villalobos",
        ),
        ("In Cusco, Don Julián Mamani Quispe said his stall had burned.", "Julián Mamani Quispe"),
    ],
)
def test_courtesy_word_the_model_tags_with_the_name_is_cut(entities, text: str, want: str) -> None:
    # the model's "Don Mateo Ruiz" (a PERSON with the courtesy word in it): the name without it
    people = [(e.name, e.mentions[0].text) for e in entities(text) if e.type == "PERSON"]
    assert people == [(want, want)]


def test_one_word_after_don_stays_a_name_of_its_own(entities) -> None:
    # "Don" before a single name is no courtesy word: the name is left as the model has it
    got = {(e.type, e.name) for e in entities("Don Lemon said the interview was over.")}
    assert ("PERSON", "Don Lemon") in got and "Lemon" not in {name for _, name in got}


_HYPHENATED = [
    (
        "Gan-Ochir Batbayar, the director of the herders' union, said the winter had killed half the flock.",
        "Gan-Ochir Batbayar",
    ),
    ("Altan-Zul Munkh, the chairwoman of the cooperative, said prices had fallen.", "Altan-Zul Munkh"),
    ("Among the detained was Nomin-Erdene Bold, an aide to the governor.", "Nomin-Erdene Bold"),
    ("Former champion Ariun-Erdene Khurel said she would fight on.", "Ariun-Erdene Khurel"),
]


@pytest.mark.parametrize(("text", "name"), _HYPHENATED)
def test_hyphenated_given_name_is_a_person(entities, text, name) -> None:
    got = {e.name: e.type for e in entities(text)}
    assert got.get(name) == "PERSON"


_CONTACTS = [
    (
        "For more information contact: Tamsin Varga, Communications Officer, Helvora Trust, "
        "tamsin.varga@helvora.org",
        [("PERSON", "Tamsin Varga", None), ("ORG", "Helvora Trust", None)],
    ),
    (
        "Contact: Ilse Brandvold, Programme Manager, Nordic Rain Fund, ilse@nrf.org",
        [("PERSON", "Ilse Brandvold", None), ("ORG", "Nordic Rain Fund", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), _CONTACTS)
def test_contact_line_names_a_person(entities, text, expected) -> None:
    assert typed_entities(entities(text)) == expected


_NATIONALITY_NOUNS = [
    ("Police arrested Tomasz Wrona, a 40-year-old Pole, near the border.", "Tomasz Wrona", "POL"),
    ("Among the injured was Aigerim Bekova, a Kazakh, who was taken to hospital.", "Aigerim Bekova", "KAZ"),
    ("Nadia Okafor, 34, a Nigerian, said she had paid the smugglers.", "Nadia Okafor", "NGA"),
    ("Sipho Ndlovu, a South African, told the court he was innocent.", "Sipho Ndlovu", "ZAF"),
    ("The victim was named as Hemi Walker, a 52-year-old New Zealander.", "Hemi Walker", "NZL"),
    (
        "OSAKA, Japan — Choi Eun-woo, a South Korean, and two Japanese men were held in Osaka on Tuesday.",
        "Choi Eun-woo",
        "KOR",
    ),
]


@pytest.mark.parametrize(("text", "name", "iso"), _NATIONALITY_NOUNS)
def test_nationality_noun_after_a_name_is_the_persons(entities, text, name, iso) -> None:
    got = {e.name: (e.type, e.actor.country if e.actor else None) for e in entities(text)}
    assert got.get(name) == ("PERSON", iso)


_TOWN_FORCES = [
    ("The Rockford police department said two men were arrested on Friday.", "Rockford police department"),
    ("Officers from the Salinas police department arrested the driver.", "Salinas police department"),
]


@pytest.mark.parametrize(("text", "name"), _TOWN_FORCES)
def test_town_police_department_is_an_organisation(entities, text, name) -> None:
    got = {e.name: (e.type, e.actor.country if e.actor else None) for e in entities(text)}
    assert got.get(name) == ("ORG", "USA")


def test_town_police_without_a_tail_stays_generic(entities) -> None:
    # "the Rockford police": officers of the town, a generic actor, and the town a place
    got = {e.name: e.type for e in entities("The Rockford police said two men were arrested on Friday.")}
    assert got.get("Rockford") == "GPE"
