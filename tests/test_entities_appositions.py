"""Entities: a person named in apposition after a nationality or after a role set "in <city>", the
country each of "<Name> of <Country> and <Name> of <Country>" is of, and the country of a party
named for what it stands for (tables of invented sentences)."""

from __future__ import annotations

import pytest

from conftest import typed_entities


def _people(ents):
    return [(t, n, c) for t, n, c in typed_entities(ents) if t == "PERSON"]


# "her doctor, the Finnish Juha Korpela,": the nationality qualifies the name of the role's holder,
# who is a person of that country, even with a given name not on file; a body's name is no person
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The goalkeeper's doctor, the Finnish Juha Korpela, said the suspension would be challenged.",
            [("PERSON", "Juha Korpela", "FIN")],
        ),
        (
            "Her surgeon, the Chilean Rosa Mella, called the ruling absurd.",
            [("PERSON", "Rosa Mella", "CHL")],
        ),
        ("The doctor, the Finnish Maritime Agency said, was never on board.", []),
    ],
)
def test_nationality_before_an_apposed_name(entities, text, want):
    assert _people(entities(text)) == want


# each name followed by "of <Country>" is that country's, also the first of a list opened by a
# plural title, which the model tends to miss
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Presidents Ana Morales of Ecuador and Pedro Quispe of Bolivia met in Quito on Friday.",
            [("PERSON", "Ana Morales", "ECU"), ("PERSON", "Pedro Quispe", "BOL")],
        ),
        (
            "The talks brought together Foreign Ministers Lars Holm of Denmark and Jonas Berg of Norway.",
            [("PERSON", "Lars Holm", "DNK"), ("PERSON", "Jonas Berg", "NOR")],
        ),
        (
            "Prime Ministers Ines Duarte of Portugal, Karl Weber of Austria and Mirela Pop of Romania "
            "signed the pact.",
            [
                ("PERSON", "Ines Duarte", "PRT"),
                ("PERSON", "Karl Weber", "AUT"),
                ("PERSON", "Mirela Pop", "ROU"),
            ],
        ),
        (
            "Lars Holm of Denmark and Anna Berg of Sweden met in Oslo.",
            [("PERSON", "Lars Holm", "DNK"), ("PERSON", "Anna Berg", "SWE")],
        ),
        # a plural title before a body's name makes no person
        ("The Presidents Club of Ghana met in Accra.", []),
    ],
)
def test_name_of_country(entities, text, want):
    assert _people(entities(text)) == want


# "a trader in <city>, <Name>,": the parser hangs the name on the city; the name is the trader's,
# a person of the city's country, also in a story set in another country when the city is a capital
# or a big city; a small town someone is "from" stays doubtful there
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "An economist in Accra, Kwesi Mensah, said inflation would rise.",
            [("PERSON", "Kwesi Mensah", "GHA")],
        ),
        (
            "KAMPALA, May 2 - Uganda raised fuel taxes on Monday. A trader in Nairobi, Wanjiru Kamau, said "
            "the move would hurt trade. Ugandan traders protested in Kampala.",
            [("PERSON", "Wanjiru Kamau", "KEN")],
        ),
    ],
)
def test_role_in_a_city(entities, text, want):
    assert _people(entities(text)) == want


# "the Alliance for a Free Mali": one party, named for its aim; it stands in the story's country
# when the story has one (a country in the name is what it stands for), else in the country named
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "BAMAKO, March 3 - Police in Mali arrested two leaders of the Alliance for a Free Mali party on "
            "Monday. Malian officials declined to comment.",
            "Alliance for a Free Mali",
            "MLI",
        ),
        (
            "BAMAKO, March 3 - The Front for a Democratic Niger held a rally in Bamako on Monday. Police in "
            "Mali watched. Malian officials declined to comment.",
            "Front for a Democratic Niger",
            "MLI",
        ),
        (
            "LOME, March 3 - Police in Togo detained four members of the Party for a Brighter Tomorrow on "
            "Monday. Togolese officials declined to comment.",
            "Party for a Brighter Tomorrow",
            "TGO",
        ),
        (
            "The Movement for a Free Gabon held a rally on Monday.",
            "Movement for a Free Gabon",
            "GAB",
        ),
    ],
)
def test_party_named_for_its_aim(entities, text, name, country):
    ent = next(e for e in entities(text) if e.name == name)
    assert (ent.type, ent.actor.country if ent.actor else None) == ("ORG", country)


# "former champion Ines Varga": a lower-case noun for a person qualifying the name makes it a
# person's, whatever the model says; a company's name stays a company's
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Former champion Ines Varga also reacted on Sunday.", [("PERSON", "Ines Varga", None)]),
        ("The veteran sprinter Egle Vaitkute tested positive in March.", [("PERSON", "Egle Vaitkute", None)]),
        ("The rival Dalmor Mining bid for the mine on Monday.", []),
    ],
)
def test_person_noun_before_a_name(entities, text, want):
    assert _people(entities(text)) == want
