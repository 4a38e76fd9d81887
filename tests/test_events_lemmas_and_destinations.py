"""The events stage on a verb's lemma that spaCy strips to a shorter word ("fined" -> "fin"), on a
town a thing is sent to (where, never whom), and on a protest's purpose clause ("occupied the
depot to protest X": one protest): tables on invented sentences."""

from __future__ import annotations

import pytest

from storyline.stages.events import _lemma


def _names(record, ids) -> set[str]:
    by_id = {e.id: e.name for e in record.entities}
    return {by_id[i] for i in ids}


# word in a sentence -> the lemma the event stage reads: a closed one-syllable stem would double
# its consonant ("finned") or take a bare -s, so "fined", "hoping", "wages" inflect stem + e
LEMMAS = [
    ("The regulator fined the broker.", "fined", "fine"),
    ("The regulator is fining the broker.", "fining", "fine"),
    ("The regulator fines brokers.", "fines", "fine"),
    ("The rebels waged war for years.", "waged", "wage"),
    ("Miners staged a walkout.", "staged", "stage"),
    ("She is hoping for a deal.", "hoping", "hope"),
    ("Guards routed the raiders.", "routed", "rout"),  # a stem with two vowels takes no doubling
    ("Police tapped his phone.", "tapped", "tap"),
    ("The council banned the march.", "banned", "ban"),
    ("A fin broke off.", "fin", "fin"),
]


@pytest.mark.parametrize(("text", "word", "lemma"), LEMMAS, ids=[c[1] for c in LEMMAS])
def test_lemma_of_a_silent_e_verb(nlp, text, word, lemma):
    tok = next(t for t in nlp(text) if t.lower_ == word)
    assert _lemma(tok) == lemma


# sentence -> (type, trigger, target names, place): a town sent to is the place; a country there is
# the state that receives; people sent to are whom
SENT_TO = [
    (
        "The interior ministry sent 60 officers to Tlaxcala on Monday.",
        ("MOBILIZE", "sent", set(), "Tlaxcala"),
    ),
    ("The army moved three brigades into Kassala on Sunday.", ("MOBILIZE", "moved", set(), "Kassala")),
    ("Kenya deployed 300 police officers to Haiti last month.", ("MOBILIZE", "deployed", {"Haiti"}, "Haiti")),
    ("Norway sent 800 tonnes of maize to Malawi's farmers.", ("AID", "sent", {"Malawi's farmers"}, None)),
]


@pytest.mark.parametrize(("text", "expected"), SENT_TO, ids=[c[0][:40] for c in SENT_TO])
def test_a_town_sent_to_is_where_not_whom(pipeline, text, expected):
    record = pipeline.process(text, published="2025-05-05")
    ev = next(e for e in record.events if e.trigger.text == expected[1])
    place = record.places[ev.place].text if ev.place is not None else None
    assert (ev.type, ev.trigger.text, _names(record, ev.target), place) == expected


def test_a_fine_is_coerce(pipeline):
    record = pipeline.process(
        "Regulators fined Banco Orvalho 3 million euros on Monday.", published="2025-05-07"
    )
    assert [(e.type, e.trigger.text, _names(record, e.target)) for e in record.events] == [
        ("COERCE", "fined", {"Banco Orvalho"})
    ]


# sentence -> the one PROTEST event's (trigger, target names): a protest act's purpose clause is
# that act's aim, not a second protest; a sit-in in a city is not against the city
PROTEST_PURPOSE = [
    ("Dockers occupied the terminal to protest the closure.", ("occupied", set())),
    ("Truckers blocked the toll road to protest against Vantor Freight.", ("blocked", {"Vantor Freight"})),
    ("Midwives went on strike on Monday to protest against the cuts.", ("strike", set())),
    ("Cleaners staged a sit-in outside the town hall to protest the layoffs.", ("sit-in", set())),
    ("The union staged a sit-in in Rosario on Monday.", ("sit-in", set())),
]


@pytest.mark.parametrize(("text", "expected"), PROTEST_PURPOSE, ids=[c[0][:40] for c in PROTEST_PURPOSE])
def test_a_protest_for_a_protest_is_one_event(pipeline, text, expected):
    record = pipeline.process(text, published="2025-05-07")
    protests = [(e.trigger.text, _names(record, e.target)) for e in record.events if e.type == "PROTEST"]
    assert protests == [expected]


# sentence -> the PROTEST event's target names: a town naming the site of a protest ("the X town
# hall", "the square of X") is where it was, not what it was against; a place named as the
# argument itself stays
PROTEST_SITES = [
    ("The union staged a sit-in at the Tandil town hall.", set()),
    ("Workers held a sit-in at the Junin plant.", set()),
    ("Protesters occupied the main square of Tandil.", set()),
    ("Hundreds of farmers protested against Tandil.", {"Tandil"}),
]


@pytest.mark.parametrize(("text", "targets"), PROTEST_SITES, ids=[c[0][:40] for c in PROTEST_SITES])
def test_a_protest_site_named_by_a_town_is_not_against_it(pipeline, text, targets):
    record = pipeline.process(text, published="2025-05-07")
    assert [_names(record, e.target) for e in record.events if e.type == "PROTEST"] == [targets]
