"""Events stage: a happening named as the subject of a clause is dated by that clause. A gerund
subject ("Fighting near the border killed three soldiers on Friday") and a noun whose clause leaves
people in a state ("Clashes in the north left five people wounded on Sunday": the date hangs on the
participle) take the clause's day, not the publication day. Invented sentences.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2020-03-07"  # a Saturday


def _dates(pipeline, text: str) -> list[tuple[str, str | None, str | None]]:
    """(trigger, date, date_from) of every event."""
    record = pipeline.process(text, published=PUBLISHED)
    return [(e.trigger.text, e.date, e.date_from) for e in record.events]


SUBJECT_DATES = [
    ("Clashes in the hills left five people wounded on Sunday.",
     [("Clashes", "2020-03-01", "text"), ("wounded", "2020-03-01", "text")]),
    ("Riots in the port left three police officers injured on Thursday.",
     [("Riots", "2020-03-05", "text"), ("injured", "2020-03-05", "text")]),
    ("Shelling of the town left 30 shops destroyed on Monday, officials said.",
     [("Shelling", "2020-03-02", "text"), ("destroyed", "2020-03-02", "text")]),
    ("Fighting near the border killed three soldiers on Friday.",
     [("Fighting", "2020-03-06", "text"), ("killed", "2020-03-06", "text")]),
    # a date of the noun's own is kept; none at all leaves the publication day
    ("Clashes broke out in the north on Sunday.", [("Clashes", "2020-03-01", "text")]),
    ("Clashes in the hills left five people wounded.",
     [("Clashes", "2020-03-07", "published"), ("wounded", "2020-03-07", "published")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SUBJECT_DATES, ids=[c[0][:40] for c in SUBJECT_DATES])
def test_a_happening_subject_takes_its_clauses_day(pipeline, text, expected):
    assert _dates(pipeline, text) == expected
