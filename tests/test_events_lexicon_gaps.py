"""Events stage, held-out round 17: acts the lexicon missed (an armed boarding, overpowering a
person, a search of premises or for the missing, "charged X ... with", detention one is put in,
a sum paid to people, a demand of people no entity names); a claim that a party did something is
an accusation, and so is "did nothing" in a reported clause; a statement coordinated beside a
denied clause is the speaker's and not denied; a craft no entity names is a generic target, and
a place "in" which it lies is where, never whom; the person a thing asked for belongs to is the
target; the noun the parser took for a relative clause is the subject of the participle
hung on it; "NAME (ROLE): We ..." speaks for the named speaker. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles

# sentence -> (trigger, type, CAMEO, sources, targets) of every event
NEW_ACTS = [
    ("Pirates boarded a cargo ship off the coast on Tuesday.",
     [("boarded", "COERCE", "1711", ["Pirates"], ["cargo ship"])]),
    ("Armed men boarded the trawler at dawn.", [("boarded", "COERCE", "1711", ["Armed men"], ["trawler"])]),
    # an unarmed subject boards as a passenger: nothing
    ("Passengers boarded the ferry in Dover.", []),
    # a wrongdoer overpowered is restrained, COERCE (session 23: test_events_intrusions_and_raids.py)
    ("Passengers overpowered the gunman.", [("overpowered", "COERCE", "173", ["Passengers"], ["gunman"])]),
    # a search of premises is coercion, done to their owner (session 20)
    ("Detectives searched the dealer's flat on Monday.",
     [("searched", "COERCE", "170", ["Detectives"], ["dealer"])]),
    ("Divers searched for the missing crew members.",
     [("searched", "AID", "073", ["Divers"], ["missing crew members"])]),
    # a search of an area is neither
    ("Volunteers searched the hillside.", []),
    ("The prosecutor charged a customs officer on Friday with bribery.",
     [("charged", "ACCUSE", "1121", ["prosecutor"], ["customs officer"])]),
    ("Marek Novak was put in detention at a jail near Ghent.",
     [("detention", "COERCE", "173", [], ["Marek Novak"])]),
    ("The country has sent 300 vials of antivenom to the province.", [("sent", "AID", "070", [], [])]),
    ("The airline will pay $8,000 to each bereaved family.",
     [("pay", "AID", "071", ["airline"], ["each bereaved family"])]),
    # paying a firm, or tribute, is no aid
    ("The city paid $5 million to the contractor.", []),
    ("Mourners paid tribute to the victims.", []),
    ("The Interior Ministry said owners must turn the rifles over by May.",
     [("must turn", "REQUEST", "100", ["Interior Ministry"], ["owners"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NEW_ACTS, ids=[c[0][:40] for c in NEW_ACTS])
def test_acts_the_lexicon_missed(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


CLAIMS = [
    ("The mayor claimed that the governor had paid for the militia's rifles.",
     [("claimed", "ACCUSE", "112", ["mayor"], ["governor"]),
      ("paid for", "AID", "071", ["governor"], ["militia"])]),
    # a claim about oneself, a state, or a claimed deed of one's own accuses no one
    ("The company claimed that it had paid all its taxes.", []),
    ("He claimed that the minister knew about the plan.", []),
    ("The group claimed responsibility for the attack.", []),
    # a claim beside a denied clause is the speaker's, and not denied
    ("Mara Quinn denied that the doors had been locked and claimed that police had shut the side gate.",
     [("denied", "REJECT", "120", ["Mara Quinn"], []),
      ("claimed", "ACCUSE", "112", ["Mara Quinn"], ["police"])]),
    # "did nothing" in a reported clause is blame
    ("The union said the managers saw the cracks and did nothing.",
     [("did", "ACCUSE", "112", ["union"], ["managers"])]),
    ("Managers had read the reports for months and did nothing, the union said.",
     [("did", "ACCUSE", "112", ["union"], ["Managers"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLAIMS, ids=[c[0][:40] for c in CLAIMS])
def test_a_claimed_deed_is_an_accusation(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


def test_a_claim_beside_a_denial_is_not_negated(pipeline):
    text = "Mara Quinn denied that the doors had been locked and claimed that police had shut the side gate."
    record = pipeline.process(text, published="2020-03-07")
    assert [(e.trigger.text, e.negated) for e in record.events] == [("denied", False), ("claimed", False)]


TARGETS = [
    # a craft no entity names is the target; the place it lies in is where
    ("Gunmen raided two trawlers in the Bay of Toro.",
     [("raided", "ASSAULT", "190", ["Gunmen"], ["two trawlers"])]),
    ("Rebels seized an oil tanker near the port.",
     [("seized", "COERCE", "1711", ["Rebels"], ["oil tanker"])]),
    # a place's own villages stand for it, as the PLOVER records code them; so does the place itself
    ("Troops shelled villages in the Varna region.", [("shelled", "ASSAULT", "194", ["Troops"], ["Varna"])]),
    ("Rebels attacked Tessa on Monday.", [("attacked", "ASSAULT", "190", ["Rebels"], ["Tessa"])]),
    # the person a demanded thing belongs to
    ("Protesters demanded the resignation of the health minister.",
     [("demanded", "REQUEST", "100", ["Protesters"], ["health minister"])]),
    ("The opposition called for the resignation of the interior minister.",
     [("called for", "REQUEST", "100", ["opposition"], ["interior minister"])]),
    ("Farmers blocked highways, demanding the removal of the district army commander.",
     [("blocked", "PROTEST", "144", ["Farmers"], []),
      ("demanding", "REQUEST", "100", ["Farmers"], ["district army commander"])]),
    # only the thing asked for: a picture shown with an appeal is no demand of the one pictured
    ("Detectives made an appeal for witnesses with a sketch of the gunman.",
     [("appeal", "REQUEST", "100", ["Detectives"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TARGETS, ids=[c[0][:40] for c in TARGETS])
def test_targets_of_things_and_places(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


SOURCES = [
    # the parser makes "report" a relative clause and "accused" a participle on it
    ("The ministry, which the Daily Ledger's report accused of hiding the data, denied the claim.",
     [("accused", "ACCUSE", "112", ["Daily Ledger"], ["ministry"]),
      ("denied", "REJECT", "120", ["ministry"], [])]),
    ("The company, which the watchdog accused of polluting the river, rejected the findings.",
     [("accused", "ACCUSE", "112", ["watchdog"], ["company"]),
      ("rejected", "REJECT", "120", ["company"], [])]),
    # a transcript's turn with the speaker's role in brackets: "We" is the speaker
    ("Mara Quinn leads the dockers' union in Valdo.\n\nMARA QUINN (UNION SPOKESWOMAN): We called a "
     "strike for Friday. We blocked the road to the port.\n\nPAUL VARGA (PORT DIRECTOR): We will not "
     "negotiate.",
     [("strike", "PROTEST", "143", ["Mara Quinn"], []), ("blocked", "PROTEST", "144", ["Mara Quinn"], []),
      ("negotiate", "REJECT", "125", [], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SOURCES, ids=[c[0][:40] for c in SOURCES])
def test_sources_of_misparsed_relatives_and_turns(pipeline, text, expected):
    assert _roles(pipeline, text) == expected
