"""Events stage, session 17 (development-set leftovers): the owner of a thing acted on is the target
and a place after "in" is not ("froze three of his properties in <city>"); "his"/"her" on what a
body acts on is someone else's, not the body's own; a sporting or court ban on a person is a
sanction; a country's goods barred by name are an embargo; an officer relieved, a premier
toppled, a person remanded in custody are coerced; attackers in a relative clause ("police, who
fired tear gas") answer the people who acted on them; a search for a suspect is a pursuit (an
inquiry), not a rescue. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles

# sentence -> (trigger, type, cameo, sources, targets) of every event
OWNED_THINGS = [
    # the owner named before ("his"), not the city the things are in
    ("Tom Reed fled in May. The Fraud Office froze three of his properties in Lisbon.",
     [("froze", "SANCTION", "163", ["Fraud Office"], ["Tom Reed"])]),
    # an owner of no entity: no target at all, and still not the city
    ("The court froze his accounts in Lisbon.", [("froze", "SANCTION", "163", ["court"], [])]),
    ("Police seized the company's trucks in Kelso.", [("seized", "COERCE", "1711", ["Police"], ["company"])]),
    # the body's own things stay its own ("its"): no target, and the place keeps its say
    ("The army withdrew its troops.", [("withdrew", "RETREAT", "087", ["army"], [])]),
    ("Ruritania recalled its ambassador from Lisbon in 2021.",
     [("recalled", "SANCTION", "161", [], ["Lisbon"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OWNED_THINGS, ids=[c[0][:40] for c in OWNED_THINGS])
def test_the_owner_of_the_thing_is_the_target(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


MISSING_ACTS = [
    ("The federation banned the sprinter for two years.",
     [("banned", "SANCTION", "160", ["federation"], ["sprinter"])]),
    ("A court banned the cyclist from racing.", [("banned", "SANCTION", "160", ["court"], ["cyclist"])]),
    ("The government bars Brazil's beef imports.", [("bars", "SANCTION", "163", ["government"], ["Brazil"])]),
    ("The general relieved the colonel.", [("relieved", "COERCE", "170", ["general"], ["colonel"])]),
    ("Army topples the premier", [("topples", "COERCE", "170", ["Army"], ["premier"])]),
    ("John Smith was remanded in custody.", [("remanded in custody", "COERCE", "173", [], ["John Smith"])]),
    ("The judge remanded the two men in custody.", [("remanded", "COERCE", "173", ["judge"], ["two men"])]),
    # other themes keep no event of the verb
    ("The rain relieved the drought.", []),
    ("The storm toppled trees.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MISSING_ACTS, ids=[c[0][:40] for c in MISSING_ACTS])
def test_missing_acts_are_coded(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


ANSWERED_ATTACKS = [
    ("The men threw stones at police, who fired tear gas.",
     [("threw stones", "PROTEST", "145", ["men"], ["police"]),
      ("fired", "ASSAULT", "175", ["police"], ["men"])]),
    # looking at the police is no act they answer
    ("A reporter looked at police, who fired tear gas.", [("fired", "ASSAULT", "175", ["police"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ANSWERED_ATTACKS, ids=[c[0][:40] for c in ANSWERED_ATTACKS])
def test_an_attack_in_a_relative_clause_answers_the_actors(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


MANHUNTS = [
    ("Police were searching for a man believed responsible for the shooting.",
     [("searching", "ACCUSE", "090", ["Police"], ["man"])]),
    ("Police are searching for a man wanted over the robbery.",
     [("searching", "ACCUSE", "090", ["Police"], ["man"])]),
    ("Police launched a search for the two gunmen.", [("search", "ACCUSE", "090", [], ["two gunmen"])]),
    # people in danger are still rescued
    ("Rescuers were searching for survivors.", [("searching", "AID", "073", ["Rescuers"], ["survivors"])]),
    ("Divers searched for the missing crew.", [("searched", "AID", "073", ["Divers"], ["missing crew"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MANHUNTS, ids=[c[0][:40] for c in MANHUNTS])
def test_a_search_for_a_suspect_is_no_rescue(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


SPEAKER_ACTS_ON_IT = [
    # "X said Y had ... and ordered it to ...": the parser joins the act to the reported clause
    ("Judge Anna Berg said the Interior Ministry had acted outside the law and ordered it to return the "
     "equipment.",
     [("ordered", "REQUEST", "100", ["Anna Berg"], ["Interior Ministry"]),
      ("return", "RETREAT", "0842", ["Interior Ministry"], [])]),
    ("The Daily Courier printed the report. A spokesman for the ministry said the paper had lied and "
     "accused it of working for foreign powers.",
     [("accused", "ACCUSE", "112", ["spokesman"], ["Daily Courier"])]),
    # "it" not the reported subject: the joined verb keeps that subject
    ("The regulator fined Northwind Bank and ordered it to repay customers.",
     [("fined", "COERCE", "172", ["regulator"], ["Northwind Bank"]),
      ("ordered", "REQUEST", "100", ["regulator"], ["Northwind Bank"])]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), SPEAKER_ACTS_ON_IT, ids=[c[0][:40] for c in SPEAKER_ACTS_ON_IT]
)
def test_the_speaker_acts_on_the_reported_it(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


MOBILISED = [
    ("The president ordered troops to the border.", [("ordered", "MOBILIZE", "154", ["president"], [])]),
    ("The minister ordered two warships into the strait on Monday.",
     [("ordered", "MOBILIZE", "154", ["minister"], [])]),
    # an infinitive is an order to act; things ordered somewhere are no forces
    ("The commander ordered the troops to withdraw.",
     [("ordered", "REQUEST", "100", ["commander"], ["troops"]),
      ("withdraw", "RETREAT", "087", ["troops"], [])]),
    ("The judge ordered the documents to the court.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MOBILISED, ids=[c[0][:40] for c in MOBILISED])
def test_forces_ordered_somewhere_are_deployed(pipeline, text, expected):
    assert _roles(pipeline, text) == expected
