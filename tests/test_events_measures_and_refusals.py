"""Events stage, session 18: a verb coded by the measure it acts on and that measure's noun are one
act, not two ("proposed new sanctions on X"); the "to"-complement of a verb of refusing or
failing is an act not done and codes no event ("refused to hand over the suspects"), while the
refusal keeps its own; people "of" a district a purpose clause disperses are the target, not the
district, and a span of days counts the act it holds ("a day of protests"); a bare "the country"
is the one country just named; a state of emergency extended is imposed again; an act of an
unnamed body told as a subject is kept with a generic actor; investigators sent home open an
inquiry, sent abroad or offered they are help. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles

MEASURES_ONCE = [
    # the verb's reading (senses row) and its object noun: one event, the verb's
    ("The European Commission proposed new sanctions on Iran.",
     [("proposed", "SANCTION", "163", ["European Commission"], ["Iran"])]),
    ("The European Commission proposed fresh tariffs on Chile.",
     [("proposed", "SANCTION", "163", ["European Commission"], ["Chile"])]),
    # a light verb keeps its pairing with the noun as before
    ("Chile imposed sanctions on Peru.", [("imposed sanctions", "SANCTION", "163", ["Chile"], ["Peru"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MEASURES_ONCE, ids=[c[0][:40] for c in MEASURES_ONCE])
def test_a_measure_and_its_verb_are_one_event(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


REFUSED_ACTS = [
    # the refusal aims at whom the refused act would reach (test_events_it_openers_and_refusals.py)
    ("Chile refused to hand over the suspects.", [("refused", "REJECT", "120", ["Chile"], ["suspects"])]),
    ("Peru declined to release the detainees.", [("declined", "REJECT", "120", ["Peru"], ["detainees"])]),
    ("The army failed to free the hostages.", []),
    # a second act joined to the refused one is not done either
    ("The rebels refused to attack or withdraw.", [("refused", "REJECT", "120", ["rebels"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REFUSED_ACTS, ids=[c[0][:40] for c in REFUSED_ACTS])
def test_a_refused_act_is_not_coded(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


def test_an_attempted_act_keeps_its_event(pipeline):
    """Trying is not refusing: the complement stays, as a hypothetical event."""
    record = pipeline.process("The army tried to free the hostages.", published="2020-03-07")
    assert [(e.trigger.text, e.type, e.hypothetical) for e in record.events] == [("free", "RETREAT", True)]


DISPERSED = [
    # people "of" a district only live there: they are the target, not the district
    ("Police fired tear gas to disperse about 300 residents of the Soweto township who blocked the road.",
     [("fired", "ASSAULT", "175", ["Police"], ["about 300 residents"]),
      ("blocked", "PROTEST", "144", ["about 300 residents"], [])]),
    ("Police fired tear gas to disperse villagers of the Soweto district.",
     [("fired", "ASSAULT", "175", ["Police"], ["villagers"])]),
    # a span of days counts the act it holds: "a day of protests" is protests
    ("Police dispersed a second day of protests.", [("dispersed", "COERCE", "172", ["Police"], [])]),
    ("Unions staged a week of strikes.", [("strikes", "PROTEST", "143", ["Unions"], [])]),
    ("The two sides held a day of talks.", [("talks", "CONSULT", "046", ["two sides"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DISPERSED, ids=[c[0][:40] for c in DISPERSED])
def test_dispersed_people_and_spans_of_acts(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


THE_COUNTRY = [
    # the one country named just before
    ("Kenya is hosting the talks. The country has sent 300 troops to Haiti.",
     [("hosting", "CONSULT", "043", ["Kenya"], []),
      ("sent 300 troops", "MOBILIZE", "154", ["Kenya"], ["Haiti"])]),
    # two countries named: no guess
    ("Kenya and Chile are hosting the talks. The country has sent 300 troops to Haiti.",
     [("hosting", "CONSULT", "043", ["Kenya", "Chile"], []),
      ("sent 300 troops", "MOBILIZE", "154", [], ["Haiti"])]),
    # none named
    ("The country has sent troops to Haiti.", [("sent troops", "MOBILIZE", "154", [], ["Haiti"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), THE_COUNTRY, ids=[c[0][:40] for c in THE_COUNTRY])
def test_the_country_is_the_one_country_just_named(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


EXTENDED = [
    # a state of emergency extended is imposed again, as declared (the place its target, as declared)
    ("Peru extended the state of emergency in Lima.", [("extended", "COERCE", "1724", ["Peru"], ["Lima"])]),
    ("The government prolonged the state of emergency.",
     [("prolonged", "COERCE", "1724", ["government"], [])]),
    ("Peru declared a state of emergency in Lima.", [("declared", "COERCE", "1724", ["Peru"], ["Lima"])]),
    # other things extended are no restriction
    ("Peru extended the deadline.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EXTENDED, ids=[c[0][:40] for c in EXTENDED])
def test_an_extended_state_of_emergency_is_imposed(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


BODY_AGENTS = [
    # a body no name covers, as possessor of the act: kept, with a generic actor, as a named one
    ("The ministry's suspension of the league was criticised.",
     [("suspension", "SANCTION", "160", ["ministry"], ["league"]),
      ("criticised", "ACCUSE", "111", [], ["ministry"])]),
    ("Kenya's suspension of the league was criticised.",
     [("suspension", "SANCTION", "160", ["Kenya"], ["league"]),
      ("criticised", "ACCUSE", "111", [], ["Kenya"])]),
    # no act of its own: only the criticism
    ("The ministry's decision was criticised.", [("criticised", "ACCUSE", "111", [], ["ministry"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BODY_AGENTS, ids=[c[0][:40] for c in BODY_AGENTS])
def test_an_act_of_an_unnamed_body_is_kept(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


DISPATCHED_INVESTIGATORS = [
    # to a town of the sender's own country: an inquiry (CAMEO 090); the town is where, no target
    ("The Japan Transport Safety Board sent investigators to Osaka.",
     [("sent", "ACCUSE", "090", ["Japan Transport Safety Board"], [])]),
    # abroad: technical help (planned here, "would send")
    ("France's accident bureau said it would send two investigators to Almaty.",
     [("send", "AID", "070", ["accident bureau"], ["Almaty"])]),
    # offered to another body: help, stated (AGREE 033) and planned (AID 070)
    ("The Canadian embassy in Lima said it had offered the police two investigators.",
     [("offered", "AGREE", "033", ["Canadian embassy"], ["police", "two investigators"]),
      ("offered", "AID", "070", ["Canadian embassy"], ["police", "two investigators"])]),
    # other teams sent keep their aid rows
    ("Chile sent a team of doctors to Peru.", [("sent", "AID", "073", ["Chile"], ["Peru"])]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), DISPATCHED_INVESTIGATORS, ids=[c[0][:40] for c in DISPATCHED_INVESTIGATORS]
)
def test_investigators_sent_home_investigate_and_abroad_help(pipeline, text, expected):
    assert _roles(pipeline, text) == expected
