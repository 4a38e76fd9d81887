"""Entities (session 18, second pass; all sentences invented): an honorific before a name is a
title, and a one-country honorific gives that country (``honorifics.tsv``); a region before a
lower-case title gives its country; a nationality owning a body's possessive gives that body
its country; a body named after a town of a country the story names takes that country; an
acronym given after "known as" is the same body; a broadcaster named "Radio/Télé/Radyo …" is a
local outlet; a minister's role names the ministry the page names, "of <country>" after a
ministry gives its country; a dateline's small town tagged an organisation is the filing place."""

from __future__ import annotations

import pytest

from conftest import typed_entities


def _people(ents) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (
            e.name,
            e.actor.country if e.actor else None,
            e.attributes.get("title"),
            e.attributes.get("country_basis"),
        )
        for e in ents
        if e.type == "PERSON"
    ]


# (text, [(name, country, title, basis)]): the honorific leaves the name and gives its country
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Tan Sri Idris Salleh urged calm on Friday, and Datuk Seri Anwar Kassim said he would "
            "visit the port on Tuesday.",
            [
                ("Idris Salleh", "MYS", "Tan Sri", "honorific"),
                ("Anwar Kassim", "MYS", "Datuk Seri", "honorific"),
            ],
        ),
        (
            "Dato' Faridah Osman chairs the board that met on Monday.",
            [("Faridah Osman", "MYS", "Dato'", "honorific")],
        ),
        (
            "Khun Somchai Prasert said the market would reopen on Monday.",
            [("Somchai Prasert", "THA", "Khun", "honorific")],
        ),
        # a title used in several countries: the title, no country
        (
            "Alhaji Musa Bello said the traders had lost their stock.",
            [("Musa Bello", None, "Alhaji", None)],
        ),
    ],
)
def test_honorifics(entities, text: str, want: list) -> None:
    assert _people(entities(text)) == want


def test_region_before_a_lower_case_title(entities) -> None:
    """A state before "police commissioner" places the office there, whatever the story's country."""
    text = (
        "WELLINGTON — New Zealand sent a navy ship on Monday after a yacht went missing. New Zealand "
        "officials said the crew had radioed from the open sea, and New Zealand police joined the search. "
        "Tasmania police commissioner Donna Adams said the search would resume at dawn."
    )
    assert _people(entities(text)) == [("Donna Adams", "AUS", None, "title-place")]


def test_nationality_owning_a_possessive(entities) -> None:
    """ "the Chilean navy's X Command": Chile's, in a story from Peru."""
    text = (
        "LIMA — Peru's coast guard said on Monday that it had found the trawler. Peruvian officials said "
        "the Chilean navy's Southern Fleet Command had sent a ship to help, and Peru thanked it."
    )
    got = {(n, c) for _t, n, c in typed_entities(entities(text))}
    assert ("Southern Fleet Command", "CHL") in got
    assert ("coast guard", "PER") in got


def test_body_named_after_a_town_of_a_named_country(entities) -> None:
    """An association named after a small town of a country the story names, in a story whose
    own country is another: the town's country."""
    text = (
        "Peru asked on Sunday for help after four herders went missing near the border. Peruvian "
        "officials in Lima said Peru had sent two patrols, and Chile said it would help. The Putre "
        "Herders' Association said its members would stay home."
    )
    got = [(n, c) for _t, n, c in typed_entities(entities(text)) if "Association" in n]
    assert got == [("Putre Herders' Association", "CHL")]


# (text, name, mentions): an acronym after "known as" is a mention of the body named before it
@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        (
            "The Northern Coast Patrol Command, known as NCPC, said on Monday it had stopped two boats. "
            "NCPC said the boats carried fuel.",
            "Northern Coast Patrol Command",
            ["Northern Coast Patrol Command", "NCPC", "NCPC"],
        ),
        (
            "The corrections department, known as KCD, said one of the men had fled in 2019.",
            "corrections department",
            ["corrections department", "KCD"],
        ),
        (
            "The Harbour Board, or HBX, said on Friday that the quay would close.",
            "Harbour Board",
            ["Harbour Board", "HBX"],
        ),
    ],
)
def test_acronym_known_as(entities, text: str, name: str, mentions: list[str]) -> None:
    ents = [e for e in entities(text) if e.name == name]
    assert [m.text for e in ents for m in e.mentions if m.kind in {"name", "alias"}] == mentions
    assert all(e.type == "ORG" for e in ents)


def test_acronym_known_as_takes_the_country(entities) -> None:
    text = (
        "The Kenya Coast Guard Service, known as KCGS, said on Monday that it had stopped a boat. "
        "KCGS said the crew were held."
    )
    got = [(n, c) for _t, n, c in typed_entities(entities(text)) if n.startswith("Kenya Coast")]
    assert got == [("Kenya Coast Guard Service", "KEN")]


# (text, [(name, type, country)]): a station named in another language takes the story's country
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "IQUITOS, Peru — Floods cut roads around Iquitos on Tuesday, Radyo Bandila Sur reported, and "
            "Télé Amazonia said the river had risen two metres. Officials in Iquitos opened three shelters.",
            [("Radyo Bandila Sur", "ORG", "PER"), ("Télé Amazonia", "ORG", "PER")],
        ),
        # a weekday after "TV" is no part of a name
        ("The match was shown on TV Monday night.", []),
    ],
)
def test_broadcasters(entities, text: str, want: list) -> None:
    got = [(n, t, c) for t, n, c in typed_entities(entities(text)) if n.split()[0] in {"Radyo", "Télé", "TV"}]
    assert got == want


# (text, [(name, country, basis)]): the minister heads the ministry the page names
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "A statement from the Ministry of Trade of Estonia said talks had gone well.\n\n"
            "The Minister of Trade, Mart Saar, met his counterpart from Finland on Monday to discuss "
            "exports to Finland and Sweden.",
            [("Mart Saar", "EST", "affiliation")],
        ),
        (
            "Statement of the Ministry of Economy of Latvia\n\n"
            "The Minister of Economy, Ēriks Ozoliņš, met his counterpart from Georgia on Monday. "
            "The talks covered trade with Georgia and Armenia.",
            [("Ēriks Ozoliņš", "LVA", "affiliation")],
        ),
    ],
)
def test_minister_of_the_named_ministry(entities, text: str, want: list) -> None:
    got = [(n, c, b) for n, c, _t, b in _people(entities(text))]
    assert got == want


def test_ministry_of_a_country(entities) -> None:
    text = (
        "The Ministry of Finance of the Republic of Estonia said on Monday that talks with "
        "Finland would resume."
    )
    got = [(n, c) for t, n, c in typed_entities(entities(text)) if t == "ORG"]
    assert got == [("Ministry of Finance", "EST")]


def test_dateline_small_town_tagged_an_organisation(entities) -> None:
    """ "PORT DICKSON, Malaysia —": a town of the named country opens the story, a filing place."""
    text = (
        "PORT DICKSON, Malaysia — Fishermen were detained on Monday off the coast, and officials said "
        "the men were held in town."
    )
    first = entities(text)[0]
    assert (first.type, first.name, first.attributes.get("dateline")) == ("GPE", "PORT DICKSON", True)
