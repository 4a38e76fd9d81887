"""Events stage: people, forces and bodies "in" a place ("police in X", "rebels in the Y district")
are one actor located at the place, named with it as the PLOVER records name theirs ("Palestinian
police in Jericho"), with the place's country; the place is where the event happened, never a
second source or target. A spot a town owns ("on Mombasa's seafront") is where an act happened,
the town its place, never its target. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _events

PUBLISHED = "2020-03-07"

LOCATED = [
    ("Police in Mombasa arrested four men on Tuesday.",
     [("arrested", "COERCE", "173", ["Police in Mombasa"], ["four men"])]),
    ("Soldiers in Goma detained two journalists on Friday.",
     [("detained", "COERCE", "173", ["Soldiers in Goma"], ["two journalists"])]),
    ("Farmers in Nakuru blocked the highway on Friday.",
     [("blocked", "PROTEST", "144", ["Farmers in Nakuru"], [])]),
    # on the target side: the district is where they fought, not a second enemy
    ("Troops clashed with militants in Khost province on Sunday.",
     [("clashed", "ASSAULT", "190", ["Troops"], ["militants in Khost province"])]),
    ("Government forces fought insurgents in the Marawi region overnight.",
     [("fought", "ASSAULT", "190", ["Government forces"], ["insurgents in the Marawi region"])]),
    # a state body with its seat, as before, now named with it
    ("A court in Lusaka sentenced the former minister on Monday.",
     [("sentenced", "COERCE", "173", ["court in Lusaka"], ["former minister"])]),
    # people "of" a place are still only the people
    ("Residents of Kisumu blocked the road on Monday.", [("blocked", "PROTEST", "144", ["Residents"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LOCATED, ids=[c[0][:40] for c in LOCATED])
def test_people_in_a_place_are_one_actor(pipeline, text, expected):
    assert _events(pipeline, text, PUBLISHED) == expected


PLACED = [
    ("Police in Mombasa arrested four men on Tuesday.", ("Police in Mombasa", "KEN"), "Mombasa"),
    ("Farmers in Nakuru blocked the highway on Friday.", ("Farmers in Nakuru", "KEN"), "Nakuru"),
    ("Officials in Gulu said on Monday that rebels in the Kitgum district had attacked a school.",
     ("rebels in the Kitgum district", "UGA"), "Kitgum"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "actor", "place"), PLACED, ids=[c[0][:40] for c in PLACED])
def test_the_place_is_the_events_place_and_the_actors_country(pipeline, text, actor, place):
    record = pipeline.process(text, published=PUBLISHED)
    (event,) = record.events
    (source,) = [e for e in record.entities if e.id in event.source]
    assert (source.name, source.actor.country if source.actor else None) == actor
    assert record.places[event.place].text == place


# a spot a town owns ("on Mombasa's seafront", "in X's main square") is where the act happened: the
# town is its place, never its target
SPOTS = [
    ("That night, riot police used water cannon against several thousand demonstrators on Mombasa's "
     "seafront.",
     [("used", "ASSAULT", "175", ["riot police"], ["several thousand demonstrators"])], "Mombasa"),
    ("Soldiers opened fire on protesters in Harare's main square on Tuesday.",
     [("opened fire", "ASSAULT", "193", ["Soldiers"], ["protesters in Harare's main square"])], "Harare"),
    ("Thousands of teachers rallied on Mombasa's waterfront on Sunday.",
     [("rallied", "PROTEST", "141", ["teachers"], [])], "Mombasa"),
    ("Police fired rubber bullets at the crowd outside Lagos's main market.",
     [("fired rubber bullets at", "ASSAULT", "193", ["Police"], ["crowd"])], "Lagos"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "place"), SPOTS, ids=[c[0][:40] for c in SPOTS])
def test_a_spot_of_a_town_is_where_not_whom(pipeline, text, expected, place):
    assert _events(pipeline, text, PUBLISHED) == expected
    record = pipeline.process(text, published=PUBLISHED)
    assert [record.places[e.place].text if e.place is not None else None for e in record.events] == [place]
