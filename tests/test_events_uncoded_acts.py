"""Events stage, session 19 (acts not coded): naming a thing with a word of condemnation accuses;
an invitation to joint work asks for cooperation and plans it; sharing results is cooperation,
stated as an intention it is planned too; speaking with a party (by phone: a phone call) is a
contact; forcing people out of a place expels them; wanting someone dealt with ("want X
sacked") demands it; force used to clear a place targets the people who were there; a definite
nominal act dated or placed by its own phrases and naming whom it befell is reported as such.
Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles

CONDEMNED = [
    ("The senator called the levy harsh and disproportionate.",
     [("called", "ACCUSE", "111", ["senator"], [])]),
    ("The governor called the dockers' walkout excessive.",
     [("called", "ACCUSE", "111", ["governor"], ["dockers"])]),
    ("The rector called the audit a fabrication.", [("called", "ACCUSE", "111", ["rector"], [])]),
    ("The coach called the ruling a hoax.", [("called", "ACCUSE", "111", ["coach"], [])]),
    # praise is no criticism
    ("The minister called the meeting productive.", []),
    ("Critics called the verdict fair and balanced.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CONDEMNED, ids=[c[0][:40] for c in CONDEMNED])
def test_called_with_a_condemning_word_accuses(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


COOPERATION_OFFERED = [
    # an invitation to joint work: a request for cooperation and the cooperation it plans
    ("Uruguay invited Bolivia to a joint probe into the spill.",
     [("invited", "REQUEST", "101", ["Uruguay"], ["Bolivia"]),
      ("invited", "COOPERATE", "060", ["Uruguay"], ["Bolivia"])]),
    ("The ministry invited Chile to cooperate in the search.",
     [("invited Chile to cooperate", "REQUEST", "101", ["ministry"], ["Chile"]),
      ("invited Chile to cooperate", "COOPERATE", "060", ["ministry"], ["Chile"])]),
    # an invitation to talks stays a call to meet; one to dinner is nothing
    ("The ministry invited both unions to talks.",
     [("invited", "REQUEST", "106", ["ministry"], ["both unions"])]),
    ("The mayor invited the singer to dinner.", []),
    # sharing results: cooperation; said as what one will do, the intention and the plan
    ("Brazil shared the data with Argentina.",
     [("shared the data", "COOPERATE", "064", ["Brazil"], ["Argentina"])]),
    ("Paraguay said it would share the results with Uruguay.",
     [("share the results", "AGREE", "031", ["Paraguay"], ["Uruguay"]),
      ("share the results", "COOPERATE", "064", ["Paraguay"], ["Uruguay"])]),
    # a negotiator sent is mediation, the sender's own negotiator no target
    ("Iceland sent a negotiator to Colombia.", [("sent", "CONSULT", "045", ["Iceland"], ["Colombia"])]),
    ("Iceland offered to dispatch a negotiator.",
     [("offered", "AGREE", "030", ["Iceland"], []),
      ("dispatch", "AGREE", "036", ["Iceland"], []),
      ("dispatch", "CONSULT", "045", ["Iceland"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), COOPERATION_OFFERED, ids=[c[0][:40] for c in COOPERATION_OFFERED]
)
def test_offers_and_invitations_of_cooperation(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


CONTACTS = [
    ("The chancellor had talked to both governors by phone.",
     [("talked", "CONSULT", "041", ["chancellor"], ["both governors"])]),
    ("The premier had spoken to the two governors by telephone.",
     [("spoken to", "CONSULT", "041", ["premier"], ["two governors"])]),
    ("She spoke with Mitterrand on Tuesday.", [("spoke with", "CONSULT", "040", [], ["Mitterrand"])]),
    ("The two premiers held a telephone conversation on Monday.",
     [("telephone conversation", "CONSULT", "041", ["two premiers"], [])]),
    ("In a phone call with Orbán, the chancellor urged restraint.",
     [("phone call", "CONSULT", "041", [], ["Orbán"]),
      ("urged", "REQUEST", "100", ["chancellor"], [])]),
    # the press, the public, a news outlet or one's own troops: no contact between parties
    ("The governor spoke to reporters in Accra.", []),
    ("The governor spoke to the BBC on Monday.", []),
    ("The general spoke to the troops.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CONTACTS, ids=[c[0][:40] for c in CONTACTS])
def test_speaking_with_a_party_is_a_contact(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


FORCED_OUT = [
    ("Gunmen forced the herders out of their camp.",
     [("forced the herders out", "COERCE", "174", ["Gunmen"], ["herders"])]),
    ("The rebels forced out the prefect.", [("forced out", "COERCE", "174", ["rebels"], ["prefect"])]),
    ("Bailiffs drove the squatters out of the warehouse.",
     [("drove the squatters out", "COERCE", "174", ["Bailiffs"], ["squatters"])]),
    # no one forced out
    ("The storm forced the ferry company to cancel crossings.", []),
    ("She drove out of the car park.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FORCED_OUT, ids=[c[0][:40] for c in FORCED_OUT])
def test_forcing_people_out_expels_them(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


WANTED = [
    ("The union wants the managers sacked.", [("wants", "REQUEST", "100", ["union"], [])]),
    ("Villagers want the mayor removed from office.", [("want", "REQUEST", "100", ["Villagers"], [])]),
    # wanting a thing, or wanting to act oneself, demands nothing
    ("The union wants a raise.", []),
    ("The union wants to strike.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WANTED, ids=[c[0][:40] for c in WANTED])
def test_wanting_someone_dealt_with_is_a_demand(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


CLEARED = [
    # the riot weapons coordinated as the parser fuses them are still riot weapons
    ("Riot police fired pepper spray and stun grenades.",
     [("fired", "ASSAULT", "175", ["Riot police"], [])]),
    # force used to clear a place targets the people a protest or an occupation put there
    ("Hundreds of nurses had occupied the plaza since Monday. Riot police used pepper spray and stun "
     "grenades to empty the plaza on Thursday.",
     [("occupied", "COERCE", "192", ["nurses"], []),
      ("used", "ASSAULT", "175", ["Riot police"], ["nurses"])]),
    ("Farmers blocked the highway with tractors. Police fired rubber bullets to clear the road.",
     [("blocked", "PROTEST", "144", ["Farmers"], []),
      ("fired", "ASSAULT", "175", ["Police"], ["Farmers"])]),
    # no one there before: no target
    ("Police used water cannon to clear the plaza.", [("used", "ASSAULT", "175", ["Police"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLEARED, ids=[c[0][:40] for c in CLEARED])
def test_force_used_to_clear_a_place_targets_its_occupants(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


def _dated(pipeline, text: str) -> list[tuple]:
    """(trigger, type, target phrase, date) of every event."""
    record = pipeline.process(text, published="2020-03-07")
    return [
        (e.trigger.text, e.type, e.target_text.text if e.target_text else None, e.date) for e in record.events
    ]


NOMINAL = [
    ("The massacre of 20 farmers near Kandy in June sparked protests.",
     [("massacre", "ASSAULT", "20 farmers", "2019-06")]),
    ("An inquiry into the slaying of 13 fishermen off Accra in January found no culprit.",
     [("inquiry", "ACCUSE", None, "2020-01"), ("slaying", "ASSAULT", "13 fishermen", "2020-01")]),
    # a definite act with neither its own date nor its own place refers back to one told before
    ("The killing of 14 miners shocked the country.", []),
    ("The killing shocked the country.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NOMINAL, ids=[c[0][:40] for c in NOMINAL])
def test_a_dated_or_placed_nominal_act_is_reported(pipeline, text, expected):
    assert _dated(pipeline, text) == expected
