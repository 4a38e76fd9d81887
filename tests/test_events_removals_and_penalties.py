"""Events stage, session 20 (round-20 classes): a leader or official put out of office by a vote or
a body is coerced (CAMEO 170); a penalty a sports body imposes (a fine, points taken, fans barred,
matches without spectators) is a sanction; a product taken off sale or recalled by order is a
restriction (172); a talk by phone or video link is a call (041); saying one will not be part of a
meeting rejects it; an evaluation in quotation marks after "called the X" condemns; "want X <participle>"
demands, the act wanted not done; "we" in a quote is the body its speaker is named with, else the
speaker. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles


def _coded(pipeline, text: str) -> list[tuple]:
    """(trigger, type, CAMEO code, source names, target names or else the target phrase)."""
    return event_roles(pipeline, text, target_phrase=True)


REMOVED = [
    ("The provincial legislature voted on Thursday to remove the deputy governor.",
     [("remove", "COERCE", "170", ["provincial legislature"], ["deputy governor"])]),
    ("The senate removed Chief Justice Halvard Strom from office.",
     [("removed", "COERCE", "170", ["senate"], ["Halvard Strom"])]),
    # "out" the parser makes a preposition is the particle all the same
    ("The city council voted out the mayor, Irena Vuk, after a long session.",
     [("voted out", "COERCE", "170", ["city council"], ["Irena Vuk", "mayor"])]),
    ("The national assembly dismissed Premier Tavita Leota on Wednesday.",
     [("dismissed", "COERCE", "170", ["national assembly"], ["Tavita Leota"])]),
    # other things removed or dismissed keep their readings
    ("Deckhands removed the debris from the pier.", []),
    ("The magistrate dismissed the complaint against the editor.",
     [("dismissed", "REJECT", "120", ["magistrate"], ["complaint"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REMOVED, ids=[c[0][:40] for c in REMOVED])
def test_a_removal_from_office_by_a_body_is_coercion(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


SPORTS_PENALTIES = [
    ("The handball federation's disciplinary panel fined the club 15,000 dollars.",
     [("fined", "SANCTION", "160", ["handball federation's disciplinary panel"], ["club"])]),
    # a regulator's fine keeps the lexicon's coercion
    ("The harbour authority fined the shipping line 15,000 dollars.",
     [("fined", "COERCE", "172", ["harbour authority"], ["shipping line"])]),
    # points taken: the club they are taken from is the target
    ("The handball league deducted three points from Selvik Athletic.",
     [("deducted", "SANCTION", "160", ["handball league"], ["Selvik Athletic"])]),
    ("The handball league docked three points from Selvik Athletic.",
     [("docked", "SANCTION", "160", ["handball league"], ["Selvik Athletic"])]),
    ("The cricket board ordered the two sides to play their remaining fixtures without spectators.",
     [("ordered", "SANCTION", "160", ["cricket board"], ["two sides"])]),
    ("The league barred 25 fans from all grounds for two seasons.",
     [("barred", "SANCTION", "160", ["league"], ["25 fans"])]),
    # an order to do something else stays a request
    ("The union ordered its members to play music outside the ministry.",
     [("ordered", "REQUEST", "100", ["union"], ["its members"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SPORTS_PENALTIES, ids=[c[0][:40] for c in SPORTS_PENALTIES])
def test_a_sports_body_penalty_is_a_sanction(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


RECALLS = [
    ("The drugs watchdog pulled a batch of insulin pens from sale.",
     [("pulled", "COERCE", "172", ["drugs watchdog"], ["batch"])]),
    ("The drugs watchdog ordered Varno Pharma to recall every pack of its painkillers.",
     [("ordered", "COERCE", "172", ["drugs watchdog"], ["Varno Pharma"])]),
    # the recall noun ordered in the passive is the order's, no target of its own
    ("A recall of the baby formula was ordered by the consumer safety office.",
     [("ordered", "COERCE", "172", ["consumer safety office"], [])]),
    # an envoy recalled is no product recall
    ("The president ordered the recall of the envoy.", []),
    # money taken out of a market is no recall
    ("Foreign investors withdrew money from the bond market.",
     [("withdrew", "RETREAT", "087", ["Foreign investors"], ["money"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RECALLS, ids=[c[0][:40] for c in RECALLS])
def test_goods_taken_off_sale_by_order_are_a_restriction(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


CALLS = [
    ("The foreign minister had talked over the telephone with her Chilean counterpart.",
     [("talked", "CONSULT", "041", ["foreign minister"], ["Chilean"])]),
    # the parser hangs "with" on the medium
    ("The minister spoke by video link with Ghana's chancellor.",
     [("spoke", "CONSULT", "041", ["minister"], ["Ghana's chancellor"])]),
    ("The envoy held a video call with the rebel commander.",
     [("video call", "CONSULT", "041", ["envoy"], ["rebel commander"])]),
    # the press is no party to a call
    ("The minister spoke by phone with reporters.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CALLS, ids=[c[0][:40] for c in CALLS])
def test_a_talk_by_phone_or_video_is_a_call(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


SHUNNED = [
    ("The dockers' union will not be taking part in the mediation, its secretary said.",
     [("mediation", "REJECT", "125", ["dockers' union"], [])]),
    ("The rebels will not participate in the peace talks.",
     [("talks", "REJECT", "125", ["rebels"], [])]),
    # taking part is the meeting itself
    ("The rebels took part in the talks on Monday.", [("talks", "CONSULT", "046", ["rebels"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHUNNED, ids=[c[0][:40] for c in SHUNNED])
def test_refusing_to_take_part_in_a_meeting_rejects_it(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


QUOTED_VERDICTS = [
    ('The deputy mayor, Lin Arvo, called the audit "a sham".',
     [("called", "ACCUSE", "111", ["Lin Arvo", "deputy mayor"], [])]),
    ('The teachers\' federation called the new curriculum "a scandal".',
     [("called", "ACCUSE", "111", ["teachers' federation"], [])]),
    # praise in quotation marks condemns nothing
    ('The teachers\' federation called the new curriculum "a success".', []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), QUOTED_VERDICTS, ids=[c[0][:40] for c in QUOTED_VERDICTS])
def test_a_quoted_condemnation_after_called_is_an_accusation(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


WANTED_DONE = [
    ("Shopkeepers want the parking fees scrapped.", [("want", "REQUEST", "100", ["Shopkeepers"], [])]),
    ("Tenants want the eviction notices withdrawn.", [("want", "REQUEST", "100", ["Tenants"], [])]),
    # the removal wanted is not done: no coercion, and the mayor is no actor
    ("Villagers want the mayor removed from office.", [("want", "REQUEST", "100", ["Villagers"], [])]),
    # a participle with its agent describes the thing wanted
    ("The museum wants the paintings owned by the family.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WANTED_DONE, ids=[c[0][:40] for c in WANTED_DONE])
def test_wanting_a_thing_done_is_a_demand(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


QUOTED_WE = [
    # "we" of a speaker named with a body: the body
    ('"We urge every captain to slow down," said Orla Brisk, director of the Port Authority.',
     [("urge", "REQUEST", "100", ["Port Authority"], ["every captain"])]),
    # with no body named: the speaker
    ('"We urge every captain to slow down," said Orla Brisk.',
     [("urge", "REQUEST", "100", ["Orla Brisk"], ["every captain"])]),
    ('Kasimir Dul runs the harbour. "We urge every captain to slow down," he said.',
     [("urge", "REQUEST", "100", ["Kasimir Dul"], ["every captain"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), QUOTED_WE, ids=[c[0][:40] for c in QUOTED_WE])
def test_we_in_a_quote_is_the_speakers_body_or_the_speaker(pipeline, text, expected):
    assert _coded(pipeline, text) == expected
