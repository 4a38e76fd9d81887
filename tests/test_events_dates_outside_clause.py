"""Event dates the text gives outside the event's own clause (session 18): the story's day is never
a day after the page's (a plan), an infinitive takes the day of the act that governs it, a "who"
clause on the subject dates its main verb, a speaker who goes on as "he" or "she" does so on the
day they spoke, an infinitive after a dated threat or offer takes that day, and a headline act with
no day of its own takes the day the body gives the same act. Invented sentences read by the whole pipeline.

Every article is published on Saturday 7 June 2025, so "Thursday" is 5 June, "Friday" 6 June and
"Monday" (ahead) 9 June.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-07"

# (text, trigger, date, how the date was found)
DATES = [
    # the story's day runs on past a plan dated after the page's day
    ("Police raided a warehouse in the port on Thursday. The ministry said it was sending a team of "
     "inspectors and would open an inquiry on Monday. Officers arrested the owner.", "arrested",
     "2025-06-05", "text"),
    ("Police raided a warehouse in the port on Thursday. Officers arrested the owner.", "arrested",
     "2025-06-05", "text"),
    # an infinitive takes the day of the act that governs it
    ("Japan offered on Thursday to send a medical team to the island.", "send", "2025-06-05", "text"),
    ("Japan offered to send a medical team to the island.", "send", PUBLISHED, "published"),
    # a "who" clause on the subject dates a main verb with no day of its own
    ("The governor, who toured the flooded district on Thursday, promised compensation to farmers.",
     "promised", "2025-06-05", "text"),
    ("The governor, who toured the flooded district on Thursday, promised compensation to farmers on "
     "Friday.", "promised", "2025-06-06", "text"),
    ("The governor, who has toured the flooded district since Thursday, promised compensation to farmers.",
     "promised", PUBLISHED, "published"),
    # a speaker who goes on as "he" or "she" in the next sentence: the day they spoke
    ("The army's spokesman said in a statement on Thursday that the troops would stay. He accused the "
     "rebels of breaking the truce.", "accused", "2025-06-05", "text"),
    ("The army's spokesman said on Thursday that the troops would stay. She condemned the rebels for "
     "breaking the truce.", "condemned", "2025-06-05", "text"),
    # ... not another subject, not a present perfect, not a saying with no day
    ("The army's spokesman said in a statement on Thursday that the troops would stay. The rebels "
     "accused the army of breaking the truce.", "accused", PUBLISHED, "published"),
    ("The army's spokesman said in a statement on Thursday that the troops would stay. He has accused "
     "the rebels of breaking the truce.", "accused", PUBLISHED, "published"),
    ("The army's spokesman said in a statement that the troops would stay. He accused the rebels of "
     "breaking the truce.", "accused", PUBLISHED, "published"),
]  # fmt: skip


# session 18, second round: an infinitive the parser hangs as an adverbial clause after a dated
# threat, offer or promise takes that day; an act a headline announces with no day of its own takes
# the day the body gives the same act by the same party
HEADLINE_AND_INTENT = [
    # an infinitive after a dated verb of intent, an adverbial between them
    ("Rebels threatened on Thursday to kill the hostages.", "kill", "2025-06-05", "text"),
    ("Rebels threatened on Thursday to kill the hostages if the army advanced.", "kill", "2025-06-05",
     "text"),
    ("Rebels threatened to kill the hostages.", "kill", PUBLISHED, "published"),
    # ... not a purpose after an act
    ("Police raided the house on Thursday to arrest the suspect.", "arrest", PUBLISHED, "published"),
    # a headline act takes the day the body gives the same act by the same party
    ("Rebels free ten hostages in the north\n\nThe rebels freed the hostages on Thursday near the "
     "border with the neighbouring province.", "free", "2025-06-05", "text"),
    # ... not when the body tells two such acts on two days
    ("Rebels free ten hostages in the north\n\nThe rebels freed four hostages on Thursday near the "
     "border with the neighbouring province. They freed six more hostages on Friday.", "free",
     PUBLISHED, "published"),
    # ... not an act of another type
    ("Rebels free ten hostages in the north\n\nThe rebels attacked an army post on Thursday near the "
     "border with the neighbouring province.", "free", PUBLISHED, "published"),
    # ... not an act of other parties
    ("Rebels free ten hostages in the north\n\nThe army freed two prisoners on Thursday near the "
     "border with the neighbouring province.", "free", PUBLISHED, "published"),
    # ... not an act told after the opening sentence
    ("Rebels hold ten hostages in the north\n\nThe rebels seized a bus near the border with the "
     "neighbouring province last month. They free the hostages one by one. The rebels freed two "
     "hostages on Thursday.", "free", PUBLISHED, "published"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "date", "date_from"),
    DATES + HEADLINE_AND_INTENT,
    ids=[f"{c[1]}: {c[0][:50]}" for c in DATES + HEADLINE_AND_INTENT],
)
def test_event_dates(pipeline, text, trigger, date, date_from):
    record = pipeline.process(text, published=PUBLISHED)
    got = sorted({(e.date, e.date_from) for e in record.events if e.trigger.text == trigger})
    assert got == [(date, date_from)], [(e.type, e.trigger.text, e.date, e.date_from) for e in record.events]


def test_plan_day_is_not_the_story_day(pipeline):
    """The plan itself keeps its own (future) day; only the story's day skips it."""
    record = pipeline.process(DATES[0][0], published=PUBLISHED)
    got = [(e.trigger.text, e.date) for e in record.events]
    assert got == [
        ("raided", "2025-06-05"),
        ("sending", "2025-06-09"),
        ("inquiry", "2025-06-09"),
        ("arrested", "2025-06-05"),
    ]
