"""When and where events happened: tables of invented sentences read by the whole pipeline.

Every article is published on Saturday 7 June 2025, so "Friday" is 6 June and "Tuesday" 3 June.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-07"

# (text, trigger, date, how the date was found, place name or None)
WHEN_AND_WHERE = [
    # relative days and parts of days
    ("Police arrested three men in Lagos on Tuesday night.", "arrested", "2025-06-03", "text", "Lagos"),
    ("Rebels attacked an army base late Sunday, the military said.", "attacked", "2025-06-01", "text", None),
    ("On Tuesday night, militants attacked a checkpoint in Mosul.", "attacked", "2025-06-03", "text",
     "Mosul"),
    ("Rebels seized the town of Kidal early on Wednesday.", "seized", "2025-06-04", "text", "Kidal"),
    # "fire at" (the two-word verb, its particle three words on), not "fire on" from "late on Saturday"
    ("Police fired tear gas at protesters in Kampala late on Saturday night.", "fired tear gas at",
     "2025-06-07", "text", "Kampala"),
    ("Yesterday's bombing in Quetta killed 12 people.", "killed", "2025-06-06", "text", "Quetta"),
    # vague dates: a week, a month
    ("Last week, protesters marched on parliament in Accra.", "marched", "2025-W22", "text", "Accra"),
    ("Turkey deployed troops to the border last month.", "deployed", "2025-05", "text", None),
    ("Earlier this month, rebels kidnapped two aid workers in Darfur.", "kidnapped", "2025-06", "text",
     "Darfur"),
    # days counted from another act the text dates
    ("The vote was held on June 1. Two days after the vote, opposition supporters clashed with police in "
     "Harare.", "clashed", "2025-06-03", "text", "Harare"),
    ("Protesters clashed with police in Dhaka on Friday, a day after the government banned rallies.",
     "banned", "2025-06-05", "text", "Dhaka"),
    ("The rebels attacked the village on Friday, two days after the army withdrew from the area.",
     "withdrew", "2025-06-04", "text", None),
    ("Police arrested two suspects two days after Tuesday's attack on the mosque.", "arrested", "2025-06-05",
     "text", None),
    # no count: the day of the other act bounds, it does not date
    ("Police arrested two suspects after Tuesday's attack on the mosque.", "arrested", PUBLISHED, "published",
     None),
    ("Protesters clashed with police in Dhaka on Friday, after the government banned rallies.", "banned",
     "2025-06-06", "text", "Dhaka"),
    # the next day
    ("The government banned rallies on Thursday. The next day, protesters clashed with police in Dhaka.",
     "clashed", "2025-06-06", "text", "Dhaka"),
    # clauses and reported speech
    ("The ministry said on Sunday that troops had arrested 12 suspects in Goma on Friday.", "arrested",
     "2025-06-06", "text", "Goma"),
    ("Police said they arrested 12 suspects on Friday.", "arrested", "2025-06-06", "text", None),
    ("The minister said the army had arrested 12 rebels in Tripoli last week.", "arrested", "2025-W22",
     "text", "Tripoli"),
    ("The president met the opposition leader in Abuja on Thursday and signed a peace deal.", "deal",
     "2025-06-05", "text", "Abuja"),
    # an event told in a quote
    ("\"Our forces attacked the camp in Idlib on Sunday,\" the spokesman said.", "attacked", "2025-06-01",
     "text", "Idlib"),
    ("\"They arrested my brother yesterday,\" she said.", "arrested", "2025-06-06", "text", None),
    # events in a timeline list
    ("Timeline of the crisis:\nJune 2: Rebels attack a police station in Bunia.\nJune 4: The army arrests "
     "40 suspects in Beni.", "arrests", "2025-06-04", "text", "Beni"),
    # a dateline place against a place in the sentence, and "the capital"
    ("NAIROBI, Kenya (AP) — Police arrested 20 protesters in Mombasa on Friday.", "arrested", "2025-06-06",
     "text", "Mombasa"),
    ("NAIROBI, Kenya (AP) — Police arrested 20 protesters on Friday.", "arrested", "2025-06-06", "text",
     "Nairobi"),
    ("NAIROBI, Kenya (AP) — Soldiers fired on protesters in the capital on Friday.", "fired on", "2025-06-06",
     "text", "Nairobi"),
    ("Thousands marched through Kampala on Thursday. On Friday, police arrested 40 protesters in the "
     "capital.", "arrested", "2025-06-06", "text", "Kampala"),
    ("Police arrested 40 protesters near the capital of Mali.", "arrested", PUBLISHED, "published", "Mali"),
    # near a border with no name: no place
    ("Israeli jets struck a camp near the border on Friday.", "struck", "2025-06-06", "text", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "date", "date_from", "place"), WHEN_AND_WHERE, ids=[c[0][:48] for c in WHEN_AND_WHERE]
)
def test_when_and_where(pipeline, text, trigger, date, date_from, place):
    record = pipeline.process(text, published=PUBLISHED)
    ev = next((e for e in record.events if e.trigger.text == trigger), None)
    assert ev is not None, [e.trigger.text for e in record.events]
    where = record.places[ev.place].name if ev.place is not None else None
    assert (ev.date, ev.date_from, where) == (date, date_from, place)


def test_counted_days_bound_nothing_else(pipeline):
    """An arrest "two days after Tuesday's attack" is on Thursday; the attack keeps its own day,
    which is the arrest's earliest."""
    record = pipeline.process(
        "Police arrested three suspects two days after Tuesday's attack.", published=PUBLISHED
    )
    by_trigger = {e.trigger.text: e for e in record.events}
    assert by_trigger["attack"].date == "2025-06-03"
    assert (by_trigger["arrested"].date, by_trigger["arrested"].earliest) == ("2025-06-05", "2025-06-03")
