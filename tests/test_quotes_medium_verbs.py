"""The quotes stage: verbs of sending words by a medium ("radioed that", "texted that", "e-mailed
that") are reporting verbs whose channel is that medium, also where the tagger took the past tense
for a noun; a group reporting "that" past a hyphenated place or tagged a name; a fronted channel and
the whole speaker where the parser took a word of the subject for the main verb. The quantities
stage: a partitive of a group named by a participle or an adjective ("40 of those held", "three of
the dead") counts that group, and "17 of whom" what the count before it counts (tables of invented
sentences)."""

from __future__ import annotations

import pytest

from conftest import quote_rows as _got
from storyline.stages.quantities import QuantityStage
from storyline.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


@pytest.fixture(scope="module")
def counts(nlp) -> QuantityStage:
    return QuantityStage(nlp)


# text, [(kind, content, cue, speaker, channel)]
MEDIUM_CASES = [
    (
        "The skipper radioed that the trawler was listing badly.",
        [("indirect", "that the trawler was listing badly", "radioed", "The skipper", "radio")],
    ),
    (
        "The ambassador cabled that the talks had stalled over grazing rights.",
        [("indirect", "that the talks had stalled over grazing rights", "cabled", "The ambassador", "cable")],
    ),
    # the lemmatizer reads "texted" as "texte": the word less its ending is the cue
    (
        "Her brother texted that the road to the farm was under water.",
        [("indirect", "that the road to the farm was under water", "texted", "Her brother", "text")],
    ),
    (
        "The coach messaged that the game would go ahead despite the rain.",
        [("indirect", "that the game would go ahead despite the rain", "messaged", "The coach", "message")],
    ),
    (
        "A correspondent wired that the border post had been abandoned.",
        [("indirect", "that the border post had been abandoned", "wired", "A correspondent", "wire")],
    ),
    (
        "The mayor emailed that the council would meet on Friday.",
        [("indirect", "that the council would meet on Friday", "emailed", "The mayor", "email")],
    ),
    # "e-mailed" is split by the tokenizer into "e", "-", "mailed"
    (
        "The mayor e-mailed that the council would meet on Friday.",
        [("indirect", "that the council would meet on Friday", "mailed", "The mayor", "email")],
    ),
    # a channel named beside the cue comes first
    (
        "The mayor said in an email that the council would meet.",
        [("indirect", "that the council would meet", "said", "The mayor", "email")],
    ),
    # the one addressed before the that-clause, which the parser may hang on it
    (
        "The pilot radioed the tower that one engine had failed.",
        [("indirect", "that one engine had failed", "radioed", "The pilot", "radio")],
    ),
    (
        "The mayor emailed residents that the water was safe to drink.",
        [("indirect", "that the water was safe to drink", "emailed", "The mayor", "email")],
    ),
    # a relative clause on the object is nothing said
    ("The mayor emailed the residents that signed the petition.", []),
    ("The firm wired the funds that the court had frozen.", []),
    # no reported clause: no quote ("wired the money", "radioed the barge to turn back")
    ("The bank wired the money to a shell company.", []),
    ("The harbour master radioed the barge to turn back.", []),
    ("Soldiers texted their families photos of the flooded camp.", []),
    # a past tense the tagger took for a noun after a quotation: the cue, its modifier the speaker
    (
        '"The engine is on fire," the pilot radioed.',
        [("direct", "The engine is on fire", "radioed", "pilot", "radio")],
    ),
    (
        '"The pass is closed," the ranger radioed, asking for help.',
        [("direct", "The pass is closed", "radioed", "ranger", "radio")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MEDIUM_CASES)
def test_a_verb_of_a_medium_reports(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


def _counted(counts, analyse, text: str) -> list[tuple]:
    an = analyse(text)
    out = counts(an)
    assert all(an.text[q.start : q.end] == q.text for q in out)
    return [(q.text, q.value, q.min, q.max, q.what) for q in out]


# text, [(span, value, min, max, what)]
GROUP_CASES = [
    (
        "Authorities freed 31 of those held on Friday.",
        [("31 of those held", 31, None, None, "those held")],
    ),
    (
        "Officials said 14 of those evacuated had returned home.",
        [("14 of those evacuated", 14, None, None, "those evacuated")],
    ),
    (
        "Rescuers flew six of the wounded to the capital.",
        [("six of the wounded", 6, None, None, "wounded")],
    ),
    # an adjective for people (group_adjectives.txt)
    ("Two of the dead were firefighters.", [("Two of the dead", 2, None, None, "dead")]),
    # a modifier bounds the count
    (
        "At least 23 of those held were minors.",
        [("At least 23 of those held", 23, 23, None, "those held")],
    ),
    # after a count of people, the group is still the one named after "of"
    (
        "Police held 52 people. 19 of those arrested were freed.",
        [
            ("52 people", 52, None, None, "people"),
            ("19 of those arrested", 19, None, None, "those arrested"),
        ],
    ),
    # no such group: a superlative, an adjective of no people, a figure, a lone "one"
    ("Two of the largest were closed.", []),
    ("Two of the new will open next year.", []),
    (
        "Three of the five judges dissented.",
        [
            ("Three of the five judges", 3, None, None, "five judges"),
            ("five judges", 5, None, None, "judges"),
        ],
    ),
    ("One of the wounded died on Monday.", []),
    # a relative pronoun counts what the count it follows counts
    (
        "Police held 40 people, 17 of whom were minors.",
        [("40 people", 40, None, None, "people"), ("17 of whom", 17, None, None, "people")],
    ),
    (
        "The storm damaged 40 houses, 12 of which collapsed.",
        [("40 houses", 40, None, None, "houses"), ("12 of which", 12, None, None, "houses")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_CASES)
def test_a_partitive_of_a_group_counts_it(counts, analyse, text, expected):
    assert _counted(counts, analyse, text) == expected


# a group of people opening a sentence with a present-tense "report that" the tagger took for a noun
GROUP_REPORT_CASES = [
    # a hyphenated place in the group's phrase is no break in it
    (
        "Herders around Mont-Saint-Rémy report that the wells have run dry.",
        [("indirect", "that the wells have run dry", "report", "Herders around Mont-Saint-Rémy", None)],
    ),
    # under a live blog's time stamp the plural opening the line is tagged a name: still a group
    (
        "Storm update\n\n9:15 a.m.\nFishermen on Grand-Bois report that the surf has wrecked 12 boats.",
        [("indirect", "that the surf has wrecked 12 boats", "report", "Fishermen on Grand-Bois", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_REPORT_CASES)
def test_a_group_reports_past_a_hyphenated_place(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


# the parser took a word of the subject ("masked", "inmates") for the main verb and hung the fronted
# channel on it, the cue its clause: the channel is still the cue's, the speaker the whole phrase
MISPARSED_SUBJECT_CASES = [
    (
        'In a clip shared on Telegram on Monday night, masked inmates holding bars said they would "flood '
        'the cells" unless the warden resigned.',
        [
            (
                "mixed",
                'they would "flood the cells" unless the warden resigned',
                "said",
                "masked inmates holding bars",
                "clip shared on Telegram",
            )
        ],
    ),
    # a verb taking a clause is no subject's word taken for a verb, though the parse gives it no subject
    (
        "Marta Lind, whose 19-year-old daughter Ana is among the missing, said a nurse had told her that "
        "the ward had been closed.",
        [
            ("indirect", "a nurse had told her that the ward had been closed", "said", "Marta Lind", None),
            ("indirect", "that the ward had been closed", "told", "a nurse", None),
        ],
    ),
    (
        "The airline apologized to passengers in a short statement and said the firm would ask the court "
        "on Monday to order the crews back to work.",
        [
            (
                "indirect",
                "the firm would ask the court on Monday to order the crews back to work",
                "said",
                "The airline",
                "short statement",
            ),
            ("indirect", "the court on Monday to order the crews back to work", "ask", "the firm", None),
        ],
    ),
    # parsed as it should be: the channel as before
    (
        "In a video shared on Friday, masked miners said they would stay underground.",
        [("indirect", "they would stay underground", "said", "masked miners", "video")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), MISPARSED_SUBJECT_CASES)
def test_a_fronted_channel_past_a_misparsed_subject(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected
