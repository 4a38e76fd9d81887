"""Entities (held-out round 17, all sentences invented): lower-case police and armed bodies that
name one state body ("the federal police", "the navy", "a region's water police force"), units
of a body ("the navy's diving unit"), unions written "union of <workers>", a transcript's turn
label in capitals ("NAME (ROLE):") and a radio station named with its frequency."""

from __future__ import annotations

import pytest

from conftest import typed_entities

# (text, (type, name, country) wanted among the entities)
FOUND_CASES = [
    (
        "Officers from Tasmania's water police force searched the bay on Friday.",
        ("ORG", "water police force", "AUS"),
    ),
    ("The federal police said on Monday that two suspects had fled.", ("ORG", "federal police", None)),
    (
        "The national police force opened an inquiry into the shooting.",
        ("ORG", "national police force", None),
    ),
    ("The coastguard pulled three swimmers from the sea on Sunday.", ("ORG", "coastguard", None)),
    ("The navy sent two frigates to escort the convoy.", ("ORG", "navy", None)),
    ("Chile's border police stopped the lorry at dawn.", ("ORG", "border police", "CHL")),
    ("Detectives from the gendarmerie's cyber unit traced the payments.", ("ORG", "cyber unit", None)),
    ("Peru's union of dock workers called a strike on Monday.", ("ORG", "union of dock workers", "PER")),
    ("The national union of bus drivers rejected the offer.", ("ORG", "national union of bus drivers", None)),
    (
        "Transcript of the late bulletin.\nLENA BRANDT (HOST): Good evening.\nOMAR HADDAD (GUEST): Thanks.",
        ("PERSON", "LENA BRANDT", None),
    ),
    ("Guards at Lovech prison went on strike on Monday.", ("FAC", "Lovech prison", None)),
    ("Inmates at Vratsa prison refused their meals on Monday.", ("FAC", "Vratsa prison", None)),
    ("The mayor spoke to Harbour 92.7 FM on Tuesday.", ("ORG", "Harbour 92.7 FM", None)),
    ("The mayor spoke to Valley FM 104.3 on Tuesday.", ("ORG", "Valley FM 104.3", None)),
]


@pytest.mark.parametrize(("text", "want"), FOUND_CASES)
def test_found(entities, text: str, want: tuple[str, str, str | None]) -> None:
    assert want in typed_entities(entities(text))


# (text, name): no entity over these words
NOT_FOUND_CASES = [
    ("The police said the army had fired on the crowd.", "police"),
    ("The police said the army had fired on the crowd.", "army"),
    ("Riot police cleared the square on Monday.", "riot police"),
    ("The local police closed the road.", "local police"),
    ("The coast guard vessel returned to port on Monday.", "coast guard"),
    ("Smith's army of volunteers cleaned the beach.", "army"),
    ("The union of the two clubs was approved on Monday.", "union of the two clubs"),
    ("Officers said the unit had been disbanded.", "unit"),
    ("She spent two years in a Peruvian prison.", "Peruvian prison"),
]


@pytest.mark.parametrize(("text", "name"), NOT_FOUND_CASES)
def test_not_found(entities, text: str, name: str) -> None:
    assert [x for x in typed_entities(entities(text)) if x[1] == name] == []


# (text, name, country): the story's country is read from its towns as well as its country words,
# a town the name lexicon lacks counting through the place index (one of some size alone, a
# hamlet only when the story names its country); with no town, the country word decides
TOWN_CASES = [
    (
        "PIRIBEBUY — Thirty pupils were taken ill after a school lunch in Piribebuy, health officer "
        "Luis Benítez said on Wednesday. Brazil flew in medicine on Tuesday, and Brazil's embassy said "
        "more would come. Nurses in Eusebio Ayala and Piribebuy cared for the children. Councillor "
        "Rosa Gamarra said the kitchen was shut.",
        "Luis Benítez",
        "PRY",
    ),
    (
        "Thirty pupils were taken ill after a school lunch, health officer Luis Benítez said on "
        "Wednesday. Brazil flew in medicine on Tuesday, and Brazil's embassy said more would come.",
        "Luis Benítez",
        "BRA",
    ),
    ("Nurses in Kasese and Fort Portal treated dozens of patients on Friday.", "Kasese", "UGA"),
]


@pytest.mark.parametrize(("text", "name", "want"), TOWN_CASES)
def test_country_from_towns(entities, text: str, name: str, want: str) -> None:
    assert [x[2] for x in typed_entities(entities(text)) if x[1] == name] == [want]


def test_possessive_after_in_stays_a_person(entities) -> None:
    got = typed_entities(entities("In Santos's view, the minister Ana Santos had no choice."))
    assert ("GPE", "Santos", "BRA") not in got
