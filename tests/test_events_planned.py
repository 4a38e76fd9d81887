"""The events stage on planned acts, pledges, removals from command, searches for people and
votes of no confidence: tables of invented sentences with the events expected in them."""

from __future__ import annotations

import pytest

from conftest import hand_entities
from storyline.stages.events import EventStage


@pytest.fixture(scope="module")
def stage(nlp) -> EventStage:
    return EventStage(nlp)


def _coded(stage, analyse, text: str, names: list[str]) -> set[tuple]:
    """(type, first trigger word, CAMEO, sources, targets, hypothetical) of every event."""
    ents = hand_entities(text, names)
    by_id = {e.id: e.name for e in ents}
    events = stage(analyse(text, published="2025-06-07"), ents, [], [], [], [])
    return {
        (
            e.type,
            e.trigger.text.split()[0],
            e.cameo,
            frozenset(by_id[i] for i in e.source),
            frozenset(by_id[i] for i in e.target),
            e.hypothetical,
        )
        for e in events
    }


def _ev(typ, trigger, cameo, sources, targets, hypothetical):
    return (typ, trigger, cameo, frozenset(sources), frozenset(targets), hypothetical)


# sentence, entity names -> events that must all be coded
PRESENT = [
    # a stated intention to give aid or to meet: the statement (AGREE 03x) and the planned act
    ("Seoul will send rice to Dhaka, officials said.", ["Seoul", "Dhaka"],
     [_ev("AGREE", "send", "033", {"Seoul"}, {"Dhaka"}, False),
      _ev("AID", "send", "070", {"Seoul"}, {"Dhaka"}, True)]),
    ("Okafor told reporters she will meet Lindqvist on Friday.", ["Okafor", "Lindqvist"],
     [_ev("AGREE", "meet", "036", {"Okafor"}, {"Lindqvist"}, False),
      _ev("CONSULT", "meet", "040", {"Okafor"}, {"Lindqvist"}, True)]),
    ("Ghana offered to send a medical team to Togo.", ["Ghana", "Togo"],
     [_ev("AGREE", "send", "033", {"Ghana"}, {"Togo"}, False),
      _ev("AID", "send", "073", {"Ghana"}, {"Togo"}, True)]),
    # a pledge of money or of what is sent as aid: the pledge (AGREE 033) and the aid it plans
    ("Norway pledged $15 million to Sudan.", ["Norway", "Sudan"],
     [_ev("AGREE", "pledged", "033", {"Norway"}, {"Sudan"}, False),
      _ev("AID", "pledged", "071", {"Norway"}, {"Sudan"}, True)]),
    ("Belgium promised two ambulances to Kinshasa.", ["Belgium", "Kinshasa"],
     [_ev("AGREE", "promised", "033", {"Belgium"}, {"Kinshasa"}, False),
      _ev("AID", "promised", "070", {"Belgium"}, {"Kinshasa"}, True)]),
    # removed from command by those above: coercion (170), the one relieved its target
    ("The navy relieved Ortiz of command after the collision.", ["navy", "Ortiz"],
     [_ev("COERCE", "relieved", "170", {"navy"}, {"Ortiz"}, False)]),
    ("The army relieved Colonel Dube of his duties.", ["army", "Colonel Dube"],
     [_ev("COERCE", "relieved", "170", {"army"}, {"Colonel Dube"}, False)]),
    # a search for people in danger is a rescue (AID 073)
    ("The coast guard mounted a search for four fishermen off Sinop.", ["coast guard"],
     [_ev("AID", "search", "073", {"coast guard"}, set(), False)]),
    ("Volunteers began a search for two missing divers near Mindoro.", ["Volunteers"],
     [_ev("AID", "search", "073", {"Volunteers"}, set(), False)]),
    # a no-confidence vote lost or passed: the house disapproves of the leader (ACCUSE 111)
    ("Premier Halvorsen lost a no-confidence ballot in parliament.", ["Halvorsen", "parliament"],
     [_ev("ACCUSE", "lost", "111", {"parliament"}, {"Halvorsen"}, False)]),
    ("Halvorsen lost a motion of no confidence on Monday.", ["Halvorsen"],
     [_ev("ACCUSE", "lost", "111", set(), {"Halvorsen"}, False)]),
    ("Lawmakers passed a motion of no confidence against the cabinet.", ["Lawmakers", "cabinet"],
     [_ev("ACCUSE", "passed", "111", {"Lawmakers"}, {"cabinet"}, False)]),
    ("A no-confidence motion against the mayor was approved by the council.", ["mayor", "council"],
     [_ev("ACCUSE", "approved", "111", {"council"}, {"mayor"}, False)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "expected"), PRESENT, ids=[c[0][:40] for c in PRESENT])
def test_events_coded(stage, analyse, text, names, expected):
    got = _coded(stage, analyse, text, names)
    for ev in expected:
        assert ev in got, sorted(got, key=str)


# sentence, entity names -> (type, first trigger word) that must not be coded
ABSENT = [
    # a threat plans no act of its own; a pledge of support or a refused pledge plans no aid
    ("Hamas said it would attack Sderot.", ["Hamas", "Sderot"], ("ASSAULT", "attack")),
    ("Oslo pledged support for the plan.", ["Oslo"], ("AID", "pledged")),
    ("The mayor did not promise any money.", ["mayor"], ("AID", "promise")),
    # relieving pain is no removal; a search of premises is no rescue
    ("The drug relieved the pain of the patients.", [], ("COERCE", "relieved")),
    ("Police carried out a search of the offices.", ["Police"], ("AID", "search")),
    # a no-confidence vote survived, or a confidence vote passed, is no disapproval
    ("The cabinet survived a no-confidence vote on Tuesday.", ["cabinet"], ("ACCUSE", "survived")),
    ("Parliament passed a confidence vote in the government.", ["Parliament"], ("ACCUSE", "passed")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "absent"), ABSENT, ids=[c[0][:40] for c in ABSENT])
def test_events_not_coded(stage, analyse, text, names, absent):
    got = _coded(stage, analyse, text, names)
    assert absent not in {(typ, trigger) for typ, trigger, *_ in got}, sorted(got, key=str)


def test_planned_aid_takes_the_port_it_goes_to(pipeline):
    """The planned aid has the place the goods are sent to, as the act would."""
    record = pipeline.process("Seoul will send 3,000 tonnes of wheat to Chittagong, officials said.")
    aid = [e for e in record.events if e.type == "AID"]
    assert [(e.hypothetical, record.places[e.place].text) for e in aid] == [(True, "Chittagong")]


@pytest.mark.parametrize("house", ["legislature", "assembly", "senate"])
def test_the_house_a_vote_is_lost_in_is_its_source(pipeline, house):
    """A legislature no name is given for is a generic actor of the government sector."""
    record = pipeline.process(f"Premier Halvorsen lost a no-confidence ballot in the {house} on Monday.")
    names = {e.id: e.name for e in record.entities}
    got = [({names[i] for i in e.source}, {names[i] for i in e.target}) for e in record.events]
    assert got == [({house}, {"Halvorsen"})]
