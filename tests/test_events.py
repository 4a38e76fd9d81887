"""The events stage: tables of sentences with the events expected in them, plus PLOVER gold data."""

from __future__ import annotations

import re

import pytest

from conftest import hand_entities, need_data
from storyline.record import Entity, Mention, Place, Quote, Time
from storyline.stages.events import EventStage, _partner, load_lexicon

PLOVER_05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}


@pytest.fixture(scope="module")
def stage(nlp) -> EventStage:
    return EventStage(nlp)


def run(stage, analyse, text, names, *, times=(), quotes=(), places=(), published="2020-01-05"):
    an = analyse(text, published=published)
    ents = hand_entities(text, names)
    events = stage(an, ents, list(times), list(quotes), list(places), [])
    by_id = {e.id: e.name for e in ents}
    return an, events, by_id


# sentence, entity names -> [(type, trigger, sources, targets, negated, hypothetical)]
CASES = [
    (
        "An American air raid on Friday killed Soleimani and a number of top Iraqi officials.",
        ["American", "Soleimani", "Iraqi"],
        [("ASSAULT", "killed", {"American"}, {"Soleimani", "Iraqi"}, False, False)],
    ),
    (
        "Israeli soldiers arrested more than 100 Palestinians on Saturday.",
        ["Israeli", "Palestinians"],
        [("COERCE", "arrested", {"Israeli"}, {"Palestinians"}, False, False)],
    ),
    (
        "Dozens of Iranians have been detained at the border.",
        ["Iranians"],
        [("COERCE", "detained", set(), {"Iranians"}, False, False)],
    ),
    (
        "The protesters were arrested by French police.",
        ["French"],
        [("COERCE", "arrested", {"French"}, set(), False, False)],
    ),
    (
        "Both US President Donald Trump and Iranian leaders exchanged threats of retaliation.",
        ["Donald Trump", "Iranian"],
        [
            (
                "THREATEN",
                "exchanged threats",
                {"Donald Trump", "Iranian"},
                {"Donald Trump", "Iranian"},
                False,
                False,
            )
        ],
    ),
    (
        "The mission was launched at the request of the Iraqi government.",
        ["Iraqi"],
        [("REQUEST", "request", {"Iraqi"}, set(), False, False)],
    ),
    (
        "The assassination of General Qassem Soleimani shocked the region.",
        ["Qassem Soleimani"],
        [("ASSAULT", "assassination", set(), {"Qassem Soleimani"}, False, False)],
    ),
    (
        "Amnesty International accused the United States of violating human rights.",
        ["Amnesty International", "United States"],
        [("ACCUSE", "accused", {"Amnesty International"}, {"United States"}, False, False)],
    ),
    (
        "Russia threatened to shell Georgian towns.",
        ["Russia", "Georgian"],
        [
            ("THREATEN", "threatened", {"Russia"}, {"Georgian"}, False, False),
            ("ASSAULT", "shell", {"Russia"}, {"Georgian"}, False, True),
        ],
    ),
    (
        "Japan and China signed an agreement on trade.",
        ["Japan", "China"],
        # signing is CAMEO's own act (057, SUPPORT), kept beside the agreement it concludes
        [
            ("SUPPORT", "signed", {"Japan", "China"}, {"Japan", "China"}, False, False),
            ("AGREE", "agreement", {"Japan", "China"}, {"Japan", "China"}, False, False),
        ],
    ),
    (
        "The German chancellor met Macron in Paris.",
        ["German", "Macron"],
        [("CONSULT", "met", {"German"}, {"Macron"}, False, False)],
    ),
    (
        "Thousands of Kurds protested against the Turkish government.",
        ["Kurds", "Turkish"],
        [("PROTEST", "protested", {"Kurds"}, {"Turkish"}, False, False)],
    ),
    (
        "Greece rejected the proposal from Turkey.",
        ["Greece", "Turkey"],
        [("REJECT", "rejected", {"Greece"}, set(), False, False)],
    ),
    (
        "The European Union imposed sanctions on Belarus.",
        ["European Union", "Belarus"],
        [("SANCTION", "imposed sanctions", {"European Union"}, {"Belarus"}, False, False)],
    ),
    (
        "The United Nations will provide food aid to refugees in Liberia.",
        ["United Nations"],
        [("AID", "provide", {"United Nations"}, set(), False, True)],
    ),
    (
        "Syrian troops withdrew from Lebanon.",
        ["Syrian", "Lebanon"],
        [("RETREAT", "withdrew", {"Syrian"}, {"Lebanon"}, False, False)],
    ),
    (
        "Serbia deployed troops along the border.",
        ["Serbia"],
        [("MOBILIZE", "deployed", {"Serbia"}, set(), False, False)],
    ),
    (
        "Argentina apologized to Brazil.",  # CONCEDE as the article golds code apologies (PLOVER: SUPPORT)
        ["Argentina", "Brazil"],
        [("CONCEDE", "apologized", {"Argentina"}, {"Brazil"}, False, False)],
    ),
    (
        "The rebels released the hostages.",
        [],
        [("RETREAT", "released", set(), set(), False, False)],
    ),
    (
        "The PRC on Tuesday demanded that the US cancel the sale.",
        ["PRC", "US"],
        [("REQUEST", "demanded", {"PRC"}, {"US"}, False, False)],
    ),
    (
        "Pakistan threatened to break off relations with Congo.",
        ["Pakistan", "Congo"],
        [("THREATEN", "threatened", {"Pakistan"}, {"Congo"}, False, False)],
    ),
    (
        "The US rejected calls by Kofi Annan for reform.",
        ["US", "Kofi Annan"],
        [("REJECT", "rejected", {"US"}, {"Kofi Annan"}, False, False)],
    ),
    (
        "Rebels in the Ivory Coast blocked transport into Abidjan.",
        ["Ivory Coast", "Abidjan"],
        [("PROTEST", "blocked", {"Ivory Coast"}, set(), False, False)],
    ),
    (
        "Ukraine received military aid from Germany.",
        ["Ukraine", "Germany"],
        [("AID", "aid", {"Germany"}, {"Ukraine"}, False, False)],
    ),
    # negation
    (
        "Police did not arrest the protesters.",
        ["Police"],
        [("COERCE", "arrest", {"Police"}, set(), True, False)],
    ),
    (
        "No one will ever be arbitrarily detained at the border.",
        [],
        [("COERCE", "detained", set(), set(), True, True)],
    ),
    (
        "Russia denied that Russian jets attacked the village.",
        ["Russia", "Russian"],
        [("ASSAULT", "attacked", {"Russian"}, set(), True, False)],
    ),
    # hypothetical
    (
        "Lane would not reveal whether Canada had plans to withdraw its soldiers from Iraq.",
        ["Canada", "Iraq"],
        [("RETREAT", "withdraw", {"Canada"}, {"Iraq"}, False, True)],
    ),
    (
        "If Iran attacks, Israel will respond.",
        ["Iran", "Israel"],
        [("ASSAULT", "attacks", {"Iran"}, set(), False, True)],
    ),
    (
        "The men who attacked the convoy in Kabul will be tried.",
        ["Kabul"],
        [("ASSAULT", "attacked", set(), set(), False, False)],
    ),
    (
        "Rebels will launch an attack on Kabul.",
        ["Rebels", "Kabul"],
        [("ASSAULT", "attack", {"Rebels"}, {"Kabul"}, False, True)],
    ),
    (
        "The attack on Kabul will be investigated.",
        ["Kabul"],
        [("ASSAULT", "attack", set(), {"Kabul"}, False, False)],
    ),
    (
        "Will Moscow expel the diplomats?",
        ["Moscow"],
        [("SANCTION", "expel", {"Moscow"}, set(), False, True)],
    ),
    # a body founded to act acts for its founder: "set up / appointed a panel to investigate"; a
    # body ordered to act is its own actor
    (
        "Peru's Interior Ministry appointed a commission to investigate the shooting.",
        ["Interior Ministry"],
        [("ACCUSE", "investigate", {"Interior Ministry"}, set(), False, False)],
    ),
    (
        "The Norwegian fisheries ministry has set up a board to investigate the spill.",
        ["Norwegian fisheries ministry"],
        [("ACCUSE", "investigate", {"Norwegian fisheries ministry"}, set(), False, True)],
    ),
    (
        "The Peruvian police chief ordered Interpol to investigate the shooting.",
        ["Peruvian police chief", "Interpol"],
        [
            ("REQUEST", "ordered", {"Peruvian police chief"}, {"Interpol"}, False, False),
            ("ACCUSE", "investigate", {"Interpol"}, set(), False, True),
        ],
    ),
]

# sentence -> (type, trigger) pairs that must NOT be emitted
NEGATIVE = [
    ("Prices declined sharply in March.", ("REJECT", "declined")),
    ("Lane said the agency would not comment.", ("REJECT", "comment")),
    ("The seized passports were returned.", ("COERCE", "seized")),
    ("The minister questioned the wisdom of the policy.", ("COERCE", "questioned")),
    ("Tensions have escalated since the air raid.", ("ASSAULT", "air raid")),
    ("Labour won the election and beat the Tories.", ("COERCE", "beat")),
    ("The study demonstrated that the drug works.", ("PROTEST", "demonstrated")),
    ("Her health improved and she returned home.", ("RETREAT", "returned")),
    ("The two leaders exchanged gifts.", ("THREATEN", "exchanged")),
    ("The general ordered an attack on the town.", ("REQUEST", "ordered")),
    ("The judge summoned three witnesses.", ("ACCUSE", "summoned")),
    ("The company fired three managers at the plant.", ("ASSAULT", "fired at")),
    ("The company fired three managers on Monday.", ("ASSAULT", "fired")),
    ("The hackers violated the privacy of millions.", ("REJECT", "violated")),
    ("The hackers violated the privacy of millions.", ("ASSAULT", "violated")),
    ("The minister went on television on Monday.", ("PROTEST", "television")),
]


def _show(events, by_id):
    return [
        (e.type, e.trigger.text, [by_id[s] for s in e.source], [by_id[t] for t in e.target]) for e in events
    ]


def _on_trigger(events, by_id, trigger, expected):
    """The first event on ``trigger``, which must exist; None, after asserting that no event is
    on it, when nothing is ``expected``."""
    match = [e for e in events if e.trigger.text == trigger]
    if expected is None:
        assert not match, _show(events, by_id)
        return None
    assert match, _show(events, by_id)
    return match[0]


def _assert_coded(stage, analyse, text, names, trigger, expected):
    """The event on ``trigger`` in ``text`` has the (type, CAMEO code) ``expected``, or there is
    none when ``expected`` is None (the shape of the sense and vocabulary tables)."""
    _an, events, by_id = run(stage, analyse, text, names)
    ev = _on_trigger(events, by_id, trigger, expected)
    if ev is not None:
        assert (ev.type, ev.cameo) == expected, _show(events, by_id)


@pytest.mark.parametrize(("text", "names", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_events_table(stage, analyse, text, names, expected):
    an, events, by_id = run(stage, analyse, text, names)
    for typ, trigger, sources, targets, negated, hypothetical in expected:
        match = [e for e in events if e.type == typ and e.trigger.text == trigger]
        assert match, f"no {typ} at {trigger!r}: {_show(events, by_id)}"
        ev = match[0]
        assert {by_id[s] for s in ev.source} == sources, _show(events, by_id)
        assert {by_id[t] for t in ev.target} == targets, _show(events, by_id)
        assert ev.negated is negated
        assert ev.hypothetical is hypothetical
        assert an.text[ev.trigger.start : ev.trigger.end] == ev.trigger.text
        assert 0.0 <= ev.confidence <= 1.0


@pytest.mark.parametrize(("text", "absent"), NEGATIVE, ids=[c[0][:40] for c in NEGATIVE])
def test_events_negative(stage, analyse, text, absent):
    _an, events, _ = run(stage, analyse, text, ["army", "Labour", "Tories"])
    assert absent not in [(e.type, e.trigger.text) for e in events]


def test_ids_order_offsets_and_sentence(stage, analyse):
    text = "Police arrested two men.\n\nLater the army attacked the town and shelled the port."
    _an, events, _ = run(stage, analyse, text, ["Police", "army"])
    assert [e.id for e in events] == ["v1", "v2", "v3"]
    assert [e.trigger.text for e in events] == ["arrested", "attacked", "shelled"]
    for e in events:
        assert text[e.sentence.start : e.sentence.end] in text
        assert e.sentence.start <= e.trigger.start < e.trigger.end <= e.sentence.end
    assert text[events[1].sentence.start : events[1].sentence.end].startswith("Later")


def test_empty_inputs(stage, analyse):
    an = analyse("Rebels attacked the convoy on Friday.", published=None)
    events = stage(an, [], [], [], [], [])
    assert [(e.type, e.source, e.target) for e in events] == [("ASSAULT", (), ())]
    assert events[0].date is None and events[0].date_from is None
    assert stage(analyse(""), [], [], [], [], []) == []


def _time(text: str, word: str, value: str, nth: int = 0) -> Time:
    m = list(re.finditer(re.escape(word), text))[nth]
    return Time(m.start(), m.end(), word, type="DATE", value=value)


def _place(text: str, word: str) -> Place:
    m = re.search(re.escape(word), text)
    return Place(m.start(), m.end(), word, name=word)


# sentence, times (word, value), published -> (trigger, date, date_from)
DATES = [
    ("An air strike on Friday killed ten soldiers.", [("Friday", "2020-01-03")], "2020-01-05",
     ("killed", "2020-01-03", "text")),
    ("Police arrested two men.", [], "2020-01-05", ("arrested", "2020-01-05", "published")),
    ("Police arrested two men.", [], None, ("arrested", None, None)),
    # the saying's date is not the date of what is said
    ("The ministry said on Sunday that rebels attacked the convoy.", [("Sunday", "2020-01-05")], "2020-01-06",
     ("attacked", "2020-01-06", "published")),
    ("The ministry said on Sunday that rebels attacked the convoy on Friday.",
     [("Sunday", "2020-01-05"), ("Friday", "2020-01-03")], "2020-01-06", ("attacked", "2020-01-03", "text")),
    # "since ..." is not the date of the event it qualifies
    ("Police have detained 40 people since October.", [("October", "2019-10")], "2020-01-05",
     ("detained", "2020-01-05", "published")),
    # a nominal trigger in a causal phrase is its own event, not dated by its verb
    ("The mission was suspended on Sunday due to the assassination of Soleimani.", [("Sunday", "2020-01-05")],
     "2020-01-06", ("assassination", "2020-01-06", "published")),
    # ... but one in a circumstance of its verb shares the verb's date
    ("It was launched in October 2018 at the request of the Iraqi government.", [("October 2018", "2018-10")],
     "2020-01-05", ("request", "2018-10", "text")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "times", "published", "expected"), DATES, ids=[d[0][:40] for d in DATES])
def test_event_dates(stage, analyse, text, times, published, expected):
    tms = [_time(text, w, v) for w, v in times]
    names = ["Police", "Soleimani", "Iraqi"]
    _an, events, _ = run(stage, analyse, text, names, times=tms, published=published)
    trigger, date, date_from = expected
    ev = next(e for e in events if e.trigger.text == trigger)
    assert (ev.date, ev.date_from) == (date, date_from)


def test_event_place(stage, analyse):
    text = "Tensions in Canada rose after the raid killed two officials at Baghdad airport."
    places = [_place(text, "Canada"), _place(text, "Baghdad airport")]
    _an, events, _ = run(stage, analyse, text, [], places=places)
    ev = next(e for e in events if e.trigger.text == "killed")
    assert ev.place == 1
    text2 = "Police arrested two men in Lyon."
    _an, events, _ = run(stage, analyse, text2, ["Police"], places=[_place(text2, "Lyon")])
    assert events[0].place == 0
    _an, events, _ = run(stage, analyse, "France condemned the attack.", ["France"], places=[])
    assert events[0].place is None


def test_reported_by(stage, analyse):
    text = "The group reported that dozens of Iranians have been detained at the border."
    m = re.search("that dozens.*border", text)
    q = Quote(m.start(), m.end(), m.group(0), id="q1", kind="indirect")
    _an, events, _ = run(stage, analyse, text, ["Iranians"], quotes=[q])
    ev = next(e for e in events if e.trigger.text == "detained")
    assert ev.reported_by == "q1"
    assert ev.target


def test_event_quantities_link_counts_in_arguments(stage, analyse):
    from storyline.record import Quantity

    text = "Israeli soldiers arrested more than 100 Palestinians in Hebron."
    m = re.search("more than 100 Palestinians", text)
    q = Quantity(m.start(), m.end(), m.group(0), min=101, what="Palestinians")
    an = analyse(text)
    events = stage(an, hand_entities(text, ["Israeli", "Palestinians"]), [], [], [], [q])
    assert events[0].quantities == (0,)


def test_each_other_is_reciprocal(stage, analyse):
    text = "Armenia and Azerbaijan accused each other of shelling."
    _an, events, by_id = run(stage, analyse, text, ["Armenia", "Azerbaijan"])
    ev = next(e for e in events if e.type == "ACCUSE")
    assert {by_id[t] for t in ev.target} == {"Armenia", "Azerbaijan"}


def test_confidence_means_something(stage, analyse):
    text = "Rebels attacked the convoy. The attack by rebels was condemned. Officials may help."
    _an, events, _ = run(stage, analyse, text, ["Rebels", "rebels"])
    conf = {e.trigger.text: e.confidence for e in events}
    assert conf["attacked"] > conf["attack"]
    assert conf["attacked"] > conf["help"]


def test_lexicon_covers_all_plover_types():
    from storyline.record import PLOVER_TYPES

    entries = load_lexicon()
    assert {e.type for e in entries} == set(PLOVER_TYPES)
    assert all(e.cameo and e.cameo.isdigit() for e in entries)
    assert any(e.dependent for e in entries)  # two-word triggers


def _cameo_table() -> dict[str, str]:
    path = need_data("plover_gsr", "CAMEO2PLOVER-2021.txt")
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(\d+):\s*([A-Z]+)\s*,", line)
        if m:
            table[m.group(1)] = m.group(2)
    return table


@pytest.mark.gold
def test_lexicon_cameo_codes_match_official_table():
    table = _cameo_table()
    # documented departures from the 2021 table (see the notes column of the lexicon)
    allowed = {("163", "SANCTION"), ("055", "CONCEDE")}  # apologies: CONCEDE, as the article golds code them
    for e in load_lexicon():
        assert e.cameo in table, e
        assert table[e.cameo] == e.type or (e.cameo, e.type) in allowed, e


# --- stated intentions, refusals, demands and ultimatums (CAMEO 03, 12, 10, 13) ---------------

# sentence, entity names -> (type, trigger, cameo, sources, targets, hypothetical)
RECODED = [
    ("Japan said it will provide aid to Nepal.", ["Japan", "Nepal"],
     ("AGREE", "provide", "033", {"Japan"}, {"Nepal"}, False)),
    ("Egypt is willing to withdraw its soldiers from Yemen.", ["Egypt", "Yemen"],
     ("AGREE", "withdraw", "0356", {"Egypt"}, {"Yemen"}, False)),
    ("Hamas said it would attack Israeli towns.", ["Hamas", "Israeli"],
     ("THREATEN", "attack", "138", {"Hamas"}, {"Israeli"}, False)),
    ("Peru said it will not accept the refugees.", ["Peru"],
     ("REJECT", "accept", "120", {"Peru"}, set(), False)),
    ("Brazil said Chile must release the prisoners.", ["Brazil", "Chile"],
     ("REQUEST", "release", "105", {"Brazil"}, {"Chile"}, False)),
    ("Norway said Sweden must act.", ["Norway", "Sweden"],
     ("REQUEST", "must act", "100", {"Norway"}, {"Sweden"}, False)),
    ("Kenya said it will withdraw its troops from Somalia unless the talks resume.", ["Kenya", "Somalia"],
     ("THREATEN", "withdraw", "139", {"Kenya"}, {"Somalia"}, False)),
    # not statements of intent: a question, a "whether" clause, a bare prediction, mere possibility
    ("It is unclear whether Egypt will provide aid to Yemen.", ["Egypt", "Yemen"],
     ("AID", "provide", None, {"Egypt"}, {"Yemen"}, True)),
    ("Rebels will launch an attack on Kabul.", ["Rebels", "Kabul"],
     ("ASSAULT", "attack", None, {"Rebels"}, {"Kabul"}, True)),
    ("Officials said Chile could release the prisoners.", ["Chile"],
     ("RETREAT", "release", None, {"Chile"}, set(), True)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "expected"), RECODED, ids=[c[0][:40] for c in RECODED])
def test_stated_intentions(stage, analyse, text, names, expected):
    typ, trigger, cameo, sources, targets, hypothetical = expected
    _an, events, by_id = run(stage, analyse, text, names)
    match = [e for e in events if e.trigger.text == trigger]
    assert match, _show(events, by_id)
    ev = match[0]
    assert ev.type == typ, _show(events, by_id)
    if cameo is not None:
        assert ev.cameo == cameo
    assert {by_id[s] for s in ev.source} == sources, _show(events, by_id)
    assert {by_id[t] for t in ev.target} == targets, _show(events, by_id)
    assert ev.hypothetical is hypothetical
    assert not ev.negated


def test_intent_codes_are_in_the_official_table():
    table = _cameo_table()
    from storyline.knowledge import load_tsv

    for row in load_tsv("event_intent.tsv"):
        assert table.get(row["cameo"]) == row["new_type"], row


# sentence, entity names -> (type, trigger, sources, targets): an undertaking acted on
ACTIVITIES = [
    ("The Italian mission in Lebanon was suspended.", ["Italian", "Lebanon"],
     ("SANCTION", "suspended", {"Italian"}, {"Lebanon"})),
    ("Chad suspended its aid to Sudan.", ["Chad", "Sudan"], ("SANCTION", "suspended", {"Chad"}, {"Sudan"})),
    ("Greek troops were withdrawn from Cyprus.", ["Greek", "Cyprus"],
     ("RETREAT", "withdrawn", {"Greek"}, {"Cyprus"})),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "expected"), ACTIVITIES, ids=[c[0][:40] for c in ACTIVITIES])
def test_undertakings_acted_on(stage, analyse, text, names, expected):
    typ, trigger, sources, targets = expected
    _an, events, by_id = run(stage, analyse, text, names)
    ev = next(e for e in events if e.trigger.text == trigger)
    assert ev.type == typ
    assert ({by_id[s] for s in ev.source}, {by_id[t] for t in ev.target}) == (sources, targets)


def test_light_verb_noun_is_an_event_without_linked_actors(stage, analyse):
    _an, events, _ = run(stage, analyse, "Students staged demonstrations in the capital.", [])
    assert [(e.type, e.trigger.text) for e in events] == [("PROTEST", "demonstrations")]
    _an, events, _ = run(stage, analyse, "The demonstrations were peaceful.", [])
    assert events == []  # a mention with no actor and no predicate is not coded


# (news sentence, background sentence, names, trigger in each): background is less certain
BACKGROUND = [
    ("Police arrested the general.", "The general was a war hero and was accused of fraud.",
     ["Police"], ("arrested", "accused")),
    ("Police detained ten students.", "Police detained ten students after protests by farmers.",
     ["Police", "farmers"], ("detained", "protests")),
    ("Rebels attacked the town on Friday.", "Rebels had attacked the town.",
     ["Rebels"], ("attacked", "attacked")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("news", "background", "names", "triggers"), BACKGROUND, ids=[b[1][:40] for b in BACKGROUND]
)
def test_background_is_less_confident(stage, analyse, news, background, names, triggers):
    _an, now, _ = run(stage, analyse, news, names)
    _an, then, _ = run(stage, analyse, background, names)
    a = next(e for e in now if e.trigger.text == triggers[0])
    b = next(e for e in then if e.trigger.text == triggers[1])
    assert b.confidence < a.confidence


def test_old_dates_mark_background(stage, analyse):
    text = "Rebels attacked the town in 1998."
    old = [_time(text, "1998", "1998")]
    _an, events, _ = run(stage, analyse, text, ["Rebels"], times=old, published="2020-01-05")
    _an, fresh, _ = run(stage, analyse, "Rebels attacked the town.", ["Rebels"], published="2020-01-05")
    assert events[0].date == "1998"
    assert events[0].confidence < fresh[0].confidence


# --- scorers ---------------------------------------------------------------------------------


def test_penta_class_table():
    from storyline.evaluate.events import penta_class

    got = [
        penta_class(c)
        for c in ("010", "020", "036", "0333", "057", "073", "0874", "112", "1384", "145", "190")
    ]
    assert got == [0, 0, 1, 1, 1, 2, 2, 3, 3, 4, 4]
    assert penta_class(None) == 0 and penta_class("") == 0


def test_main_event_prefers_asserted_then_confident():
    from storyline.evaluate.events import main_event
    from storyline.record import Event, Offsets, Span

    def ev(typ, conf, hyp=False, neg=False, start=0):
        return Event(
            "",
            typ,
            Span(start, start + 1, "x"),
            Offsets(0, 9),
            confidence=conf,
            hypothetical=hyp,
            negated=neg,
        )

    assert main_event([]) is None
    assert main_event([ev("ASSAULT", 0.9, hyp=True), ev("PROTEST", 0.5)]).type == "PROTEST"
    assert main_event([ev("ASSAULT", 0.9, neg=True), ev("PROTEST", 0.5)]).type == "PROTEST"
    assert main_event([ev("ASSAULT", 0.9, hyp=True), ev("PROTEST", 0.5, hyp=True)]).type == "ASSAULT"
    assert main_event([ev("ASSAULT", 0.6, start=5), ev("PROTEST", 0.6, start=1)]).type == "PROTEST"


def test_macro_f1():
    from storyline.evaluate.events import _macro_f1

    macro, per = _macro_f1([("A", "A"), ("A", "B"), ("B", "B"), ("B", None)], ["A", "B", "C"])
    assert per == {"A": pytest.approx(2 / 3), "B": pytest.approx(0.5)}  # C is not in the gold
    assert macro == pytest.approx((2 / 3 + 0.5) / 2)


@pytest.mark.gold
@pytest.mark.slow
def test_plover_gold_records(pipeline):
    """PLOVER gold records (0.5 names read as 0.8), scored by ``storyline eval events``."""
    from storyline.evaluate.events import evaluate_plover

    res = evaluate_plover(need_data("plover_gsr"), pipeline=pipeline)
    # measured 2026-11-27 on the 215 records here: type accuracy 0.856 (0.893 where an event
    # was found), macro-F1 0.834, source 0.934, target 0.799, full match 0.660 (counting
    # linked entities, generic ones included: source 0.923, target 0.787, full 0.642); main
    # events with confidence >= 0.8 have the right type in 0.925 of 120
    assert res["records"] == 215
    assert res["type_accuracy"] > 0.80
    assert res["type_macro_f1"] > 0.76
    assert res["source_match"] > 0.85
    assert res["target_match"] > 0.72
    assert res["full_match"] > 0.55
    assert res["full_match_entities"] > 0.53
    assert res["full_match"] >= res["full_match_entities"]
    assert res["confident_0.8_type_right"] > 0.85 and res["confident_0.8_n"] > 90


WIKI_DOCS = 4
WIKI_TRIGGER_F1 = 0.35  # measured 0.44 (identification 0.50) on the first 4 dev documents
WIKI_ARGUMENT_F1 = 0.25  # measured 0.338 (0.361 on entities only, generic ones included) there


@pytest.mark.gold
def test_wikievents_triggers(pipeline):
    from storyline.evaluate.events import evaluate_wikievents

    res = evaluate_wikievents(need_data("wikievents"), pipeline=pipeline, limit=WIKI_DOCS)
    assert res["gold_triggers"] > 20
    assert res["trigger_classification"]["f1"] > WIKI_TRIGGER_F1
    assert res["trigger_classification"]["f1"] <= res["trigger_identification"]["f1"]
    assert res["argument_identification"]["f1"] > WIKI_ARGUMENT_F1
    assert res["argument_identification_entities"]["f1"] > WIKI_ARGUMENT_F1


CAMEO_SENTENCES = 150
CAMEO_MACRO_F1 = 0.65  # measured 0.809 (accuracy 0.847) on the first 150 train sentences


@pytest.mark.gold
def test_conflibert_five_way_classes(pipeline):
    from storyline.evaluate.events import evaluate_cameo

    res = evaluate_cameo(need_data("conflibert_cameo"), pipeline=pipeline, limit=CAMEO_SENTENCES)
    assert res["sentences"] == CAMEO_SENTENCES
    assert res["macro_f1"] > CAMEO_MACRO_F1
    assert set(res["f1_per_class"]) == {"0", "1", "2", "3", "4"}


def test_verbless_headline(stage, analyse):
    """A nominal trigger with no verb above it (a headline) is coded, and the walk up the
    parse to find its clause stops at the root."""
    _an, events, by_id = run(stage, analyse, "New Travel Ban on Iran", ["Iran"])
    assert [(e.type, e.trigger.text, [by_id[t] for t in e.target]) for e in events] == [
        ("COERCE", "Ban", ["Iran"])
    ]


# --- arguments found one step further, argument phrases, datelines, date bounds -------------


def run_typed(stage, analyse, text, names, *, times=(), published="2020-01-05"):
    an = analyse(text, published=published)
    ents = hand_entities(text, names)
    events = stage(an, ents, list(times), [], [], [])
    return events, {e.id: e.name for e in ents}


# sentence, entities (name -> type), trigger -> (type, sources, targets)
FURTHER = [
    # the objects of a purpose clause
    ("Students staged demonstrations on Saturday to demand reforms by Suharto's government.",
     {"Suharto": "PERSON"}, "demonstrations", ("PROTEST", set(), {"Suharto"})),
    ("Turks began a hunger strike to protest against Sweden's decision.",
     {"Turks": "NORP", "Sweden": "GPE"}, "hunger strike", ("PROTEST", {"Turks"}, {"Sweden"})),
    ("Kurds demonstrated in Kirkuk calling for independence from Iraq.",
     {"Kurds": "NORP", "Kirkuk": "GPE", "Iraq": "GPE"}, "demonstrated", ("PROTEST", {"Kurds"}, {"Iraq"})),
    # "in protest of"
    ("Refugees continued a hunger strike in protest of the Russian government's refusal.",
     {"Russian": "NORP"}, "hunger strike", ("PROTEST", set(), {"Russian"})),
    # a response targets the author of what it answers
    ("The government accepted demands from Shona rebels.",
     {"Shona": "NORP"}, "accepted demands", ("CONCEDE", set(), {"Shona"})),
    # the accused, not the addressee
    ("Lebanon complained to the United Nations over Israeli air raids.",
     {"Lebanon": "GPE", "United Nations": "ORG", "Israeli": "NORP"}, "complained",
     ("ACCUSE", {"Lebanon"}, {"Israeli"})),
    # an ultimatum targets who must comply
    ("Russia threatened to stop the talks if the United States goes ahead with the deployment.",
     {"Russia": "GPE", "United States": "GPE"}, "threatened", ("THREATEN", {"Russia"}, {"United States"})),
    # a material act with no object lands on its place
    ("Turkish authorities imposed a curfew in Cizre.",
     {"Turkish": "NORP", "Cizre": "GPE"}, "curfew", ("COERCE", {"Turkish"}, {"Cizre"})),
    # "... throughout Indonesia" belongs to the source, not the target
    ("Students throughout Indonesia staged demonstrations.",
     {"Indonesia": "GPE"}, "demonstrations", ("PROTEST", {"Indonesia"}, set())),
    # ... and where a protest happens is no one it is against
    ("Students staged demonstrations throughout Indonesia.",
     {"Indonesia": "GPE"}, "demonstrations", ("PROTEST", set(), set())),
    # a counted noun carried by a light verb, with its recipient
    ("The European Union gave Ukraine 5 million euros of aid on Monday.",
     {"European Union": "ORG", "Ukraine": "GPE"}, "aid", ("AID", {"European Union"}, {"Ukraine"})),
    ("Japan gave Kenya a package of aid.", {"Japan": "GPE", "Kenya": "GPE"}, "aid",
     ("AID", {"Japan"}, {"Kenya"})),
    # a possessive pronoun is bound by the subject of its clause
    ("The rebel group FDD insisted on its demands that Burundi's government grant more rights.",
     {"FDD": "ORG", "Burundi": "GPE"}, "demands", ("REQUEST", {"FDD"}, {"Burundi"})),
    # a pronoun subject of what a speaker says is the speaker
    ("Hamas militants said they attacked the convoy.", {"Hamas": "ORG"}, "attacked",
     ("ASSAULT", {"Hamas"}, set())),
    # a demand with a "to"-infinitive, or a clause marked by "for"
    ("A judge ordered Menem to appear in court.", {"Menem": "PERSON"}, "ordered",
     ("REQUEST", set(), {"Menem"})),
    ("The UK is pushing hard for the US to support the plan.", {"UK": "GPE", "US": "GPE"}, "pushing hard for",
     ("REQUEST", {"UK"}, {"US"})),
    # "be opposed to" is a stance, not a passive; with an agent it is a passive again
    ("Israel is opposed to French mediation.", {"Israel": "GPE", "French": "NORP"}, "opposed",
     ("REJECT", {"Israel"}, {"French"})),
    ("The plan was opposed by Israel.", {"Israel": "GPE"}, "opposed", ("REJECT", {"Israel"}, set())),
    # a protest verb that reports what was said is a verbal protest: ACCUSE
    ("Croatian authorities are failing to uphold the rights of refugees, a human rights group protested.",
     {"Croatian": "NORP"}, "protested", ("ACCUSE", set(), {"Croatian"})),
    ("Rights groups protested that Croatian authorities ignored the refugees.",
     {"Croatian": "NORP"}, "protested", ("ACCUSE", set(), {"Croatian"})),
    # ... but a demonstration is no speech
    ("Rights groups protested outside the Croatian embassy.",
     {"Croatian": "NORP"}, "protested", ("PROTEST", set(), set())),
    # a response to "the warning" / "the demand" targets who warned or demanded just before
    ("Washington threatened new sanctions on Iran on Monday. Iran rejected the warning on Tuesday.",
     {"Washington": "GPE", "Iran": "GPE"}, "rejected", ("REJECT", {"Iran"}, {"Washington"})),
    ("The rebels demanded the release of prisoners. The talks went on. The government accepted the demand.",
     {"rebels": "ORG"}, "accepted the demand", ("CONCEDE", set(), {"rebels"})),
    # ... only the type the noun names, never the responder itself, and nothing from nowhere
    ("Washington threatened new sanctions on Iran on Monday. Iran rejected the offer on Tuesday.",
     {"Washington": "GPE", "Iran": "GPE"}, "rejected", ("REJECT", {"Iran"}, set())),
    ("Iran threatened to close the strait. Iran later rejected the warning.",
     {"Iran": "GPE"}, "rejected", ("REJECT", {"Iran"}, set())),
    ("Iran rejected the warning on Tuesday.", {"Iran": "GPE"}, "rejected", ("REJECT", {"Iran"}, set())),
    # a request targets the people asked (a generic actor later), not a place or party in the act asked for
    ("The opposition urged citizens to march to the Andes Mountains.", {"Andes Mountains": "LOC"}, "urged",
     ("REQUEST", set(), set())),
    ("An Islamic body called on students to take up arms against Russia.", {"Russia": "GPE"}, "called on",
     ("REQUEST", set(), set())),
    ("The UN urged the government to protect civilians in Darfur.", {"UN": "ORG", "Darfur": "GPE"}, "urged",
     ("REQUEST", {"UN"}, set())),
    # ... a named addressee stays the target, and a thing asked for is no addressee
    ("Iran urged France to lift sanctions on Syria.", {"Iran": "GPE", "France": "GPE", "Syria": "GPE"},
     "urged", ("REQUEST", {"Iran"}, {"France"})),
    # released from an organisation: it held them; from a place or prison: where, not who
    ("Dell was released from the Department of Corrections in March.",
     {"Dell": "PERSON", "Department of Corrections": "ORG"}, "released",
     ("RETREAT", {"Department of Corrections"}, {"Dell"})),
    ("Dell was released from prison in March.", {"Dell": "PERSON"}, "released", ("RETREAT", set(), {"Dell"})),
    ("Dell was released from Kenya in March.", {"Dell": "PERSON", "Kenya": "GPE"}, "released",
     ("RETREAT", set(), {"Dell"})),
    # "went on strike": the subject strikes, against whom "against" names, or the company it is "at"
    ("The Harbour Union went on strike against Meridian Foods on Monday.",
     {"Harbour Union": "ORG", "Meridian Foods": "ORG"}, "strike",
     ("PROTEST", {"Harbour Union"}, {"Meridian Foods"})),
    ("The Harbour Union went on strike at Meridian Foods on Monday.",
     {"Harbour Union": "ORG", "Meridian Foods": "ORG"}, "strike",
     ("PROTEST", {"Harbour Union"}, {"Meridian Foods"})),
    ("Workers at Meridian Foods went on strike on Monday.", {"Meridian Foods": "ORG"}, "strike",
     ("PROTEST", set(), {"Meridian Foods"})),
    ("The Harbour Union has been on strike since March.", {"Harbour Union": "ORG"}, "strike",
     ("PROTEST", {"Harbour Union"}, set())),
    # an object complement makes a light verb a verb of naming: the strike is not its subject's
    ("Meridian Foods called the strike illegal.", {"Meridian Foods": "ORG"}, "strike",
     ("PROTEST", set(), set())),
    ("The Harbour Union called the talks a failure.", {"Harbour Union": "ORG"}, "talks",
     ("CONSULT", set(), set())),
    ("The Harbour Union called a strike against Meridian Foods.",
     {"Harbour Union": "ORG", "Meridian Foods": "ORG"}, "strike",
     ("PROTEST", {"Harbour Union"}, {"Meridian Foods"})),
    # a court's order acts through the court that issues it
    ("The High Court issued an injunction ordering the Harbour Union to end the strike.",
     {"High Court": "ORG", "Harbour Union": "ORG"}, "ordering",
     ("REQUEST", {"High Court"}, {"Harbour Union"})),
    # violating a truce is fighting (CAMEO 196), violating a ban defies it (CAMEO 128)
    ("Rebels of the Tarn Front violated the truce on Monday.", {"Tarn Front": "ORG"}, "violated",
     ("ASSAULT", {"Tarn Front"}, set())),
    ("The Tarn Front violated the ceasefire agreement signed in March.", {"Tarn Front": "ORG"}, "violated",
     ("ASSAULT", {"Tarn Front"}, set())),
    ("The Tarn Times violated a ban by the army.", {"Tarn Times": "ORG"}, "violated",
     ("REJECT", {"Tarn Times"}, set())),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "trigger", "expected"), FURTHER, ids=[c[0][:40] for c in FURTHER])
def test_arguments_one_step_further(stage, analyse, text, names, trigger, expected):
    events, by_id = run_typed(stage, analyse, text, names)
    ev = next((e for e in events if e.trigger.text == trigger), None)
    assert ev is not None, [(e.type, e.trigger.text) for e in events]
    typ, sources, targets = expected
    assert ev.type == typ
    assert {by_id[s] for s in ev.source} == sources
    assert {by_id[t] for t in ev.target} == targets


# sentence, trigger -> (source_text, target_text): the phrase where no entity is linked
PHRASES = [
    ("Many more were denied entry at the border.", "denied entry", (None, "Many more")),
    ("Tens of thousands of university students staged mass demonstrations.", "demonstrations",
     ("university students", None)),
    ("Police arrested 20 protesters on Monday.", "arrested", ("Police", "20 protesters")),
    ("Hundreds of protesters attacked the mission.", "attacked", ("protesters", "mission")),
    ("Police dispersed demonstrators protesting election results.", "protesting",
     ("demonstrators", "election results")),
    # what is given is no target; who receives it is
    ("The agency delivered 500 tons of food to refugees on Monday.", "delivered", ("agency", "refugees")),
    ("No one was detained.", "detained", (None, None)),
    # a pronoun or relative pronoun is no phrase
    ("They attacked it on Monday.", "attacked", (None, None)),
    # a bare number counts people; a year or a date does not
    ("The blast killed 13 people and wounded 71.", "wounded", ("blast", "71")),
    ("By the end of 1972, 496 had been killed.", "killed", (None, "496")),
]  # fmt: skip


# when and what kind are no actors of a nominal event; who is
NOMINAL_ACTORS = [
    ("Saturday's attack in Kabul killed two guards.", None),
    ("A terror attack in Kabul killed two guards.", None),
    ("A police raid in Kabul killed two guards.", "police"),
]


@pytest.mark.parametrize(("text", "source"), NOMINAL_ACTORS, ids=[c[0][:30] for c in NOMINAL_ACTORS])
def test_nominal_modifiers_as_actors(pipeline, text, source):
    record = pipeline.process(text, published="2020-03-07")
    (killed,) = [e for e in record.events if e.trigger.text == "killed"]
    names = [e.name for e in record.entities if e.id in killed.source]
    assert names == ([source] if source else [])
    assert all(e.name not in ("Saturday", "terror") for e in record.entities)


@pytest.mark.parametrize(("text", "trigger", "expected"), PHRASES, ids=[c[0][:40] for c in PHRASES])
def test_argument_phrases(stage, analyse, text, trigger, expected):
    an, events, _ = run(stage, analyse, text, [])
    ev = next(e for e in events if e.trigger.text == trigger)
    got = tuple(p.text if p is not None else None for p in (ev.source_text, ev.target_text))
    assert got == expected
    for p in (ev.source_text, ev.target_text):
        if p is not None:
            assert an.text[p.start : p.end] == p.text


def test_phrase_only_where_no_entity(stage, analyse):
    text = "Israeli soldiers arrested 100 Palestinians."
    _an, events, _ = run(stage, analyse, text, ["Israeli", "Palestinians"])
    assert events[0].source and events[0].target
    assert events[0].source_text is None and events[0].target_text is None


DATELINES = [
    "NAIROBI, Kenya (AP) — Police arrested 20 protesters on Monday.",
    "BAGHDAD (Reuters) - Gunmen killed five people on Sunday.",
    "LONDON — Protesters attacked police on Saturday.",
]


@pytest.mark.parametrize("text", DATELINES)
def test_dateline_is_never_an_actor(stage, analyse, text):
    city = re.match(r"[A-Z]+", text).group(0)
    events, by_id = run_typed(stage, analyse, text, {city: "GPE", "Kenya": "GPE"})
    assert events
    for e in events:
        assert not {by_id[i] for i in e.source + e.target} & {city, "Kenya"}, (e.trigger.text, e.source)


def test_dateline_keeps_the_real_subject(stage, analyse):
    text = "NAIROBI, Kenya (AP) — Kenya's president condemned the attack on Monday."
    events, by_id = run_typed(stage, analyse, text, {"NAIROBI": "GPE", "Kenya": "GPE"})
    ev = next(e for e in events if e.trigger.text == "condemned")
    assert [by_id[s] for s in ev.source] == ["Kenya"]
    assert ev.source == ("e2",)
    # the same name outside a dateline is an actor as usual
    events, by_id = run_typed(stage, analyse, "Kenya condemned the attack.", {"Kenya": "GPE"})
    assert [by_id[s] for s in events[0].source] == ["Kenya"]


def _bounded(text: str, word: str, value: str, earliest=None, latest=None) -> Time:
    m = re.search(re.escape(word), text)
    return Time(m.start(), m.end(), word, type="DATE", value=value, earliest=earliest, latest=latest)


# sentence, time (word, value, earliest, latest), published -> (date, date_from, earliest, latest)
BOUNDS = [
    # a vague date carries its bounds
    ("Police arrested 20 people last week.", ("last week", "2020-W01", "2019-12-30", "2020-01-05"),
     "2020-01-06", ("2020-W01", "text", "2019-12-30", "2020-01-05")),
    # an exact day needs none
    ("Troops attacked the town on Friday.", ("Friday", "2020-01-03", None, None), "2020-01-06",
     ("2020-01-03", "text", None, None)),
    # "since October": not before it; the date itself is only the publication day
    ("Police have detained 40 people since October.", ("October", "2019-10", None, None), "2020-01-05",
     ("2020-01-05", "published", "2019-10-01", None)),
    ("Rebels attacked the convoy after Friday.", ("Friday", "2020-01-03", None, None), "2020-01-06",
     ("2020-01-06", "published", "2020-01-04", None)),
    ("Rebels attacked the convoy before March 2019.", ("March 2019", "2019-03", "2019-03-01", "2019-03-31"),
     "2020-01-06", ("2020-01-06", "published", None, "2019-02-28")),
    # "by X": no later than X's last day; "from X": not before its first
    ("Rebels will withdraw the troops by the end of the year.",
     ("the end of the year", "2020", "2020-09-01", "2020-12-31"), "2020-01-06",
     ("2020-01-06", "published", None, "2020-12-31")),
    ("Police have detained 40 people from March 2019.", ("March 2019", "2019-03", "2019-03-01", "2019-03-31"),
     "2020-01-06", ("2020-01-06", "published", "2019-03-01", None)),
    # the publication day alone bounds nothing
    ("Police arrested two men.", None, "2020-01-05", ("2020-01-05", "published", None, None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "time", "published", "expected"), BOUNDS, ids=[b[0][:40] for b in BOUNDS])
def test_event_date_bounds(stage, analyse, text, time, published, expected):
    tms = [_bounded(text, *time)] if time else []
    _an, events, _ = run(stage, analyse, text, ["Police"], times=tms, published=published)
    ev = events[0]
    assert (ev.date, ev.date_from, ev.earliest, ev.latest) == expected


def test_scorer_matches_argument_phrases():
    from storyline.evaluate.events import actors_match
    from storyline.record import Span

    ents = [Entity(id="e1", name="Iraq", type="GPE", mentions=(Mention(0, 4, "Iraq"),))]
    assert actors_match(["Iraq"], ["e1"], ents)
    assert not actors_match(["hostage-takers"], [], ents)
    assert actors_match(["hostage-takers"], [], ents, Span(10, 24, "hostage-takers"))
    assert actors_match(["refugees fleeing the war"], [], ents, Span(0, 8, "refugees"))
    assert not actors_match(["Iraq"], [], ents, Span(0, 8, "refugees"))


def test_wikievents_arguments_count_phrases_only_where_no_entity():
    from storyline.evaluate.events import _event_args
    from storyline.record import Event, Offsets, Span

    text = "Police arrested three people in Cairo."
    ents = [Entity(id="e1", name="Police", type="ORG", mentions=(Mention(0, 6, "Police"),))]
    ev = Event(id="v1", type="COERCE", trigger=Span(7, 15, "arrested"), sentence=Offsets(0, len(text)),
               source=("e1",), source_text=None, target_text=Span(16, 28, "three people"))  # fmt: skip
    assert _event_args(ev, ents) == [(16, 28, "target"), (0, 6, "source")]
    assert _event_args(ev, ents, phrases=False) == [(0, 6, "source")]
    # a generic entity's mention is the phrase itself: one argument, not two
    generic = Entity(id="e2", name="three people", type="OTHER", mentions=(Mention(16, 28, "three people"),),
                     attributes={"generic": True})  # fmt: skip
    both = Event(id="v1", type="COERCE", trigger=Span(7, 15, "arrested"), sentence=Offsets(0, len(text)),
                 target=("e2",), target_text=Span(16, 28, "three people"))  # fmt: skip
    assert _event_args(both, [*ents, generic]) == [(16, 28, "target")]
    assert _event_args(both, [*ents, generic], phrases=False) == [(16, 28, "target")]


def test_argument_phrases_round_trip_and_export(tmp_path, pipeline):
    """The phrases survive JSON and the store, and name the actor in the POLECAT table when
    no entity is linked."""
    from storyline.record import Record
    from storyline.store import Store, polecat_rows

    record = pipeline.process("Protesters attacked the police station on Monday.", published="2020-01-06")
    ev = next(e for e in record.events if e.trigger.text == "attacked")
    assert ev.source_text is not None and ev.source_text.text == "Protesters"
    assert Record.from_json(record.to_json()) == record
    with Store(tmp_path / "t.db") as store:
        store.add(record)
        rows = [r for r in polecat_rows(store) if r["Event Type"] == "ASSAULT"]
    assert rows and rows[0]["Actor Name"] == "Protesters"
    assert rows[0]["Recipient Name"] == "police station"


# --- senses of light and ambiguous verbs by the class of their theme (event_senses.tsv) ------

# sentence, entity names, trigger -> expected (type, cameo), or None: no event at that trigger
SENSES = [
    ("Police held 12 protesters overnight in Cairo.", ["Police", "Cairo"], "held", ("COERCE", "173")),
    ("Twelve protesters were held by police.", ["police"], "held", ("COERCE", "173")),
    ("The army has been holding thousands of refugees as human shields.", ["army"], "holding",
     ("COERCE", "173")),
    ("Talks were held in early January.", [], "held", None),
    ("Iran and Iraq held talks in Geneva.", ["Iran", "Iraq", "Geneva"], "held", None),
    ("Kenya held elections last year.", ["Kenya"], "held", None),
    ("The party has held power since 1990.", [], "held", None),
    ("The rebels took 12 foreigners hostage.", [], "took", ("ASSAULT", "181")),
    ("Rebels took control of the town of Goma.", ["Goma"], "took", ("COERCE", "192")),
    ("The government took steps to ease tensions.", [], "took", None),
    ("Norway sent material to Saudi Arabia.", ["Norway", "Saudi Arabia"], "sent", ("AID", "070")),
    ("Japan sent warships to the Gulf.", ["Japan", "Gulf"], "sent", ("MOBILIZE", "154")),
    ("Uganda paid compensation to British nationals.", ["Uganda", "British"], "paid", ("RETREAT", "0842")),
    # seeking compensation or damages is a demand for economic redress (CAMEO 1031); seeking a delay is not
    ("The fishermen's union would seek damages from the shipping line.", [], "seek", ("REQUEST", "1031")),
    ("Growers claimed reparations for the flooded orchards.", [], "claimed", ("REQUEST", "1031")),
    ("The insurer had sought a delay.", [], "sought", None),
    ("Eighty UN peacekeepers were shipped out of the enclave.", ["UN"], "shipped out", ("SANCTION", "1661")),
    ("North Korea has trained more than 500 computer hackers.", ["North Korea"], "trained",
     ("MOBILIZE", "154")),
    ("Hackers defaced nearly 3,000 Danish web sites.", ["Danish"], "defaced", ("COERCE", "171")),
    ("Turkish police prevented the demonstration.", ["Turkish"], "prevented", ("COERCE", "172")),
    ("Serbia lifted a night curfew in Montenegro.", ["Serbia", "Montenegro"], "lifted", ("CONCEDE", "081")),
    ("The United States lifted sanctions on Iran.", ["United States", "Iran"], "lifted",
     ("RETREAT", "085")),
    ("Iran released two British sailors on Monday.", ["Iran", "British"], "released", ("RETREAT", "0841")),
    ("The ministry released a report on Monday.", [], "released", None),
    ("The students trained for the marathon.", [], "trained", None),
    # evacuating people is humanitarian aid; evacuating a base or settlements is a retreat
    ("Officials evacuated 800,000 people from the coast.", [], "evacuated", ("AID", "073")),
    ("Troops evacuated the base on Monday.", [], "evacuated", ("RETREAT", "0874")),
    ("The FBI was assisting Rockford police.", ["FBI", "Rockford"], "assisting", ("AID", "070")),
    ("The new rules assist in planning.", [], "assist", None),
    # moving people to safety is an evacuation, even in the agentless passive; moving troops a deployment
    ("More than 5,000 residents had been moved to shelters by Sunday.", [], "moved", ("AID", "073")),
    ("Russia moved troops to the border on Monday.", ["Russia"], "moved", ("MOBILIZE", "154")),
    ("The family moved to Canada in 2010.", ["Canada"], "moved", None),
    ("Workers moved the furniture.", [], "moved", None),
    # verbs of carrying and handing out (event_conveyance_verbs.txt, from WordNet) carry aid as
    # "send" does; what they carry decides: the injured, relief goods, a rescue team
    ("Navy helicopters airlifted 40 wounded people to the capital.", [], "airlifted", ("AID", "073")),
    ("The charity distributed blankets and rice in the camps.", [], "distributed", ("AID", "070")),
    ("Volunteers trucked food into the flooded towns.", [], "trucked", ("AID", "070")),
    ("Chile sent a rescue team to the mine.", ["Chile"], "sent", ("AID", "073")),
    ("The firm trucked gravel to the site.", [], "trucked", None),
    ("The committee distributed the agenda before the meeting.", [], "distributed", None),
    ("The police airlifted the suspect to the capital.", [], "airlifted", None),
    # closing an embassy cuts relations (CAMEO 161); closing a border is left alone (the PLOVER
    # record of one codes it FIGHT, CAMEO 191; the 2021 table COERCE)
    ("Canada closed its embassy in Tehran.", ["Canada", "Tehran"], "closed", ("SANCTION", "161")),
    ("The bakery closed its doors for good.", [], "closed", None),
    # tariffs and duties are trade sanctions (CAMEO 163); cutting them eases one (085)
    ("Ruritania imposed a 20 per cent tariff on steel from Freedonia.", ["Ruritania", "Freedonia"], "imposed",
     ("SANCTION", "163")),
    ("Freedonia slapped duties on Ruritanian cheese.", ["Freedonia", "Ruritanian"], "slapped",
     ("SANCTION", "163")),
    ("Ruritania cut tariffs on farm goods from Freedonia.", ["Ruritania", "Freedonia"], "cut",
     ("RETREAT", "085")),
    ("The firm cut costs and jobs.", [], "cut", None),
    ("The court imposed a fine on the company.", [], "imposed", None),
    # a state of emergency is imposed (CAMEO 1724); an independent state is no emergency
    ("The government declared a state of emergency in the province.", [], "declared", ("COERCE", "1724")),
    ("Rebels declared an independent state in the north.", [], "declared", None),
    # fighting a fire is firefighting, not an attack
    ("Firefighters were fighting a blaze near the village.", [], "fighting", None),
    ("Hundreds of firefighters battled the wildfire overnight.", [], "battled", None),
    ("Rebels were fighting government troops near the village.", [], "fighting", ("ASSAULT", "190")),
    # civilian aircraft, boats and fire engines sent are equipment sent as aid (event_craft_nouns.txt,
    # from WordNet); warplanes and letters are not
    ("Italy and France had each sent two water-bombing planes.", ["Italy", "France"], "sent", ("AID", "070")),
    ("Freedonia sent fishing boats and a fire engine to Ruritania.", ["Freedonia", "Ruritania"], "sent",
     ("AID", "070")),
    ("Japan sent warships to the Gulf.", ["Japan", "Gulf"], "sent", ("MOBILIZE", "154")),
    ("Russia sent warplanes to the region.", ["Russia"], "sent", None),
    ("The company sent a letter to its clients.", [], "sent", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "trigger", "expected"), SENSES, ids=[c[0][:40] for c in SENSES])
def test_verb_sense_by_theme(stage, analyse, text, names, trigger, expected):
    _assert_coded(stage, analyse, text, names, trigger, expected)


def test_held_talks_is_a_meeting_not_a_detention(stage, analyse):
    _an, events, by_id = run(stage, analyse, "Talks were held in early January.", [])
    assert [e.type for e in events] == ["CONSULT"], _show(events, by_id)
    assert events[0].trigger.text == "Talks"


def test_sense_codes_are_in_the_official_table():
    from storyline.stages.events import load_senses

    table = _cameo_table()
    # documented departure (notes of event_senses.tsv): lifting a curfew is CONCEDE 081, as the
    # PLOVER records code it; 081 itself is CONCEDE in the 2021 table
    # and imposing tariffs is SANCTION 163, as the lexicon's "impose sanction" (its documented departure)
    allowed = {("163", "SANCTION")}
    senses = [s for rows in load_senses().values() for s in rows]
    assert len(senses) > 20
    for s in senses:
        assert s.objects, s
        if s.entry is not None:
            assert table.get(s.entry.cameo) == s.entry.type or (s.entry.cameo, s.entry.type) in allowed, s


# sentence, entity names, trigger -> whether a nominal trigger with no actor is coded
SITUATED = [
    ("There was a bombing in Kabul on Friday.", ["Kabul"], "bombing", True),
    ("Monday's shooting left three people dead.", [], "shooting", True),
    ("The attack in Lahore shocked the country.", ["Lahore"], "attack", False),
    ("Other attacks followed.", [], "attacks", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "trigger", "coded"), SITUATED, ids=[c[0][:40] for c in SITUATED])
def test_nominal_event_situated_by_its_own_date_or_place(stage, analyse, text, names, trigger, coded):
    an = analyse(text, published="2020-01-05")
    ents = hand_entities(text, names)
    days = (("Friday", "2020-01-03"), ("Monday", "2019-12-30"))
    times = [_time(text, word, value) for word, value in days if word in text]
    places = [_place(text, word) for word in names]
    events = stage(an, ents, times, [], places, [])
    assert any(e.trigger.text == trigger for e in events) is coded, [(e.type, e.trigger.text) for e in events]


@pytest.mark.parametrize(
    ("value", "published", "old"),
    [("198", "2020-01-05", True), ("18", "2020-01-05", True), ("202", "2020-01-05", False),
     ("2018-06", "2020-01-05", True), ("2019-06", "2019-12-05", False), (None, "2020-01-05", False)],
)  # fmt: skip
def test_long_before_reads_decades_and_centuries(value, published, old):
    import datetime as dt

    from storyline.stages.events import _long_before

    assert _long_before(value, dt.date.fromisoformat(published)) is old


@pytest.mark.parametrize(
    ("text", "word", "value", "background"),
    [("The army shelled the city decades ago.", "decades", "PXY", True),
     ("The army shelled the city 30 years ago.", "30 years", "P30Y", True),
     ("The army shelled the city for decades.", "decades", "PXY", False),
     ("The army shelled the city hours ago.", "hours", "PTXH", False)],
)  # fmt: skip
def test_years_ago_is_background(stage, analyse, text, word, value, background):
    span = _time(text, word, value)
    dur = Time(span.start, span.end, span.text, type="DURATION", value=value)
    _an, events, _ = run(stage, analyse, text, ["army"], times=[dur])
    _an, plain, _ = run(stage, analyse, "The army shelled the city.", ["army"])
    assert (events[0].confidence < plain[0].confidence) is background


# articles coded one after another by one stage: the text it keeps for the doc being coded
# (datelines are read from it) must be that doc's, never the previous article's
SEQUENCES = [
    ["Kenya condemned the attack.", DATELINES[0], "Kenya's president condemned the attack on Monday."],
    [DATELINES[1], DATELINES[0], DATELINES[2]],
    [DATELINES[0], "NAIROBI, Kenya (AP) — Kenya's president condemned the attack on Monday."],
]


@pytest.mark.parametrize("texts", SEQUENCES)
def test_stage_codes_each_article_as_if_alone(nlp, analyse, texts):
    names = {"NAIROBI": "GPE", "BAGHDAD": "GPE", "LONDON": "GPE", "Kenya": "GPE"}
    shared = EventStage(nlp)
    for text in texts + texts[::-1]:
        alone, _ = run_typed(EventStage(nlp), analyse, text, names)
        after_others, _ = run_typed(shared, analyse, text, names)
        assert alone, text
        assert after_others == alone, text


# --- generic actors, implicit arguments, event coreference, event-anchored bounds -----------


def _events_by_trigger(record):
    """Events by trigger text (the last of a text wins), the planned act coded beside a stated
    intention on the same trigger left out: the statement is the one these tables check."""
    names = {e.id: e for e in record.entities}
    out, seen = {}, set()
    for v in record.events:
        if (v.trigger.start, v.trigger.end) not in seen:
            seen.add((v.trigger.start, v.trigger.end))
            out[v.trigger.text] = v
    return out, names


def _roles_on(pipeline, text, trigger, *, cameo=False):
    """(type, [CAMEO code,] source names, target names) of the event on ``trigger`` when the
    whole pipeline reads ``text``; None when no event is on it (the shape of the role tables)."""
    events, ents = _events_by_trigger(pipeline.process(text, published="2025-06-07"))
    ev = events.get(trigger)
    if ev is None:
        return None
    kind = (ev.type, ev.cameo) if cameo else (ev.type,)
    return (*kind, {ents[i].name for i in ev.source}, {ents[i].name for i in ev.target})


# sentence, trigger, side -> (name, type, sector, country) of each generic entity on that side
GENERIC = [
    ("Iraqi police arrested three protesters in Basra on Monday.", "arrested", "source",
     [("Iraqi police", "OTHER", "police", "IRQ")]),
    ("Iraqi police arrested three protesters in Basra on Monday.", "arrested", "target",
     [("three protesters", "OTHER", "civilian", None)]),
    ("Militants attacked the convoy near the border.", "attacked", "source",
     [("Militants", "OTHER", "rebel", None)]),
    ("The soldiers detained a 24-year-old medical student.", "detained", "source",
     [("soldiers", "OTHER", "military", None)]),
    ("The soldiers detained a 24-year-old medical student.", "detained", "target",
     [("24-year-old medical student", "PERSON", "civilian", None)]),
    ("Many more were denied entry to the country.", "denied entry", "target",
     [("Many more", "OTHER", None, None)]),
    # groups of states, sides and parties act as one
    ("The two countries signed a trade agreement on Monday.", "agreement", "source",
     [("two countries", "OTHER", "government", None)]),
    ("The paramilitary group attacked a village on Sunday.", "attacked", "source",
     [("paramilitary group", "OTHER", None, None)]),
    # "each other": the target is the source
    ("Both sides accused each other of violating the truce.", "accused", "target",
     [("Both sides", "OTHER", None, None)]),
    # negative: things are no actors, and a named target stays the entities stage's
    ("Police seized the cars.", "seized", "target", []),
    ("Rebels attacked Kabul.", "attacked", "target", []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "side", "expected"), GENERIC, ids=[f"{c[0][:30]}-{c[2]}" for c in GENERIC]
)
def test_generic_actors(pipeline, text, trigger, side, expected):
    record = pipeline.process(text, published="2020-03-06")
    events, ents = _events_by_trigger(record)
    ids = getattr(events[trigger], side)
    got = [
        (ents[i].name, ents[i].type, ents[i].actor.sector, ents[i].actor.country)
        for i in ids
        if ents[i].attributes.get("generic")
    ]
    assert got == expected
    for i in ids:
        if ents[i].attributes.get("generic"):
            assert ents[i].mentions[0].kind == "nominal"
            m = ents[i].mentions[0]
            assert record.article.text[m.start : m.end] == m.text


def test_generic_entities_come_after_the_others_and_are_reused(pipeline):
    text = "Protesters attacked a police station on Monday. Police later arrested the protesters."
    record = pipeline.process(text, published="2020-03-06")
    events, ents = _events_by_trigger(record)
    attacked, arrested = events["attacked"], events["arrested"]
    assert attacked.source == arrested.target  # one entity for "Protesters" ... "the protesters"
    protesters = ents[attacked.source[0]]
    assert [m.text for m in protesters.mentions] == ["Protesters", "protesters"]
    generic = [e.attributes.get("generic", False) for e in record.entities]
    assert generic == sorted(generic)  # the generic ones last, fresh ids
    assert len({e.id for e in record.entities}) == len(record.entities)
    assert attacked.source_text is not None and attacked.source_text.text == "Protesters"  # kept as it was


# sentence, trigger -> the generic target's name and the pronoun mention added to it (None: no target)
PRONOUNS = [
    ("The statement quoted a medical student who said she was detained for ten hours.", "detained",
     ("medical student", "she")),
    ("Dozens of students said their passports were seized.", "seized", ("students", "their")),
    # number must agree: "he" is not "the students"
    ("The students said he was detained.", "detained", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "expected"), PRONOUNS, ids=[c[0][:40] for c in PRONOUNS])
def test_pronoun_and_possessor_arguments(pipeline, text, trigger, expected):
    record = pipeline.process(text, published="2020-03-06")
    events, ents = _events_by_trigger(record)
    target = events[trigger].target
    if expected is None:
        assert target == ()
        return
    (eid,) = target
    assert ents[eid].name == expected[0]
    assert any(m.text == expected[1] and m.kind == "pronoun" for m in ents[eid].mentions)


# sentence, names -> (source, target) of the REQUEST event
REQUESTS = [
    ("NATO launched the mission at the request of Iraq.", ["NATO", "Iraq"], ({"Iraq"}, {"NATO"})),
    ("The mission was launched by NATO at Iraq's request.", ["NATO", "Iraq"], ({"Iraq"}, {"NATO"})),
    # agentless passive: the owner of the patient, "it" followed to its antecedent and that
    # noun to its earlier mention with an owner
    ("The NATO training mission was suspended. The training mission has grown since it was launched "
     "at the request of Iraq.", ["NATO", "Iraq"], ({"Iraq"}, {"NATO"})),
    # no agent and no owner: no target, never a guess
    ("The talks were held at the request of Egypt.", ["Egypt"], ({"Egypt"}, set())),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "expected"), REQUESTS, ids=[c[0][:40] for c in REQUESTS])
def test_at_the_request_of(stage, analyse, text, names, expected):
    _an, events, by_id = run(stage, analyse, text, names)
    (req,) = [e for e in events if e.type == "REQUEST"]
    assert ({by_id[i] for i in req.source}, {by_id[i] for i in req.target}) == expected


def test_event_coreference_shares_date_and_place(pipeline):
    text = (
        "Rebels condemned the assassination of General Omar Haddad. "
        "A car bomb killed Haddad in Aleppo on Tuesday."
    )
    record = pipeline.process(text, published="2020-03-06")
    events, _ents = _events_by_trigger(record)
    first, second = events["assassination"], events["killed"]
    assert second.same_as == first.id and first.same_as is None
    assert (first.date, first.date_from) == ("2020-03-03", "text")  # the date from the text wins
    assert second.date == "2020-03-03"
    assert first.place == second.place is not None  # Aleppo: a place beats none
    assert record.events[0].same_as is None  # "condemned": another event


# text, names -> whether the second event is linked to the first
COREF = [
    ("An air raid on Friday killed Haddad. The assassination of Haddad shocked the region.", ["Haddad"],
     True),
    # different targets: never the same event
    ("Troops killed Salem on Monday. The killing of Karim was condemned.", ["Salem", "Karim"], False),
    # two verbs of one sentence are two acts
    ("Police detained and interrogated the Iranians.", ["Police", "Iranians"], False),
    # the killing itself happened, whatever may come of it
    ("Troops killed Salem on Monday. The killing of Salem could be investigated.", ["Salem"], True),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "linked"), COREF, ids=[c[0][:40] for c in COREF])
def test_event_coreference_table(stage, analyse, text, names, linked):
    _an, events, _ = run(stage, analyse, text, names)
    same = [e for e in events if e.same_as is not None]
    assert bool(same) == linked
    for e in same:
        other = next(o for o in events if o.id == e.same_as)
        assert other.type == e.type and set(other.target) & set(e.target)


# text, trigger of the bounded event -> (earliest, latest)
ANCHORED = [
    ("Rebels attacked the market in Kabul on Friday. Police have arrested five men since the attack.",
     "arrested", ("2020-03-06", None)),
    ("The army attacked Homs on Monday. Diplomats had met the rebels before the attack.", "met",
     (None, "2020-03-02")),
    ("An air raid on Friday killed Haddad. Students protested in Aleppo following the killing.", "protested",
     ("2020-03-06", None)),
    # the event referred to is not in the article, or has no date from the text: no bound
    ("Police have arrested five men since the attack.", "arrested", (None, None)),
    ("Rebels attacked the market. Police have arrested five men since the attack.", "arrested", (None, None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "expected"), ANCHORED, ids=[c[0][:40] for c in ANCHORED])
def test_event_anchored_bounds(pipeline, text, trigger, expected):
    record = pipeline.process(text, published="2020-03-07")
    events, _ents = _events_by_trigger(record)
    ev = events[trigger]
    assert (ev.earliest, ev.latest) == expected
    assert ev.date_from == "published"  # a bound, not a date


# a wire dateline's place is where the day's events happened unless the sentence says otherwise
DATELINE_PLACES = [
    ("NAIROBI, Kenya (AP) — Police fired tear gas at protesters on Tuesday.", "fired", "NAIROBI"),
    ("NAIROBI, Kenya (AP) — Police fired tear gas at protesters in Mombasa on Tuesday.", "fired", "Mombasa"),
    ("Police fired tear gas at protesters on Tuesday.", "fired", None),  # no dateline
    ("GENEVA (Reuters) — Washington threatened Iran with new sanctions on Tuesday.", "threatened", None),
    ("NAIROBI, Kenya (AP) — Kenya and Uganda agreed on Tuesday to reopen the border.", "agreed", "NAIROBI"),
    ("NAIROBI, Kenya (AP) — Police arrested 20 protesters in March 2019.", "arrested", None),  # long ago
    ("NAIROBI, Kenya (AP) — Police will not arrest the protesters, the minister said.", "arrest", None),
]


@pytest.mark.parametrize(
    ("text", "trigger", "place"), DATELINE_PLACES, ids=[c[0][:50] for c in DATELINE_PLACES]
)
def test_dateline_is_the_default_place(pipeline, text, trigger, place):
    record = pipeline.process(text, published="2024-06-11")
    ev = next(e for e in record.events if e.trigger.text.startswith(trigger))
    assert (record.places[ev.place].text if ev.place is not None else None) == place


# a nationality word on a site of the country's own land or works ("at three Spanish ports") places
# the event in that country when the sentence names no place; not a raid, forces, nor a named town
NATIONAL_SITES = [
    ("The dockers' union threatened strikes at three Spanish ports on Monday.", "threatened", "Spanish"),
    ("Rebels shelled army positions on Lebanese soil on Friday.", "shelled", "Lebanese"),
    ("The union threatened strikes at both Italian factories and a plant in Graz.", "threatened", "Graz"),
    ("Two men were killed in an Israeli raid on Friday.", "killed", None),
    ("Turkish troops arrested nine smugglers in Mardin on Sunday.", "arrested", "Mardin"),
    ("Dozens of workers protested outside the Dutch embassy on Monday.", "protested", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "place"), NATIONAL_SITES, ids=[c[0][:50] for c in NATIONAL_SITES]
)
def test_national_site_places_the_event(pipeline, text, trigger, place):
    record = pipeline.process(text, published="2024-06-11")
    ev = next(e for e in record.events if e.trigger.text.startswith(trigger))
    assert (record.places[ev.place].text if ev.place is not None else None) == place


# an act done on the spot, in a sentence naming no place, happens at the one place the sentence
# before sets its scene in; not what is said, not when that sentence names two places
SCENES = [
    ("Outside the stadium in Kumasi, fans chanted. Police said three men were arrested after a fight.",
     "arrested", "Kumasi"),
    ("Outside the stadium in Kumasi, fans chanted for an hour. The league's chairman condemned the violence.",
     "condemned", None),
    ("Fans gathered in Kumasi and in Tamale on Saturday. Police said three men were arrested after a fight.",
     "arrested", None),
    ("Fans gathered in Kumasi on Saturday. Police arrested three men in Tamale after a fight.",
     "arrested", "Tamale"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "place"), SCENES, ids=[c[0][:60] for c in SCENES])
def test_scene_of_the_sentence_before(pipeline, text, trigger, place):
    record = pipeline.process(text, published="2024-06-11")
    ev = next(e for e in record.events if e.trigger.text.startswith(trigger))
    assert (record.places[ev.place].text if ev.place is not None else None) == place


# (text, trigger, source names, target names): arguments one syntactic step away
ARGUMENT_ROLES = [
    (
        "Police fired tear gas and live rounds at thousands of protesters.",
        "fired",
        ["Police"],
        ["protesters"],
    ),
    ("Police said two people were arrested after a scuffle.", "arrested", ["Police"], ["two people"]),
    ("Witnesses said two people were arrested after a scuffle.", "arrested", [], ["two people"]),
    ("Police said two people were injured in a scuffle.", "injured", [], ["two people"]),
    ("The Philippines accused China of ramming a supply boat.", "ramming", ["China"], []),
    ("The IAEA passed a resolution censuring Iran.", "censuring", ["IAEA"], ["Iran"]),
    ("Demonstrators protesting the vote blocked the road.", "protesting", ["Demonstrators"], []),
    ("The ministry said it had summoned the Chinese ambassador.", "summoned", ["ministry"], ["ambassador"]),
]


@pytest.mark.parametrize(
    ("text", "trigger", "sources", "targets"), ARGUMENT_ROLES, ids=[c[0][:50] for c in ARGUMENT_ROLES]
)
def test_argument_roles(pipeline, text, trigger, sources, targets):
    record = pipeline.process(text, published="2024-06-11")
    names = {e.id: e.name for e in record.entities}
    events = [e for e in record.events if e.trigger.text.startswith(trigger)]
    assert events, [e.trigger.text for e in record.events]
    got = [([names[i] for i in e.source], [names[i] for i in e.target]) for e in events]
    assert any(
        all(any(s.lower() in n.lower() for n in src) for s in sources)
        and (sources or not src)
        and all(any(t.lower() in n.lower() for n in tgt) for t in targets)
        for src, tgt in got
    ), got


# (text, trigger, date): a date shared along a coordination or from the act that issues a document
SHARED_DATES = [
    ("The prime minister visited Khulna on Monday and promised compensation.", "promised", "2024-05-27"),
    ("The prime minister visited Khulna on Monday and she promised compensation.", "promised", "2024-05-28"),
    ("The agency passed a resolution last month censuring Iran.", "censuring", "2024-04"),
]


@pytest.mark.parametrize(("text", "trigger", "date"), SHARED_DATES, ids=[c[0][:50] for c in SHARED_DATES])
def test_shared_dates(pipeline, text, trigger, date):
    record = pipeline.process(text, published="2024-05-28")
    ev = next(e for e in record.events if e.trigger.text.startswith(trigger))
    assert ev.date == date


# (text, trigger, date): a day from a later sentence that takes the event up again as its
# definite subject ("The strike hit ... on Sunday"), not from a report or another act
TAKEN_UP_DATES = [
    (
        "A Kenyan air strike killed 12 civilians, elders said on Tuesday. "
        "The strike hit a market in the early hours of Sunday.",
        "killed",
        "2025-09-07",
    ),
    (
        "Gunmen attacked a police post in Kano, officials said on Wednesday. "
        "The attack came on Saturday night, when most officers were asleep.",
        "attacked",
        "2025-09-06",
    ),
    (
        "Rebels shelled the town of Kidal, residents said. The shelling began on Friday.",
        "shelled",
        "2025-09-05",
    ),
    (
        "A bomb attack killed five soldiers near Gao, the army said on Tuesday. "
        "The attack was condemned by the United Nations on Monday.",
        "killed",
        "2025-09-10",
    ),
    (
        "Troops raided a camp near Mopti, the army said. Two suspects were arrested. "
        "The raid was reported by local radio on Monday.",
        "raided",
        "2025-09-10",
    ),
    (
        "Police arrested 20 protesters in Harare, a rights group said. The protest had begun on Friday.",
        "arrested",
        "2025-09-10",
    ),
]


@pytest.mark.parametrize(("text", "trigger", "date"), TAKEN_UP_DATES, ids=[c[0][:50] for c in TAKEN_UP_DATES])
def test_day_from_a_sentence_that_takes_the_event_up(pipeline, text, trigger, date):
    record = pipeline.process(text, published="2025-09-10")
    ev = next(e for e in record.events if e.trigger.text.startswith(trigger))
    assert ev.date == date


# sentence -> the names of the source of "rejected", and whether the possessor is among them
POSSESSED = [
    # the record names the person's party: "his party" is that party
    ("Kofi Mensah of the New Patriotic Party lost the vote. His party rejected the results on Monday.",
     ["New Patriotic Party"]),
    # no party named: the phrase stays a generic actor, never the person who owns it
    ("Kofi Mensah lost the vote. His party rejected the results on Monday.", ["His party"]),
    ("Kofi Mensah was arrested. His supporters rejected the charges on Monday.", ["His supporters"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), POSSESSED, ids=[c[0][:40] for c in POSSESSED])
def test_possessive_pronoun_group_is_not_its_owner(pipeline, text, expected):
    record = pipeline.process(text, published="2020-03-06")
    events, ents = _events_by_trigger(record)
    assert [ents[i].name for i in events["rejected"].source] == expected


# (text, trigger, source names, target names, names on neither side): arguments of
# participle clauses, "including" lists, passive light verbs and the people an attack is on
ARGUMENT_SIDES = [
    # a participle clause's act is its main verb's subject's ("..., killing four villagers")
    ("Rebel fighters shelled the town of Kidal on Monday, killing four villagers.", "killing",
     ["Rebel fighters"], ["four villagers"], []),
    # after a passive, the patient is never the source
    ("The hotel in Mopti was hit on Sunday, killing two guests.", "killing", [], ["two guests"], ["hotel"]),
    # only the verb just before: "wounding" hangs on "exploded", not on the police's "searching"
    ("Police are searching for a man who left a bag that exploded on Friday, wounding 13 people.",
     "wounding", [], ["13 people"], ["Police"]),
    # the members named after "including" are arguments of the same side
    ("Police arrested 12 people, including Amina Diallo and Joseph Mensah, on Sunday.", "arrested",
     ["Police"], ["Amina Diallo", "Joseph Mensah"], []),
    ("Several activists were detained, including Amina Diallo.", "detained", [], ["Amina Diallo"], []),
    ("Police arrested Amina Diallo and questioned her lawyer, including about the protest.", "arrested",
     ["Police"], ["Amina Diallo"], ["protest"]),
    # a passive light verb: the agent acts, the one given it is the target
    ("The striking workers were given an ultimatum by Halden Steel on Monday.", "ultimatum",
     ["Halden Steel"], ["striking workers"], []),
    ("Warnings were given to the Red Cross by the militia.", "Warnings", ["militia"], ["Red Cross"], []),
    # a particle's object is who is called on, before any entity in what they are asked to do
    ("The council called on Christians to march against the Ministry of Justice.", "called on",
     ["council"], ["Christians"], ["Ministry of Justice"]),
    # the people wounded are the target, not the city of the street they were on
    ("Soldiers wounded 13 people on a street in the city of Lyon.", "wounded", ["Soldiers"],
     ["13 people"], ["Lyon"]),
    # a date is when, never who: "clashes on Friday"
    ("Police fought protesters in clashes on Friday.", "clashes", [], [], ["Friday"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "sources", "targets", "absent"),
    ARGUMENT_SIDES,
    ids=[c[0][:50] for c in ARGUMENT_SIDES],
)
def test_argument_sides(pipeline, text, trigger, sources, targets, absent):
    record = pipeline.process(text, published="2024-06-11")
    names = {e.id: e.name for e in record.entities}
    ev = next(e for e in record.events if e.trigger.text.startswith(trigger))
    phrase = {"source": ev.source_text, "target": ev.target_text}
    src = [names[i] for i in ev.source] + ([phrase["source"].text] if phrase["source"] else [])
    tgt = [names[i] for i in ev.target] + ([phrase["target"].text] if phrase["target"] else [])
    for want, got in ((sources, src), (targets, tgt)):
        assert all(any(w.lower() in g.lower() for g in got) for w in want), (src, tgt)
    assert sources or not ev.source, (src, tgt)
    assert not any(a.lower() in g.lower() for a in absent for g in src + tgt), (src, tgt)


# (text, trigger, source phrase): what an attack is made with is no source phrase; an actor is
INSTRUMENTS = [
    ("Twin bombs exploded near the finish line of the race.", "exploded", None),
    ("Three soldiers were killed by an improvised explosive device near Gao.", "killed", None),
    ("A car bomb killed nine people in the market.", "killed", None),
    ("Three soldiers were killed by gunmen near Gao.", "killed", "gunmen"),
    ("Unknown attackers killed nine people in the market.", "killed", "Unknown attackers"),
]


@pytest.mark.parametrize(("text", "trigger", "phrase"), INSTRUMENTS, ids=[c[0][:40] for c in INSTRUMENTS])
def test_instrument_is_no_source(stage, analyse, text, trigger, phrase):
    _, events, _ = run(stage, analyse, text, [])
    ev = next(e for e in events if e.trigger.text.startswith(trigger))
    assert (ev.source_text.text if ev.source_text else None) == phrase


# (text, trigger, date): a date closing a coordination dates its first verb, unless the next
# verb is told apart in time ("later") or the first has a date of its own
COORDINATED_DATES = [
    ("Police said 61 people were arrested and 14 officers were injured in clashes on Friday.", "arrested",
     "2025-06-27"),
    ("Troops shelled the village and killed five civilians on Monday.", "shelled", "2025-06-23"),
    ("Two men were detained and later charged with arson on Tuesday, police said.", "detained", "2025-06-28"),
    ("Troops shelled the village in May and killed five civilians on Monday.", "shelled", "2025-05"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "date"), COORDINATED_DATES, ids=[c[0][:50] for c in COORDINATED_DATES]
)
def test_date_closing_a_coordination(pipeline, text, trigger, date):
    record = pipeline.process(text, published="2025-06-28")
    ev = next(e for e in record.events if e.trigger.text.startswith(trigger))
    assert ev.date == date


# (text, trigger, date): an undated past act takes the day of the story told in the two
# sentences before it; a date of its own, the present perfect or a month leave it alone
NARRATED_DATES = [
    ("Officers were called to the bank at about 2:15 p.m. on Wednesday. "
     "A guard was shot as he tried to stop the robbers.", "shot", "2025-06-25"),
    ("Troops shelled Kidal on Wednesday. Rebels attacked a convoy on Friday.", "attacked", "2025-06-27"),
    ("Police arrested five men on Wednesday. The men have been charged with robbery.", "charged",
     "2025-06-28"),
    ("Troops shelled Kidal in May. Rebels attacked a convoy.", "attacked", "2025-06-28"),
    ("Troops shelled Kidal on Wednesday. The town is quiet. Aid is scarce. Rebels attacked a convoy.",
     "attacked", "2025-06-28"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "date"), NARRATED_DATES, ids=[c[0][:50] for c in NARRATED_DATES])
def test_day_from_the_story_told_before(pipeline, text, trigger, date):
    record = pipeline.process(text, published="2025-06-28")
    ev = next(e for e in record.events if e.trigger.text.startswith(trigger))
    assert ev.date == date


def test_craft_nouns_are_civilian():
    from storyline.knowledge import load_lines

    craft = set(load_lines("event_craft_nouns.txt"))
    assert {"plane", "helicopter", "lifeboat", "fire engine", "ferry"} <= craft
    assert not {"warplane", "warship", "bomber", "tank", "truck", "letter"} & craft


# (text, names) -> (type, cameo, sources, targets) of the trigger, or None for no event there:
# a court's sentence is imprisonment (CAMEO 173, PLOVER COERCE), as "jailed" is
SENTENCES = [
    ("A federal court on Friday sentenced Juan Perez to eight years in prison.",
     ["federal court", "Juan Perez"], "sentenced", ("COERCE", "173", {"federal court"}, {"Juan Perez"})),
    ("Juan Perez was sentenced to life in prison on Monday.", ["Juan Perez"], "sentenced",
     ("COERCE", "173", set(), {"Juan Perez"})),
    ("A judge handed Maria Lopez a suspended sentence.", ["judge", "Maria Lopez"], "handed",
     ("COERCE", "173", {"judge"}, {"Maria Lopez"})),
    ("The court gave Maria Lopez a three-year prison term.", ["court", "Maria Lopez"], "gave",
     ("COERCE", "173", {"court"}, {"Maria Lopez"})),
    ("The former mayor was jailed for life on Tuesday.", [], "jailed", ("COERCE", "173", set(), set())),
    ("The teacher wrote a long sentence on the board.", [], "wrote", None),
    ("The judge handed the file to the clerk.", [], "handed", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "names", "trigger", "expected"), SENTENCES, ids=[c[0][:40] for c in SENTENCES]
)
def test_sentencing_is_imprisonment(stage, analyse, text, names, trigger, expected):
    _an, events, by_id = run(stage, analyse, text, names)
    ev = _on_trigger(events, by_id, trigger, expected)
    if ev is not None:
        got = (ev.type, ev.cameo, {by_id[i] for i in ev.source}, {by_id[i] for i in ev.target})
        assert got == expected, _show(events, by_id)


# (text, names) -> (type, cameo, sources, targets): "will not be pressured into X-ing" is a
# refusal to yield (CAMEO 124) by the one pressed; pressure that worked, or no gerund, is not
RESISTED = [
    ("Ruritania will not be pressured into overturning the decision.", ["Ruritania"], "pressured",
     ("REJECT", "124", {"Ruritania"}, set())),
    ("Ruritania said it would not be pressured by Freedonia into lifting the ban.",
     ["Ruritania", "Freedonia"], "pressured", ("REJECT", "124", {"Ruritania"}, {"Freedonia"})),
    ("Ruritania was pressured into lifting the ban.", ["Ruritania"], "pressured",
     ("REQUEST", "100", set(), {"Ruritania"})),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "names", "trigger", "expected"), RESISTED, ids=[c[0][:40] for c in RESISTED]
)
def test_refusing_to_be_pressured(stage, analyse, text, names, trigger, expected):
    _an, events, by_id = run(stage, analyse, text, names)
    (ev,) = [e for e in events if e.trigger.text == trigger]
    got = (ev.type, ev.cameo, {by_id[i] for i in ev.source}, {by_id[i] for i in ev.target})
    assert got == expected, _show(events, by_id)
    assert not ev.negated


# (text, trigger, place name, whether the place is among the sources): a place owning a
# happening ("Greece's wildfire") is where it happened, and people "of" a place ("residents of
# Marseille") act themselves; a place owning a body ("Greece's army") or a government "of" a
# place still acts
PLACE_OWNERS = [
    # (a train crash is no attack at all: tests/test_events_accidents_and_things.py)
    ("Greece's worst unrest in decades killed 57 people.", "killed", "Greece", False),
    ("Greece's army killed 104 people.", "killed", "Greece", True),  # through its army, an actor of GRC
    ("Residents of Marseille accused the mayor of lying.", "accused", "Marseille", False),
    ("The government of Iraq accused Iran of meddling.", "accused", "Iraq", True),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "place", "source"), PLACE_OWNERS, ids=[c[0][:40] for c in PLACE_OWNERS]
)
def test_place_owner_is_no_source_of_a_happening(pipeline, text, trigger, place, source):
    record = pipeline.process(text, published="2020-03-06")
    events, ents = _events_by_trigger(record)
    assert any(p.text == place for p in record.places)
    code = next((e.actor.country for e in record.entities if e.name == place and e.actor), None)
    sources = [ents[i] for i in events[trigger].source]
    # the place acts itself, or a body of its country does ("Greece's army": an ORG whose actor is GRC)
    acting = any(
        e.name == place or (code and e.type == "ORG" and e.actor and e.actor.country == code) for e in sources
    )
    assert acting is source


def _side(record, ev, side):
    """The names of one side of an event: linked entities, else the argument phrase."""
    names = {e.id: e.name for e in record.entities}
    phrase = ev.source_text if side == "source" else ev.target_text
    ids = ev.source if side == "source" else ev.target
    return [names[i] for i in ids] + ([phrase.text] if phrase else [])


# (text, trigger, seat, actor word, event place): a state body, people or forces named with their
# seat ("a federal court in Buenos Aires", "Demonstrators in Baghdad") are one actor, named so as
# the PLOVER records name them, with the seat's country; the seat is where they acted, never a
# second source. actor word None: the seat is among the sources.
SEATS = [
    ("A federal court in Buenos Aires on Friday sentenced Juan Perez to eight years in prison.",
     "sentenced", "Buenos Aires", "court", "Buenos Aires"),
    ("The foreign ministry in Jakarta condemned the decision on Tuesday.", "condemned", "Jakarta",
     "ministry", "Jakarta"),
    ("Demonstrators in Baghdad blocked a road on Tuesday.", "blocked", "Baghdad", "Demonstrators", "Baghdad"),
    ("The rebels in Goma attacked a convoy on Tuesday.", "attacked", "Goma", "rebels", "Goma"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "seat", "actor", "where"), SEATS, ids=[c[0][:40] for c in SEATS])
def test_a_body_and_its_seat_are_one_actor(pipeline, text, trigger, seat, actor, where):
    record = pipeline.process(text, published="2025-03-07")
    events, ents = _events_by_trigger(record)
    ev = events[trigger]
    sources = [ents[i] for i in ev.source]
    assert (seat in {e.name for e in sources}) is (actor is None), _side(record, ev, "source")
    if actor is not None:
        (body,) = [e for e in sources if actor in e.name]
        seat_country = next(e.actor.country for e in record.entities if e.name == seat)
        assert body.actor is not None and body.actor.country == seat_country
    if where is not None:
        assert ev.place is not None and record.places[ev.place].text == where


# A coercion no clause gives an agent takes the one who rules or orders it ("..., the court
# ruled"); a house arrest in another town is not the sentencing told before (no same_as).
RULED = [
    ("A court in Lima sentenced Juan Perez to eight years in prison on Friday. Perez will remain "
     "under house arrest in Cusco until the appeal is heard, the court ruled.", "arrest", ["court"]),
    ("Juan Perez must be detained until his trial, the judge ruled.", "detained", ["judge"]),
    ("Juan Perez will remain under house arrest until the appeal is heard, his lawyer said.", "arrest", []),
    ("Two protesters were arrested on Friday, a police spokesman said.", "arrested", ["police"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "sources"), RULED, ids=[c[0][-40:] for c in RULED])
def test_agent_of_a_ruled_coercion(pipeline, text, trigger, sources):
    record = pipeline.process(text, published="2025-03-07")
    ev = next(e for e in record.events if e.trigger.text.endswith(trigger))
    got = _side(record, ev, "source")
    assert all(any(s in g for g in got) for s in sources) and (sources or not got), got
    assert ev.same_as is None


# (text, trigger, whether it is a protest): a gathering whose purpose is a protest is the
# protest (CAMEO 141), one event; a gathering for anything else is none
GATHERINGS = [
    ("Hundreds of residents gathered outside the station to protest the closure.", "gathered", True),
    ("More than 3,000 people gathered for peaceful protests in Istanbul.", "gathered", True),
    ("Dozens of nurses assembled in front of the ministry to protest against pay cuts.", "assembled", True),
    ("EU leaders gathered at a beachside resort for the summit.", "gathered", False),
    ("Relatives gathered outside the hospital to wait for news.", "gathered", False),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "protest"), GATHERINGS, ids=[c[0][:40] for c in GATHERINGS])
def test_a_gathering_to_protest_is_a_protest(stage, analyse, text, trigger, protest):
    _an, events, by_id = run(stage, analyse, text, [])
    here = [e for e in events if e.trigger.text == trigger]
    if not protest:
        assert not here, _show(events, by_id)
        return
    assert [(e.type, e.cameo) for e in here] == [("PROTEST", "141")], _show(events, by_id)
    assert [e.trigger.text for e in events if e.type == "PROTEST"] == [trigger], _show(events, by_id)
    assert here[0].source_text is not None


# "regrets"/"laments" a decision is disapproval (CAMEO 111, PLOVER ACCUSE), as "deplores";
# regretting a loss is sympathy or an apology, not coded
REGRETS = [
    ("Canberra regrets the decision.", ["Canberra"], "regrets", ("ACCUSE", "111")),
    ("The minister lamented the ruling on Friday.", [], "lamented", ("ACCUSE", "111")),
    ("The government deplores the attack.", [], "deplores", ("ACCUSE", "111")),
    ("The company regrets the loss of life.", [], "regrets", None),
    # an inquiry ordered is an investigation (CAMEO 090, PLOVER 0.5 INVESTIGATE read as ACCUSE)
    ("The minister ordered an inquiry into the shooting.", [], "inquiry", ("ACCUSE", "090")),
    ("She regretted her remarks about the team.", [], "regretted", ("ACCUSE", "111")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "trigger", "expected"), REGRETS, ids=[c[0][:40] for c in REGRETS])
def test_regret_is_disapproval(stage, analyse, text, names, trigger, expected):
    _assert_coded(stage, analyse, text, names, trigger, expected)


# (text, trigger, type, target, place): what is sent "to" a country as aid goes to it as the
# recipient, not the place of the act ("to" parsed as a dative too); troops sent go there
SENT = [
    ("Italy and France sent two water-bombing planes to Greece on Monday.", "sent", "AID", "Greece", None),
    ("Japan sent 50 tonnes of rice to Haiti.", "sent", "AID", "Haiti", None),
    ("Germany sent aid to Greece on Monday.", "sent aid", "AID", "Greece", None),
    ("Turkey sent troops to Syria on Monday.", "sent troops", "MOBILIZE", "Syria", "Syria"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "typ", "target", "place"), SENT, ids=[c[0][:40] for c in SENT])
def test_sent_to_a_country_is_its_recipient(pipeline, text, trigger, typ, target, place):
    record = pipeline.process(text, published="2025-03-07")
    events, ents = _events_by_trigger(record)
    ev = events[trigger]
    assert ev.type == typ
    assert [ents[i].name for i in ev.target] == [target]
    assert (record.places[ev.place].text if ev.place is not None else None) == place


def test_a_letter_sent_is_no_aid(stage, analyse):
    _an, events, by_id = run(
        stage, analyse, "The company sent 50 letters to its clients in Haiti.", ["Haiti"]
    )
    assert not [e for e in events if e.trigger.text.startswith("sent")], _show(events, by_id)


# (text, trigger) -> (type, cameo, sources, targets) on the pipeline's entities: a chargé
# d'affaires summoned is a diplomatic protest; the actor's own envoy recalled "from X" is no
# target, X is; people seized by force are abducted, by the police arrested, goods confiscated
DIPLOMATS_AND_SEIZURES = [
    ("Germany summoned Russia's chargé d'affaires on Thursday.", "summoned",
     ("ACCUSE", "111", {"Germany"}, {"Russia"})),
    ("Freedonia recalled its ambassador from Belgium on Monday.", "recalled",
     ("SANCTION", "161", {"Freedonia"}, {"Belgium"})),
    ("Gunmen seized five workers near the border on Friday.", "seized", ("ASSAULT", "181", set(), set())),
    ("Police seized three suspects on Friday.", "seized", ("COERCE", "173", set(), set())),
    ("The guards seized two tonnes of cocaine at the port.", "seized", ("COERCE", "1711", set(), set())),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "expected"), DIPLOMATS_AND_SEIZURES, ids=[c[0][:40] for c in DIPLOMATS_AND_SEIZURES]
)
def test_diplomats_and_seizures(pipeline, text, trigger, expected):
    record = pipeline.process(text, published="2025-03-07")
    events, ents = _events_by_trigger(record)
    ev = events[trigger]
    named = {i: e.name for i, e in ents.items() if not e.attributes.get("generic")}
    got = (
        ev.type,
        ev.cameo,
        {named[i] for i in ev.source if i in named},
        {named[i] for i in ev.target if i in named},
    )
    assert got == expected


# "<person noun> for <place>, <name>,": the parser hangs the name on the place, but it names the
# person (the source), and the place is no actor; a plain "senator for Queensland" keeps the place
MISPLACED_NAMES = [
    ("The member for Madang, Maria Tanu, accused the national government of ignoring warnings.", "Maria Tanu",
     "Madang"),
    ("The senator for Queensland, Maria Tanu, accused the government of lying.", "Maria Tanu", "Queensland"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "person", "place"), MISPLACED_NAMES, ids=[c[0][:40] for c in MISPLACED_NAMES]
)
def test_name_after_a_place_names_the_person(pipeline, text, person, place):
    record = pipeline.process(text, published="2025-03-07")
    events, ents = _events_by_trigger(record)
    sources = {ents[i].name for i in events["accused"].source}
    assert person in sources and place not in sources, sources


def test_senator_for_a_place_without_a_name_keeps_the_place(pipeline):
    record = pipeline.process(
        "The senator for Queensland accused the government of lying.", published="2025-03-07"
    )
    events, ents = _events_by_trigger(record)
    assert "Queensland" in {ents[i].name for i in events["accused"].source}


# a finite verb the parser coordinates with an infinitive ("ordered X to leave and summoned Y")
# shares the subject and day of the infinitive's governor, not the object told to act
COORDINATED_WITH_AN_INFINITIVE = [
    ("Poland on Thursday ordered a Russian diplomat to leave the country and summoned Russia's ambassador.",
     "summoned", "Poland", "2025-02-27"),
    ("The police told the crowd to leave and arrested three men.", "arrested", "police", None),
    ("Senator Ana Ruiz said the minister cannot stay in office and called for an inquiry.", "called for",
     "Ana Ruiz", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "source", "date"),
    COORDINATED_WITH_AN_INFINITIVE,
    ids=[c[0][:40] for c in COORDINATED_WITH_AN_INFINITIVE],
)
def test_verb_coordinated_with_an_infinitive(pipeline, text, trigger, source, date):
    record = pipeline.process(text, published="2025-03-03")
    events, ents = _events_by_trigger(record)
    ev = events[trigger]
    assert source in {ents[i].name for i in ev.source}, _side(record, ev, "source")
    assert not ev.hypothetical  # the modal of the clause it was hung on is not its own
    if date is not None:
        assert (ev.date, ev.date_from) == (date, "text")


@pytest.mark.parametrize(
    ("text", "verb", "partner"),
    [
        ("Police ordered the protesters to disperse and go home.", "go", "disperse"),
        ("Police ordered the protesters to disperse and arrested three men.", "arrested", "ordered"),
        ("The army shelled the town and killed five people.", "killed", "shelled"),
    ],
)
def test_partner_of_a_coordinated_verb(nlp, text, verb, partner):
    doc = nlp(text)
    tok = next(t for t in doc if t.text == verb)
    assert _partner(tok).text == partner


# (text, names, trigger) -> (type, cameo) or None: crowd-control rounds fired are violent
# repression (CAMEO 175); people recaptured, named or a bare count of them, are taken back into
# custody (173); workers fired, a town recaptured, code nothing of these rows
REPRESSION_AND_RECAPTURE = [
    ("Riot police fired tear gas and water cannon to disperse the march.", [], "fired", ("ASSAULT", "175")),
    ("The company fired 20 workers on Monday.", [], "fired", None),
    ("The warden said 9 were recaptured on Sunday.", [], "recaptured", ("COERCE", "173")),
    ("Police recaptured two fugitives on Friday.", [], "recaptured", ("COERCE", "173")),
    ("The army recaptured the town of Kidal.", ["Kidal"], "recaptured", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "names", "trigger", "expected"),
    REPRESSION_AND_RECAPTURE,
    ids=[c[0][:40] for c in REPRESSION_AND_RECAPTURE],
)
def test_repression_and_recapture(stage, analyse, text, names, trigger, expected):
    _assert_coded(stage, analyse, text, names, trigger, expected)


# (text, trigger) -> (type, cameo, sources, targets) on the pipeline's entities, or None for no
# event there: an offer of aid on condition of a request is an intent to aid (CAMEO 033, PLOVER
# AGREE) and whoever asks is the recipient, as for aid sent after a request; a promised reprisal
# is a threat (131 non-force, 138 force); a border closed is a restriction of movement (CAMEO 191,
# PLOVER 0.8 COERCE); standing with someone is support (051), standing with one's own on a
# balcony is not
OFFERS_THREATS_BORDERS = [
    ("Chile said it was ready to send a team of engineers if Peru asked for help.", "send",
     ("AGREE", "033", {"Chile"}, {"Peru"})),
    ("Chile sent two cargo planes to the region after Peru requested help.", "sent",
     ("AID", "070", {"Chile"}, {"Peru"})),
    ("Chile sent two cargo planes after the storm hit Peru.", "sent", ("AID", "070", {"Chile"}, set())),
    ("Chile offered to send a team of its Civil Defence Force.", "offered",
     ("AGREE", "030", {"Chile"}, set())),
    ("Ghana said it would give a mirror response.", "mirror response", ("THREATEN", "131", {"Ghana"}, set())),
    ("The rebels vowed to retaliate against Togo.", "retaliate", ("THREATEN", "138", set(), {"Togo"})),
    ("Ghana would give a response to the proposal on Monday.", "response", None),
    ("Ghana closed its border crossings with Togo on Tuesday.", "closed",
     ("COERCE", "191", {"Ghana"}, {"Togo"})),
    ("Togo sealed the border on Friday.", "sealed", ("COERCE", "191", {"Togo"}, set())),
    ("The shop closed its doors on Tuesday.", "closed", None),
    ("Ghana said it stood with Togo.", "stood with", ("SUPPORT", "051", {"Ghana"}, {"Togo"})),
    ("France expressed solidarity with Lebanon.", "solidarity", ("SUPPORT", "051", {"France"}, {"Lebanon"})),
    ("The president stood with his wife on the balcony.", "stood", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "expected"), OFFERS_THREATS_BORDERS, ids=[c[0][:40] for c in OFFERS_THREATS_BORDERS]
)
def test_offers_threats_borders_and_stances(pipeline, text, trigger, expected):
    record = pipeline.process(text, published="2025-06-07")
    events, ents = _events_by_trigger(record)
    here = [e for e in record.events if e.trigger.text.startswith(trigger)]
    if expected is None:
        assert not here, [(e.type, e.trigger.text) for e in record.events]
        return
    ev = events[trigger]
    named = {i: e.name for i, e in ents.items() if not e.attributes.get("generic")}
    got = (
        ev.type,
        ev.cameo,
        {named[i] for i in ev.source if i in named},
        {named[i] for i in ev.target if i in named},
    )
    assert got == expected, _side(record, ev, "target")
    assert not ev.hypothetical and not ev.negated


# (text, trigger, date): a past act told in a time clause with no date of its own takes the day
# of the clause it hangs on ("broke out late on Thursday, after guards shot ..."), never the day
# something was said
TIME_CLAUSE_DATES = [
    ("Inmates broke out of the jail late on Thursday, after guards shot dead two prisoners.", "shot",
     ("2025-06-05", "text")),
    ("Police said on Friday that the men fled after guards shot two prisoners.", "shot",
     ("2025-06-07", "published")),
    ("Rebels seized the town on Monday when soldiers attacked a convoy.", "attacked", ("2025-06-02", "text")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "expected"), TIME_CLAUSE_DATES, ids=[c[0][:40] for c in TIME_CLAUSE_DATES]
)
def test_day_of_a_time_clause(pipeline, text, trigger, expected):
    record = pipeline.process(text, published="2025-06-07")
    ev = next(e for e in record.events if e.trigger.text.startswith(trigger))
    assert (ev.date, ev.date_from) == expected


# (text, trigger, side, expected names on that side, names absent from it): the people a phrase
# names act, not the group, country or person that qualifies them ("Taliban gunmen": the gunmen,
# with the Taliban as their affiliation); a body named by its kind is that body ("the Hezbollah
# group")
QUALIFIED_ACTORS = [
    ("Taliban gunmen attacked a police post in Helmand on Monday.", "attacked", "source",
     ["Taliban gunmen"], ["Taliban"]),
    ("Trump supporters protested outside the court on Monday.", "protested", "source",
     ["Trump supporters"], ["Trump"]),
    ("The Hezbollah group declared a ceasefire on Monday.", "ceasefire", "source", ["Hezbollah"], []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "side", "names", "absent"),
    QUALIFIED_ACTORS,
    ids=[c[0][:40] for c in QUALIFIED_ACTORS],
)
def test_people_qualified_by_a_name_act_themselves(pipeline, text, trigger, side, names, absent):
    record = pipeline.process(text, published="2025-06-07")
    events, ents = _events_by_trigger(record)
    got = [ents[i].name for i in (events[trigger].source if side == "source" else events[trigger].target)]
    assert all(n in got for n in names) and not any(a in got for a in absent), got


def test_affiliation_of_people_qualified_by_a_group(pipeline):
    record = pipeline.process(
        "Taliban gunmen attacked a police post in Helmand on Monday.", published="2025-06-07"
    )
    (gunmen,) = [e for e in record.entities if e.name == "Taliban gunmen"]
    assert gunmen.attributes["affiliation"] == "Taliban"
    assert gunmen.actor is not None and gunmen.actor.country == "AFG"


def test_against_phrase_is_the_target_where_no_entity_is(pipeline):
    record = pipeline.process("The rebels vowed to retaliate against the army.", published="2025-06-07")
    ev = next(e for e in record.events if e.trigger.text == "retaliate")
    names = {e.id: e.name for e in record.entities}
    assert [names[i] for i in ev.target] == ["army"]


# (text, trigger) -> (type, cameo, sources, targets, target phrase): annulling or revoking
# sanctions eases them (CAMEO 085) and targets who they were imposed on; a curfew revoked or
# eased is an administrative sanction eased (081), on the place it lay on; what is fired at a
# crowd is no target, the crowd is
CROWDS_AND_ANNULMENTS = [
    ("The court on Wednesday annulled the sanctions imposed on Viktor Petrov.", "annulled",
     ("RETREAT", "085", {"court"}, {"Viktor Petrov"}, None)),
    ("The governor revoked the curfew on Friday.", "revoked",
     ("CONCEDE", "081", {"governor"}, set(), None)),
    ("The court annulled the election results.", "annulled", None),
    # the theme that chose the sense is what was eased, not who: the place it lay on is
    ("Ghana eased the curfew in Tamale on Monday.", "eased", ("CONCEDE", "081", {"Ghana"}, {"Tamale"}, None)),
    ("Police held 12 protesters in Cairo.", "held",
     ("COERCE", "173", {"Police"}, {"12 protesters"}, "12 protesters")),
    ("Police fired tear gas to disperse the protesters.", "fired",
     ("ASSAULT", "175", {"Police"}, {"protesters"}, "protesters")),
    ("Police fired tear gas and rubber bullets to disperse a second day of protests.", "fired",
     ("ASSAULT", "175", {"Police"}, set(), "protests")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "expected"), CROWDS_AND_ANNULMENTS, ids=[c[0][:40] for c in CROWDS_AND_ANNULMENTS]
)
def test_crowds_fired_at_and_sanctions_annulled(pipeline, text, trigger, expected):
    record = pipeline.process(text, published="2025-06-07")
    events, ents = _events_by_trigger(record)
    if expected is None:
        assert not [e for e in record.events if e.trigger.text == trigger]
        return
    ev = events[trigger]
    got = (
        ev.type,
        ev.cameo,
        {ents[i].name for i in ev.source},
        {ents[i].name for i in ev.target},
        ev.target_text.text if ev.target_text else None,
    )
    assert got == expected


# a long "including" list, which the parser chains under an earlier member: every name listed is
# on the side, but not the one a member is related to ("sister of the poet Juan Ruiz")
def test_every_name_of_an_including_list(pipeline):
    record = pipeline.process(
        "Police arrested 20 activists on Friday, including Ana Ruiz, sister of the poet Juan Ruiz, Maria "
        "Soto and her husband, Pedro Diaz, the journalist Luis Vega, and the lawyer Carla Mendez.",
        published="2025-06-07",
    )
    events, ents = _events_by_trigger(record)
    targets = {ents[i].name for i in events["arrested"].target}
    assert {"Ana Ruiz", "Maria Soto", "Pedro Diaz", "Luis Vega", "Carla Mendez"} <= targets
    assert "Juan Ruiz" not in targets


# (text, trigger) -> (type, sources, targets) on the pipeline's entities, or None: who is helped
# by what is sent ("sent a team to help X restore ...", "to help defend X"); an arraignment is a
# charge (CAMEO 115); a plea in court is no request; a finite verb the parser hangs on its
# subject ("His lawyer, X, asked") has it as source, and as target with an agent ("X, shot dead
# by police")
HELPED_CHARGED_PLEADED = [
    ("The National Guard sent a team to help the Mercy Hospital restore its systems.", "sent",
     ("AID", {"National Guard"}, {"Mercy Hospital"})),
    ("Norway is willing to send material to help defend Saudi Arabia.", "send",
     ("AGREE", {"Norway"}, {"Saudi Arabia"})),
    ("On Tuesday, Juan Perez was arraigned before a federal judge on 12 counts.", "arraigned",
     ("ACCUSE", set(), {"Juan Perez"})),
    # a plea of not guilty rejects the charges (tests/test_events_displacement_and_orders.py)
    ("Juan Perez pleaded not guilty to fraud.", "pleaded", ("REJECT", {"Juan Perez"}, set())),
    # a sum of money is what is demanded or paid, never who
    ("The kidnappers demanded $2 million from the company.", "demanded", ("REQUEST", {"kidnappers"}, set())),
    ("The families pleaded for help.", "pleaded", ("REQUEST", {"families"}, set())),
    ("Juan Perez was charged. His lawyer, Ana Ruiz, asked for bail on health grounds.", "asked for",
     ("REQUEST", {"Ana Ruiz"}, set())),
    ("The alleged killer, Juan Perez, shot dead by police, had pledged allegiance to the group.", "shot",
     ("ASSAULT", {"police"}, {"Juan Perez", "alleged killer"})),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "expected"), HELPED_CHARGED_PLEADED, ids=[c[0][:40] for c in HELPED_CHARGED_PLEADED]
)
def test_helped_charged_and_pleaded(pipeline, text, trigger, expected):
    assert _roles_on(pipeline, text, trigger) == expected


# (text, names, trigger) -> (type, cameo, sources, targets, hypothetical), or None for no event on
# the trigger: a past verb after "but" that the parser hangs on the next noun as an adjective is a
# verb of the first verb's subject ("welcomed the deal but criticised delays"), an adjective
# after "and" or a participle in a noun phrase stays one; a trip "to" another actor is a visit
# (CAMEO 042); "is due / scheduled to visit", reported, is a stated intention to meet (036), as
# "will visit" is; with no one stating it, it stays a hypothetical visit
HUNG_AND_SCHEDULED = [
    ("The union welcomed the deal but criticised delays in the payments.", ["union"], "criticised",
     ("ACCUSE", "111", {"union"}, set(), False)),
    ("The union welcomed the deal and criticised delays in the payments.", ["union"], "criticised", None),
    ("The criticised delays angered the union.", ["union"], "criticised", None),
    ("Putin travelled to Beijing on Monday.", ["Putin", "Beijing"], "travelled to",
     ("CONSULT", "042", {"Putin"}, {"Beijing"}, False)),
    ("Putin will travel to Beijing soon, the Kremlin said.", ["Putin", "Beijing", "Kremlin"], "travel to",
     ("AGREE", "036", {"Putin"}, {"Beijing"}, False)),
    ("The minister is due to visit Algeria on Monday, officials said.", ["minister", "Algeria"], "visit",
     ("AGREE", "036", {"minister"}, {"Algeria"}, False)),
    ("Macron is scheduled to visit Algeria on Monday.", ["Macron", "Algeria"], "visit",
     ("CONSULT", "042", {"Macron"}, {"Algeria"}, True)),
    ("Macron is due to visit Algeria on Monday.", ["Macron", "Algeria"], "visit",
     ("CONSULT", "042", {"Macron"}, {"Algeria"}, True)),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "names", "trigger", "expected"), HUNG_AND_SCHEDULED, ids=[c[0][:40] for c in HUNG_AND_SCHEDULED]
)
def test_hung_verbs_and_scheduled_visits(stage, analyse, text, names, trigger, expected):
    _an, events, by_id = run(stage, analyse, text, names)
    ev = _on_trigger(events, by_id, trigger, expected)
    if ev is None:
        return
    got = (ev.type, ev.cameo, {by_id[s] for s in ev.source}, {by_id[t] for t in ev.target}, ev.hypothetical)
    assert got == expected, _show(events, by_id)


# (text, trigger) -> (type, cameo, sources, targets) on the pipeline's entities, or None for no
# event on the trigger. A mediator named by a hyphen, "as mediator" or "facilitated by" mediates
# (CAMEO 045) and is no party to the talks; a ransom not paid is a refusal to yield (124);
# inviting sides to talks asks them to meet (106); being "in contact with" is consulting (040),
# losing contact is not; a body urged to act is the target; a trip is a visit only for an
# official; who claims an attack did it, and who is hit by it or dies in it is its target
MEDIATION_AND_REFUSALS = [
    ("The two sides agreed to a ceasefire at Qatar-brokered talks on Sunday.", "brokered",
     ("CONSULT", "045", {"Qatar"}, set())),
    ("Norway acted as mediator between the two sides.", "mediator", ("CONSULT", "045", {"Norway"}, set())),
    ("The rebels signed a truce on Sunday, with Qatar as mediator.", "mediator",
     ("CONSULT", "045", {"Qatar"}, set())),
    ("The mediators proposed a truce.", "mediators", None),
    ("The talks were facilitated by Norway.", "facilitated", ("CONSULT", "045", {"Norway"}, set())),
    ("The new road facilitated trade.", "facilitated", None),
    ("The company said it will not pay the ransom.", "pay", ("REJECT", "124", {"company"}, set())),
    ("The company paid the ransom on Friday.", "paid", ("CONCEDE", "080", {"company"}, set())),
    ("The company paid its workers on Friday.", "paid", None),
    ("Norway invited the government and the rebels to talks.", "invited",
     ("REQUEST", "106", {"Norway"}, {"government", "rebels"})),
    ("Norway invited the prime minister to dinner.", "invited", None),
    ("Germany was in contact with Iran on Monday.", "contact", ("CONSULT", "040", {"Germany"}, {"Iran"})),
    ("Police lost contact with the boat on Monday.", "contact", None),
    ("The senator urged the commission to investigate the deal.", "urged",
     ("REQUEST", "100", {"senator"}, {"commission"})),
    ("Two tourists will travel to Paris next week.", "travel to", None),
    ("The foreign minister will travel to Beijing next week.", "travel to",
     ("CONSULT", "042", {"foreign minister"}, {"Beijing"})),
    ("The hospital was hit by a ransomware attack claimed by the Night Owl group.", "attack",
     ("ASSAULT", "190", {"Night Owl group"}, {"hospital"})),
    ("The Night Owl group claimed responsibility for Sunday's attack on the hospital.", "attack",
     ("ASSAULT", "190", {"Night Owl group"}, {"hospital"})),
    # a claim alone is a statement (CAMEO coders code it so), not the attack told anew
    ("The Night Owl group claimed responsibility for the attack.", "attack", None),
    ("Thousands of fans travelled to Madrid for the final.", "travelled to", None),
    ("Three people died in an attack on a market in Kano on Friday.", "attack",
     ("ASSAULT", "190", set(), {"Three people", "Kano"})),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "expected"), MEDIATION_AND_REFUSALS, ids=[c[0][:40] for c in MEDIATION_AND_REFUSALS]
)
def test_mediation_refusals_invitations_and_claims(pipeline, text, trigger, expected):
    assert _roles_on(pipeline, text, trigger, cameo=True) == expected


def test_a_hyphen_mediator_is_no_party_to_the_talks(pipeline):
    record = pipeline.process(
        "The two sides agreed to a ceasefire at Qatar-brokered talks in Doha on Sunday.",
        published="2025-06-07",
    )
    events, ents = _events_by_trigger(record)
    talks = events.get("talks")
    assert talks is None or "Qatar" not in {ents[i].name for i in talks.source}
    assert {ents[i].name for i in events["brokered"].source} == {"Qatar"}


# (text, names, trigger, source): a verb coordinated with the copula of a reported clause about
# a thing ("said that the deal was fair but criticised ...") is the speaker's; about people
# ("said the rebels were tired but attacked ...") it stays theirs
SAID_BUT = [
    ("The minister said that the deal was fair but criticised the delays.", ["minister"], "criticised",
     {"minister"}),
    ("The minister said the rebels were tired but attacked the town.", ["minister", "rebels"], "attacked",
     {"rebels"}),
]  # fmt: skip


@pytest.mark.parametrize(("text", "names", "trigger", "source"), SAID_BUT, ids=[c[0][:40] for c in SAID_BUT])
def test_said_that_but_criticised(stage, analyse, text, names, trigger, source):
    _an, events, by_id = run(stage, analyse, text, names)
    ev = next(e for e in events if e.trigger.text == trigger)
    assert {by_id[s] for s in ev.source} == source, _show(events, by_id)


# (text, trigger, (date, date_from)) published on Saturday 7 June 2025: a verbal act with no date
# of its own takes the day the quote telling it was said (saying it is doing it); a deed told in
# reported speech does not ("police had arrested": some time before), nor a verbal act told as
# done before the saying ("had condemned")
SAID_DATES = [
    ("The UN chief welcomed the deal, his spokesperson said in New York on Sunday.", "welcomed",
     ("2025-06-01", "text")),
    ("\"We condemn this attack,\" the minister said on Thursday.", "condemn", ("2025-06-05", "text")),
    ("The minister said on Sunday that police had arrested 20 people.", "arrested",
     ("2025-06-07", "published")),
    ("The minister said on Sunday that he had condemned the attack.", "condemned",
     ("2025-06-07", "published")),
    ("Rebels attacked the town on Tuesday night, the army said.", "attacked", ("2025-06-03", "text")),
    ("The president met the envoy early Monday.", "met", ("2025-06-02", "text")),
    # a day between "said" and the reported clause's subject is the saying's, though parsed onto the act
    ("Police said on Thursday they had arrested two men the previous evening.", "arrested",
     ("2025-06-04", "text")),
    ("Police said on Thursday they had arrested two men.", "arrested", ("2025-06-07", "published")),
    ("The army said on Friday that rebels had attacked a convoy on Wednesday.", "attacked",
     ("2025-06-04", "text")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "expected"), SAID_DATES, ids=[c[0][:40] for c in SAID_DATES])
def test_verbal_acts_dated_by_their_saying(pipeline, text, trigger, expected):
    record = pipeline.process(text, published="2025-06-07")
    ev = next(e for e in record.events if e.trigger.text == trigger)
    assert (ev.date, ev.date_from) == expected


# who died in an act a later sentence takes up is its target, and the taking up is no second
# event; dying elsewhere ("in hospital") is nobody's target
DIED_IN = [
    ("Gunmen attacked a market in Kano on Friday. Three people died in the attack, police said.",
     ["Three people"]),
    ("Gunmen attacked a market in Kano on Friday. Ahmed Bello died in the attack.", ["Ahmed Bello"]),
    ("Gunmen attacked a market in Kano on Friday. Ahmed Bello died in hospital.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "targets"), DIED_IN, ids=[c[0][-30:] for c in DIED_IN])
def test_died_in_the_attack_is_its_target(pipeline, text, targets):
    record = pipeline.process(text, published="2025-06-07")
    names = {e.id: e.name for e in record.entities}
    assaults = [e for e in record.events if e.type == "ASSAULT"]
    assert [e.trigger.text for e in assaults] == ["attacked"]
    assert [names[i] for i in assaults[0].target] == targets


# (text, trigger) -> (type, cameo, sources, targets): forces sent or deployed are the actor's own,
# no target; thanks are praise (CAMEO 051), and "its" in "thanked X for its mediation" is X
SENT_FORCES_AND_THANKS = [
    ("The national police sent 120 officers to the area.", "sent",
     ("MOBILIZE", "154", {"national police"}, set())),
    ("The army deployed 300 soldiers to the border.", "deployed", ("MOBILIZE", "154", {"army"}, set())),
    ("Police held 12 protesters in Cairo.", "held", ("COERCE", "173", {"Police"}, {"12 protesters"})),
    ("The Kenyan president thanked Qatar for its mediation on Monday.", "thanked",
     ("SUPPORT", "051", {"Kenyan president"}, {"Qatar"})),
    ("The Kenyan president thanked Qatar for its mediation on Monday.", "mediation",
     ("CONSULT", "045", {"Qatar"}, set())),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "expected"), SENT_FORCES_AND_THANKS, ids=[c[1] for c in SENT_FORCES_AND_THANKS]
)
def test_forces_sent_and_thanks(pipeline, text, trigger, expected):
    record = pipeline.process(text, published="2025-06-07")
    events, ents = _events_by_trigger(record)
    ev = events[trigger]
    assert (
        ev.type,
        ev.cameo,
        {ents[i].name for i in ev.source},
        {ents[i].name for i in ev.target},
    ) == expected


# (text, trigger of the request, trigger of the act asked for, its source): the one called on or
# appealed to is who is to act; the particle after the verb, not a date's "on" before it, is the
# trigger's second word
ASKED_OF = [
    ("The senator on Monday called on the army to withdraw.", "called on", "withdraw", "army"),
    ("The group called on the government to suspend operations.", "called on", "suspend", "government"),
    ("The senator called for the army to withdraw.", "called for", "withdraw", "army"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "asking", "act", "source"), ASKED_OF, ids=[c[0][:40] for c in ASKED_OF])
def test_who_is_called_on_acts(pipeline, text, asking, act, source):
    record = pipeline.process(text, published="2025-06-07")
    events, ents = _events_by_trigger(record)
    assert asking in events, list(events)
    assert [ents[i].name for i in events[act].source] == [source]


# (text, trigger, its (type, CAMEO) or None): an indefinite event noun that is the subject of a
# clause of its own is told as a happening and coded (with the lexicon's "slaying", "stabbing", "gunfire",
# "beg"); a definite one refers back, and one only named, reported or described is not
ACTING_NOUNS = [
    ("Residents said an explosion shattered windows across the street.", "explosion", ("ASSAULT", "183")),
    ("Shops stayed shut as shelling continued into the night.", "shelling", ("ASSAULT", "194")),
    ("A stabbing left three people wounded.", "stabbing", ("ASSAULT", "182")),
    ("A slaying shocked the town.", "slaying", ("ASSAULT", "1823")),
    ("Heavy gunfire rocked the capital overnight.", "gunfire", ("ASSAULT", "193")),
    ("Opposition leaders begged the army to stay out of politics.", "begged", ("REQUEST", "100")),
    ("The explosion shattered windows across the street.", "explosion", None),
    ("The explosion was condemned by the mayor.", "explosion", None),
    ("The mayor spoke about the explosion.", "explosion", None),
    ("The explosion was the worst in years.", "explosion", None),
]  # fmt: skip


# (text, trigger, (type, CAMEO) or None): people in danger pulled or brought out are rescued
# (CAMEO 073, humanitarian aid), the particle found after the object too; other themes are not
RESCUES = [
    ("Coast guard crews pulled 19 survivors from the water.", "pulled", ("AID", "073")),
    ("Rescuers brought out nine miners on Monday.", "brought out", ("AID", "073")),
    ("Rescuers brought nine miners out of the collapsed shaft.", "brought nine miners out", ("AID", "073")),
    ("Police pulled the suspect from the car.", "pulled", None),
    ("The company brought out a new phone.", "brought out", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "expected"), ACTING_NOUNS + RESCUES, ids=[c[0][:40] for c in ACTING_NOUNS + RESCUES]
)
def test_acting_event_nouns_and_rescues(stage, analyse, text, trigger, expected):
    _assert_coded(stage, analyse, text, [], trigger, expected)


# (text, trigger, date or None for no event): what a verb of finding out finds is a happening
# told as such, dated by the finding's clause; a noun only talked about stays a mention
FOUND_OUT = [
    ("Officials discovered the attack late Sunday.", "attack", "2025-06-01"),
    ("The attack was discovered on Monday.", "attack", "2025-06-02"),
    ("Officials discussed the attack late Sunday.", "attack", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "date"), FOUND_OUT, ids=[c[0][:40] for c in FOUND_OUT])
def test_found_out_events_are_coded_and_dated(pipeline, text, trigger, date):
    record = pipeline.process(text, published="2025-06-07")
    events, _ents = _events_by_trigger(record)
    if date is None:
        assert trigger not in events, list(events)
    else:
        assert (events[trigger].type, events[trigger].date) == ("ASSAULT", date)


# (text, trigger) -> (type, CAMEO, source names, target names) or None for no event on it.
# People an aid verb moves out of danger are those helped ("pulled survivors from the water"),
# helpers sent are not; "break up" a crowd is a dispersal (172); a coup ("removed X from power",
# "ousted", "overthrew") has no code of its own in the 2021 CAMEO table and is coded as coercion
# (170) of the leader removed, "seized power" as taking control (192); people after a preposition
# are the target of a material act ("fired on protesters", "clashed with police") but not of a
# statement ("agreed to resettle 1,500 people"); an offer of help is the intention to help (AGREE 033:
# ConfliBERT labels "offered to send troops" verbal cooperation, and CAMEO2PLOVER-2021 maps 033 to
# AGREE); an accusation's source is its own subject, never the actor of the paragraph before
RESCUES_COUPS_AND_CROWDS = [
    ("Rescue crews pulled 19 migrants from the water near Malta.", "pulled",
     ("AID", "073", {"Rescue crews"}, {"19 migrants"})),
    ("Rescue workers brought nine miners out alive on Tuesday.", "brought nine miners out",
     ("AID", "073", {"Rescue workers"}, {"nine miners"})),
    ("The Red Cross sent doctors from Geneva to the camp.", "sent", ("AID", "073", {"Red Cross"}, set())),
    ("Soldiers fired in the air to break up protesters in Kenema.", "break up",
     ("COERCE", "172", {"Soldiers"}, {"protesters"})),
    ("The couple broke up last year.", "broke up", None),
    ("Soldiers removed President Ali Bongo from power on Sunday.", "removed",
     ("COERCE", "170", {"Soldiers"}, {"Ali Bongo"})),
    ("The army removed troops from the border.", "removed troops", ("RETREAT", "087", {"army"}, set())),
    ("The army ousted the president in a coup on Sunday.", "ousted",
     ("COERCE", "170", {"army"}, {"president"})),
    ("A group of officers seized power in a coup on Sunday.", "seized",
     ("COERCE", "192", {"officers"}, set())),
    ("Soldiers fired on protesters on Saturday.", "fired on",
     ("ASSAULT", "193", {"Soldiers"}, {"protesters"})),
    ("Troops opened fire on the crowd of students.", "opened fire",
     ("ASSAULT", "193", {"Troops"}, {"crowd"})),
    ("The rebel leader surrendered to the authorities.", "surrendered",
     ("RETREAT", "0874", {"rebel leader"}, {"authorities"})),
    ("The government agreed to resettle more than 1,500 people.", "agreed",
     ("AGREE", "030", {"government"}, set())),
    ("Chile offered to send a rescue team.", "send", ("AGREE", "033", {"Chile"}, set())),
    ("Interior Minister Paolo Verdi defended the coast guard.\n\nThe charity also accused the Italian "
     "authorities of delaying the rescue.", "accused",
     ("ACCUSE", "112", {"charity"}, {"Italian authorities"})),
    ("Interior Minister Paolo Verdi defended the coast guard.\n\nThe aid group Onde Chiare also accused the "
     "Italian authorities of delaying the rescue.", "accused",
     ("ACCUSE", "112", {"aid group", "Onde Chiare"}, {"Italian authorities"})),
]  # fmt: skip


# (text, trigger) -> as above: experts sent are technical help (AID 070), police officers sent are
# forces (154); a case opened "against" X is an investigation of X (090); a group no entity names
# acts through whoever leads it ("the strike committee, led by the Dockworkers' Union"), not whoever backs it
HELPERS_CASES_AND_LEADERS = [
    ("Germany sent engineers to repair the dam.", "sent", ("AID", "070", {"Germany"}, set())),
    ("Germany sent 200 police officers to the border.", "sent", ("MOBILIZE", "154", {"Germany"}, set())),
    ("Prosecutors opened a criminal case against the company.", "opened a criminal case",
     ("ACCUSE", "090", {"Prosecutors"}, {"company"})),
    ("The strike committee, led by the National Dockworkers' Union, rejected the offer.", "rejected",
     ("REJECT", "120", {"National Dockworkers' Union"}, set())),
    ("The strike committee, backed by the National Dockworkers' Union, rejected the offer.", "rejected",
     ("REJECT", "120", {"strike committee"}, set())),
    # companies by their trade act as groups; an order's "to"-complement hung on a relative clause
    ("Two bus operators accused each other of ignoring the warnings.", "accused",
     ("ACCUSE", "112", {"Two bus operators"}, {"Two bus operators"})),
    ("The two insurers blamed the storm for their losses.", "blamed",
     ("ACCUSE", "112", {"two insurers"}, set())),
    ("The labour ministry ordered factories that use the solvent to test their workers.", "ordered",
     ("REQUEST", "100", {"labour ministry"}, set())),
    ("The army ordered weapons that were designed to kill.", "ordered", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    RESCUES_COUPS_AND_CROWDS + HELPERS_CASES_AND_LEADERS,
    ids=[c[0][:40] for c in RESCUES_COUPS_AND_CROWDS + HELPERS_CASES_AND_LEADERS],
)
def test_rescues_coups_and_crowds(pipeline, text, trigger, expected):
    assert _roles_on(pipeline, text, trigger, cameo=True) == expected


@pytest.mark.xfail(reason="'open case' is read as a legal case whatever the case holds", strict=True)
def test_a_display_case_opened_is_no_investigation(pipeline):
    assert _roles_on(pipeline, "The museum opened a case of old coins.", "opened a case") is None


# sentence, entity names, trigger -> (type, CAMEO code), or None: trade bans and asset freezes
# are sanctions (CAMEO 163), banners and placards carried are a demonstration (141), material
# flown in and a soup kitchen set up are aid (070, 073); other objects keep the verb's reading
ROUND11_SENSES = [
    ("Ruritania barred imports of Freedonian timber.", ["Ruritania", "Freedonian"], "barred",
     ("SANCTION", "163")),
    ("Freedonia banned exports of raw cotton on Monday.", ["Freedonia"], "banned", ("SANCTION", "163")),
    ("The regulator froze the tycoon's bank accounts.", [], "froze", ("SANCTION", "163")),
    ("A judge froze two of the senator's properties.", [], "froze", ("SANCTION", "163")),
    ("The council froze hiring for a year.", [], "froze", None),
    ("Hundreds of nurses held placards outside the ministry.", [], "held", ("PROTEST", "141")),
    ("Strikers waved banners outside the factory gates.", [], "waved", ("PROTEST", "141")),
    ("She waved goodbye to her brother.", [], "waved", None),
    ("The teachers carried signs along the avenue.", [], "carried", ("PROTEST", "141")),
    ("The air force flew tents and blankets to the valley.", [], "flew", ("AID", "070")),
    ("The navy will fly doses of vaccine to the atolls.", [], "fly", ("AID", "070")),
    ("The pilot flew the jet to the coast.", [], "flew", None),
    ("Volunteers set up a soup kitchen beside the stadium.", [], "set up", ("AID", "073")),
    ("The firm set up a subsidiary in the capital.", [], "set up", None),
    # a response in kind names its act by its "with" object
    ("Freedonia answered the levy with duties of its own.", ["Freedonia"], "answered", ("SANCTION", "163")),
    ("Ruritania hit back with tariffs on Freedonian cheese.", ["Ruritania", "Freedonian"], "hit back",
     ("SANCTION", "163")),
    ("The rebels retaliated with mortars.", [], "retaliated", ("ASSAULT", "190")),
    ("The mayor answered the letter with a phone call.", [], "answered", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "names", "trigger", "expected"), ROUND11_SENSES, ids=[c[0][:40] for c in ROUND11_SENSES]
)
def test_round11_senses(stage, analyse, text, names, trigger, expected):
    _assert_coded(stage, analyse, text, names, trigger, expected)


# sentence, entity names, trigger -> (type, CAMEO code), or None: what a natural hazard does
# is a disaster, no attack; what people or their weapons do stays one
BY_NATURE = [
    ("A strong tremor hit the valley on Friday, killing nine villagers.", [], "killing", None),
    ("A strong tremor hit the valley on Friday, killing nine villagers.", [], "hit", None),
    ("The typhoon injured 40 fishermen.", [], "injured", None),
    ("Dozens were killed by a flash flood in the gorge.", [], "killed", None),
    ("A car bomb killed nine soldiers in the square.", [], "killed", ("ASSAULT", "1823")),
    ("The gunmen injured 40 shoppers.", [], "injured", ("ASSAULT", "190")),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "names", "trigger", "expected"), BY_NATURE, ids=[c[0][:40] for c in BY_NATURE]
)
def test_hazards_do_not_attack(stage, analyse, text, names, trigger, expected):
    _assert_coded(stage, analyse, text, names, trigger, expected)


def test_hazard_list_is_nature_only():
    from storyline.knowledge import load_lines

    hazards = set(load_lines("event_hazards.txt"))
    assert {"earthquake", "cyclone", "flash flood", "landslide"} <= hazards
    assert not hazards & {"bomb", "blast", "explosion", "fire", "strike", "attack", "shell"}


# sentence, entity names, trigger -> (type, sources, targets)
ROUND11_ROLES = [
    # a relative clause with its own subject has the noun it hangs on as its object
    ("The envoy faces a fraud charge the Tarn Party denies.", {"Tarn Party": "ORG"}, "denies",
     ("REJECT", {"Tarn Party"}, set())),
    # people "of" a named district act; the district is where they live
    ("Villagers of the Moravo valley blocked the railway on Friday.", {"Moravo": "LOC"}, "blocked",
     ("PROTEST", set(), set())),
    # a second verb after what the speaker said of a thing is the speaker's
    ("Marta Velez said the reform had stalled and asked the senate to act.", {"Marta Velez": "PERSON"},
     "asked",
     ("REQUEST", {"Marta Velez"}, set())),
    # a person arrested at a named place: the place is where, not whom
    ("Soldiers detained the activist at her flat in Ostrava.", {"Ostrava": "GPE"}, "detained",
     ("COERCE", set(), set())),
    # a person owning an arrest or kidnapping undergoes it; a state owning one "of" someone acts
    ("Since Anna Ilves's arrest in May, her party has shunned the assembly.", {"Anna Ilves": "PERSON"},
     "arrest",
     ("COERCE", set(), {"Anna Ilves"})),
    ("Tomas Berg's kidnapping shocked the town.", {"Tomas Berg": "PERSON"}, "kidnapping",
     ("ASSAULT", set(), {"Tomas Berg"})),
    ("Ruritania's arrest of Tomas Berg angered Freedonia.",
     {"Ruritania": "GPE", "Tomas Berg": "PERSON", "Freedonia": "GPE"}, "arrest",
     ("COERCE", {"Ruritania"}, {"Tomas Berg"})),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "names", "trigger", "expected"), ROUND11_ROLES, ids=[c[0][:40] for c in ROUND11_ROLES]
)
def test_round11_roles(stage, analyse, text, names, trigger, expected):
    events, by_id = run_typed(stage, analyse, text, names)
    ev = _on_trigger(events, by_id, trigger, expected)
    got = (ev.type, {by_id[i] for i in ev.source}, {by_id[i] for i in ev.target})
    assert got == expected, _show(events, by_id)


# sentence, trigger -> (source_text, target_text): who must act in a demand's "that"-clause
DEMANDED_OF = [
    ("Farmers demanded that both ministries end the quarrel.", "demanded", ("Farmers", "both ministries")),
    ("The union demanded that the company raise wages.", "demanded", ("union", "company")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "expected"), DEMANDED_OF, ids=[c[0][:40] for c in DEMANDED_OF])
def test_demanded_of_the_clause_subject(stage, analyse, text, trigger, expected):
    _an, events, by_id = run(stage, analyse, text, [])
    ev = _on_trigger(events, by_id, trigger, expected)
    got = (ev.source_text.text if ev.source_text else None, ev.target_text.text if ev.target_text else None)
    assert got == expected, _show(events, by_id)


# sentence, trigger, place name or None: aid lands where it is flown or sent to a town, not where it
# came from; a country it is sent to is its recipient
AID_PLACES = [
    ("Norway flew tents to Bergen on Friday.", "flew", "Bergen"),
    ("Canada sent medicine from Halifax on a flight that touched down in Kingston.", "sent", "Kingston"),
    ("Freedonia sent fishing boats to Ruritania.", "sent", None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "place"), AID_PLACES, ids=[c[0][:40] for c in AID_PLACES])
def test_aid_place_is_the_destination(pipeline, text, trigger, place):
    record = pipeline.process(text, published="2025-06-07")
    events, _ents = _events_by_trigger(record)
    ev = events[trigger]
    got = record.places[ev.place].name if ev.place is not None else None
    assert (got is None) == (place is None), got
    if place is not None:
        assert place in got


def test_his_detention_is_undergone(pipeline):
    """A pronoun owning a detention is the one detained, whatever date phrase the noun has."""
    text = "Lars Halvorsen has stayed in a cell ever since his detention on 3 March."
    assert _roles_on(pipeline, text, "detention") == ("COERCE", set(), {"Lars Halvorsen"})
