"""Entities and places (session 19, second round; all sentences and names invented): the agency
a story credits in its dateline tag or a "republished from" line is an organisation; a site's
name opening with a nationality ("Moldovan Gazette") is one organisation; the name listed after
"Among those ... was" with a person's apposition is a person; a person's country comes from his
own cues (a nationality an earlier sentence gave his role noun, the body he heads, the capital a
story is filed from) before a place he travels to; where a body is based outranks a region its
name opens with; a name a region shares with its seat, listed with cities, is the city; a wharf
or a foreign-language venue "in <town>" stands at the town; a river named after a neighbour's
division stands at that division."""

from __future__ import annotations

import pytest

from conftest import typed_entities
from storyline.gazetteer import distance_km


def _people(ents: list, *names: str) -> list[tuple[str, str | None, str | None]]:
    """(name, country, basis) of the named people, in the order asked."""
    by_name = {e.name: e for e in ents}
    return [
        (
            n,
            by_name[n].actor.country if by_name[n].actor else None,
            by_name[n].attributes.get("country_basis"),
        )
        for n in names
    ]


# (text, organisation's name)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "MAPUTO (Lusomedia) - Mozambique's cabinet approved a grain plan on Tuesday.\n\n"
            "The plan covers four ports.\n\nThis article was republished from Lusomedia.",
            "Lusomedia",
        ),
        (
            "SUVA (Pacifika Wire) - Fiji's cabinet approved a grain plan on Tuesday.\n\n"
            "Republished from Pacifika Wire with permission.",
            "Pacifika Wire",
        ),
    ],
)
def test_credited_agency_is_an_organisation(pipeline, analyse, text: str, name: str) -> None:
    an = analyse(text)
    ents = pipeline.entities(an)
    assert [(e.type, e.actor.code if e.actor else None) for e in ents if e.name == name] == [("ORG", "MED")]
    assert [p.text for p in pipeline.places(an, ents) if p.text == name] == []  # no place


# (text, the site's (type, name, country))
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Home | Beninese Herald | Politics\n\nCOTONOU - Benin raised fuel prices on Monday.\n\n"
            "About Beninese Herald | Contact",
            ("ORG", "Beninese Herald", "BEN"),
        ),
        ("The Moldovan Gazette reported that wheat prices rose.", ("ORG", "Moldovan Gazette", "MDA")),
        (
            "Home\nGabonese Times\nPolitics\n\nLIBREVILLE - Gabon raised prices.\n\n"
            "Gabonese Times is an independent newspaper.",
            ("ORG", "Gabonese Times", "GAB"),
        ),
    ],
)
def test_nationality_opening_a_site_name(entities, text: str, want: tuple[str, str, str]) -> None:
    ents = entities(text)
    assert want in typed_entities(ents)
    assert [e.name for e in ents if e.type in {"NORP", "PERSON"}] == []


def test_nationality_before_people_stays_one(entities) -> None:
    """A nationality before a lower-case noun is no site's name."""
    ents = entities("Kenyan officials said the Moldovan Gazette had erred.")
    assert typed_entities(ents) == [("NORP", "Kenyan", "KEN"), ("ORG", "Moldovan Gazette", "MDA")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Among those detained was Cholpon Baitikova, a deputy head of the Ordo party.", "Cholpon Baitikova"),
        ("Among the wounded was Jalil Sharifi, a shopkeeper from the old town.", "Jalil Sharifi"),
    ],
)
def test_name_listed_after_among_is_a_person(entities, text: str, name: str) -> None:
    assert [(e.name, e.type) for e in entities(text) if e.name == name] == [(name, "PERSON")]


_ABROAD = " Italy's navy said the search had ended. Italy sent a plane. Italy paid for fuel."


# (text, people, expected (name, country, basis) rows)
@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        # a nationality an earlier sentence gave the role noun: "The sailor, X," and "A second sailor, Y,"
        (
            "VALLETTA, Malta - Two Libyan sailors were rescued on Sunday after three days adrift."
            " The sailor, Salem Trabelsi, 41, said his engine failed."
            " A second sailor, Omar Belkhir, said they drank rainwater." + _ABROAD,
            ("Salem Trabelsi", "Omar Belkhir"),
            [("Salem Trabelsi", "LBY", "nationality"), ("Omar Belkhir", "LBY", "nationality")],
        ),
        # a local of a story filed from his country's capital, though another country is named more
        (
            "SUVA, Fiji - A boatman was rescued on Sunday by a New Zealand navy ship."
            " The boatman, Jone Ravu, 38, said his engine failed."
            " New Zealand's navy said the search had ended. New Zealand sent a plane to New Zealand.",
            ("Jone Ravu",),
            [("Jone Ravu", "FJI", "dateline")],
        ),
        # the body he heads gives his country
        (
            "SUVA, Fiji - A boatman was rescued on Sunday by a New Zealand navy ship."
            " Mere Tuisawau, who heads the Lautoka Boatmen's Cooperative, said the boats were old."
            " New Zealand's navy said the search had ended. New Zealand sent a plane to New Zealand.",
            ("Mere Tuisawau",),
            [("Mere Tuisawau", "FJI", "affiliation")],
        ),
        # where an official flies to is no clue to his country: his capital's dateline is
        (
            "VALLETTA, Malta - Two Libyan sailors were rescued on Sunday."
            " President Carmel Azzopardi, who flies to Rome on Friday, said help was welcome." + _ABROAD,
            ("Carmel Azzopardi",),
            [("Carmel Azzopardi", "MLT", "dateline")],
        ),
    ],
)
def test_person_country_from_own_cues(entities, text: str, names: tuple[str, ...], want: list) -> None:
    assert _people(entities(text), *names) == want


# (text, organisation, country, basis)
@pytest.mark.parametrize(
    ("text", "name", "country"),
    [
        (
            "The Punjab Farmers Alliance, a lobby based in Lahore, said the canal was dry.",
            "Punjab Farmers Alliance",
            "PAK",
        ),
        (
            "The Amazonas Indigenous Council, a charity based in Lima, said the river was foul.",
            "Amazonas Indigenous Council",
            "PER",
        ),
    ],
)
def test_based_in_outranks_a_region_in_the_name(entities, text: str, name: str, country: str) -> None:
    got = [
        (e.actor.country if e.actor else None, e.attributes.get("country_basis"))
        for e in entities(text)
        if e.name == name
    ]
    assert got == [(country, "location")]


def _place(found: list, text: str):
    hits = [p for p in found if p.text == text]
    assert len(hits) == 1, found
    return hits[0]


# (sentence, name, feature)
@pytest.mark.parametrize(
    ("sentence", "feature"),
    [
        ("Rallies were held in Almaty, Shymkent and Karaganda on Monday.", "city"),
        ("Crowds gathered in the city of Karaganda on Monday.", "city"),
        # a list of regions, and a region named as one, stay regions
        ("Floods hit Karaganda, Pavlodar and Kostanay regions.", "admin1"),
        ("The Karaganda region was flooded.", "admin1"),
    ],
)
def test_city_or_region_of_one_name(places, sentence: str, feature: str) -> None:
    assert _place(places(sentence), "Karaganda").feature == feature


# (sentence, facility, town's point)
@pytest.mark.parametrize(
    ("sentence", "name", "lat", "lon"),
    [
        ("Boats docked at Kings Wharf in Suva on Monday.", "Kings Wharf", -18.14, 178.43),
        ("Ferries tied up at Queens Wharf in Wellington overnight.", "Queens Wharf", -41.29, 174.78),
        (
            "The summit opened at the Palais des Sports in Dakar on Monday.",
            "Palais des Sports",
            14.69,
            -17.44,
        ),
    ],
)
def test_venue_in_a_town_stands_at_the_town(
    pipeline, analyse, sentence: str, name: str, lat: float, lon: float
) -> None:
    an = analyse(sentence)  # the entities stage's facilities reach the places stage
    got = _place(pipeline.places(an, pipeline.entities(an)), name)
    assert got.feature == "facility"
    assert got.lat is not None and distance_km(got.lat, got.lon, lat, lon) < 5, got


def test_river_named_after_a_neighbours_division(places) -> None:
    text = (
        "KAMPALA, Uganda - Police seized a boat on the Kagera River on Monday."
        " Uganda closed its border with Tanzania."
    )
    got = _place(places(text), "Kagera River")
    assert got.lat is not None and distance_km(got.lat, got.lon, -2.0, 31.14) < 10, got
