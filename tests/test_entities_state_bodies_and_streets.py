"""Entities: lower-case state bodies with a state's modifier or a country's possessive, places a
name shares with other countries, streets and squares named by a local word, and organisations a
description presents as the story's own."""

from __future__ import annotations

import pytest

from conftest import typed_entities

typed = typed_entities


def _orgs(ents) -> list[tuple[str, str, str | None]]:
    return [x for x in typed(ents) if x[0] == "ORG"]


# a head that names much else ("service", "board", "bank") is a state body with a state's modifier;
# coordinated modifiers count as one; a country's possessive names the body's country
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "HAVANA, Cuba — The civil defence service moved 900 families on Monday. Cuba has seen storms.",
            [("ORG", "civil defence service", "CUB")],
        ),
        (
            "HAVANA, Cuba — The water and sanitation agency cut supplies. Cuba has seen many storms.",
            [("ORG", "water and sanitation agency", "CUB")],
        ),
        (
            "HAVANA, Cuba — The national electoral board set a date. Cuba has seen many votes.",
            [("ORG", "national electoral board", "CUB")],
        ),
        (
            "HAVANA, Cuba — The central bank said it would act. Cuba has seen prices climb.",
            [("ORG", "central bank", "CUB")],
        ),
        (
            "HAVANA, Cuba — Mexico's central bank raised rates on Monday. Cuba has seen prices climb.",
            [("ORG", "central bank", "MEX")],
        ),
        (
            "HAVANA, Cuba — Jamaica's disaster management agency warned of rain. Cuba braced too.",
            [("ORG", "disaster management agency", "JAM")],
        ),
        (
            "HAVANA, Cuba — The Cuban central bank held rates. Cuba has seen prices climb.",
            [("ORG", "Cuban central bank", "CUB")],
        ),
    ],
)
def test_state_headed_bodies(entities, text, want):
    assert _orgs(entities(text)) == want


# no state's modifier, a vague or ceremonial one, or a unit of an institution: no body
@pytest.mark.parametrize(
    "text",
    [
        "HAVANA, Cuba — The memorial service drew hundreds. Cuba mourned.",
        "HAVANA, Cuba — The editorial board met on Monday. Cuba mourned.",
        "HAVANA, Cuba — The food bank ran out of rice. Cuba mourned.",
        "HAVANA, Cuba — The state funeral service was held on Monday. Cuba mourned.",
        "HAVANA, Cuba — The clinic's admissions board met on Monday. Cuba mourned.",
        "HAVANA, Cuba — The ferry service resumed on Monday. Cuba mourned.",
    ],
)
def test_no_state_headed_body(entities, text):
    assert _orgs(entities(text)) == []


# a place name several countries share takes the one country the story names
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "CUSCO, Peru — Dockers stopped work at the port near Trujillo on Monday, said Rosa Paredes, "
            "a clerk. Peru has seen many such stoppages.",
            "Trujillo",
            "PER",
        ),
        (
            "CUSCO, Peru — In Trujillo, Rosa Paredes, a clerk, said the cranes stood idle. Peru has seen "
            "many such stoppages.",
            "Rosa Paredes",
            "PER",
        ),
        (
            "OAXACA, Mexico — Bakers in Mérida raised bread prices on Friday. Mexico has seen prices climb.",
            "Mérida",
            "MEX",
        ),
        # the first reading stands when the story names its country
        (
            "CUSCO, Peru — Floods hit the Venezuelan city of Trujillo on Monday, Venezuela said. "
            "Peru watched.",
            "Trujillo",
            "VEN",
        ),
    ],
)
def test_shared_place_names(entities, text, name, country):
    got = {e.name: (e.actor.country if e.actor else e.attributes.get("country")) for e in entities(text)}
    assert got[name] == country


# a local word for a street or square opening a name makes it a place (FAC), never a person
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marchers crossed Avenida Paulista at noon.", "Avenida Paulista"),
        ("Vendors returned to Rua Oscar Freire on Monday.", "Rua Oscar Freire"),
        ("Riot police cleared Plaza Lindora overnight.", "Plaza Lindora"),
        ("Tourists filled Piazza Vittorio before dusk.", "Piazza Vittorio"),
        ("Students rallied on Jalan Thamrin on Friday.", "Jalan Thamrin"),
        ("Crowds gathered on Boulevard Haussmann.", "Boulevard Haussmann"),
        ("Mourners lit candles in Plaza de los Faroles after the vote.", "Plaza de los Faroles"),
    ],
)
def test_street_names(entities, text, name):
    got = {e.name: e.type for e in entities(text)}
    assert got.get(name) == "FAC"
    assert "PERSON" not in got.values()


# a name ending in an organisation's word after a street word is the organisation's
def test_street_word_in_company_name(entities):
    got = typed(entities("Avenue Holdings Group said on Monday it would sell the tower."))
    assert ("FAC", "Avenue Holdings Group", None) not in got


# an organisation a lower-case description introduces, even an acronym or a local outlet, takes
# the story's country; a description placing it abroad, or a wire noun, gives none
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "QUITO, Ecuador — The official census bureau, ENSTAT, said prices rose. Ecuador has seen "
            "prices climb.",
            "ENSTAT",
            "ECU",
        ),
        (
            "QUITO, Ecuador — The radio station Radio Cumbre reported the blast. Ecuador has seen many "
            "blasts.",
            "Radio Cumbre",
            "ECU",
        ),
        (
            "QUITO, Ecuador — The foreign broadcaster ZTV said prices rose. Ecuador has seen prices climb.",
            "ZTV",
            None,
        ),
        # the sentence before names another country: the outlet may be that country's
        (
            "QUITO, Ecuador — A Colombian firm, Rio Verde Power, denied the claim. Its head spoke to the "
            "radio station Radio Cumbre. Ecuador has seen many outages.",
            "Radio Cumbre",
            None,
        ),
        (
            "QUITO, Ecuador — Inflation rose, said ENSTAT, which did not give details. Ecuador has seen "
            "prices climb.",
            "ENSTAT",
            None,
        ),
    ],
)
def test_described_organisations(entities, text, name, country):
    got = {e.name: (e.actor.country if e.actor else None) for e in entities(text)}
    assert got[name] == country


# a capital or a large city of several words the model calls a person is the place; a person
# named beside it stays a person
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Buses ran between Port Moresby and Lae on Monday, said Kila Roe.",
            [("GPE", "Port Moresby", "PNG"), ("PERSON", "Kila Roe", None)],
        ),
        (
            "Traders travelled between San Pedro Sula and Tegucigalpa.",
            [("GPE", "San Pedro Sula", "HND"), ("GPE", "Tegucigalpa", "HND")],
        ),
    ],
)
def test_city_the_model_calls_a_person(entities, text, want):
    assert typed(entities(text)) == want
