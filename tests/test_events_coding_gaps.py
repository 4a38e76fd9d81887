"""Events stage, session 19 (four coding gaps): giving up one's weapons is disarming (RETREAT,
CAMEO 0873; handing over only one's own); a crowd gathering to reject, oppose or denounce something
protests (PROTEST 141), officials gathering so do not; a person taken from a dwelling or vehicle is
abducted (181), by police arrested (173), but not when taken to hospital, when hurt, or when a thing
is taken; a ship or aircraft sent in a sentence of rescue or disaster is aid (070; promised, an
intent to aid 033), not a deployment (154; promised, a threat 138). Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles

DISARM = [
    ("The militia's fighters will hand in their rifles next month under the deal.",
     [("hand in", "RETREAT", "0873", ["militia's fighters"], [])]),
    ("The rebels gave up their arms.", [("gave up", "RETREAT", "0873", ["rebels"], [])]),
    ("About 300 guerrillas surrendered their weapons to the army on Monday.",
     [("surrendered", "RETREAT", "0873", ["About 300 guerrillas"], ["army"])]),
    ("The insurgents handed over their guns at a camp near the border.",
     [("handed over", "RETREAT", "0873", ["insurgents"], [])]),
    ("The fighters turned over their rifles to the monitors.",
     [("turned over", "RETREAT", "0873", ["fighters"], [])]),
    # weapons not one's own handed over to others arm them
    ("The smugglers handed over weapons to the rebels.",
     [("handed over", "AID", "070", ["smugglers"], ["rebels"])]),
    # agreeing to disarm is an agreement to de-escalate
    ("The rebels agreed to give up their arms.",
     [("agreed", "AGREE", "030", ["rebels"], []), ("give up", "AGREE", "0356", ["rebels"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DISARM, ids=[c[0][:40] for c in DISARM])
def test_giving_up_weapons_is_disarming(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


PURPOSES = [
    ("Thousands had gathered outside the courthouse to reject the tax bill.",
     [("gathered", "PROTEST", "141", ["Thousands"], [])]),
    ("Residents gathered in the park to oppose the planned motorway.",
     [("gathered", "PROTEST", "141", ["Residents"], [])]),
    ("Hundreds of farmers assembled outside the town hall to denounce the water plan.",
     [("assembled", "PROTEST", "141", ["farmers"], [])]),
    # officials meeting to condemn something do not protest
    ("Ministers gathered in Geneva to condemn the attack.",
     [("condemn", "ACCUSE", "111", ["Ministers"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PURPOSES, ids=[c[0][:40] for c in PURPOSES])
def test_a_crowd_gathering_to_oppose_protests(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


TAKEN = [
    ("The activist was taken from his apartment by masked men on Friday.",
     [("taken", "ASSAULT", "181", ["masked men"], ["activist"])]),
    ("The businessman was taken from his car by gunmen near the bridge.",
     [("taken", "ASSAULT", "181", ["gunmen"], ["businessman"])]),
    ("Gunmen took two engineers from their hotel room on Friday.",
     [("took", "ASSAULT", "181", ["Gunmen"], ["two engineers"])]),
    # by the police: an arrest
    ("Police took the activist from his home before dawn.",
     [("took", "COERCE", "173", ["Police"], ["activist"])]),
    # a thing taken, or a person taken to hospital: no seizure
    ("Her bag was taken from her car.", []),
    ("The injured driver was taken from his car to hospital.", []),
    ("Two injured passengers were taken from the bus.", []),
    ("He was taken from his cell to the courtroom.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TAKEN, ids=[c[0][:40] for c in TAKEN])
def test_a_person_taken_from_home_or_car_is_seized(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


CRAFT = [
    ("Japan said it will send two frigates to help search for the missing divers.",
     [("send", "AGREE", "033", ["Japan"], []), ("send", "AID", "070", ["Japan"], []),
      ("help", "AID", "070", ["Japan"], []), ("search", "AID", "073", ["Japan"], ["missing divers"])]),
    ("Greece sent a frigate to rescue the stranded migrants.",
     [("sent", "AID", "070", ["Greece"], []), ("rescue", "AID", "073", ["Greece"], ["stranded migrants"])]),
    # no rescue or disaster in the sentence: a deployment, promised a threat
    ("Russia said it would send warships to the region.", [("send", "THREATEN", "138", ["Russia"], [])]),
    ("China sent two warships to the disputed reef.", [("sent", "MOBILIZE", "154", ["China"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CRAFT, ids=[c[0][:40] for c in CRAFT])
def test_a_ship_sent_to_a_rescue_is_aid(pipeline, text, expected):
    assert _roles(pipeline, text) == expected
