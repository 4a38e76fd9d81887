"""Events stage: a light verb and the act its object names are one event ("inked an agreement",
"struck a deal"); joining or taking part in an act is doing it ("joined a march"); "dispatch" is
coded as "send" is; a noun set at its own time keeps it ("a rally set for Sunday"); and one event
told again takes the day of the news, not of a background mention. Invented sentences.

Articles read by the whole pipeline are published on Friday 7 March 2025, so "Tuesday" is 4 March
and "Sunday" 9 March (a rally set for Sunday is the next one).
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-03-07"


def _events(hand_events, text, names):
    events, by_id = hand_events(text, names)
    return [
        (e.type, e.trigger.text, {by_id[s] for s in e.source}, {by_id[t] for t in e.target}) for e in events
    ]


# sentence, entity names -> every event of the sentence (type, trigger, sources, targets)
LIGHT_PAIRS = [
    # a verb of concluding and its pact: one agreement, the noun's, with the verb's subject
    # signing is an act of its own in CAMEO (057, SUPPORT), kept beside what was agreed
    ("Moldova signed a trade agreement with Romania.", ["Moldova", "Romania"],
     [("SUPPORT", "signed", {"Moldova"}, {"Romania"}), ("AGREE", "agreement", {"Moldova"}, {"Romania"})]),
    ("Brazil inked a deal with Argentina.", ["Brazil", "Argentina"],
     [("AGREE", "deal", {"Brazil"}, {"Argentina"})]),
    ("The ministry concluded an accord with the nurses' federation.", ["ministry", "nurses' federation"],
     [("AGREE", "accord", {"ministry"}, {"nurses' federation"})]),
    ("Ruritania and Vostavia signed a peace pact.", ["Ruritania", "Vostavia"],
     [("SUPPORT", "signed", {"Ruritania", "Vostavia"}, {"Ruritania", "Vostavia"}),
      ("AGREE", "pact", {"Ruritania", "Vostavia"}, {"Ruritania", "Vostavia"})]),
    # a concluded ceasefire or truce is an agreement of both sides, not a retreat
    ("The rebels and the army signed a truce.", ["rebels", "army"],
     [("SUPPORT", "signed", {"rebels", "army"}, {"rebels", "army"}),
      ("AGREE", "truce", {"rebels", "army"}, {"rebels", "army"})]),
    ("The army and the militia reached a ceasefire.", ["army", "militia"],
     [("AGREE", "ceasefire", {"army", "militia"}, {"army", "militia"})]),
    # "struck a deal" is no attack
    ("The two carriers struck a deal with the pilots' union.", ["carriers", "pilots' union"],
     [("AGREE", "deal", {"carriers"}, {"pilots' union"})]),
    # other light verbs whose object names the act: the noun's type
    ("The rebels launched an attack on the garrison.", ["rebels", "garrison"],
     [("ASSAULT", "attack", {"rebels"}, {"garrison"})]),
    ("The governor ordered a curfew in the port city.", ["governor"],
     [("COERCE", "curfew", {"governor"}, set())]),
    # the verb stays where its object names no act of its own
    ("The missile struck the depot.", [], [("ASSAULT", "struck", set(), set())]),
    ("The striking miners signed a petition.", [], [("SUPPORT", "signed", set(), set())]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "expected"), LIGHT_PAIRS, ids=[c[0][:40] for c in LIGHT_PAIRS])
def test_a_light_verb_and_its_act_are_one_event(hand_events, text, names, expected):
    assert _events(hand_events, text, names) == expected


# sentence -> the events (type, trigger, source phrase) of joining or taking part in an act
JOINED = [
    ("Thousands of farmers joined a march in the capital.", [("PROTEST", "march", "farmers")]),
    ("Hundreds of students joined the protest outside parliament.", [("PROTEST", "protest", "students")]),
    ("Nurses took part in a rally against the pay freeze.", [("PROTEST", "rally", "Nurses")]),
    ("About 200 taxi drivers participated in the demonstration.",
     [("PROTEST", "demonstration", "About 200 taxi drivers")]),
    # joining what is no act, or taking no part, is nothing
    ("The goalkeeper joined the club last summer.", []),
    ("The drivers took a rest in the square.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), JOINED, ids=[c[0][:40] for c in JOINED])
def test_joining_an_act_is_doing_it(hand_events, text, expected):
    events, _ = hand_events(text, [])
    got = [(e.type, e.trigger.text, e.source_text.text if e.source_text else None) for e in events]
    assert got == expected


def test_a_named_group_joining_a_march_is_its_source(hand_events):
    text = "The Farmers' Union joined the march."
    assert _events(hand_events, text, ["Farmers' Union"]) == [("PROTEST", "march", {"Farmers' Union"}, set())]


# sentence, entity names -> the events (type, CAMEO, trigger, sources)
DISPATCHED = [
    ("The province dispatched 12 ambulances to the crash site.", ["province"],
     [("AID", "070", "dispatched", {"province"})]),
    ("The regional government dispatched rescue teams to the valley.", ["regional government"],
     [("AID", "073", "dispatched", {"regional government"})]),
    ("The defence ministry dispatched troops to the border town.", ["defence ministry"],
     [("MOBILIZE", "154", "dispatched", {"defence ministry"})]),
    ("Ghana despatched two teams of doctors.", ["Ghana"], [("AID", "073", "despatched", {"Ghana"})]),
    ("The charity dispatched blankets and food to the camps.", ["charity"],
     [("AID", "070", "dispatched", {"charity"})]),
    # what is sent is no aid or force: nothing; other conveyance verbs keep their own rows
    ("The company dispatched a letter to its shareholders.", ["company"], []),
    ("The storm stranded 300 tourists on the island.", [], []),
    ("A cargo ship ran aground off the cape.", [], []),
    ("Flooding stranded two battalions of troops near the river.", [], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "expected"), DISPATCHED, ids=[c[0][:40] for c in DISPATCHED])
def test_dispatch_is_coded_as_send(hand_events, text, names, expected):
    events, by_id = hand_events(text, names)
    assert [(e.type, e.cameo, e.trigger.text, {by_id[s] for s in e.source}) for e in events] == expected


def _dates(pipeline, text):
    record = pipeline.process(text, published=PUBLISHED)
    return [(e.trigger.text, e.date, e.date_from) for e in record.events]


# (text, trigger, date): a noun set at a time of its own keeps it; the main clause's day is its verb's
OWN_TIME = [
    ("A teachers' rally set for Sunday was called off by the union on Thursday.", "rally", "2025-03-09"),
    ("The opposition march planned for Saturday was banned by the city council on Tuesday.", "banned",
     "2025-03-04"),
    # with no time of its own, the noun takes the clause's day as before
    ("The opposition march was banned by the city council on Tuesday.", "banned", "2025-03-04"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "date"), OWN_TIME, ids=[c[0][:40] for c in OWN_TIME])
def test_a_noun_set_at_its_own_time_keeps_it(pipeline, text, trigger, date):
    assert [d for t, d, _ in _dates(pipeline, text) if t == trigger] == [date]


# (article, trigger -> date) of every event: a headline told again in the lead takes the news's day
BACKGROUND = [
    # the lead is undated: a background act of 2024 lends the headline no date
    ("Police detain Kamau again\n\nNAIROBI — Police detained opposition leader John Kamau at his home, "
     "his party said.\n\nKamau had been detained by police in March 2024 after a rally in Mombasa.\n",
     [("detain", PUBLISHED, "published"), ("detained", PUBLISHED, "published"),
      ("detained", "2024-03", "text"), ("rally", PUBLISHED, "published")]),
    # last year's act told first: the headline takes the lead's Tuesday, not last year
    ("Police detain Kamau again\n\nNAIROBI — Last year's detention of opposition leader John Kamau by "
     "police drew protests.\n\nPolice detained Kamau at his home on Tuesday, his party said.\n",
     [("detain", "2025-03-04", "text"), ("detention", "2024", "text"), ("detained", "2025-03-04", "text")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BACKGROUND, ids=["undated-lead", "older-first"])
def test_a_headline_takes_the_news_day_not_the_background(pipeline, text, expected):
    assert _dates(pipeline, text) == expected
