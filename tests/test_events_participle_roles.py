"""Events stage: sources and targets one step past the plain clause. A second participle the parser
hangs on the first's object, and a participle after a noun phrase with a participle of its own,
share the main clause's subject; a plea or threat coordinated after a reported clause is the
speaker's; "I"/"we" (and "me"/"us") in a quote are its speaker; an accusation's "that"-clause names
the accused; the maker of a measure a stance is aimed at is its target; the people a payment serves
and the generic owner of an object are targets; and the body a person is introduced by is no target
of that person's act. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import hand_entities
from storyline.record import Quote, Speaker


def _roles(hand_events, text, names):
    events, by_id = hand_events(text, names)
    return [
        (e.trigger.text, sorted(by_id[s] for s in e.source), sorted(by_id[t] for t in e.target))
        for e in events
    ]


# sentence, entity names -> (trigger, sources, targets) of every event
PARTICIPLES = [
    # the second of two participles, hung by the parser on the first one's object
    ("Growers blocked roads into the capital on Monday, opposing the new levy and demanding talks with the "
     "cabinet.",
     ["Growers", "cabinet"],
     [("blocked", ["Growers"], []), ("opposing", ["Growers"], []), ("demanding", ["Growers"], ["cabinet"]),
      ("talks", [], ["cabinet"])]),
    # a participle inside a noun phrase between the main verb and the clause's own participle
    ("Midwives marched through Dunmore in a stoppage called by the Midwives' Guild, demanding talks with the "
     "Care Office.", ["Midwives", "Midwives' Guild", "Care Office"],
     [("marched", ["Midwives"], ["Care Office"]), ("demanding", ["Midwives"], ["Care Office"]),
      ("talks", [], ["Care Office"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "expected"), PARTICIPLES, ids=[c[0][:40] for c in PARTICIPLES])
def test_a_trailing_participle_is_the_main_subjects(hand_events, text, names, expected):
    assert _roles(hand_events, text, names) == expected


SAID_AND = [
    # a plea coordinated after a reported clause with an acting subject: the speaker's
    ("The Ferrymen's Union said the harbour board had broken its word and called on the Shipping Office to "
     "step in.",
     ["Ferrymen's Union", "harbour board", "Shipping Office"],
     [("called on", ["Ferrymen's Union"], ["Shipping Office"])]),
    ("The Ferrymen's Union said the harbour board had lied and urged the Shipping Office to act.",
     ["Ferrymen's Union", "harbour board", "Shipping Office"],
     [("urged", ["Ferrymen's Union"], ["Shipping Office"])]),
    # a threat with no object of its own, after a reported clause about things
    ("The Ferrymen's Union said the talks had collapsed and threatened to walk out next week.",
     ["Ferrymen's Union"], [("threatened", ["Ferrymen's Union"], [])]),
    # an order stays with the reported clause's subject: a commander orders
    ("The governor said the colonel had reached the valley and ordered the militia to disarm.",
     ["governor", "colonel", "militia"],
     [("ordered", ["colonel"], ["militia"]), ("disarm", ["militia"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "expected"), SAID_AND, ids=[c[0][:40] for c in SAID_AND])
def test_a_plea_after_a_reported_clause_is_the_speakers(hand_events, text, names, expected):
    assert _roles(hand_events, text, names) == expected


ACCUSED = [
    ("The watchdog alleged that the wardens had beaten inmates.", ["watchdog", "wardens"],
     [("alleged", ["watchdog"], ["wardens"]), ("beaten", ["wardens"], [])]),
    ("The watchdog alleged the wardens beat inmates.", ["watchdog", "wardens"],
     [("alleged", ["watchdog"], ["wardens"]), ("beat", ["wardens"], [])]),
    # a thing is accused of nothing: no target
    ("The watchdog alleged that the records had vanished.", ["watchdog"], [("alleged", ["watchdog"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "expected"), ACCUSED, ids=[c[0][:40] for c in ACCUSED])
def test_an_allegation_targets_who_it_says_acted(hand_events, text, names, expected):
    assert _roles(hand_events, text, names) == expected


MAKERS = [
    ("Tenants protested against the evictions ordered by the borough council.",
     ["Tenants", "borough council"],
     [("protested", ["Tenants"], ["borough council"]), ("evictions", ["borough council"], [])]),
    ("The opposition criticised the levy approved by the assembly.", ["opposition", "assembly"],
     [("criticised", ["opposition"], ["assembly"])]),
    # an object named by no maker stays without a target
    ("The opposition criticised the levy approved last week.", ["opposition"],
     [("criticised", ["opposition"], [])]),
    # an institution in lower case, made an entity, is the object and target
    ("The treasury criticised the central bank on Monday.", ["treasury", "central bank"],
     [("criticised", ["treasury"], ["central bank"])]),
    ("The senators demanded the bank's apology.", ["senators", "bank"],
     [("demanded", ["senators"], ["bank"]), ("apology", ["bank"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "expected"), MAKERS, ids=[c[0][:40] for c in MAKERS])
def test_a_stance_targets_the_maker_of_what_it_opposes(hand_events, text, names, expected):
    assert _roles(hand_events, text, names) == expected


OWN_BODY = [
    # the body a person is introduced by is not the target the act's "it" points back to
    ("Mara Quist, head of the Glassworkers Guild, criticised the ruling, calling it reckless.",
     {"Mara Quist": "PERSON", "Glassworkers Guild": "ORG"},
     [("criticised", ["Mara Quist"], []), ("calling", ["Mara Quist"], [])]),
    # another body named as the object stays the target
    ("Mara Quist, head of the Glassworkers Guild, criticised the Kiln Company.",
     {"Mara Quist": "PERSON", "Glassworkers Guild": "ORG", "Kiln Company": "ORG"},
     [("criticised", ["Mara Quist"], ["Kiln Company"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "expected"), OWN_BODY, ids=[c[0][:40] for c in OWN_BODY])
def test_the_actors_own_body_is_no_target(hand_events, text, names, expected):
    assert _roles(hand_events, text, names) == expected


def _quoted(text: str, said: str, speaker: str, entity: str | None, behalf: str | None = None) -> Quote:
    start = text.index(said)
    at = text.index(speaker)
    who = Speaker(entity=entity, text=speaker, start=at, end=at + len(speaker), on_behalf_of=behalf)
    return Quote(start=start, end=start + len(said), text=said, kind="direct", speaker=who)


# text, quoted words, speaker phrase, speaker entity, body spoken for, names -> (trigger, sources, targets)
FIRST_PERSON = [
    # a transcript's answer: "we" is the speaker
    ("R (Major Ilse Varn): We closed the border crossing overnight. I ordered an inquiry.",
     "We closed the border crossing overnight. I ordered an inquiry.", "Major Ilse Varn", "Ilse Varn", None,
     {"Ilse Varn": "PERSON"}, [("closed", ["Ilse Varn"], []), ("inquiry", ["Ilse Varn"], [])]),
    # "we" and "us" are the body the speaker speaks for, where the quote names one
    ("'The guards attacked us,' said Olek Brandt of the Porters League.", "The guards attacked us",
     "Olek Brandt", "Olek Brandt", "Porters League",
     {"Olek Brandt": "PERSON", "Porters League": "ORG", "guards": "OTHER"},
     [("attacked", ["guards"], ["Porters League"])]),
    # "we" of one person quoted outside a transcript is the body spoken for; with no body named,
    # the speaker
    ("Olek Brandt left the hall. 'We will march on Friday.'", "We will march on Friday.", "Olek Brandt",
     "Olek Brandt", None, {"Olek Brandt": "PERSON"}, [("march", ["Olek Brandt"], [])]),
    # "me" is the speaker
    ("'The guards attacked me,' said Olek Brandt.", "The guards attacked me", "Olek Brandt", "Olek Brandt",
     None,
     {"Olek Brandt": "PERSON", "guards": "OTHER"}, [("attacked", ["guards"], ["Olek Brandt"])]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "said", "speaker", "entity", "behalf", "names", "expected"),
    FIRST_PERSON,
    ids=[c[0][:40] for c in FIRST_PERSON],
)
def test_first_person_in_a_quote_is_its_speaker(
    pipeline, analyse, text, said, speaker, entity, behalf, names, expected
):
    ents = hand_entities(text, names)
    ids = {e.name: e.id for e in ents}
    by_id = {e.id: e.name for e in ents}
    quote = _quoted(text, said, speaker, ids.get(entity or ""), ids.get(behalf or ""))
    events = pipeline.events(analyse(text), ents, [], [quote], [], [])
    got = [
        (e.trigger.text, sorted(by_id[s] for s in e.source), sorted(by_id[t] for t in e.target))
        for e in events
    ]
    assert got == expected


# text, names -> the entity names of every event's sides after generic actors are made
GENERIC = [
    # the owner of what is demanded, a person noun no entity names
    ("Protesters demanded the harbour master's resignation.", [],
     [("demanded", ["Protesters"], ["harbour master"])]),
    # whom a payment serves: the people the thing paid for belongs to
    ("The mining firm agreed to pay for the burials of the dead porters.", ["mining firm"],
     [("agreed", ["mining firm"], []), ("pay for", ["mining firm"], ["dead porters"]),
      ("pay for", ["mining firm"], ["dead porters"])]),
    ("The insurer will pay for the fishermen's new boats.", ["insurer"],
     [("pay for", ["insurer"], ["fishermen"])]),
    # "us" in a quote whose speaker no entity names: the speaker's noun
    ('"The guards beat us," the dockers said.', ["guards"], [("beat", ["guards"], ["dockers"])]),
    # the maker of a measure condemned, a body no entity names
    ("Villagers condemned the curfew imposed by the army.", ["Villagers"],
     [("condemned", ["Villagers"], ["army"])]),
    # "it" after "X said" is X, undergoing the act too
    ("The porters' union said it had been fined by the Ferry Company.", ["Ferry Company"],
     [("fined", ["Ferry Company"], ["porters' union"])]),
    # the doer of a raid named by a reduced relative's agent
    ("The raids carried out by Norvik Border Guard angered residents.", ["Norvik Border Guard"],
     [("raids", ["Norvik Border Guard"], [])]),
    # one person a cue quotes is neither "they" nor "us"
    ('"They beat us," said Olek Brandt.', {"Olek Brandt": "PERSON"}, [("beat", [], [])]),
    ('"They beat me," said Olek Brandt.', {"Olek Brandt": "PERSON"}, [("beat", [], ["Olek Brandt"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "expected"), GENERIC, ids=[c[0][:40] for c in GENERIC])
def test_generic_owners_and_recipients_are_targets(pipeline, analyse, text, names, expected):
    an = analyse(text)
    ents = hand_entities(text, names)
    quotes = pipeline.quotes(an, ents, [])
    events = pipeline.events(an, ents, [], quotes, [], [])
    ents, events = pipeline.events.generic_actors(an, ents, events)
    by_id = {e.id: e.name for e in ents}
    got = [
        (e.trigger.text, sorted(by_id[s] for s in e.source), sorted(by_id[t] for t in e.target))
        for e in events
    ]
    assert got == expected
