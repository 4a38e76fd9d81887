"""Events stage: flight from danger is displacement (AID 073, the people displaced its target);
a state cutting communications coerces (COERCE 172); an order received names its author as the
source; "hold X responsible" warns X; "pleaded not guilty" rejects the charges; office holders
dismissed are removed (COERCE 170); "the accused" is a person, not an accusation; the deed a
verdict names takes the day a later sentence gives it; a pronoun the parser makes the subject of
a double object ("refused them bail") is the object; aid sent to a foreign town helps its country;
people owned by a pronoun ("her sons") are not its owner.
Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _events

PUBLISHED = "2020-03-07"


def _phrases(pipeline, text: str) -> list[tuple]:
    """(trigger, type, CAMEO code, source phrase, target phrase) of every event."""
    record = pipeline.process(text, published=PUBLISHED)
    return [
        (
            e.trigger.text,
            e.type,
            e.cameo,
            e.source_text.text if e.source_text else None,
            e.target_text.text if e.target_text else None,
        )
        for e in record.events
    ]


def _sides(pipeline, text: str) -> list[tuple]:
    """(trigger, type, CAMEO code, source, target) of every event: each side the name of its
    first entity, else its phrase."""
    record = pipeline.process(text, published=PUBLISHED)
    names = {e.id: e.name for e in record.entities}

    def side(ids: tuple[str, ...], phrase) -> str | None:
        return names[ids[0]] if ids else phrase.text if phrase else None

    return [
        (e.trigger.text, e.type, e.cameo, side(e.source, e.source_text), side(e.target, e.target_text))
        for e in record.events
    ]


FLIGHT = [
    ("About 6,500 villagers left their homes as the river rose.",
     [("left", "AID", "073", None, "About 6,500 villagers")]),
    ("Hundreds of herders fled their settlements after the storm.",
     [("fled", "AID", "073", None, "herders")]),
    ("Farmers abandoned their houses when the lava reached the valley.",
     [("abandoned", "AID", "073", None, "Farmers")]),
    # fleeing a scene, leaving a country or a meeting: no displacement
    ("The robbers fled the scene.", []),
    ("The delegation left the country on Monday.", []),
    # what a storm or shelling left behind: a result, no one fled
    ("The storm left 200 homes flattened.", []),
    ("Shelling left 30 houses destroyed in the old quarter.",
     [("Shelling", "ASSAULT", "194", None, None), ("destroyed", "ASSAULT", "1712", None, "30 houses")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FLIGHT, ids=[c[0][:40] for c in FLIGHT])
def test_flight_from_danger_is_displacement(pipeline, text, expected):
    assert _phrases(pipeline, text) == expected


CENSORSHIP = [
    ("Zambia shut down mobile internet on Thursday.", [("shut down", "COERCE", "172", "Zambia", None)]),
    ("Authorities shut off mobile data during the count.",
     [("shut off", "COERCE", "172", "Authorities", None)]),
    ("The junta cut access to messaging apps.", [("cut", "COERCE", "172", "junta", None)]),
    # other cuts and blocks as before
    ("Protesters blocked the highway.", [("blocked", "PROTEST", "144", "Protesters", "highway")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CENSORSHIP, ids=[c[0][:40] for c in CENSORSHIP])
def test_cutting_communications_is_coercion(pipeline, text, expected):
    assert _sides(pipeline, text) == expected


ORDERS = [
    ("The refinery received a closure notice from the environment agency on Tuesday.",
     [("received", "COERCE", "172", "environment agency", "refinery")]),
    ("The mill got a closure notice from the inspectorate.",
     [("got", "COERCE", "172", "inspectorate", "mill")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ORDERS, ids=[c[0][:40] for c in ORDERS])
def test_an_order_received_is_its_authors(pipeline, text, expected):
    assert _sides(pipeline, text) == expected


HELD = [
    ("The mayor said the city would hold the contractors responsible for the collapse.",
     [("hold", "THREATEN", "130", "city", "contractors")]),
    ("Unions will hold the managers accountable.", [("hold", "THREATEN", "130", "Unions", "managers")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), HELD, ids=[c[0][:40] for c in HELD])
def test_holding_to_account_is_a_warning(pipeline, text, expected):
    assert _phrases(pipeline, text) == expected


PLEAS = [
    ("The former treasurer pleaded not guilty to theft on Wednesday.",
     [("pleaded", "REJECT", "120", "former treasurer", None)]),
    ("The three sailors will plead not guilty.", [("plead", "REJECT", "120", "three sailors", None)]),
    ("The driver pleaded innocent.", [("pleaded", "REJECT", "120", "driver", None)]),
    ("The driver pleaded guilty.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PLEAS, ids=[c[0][:40] for c in PLEAS])
def test_a_plea_of_not_guilty_is_a_rejection(pipeline, text, expected):
    assert _phrases(pipeline, text) == expected


DISMISSALS = [
    ("The warden was dismissed on Thursday.", [("dismissed", "COERCE", "170", None, "warden")]),
    ("The board dismissed the chief executive.",
     [("dismissed", "COERCE", "170", "board", "chief executive")]),
    # a case or a claim dismissed stays a rejection
    ("The tribunal dismissed the complaint.", [("dismissed", "REJECT", "120", "tribunal", "complaint")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DISMISSALS, ids=[c[0][:40] for c in DISMISSALS])
def test_an_office_holder_dismissed_is_removed(pipeline, text, expected):
    assert _phrases(pipeline, text) == expected


ACCUSED = [
    ("The accused's sister, Nela Varga, said the police had lied.", []),
    ("The lawyer for the accused, Ivo Brandt, accused the inspector of lying.",
     [("accused", "ACCUSE", "112", ["Ivo Brandt", "lawyer"], ["inspector"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ACCUSED, ids=[c[0][:40] for c in ACCUSED])
def test_the_accused_is_a_person(pipeline, text, expected):
    assert _events(pipeline, text) == expected


def test_the_deed_a_verdict_names_takes_a_later_day(pipeline):
    text = "Three men were convicted on Monday of killing a guard. The guard was stabbed in May 2019."
    record = pipeline.process(text, published=PUBLISHED)
    assert [(e.trigger.text, e.date) for e in record.events] == [
        ("convicted", "2020-03-02"),
        ("killing", "2019-05"),
        ("stabbed", "2019-05"),
    ]


def test_attacks_on_other_people_keep_their_days(pipeline):
    text = "Three men were convicted on Monday of killing a guard. A driver was stabbed in May 2019."
    record = pipeline.process(text, published=PUBLISHED)
    assert [(e.trigger.text, e.date) for e in record.events] == [
        ("convicted", "2020-03-02"),
        ("killing", "2020-03-07"),
        ("stabbed", "2019-05"),
    ]


BAIL = [
    ("Martin Keller appeared in court on Monday. The judge denied him bail.",
     [("denied him bail", "REJECT", "120", ["judge"], ["Martin Keller"])]),
    ("Tomas Reyes was charged on Monday. The magistrate refused him bail.",
     [("charged", "ACCUSE", "1121", [], ["Tomas Reyes"]),
      ("refused", "REJECT", "120", ["magistrate"], ["Tomas Reyes"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BAIL, ids=[c[0][:40] for c in BAIL])
def test_the_one_refused_bail_is_the_target(pipeline, text, expected):
    assert _events(pipeline, text) == expected


TOWNS = [
    ("Storms battered Mozambique this week. Malawi sent maize to Beira on Friday.", ["Mozambique"]),
    ("Floods hit Peru this month. Chile flew tents and blankets to Arequipa.", ["Peru"]),
    # aid within the sender's own country names no one
    ("Floods hit Peru this month. Peru sent tents to Arequipa.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "target"), TOWNS, ids=[c[0][:40] for c in TOWNS])
def test_aid_to_a_foreign_town_helps_its_country(pipeline, text, target):
    aid = [e for e in _events(pipeline, text) if e[1] == "AID"]
    assert [e[4] for e in aid] == [target]


KIN = [
    # people owned by a pronoun are of that person, not that person (a phrase, no entity)
    ("Lucia Ferrante said soldiers detained her two sons on Friday.",
     [("detained", "COERCE", "173", "soldiers", "her two sons")]),
    ("Omar Haddad, father of the missing sailor, accused smugglers of kidnapping his daughter.",
     [("kidnapping", "ASSAULT", "181", None, "his daughter")]),
    # a thing owned by a pronoun still points to its owner
    ("Police arrested Lucia Ferrante and searched her flat.",
     [("arrested", "COERCE", "173", "Police", "Lucia Ferrante"),
      ("searched", "COERCE", "170", "Police", "Lucia Ferrante")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), KIN, ids=[c[0][:40] for c in KIN])
def test_people_of_a_pronoun_are_not_its_owner(pipeline, text, expected):
    assert [e for e in _sides(pipeline, text) if e[0] != "accused"] == expected
