"""Events stage, session 17: the people an apology or a climb-down is made to are its target (not a
statement's audience of reporters); a dispersal verb's object counted by a quantity or group noun
("small groups of protesters") still picks the dispersal sense; and an attack with no object of its
own targets the people a "when"/"as" clause on it shows acting; "X was to blame" blames X (the
speaker blames); a bare plural count ("Hundreds rallied") is a generic actor; people sent to
investigate are no aid (the inquiry is the event). Invented sentences.
"""

from __future__ import annotations

import pytest


def _roles(pipeline, text: str) -> list[tuple[str, str, list[str], list[str]]]:
    """(trigger, type, source names, target names) of every event of the full record, generic
    actors included."""
    record = pipeline.process(text, published="2020-03-07")
    names = {e.id: e.name for e in record.entities}
    return [
        (e.trigger.text, e.type, [names[s] for s in e.source], [names[t] for t in e.target])
        for e in record.events
    ]


# sentence -> (trigger, type, sources, targets) of every event
YIELDED_TO = [
    ("The Harbour Company apologised to the families.",
     [("apologised", "CONCEDE", ["Harbour Company"], ["families"])]),
    ("Its chief executive, Tom Bell, apologized to passengers in a video message.",
     [("apologized", "CONCEDE", ["Tom Bell"], ["passengers"])]),
    ("The board gave in to the strikers on Monday.", [("gave in", "CONCEDE", ["board"], ["strikers"])]),
    # the audience of a statement is not who is yielded to
    ("The mayor conceded to reporters that the plan had failed.", [("conceded", "CONCEDE", ["mayor"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), YIELDED_TO, ids=[c[0][:40] for c in YIELDED_TO])
def test_the_people_yielded_to_are_the_target(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


COUNTED_CROWDS = [
    ("Soldiers broke up small groups of protesters in Kelso on Sunday.",
     [("broke up", "COERCE", ["Soldiers"], ["protesters"])]),
    ("Police dispersed hundreds of protesters in Kelso.",
     [("dispersed", "COERCE", ["Police"], ["protesters"])]),
    ("Residents said soldiers had fired in the air to break up small groups of protesters.",
     [("break up", "COERCE", ["soldiers"], ["protesters"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), COUNTED_CROWDS, ids=[c[0][:40] for c in COUNTED_CROWDS])
def test_a_counted_crowd_is_dispersed(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


WHEN_CLAUSE = [
    ("Police fired tear gas when a group of marchers tried to reach the palace.",
     [("fired", "ASSAULT", ["Police"], ["marchers"])]),
    ("Police fired tear gas as students gathered outside the court.",
     [("fired", "ASSAULT", ["Police"], ["students"]), ("gathered", "PROTEST", ["students"], [])]),
    # no people in the clause: no target
    ("Police fired tear gas when the rain started.", [("fired", "ASSAULT", ["Police"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WHEN_CLAUSE, ids=[c[0][:40] for c in WHEN_CLAUSE])
def test_an_attack_targets_the_people_of_its_when_clause(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


def test_named_recipient_of_an_apology(hand_events):
    text = "The Harbour Company apologised to the Fishermen's Guild."
    events, by_id = hand_events(text, ["Harbour Company", "Fishermen's Guild"])
    assert [(e.trigger.text, [by_id[s] for s in e.source], [by_id[t] for t in e.target]) for e in events] == [
        ("apologised", ["Harbour Company"], ["Fishermen's Guild"])
    ]


# "X was to blame": X is the one blamed; whoever reports it blames (CAMEO 112)
TO_BLAME = [
    ("The Kelso Front was to blame for the attack on the depot, the interior minister Tom Bell said.",
     [("blame", "ACCUSE", ["Tom Bell", "interior minister"], ["Kelso Front"], False)]),
    ("Tom Bell said the Kelso Front was to blame for the attack.",
     [("blame", "ACCUSE", ["Tom Bell"], ["Kelso Front"], False)]),
    ("The Kelso Front was not to blame, Tom Bell said.",
     [("blame", "ACCUSE", ["Tom Bell"], ["Kelso Front"], True)]),
    ("The Kelso Front was to blame for the attack.", [("blame", "ACCUSE", [], ["Kelso Front"], False)]),
    # the verb with an object is unchanged: its subject blames
    ("The union blamed the Kelso Front for the attack.",
     [("blamed", "ACCUSE", ["union"], ["Kelso Front"], False)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TO_BLAME, ids=[c[0][:40] for c in TO_BLAME])
def test_to_blame_targets_the_subject(pipeline, text, expected):
    record = pipeline.process(text, published="2020-03-07")
    names = {e.id: e.name for e in record.entities}
    got = [
        (e.trigger.text, e.type, [names[s] for s in e.source], [names[t] for t in e.target], e.negated)
        for e in record.events
    ]
    assert got == expected


# a bare plural count is a crowd of people: a generic actor
CROWDS = [
    ("Hundreds rallied in Arden on Sunday.", [("rallied", "PROTEST", ["Hundreds"], [])]),
    ("Tens of thousands marched through Kelso to demand new elections.",
     [("marched", "PROTEST", ["Tens of thousands"], []), ("demand", "REQUEST", ["Tens of thousands"], [])]),
    ("Rebels killed dozens in an attack on Kelso.", [("killed", "ASSAULT", ["Rebels"], ["dozens"])]),
    # a count of things is no actor
    ("Hundreds of cars were damaged in the storm.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CROWDS, ids=[c[0][:40] for c in CROWDS])
def test_a_bare_count_is_a_crowd(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


# people sent to investigate: the inquiry is the event, the sending no aid
SENT_TO_INVESTIGATE = [
    ("The Arden government dispatched a team to investigate the spill.",
     [("investigate", "ACCUSE", ["Arden", "Arden government"], [])]),
    # sent to help: aid, as before
    ("The Arden government sent a rescue team to help the survivors.",
     [("sent", "AID", ["Arden", "Arden government"], []),
      ("help", "AID", ["Arden", "Arden government"], ["survivors"])]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected"), SENT_TO_INVESTIGATE, ids=[c[0][:40] for c in SENT_TO_INVESTIGATE]
)
def test_people_sent_to_investigate_are_no_aid(pipeline, text, expected):
    assert _roles(pipeline, text) == expected
