"""Entities: page furniture (time zones, picture credits, bylines), a name's type from an apposed
noun or a company word ending it, lower-case state bodies of the story's country, and the country
of a company from where it is based."""

from __future__ import annotations

import pytest

from conftest import typed_entities

typed = typed_entities


# a time zone after a clock is no entity; one with no other sense in news is none anywhere
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "09:40 GMT: Rescuers reached the flooded village, a spokesman said.",
            [],
        ),
        (
            "Trading in Seoul closed at 15:30 KST on Friday.",
            [("GPE", "Seoul", "KOR")],
        ),
        (
            "The announcement came at 9 p.m. CAT, an aide to Ruth Banda said.",
            [("PERSON", "Ruth Banda", None)],
        ),
        (
            "The vote closes at noon (GMT+2), organisers said.",
            [],
        ),
        (
            "Flights resumed at 0730 UTC, the airline said.",
            [],
        ),
        (
            "Live: storm reaches the coast\n\n10:05 BST: The coastguard said two boats were missing.\n\n"
            "10:40 BST: Rescuers found both crews.",
            [("ORG", "coastguard", None)],  # the body (a force a country has one of), not "BST"
        ),
    ],
)
def test_time_zones(entities, text, want):
    assert typed(entities(text)) == want


# a person in a picture's credit or in a byline line is a PERSON, up to a slash or bracket
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Dock workers blocked the gate on Tuesday.\n\nWorkers gather at the gate. "
            "(AFP photo by Keith Jordan)",
            [("ORG", "AFP", "FRA"), ("PERSON", "Keith Jordan", None)],
        ),
        (
            "Dock workers blocked the gate on Tuesday.\n\nA worker holds a flag. Photo by Anna Chad/AP",
            [("PERSON", "Anna Chad", None)],
        ),
        (
            "Crews cleared the road on Monday.\n\nBy Tomas Varga and Ilona Kertesz\n\n"
            "The road reopened at noon.",
            [("PERSON", "Tomas Varga", None), ("PERSON", "Ilona Kertesz", None)],
        ),
        (
            "Crews cleared the road on Monday.\n\nPosted by Radka Hornova\n\nThe road reopened at noon.",
            [("PERSON", "Radka Hornova", None)],
        ),
    ],
)
def test_credited_people(entities, text, want):
    assert typed(entities(text)) == want


# not a credit: a line opening with "By" and a time, a place or a common word
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("By Late Tuesday the river had fallen.", []),
        ("By Monday night the fires were out in Patras.", [("GPE", "Patras", None)]),
    ],
)
def test_by_lines_that_are_no_bylines(entities, text, want):
    assert typed(entities(text)) == want


# a definite person noun in apposition makes a person's name a PERSON whatever the model said;
# a name with a company word, or a noun that describes companies too, decides nothing
@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("Oyelaran Adeyemi, the shopkeeper, said sales had collapsed.", "Oyelaran Adeyemi", "PERSON"),
        ("Mariana Dobre, the stallholder, said rents had doubled.", "Mariana Dobre", "PERSON"),
        ("Kuzey Cam Holding, the supplier, said it would appeal.", "Kuzey Cam Holding", "ORG"),
    ],
)
def test_apposed_person_noun(entities, text, name, want):
    assert next(e.type for e in entities(text) if e.name == name) == want


# a name ending in a company or industry word (non-English legal forms too) is an ORG, taken
# whole when the model cut it, with the sentence's opening word when the name acts
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Sava River Construction denied any wrongdoing.", [("ORG", "Sava River Construction", None)]),
        (
            "The group also works with Anadolu Metal Holding and Karpaty Steel JSC. Sava River Construction "
            "denied any wrongdoing, and Drina Valley Engineering declined to comment.",
            [
                ("ORG", "Anadolu Metal Holding", None),
                ("ORG", "Karpaty Steel JSC", None),
                ("ORG", "Sava River Construction", None),
                ("ORG", "Drina Valley Engineering", None),
            ],
        ),
        (
            "Danube Tunnel Engineering said repairs would start soon.",
            [("ORG", "Danube Tunnel Engineering", None)],
        ),
        ("Kuzey Yapi A.Ş. won the tender.", [("ORG", "Kuzey Yapi A.Ş.", None)]),
        (
            "The firm signed with Odra Budmax Sp. z o.o. on Monday.",
            [("ORG", "Odra Budmax Sp. z o.o.", None)],
        ),
        ("Karpaty Steel JSC signed the contract.", [("ORG", "Karpaty Steel JSC", None)]),
        (
            "A Dutch supplier, Brink Staal Groep, said it would comply.",
            [("NORP", "Dutch", "NLD"), ("ORG", "Brink Staal Groep", "NLD")],
        ),
    ],
)
def test_company_words(entities, text, want):
    assert typed(entities(text)) == want


# a lower-case civil body after "the" with a modifier is an ORG of the story's country; bare
# heads, vague modifiers, forces and a body's noun inside a longer phrase are not
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "QUITO, Ecuador — The transport ministry said on Tuesday it would appeal. Ecuador has "
            "seen many such rulings.",
            [("GPE", "QUITO", None), ("GPE", "Ecuador", "ECU"), ("ORG", "transport ministry", "ECU")],
        ),
        (
            "QUITO, Ecuador — The constitutional court upheld the ban. The presidential press "
            "office welcomed it. Ecuador has seen many such rulings.",
            [
                ("GPE", "QUITO", None),
                ("GPE", "Ecuador", "ECU"),
                ("ORG", "constitutional court", "ECU"),
                ("ORG", "presidential press office", "ECU"),
            ],
        ),
        (
            "QUITO, Ecuador — The people's council of the district ordered an inquiry. Ecuador has "
            "seen many such cases.",
            [("GPE", "QUITO", None), ("GPE", "Ecuador", "ECU"), ("ORG", "people's council", "ECU")],
        ),
        (
            "QUITO, Ecuador — The ministry said the local council and the army had been told. The "
            "appeals court ruling stands. Ecuador has seen many such cases.",
            [("GPE", "QUITO", None), ("GPE", "Ecuador", "ECU")],
        ),
        # a movement's body is no state's: "the strike committee", "the student council"
        (
            "QUITO, Ecuador — The strike committee and the student council met on Monday. Ecuador "
            "has seen many such cases.",
            [("GPE", "QUITO", None), ("GPE", "Ecuador", "ECU")],
        ),
    ],
)
def test_lowercase_bodies(entities, text, want):
    assert typed(entities(text)) == want


# a company's country from where it is based outranks the story's; a national body whose name
# holds a non-state topic ("... on Press Freedom") takes the story's country
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "HANOI, Vietnam — A clothing plant in Haiphong cut 300 jobs on Monday. Its owner, "
            "Fjordline Apparel, based in Bergen, said it would close the plant.",
            "Fjordline Apparel",
            "NOR",
        ),
        (
            "HANOI, Vietnam — A clothing plant in Haiphong cut 300 jobs on Monday. Its owner, "
            "Fjordline Apparel, based in Bergen, said it would close the plant.",
            "Bergen",
            "NOR",
        ),
        (
            "LIMA, Peru — Masked men beat a reporter in Cusco on Sunday. The Commission on Press Freedom "
            "said it would investigate. Peru has seen many such assaults.",
            "Commission on Press Freedom",
            "PER",
        ),
    ],
)
def test_company_and_body_countries(entities, text, name, country):
    ent = next(e for e in entities(text) if e.name == name)
    assert (ent.actor.country if ent.actor else None) == country


# a piece of an abbreviated title cut off by a sentence break is no person, and the role before
# the titles goes to the name ("said the district police chief, Brig. Gen. X")
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            'BAGUIO, Philippines — Robbers raided a bank on Sunday.\n\n"They fled north," said the '
            "regional police commander, Brig. Gen. Arturo Dimaculangan.\n\n"
            "The Philippines has seen many raids.",
            ("Arturo Dimaculangan", "regional police commander", "PHL"),
        ),
        (
            'BAGUIO, Philippines — Robbers raided a bank on Sunday.\n\n"They fled north," the '
            "regional police commander, Lt. Gen. Arturo Dimaculangan, told reporters.\n\nThe Philippines has "
            "seen many raids.",
            ("Arturo Dimaculangan", "regional police commander", "PHL"),
        ),
    ],
)
def test_titles_after_a_role(entities, text, want):
    people = [e for e in entities(text) if e.type == "PERSON"]
    assert [(e.name, e.attributes.get("role"), e.actor.country if e.actor else None) for e in people] == [
        want
    ]


# "X, which …": a name the model took for a person's is an organisation's; its stated seat its country
def test_which_makes_an_organisation(entities):
    text = "Kestrel Marine, which is based in Uppsala, said it would close the plant."
    assert typed(entities(text)) == [("ORG", "Kestrel Marine", "SWE"), ("GPE", "Uppsala", "SWE")]


# a demonym before a lower-case body is the body's country even when the model typed it a
# person; bodies of two countries stay two
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Tajik emergencies ministry said it had evacuated about 300 people from two villages.",
            [("ORG", "Tajik emergencies ministry", "TJK")],
        ),
        (
            "The Uzbek foreign ministry protested. Kazakhstan's foreign ministry urged calm.",
            [
                ("ORG", "Uzbek foreign ministry", "UZB"),
                ("GPE", "Kazakhstan", "KAZ"),
                ("ORG", "foreign ministry", "KAZ"),
            ],
        ),
    ],
)
def test_demonym_bodies(entities, text, want):
    assert typed(entities(text)) == want


# a plural noun for people opening a sentence ("Guerrillas ambushed …"), or one the article writes
# in lower case too, is no name whatever the model typed it; a one-word company stays one
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Guerrillas burned two trucks on the highway.", []),
        ("Guerrillas ambushed a patrol on Friday. The guerrillas fled into the hills.", []),
        ("Shell said profits rose in the third quarter.", [("ORG", "Shell", None)]),
    ],
)
def test_sentence_initial_plural_noun_is_no_name(entities, text, want):
    assert typed(entities(text)) == want


# a hyphenated acronym ("ENTSO-E" style) the model splits or skips: an organisation where the
# article defines it after a name, writes it twice or makes it the subject of a reporting verb;
# letters and figures ("F-16", "COVID-19") are no such acronym
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "The Nordic Grid Operators Council (NGOC-N) said supply would resume. "
            "Engineers from NGOC-N arrived at dawn.",
            [("ORG", "Nordic Grid Operators Council", ["Nordic Grid Operators Council", "NGOC-N", "NGOC-N"])],
        ),
        (
            "CARIPORT-EU said the talks would resume in May.",
            [("ORG", "CARIPORT-EU", ["CARIPORT-EU"])],
        ),
        ("An F-16 crashed near the coast. The F-16 was on a training flight.", []),
    ],
)
def test_hyphenated_acronyms(entities, text, want):
    got = [(e.type, e.name, [m.text for m in e.mentions]) for e in entities(text) if e.type == "ORG"]
    assert got == want


# a noun of fame or trade whose first sense is no person ("star", "legend", "hopeful"; the "title"
# cues of name_cues.tsv) makes the name right after it a person's, whatever the model said; in
# apposition the same noun decides nothing ("Nordtek, a rising star," may be a company)
@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        ("Tennis star Velasquez withdrew from the tournament on Monday.", "Velasquez", "PERSON"),
        ("Boxing legend Okonkwo-Bale died on Sunday.", "Okonkwo-Bale", "PERSON"),
        ("Brazilian football star Neymarzinho left the club.", "Neymarzinho", "PERSON"),
        ("Presidential hopeful Osei-Tutu Ampem filed his papers.", "Osei-Tutu Ampem", "PERSON"),
        ("Hip-hop icon Zavaroni dropped a new single.", "Zavaroni", "PERSON"),
    ],
)
def test_title_nouns_of_fame_make_a_person(entities, text, name, want):
    assert [e.type for e in entities(text) if e.name == name] == [want]


def test_title_noun_in_apposition_makes_no_person(entities):
    found = [
        e.type for e in entities("Nordtek, a rising star in chips, said sales rose.") if e.name == "Nordtek"
    ]
    assert len(found) == 1 and found[0] != "PERSON"


# "A charity based in Lyon, X," (the reduced relative) as "a Lyon-based charity, X,": an
# organisation, in the country of the place; a noun for a person that also names a body
# ("monitor", the "based" cues) based somewhere names a body, a person's noun ("artist",
# "observer") stays a person's
@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        (
            "A charity based in Lyon, Secours Alpin, said it had sent two teams.",
            "Secours Alpin",
            ("ORG", "FRA"),
        ),
        ("A Geneva-based monitor, Red Line Watch, said 14 people died.", "Red Line Watch", ("ORG", "CHE")),
        ("Corvane Trust, a Geneva-based monitor, said 14 people died.", "Corvane Trust", ("ORG", "CHE")),
        ("Maria Lund, a Paris-based artist, said she was shocked.", "Maria Lund", ("PERSON", None)),
        (
            "A lawyer for a firm based in Oslo, Anja Roslev, said the deal was off.",
            "Anja Roslev",
            ("PERSON", None),
        ),
        (
            "Jan Smit, a Brussels-based observer of farm prices, said the vote was close.",
            "Jan Smit",
            ("PERSON", None),
        ),
    ],
)
def test_based_in_descriptions(entities, text, name, want):
    got = [(e.type, e.actor.country if e.actor else None) for e in entities(text) if e.name == name]
    assert got == [want]
