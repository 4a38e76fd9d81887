"""The events stage on sending and carrying (what is sent is no target; the place is where it
went), on "the island" or "the region" standing for a place named before, and on an object
complement of condemnation ("called the vote a sham") and on a relative clause's object gap
("the state of emergency it declared"): whole-pipeline tables on invented sentences."""

from __future__ import annotations

import pytest


def _event(record, trigger: str):
    return next(e for e in record.events if e.trigger.text == trigger)


def _names(record, ids) -> set[str]:
    by_id = {e.id: e.name for e in record.entities}
    return {by_id[i] for i in ids}


# sentence, trigger -> (type, target names): the goods or helpers sent are never the target
SENT = [
    # the town they went to is where, not whom (test_events_lemmas_and_destinations)
    ("The federal police sent 30 officers to Morelia on Tuesday.", "sent", ("MOBILIZE", set())),
    ("Officials said the bureau had sent nine investigators and two engineers.", "sent", ("AID", set())),
    ("The ministry sent 20 engineers on Monday.", "sent", ("AID", set())),
    ("Germany sent 500 tonnes of flour to Lebanon's farmers.", "sent", ("AID", {"Lebanon's farmers"})),
    # people moved out of danger are those helped
    ("Coast guard boats pulled 19 survivors from the sea near Chios.", "pulled", ("AID", {"19 survivors"})),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), SENT, ids=[c[0][:40] for c in SENT])
def test_what_is_sent_is_no_target(pipeline, text, trigger, expected):
    record = pipeline.process(text, published="2025-05-05")
    ev = _event(record, trigger)
    assert (ev.type, _names(record, ev.target)) == expected


# sentence, trigger -> the event's place: where a verb of sending or carrying took what it moved
CARRIED_TO = [
    ("The Oslo-based charity flew 40 tonnes of tents to Mombasa on Monday.", "flew", "Mombasa"),
    ("The Red Cross flew blankets from Nairobi to Lodwar.", "flew", "Lodwar"),
    ("The navy airlifted food from its base in Durban to Pemba.", "airlifted", "Pemba"),
    # the parser reads the unknown name after "to" as an infinitive verb
    ("The charity, based in Rome, flew medicines to Kindu on Friday.", "flew", "Kindu"),
]


@pytest.mark.parametrize(("text", "trigger", "place"), CARRIED_TO, ids=[c[0][:40] for c in CARRIED_TO])
def test_place_of_a_conveyance_is_its_destination(pipeline, text, trigger, place):
    record = pipeline.process(text, published="2025-05-05")
    ev = _event(record, trigger)
    assert ev.place is not None
    assert record.places[ev.place].text == place


# text, trigger -> the place "the island" / "the region" / "the province" stands for, or None
KINDS = [
    (
        "Heavy rain lashed the Greek island of Kalymnos on Monday. "
        "Police arrested two looters on the island later that day.",
        "arrested",
        "Kalymnos",
    ),
    (
        "Fighting broke out in the Tigray region last week. "
        "Rebels attacked an army post in the region on Sunday, killing four soldiers.",
        "attacked",
        "Tigray",
    ),
    # a city is no province: no guess
    (
        "Officials in Lusaka said the outbreak was spreading. "
        "Soldiers detained 12 men in the province on Friday.",
        "detained",
        None,
    ),
]


@pytest.mark.parametrize(("text", "trigger", "place"), KINDS, ids=[c[0][:40] for c in KINDS])
def test_the_island_stands_for_the_island_named_before(pipeline, text, trigger, place):
    record = pipeline.process(text, published="2025-05-05")
    ev = _event(record, trigger)
    assert (record.places[ev.place].text if ev.place is not None else None) == place


# sentence -> (type, trigger, source names) of the event at "called", or None for no event there
CALLED = [
    ("The airline called the strike unlawful on Monday.", ("ACCUSE", "called", {"airline"})),
    ("The opposition called the election a sham.", ("ACCUSE", "called", {"opposition"})),
    ("The ministry called the report baseless.", ("ACCUSE", "called", {"ministry"})),
    ("The mayor called the firefighters heroes.", None),
    # "on Monday" after an object is no "call on"
    ("The union called a strike on Monday.", None),
]


@pytest.mark.parametrize(("text", "expected"), CALLED, ids=[c[0][:40] for c in CALLED])
def test_called_it_illegal_is_an_accusation(pipeline, text, expected):
    record = pipeline.process(text, published="2025-05-05")
    got = [
        (e.type, e.trigger.text, _names(record, e.source))
        for e in record.events
        if e.trigger.text.startswith("called")
    ]
    assert got == ([expected] if expected else [])


# sentence, trigger -> (type, source names): a relative clause whose object gap is the noun it
# modifies takes that noun as the theme that chooses the verb's sense
RELATIVE = [
    (
        "Courts reviewed the state of emergency the president declared in May.",
        "declared",
        ("COERCE", {"president"}),
    ),
    ("Chad ended the state of emergency that it declared in March.", "declared", ("COERCE", {"Chad"})),
    ("The aid that Japan sent to Tonga arrived on Monday.", "sent", ("AID", {"Japan"})),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), RELATIVE, ids=[c[0][:40] for c in RELATIVE])
def test_relative_clause_object_gap_is_the_theme(pipeline, text, trigger, expected):
    record = pipeline.process(text, published="2025-05-05")
    ev = _event(record, trigger)
    assert (ev.type, _names(record, ev.source)) == expected


# sentence -> (type, trigger) of the events at a verb of carrying: relief goods make it aid,
# a commodity traded does not
CARRIED_GOODS = [
    ("Oxfam airlifted chlorine and soap to Kisumu on Thursday.", [("AID", "airlifted")]),
    ("The Red Cross trucked hygiene kits to the camps.", [("AID", "trucked")]),
    ("The mining firm shipped 300 tonnes of copper to Shanghai.", []),
]


@pytest.mark.parametrize(("text", "expected"), CARRIED_GOODS, ids=[c[0][:40] for c in CARRIED_GOODS])
def test_relief_goods_carried_are_aid(pipeline, text, expected):
    record = pipeline.process(text, published="2025-05-05")
    assert [(e.type, e.trigger.text) for e in record.events] == expected
