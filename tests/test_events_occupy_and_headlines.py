"""The events stage on civilians occupying their workplace (a sit-in), a planned protest, "told X
to do Y", a headline's passive with its auxiliary dropped, "it"/"its" standing for a named
body, objects coordinated after an unknown one, and the one helped by "helped X do Y"."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-05"


def _show(events, by_id):
    return [
        (
            e.type,
            e.cameo,
            e.trigger.text,
            {by_id.get(s, s) for s in e.source},
            {by_id.get(t, t) for t in e.target},
            e.target_text.text if e.target_text else None,
            e.hypothetical,
        )
        for e in events
    ]


def _on(events, by_id, trigger):
    shown = [s for s in _show(events, by_id) if s[2] == trigger]
    assert shown, _show(events, by_id)
    return shown[0]


# sentence, entity names (name -> type), trigger ->
# (type, CAMEO, source names, target names, target phrase when no entity, hypothetical)
CASES = [
    # civilians occupying their workplace or campus stage a sit-in (PROTEST 144) ...
    (
        "Hundreds of welders occupied the Marlow shipyard on Monday.",
        {"Marlow shipyard": "ORG"},
        "occupied",
        ("PROTEST", "144", set(), {"Marlow shipyard"}, None, False),
    ),
    (
        "Striking bakers have occupied the Tessel factory since Friday.",
        {"Tessel factory": "ORG"},
        "occupied",
        ("PROTEST", "144", set(), {"Tessel factory"}, None, False),
    ),
    (
        "Angry students occupied the lecture hall of Dorrin College.",
        {"Dorrin College": "ORG"},
        "occupied",
        ("PROTEST", "144", set(), {"Dorrin College"}, None, False),
    ),
    # ... soldiers occupying a site, or anyone occupying a town, seize it (COERCE 192)
    (
        "Soldiers occupied the Vardo refinery on Sunday.",
        {"Vardo": "GPE"},
        "occupied",
        ("COERCE", "192", set(), {"Vardo"}, None, False),
    ),
    (
        "Militiamen occupied the town of Ostrel overnight.",
        {"Ostrel": "GPE"},
        "occupied",
        ("COERCE", "192", set(), {"Ostrel"}, None, False),
    ),
    # "sit-in", split by the tokenizer into "sit - in", is the lexicon's noun
    (
        "Cleaners began a sit-in inside the Harrow depot on Thursday.",
        {},
        "sit-in",
        ("PROTEST", "144", set(), set(), None, False),
    ),
    # a march or rally planned is announced, not held: a hypothetical PROTEST
    (
        "The Quarry Workers Union plans a torchlit march on Saturday.",
        {"Quarry Workers Union": "ORG"},
        "march",
        ("PROTEST", "141", {"Quarry Workers Union"}, set(), None, True),
    ),
    (
        "Farmers are planning a rally outside the assembly next week.",
        {},
        "rally",
        ("PROTEST", "141", set(), set(), None, True),
    ),
    # "told/instructed X to do Y" is a request made of X; "told reporters that" is speech
    (
        "The premier told the Orsk Highways Agency to check every tunnel.",
        {"Orsk Highways Agency": "ORG"},
        "told",
        ("REQUEST", "100", set(), {"Orsk Highways Agency"}, None, False),
    ),
    (
        "The board instructed Kelm Foods to withdraw the tainted cheese.",
        {"Kelm Foods": "ORG"},
        "instructed",
        ("REQUEST", "100", set(), {"Kelm Foods"}, None, False),
    ),
    # "it" in the object stands for the body named before, not the subject of its own verb
    (
        "The regulator fined Arvo Bank and ordered it to repay customers.",
        {"Arvo Bank": "ORG"},
        "ordered",
        ("REQUEST", "100", set(), {"Arvo Bank"}, None, False),
    ),
    (
        "The Senn council said it would appeal, and Mayor Ilse Varga urged it to reconsider.",
        {"Senn council": "ORG", "Ilse Varga": "PERSON"},
        "urged",
        ("REQUEST", "100", {"Ilse Varga"}, {"Senn council"}, None, False),
    ),
    # a headline's "-ed" form with no auxiliary is a passive: its subject is the one hurt
    (
        "Senator wounded in attack near Corvo\n\nThe senator was hurt on Tuesday.",
        {"Corvo": "GPE"},
        "wounded",
        ("ASSAULT", "190", set(), set(), "Senator", False),
    ),
    (
        "Two held after raid on Pell bank; cashier shot\n\nTwo men were held on Monday.",
        {"Pell bank": "ORG"},
        "shot",
        ("ASSAULT", "193", set(), set(), "cashier", False),
    ),
    # "sent frogmen and two lifeboats": the lifeboats (civilian craft) name what the frogmen do not
    (
        "The Kettle Bay coast guard has sent frogmen and two lifeboats, an official says.",
        {"Kettle Bay coast guard": "ORG"},
        "sent",
        ("AID", "070", {"Kettle Bay coast guard"}, set(), None, False),
    ),
    (
        "The Kettle Bay coast guard sent lifeguards and two boats.",
        {"Kettle Bay coast guard": "ORG"},
        "sent",
        ("AID", "073", {"Kettle Bay coast guard"}, set(), None, False),
    ),
    (
        "The Kettle Bay coast guard sent three divers on Sunday.",
        {"Kettle Bay coast guard": "ORG"},
        "sent",
        ("AID", "073", {"Kettle Bay coast guard"}, set(), None, False),
    ),
    # "helped X do Y": X is the one helped
    (
        "The Ulmer Trust helped jobless dockers find new work.",
        {"Ulmer Trust": "ORG"},
        "helped",
        ("AID", "070", {"Ulmer Trust"}, set(), "jobless dockers", False),
    ),
]


@pytest.mark.parametrize(("text", "names", "trigger", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_coded(hand_events, text, names, trigger, expected):
    events, by_id = hand_events(text, names, published=PUBLISHED)
    typ, cameo, sources, targets, phrase, hypothetical = expected
    got = _on(events, by_id, trigger)
    assert got[0:2] == (typ, cameo), _show(events, by_id)
    names_given = set(by_id.values())
    assert got[3] & names_given == sources, _show(events, by_id)
    assert got[4] & names_given == targets, _show(events, by_id)
    assert got[5] == phrase, _show(events, by_id)
    assert got[6] is hypothetical, _show(events, by_id)


# sentence, trigger that must not be coded as the type given
NEGATIVE = [
    ("The minister told reporters that the bridge was safe.", "told", "REQUEST"),
    ("Rebels seize town near Ostrel\n\nRebels took the town on Monday.", "seize", None),
    ("Strikers marched in Corlen\n\nThousands marched on Monday.", "marched", None),
]


@pytest.mark.parametrize(("text", "trigger", "typ"), NEGATIVE, ids=[c[0][:40] for c in NEGATIVE])
def test_not_coded_or_not_reversed(hand_events, text, trigger, typ):
    events, by_id = hand_events(text, {"Corlen": "GPE", "Ostrel": "GPE"}, published=PUBLISHED)
    match = [e for e in events if e.trigger.text == trigger]
    if typ is not None:
        assert all(e.type != typ for e in match), _show(events, by_id)
    else:  # a headline's active verb keeps its subject as the doer
        assert match, _show(events, by_id)
        assert all(e.source_text is not None or e.source for e in match), _show(events, by_id)
        assert all(not e.target_text or e.target_text.text not in ("Rebels", "Strikers") for e in match)


# a participle clause opening the sentence dates its subject's acts in the main clause
DATES = [
    (
        "Touring the harbour on Monday, the mayor praised the crews and ordered them to rest.",
        "ordered",
        "2024-03-04",
    ),
    ("Touring the harbour on Monday, the mayor praised the crews.", "praised", "2024-03-04"),
    # a simple past coordinated after a reported pluperfect is the speaker's act of that day
    (
        "Reading the verdict on Monday, Judge Tomas Varga said the council had acted beyond its powers"
        " and ordered it to reopen the market.",
        "ordered",
        "2024-03-04",
    ),
    (
        "Inspecting the dam on Monday, the engineer said the contractor had ignored the warnings and"
        " suspended the works.",
        "suspended",
        "2024-03-04",
    ),
    # the reported pluperfect itself happened before: not the participle's day
    (
        "Visiting the camp on Monday, the envoy said the militia had attacked the convoy.",
        "attacked",
        "2024-03-05",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "date"), DATES, ids=[d[0][:40] for d in DATES])
def test_fronted_participle_dates_the_main_clause(pipeline, text, trigger, date):
    record = pipeline.process(text, published="2024-03-05")
    got = [e.date for e in record.events if e.trigger.text == trigger]
    assert got == [date], [(e.type, e.trigger.text, e.date) for e in record.events]
