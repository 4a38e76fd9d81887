"""The events stage on who acts when the parse splits a subject from its verb (a verb coordinated
with a reported clause, a main verb hung on its appositive subject), on who calls a protest and who
imposes a measure named by a noun, on the target of a riot's thrown objects and of the leaders
of two countries, and on the types of disaster declarations, disbursed money, goods flown, costs
paid and belief in a person: whole-pipeline tables on invented sentences."""

from __future__ import annotations

import pytest


def _names(record, ids) -> set[str]:
    by_id = {e.id: e.name for e in record.entities}
    return {by_id[i] for i in ids}


def _roles(record, trigger: str) -> list[tuple[str, set[str], set[str]]]:
    return [
        (e.type, _names(record, e.source), _names(record, e.target))
        for e in record.events
        if e.trigger.text == trigger
    ]


# sentence, trigger -> (type, sources, targets) of the events at that trigger
ROLES = [
    # an active verb with its object after "said <passive clause> and": the speaker acts
    (
        "The senator said the warehouse was looted on purpose and accused the militia of theft.",
        "accused",
        [("ACCUSE", {"senator"}, {"militia"})],
    ),
    (
        "Ines Barros said the guards had been bribed and accused the warden of lying.",
        "accused",
        [("ACCUSE", {"Ines Barros"}, {"warden"})],
    ),
    # a subject of its own in the reported clause keeps its verb ("the rebels ... and burned")
    (
        "The mayor said the rebels entered the village and burned the school.",
        "burned",
        [("ASSAULT", {"rebels"}, set())],  # burning a school destroys property (event_senses.tsv)
    ),
    # appositive and relative clause between the subject and its verb: the subject acts
    (
        "Yaw Darko, a lawyer who represents the families, called on the court to free the men.",
        "called on",
        [("REQUEST", {"Yaw Darko"}, {"court"})],
    ),
    (
        "The party chairman, a former colonel who lost the 2019 race, called on voters to stay home.",
        "called on",
        [("REQUEST", {"party chairman"}, {"voters"})],
    ),
    # a participle after a comma with its agent stays a passive
    (
        "Marta Lenz, a reporter who covers the courts, detained by police in March.",
        "detained",
        [("COERCE", {"police"}, {"Marta Lenz"})],
    ),
    # a riot's objects thrown "at" people: the people are the target, after a coordinated verb too
    (
        "Youths set fire to cars and threw rocks at soldiers.",
        "threw rocks",
        [("PROTEST", {"Youths"}, {"soldiers"})],
    ),
    (
        "Rioters threw bottles at the officers on Sunday.",
        "threw bottles",
        [("PROTEST", {"Rioters"}, {"officers"})],
    ),
    # the leaders "of A and B" stand for both, and a symmetric act has each as the other's target
    (
        "The premiers of Ghana and Togo signed a fishing accord on Monday.",
        "accord",
        [("AGREE", {"Ghana", "Togo", "premiers"}, {"Ghana", "Togo", "premiers"})],
    ),
    # a protest noun with a clause naming who called or organised it
    (
        "Riot police broke up a march organised by the Green Workers Alliance.",
        "march",
        [("PROTEST", {"Green Workers Alliance"}, set())],
    ),
    # a measure noun whose imposing is told: who imposed it and on whom
    (
        "The regulator lifted a ban imposed by the Harbour Authority in 2019.",
        "ban",
        [("COERCE", {"Harbour Authority"}, set())],
    ),
    # a governing body named by a common noun acts
    (
        "Two jockeys have been banned by a national federation for three years.",
        "banned",
        [("SANCTION", {"national federation"}, {"Two jockeys"})],  # a sporting ban is a sanction
    ),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), ROLES, ids=[c[0][:40] for c in ROLES])
def test_roles(pipeline, text, trigger, expected):
    record = pipeline.process(text, published="2025-05-05")
    assert _roles(record, trigger) == expected


# sentence -> (type, trigger) of every event
TYPES = [
    ("The cabinet declares a state of calamity in two districts.", [("COERCE", "declares")]),
    ("Officials are declaring a disaster in the flooded districts.", [("COERCE", "declaring")]),
    # money released is aid; a report released is no event
    ("The IMF released a 40 million dollar loan tranche.", [("AID", "released")]),
    ("The bank released its quarterly report on Monday.", []),
    # a currency the tagger leaves untagged is money all the same
    ("The treasury released 9 million lari for the farmers.", [("AID", "released")]),
    ("Armenia pledged 200 million dram on Tuesday.", [("AGREE", "pledged"), ("AID", "pledged")]),
    # goods carried by an aircraft make the flight aid; a flight alone is none
    ("The Danish air force flew a cargo jet with blankets to Tromso.", [("AID", "flew")]),
    ("The airline flew three planes to Madrid on Monday.", []),
    # paying for something is aid; "paid compensation for" keeps its own reading
    ("The province paid for the funerals of the victims.", [("AID", "paid for")]),
    ("Ecuador paid compensation to the fishermen for their boats.", [("RETREAT", "paid")]),
    # believing a person is support; believing a claim is no event
    ("The referee said he believed the player.", [("SUPPORT", "believed")]),
    ("Scientists believe the virus came from bats.", []),
]


@pytest.mark.parametrize(("text", "expected"), TYPES, ids=[c[0][:40] for c in TYPES])
def test_types(pipeline, text, expected):
    record = pipeline.process(text, published="2025-05-05")
    assert [(e.type, e.trigger.text) for e in record.events] == expected


# a date preposition after a relative clause's verb is no particle: no "call for" request
def test_called_for_a_date_in_a_relative_clause(pipeline):
    record = pipeline.process(
        "Police dispersed a march the Popular Unity Front had called for Friday.", published="2025-05-05"
    )
    assert [e.type for e in record.events if e.trigger.text.startswith("called")] == []


# text, trigger -> the sources of the event: "the two <title>s" and "both <countries>" stand for the
# last two actors of that kind named just before; a city is no country, and one name is no pair
PAIRS = [
    (
        "President Ana Duarte of Chile met President Luis Paredes of Peru on Monday. "
        "The two leaders signed a fishing accord.",
        "accord",
        {"Ana Duarte", "Luis Paredes"},
    ),
    (
        "Chile and Peru held talks in Arica on Monday. Both countries agreed to reopen the border.",
        "agreed",
        {"Chile", "Peru"},
    ),
    (
        "President Ana Duarte visited Madrid on Monday. The two leaders signed a fishing accord.",
        "accord",
        set(),
    ),
]


@pytest.mark.parametrize(("text", "trigger", "named"), PAIRS, ids=[c[0][:40] for c in PAIRS])
def test_the_two_stand_for_the_last_two_named(pipeline, text, trigger, named):
    record = pipeline.process(text, published="2025-05-05")
    ev = next(e for e in record.events if e.trigger.text == trigger)
    kinds = {e.id: e for e in record.entities}
    got = {kinds[i].name for i in ev.source if kinds[i].type in ("PERSON", "GPE")}
    assert got == named
