"""Events stage: court acquittals and apologies (CONCEDE), disagreement and denials (REJECT),
crowds before a seat of power and announced protests (PROTEST), ships held (COERCE) and warships
sent (MOBILIZE). Invented sentences."""

from __future__ import annotations

import pytest


def _events(hand_events, text, names):
    events, by_id = hand_events(text, names)
    return [
        (e.type, e.trigger.text, {by_id[s] for s in e.source}, {by_id[t] for t in e.target}) for e in events
    ]


# sentence, entity names -> an event expected (type, trigger, sources, targets)
CASES = [
    (
        "A district court in Varna acquitted Petar Iliev of fraud on Monday.",
        ["district court", "Petar Iliev"],
        ("CONCEDE", "acquitted", {"district court"}, {"Petar Iliev"}),
    ),
    (
        "The bus company apologised to commuters for the cancelled services.",
        ["bus company"],
        ("CONCEDE", "apologised", {"bus company"}, set()),
    ),
    (
        "The finance ministry disagreed with the auditors' findings.",
        ["finance ministry"],
        ("REJECT", "disagreed", {"finance ministry"}, set()),
    ),
    (
        "About 150 teachers gathered outside the education ministry on Thursday.",
        [],
        ("PROTEST", "gathered", set(), set()),
    ),
    (
        "Dozens of farmers gathered in front of the regional parliament.",
        [],
        ("PROTEST", "gathered", set(), set()),
    ),
    (
        "Port officials held a grain freighter for six days.",
        [],
        ("COERCE", "held", set(), set()),
    ),
    (
        "Officials said two destroyers have been sent toward the strait.",
        [],
        ("MOBILIZE", "sent", set(), set()),
    ),
    # a denial of a clause is a denial too, whatever it negates
    (
        "The port authority denied that its pilots had caused the collision.",
        ["port authority"],
        ("REJECT", "denied", {"port authority"}, set()),
    ),
    # an announced protest stays a protest (event_intent.tsv lists no "intend PROTEST" row)
    (
        "The nurses' union says it will stage a march through Leeds on Friday.",
        ["nurses' union"],
        ("PROTEST", "march", {"nurses' union"}, set()),
    ),
]


@pytest.mark.parametrize(("text", "names", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_event_found(hand_events, text, names, expected):
    assert expected in _events(hand_events, text, names)


# a gathering that is no protest: no seat of power, or no crowd
NEGATIVE = [
    "Hundreds of fans gathered outside the stadium before the final.",
    "Foreign ministers gathered at a lakeside hotel for two days.",
    "The family gathered outside the courthouse after the hearing.",
]


@pytest.mark.parametrize("text", NEGATIVE, ids=[c[:40] for c in NEGATIVE])
def test_gathering_no_protest(hand_events, text):
    assert "PROTEST" not in [e[0] for e in _events(hand_events, text, [])]


def _record_events(pipeline, text):
    rec = pipeline.process(text, published="2024-03-05")
    names = {e.id: e.name for e in rec.entities}
    return [(e.type, e.trigger.text, {names[t] for t in e.target}) for e in rec.events]


# whole pipeline: the target named through a partitive pronoun or a thing's flag and owner
TARGETS = [
    # "six of them" is the group "them" refers to, not the clause's own subject
    (
        "Rioters looted shops in the old market. Soldiers detained six of them on Tuesday.",
        ("COERCE", "detained", {"Rioters"}),
    ),
    (
        "Gunmen seized a Panama-flagged tanker operated by Marlow Shipping.",
        ("COERCE", "seized", {"Panama", "Marlow Shipping"}),
    ),
    ("Navy boats seized a freighter flying the flag of Togo.", ("COERCE", "seized", {"Togo"})),
]


@pytest.mark.parametrize(("text", "expected"), TARGETS, ids=[c[0][:40] for c in TARGETS])
def test_event_target_through(pipeline, text, expected):
    assert expected in _record_events(pipeline, text)


# whole pipeline: a crowd protests where it gathers or marches, not against the city it is in
SITES = [
    (
        "Some 3,000 pensioners gathered outside the parliament in Tallinn on Sunday "
        "to protest the pension cut.",
        ("PROTEST", "gathered", set()),
    ),
    ("Nurses marched to the health ministry in Bratislava.", ("PROTEST", "marched", set())),
    ("Hundreds of students protested in Kraljevo on Friday.", ("PROTEST", "protested", set())),
    # a country the protest is against stays the target
    ("Hundreds of fishermen protested against Norway in Tromso.", ("PROTEST", "protested", {"Norway"})),
]


@pytest.mark.parametrize(("text", "expected"), SITES, ids=[c[0][:40] for c in SITES])
def test_protest_place_is_no_target(pipeline, text, expected):
    assert expected in _record_events(pipeline, text)


def _record_sides(pipeline, text):
    rec = pipeline.process(text, published="2024-03-05")
    names = {e.id: e.name for e in rec.entities}
    return [
        (e.type, e.trigger.text, {names[s] for s in e.source}, {names[t] for t in e.target})
        for e in rec.events
    ]


# a protest verb the parser hangs as a participle on the crowd's noun: the crowd protests
CROWD_ACTS = [
    (
        "Thousands of dockworkers protested in Gdansk against the Polish government.",
        ("PROTEST", "protested", {"dockworkers"}, {"Polish government"}),
    ),
    (
        "Dozens of midwives demonstrated in Aarhus on Monday.",
        ("PROTEST", "demonstrated", {"midwives"}, set()),
    ),
]


@pytest.mark.parametrize(("text", "expected"), CROWD_ACTS, ids=[c[0][:40] for c in CROWD_ACTS])
def test_crowd_participle_acts(pipeline, text, expected):
    assert expected in _record_sides(pipeline, text)
