"""Events stage: acts that were left uncoded (aircraft kept on the ground, pay withheld, a lawsuit
stated on a condition, blame told in a reported clause, a plan called a disgrace), words of a name
that are no acts ("the Growers' Alliance"), and the dates of acts set against another act or told
in a dated document. Invented sentences.

Articles read by the whole pipeline are published on Friday 7 March 2025, so "Monday" is 3 March
and "Tuesday" 4 March.
"""

from __future__ import annotations

import pytest

from storyline.stages.events import _blaming, _framed

PUBLISHED = "2025-03-07"


# sentence, entity names -> every event of the sentence (type, CAMEO, trigger, sources, targets)
CODED = [
    # keeping aircraft on the ground is a ban (CAMEO 1722), as "ban"
    ("The aviation regulator grounded the carrier's entire fleet.", ["aviation regulator", "carrier"],
     [("COERCE", "1722", "grounded", {"aviation regulator"}, {"carrier"})]),
    ("Eleven jets were grounded by the safety agency.", ["safety agency"],
     [("COERCE", "1722", "grounded", {"safety agency"}, set())]),
    # pay withheld as a penalty is a sanction like a fine (CAMEO 172)
    ("The school board docked the pay of teachers who walked out.", ["school board", "teachers"],
     [("COERCE", "172", "docked", {"school board"}, {"teachers"})]),
    ("The ferry docked at the pier.", [], []),
    # a lawsuit stated on a condition is a threat (CAMEO 139); with none it stays the lawsuit
    ("The tenants said they would take the council to court unless repairs began.", ["tenants", "council"],
     [("THREATEN", "139", "take", {"tenants"}, {"council"})]),
    ("The farmers' group said it would sue the water board if the dam was built.",
     ["farmers' group", "water board"],
     [("THREATEN", "139", "sue", {"farmers' group"}, {"water board"})]),
    ("The union said it would sue the ministry.", ["union", "ministry"],
     [("ACCUSE", "115", "sue", {"union"}, {"ministry"})]),
    ("The ministry said it would investigate the claims.", ["ministry"],
     [("ACCUSE", "090", "investigate", {"ministry"}, set())]),
    # an object complement that condemns, a noun among them, is a criticism (CAMEO 111)
    ("The opposition leader called the proposal a disgrace.", ["opposition leader"],
     [("ACCUSE", "111", "called", {"opposition leader"}, set())]),
    ("The senator called the new levy a travesty.", ["senator"],
     [("ACCUSE", "111", "called", {"senator"}, set())]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "expected"), CODED, ids=[c[0][:40] for c in CODED])
def test_acts_coded(hand_events, text, names, expected):
    events, by_id = hand_events(text, names)
    got = [
        (e.type, e.cameo, e.trigger.text, {by_id[s] for s in e.source}, {by_id[t] for t in e.target})
        for e in events
    ]
    assert got == expected


# sentence, entity names -> the blame events (trigger, sources, targets): CAMEO 112
BLAME = [
    ("The mayor claimed that the builder was responsible for the cracks.", ["mayor", "builder"],
     [("responsible", {"mayor"}, {"builder"})]),
    ("Villagers said the quarry firm was responsible for the landslide.", ["Villagers", "quarry firm"],
     [("responsible", {"Villagers"}, {"quarry firm"})]),
    # a verb of accusing that reports it is the one event
    ("The mayor alleged that the builder was responsible for the cracks.", ["mayor", "builder"],
     [("alleged", {"mayor"}, set())]),
    ("The fishermen claimed the tannery had caused the fish deaths.", ["fishermen", "tannery"],
     [("caused", {"fishermen"}, {"tannery"})]),
    # a cause merely told, a thing blamed, or a duty is no blame
    ("The engineers said the tannery caused the fish deaths.", ["engineers", "tannery"], []),
    ("The mayor said the frost was responsible for the cracks.", ["mayor"], []),
    ("The mayor said the builder was responsible for repairing the cracks.", ["mayor", "builder"], []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "expected"), BLAME, ids=[c[0][:40] for c in BLAME])
def test_blame_in_a_reported_clause_accuses(hand_events, text, names, expected):
    events, by_id = hand_events(text, names)
    got = [
        (e.trigger.text, {by_id[s] for s in e.source}, {by_id[t] for t in e.target})
        for e in events
        if e.cameo == "112"
    ]
    assert got == expected


# (word, sentence) -> the blame word _blaming finds for it
BLAMING = [
    ("responsible", "She said the builder was responsible for the cracks.", "responsible"),
    ("responsible", "She said the builder was responsible for repairing the cracks.", None),
    ("caused", "She claimed the builder caused the cracks.", "cause"),
    ("caused", "The builder caused the cracks.", None),
]  # fmt: skip


@pytest.mark.parametrize(("word", "text", "expected"), BLAMING, ids=[c[1][:40] for c in BLAMING])
def test_blaming_words(nlp, word, text, expected):
    tok = next(t for t in nlp(text) if t.text == word)
    assert _blaming(tok) == expected


# sentence -> the triggers the whole pipeline codes: a word of a name is no act
NAMES = [
    ("The Citrus Growers' Alliance said prices had fallen by a third.", []),
    ("A spokesman for the Marine Accident Investigation Branch said the ferry was overloaded.", []),
    ("The two parties signed an alliance before the vote.", ["signed", "alliance"]),
    ("Police arrested two members of the Workers' Protest Front in Lyon on Monday.", ["arrested"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NAMES, ids=[c[0][:40] for c in NAMES])
def test_a_word_of_a_name_is_no_trigger(pipeline, text, expected):
    record = pipeline.process(text, published=PUBLISHED)
    assert [e.trigger.text for e in record.events] == expected


def _dates(pipeline, text):
    record = pipeline.process(text, published=PUBLISHED)
    return [(e.trigger.text, e.date, e.date_from) for e in record.events]


# (text, trigger, date, from): a year inside an "after" phrase is the other act's; a document's day
# dates what is said in it
DATES = [
    ("Activists urged the council to act after a similar spill in 2021.", "urged", PUBLISHED, "published"),
    ("Activists urged the council on Tuesday to act after a spill in 2021.", "urged", "2025-03-04", "text"),
    # a day at the end of the phrase may be the act's own: kept
    ("Police detained a driver after a crash on the ring road on Monday.", "detained", "2025-03-03", "text"),
    ("The mayor praised the rescue teams in a letter sent on Monday.", "praised", "2025-03-03", "text"),
    ("In a statement issued on Tuesday, the ministry condemned the attack.", "condemned", "2025-03-04",
     "text"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "date", "source"), DATES, ids=[c[0][:40] for c in DATES])
def test_dates_of_framed_and_documented_acts(pipeline, text, trigger, date, source):
    assert [(d, s) for t, d, s in _dates(pipeline, text) if t == trigger] == [(date, source)]


# (sentence, date word, trigger word) -> whether the date is framed by another act's phrase
FRAMED = [
    ("They marched after a similar vote in 2020.", "2020", "marched", True),
    ("They marched after the vote.", "vote", "marched", False),
    ("They marched in 2020 after the vote.", "2020", "marched", False),
    ("They marched since dawn on Monday.", "Monday", "marched", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "date", "trigger", "expected"), FRAMED, ids=[c[0] for c in FRAMED])
def test_framed(nlp, text, date, trigger, expected):
    doc = nlp(text)
    by = {t.text: t for t in doc}
    assert _framed(by[date], by[trigger]) is expected


# (article, trigger, date, from): the story's day runs on over past sentences with no time of their
# own, into the next paragraph; a time of its own or a present-tense sentence breaks the run
RUNNING = [
    ("Guards fired rubber bullets at the miners near the gate on 3 March. The sit-in had been called by "
     "the miners' committee. Its chairman, Piotr Nowak, spoke to the crowd from a lorry.\n\n"
     "Guards detained about 30 miners.", "detained", "2025-03-03", "text"),
    ("Guards fired rubber bullets at the miners near the gate on 3 March. The miners' committee says "
     "the sit-in will go on. Its chairman, Piotr Nowak, spoke to the crowd from a lorry.\n\n"
     "Guards detained about 30 miners.", "detained", PUBLISHED, "published"),
    ("Guards fired rubber bullets at the miners near the gate on 3 March. The sit-in began in January. "
     "Its chairman, Piotr Nowak, spoke to the crowd from a lorry.\n\n"
     "Guards detained about 30 miners.", "detained", PUBLISHED, "published"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "date", "source"), RUNNING, ids=["runs-on", "present-breaks", "time-breaks"]
)
def test_the_story_day_runs_on(pipeline, text, trigger, date, source):
    assert [(d, s) for t, d, s in _dates(pipeline, text) if t == trigger] == [(date, source)]
