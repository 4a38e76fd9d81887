"""The events stage on clause shapes: a condemnation in a reported clause, the doer accused by
"called X unlawful", object-gap relative clauses, and the reporters a statement is made to."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-05"


def _show(events, by_id):
    return [
        (
            e.type,
            e.trigger.text,
            [by_id.get(s, s) for s in e.source],
            [by_id.get(t, t) for t in e.target],
            e.target_text.text if e.target_text else None,
        )
        for e in events
    ]


# sentence, entity names, trigger -> (type, source names, target names, target phrase when no entity)
CASES = [
    # a condemnation a speaker states in a reported clause: the doer named in it is accused
    (
        "The Tarvan union said the dismissals by Harlow Mining were illegal.",
        ["Tarvan union", "Harlow Mining"],
        "illegal",
        ("ACCUSE", {"Tarvan union"}, {"Harlow Mining"}, None),
    ),
    (
        "The Merrow Party said the ballot had been rigged by the Kesran government.",
        ["Merrow Party", "Kesran government"],
        "rigged",
        ("ACCUSE", {"Merrow Party"}, {"Kesran government"}, None),
    ),
    (
        "The Merrow Party said Harlow Mining's layoffs were unlawful.",
        ["Merrow Party", "Harlow Mining"],
        "unlawful",
        ("ACCUSE", {"Merrow Party"}, {"Harlow Mining"}, None),
    ),
    (
        "The layoffs were unlawful, the Tarvan union said on Monday.",
        ["Tarvan union"],
        "unlawful",
        ("ACCUSE", {"Tarvan union"}, set(), None),
    ),
    (
        "The Tarvan union said the new quota was a betrayal.",
        ["Tarvan union"],
        "betrayal",
        ("ACCUSE", {"Tarvan union"}, set(), None),
    ),
    (
        "Senator Ilse Marrow said the Kesran envoy had been reckless.",
        ["Ilse Marrow", "Kesran envoy"],
        "reckless",
        ("ACCUSE", {"Ilse Marrow"}, {"Kesran envoy"}, None),
    ),
    # the content of a statement a speaker makes or issues
    (
        "The Tarvan union said in a statement that the Harlow Mining layoffs were unlawful.",
        ["Tarvan union", "Harlow Mining"],
        "unlawful",
        ("ACCUSE", {"Tarvan union"}, {"Harlow Mining"}, None),
    ),
    (
        "The Merrow Party issued a statement that the count was a sham.",
        ["Merrow Party"],
        "sham",
        ("ACCUSE", {"Merrow Party"}, set(), None),
    ),
    # an act with no doer named accuses no one by name
    (
        "The Merrow Party said the count had been rigged.",
        ["Merrow Party"],
        "rigged",
        ("ACCUSE", {"Merrow Party"}, set(), None),
    ),
    # the doer stated earlier in the sentence: the subject of the verb the act noun comes from,
    # or of the verb whose object the same noun was
    (
        "Harlow Mining dismissed 40 workers, and the Tarvan union said the dismissals were illegal.",
        ["Harlow Mining", "Tarvan union"],
        "illegal",
        ("ACCUSE", {"Tarvan union"}, {"Harlow Mining"}, None),
    ),
    (
        "The Kesran government unveiled a plan on Monday, but the Tarvan union said the plan was unfair.",
        ["Kesran government", "Tarvan union"],
        "unfair",
        ("ACCUSE", {"Tarvan union"}, {"Kesran government"}, None),
    ),
    (
        "The plan was unveiled on Monday, but the Tarvan union said the plan was unfair.",
        ["Tarvan union"],
        "unfair",
        ("ACCUSE", {"Tarvan union"}, set(), None),
    ),
    # "called X unlawful": a thing's doer or owner is the target, else no one
    (
        "The Kesran ministry called the strike unlawful.",
        ["Kesran ministry"],
        "called",
        ("ACCUSE", {"Kesran ministry"}, set(), None),
    ),
    (
        "The Kesran ministry called the strike by the Tarvan Pilots Union illegal.",
        ["Kesran ministry", "Tarvan Pilots Union"],
        "called",
        ("ACCUSE", {"Kesran ministry"}, {"Tarvan Pilots Union"}, None),
    ),
    (
        "The Kesran ministry called the Tarvan Pilots Union's walkout a betrayal.",
        ["Kesran ministry", "Tarvan Pilots Union"],
        "called",
        ("ACCUSE", {"Kesran ministry"}, {"Tarvan Pilots Union"}, None),
    ),
    (
        "The Kesran ministry called the ferrymen's stoppage unlawful.",
        ["Kesran ministry"],
        "called",
        ("ACCUSE", {"Kesran ministry"}, set(), "ferrymen"),
    ),
    (
        "The Tarvan union called the Kesran envoy reckless.",
        ["Tarvan union", "Kesran envoy"],
        "called",
        ("ACCUSE", {"Tarvan union"}, {"Kesran envoy"}, None),
    ),
    # any word of event_condemnations.txt as the complement, and other verbs of naming
    (
        "Orchard growers called the levy unfair.",
        [],
        "called",
        ("ACCUSE", set(), set(), None),
    ),
    (
        "The Dellan guild branded the Kesran ministry's quota a betrayal.",
        ["Dellan guild", "Kesran ministry"],
        "branded",
        ("ACCUSE", {"Dellan guild"}, {"Kesran ministry"}, None),
    ),
    (
        "Opposition senators described the new tariff as reckless.",
        [],
        "described",
        ("ACCUSE", set(), set(), None),
    ),
    (
        "Shopkeepers labelled the curfew unacceptable.",
        [],
        "labelled",
        ("ACCUSE", set(), set(), None),
    ),
    (
        "The Tarvan union branded the ferrymen's stoppage illegal.",
        ["Tarvan union"],
        "branded",
        ("ACCUSE", {"Tarvan union"}, set(), "ferrymen"),
    ),
    # object-gap relative clauses: the clause's subject acts on the noun it modifies
    (
        "The hamlet the rebels shelled was empty on Tuesday.",
        [],
        "shelled",
        ("ASSAULT", set(), set(), "hamlet"),
    ),
    (
        "The convoy that Kesran soldiers ambushed on Monday carried flour.",
        ["Kesran"],
        "ambushed",
        ("ASSAULT", {"Kesran"}, set(), "convoy"),
    ),
    (
        "Dorvik, which Kesran troops shelled last week, has no water.",
        ["Dorvik", "Kesran"],
        "shelled",
        ("ASSAULT", {"Kesran"}, {"Dorvik"}, None),
    ),
    # an adverbial gap is no object
    (
        "On the day the rebels shelled the port, the ferry left.",
        [],
        "shelled",
        ("ASSAULT", set(), set(), "port"),
    ),
    (
        "The week the Kesran army attacked, the markets closed.",
        ["Kesran"],
        "attacked",
        ("ASSAULT", {"Kesran"}, set(), None),
    ),
    # what is pledged ("help", "assistance") is never the target: the one helped is, or no one
    (
        "The Kesran army offered help after the storm.",
        ["Kesran army"],
        "offered",
        ("AGREE", {"Kesran army"}, set(), None),
    ),
    (
        "The Varsel Red Crescent offered assistance to stranded travellers.",
        ["Varsel Red Crescent"],
        "offered",
        ("AGREE", {"Varsel Red Crescent"}, set(), "stranded travellers"),
    ),
    (
        "Dorvia pledged support for the evacuated villagers.",
        ["Dorvia"],
        "pledged",
        ("AGREE", {"Dorvia"}, set(), "evacuated villagers"),
    ),
    (
        "Dorvia pledged support for the ceasefire plan.",
        ["Dorvia"],
        "pledged",
        ("AGREE", {"Dorvia"}, set(), None),
    ),
    (
        "Dorvia offered help to Kesra on Tuesday.",
        ["Dorvia", "Kesra"],
        "offered",
        ("AGREE", {"Dorvia"}, {"Kesra"}, None),
    ),
    # an offer or a request told to reporters has no target
    (
        "The Kesran army offered to help, a spokesman told reporters.",
        ["Kesran"],
        "offered",
        ("AGREE", {"Kesran"}, set(), None),
    ),
    (
        "The Kesran government asked for calm, a spokesman told journalists.",
        ["Kesran"],
        "asked for",
        ("REQUEST", {"Kesran"}, set(), None),
    ),
]


@pytest.mark.parametrize(("text", "names", "trigger", "expected"), CASES, ids=[c[0][:45] for c in CASES])
def test_clause_shapes(hand_events, text, names, trigger, expected):
    events, by_id = hand_events(text, names, published=PUBLISHED)
    match = [e for e in events if e.trigger.text == trigger]
    assert match, _show(events, by_id)
    ev = match[0]
    typ, sources, targets, target_text = expected
    assert ev.type == typ, _show(events, by_id)
    assert {by_id[s] for s in ev.source if s in by_id} == sources, _show(events, by_id)
    assert {by_id[t] for t in ev.target if t in by_id} == targets, _show(events, by_id)
    assert (ev.target_text.text if ev.target_text else None) == target_text, _show(events, by_id)


# sentences with no condemnation event on the word
NEGATIVE = [
    ("The Tarvan union said the dismissals were not illegal.", "illegal"),
    ("The dismissals were illegal.", "illegal"),
    ("The union asked whether the dismissals were lawful.", "lawful"),
    ("Officials said the vote had been counted.", "counted"),
    # naming with a word that condemns nothing, or an object that is itself the condemning word
    ("The Tarvan union called the quota a fair start.", "called"),
    ("The Tarvan union described the violation as minor.", "described"),
    ("Reporters labelled the boxes fragile.", "labelled"),
]


@pytest.mark.parametrize(("text", "trigger"), NEGATIVE, ids=[c[0][:45] for c in NEGATIVE])
def test_no_condemnation(hand_events, text, trigger):
    events, by_id = hand_events(text, ["Tarvan union"], published=PUBLISHED)
    assert not [e for e in events if e.trigger.text == trigger and e.type == "ACCUSE"], _show(events, by_id)
