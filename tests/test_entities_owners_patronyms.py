"""Entities: an owner's country written before a company ("the Singapore company X", "a
Norwegian-owned firm, X,"); no country from a world region a division shares ("Sahel ...");
Hassaniya/Tuareg names with "Mint"/"Ould" and their short forms; cooperatives by their last word;
natural features typed as places.

Every sentence is invented.
"""

from __future__ import annotations

import pytest


def _one(ents, name: str):
    hits = [e for e in ents if e.name == name]
    assert hits, f"{name!r} not found; got {[(e.name, e.type) for e in ents]}"
    return hits[0]


OWNERS = [
    ("The Panama company Velora Shipping said the cargo was insured.", "Velora Shipping", "PAN"),
    ("The Chinese-owned miner Tarvo Resources said it would appeal the ruling.", "Tarvo Resources", "CHN"),
    ("A Danish-owned firm, Kessel Marine, chartered the barge in March.", "Kessel Marine", "DNK"),
    ("The Panama-registered operator Brisa Lines paid the fine.", "Brisa Lines", "PAN"),
]


@pytest.mark.parametrize(("text", "name", "iso"), OWNERS)
def test_owner_country_before_company(entities, text: str, name: str, iso: str) -> None:
    e = _one(entities(text), name)
    assert (e.type, e.actor.country if e.actor else None) == ("ORG", iso)


def test_world_region_in_name_gives_no_country(entities) -> None:
    text = "The Sahel Water Alliance warned that wells would run dry by June."
    e = _one(entities(text), "Sahel Water Alliance")
    assert (e.type, e.actor.country if e.actor else None) == ("ORG", None)


@pytest.mark.parametrize(
    ("text", "name", "forms"),
    [
        (
            "NOUAKCHOTT — Mariem Mint Salem, a lawyer, said the ban was unlawful. Mint Salem said "
            "she would appeal.",
            "Mariem Mint Salem",
            ["Mariem Mint Salem", "Mint Salem"],
        ),
    ],
)
def test_patronymic_short_forms_are_the_person(entities, text: str, name: str, forms: list[str]) -> None:
    ents = entities(text)
    e = _one(ents, name)
    assert e.type == "PERSON"
    assert [m.text for m in e.mentions if m.text[:1].isupper() and m.text != "She"] == forms
    assert not [x for x in ents if x.type == "ORG"]


def test_cooperative_whole_name(entities) -> None:
    text = "KIGALI — Growers of the Gakenke Highlands Coffee Cooperative said prices fell."
    e = _one(entities(text), "Gakenke Highlands Coffee Cooperative")
    assert (e.type, e.actor.country if e.actor else None) == ("ORG", "RWA")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ash from Volcán de Tarva covered the road on Sunday.", "Volcán de Tarva"),
        ("Rangers said Volcano Kessel had erupted twice.", "Volcano Kessel"),
    ],
)
def test_feature_names_are_places(entities, text: str, name: str) -> None:
    assert _one(entities(text), name).type == "LOC"
