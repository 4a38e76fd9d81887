"""Events stage, session 19: an order that puts something in a state ("ordered all schools
closed") is one coercion, the order's author the actor and what is closed the target; what a verb
of deliberating considers ("is weighing sanctions") is not done; a refusal to speak ("declined to
comment") is no rejection; a crowd-control weapon fired "at" or "in" a place is used there, the
place never its target; the scene set by the sentence before does not cross a paragraph break.
Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles

ORDERED_STATES = [
    # a participle or adjective complement: the order is a restriction, what is closed its target
    ("The prefect ordered all markets closed.",
     [("ordered all markets closed", "COERCE", "172", ["prefect"], ["all markets"])]),
    ("The prefect ordered the kiosks shut until Thursday.",
     [("ordered the kiosks shut", "COERCE", "172", ["prefect"], ["kiosks"])]),
    ("The regulator ordered the helicopters grounded.",
     [("ordered the helicopters grounded", "COERCE", "1722", ["regulator"], ["helicopters"])]),
    # a "to"-complement of closing is the same restriction
    ("The prefect ordered all markets to close.",
     [("ordered", "COERCE", "172", ["prefect"], ["all markets"])]),
    # a second act joined to an order is no state the order puts anything in
    ("The prefect ordered an inquiry and suspended two wardens.",
     [("inquiry", "ACCUSE", "090", ["prefect"], []),
      ("suspended", "SANCTION", "160", ["prefect"], ["two wardens"])]),
]  # fmt: skip


def _ordered(pipeline, text: str) -> list[tuple]:
    """(trigger, type, CAMEO code, source names, target names or else the target phrase) of every event."""
    return _roles(pipeline, text, "2020-03-07", target_phrase=True)


@pytest.mark.parametrize(("text", "expected"), ORDERED_STATES, ids=[c[0][:40] for c in ORDERED_STATES])
def test_an_order_into_a_state_is_a_restriction(pipeline, text, expected):
    assert _ordered(pipeline, text) == expected


DELIBERATED = [
    ("Uruguay is considering similar measures.", []),
    ("Paraguay weighs sanctions against Ecuador.", []),
    ("Ecuador is weighing new tariffs on Bolivian quinoa.", []),
    ("The Nordic Council is considering imposing sanctions on Moldova.", []),
    # done, not considered: coded as before
    ("Paraguay imposed sanctions on Ecuador.",
     [("imposed sanctions", "SANCTION", "163", ["Paraguay"], ["Ecuador"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DELIBERATED, ids=[c[0][:40] for c in DELIBERATED])
def test_a_considered_act_is_not_coded(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


SILENT = [
    ("The harbour authority refused to comment.", []),
    ("The harbour authority refused to comment on the leak.", []),
    ("A spokeswoman for the navy declined to say whether divers were involved.", []),
    ("The airline refused to confirm the figure.", []),
    # a refused act stays a refusal
    ("The strikers refused to release the managers.",
     [("refused", "REJECT", "120", ["strikers"], ["managers"])]),
    ("The dockers refused the offer.", [("refused", "REJECT", "120", ["dockers"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SILENT, ids=[c[0][:40] for c in SILENT])
def test_a_refusal_to_speak_is_no_event(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


def _places(pipeline, text: str) -> list[tuple]:
    record = pipeline.process(text, published="2020-03-07")
    names = {e.id: e.name for e in record.entities}
    return [
        (
            e.trigger.text,
            [names[t] for t in e.target],
            record.places[e.place].text if e.place is not None else None,
        )
        for e in record.events
    ]


RIOT_SITES = [
    # the place of a crowd-control weapon is where it is used, never whom it hits
    ("Police fired tear gas at Zocalo Square.", [("fired tear gas at", [], "Zocalo Square")]),
    ("Police used tear gas at Kibera.", [("used", [], "Kibera")]),
    ("Police fired rubber bullets at students in central Cuenca.",
     [("fired rubber bullets at", ["students in central Cuenca"], "Cuenca")]),
    ("Riot police fired tear gas at the crowd in Ambato.",
     [("fired tear gas at", ["crowd in Ambato"], "Ambato")]),
    # rockets fired at a town hit it: the town stays the target
    ("Rebels fired rockets at Ambato.", [("fired rockets at", ["Ambato"], "Ambato")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RIOT_SITES, ids=[c[0][:40] for c in RIOT_SITES])
def test_a_riot_weapon_place_is_no_target(pipeline, text, expected):
    assert _places(pipeline, text) == expected


SCENES = [
    # the scene of the sentence before, in the same paragraph
    ("Hundreds of fishermen gathered at the harbour in Manta. Police fired tear gas.",
     [("fired", [], "Manta")]),
    # not across a paragraph break
    ("Hundreds of fishermen gathered at the harbour in Manta.\n\nPolice fired tear gas.",
     [("fired", [], None)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SCENES, ids=["same paragraph", "new paragraph"])
def test_a_scene_place_stays_in_its_paragraph(pipeline, text, expected):
    assert _places(pipeline, text) == expected


WATERS = [
    # the waters "off" or "of" a place stand for it: the restriction's target and place
    ("The coast guard imposed a night curfew on the waters off Lombok.",
     [("curfew", ["Lombok"], "Lombok")]),
    ("Tunisia announced a ban on fishing in the waters of Djerba.", [("ban", ["Djerba"], "Djerba")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WATERS, ids=["off", "of"])
def test_waters_stand_for_the_land_they_lie_off(pipeline, text, expected):
    assert _places(pipeline, text) == expected


COMPLEMENTED = [
    # a mediation told with a later clause is dated on its own day, never after the page's date
    ("Qatar brokered a truce that will take effect on March 20.", "brokered", "2020-03-07"),
    ("Norway mediated an agreement under which both sides will withdraw troops next week.", "mediated",
     "2020-03-07"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "date"), COMPLEMENTED, ids=["will take effect", "next week"])
def test_a_complemented_act_is_not_dated_after_the_page(pipeline, text, trigger, date):
    record = pipeline.process(text, published="2020-03-07")
    assert [e.date for e in record.events if e.trigger.text == trigger] == [date]


HOMES = [
    # an act on people "of" a district is done where they live, when no locative is named
    ("Police fired tear gas to disperse 300 villagers of the Kawangware district who blocked a road.",
     "fired", "Kawangware"),
    ("Police fired tear gas at residents of the Kibera district.", "fired tear gas at", "Kibera"),
    # a locative named wins
    ("Police detained three residents of Soweto in Johannesburg.", "detained", "Johannesburg"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "place"), HOMES, ids=["dispersed", "fired at", "locative wins"])
def test_the_home_of_the_people_acted_on_is_the_place(pipeline, text, trigger, place):
    assert [p for t, _, p in _places(pipeline, text) if t == trigger] == [place]
