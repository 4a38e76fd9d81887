"""Events stage, session 20 (late set): an active "charged" with a person or body charged is an
accusation ("prosecutors charged the mayor"), not a price, a device or a crowd run at; the press a
cue was spoken to ("residents told reporters") is no antecedent of the next sentence's "they";
agents, wardens and rangers are police actors. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _events

PUBLISHED = "2020-03-07"


CHARGES = [
    ("Prosecutors charged the mayor on Monday.", [("charged", "ACCUSE", "1121", ["Prosecutors"], ["mayor"])]),
    ("Police charged two men on Monday.", [("charged", "ACCUSE", "1121", ["Police"], ["two men"])]),
    ("Prosecutors charged Lena Moravec on Friday.",
     [("charged", "ACCUSE", "1121", ["Prosecutors"], ["Lena Moravec"])]),
    # the passive as before
    ("The mayor was charged on Monday.", [("charged", "ACCUSE", "1121", [], ["mayor"])]),
    # a price, a device: no charge; a crowd run at is force (tests/test_events_force_charges.py)
    ("The firm charged a fee.", []),
    ("She charged her phone overnight.", []),
    ("Riot police charged the crowd on Monday.", [("charged", "ASSAULT", "175", ["Riot police"], ["crowd"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CHARGES, ids=[c[0][:40] for c in CHARGES])
def test_an_active_charge_of_a_person_is_an_accusation(pipeline, text, expected):
    assert _events(pipeline, text) == expected


HEARERS = [
    ("The town was quiet, residents told reporters. They attacked a police station on Monday.",
     [("attacked", "ASSAULT", "190", ["residents"], [])]),
    ("The market was shut, traders said to journalists. They marched to the town hall on Monday.",
     [("marched", "PROTEST", "141", ["traders"], [])]),
    # the speakers themselves stay the antecedent
    ("The road was closed, witnesses said. They attacked a police station.",
     [("attacked", "ASSAULT", "190", ["witnesses"], [])]),
    # journalists who act are still an antecedent
    ("Police arrested two journalists. They protested on Monday.",
     [("arrested", "COERCE", "173", ["Police"], ["two journalists"]),
      ("protested", "PROTEST", "140", ["two journalists"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HEARERS, ids=[c[0][:40] for c in HEARERS])
def test_the_press_spoken_to_is_no_antecedent(pipeline, text, expected):
    assert _events(pipeline, text) == expected


SECURITY = [
    ("Agents raided the office on Tuesday.", ["Agents"]),
    ("Federal agents arrested the mayor on Tuesday.", ["Federal agents"]),
    ("Border agents detained two migrants.", ["Border agents"]),
    ("Park rangers arrested two poachers.", ["Park rangers"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "source"), SECURITY, ids=[c[0][:40] for c in SECURITY])
def test_security_people_are_actors(pipeline, text, source):
    assert _events(pipeline, text)[0][3] == source


@pytest.mark.parametrize(
    ("noun", "sector"), [("agent", "police"), ("warden", "police"), ("ranger", "police")]
)
def test_security_nouns_have_the_police_sector(pipeline, nlp, noun, sector):
    from storyline.stages.events import EventStage

    stage = next(s for s in vars(pipeline).values() if isinstance(s, EventStage))
    tok = nlp(f"The {noun} left.")[1]
    assert stage.person_kind(tok) == ("person", sector)


COUNTERPARTS = [
    # the country of "his French counterpart" is the other side: no office holder of France guessed
    ("The president held a phone call with his French counterpart on Monday.",
     [("phone call", "CONSULT", "041", ["president"], ["French"])]),
    ("The prime minister spoke by phone with her Dutch counterparts on Monday.",
     [("spoke by phone with", "CONSULT", "041", ["prime minister"], ["Dutch"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COUNTERPARTS, ids=[c[0][:40] for c in COUNTERPARTS])
def test_a_counterparts_country_names_no_holder(pipeline, text, expected):
    assert _events(pipeline, text) == expected


LEFT_HURT = [
    # an event noun that "left X injured" has X as its victims, not its actors (so already when the
    # participle hangs on X; now also when the parser hangs it on "left")
    ("A brawl outside the stadium left 12 people injured.",
     [("injured", "ASSAULT", "190", [], ["12 people"])]),
    ("Clashes in the market left five people wounded.",
     [("wounded", "ASSAULT", "190", [], ["five people"])]),
    ("The attack left two soldiers wounded and one dead.",
     [("wounded", "ASSAULT", "190", [], ["two soldiers"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LEFT_HURT, ids=[c[0][:40] for c in LEFT_HURT])
def test_the_people_left_hurt_are_victims(pipeline, text, expected):
    assert [e for e in _events(pipeline, text) if e[0] != "Clashes"] == expected
