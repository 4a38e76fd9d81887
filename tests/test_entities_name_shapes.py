"""Names the model cuts or mistypes by their shape (every sentence invented): a station named by a
channel word and its number ("Channel 4 News", "Canal 13") is one organisation, and a channel word
with no number opens none ("the Channel Islands"); an institution's head word in French, Spanish,
Portuguese or Italian before a particle ("Musée de Grenoble") names an organisation, not a person;
a person after a title ("Dr. X") is no organisation listed after a plural noun of an "of" phrase
("the director of health services, Dr. X,"); a person's name in apposition to a person noun is one
person, though the model cut it and called a piece an organisation ("Another passenger, Murat
Özdemir,"), and a nationality in a description after it is theirs ("…, a Danish engineer,")."""

from __future__ import annotations

import pytest

from conftest import typed_entities

# (text, the entities as (type, name, country))
CASES = [
    (
        "The interview was aired by Kanal 9 on Sunday, and later rebroadcast by Channel 4 News and TV 2"
        " in the evening.",
        [("ORG", "Kanal 9", None), ("ORG", "Channel 4 News", None), ("ORG", "TV 2", None)],
    ),
    (
        "Speaking to Canal 13, the minister denied the report. Radio 4 and Kanal D also covered it.",
        [("ORG", "Canal 13", None), ("ORG", "Radio 4", None), ("ORG", "Kanal", None)],
    ),
    (
        "Musée de Grenoble staff and Instituto de Salud officials met on Monday.",
        [("ORG", "Musée de Grenoble", None), ("ORG", "Instituto de Salud", None)],
    ),
    (
        "The clinic removed the syrup on Saturday, the director of health services, Dr. Ramon Villaflor,"
        " said.",
        [("PERSON", "Ramon Villaflor", None)],
    ),
    (
        "Another passenger, Murat Özdemir, told reporters the slides had not opened.",
        [("PERSON", "Murat Özdemir", None)],
    ),
    (
        "A second witness, Ayşe Çelik, a Turkish teacher, said the bus was speeding.",
        [("PERSON", "Ayşe Çelik", "TUR"), ("NORP", "Turkish", "TUR")],
    ),
    (
        "Another passenger, Søren Ødegård, a Danish engineer, told the broadcaster the slides failed.",
        [("PERSON", "Søren Ødegård", "DNK"), ("NORP", "Danish", "DNK")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_name_shape(entities, text: str, want: list[tuple]) -> None:
    assert typed_entities(entities(text)) == want
