"""Events stage, session 23: acts the lexicon coded wrongly or missed. A speaker who says a party
violated, breached or infringed a state's sovereignty, airspace or territory accuses it (ACCUSE 112,
``event_violated_rights.txt``); men boarding a freight ship seize it even when not called armed
(``event_cargo_vessels.txt``), its own crew do not; "commandeered" is a seizure; a wrongdoer
overpowered, subdued, restrained or tackled is restrained by force (COERCE 173, the ``@suspect``
rows of ``event_senses.tsv``), guards overpowered are assaulted; a raid by the police is a search
and seizure (COERCE 170, lexicon flag ``bypolice``), by troops or robbers an attack. Invented
sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_place_text
from conftest import event_roles as _roles

# sentence -> (trigger, type, CAMEO, sources, targets) of every event
INTRUSIONS = [
    ('"Venezuela breached our territorial waters," the Guyanese navy said.',
     [("breached", "ACCUSE", "112", ["Guyanese navy"], ["Venezuela"])]),
    ('"Eritrea has violated our sovereignty," Defence Minister Ana Lopes said on Monday.',
     [("violated", "ACCUSE", "112", ["Ana Lopes"], ["Eritrea"])]),
    ("Estonia's foreign ministry said Russia had infringed its airspace.",
     [("infringed", "ACCUSE", "112", ["foreign ministry"], ["Russia"])]),
    # denied, or not a state's own: no accusation of intrusion
    ("Ethiopia did not violate Sudan's territory, the ministry said.", []),
    ("The minister said the new law violated the constitution.", [("violated", "REJECT", "128", [], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), INTRUSIONS, ids=[c[0][:40] for c in INTRUSIONS])
def test_a_violated_sovereignty_said_is_an_accusation(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


BOARDINGS = [
    ("Six men in a speedboat boarded a bulk carrier off the coast of Benin on Sunday.",
     [("boarded", "COERCE", "1711", ["Six men"], ["bulk carrier"])]),
    ("About ten men in two skiffs boarded the Nordic Star, a Maltese-flagged tanker, before dawn.",
     [("boarded", "COERCE", "1711", ["About ten men"], ["Nordic Star"])]),
    ("Gunmen commandeered a ferry near the island on Monday.",
     [("commandeered", "COERCE", "1711", ["Gunmen"], ["ferry"])]),
    # the ship's own people, or travellers on a passenger ship: no seizure
    ("The crew boarded the tanker in Rotterdam.", []),
    ("Tourists boarded the ferry in Piraeus.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BOARDINGS, ids=[c[0][:40] for c in BOARDINGS])
def test_a_freight_ship_boarded_is_seized(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


RESTRAINTS = [
    ("Two bystanders tackled the robber outside the bank.",
     [("tackled", "COERCE", "173", ["Two bystanders"], ["robber"])]),
    ("Security guards restrained the attacker until police arrived.",
     [("restrained", "COERCE", "173", ["Security guards"], ["attacker"])]),
    ("Fans and stewards overpowered the gunman, a 30-year-old man, and handed him to officers.",
     [("overpowered", "COERCE", "173", ["Fans", "stewards"], ["gunman"])]),
    # guards overpowered by inmates are assaulted; tackling a problem is no act
    ("Inmates overpowered two guards during the evening meal.",
     [("overpowered", "ASSAULT", "182", ["Inmates"], ["two guards"])]),
    ("The government will tackle corruption.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RESTRAINTS, ids=[c[0][:40] for c in RESTRAINTS])
def test_a_wrongdoer_overpowered_is_restrained(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


RAIDS = [
    ("Detectives raided three homes in the suburb on Tuesday.",
     [("raided", "COERCE", "170", ["Detectives"], ["three homes"])]),
    ("A police raid on the newspaper's offices drew criticism.",
     [("raid", "COERCE", "170", ["police"], ["newspaper's offices"])]),
    ("Police officers raided settlements on the edge of the city after the escape.",
     [("raided", "COERCE", "170", ["Police officers"], ["settlements"])]),
    # by troops or militants a raid is an attack
    ("Militants raided an army post near the border.",
     [("raided", "ASSAULT", "190", ["Militants"], ["army post"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RAIDS, ids=[c[0][:40] for c in RAIDS])
def test_a_police_raid_is_coercion(pipeline, text, expected):
    assert _roles(pipeline, text, target_phrase=True) == expected


# where an argument is from, in an appositive that says who it is, is not where the act happened
DESCRIBED = [
    ("Passers-by tackled the robber, a man from Kisumu, outside a bank in Nakuru.", "tackled", "Nakuru"),
    ("Police detained Ana Ruiz, a teacher from Oruro, on Monday.", "detained", None),
    ("Rebels attacked Kidal, a town in northern Mali, on Friday.", "attacked", "Kidal"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "place"), DESCRIBED, ids=[c[0][:40] for c in DESCRIBED])
def test_a_place_describing_an_argument_is_not_where(pipeline, text, trigger, place):
    assert event_place_text(pipeline, text, trigger) == place
