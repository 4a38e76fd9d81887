"""Events stage, session 18 (second round): an "It" opening the sentence after a body spoke is that
body; a negated simple present of a cooperative act is a refusal; troops going into a site take
it, riot weapons used on people are repression, halted talks are no talks, joint patrols are
cooperation, burning a building destroys property, suspects picked up are detained; a present-tense
"-s" verb the tagger made a noun is still a verb; "anyone ... must leave" in a named speaker's
quote is that speaker's demand of those people; a place in a clause with its own subject is that
clause's; a refusal aims at whom the refused act would reach, and "them" after two named people is
those people; the group a participle describes ("youths carrying clubs") utters its own threat.
Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles


def _places(pipeline, text: str) -> list[tuple[str, str | None]]:
    """(trigger, place name) of every event of the full record."""
    record = pipeline.process(text, published="2020-03-07")
    return [(e.trigger.text, None if e.place is None else record.places[e.place].name) for e in record.events]


IT_AFTER_SPEAKER = [
    # the body that spoke goes on: not a body named inside what it said
    ("The Pilots Guild said on its website that the airline board had misled staff and the Transport "
     "Ministry ignored complaints. It urged the chairman to resign.",
     [("urged", "REQUEST", "100", ["Pilots Guild"], ["chairman"]),
      ("resign", "CONCEDE", "0831", ["chairman"], [])]),
    # a body no entity names, speaking after its quote
    ("\"We back the dockers,\" the federation said on Sunday. It called on Peru and Chile to follow.",
     [("back", "SUPPORT", "051", ["federation"], ["dockers"]),
      ("called on", "REQUEST", "100", ["federation"], ["Peru", "Chile"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), IT_AFTER_SPEAKER, ids=[c[0][:40] for c in IT_AFTER_SPEAKER])
def test_it_after_a_statement_is_its_speaker(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


STANDING_REFUSALS = [
    ("The government never negotiates with hijackers.",
     [("negotiates", "REJECT", "125", ["government"], ["hijackers"])]),
    ("Ecuador does not release prisoners in exchange for hostages.",
     [("release", "REJECT", "124", ["Ecuador"], ["prisoners"])]),
    # a violent act denied is only negated (the refusal table has no row for it)
    ("The rebels do not attack civilians, their commander said.",
     [("attack", "ASSAULT", "190", ["rebels"], ["civilians"])]),
    # a past act not done is no policy: it stays the negated act
    ("The ministry did not negotiate with the union.",
     [("negotiate", "CONSULT", "046", ["ministry"], ["union"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STANDING_REFUSALS, ids=[c[0][:40] for c in STANDING_REFUSALS])
def test_a_negated_simple_present_is_a_refusal(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


def test_negated_acts_stay_negated(pipeline):
    record = pipeline.process("The ministry did not negotiate with the union.", published="2020-03-07")
    assert [(e.type, e.negated) for e in record.events] == [("CONSULT", True)]


SENSES = [
    ("Riot police used pepper spray and batons on the marchers.",
     [("used", "ASSAULT", "175", ["Riot police"], ["marchers"])]),
    # the instrument does not act: whoever used it disperses
    ("Police used tear gas to disperse the crowd.",
     [("used", "ASSAULT", "175", ["Police"], ["crowd"]),
      ("disperse", "COERCE", "172", ["Police"], ["crowd"])]),
    ("The European Union froze membership talks with Serbia.",
     [("froze", "SANCTION", "164", ["European Union"], ["Serbia"])]),
    ("Peru froze ties with Chile.", [("froze", "SANCTION", "160", ["Peru"], ["Chile"])]),
    ("The European Union suspended membership talks with Serbia.",
     [("suspended", "SANCTION", "160", ["European Union"], ["Serbia"])]),
    ("Peru and Chile launched joint patrols on the river.",
     [("joint patrols", "COOPERATE", "062", ["Peru", "Chile"], [])]),
    ("Troops and gendarmes entered the assembly hall.",
     [("entered", "COERCE", "192", ["Troops", "gendarmes"], [])]),
    ("Tourists entered the museum.", []),
    ("Gunmen burned the village school.", [("burned", "ASSAULT", "1712", ["Gunmen"], [])]),
    ("Police picked up two activists outside the court.",
     [("picked up", "COERCE", "173", ["Police"], ["two activists"])]),
    ("The coast guard picked up 19 survivors.", []),
    ("Robbers tied up three cashiers before fleeing with the cash.",
     [("tied up", "ASSAULT", "182", ["Robbers"], ["three cashiers"])]),
    ("The crew tied up the boat at the pier.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SENSES, ids=[c[0][:40] for c in SENSES])
def test_senses_of_use_freeze_enter_burn_and_pick_up(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


def test_a_particle_after_the_object_is_a_particle(pipeline):
    """ "picked X up": the parser hangs "up" as an adverb after the object."""
    roles = _roles(pipeline, "Agents picked Lawrence Mbeki up at the airport in Nairobi on Sunday.")
    assert [(r[1], r[2], r[4]) for r in roles] == [("COERCE", "173", ["Lawrence Mbeki"])]


def test_a_present_verb_tagged_as_a_noun(pipeline):
    """ "... and orders all ferries to stay in port": the tagger's plural noun is the verb."""
    text = "Governor Halvorsen announces a curfew in the capital and orders all ferries to stay in port."
    assert _roles(pipeline, text) == [
        ("curfew", "COERCE", "1723", ["Halvorsen"], []),
        ("orders", "REQUEST", "100", ["Halvorsen"], ["all ferries"]),
    ]  # fmt: skip


QUOTED_DEMANDS = [
    ("\"Anyone still living near the river must leave today,\" Mayor Okafor said.",
     [("must leave", "REQUEST", "100", ["Okafor"], ["Anyone"])]),
    ("\"We must do better,\" Mayor Okafor said.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), QUOTED_DEMANDS, ids=[c[0][:40] for c in QUOTED_DEMANDS])
def test_a_quoted_must_is_the_speakers_demand(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


PLACES = [
    # a clause with a subject of its own keeps its own place
    ("Rebels abducted three fishermen from a resort off Sumatra's west coast, and one captive was let go "
     "in Vietnam.",
     [("abducted", "Sumatra")]),
    ("Police arrested 20 people in Quito, and protesters marched in Guayaquil.",
     [("arrested", "Quito"), ("marched", "Guayaquil")]),
    # a place that owns the spot named ("Lima's old town") is where it happened
    ("Gunmen seized two tourists in Lima's old town.", [("seized", "Lima")]),
    # not a place owning a thing that is no place ("talks on Tehran's programme")
    ("Iran agreed to resume talks on Tehran's nuclear programme.",
     [("agreed", None), ("talks", None), ("talks", None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLACES, ids=[c[0][:40] for c in PLACES])
def test_each_clause_has_its_own_place(pipeline, text, expected):
    assert _places(pipeline, text) == expected


REFUSAL_TARGETS = [
    ("A court in Lima charged Juan Perez and Luis Soto with fraud. The judge declined to free them "
     "pending trial.",
     [("charged", "ACCUSE", "1121", ["court in Lima"], ["Juan Perez", "Luis Soto"]),
      ("declined", "REJECT", "120", ["judge"], ["Juan Perez", "Luis Soto"])]),
    ("The army failed to free the hostages.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), REFUSAL_TARGETS, ids=[c[0][:40] for c in REFUSAL_TARGETS])
def test_a_refusal_aims_at_whom_the_act_would_reach(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


def test_a_group_described_by_a_participle_says_what_they_will_do(pipeline):
    """ "Hooded youths carrying clubs said they would ...": the youths, not the clubs."""
    text = "Masked youths holding sticks said they would storm the depot."
    roles = _roles(pipeline, text)
    assert [(r[1], r[2], r[3]) for r in roles] == [("THREATEN", "138", ["Masked youths"])]


EVACUATED_TOWNS = [
    # the settlements evacuated stand for their people; "its coast" is the country's
    ("The government of Peru ordered an evacuation of coastal towns along its northern coast.",
     ["coastal towns"], "Peru"),
    ("Chile's government ordered an evacuation of mountain villages in its southern region.",
     ["mountain villages"], "Chile"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "targets", "place"), EVACUATED_TOWNS, ids=[c[0][:40] for c in EVACUATED_TOWNS]
)
def test_evacuated_settlements_are_their_people(pipeline, text, targets, place):
    record = pipeline.process(text, published="2020-03-07")
    names = {e.id: e.name for e in record.entities}
    assert [(e.cameo, [names[t] for t in e.target], record.places[e.place].name) for e in record.events] == [
        ("073", targets, place)
    ]
