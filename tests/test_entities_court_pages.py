"""Entities on court pages and in names of odd shapes: a country named in a capitals heading
("REPUBLIC OF MALAWI") is the page's country; judges written with post-nominal letters ("Kalua
JA") are people with that title; organisations in capitals, of common-word parties, joined by
"and" before their head, or of a numbered place are whole organisations; a given name that is
also a company's stays the person's; Arabic-article town names are places; a dateline is no
antecedent of "it". Invented texts.
"""

from __future__ import annotations

import pytest

from conftest import typed_entities

# (text, the entities (type, name, country) wanted)
HEADINGS = [
    ("REPUBLIC OF MALAWI\n\nIN THE SUPREME COURT OF MALAWI\n\nThe court ruled on Tuesday that the "
     "water board must compensate farmers. Their lawyer, Frank Gondwe, said the ruling was fair.",
     [("GPE", "REPUBLIC OF MALAWI", "MWI"), ("ORG", "SUPREME COURT OF MALAWI", "MWI"),
      ("PERSON", "Frank Gondwe", "MWI")]),
    ("REPUBLIC OF THE GAMBIA\n\nIN THE HIGH COURT OF THE GAMBIA\n\nThe court dismissed the claim on "
     "Friday. The claimant, Awa Ceesay, said she would appeal.",
     [("GPE", "REPUBLIC OF THE GAMBIA", "GMB"), ("ORG", "HIGH COURT OF THE GAMBIA", "GMB"),
      ("PERSON", "Awa Ceesay", "GMB")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), HEADINGS, ids=["malawi", "gambia"])
def test_a_capitals_heading_names_the_pages_country(entities, text, wanted):
    assert typed_entities(entities(text)) == wanted


# (text, (name, title, role) of every person)
JUDGES = [
    ("CORAM: Kalua JA, Mbewe J and Chirwa JSC\n\nJUDGMENT\n\nKalua JA delivered the judgment of the "
     "court. Mbewe J agreed.",
     [("Kalua", "JA", "judge of appeal"), ("Mbewe", "J", "judge"),
      ("Chirwa", "JSC", "justice of the supreme court")]),
    ("The appeal court was split. Ndlovu CJ said the statute was clear, while Sibanda JP dissented.",
     [("Ndlovu", "CJ", "chief justice"), ("Sibanda", "JP", "judge president")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), JUDGES, ids=["coram", "split-court"])
def test_post_nominal_letters_are_a_judges_title(entities, text, wanted):
    people = [e for e in entities(text) if e.type == "PERSON"]
    assert [(e.name, e.attributes.get("title"), e.attributes.get("role")) for e in people] == wanted


def test_letters_outside_court_writing_stay_a_designator(entities):
    ents = entities("Shares of Karaganda Steel JSC rose on Monday.")
    assert [(e.type, e.name) for e in ents] == [("ORG", "Karaganda Steel JSC")]


# (text, the (type, name) wanted)
BODIES = [
    ("BETWEEN:\nLUANGWA BEEKEEPERS' ASSOCIATION Appellant\nAND\nCOPPERBELT TRADERS UNION Respondent\n\n"
     "The union said on Monday that it would not pay.",
     [("ORG", "LUANGWA BEEKEEPERS' ASSOCIATION"), ("ORG", "COPPERBELT TRADERS UNION")]),
    ("The MAZABUKA CANE GROWERS' SOCIETY said on Monday that prices had fallen.",
     [("ORG", "MAZABUKA CANE GROWERS' SOCIETY")]),
    ("The Bright Future party won four seats. Bright Future's leader Ana Ortiz said Open Road had lost "
     "ground. Open Road leader Pablo Mena conceded.",
     [("ORG", "Bright Future"), ("PERSON", "Ana Ortiz"), ("ORG", "Open Road"), ("PERSON", "Pablo Mena")]),
    ("The Rift Valley Milling and Packaging Company said it would cut 300 jobs.",
     [("ORG", "Rift Valley Milling and Packaging Company")]),
    ("The Union of Block 7 Vendors and the Association of Zone 3 Market Traders met on Monday.",
     [("ORG", "Union of Block 7 Vendors"), ("ORG", "Association of Zone 3 Market Traders")]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "wanted"), BODIES, ids=["parties", "caps-prose", "party", "and", "numbered"]
)
def test_organisations_of_odd_shapes_are_whole(entities, text, wanted):
    assert [(e.type, e.name) for e in entities(text)] == wanted


# (text, (type, name, mentions) wanted)
GIVEN_NAMES = [
    ("Mercedes Ruiz runs a bakery in Quito. Mercedes said flour prices had doubled.",
     [("PERSON", "Mercedes Ruiz", ["Mercedes Ruiz", "Mercedes"]), ("GPE", "Quito", ["Quito"])]),
    ("Tesla Mbeki, a nurse, said patients waited for hours. Tesla said the ward had no gloves.",
     [("PERSON", "Tesla Mbeki", ["Tesla Mbeki", "Tesla"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "wanted"), GIVEN_NAMES, ids=["mercedes", "tesla"])
def test_a_full_person_name_wins_over_a_company(entities, text, wanted):
    assert [(e.type, e.name, [m.text for m in e.mentions]) for e in entities(text)] == wanted


def test_arabic_article_towns_are_places(entities):
    text = "Protesters gathered in Shibin al-Kom and Kafr el-Sheikh on Friday, police said."
    assert typed_entities(entities(text)) == [
        ("GPE", "Shibin al-Kom", "EGY"),
        ("GPE", "Kafr el-Sheikh", "EGY"),
    ]


def test_a_dateline_is_no_antecedent_of_it(entities):
    text = "TEGUCIGALPA, Honduras – The government said it would raise the minimum wage."
    ents = entities(text)
    assert [(e.name, [m.text for m in e.mentions]) for e in ents] == [
        ("TEGUCIGALPA", ["TEGUCIGALPA"]),
        ("Honduras", ["Honduras"]),
    ]


# an occasion's party is a gathering, no political party named by common words
@pytest.mark.parametrize(
    "text",
    [
        "The gunman opened fire at an office Christmas party in Vancouver on Friday.",
        "Guests had left the New Year party in Leeds before midnight.",
    ],
)
def test_an_occasions_party_names_no_party(entities, text):
    assert [e.name for e in entities(text) if e.type == "ORG"] == []
