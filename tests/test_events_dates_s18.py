"""Event dates the text gives outside the event's own clause (session 18): the story's day is never
a day after the page's (a plan), an infinitive takes the day of the act that governs it, a "who"
clause on the subject dates its main verb, and a speaker who goes on as "he" or "she" does so on
the day they spoke. Invented sentences read by the whole pipeline.

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


@pytest.mark.parametrize(
    ("text", "trigger", "date", "date_from"), DATES, ids=[f"{c[1]}: {c[0][:50]}" for c in DATES]
)
def test_event_dates(pipeline, text, trigger, date, date_from):
    record = pipeline.process(text, published=PUBLISHED)
    got = sorted({(e.date, e.date_from) for e in record.events if e.trigger.text == trigger})
    assert got == [(date, date_from)], [(e.type, e.trigger.text, e.date) for e in record.events]


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
