"""Entities: "the company" / "the firm" means the nearest organisation known to be a business
("Brightwell Toys Ltd."), even a few sentences back, before a body of no known sector named
since ("the NCPA", a regulator): a company is not a regulator (every sentence invented)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "company", "other"),
    [
        (
            "Tests found lead in toys made by Brightwell Toys Ltd., the regulator said on Monday. "
            '"These toys must not be sold," said Amara Diallo, who heads the NCPA. The three children '
            "who fell ill were treated in Dakar. Doctors said they were recovering. The NCPA said it "
            "had shut the company's factory.",
            "Brightwell Toys Ltd.",
            "NCPA",
        ),
        (
            "Inspectors said the bottles were filled by Tarsel Beverages Inc. in March. Nine people fell ill "
            "after drinking them, doctors said. The FSCA said on Friday that it had fined the firm.",
            "Tarsel Beverages Inc.",
            "FSCA",
        ),
    ],
)
def test_the_company_is_the_business_not_the_regulator(entities, text, company, other) -> None:
    got = {
        e.name: [m.text for m in e.mentions if m.kind == "nominal"] for e in entities(text) if e.type == "ORG"
    }
    assert got[company] == [next(w for w in ("the company", "the firm") if w in text)]
    assert got.get(other, []) == []


def test_the_company_after_an_organisation_of_no_known_sector_alone(entities) -> None:
    """No business named: the nearest organisation of no known sector is still the company."""
    text = "Orvane Foods said on Monday it would shut two plants. The company blamed weak demand."
    got = {
        e.name: [m.text for m in e.mentions if m.kind == "nominal"] for e in entities(text) if e.type == "ORG"
    }
    assert got == {"Orvane Foods": ["The company"]}


@pytest.mark.parametrize(
    ("text", "person", "country"),
    [
        (
            "Pirates seized a tanker off the coast of Yemen on Monday, Yemeni officials said. The ship's "
            "owner, Oslo-based Fjordvik Tankers, said the crew were safe. A spokeswoman for the company, "
            "Ingrid Berg, declined to say whether it would pay a ransom.",
            "Ingrid Berg",
            "NOR",
        ),
        (
            "Gunmen attacked a mine in Mali on Sunday, the Malian army said. The mine's operator, "
            "Toronto-based Arcfield Gold, said two guards were hurt. An executive of the firm, "
            "Daniel Roy, said output would resume on Friday.",
            "Daniel Roy",
            "CAN",
        ),
    ],
)
def test_spokesman_for_the_company_takes_the_companys_country(entities, text, person, country) -> None:
    got = {e.name: e.actor.country if e.actor else None for e in entities(text)}
    assert got[person] == country
