"""Entities: the countries of companies, parties and people a story names with no country of
their own (session 16): a foreign country far off in the sentence, a reporter with no outlet, a
firm described as "in <place>", a "United" party, a counterpart a demonym compounds, and a name in
apposition to an organisation noun."""

from __future__ import annotations

import pytest

from conftest import typed_entities


def _named(ents, name: str) -> list[tuple[str, str, str | None]]:
    return [x for x in typed_entities(ents) if x[1] == name]


# a company takes the story's country unless another country stands right next to its name or in
# a clause describing it: a country further off in the sentence names a route or a market
@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        (
            "SUCRE, Bolivia — The airline Condor Andino was flying from Cochabamba to Lima when the "
            "engine failed. Bolivia opened an inquiry.",
            "Condor Andino",
            [("ORG", "Condor Andino", "BOL")],
        ),
        (
            "SUCRE, Bolivia — Minera Cerro Plata said on Monday that it would ship more ore through "
            "ports in Chile next year. Bolivia's government welcomed the plan.",
            "Minera Cerro Plata",
            [("ORG", "Minera Cerro Plata", "BOL")],
        ),
        (
            "SUCRE, Bolivia — The airline Condor Andino of Peru was flying to Cochabamba when the "
            "engine failed. Bolivia opened an inquiry.",
            "Condor Andino",
            [("ORG", "Condor Andino", "PER")],  # "X of <country>": that country's (session 18)
        ),
        (
            "SUCRE, Bolivia — The airline Condor Andino, which also runs a daily service to Peru, "
            "said the engine failed. Bolivia opened an inquiry.",
            "Condor Andino",
            [("ORG", "Condor Andino", None)],
        ),
    ],
)
def test_company_with_a_far_country(entities, text, name, want):
    assert _named(entities(text), name) == want


# a reporter with no outlet of their own is one of the story's people, unless their sentence
# names another country
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "SUCRE, Bolivia — The reporter Ximena Quispe was freed on Monday. Bolivia's courts had "
            "held her for a month.",
            [("PERSON", "Ximena Quispe", "BOL")],
        ),
        (
            "SUCRE, Bolivia — The reporter Ximena Quispe was deported to Peru on Monday. Bolivia's "
            "courts had held her for a month.",
            [("PERSON", "Ximena Quispe", None)],
        ),
    ],
)
def test_reporter_without_outlet(entities, text, want):
    assert _named(entities(text), "Ximena Quispe") == want


# "X, a research firm in <place>,": the place's country; "in" before a lower-case word is no place
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Economists at Harbour Ridge Capital, a research firm in Nairobi, said trade had slowed "
            "by a fifth.",
            [("ORG", "Harbour Ridge Capital", "KEN")],
        ),
        (
            "Economists at Harbour Ridge Capital, a research firm in talks with lenders, said trade "
            "had slowed by a fifth.",
            [("ORG", "Harbour Ridge Capital", None)],
        ),
    ],
)
def test_firm_described_in_a_place(entities, text, want):
    assert _named(entities(text), "Harbour Ridge Capital") == want


# "United" of a party names its members' union, not an international body; elsewhere it still does
@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        (
            "LILONGWE, Malawi — Grace Banda, of the United Renewal Front, won the vote. Malawi's "
            "courts upheld the count.",
            "United Renewal Front",
            [("ORG", "United Renewal Front", "MWI")],
        ),
        (
            "LILONGWE, Malawi — The United Renewal Council met on Monday. Malawi's courts upheld the count.",
            "The United Renewal Council",
            [("ORG", "The United Renewal Council", None)],
        ),
    ],
)
def test_united_party(entities, text, name, want):
    assert _named(entities(text), name) == want


# "his <demonym> counterpart, X": the demonym is X's nationality, parsed as a modifier or a
# compound; without one X takes the story's country
@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        (
            "TASHKENT, Uzbekistan — His Kazakh counterpart, Yerlan Dosanov, rejected the claim in a "
            "call on Monday.",
            "Yerlan Dosanov",
            [("PERSON", "Yerlan Dosanov", "KAZ")],
        ),
        (
            "TASHKENT, Uzbekistan — Her Tajik counterpart, Rustam Nazarov, rejected the claim in a "
            "call on Monday.",
            "Rustam Nazarov",
            [("PERSON", "Rustam Nazarov", "TJK")],
        ),
        (
            "TASHKENT, Uzbekistan — His new counterpart, Yerlan Dosanov, rejected the claim in a "
            "call on Monday.",
            "Yerlan Dosanov",
            [("PERSON", "Yerlan Dosanov", "UZB")],
        ),
    ],
)
def test_demonym_counterpart(entities, text, name, want):
    assert _named(entities(text), name) == want


# a name in apposition to an organisation noun names the organisation; one in apposition to a
# person's role in it stays a person
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "BAMAKO, Mali — The opposition coalition that led the march, Kadi Toure, said 40 of its "
            "members were held. Mali's police denied it.",
            [("ORG", "Kadi Toure", "MLI")],
        ),
        (
            "BAMAKO, Mali — The coalition's leader, Kadi Toure, said 40 of its members were held. "
            "Mali's police denied it.",
            [("PERSON", "Kadi Toure", "MLI")],
        ),
    ],
)
def test_name_in_apposition_to_an_organisation_noun(entities, text, want):
    assert _named(entities(text), "Kadi Toure") == want
