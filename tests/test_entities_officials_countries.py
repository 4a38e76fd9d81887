"""Entities and places (session 19; all sentences and names invented): an official with no
country in his sentence takes his office's own cue ("the country's minister", the dateline's
country) before the article's counts; a surname the model tags alone after a title keeps the
given name before it ("Chief Ngozi Okafor"), and "Chief" is an honorific, no police rank; a
hyphenated settlement's name ("Port-Lune", "Anse-des-Corbeaux") where a place stands is a place,
and a hyphenated dateline ("FORT-DE-FRANCE") is one place, not its pieces; a big city the model
calls a nationality or a person before "residents" is a place."""

from __future__ import annotations

import pytest

from conftest import typed_entities

_MALAWI = " Malawi said Malawi would not pay. Malawi's utility said Malawi had no more funds. Malawi again."


# (text, person, country, basis)
@pytest.mark.parametrize(
    ("text", "person", "want"),
    [
        # the dateline's country, though the body names the other side five times
        (
            "LUSAKA, Zambia (Reuters) — Talks on the power deal stalled on Monday."
            " Energy Minister Mwila Chanda said talks would go on." + _MALAWI,
            "Mwila Chanda",
            ("ZMB", "dateline"),
        ),
        # "the country's": the country named last before the office
        (
            "Zambia's mines ministry said output had fallen."
            " The country's mines minister, Mwila Chanda, said buyers had left." + _MALAWI,
            "Mwila Chanda",
            ("ZMB", "context-possessive"),
        ),
        # a country in the official's own words stays the strongest cue
        (
            "LUSAKA, Zambia (Reuters) — Talks stalled on Monday."
            " Malawi's energy minister, Grace Phiri, said talks would go on." + _MALAWI,
            "Grace Phiri",
            ("MWI", "nationality"),
        ),
        # a dateline city that is no capital: the article's counts as before
        (
            "DURBAN, South Africa (Reuters) — Talks on the power deal stalled on Monday."
            " Energy Minister Mwila Chanda said talks would go on." + _MALAWI,
            "Mwila Chanda",
            ("MWI", "context-article"),
        ),
    ],
)
def test_official_country_from_his_office(entities, text: str, person: str, want: tuple[str, str]) -> None:
    ents = entities(text)
    got = [
        (e.actor.country if e.actor else None, e.attributes.get("country_basis"))
        for e in ents
        if e.name == person
    ]
    assert got == [want]


# (text, name, title, CAMEO code)
@pytest.mark.parametrize(
    ("text", "name", "title", "code"),
    [
        ("Chief Ngozi Okafor, a village head, said the floods came at night.", "Ngozi Okafor", "Chief", None),
        ("Residents said Chief Sefo Tuilagi had called the elders together.", "Sefo Tuilagi", "Chief", None),
        ("Mr Chidera Nwosu, a fisherman, said the floods came at night.", "Chidera Nwosu", "Mr", None),
        # the longer titles keep their own rows
        ("Chief Inspector Bola Ajayi said two men were held.", "Bola Ajayi", "Chief Inspector", "COP"),
        ("Chief Justice Kemi Adebayo swore in the new governor.", "Kemi Adebayo", "Chief Justice", "GOV"),
    ],
)
def test_chief_and_unknown_given_names(entities, text: str, name: str, title: str, code: str | None) -> None:
    people = [e for e in entities(text) if e.type == "PERSON"]
    assert [(e.name, e.attributes.get("title"), e.actor.code if e.actor else None) for e in people] == [
        (name, title, code)
    ]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        # "Chief" opening an office is no honorific: no person's title, the person alone
        ("The firm's Chief Executive, Dele Ojo, said exports would resume.", [("PERSON", "Dele Ojo", None)]),
        ("Chief of Staff Musa Garba said the governor was safe.", [("PERSON", "Musa Garba", None)]),
    ],
)
def test_chief_offices_unchanged(entities, text: str, want: list) -> None:
    assert typed_entities(entities(text)) == want


# (text, names typed GPE by the entities stage, place mentions)
@pytest.mark.parametrize(
    ("text", "gpes"),
    [
        ("Families fled from Port-Lune to Anse-des-Corbeaux on Monday.", ["Port-Lune", "Anse-des-Corbeaux"]),
        (
            "A Bois-du-Merle-based charity handed out rice in Sainte-Rose-la-Vallée.",
            ["Bois-du-Merle", "Sainte-Rose-la-Vallée"],
        ),
        ("Fishermen near Fort-Marin said the catch had fallen.", ["Fort-Marin"]),
        # a double-barrelled surname opens with no place word and holds no particle
        ("He spoke to Ama Mensah-Bonsu on Monday.", []),
        # a particle chain going on with a capitalised word: a person's longer name
        ("The award went to Jean-de-Dieu Kayitare on Monday.", []),
        # a place word and a hyphen, but no place slot
        ("Port-Lune said on Monday that it would raise its fees.", []),
    ],
)
def test_hyphenated_towns(pipeline, text: str, gpes: list[str]) -> None:
    rec = pipeline.process(text, published="2020-03-07")
    assert [e.name for e in rec.entities if e.type == "GPE"] == gpes
    assert [p.text for p in rec.places] == gpes


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("FORT-DE-FRANCE, Martinique (AP) — Heavy rain flooded roads on Monday.", "FORT-DE-FRANCE"),
        ("SAINT-DENIS, Réunion (AFP) — Heavy rain flooded roads on Monday.", "SAINT-DENIS"),
    ],
)
def test_hyphenated_dateline_is_one_place(entities, text: str, want: str) -> None:
    ents = entities(text)
    assert next(e.name for e in ents if e.type == "GPE") == want
    assert not [e.name for e in ents if e.name in want.split("-")]


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("Multan residents said the heat was unbearable.", "Multan", "GPE"),
        ("A Kumasi-bound bus overturned on Sunday, police said.", "Kumasi", "GPE"),
        # a real nationality before "residents" stays one
        ("Mexican residents of the town said the road was closed.", "Mexican", "NORP"),
    ],
)
def test_big_city_before_people_noun(entities, text: str, name: str, type_: str) -> None:
    assert [(e.name, e.type) for e in entities(text) if e.name == name] == [(name, type_)]


# (text, the ministry's name, its country)
@pytest.mark.parametrize(
    ("text", "name", "iso"),
    [
        # a press release under a header line the model reads into
        (
            "Press Release\n\nThe Ministry of Fisheries of Japan announced on Friday that it would donate"
            " 12 boats to coastal villages in Kenya. Kenya welcomed the gift.",
            "Ministry of Fisheries",
            "JPN",
        ),
        (
            "Press Release\n\nThe Ministry of Health of Ghana announced on Friday that 200,000 doses had"
            " arrived from Canada. Canada said more would follow. Canada again.",
            "Ministry of Health",
            "GHA",
        ),
    ],
)
def test_untagged_ministry_name(entities, text: str, name: str, iso: str | None) -> None:
    orgs = [(e.name, e.actor.country if e.actor else None) for e in entities(text) if e.type == "ORG"]
    assert (name, iso) in orgs
