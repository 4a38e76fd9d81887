"""Entities: a country's lower-case state body, a company's seat, names in a credit in capitals,
a representative's seat and an organisation named after a town of the story's country."""

from __future__ import annotations

import pytest

from conftest import typed_entities

typed = typed_entities


# a country's possessive before a lower-case body noun: an organisation of that country, its
# mention the phrase as written; two countries' bodies of one name stay two
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Chile's foreign ministry said on Monday it would send aid.",
            [("GPE", "Chile", "CHL"), ("ORG", "foreign ministry", "CHL")],
        ),
        (
            "Norway's embassy declined to comment on the report.",
            [("GPE", "Norway", "NOR"), ("ORG", "embassy", "NOR")],
        ),
        (
            "Uganda's defence ministry said troops had crossed the river.",
            [("GPE", "Uganda", "UGA"), ("ORG", "defence ministry", "UGA")],
        ),
        (
            "Ghana's army said on Monday it had repelled the raid.",
            [("GPE", "Ghana", "GHA"), ("ORG", "army", "GHA")],
        ),
        (
            "Mali's military denied the report on Tuesday.",
            [("GPE", "Mali", "MLI"), ("ORG", "military", "MLI")],
        ),
        (
            "Chile's foreign ministry vowed to send aid. Bolivia's foreign ministry thanked the donors.",
            [
                ("GPE", "Chile", "CHL"),
                ("ORG", "foreign ministry", "CHL"),
                ("GPE", "Bolivia", "BOL"),
                ("ORG", "foreign ministry", "BOL"),
            ],
        ),
        # a country name ending in s takes the bare apostrophe
        (
            "The Bahamas' foreign ministry said it tracked the ship.",
            [("GPE", "Bahamas", "BHS"), ("ORG", "foreign ministry", "BHS")],
        ),
        (
            "A spokesman for the Netherlands' foreign ministry gave no details.",
            [("GPE", "Netherlands", "NLD"), ("ORG", "foreign ministry", "NLD")],
        ),
    ],
)
def test_possessed_state_body(entities, text, want):
    assert [x for x in typed(entities(text)) if x[0] in {"GPE", "ORG"}] == want


# a singular demonym before a lower-case body noun: one organisation over both, the demonym's country
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Mongolian emergencies ministry said four people died.",
            [("ORG", "Mongolian emergencies ministry", "MNG")],
        ),
        (
            "The Russian foreign ministry said the talks would resume.",
            [("ORG", "Russian foreign ministry", "RUS")],
        ),
        # a force stays the events stage's generic actor ("Chilean navy": sector and country)
        (
            "A Chilean army officer was wounded, the Chilean navy said.",
            [("NORP", "Chilean", "CHL")],
        ),
    ],
)
def test_demonym_state_body(entities, text, want):
    assert [x for x in typed(entities(text)) if x[0] in {"GPE", "ORG", "NORP"}] == want


# a demonym on the noun of an appositive role gives the person its country, whatever the noun
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        ("His Armenian counterpart, Davit Hakobyan, said the talks went well.", "Davit Hakobyan", "ARM"),
        ("Her Peruvian counterpart, Rosa Quispe, arrived on Monday.", "Rosa Quispe", "PER"),
    ],
)
def test_demonym_role_country(entities, text, name, country):
    assert [x[2] for x in typed(entities(text)) if x[1] == name] == [country]


@pytest.mark.parametrize(
    "text",
    [
        "The embassy declined to comment on the report.",  # no country: no entity
        "Chile's economy grew by 2 percent last year.",  # no body noun
        "Chile's new copper mine opened on Monday.",
    ],
)
def test_no_possessed_body(entities, text):
    assert [x for x in typed(entities(text)) if x[0] == "ORG"] == []


# a company "of <town>, <country>": the country of its seat, over a place its name shares
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The ship is owned by Baltic Varko Shipping of Klaipeda, Lithuania, according to records.",
            "Baltic Varko Shipping",
            "LTU",
        ),
        (
            "The vessel belongs to Phoenix Dredging Group of Antwerp, Belgium, a registry showed.",
            "Phoenix Dredging Group",
            "BEL",
        ),
        ("The tanker is operated by Aurora Coastal Lines of Split, Croatia.", "Aurora Coastal Lines", "HRV"),
    ],
)
def test_company_seat_country(entities, text, name, country):
    assert (("ORG", name, country)) in typed(entities(text))


# names in capitals in a credit line are people
@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "The talks ended without a deal.\n(Additional reporting by TOMASZ NOWAK in Warsaw and "
            "JULIA BERG in Berlin; Editing by Peter Graff)",
            ["TOMASZ NOWAK", "JULIA BERG", "Peter Graff"],
        ),
        (
            "The talks ended without a deal.\nReporting by ELENA PETROVA; Writing by MARK O'NEIL in LONDON",
            ["ELENA PETROVA", "MARK O'NEIL"],
        ),
    ],
)
def test_credit_names_in_capitals(entities, text, people):
    assert [e.name for e in entities(text) if e.type == "PERSON"] == people


# "<office> for <town>, <name>,": the town a place, the name its holder
@pytest.mark.parametrize(
    ("text", "place", "person"),
    [
        ("The councillor for Trapani, Luca Bianchi, said the road would reopen.", "Trapani", "Luca Bianchi"),
        ("The senator for Tasmania, Jane Hill, said the bill was flawed.", "Tasmania", "Jane Hill"),
        ("The mayor of Split, Ivo Babic, agreed with the plan.", "Split", "Ivo Babic"),
    ],
)
def test_seat_place_and_holder(entities, text, place, person):
    got = typed(entities(text))
    assert [x[1] for x in got if x[0] == "GPE"] == [place]
    assert [x[1] for x in got if x[0] == "PERSON"][:1] == [person]


def test_chairman_of_a_club_is_no_seat(entities):
    """Only offices held for a place make one: a chairman's "of X" may be a company or club."""
    got = typed(entities("The chairman of Boston Harbor Foods, Mark Reid, resigned."))
    assert [x[1] for x in got if x[0] == "GPE"] == []


# an organisation whose name holds a town of the story's country takes that country, over a
# larger namesake abroad; not in a story from elsewhere
@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "VALPARAISO, Chile (Reuters) - The San Antonio Port Authority said the strike would "
            "continue. Chilean dockers said pay was too low.",
            "CHL",
        ),
        ("SAN DIEGO (Reuters) - The San Antonio Port Authority said on Monday it would hire staff.", "USA"),
    ],
)
def test_org_named_after_local_town(entities, text, country):
    orgs = [x for x in typed(entities(text)) if x[0] == "ORG" and "Port Authority" in x[1]]
    assert [x[2] for x in orgs] == [country]


# a word inside an organisation's name is no place
@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("The vessel belongs to Phoenix Dredging Group of Antwerp, Belgium.", ["Antwerp", "Belgium"]),
        ("The tanker is operated by Aurora Coastal Lines of Split, Croatia.", ["Split", "Croatia"]),
        ("Officials in Phoenix said the road was closed.", ["Phoenix"]),
    ],
)
def test_word_of_org_name_no_place(pipeline, analyse, text, places):
    an = analyse(text, published="2024-03-05")
    got = pipeline.places(an, pipeline.entities(an))
    assert [p.text for p in got] == places


# a bare capitalised body named before any country's body of that name is another body; after
# it, the same one
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Peruvian troops crossed the border, the Foreign Ministry in Quito said. "
            "Brazil's Foreign Ministry called for calm.",
            [("ORG", "Foreign Ministry", "ECU"), ("ORG", "Foreign Ministry", "BRA")],
        ),
        (
            "Brazil's Foreign Ministry called for calm. The Foreign Ministry said talks would follow.",
            [("ORG", "Foreign Ministry", "BRA")],
        ),
    ],
)
def test_bodies_of_two_countries(entities, text, want):
    assert [x for x in typed(entities(text)) if x[0] == "ORG"] == want


# a company described as "<place>-based" in apposition: the place's country; the place is a place
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The group was founded by Halvorsen Freight, a Bergen-based operator.",
            [("ORG", "Halvorsen Freight", "NOR"), ("GPE", "Bergen", "NOR")],
        ),
        (
            "Kalvermarkt Shipping, a Rotterdam-based firm, said the crew was safe.",
            [("ORG", "Kalvermarkt Shipping", "NLD"), ("GPE", "Rotterdam", "NLD")],
        ),
    ],
)
def test_based_company_country(entities, text, want):
    assert [x for x in typed(entities(text)) if x[0] in {"ORG", "GPE"}] == want


# "the <noun>'s <role>, X": the body named before that the noun fits (its head noun: "the
# ministry's" for "Ministry of Health"; a sector noun: "the firm's" for a company) is X's, and
# gives X its country when it has one; a noun that fits no body named before links none
@pytest.mark.parametrize(
    ("text", "affiliation", "country"),
    [
        (
            "Saltmarsh Holdings of South Africa reported a loss. The firm's finance director, "
            "Thabo Nkosi, said costs rose.",
            "Saltmarsh Holdings of South Africa",
            "ZAF",
        ),
        (
            "The Kenya National Union of Teachers called a strike on Friday. The union's leader, "
            "Thabo Nkosi, said talks had failed.",
            "Kenya National Union of Teachers",
            "KEN",
        ),
        (
            "Ghana's Ministry of Health reported 40 new cases. The ministry's spokesman, Thabo Nkosi, "
            "said more tests were needed.",
            "Ministry of Health",
            "GHA",
        ),
        (
            "Orvel Mining said on Monday it would close two pits. The company's chief executive, "
            "Thabo Nkosi, said the decision was final.",
            "Orvel Mining",
            None,
        ),
        (
            "Ghana's Ministry of Health reported 40 new cases. The company's spokesman, Thabo Nkosi, "
            "said more tests were needed.",
            None,
            None,
        ),
        (
            "Orvel Mining said on Monday it would close two pits. The union's leader, Thabo Nkosi, "
            "said the decision was wrong.",
            None,
            None,
        ),
    ],
)
def test_the_bodys_role_links_the_body(entities, text, affiliation, country):
    person = next(e for e in entities(text) if e.name == "Thabo Nkosi")
    assert person.attributes.get("affiliation") == affiliation
    if affiliation is not None:
        assert (person.actor.country if person.actor else None) == country
        assert (person.attributes.get("country_basis") == "affiliation") == (country is not None)


# "<place>-based": the place is a place, never part of a person's name, and what it describes
# right after is an organisation of the place's country
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Fundraising stalled, said Arlo Fenn of the Geneva-based Alpine Relief Network.",
            [
                ("PERSON", "Arlo Fenn", None),
                ("GPE", "Geneva", "CHE"),
                ("ORG", "Alpine Relief Network", "CHE"),
            ],
        ),
        (
            "The deal was signed by Porto Alegre-based Gaucho Foods on Monday.",
            [("GPE", "Porto Alegre", "BRA"), ("ORG", "Gaucho Foods", "BRA")],
        ),
        (
            "The Mombasa-based firm Tana Logistics lost a contract on Tuesday.",
            [("GPE", "Mombasa", "KEN"), ("ORG", "Tana Logistics", "KEN")],
        ),
    ],
)
def test_place_based_is_a_place(entities, text, want):
    assert typed(entities(text)) == want


# a sentence with an organisation's name as subject that says where it is ("About X: X is a
# Nairobi-based non-profit", "X is headquartered in Accra", "X, which is based in Hamburg,"): that
# place's country; a place it merely deals with is none
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "About Sunward Trust: Sunward Trust is a Nairobi-based non-profit that runs clinics.",
            "Sunward Trust",
            "KEN",
        ),
        (
            "Donors praised the plan.\n\nAbout Harbor Lights Foundation\nHarbor Lights Foundation is "
            "headquartered in Lagos and works with fishing families.",
            "Harbor Lights Foundation",
            "NGA",
        ),
        ("Torvald Systems is a pump maker based in Bergen.", "Torvald Systems", "NOR"),
        ("Pinewood Analytics, which is based in Hamburg, said demand fell.", "Pinewood Analytics", "DEU"),
        ("Torvald Systems sells pumps to farms in Bergen.", "Torvald Systems", None),
        ("Torvald Systems is a rival of firms based in Bergen.", "Torvald Systems", None),
    ],
)
def test_stated_seat_gives_the_country(entities, text, name, country):
    ent = next(e for e in entities(text) if e.name == name)
    assert (ent.actor.country if ent.actor else None) == country


# an organisation introduced by a description saying where it is based ("A Nairobi-based charity,
# X,", "X, a Geneva-based monitor,"): an organisation of that place's country, whatever the model
# typed it; a person so described ("a Paris-based artist, X,") stays a person
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A Mombasa-based charity, Hope Bridge, said 40 children had been treated.",
            [("GPE", "Mombasa", "KEN"), ("ORG", "Hope Bridge", "KEN")],
        ),
        (
            "A Lyon-based watchdog, Clear Air Watch, warned that pollution had doubled.",
            [("GPE", "Lyon", "FRA"), ("ORG", "Clear Air Watch", "FRA")],
        ),
        (
            "A Geneva-based monitoring group, Red Line Watch, counted 14 dead.",
            [("GPE", "Geneva", "CHE"), ("ORG", "Red Line Watch", "CHE")],
        ),
        (
            "A Paris-based artist, Marie Lenoir, said she would show the paintings.",
            [("GPE", "Paris", "FRA"), ("PERSON", "Marie Lenoir", None)],
        ),
    ],
)
def test_based_description_in_apposition(entities, text, want):
    assert typed(entities(text)) == want


# a unit of an institution that is no state's ("the hospital's emergency department", "the
# university ethics committee") is no state body; one of a country or a city still is
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("The patient was taken to the hospital's emergency department, a nurse said.", []),
        ("The university ethics committee approved the trial in Peru.", [("GPE", "Peru", "PER")]),
        ("The company's audit committee found no fraud.", []),
        ("The school's sports department cancelled the match.", []),
        (
            "The country's health department confirmed 12 cases in Peru.",
            [("ORG", "country's health department", None), ("GPE", "Peru", "PER")],
        ),
    ],
)
def test_institution_units_are_no_state_body(entities, text, want):
    assert typed(entities(text)) == want


# "Van" opening a Dutch or Flemish name ("Van Oord") is a surname particle, not Turkey's province
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "Van Meerkerk Dredging said its ships would reach the port next week.",
            "Van Meerkerk Dredging",
            None,
        ),
        ("Van Hool Logistics won the contract to move the turbines.", "Van Hool Logistics", None),
        # a big city opening a name still gives its country
        ("Ankara Metro Services said its trains would run again.", "Ankara Metro Services", "TUR"),
    ],
)
def test_van_opening_a_name_is_no_place(entities, text, name, country):
    ent = next(e for e in entities(text) if e.name == name)
    assert (ent.actor.country if ent.actor else None) == country
