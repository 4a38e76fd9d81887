"""Events stage: rescues, shelters and aid. People pulled "out" of danger are rescued (AID 073), not
withdrawn, and are those helped, "out of the rubble" too; a shelter or evacuation centre opened,
set up or announced is aid given on the spot; the people an evacuation moves are its target, the
places they are moved "from" where it happens, not targets; food parcels and meals handed out
are aid; "agency", "charity" and "team" name groups that act. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _events

RESCUES = [
    ("Firefighters toiled all night to pull survivors out of the collapsed hotel.",
     [("pull survivors out", "AID", "073", ["Firefighters"], ["survivors"])]),
    ("Rescuers pulled three miners out alive on Tuesday.",
     [("pulled three miners out", "AID", "073", ["Rescuers"], ["three miners"])]),
    ("Rescue workers pulled 12 people from the rubble.",
     [("pulled", "AID", "073", ["Rescue workers"], ["12 people"])]),
    ("Rescue teams brought nine miners out alive on Tuesday.",
     [("brought nine miners out", "AID", "073", ["Rescue teams"], ["nine miners"])]),
    # a force pulling out is still a withdrawal
    ("Soldiers pulled out of the town on Monday.", [("pulled out", "RETREAT", "087", ["Soldiers"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RESCUES, ids=[c[0][:40] for c in RESCUES])
def test_people_pulled_out_of_danger_are_rescued(pipeline, text, expected):
    assert _events(pipeline, text) == expected


SHELTERS = [
    ("The municipality announced a temporary shelter for the evicted vendors.",
     [("announced", "AID", "073", ["municipality"], ["evicted vendors"])]),
    ("The Red Cross opened an evacuation centre at the stadium on Monday.",
     [("opened", "AID", "073", ["Red Cross"], [])]),
    ("Volunteers set up an evacuation center in the school.", [("set up", "AID", "073", ["Volunteers"], [])]),
    # other objects leave "announce" a light verb
    ("The government announced a curfew on Monday.", [("curfew", "COERCE", "1723", ["government"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHELTERS, ids=[c[0][:40] for c in SHELTERS])
def test_a_shelter_opened_or_announced_is_aid(pipeline, text, expected):
    assert _events(pipeline, text) == expected


EVACUATIONS = [
    ("Navy boats evacuated 1,500 residents from Beira and Dondo by boat on Sunday.",
     [("evacuated", "AID", "073", ["Navy", "Navy boats"], ["1,500 residents"])], "Beira"),
    ("The army evacuated about 2,000 people from Chokwe.",
     [("evacuated", "AID", "073", ["army"], ["about 2,000 people"])], "Chokwe"),
    ("About 300 villagers were evacuated from Chokwe on Monday.",
     [("evacuated", "AID", "073", [], ["About 300 villagers"])], "Chokwe"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "place"), EVACUATIONS, ids=[c[0][:40] for c in EVACUATIONS])
def test_the_people_evacuated_are_the_target_and_where_from_the_place(pipeline, text, expected, place):
    assert _events(pipeline, text) == expected
    record = pipeline.process(text, published="2020-03-07")
    assert [record.places[e.place].text for e in record.events if e.place is not None] == [place]


GOODS = [
    ("Charities have distributed food parcels to 2,000 families.",
     [("distributed", "AID", "070", ["Charities"], ["2,000 families"])]),
    ("Relief agencies delivered hot meals to displaced families on Monday.",
     [("delivered", "AID", "070", ["Relief agencies"], ["displaced families"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GOODS, ids=[c[0][:40] for c in GOODS])
def test_aid_goods_and_aid_groups(pipeline, text, expected):
    assert _events(pipeline, text) == expected


SENT = [
    # a team sent "from" a place is the sender's help, not people rescued from there
    ("Japan sent a team of engineers and equipment from the island of Okinawa on Tuesday.",
     [("sent", "AID", "073", ["Japan"], [])]),
    ("Japan sent a rescue team to the mine.", [("sent", "AID", "073", ["Japan"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SENT, ids=[c[0][:40] for c in SENT])
def test_a_team_sent_is_no_target(pipeline, text, expected):
    assert _events(pipeline, text) == expected
