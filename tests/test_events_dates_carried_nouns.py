"""Events stage, dates: an act a light verb carries in the pluperfect takes the story's day.

A pluperfect main clause with no date of its own is a backdrop told on the story's day (the day
of the latest act dated in the two sentences before): so is the act named by the noun a light verb
carries ("The crowd had staged a sit-in", "They had signed the deal", "had launched an attack"),
as the verb itself already was. With no dated act before, the page's day stays.
Invented sentences.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2020-03-07"

CARRIED = [
    ("Police arrested 20 people on Monday. The crowd had staged a sit-in outside the ministry.",
     [("arrested", "2020-03-02"), ("sit-in", "2020-03-02")]),
    ("Troops shelled the town on Friday. The rebels had launched an attack on the base.",
     [("shelled", "2020-03-06"), ("attack", "2020-03-06")]),
    ("The two leaders met in Accra on Tuesday. They had signed the deal in a closed ceremony.",
     [("met", "2020-03-03"), ("signed", "2020-03-03"), ("deal", "2020-03-03")]),
    # no dated act before: the page's day
    ("The rebels had launched an attack on the base.", [("attack", "2020-03-07")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CARRIED, ids=[c[0][:40] for c in CARRIED])
def test_a_noun_a_pluperfect_light_verb_carries_takes_the_storys_day(pipeline, text, expected):
    events = pipeline.process(text, published=PUBLISHED).events
    assert [(e.trigger.text, e.date) for e in events] == expected
