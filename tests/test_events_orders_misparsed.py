"""Events stage, session 20: an order into a state read where the parse loses it (the present
tense tagged a plural noun, "orders all ports shut"; object and state fused into one noun,
"ordered the border shut"); a detention a court orders is the court's ("ordered the clerk held");
"recall" withdraws only diplomats or forces ("recalled the night of the fire" remembers); a
place phrase misread as an object ("rallied outside parliament") is no target; a bare count the
tagger took for a date ("detained 40 after the match") is the people counted; a sense row of a
verb and its particle is narrower than the lexicon's row of the same verb and particle; a ship
sent with a purpose of aid is aid.
Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles


def _coded(pipeline, text: str) -> list[tuple]:
    """(trigger, type, CAMEO code, source names, target names or else the target phrase)."""
    return event_roles(pipeline, text, target_phrase=True)


ORDERED_STATES = [
    # the present tense, joined to a first act: the order is its subject's, what is shut its target
    ("The premier declares an emergency in the north and orders all ports shut until Friday.",
     [("declares", "COERCE", "1724", ["premier"], []),
      ("orders all ports shut", "COERCE", "172", ["premier"], ["all ports"])]),
    ("The mayor announces a curfew and orders all shops shut.",
     [("curfew", "COERCE", "1723", ["mayor"], []),
      ("orders all shops shut", "COERCE", "172", ["mayor"], ["all shops"])]),
    ("The mayor orders all shops shut.",
     [("orders all shops shut", "COERCE", "172", ["mayor"], ["all shops"])]),
    ("The regulator suspends the licence and orders the jets grounded.",
     [("suspends", "SANCTION", "160", ["regulator"], ["licence"]),
      ("orders the jets grounded", "COERCE", "1722", ["regulator"], ["jets"])]),
    # object and state parsed as one noun ("the border shut")
    ("The prime minister ordered the border shut.",
     [("ordered the border shut", "COERCE", "172", ["prime minister"], ["border"])]),
    ("The president ordered the port sealed on Tuesday.",
     [("ordered the port sealed", "COERCE", "172", ["president"], ["port"])]),
    # no state: a noun "orders", a regular order
    ("The rules and orders all staff follow were published.", []),
    ("The council orders new buses every year.", []),
    ("The mayor orders the shops to close.", [("orders", "COERCE", "172", ["mayor"], ["shops"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ORDERED_STATES, ids=[c[0][:40] for c in ORDERED_STATES])
def test_an_order_into_a_state_survives_a_misparse(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


ORDERED_HELD = [
    ("A judge ordered the suspect held in custody for 30 days.",
     [("held", "COERCE", "173", ["judge"], ["suspect"])]),
    ("A magistrate ordered the two men held for 15 days.",
     [("held", "COERCE", "173", ["magistrate"], ["two men"])]),
    ("The court ordered Marek Nowak detained for two months.",
     [("detained", "COERCE", "173", ["court"], ["Marek Nowak"])]),
    ("The court ordered the former mayor remanded in custody.",
     [("remanded in custody", "COERCE", "173", ["court"], ["former mayor"])]),
    ("The judge ordered that the banker be detained.",
     [("detained", "COERCE", "173", ["judge"], ["banker"])]),
    # the order's own subject acts where the clause has one
    ("The judge ordered that police detain the banker.",
     [("detain", "COERCE", "173", ["police"], ["banker"])]),
    # an order joined to a first act shares its subject
    ("Tomas Berg was charged with fraud on Monday. The judge rejected his request for bail and ordered "
     "that he be held in police custody.",
     [("charged with", "ACCUSE", "1121", [], ["Tomas Berg"]),
      ("rejected", "REJECT", "120", ["judge"], ["Tomas Berg"]),
      ("request", "REQUEST", "100", ["Tomas Berg"], []),
      ("held", "COERCE", "173", ["judge"], ["Tomas Berg"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ORDERED_HELD, ids=[c[0][:40] for c in ORDERED_HELD])
def test_a_detention_ordered_is_the_orderers(pipeline, text, expected):
    assert event_roles(pipeline, text) == expected


RECALLED = [
    # remembering is no event
    ("The foreign minister recalled the killing of the journalist.", []),
    ("The officer recalled the night of the fire.", []),
    ("She recalled that the talks had failed.", []),
    ("The carmaker recalled thousands of vans.", []),
    # envoys and forces withdrawn
    ("Tokyo recalled its envoy after the dispute.", [("recalled", "SANCTION", "161", ["Tokyo"], [])]),
    ("The ambassador was recalled for consultations.", [("recalled", "SANCTION", "161", [], ["ambassador"])]),
    ("Chad recalled its troops from the border.", [("recalled", "RETREAT", "087", ["Chad"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RECALLED, ids=[c[0][:40] for c in RECALLED])
def test_recall_withdraws_only_envoys_and_forces(pipeline, text, expected):
    assert event_roles(pipeline, text) == expected


RALLIED = [
    ("Supporters rallied outside parliament.", [("rallied", "PROTEST", "141", ["Supporters"], [])]),
    ("Nurses rallied near the clinic.", [("rallied", "PROTEST", "141", ["Nurses"], [])]),
    ("Opposition supporters rallied in front of the court on Monday.",
     [("rallied", "PROTEST", "141", ["Opposition supporters"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RALLIED, ids=[c[0][:40] for c in RALLIED])
def test_a_rallys_place_is_no_target(pipeline, text, expected):
    assert _coded(pipeline, text) == expected


COUNTS = [
    ("Police detained 40 after the match.", [("detained", "COERCE", "173", ["Police"], ["40 people"])]),
    ("Police arrested 40 after the march.", [("arrested", "COERCE", "173", ["Police"], ["40 people"])]),
    ("He detained 3 on Monday.", [("detained", "COERCE", "173", [], ["3 people"])]),
    # a time stays a time
    ("Police arrested the mayor 40 years ago.", [("arrested", "COERCE", "173", ["Police"], ["mayor"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COUNTS, ids=[c[0][:40] for c in COUNTS])
def test_a_count_taken_for_a_date_is_people(pipeline, text, expected):
    assert event_roles(pipeline, text) == expected


PARTICLES = [
    # the sense row of "pull out" (peacekeepers, observers) wins over the lexicon's "pull out"
    ("The alliance pulled out its inspectors.", [("pulled out", "SANCTION", "1661", ["alliance"], [])]),
    ("The alliance pulled out its troops.", [("pulled out", "RETREAT", "087", ["alliance"], [])]),
    ("The charity set up a mobile clinic in the village.", [("set up", "AID", "073", ["charity"], [])]),
    ("Riot police broke up the rally outside the ministry.",
     [("broke up", "COERCE", "172", ["Riot police"], [])]),
    ("The fighters handed over their rifles to the army.",
     [("handed over", "RETREAT", "0873", ["fighters"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTICLES, ids=[c[0][:40] for c in PARTICLES])
def test_a_particle_verbs_sense_row_wins(pipeline, text, expected):
    assert event_roles(pipeline, text) == expected


SHIPS = [
    ("Norway will send a coastguard vessel to help.",
     [("send", "AID", "070", ["Norway"], []), ("help", "AID", "070", ["Norway"], [])]),
    ("Portugal sent a patrol vessel to assist the stricken tanker.",
     [("sent", "AID", "070", ["Portugal"], []), ("assist", "AID", "070", ["Portugal"], [])]),
    # no aid: forces moved
    ("The navy sent two warships to patrol the strait.", [("sent", "MOBILIZE", "154", ["navy"], [])]),
    ("Spain sent a vessel to the disputed waters.", [("sent", "MOBILIZE", "154", ["Spain"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHIPS, ids=[c[0][:40] for c in SHIPS])
def test_a_ship_sent_to_help_is_aid(pipeline, text, expected):
    assert event_roles(pipeline, text) == expected
