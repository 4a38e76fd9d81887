"""Event dates the text gives away from the event (session 18, second round): an infinitive the
parser hangs as an adverbial clause after a dated threat, offer or promise ("threatened on Thursday
to kill ...") takes that day, and an act a headline announces with no day of its own takes the day
the body gives the same act. Invented sentences read by the whole pipeline.

Every article is published on Saturday 7 June 2025, so "Thursday" is 5 June and "Friday" 6 June.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-07"

# (text, trigger, date, how the date was found)
DATES = [
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
    ("text", "trigger", "date", "date_from"), DATES, ids=[f"{c[1]}: {c[0][:50]}" for c in DATES]
)
def test_event_dates(pipeline, text, trigger, date, date_from):
    record = pipeline.process(text, published=PUBLISHED)
    got = sorted({(e.date, e.date_from) for e in record.events if e.trigger.text == trigger})
    assert got == [(date, date_from)], [(e.type, e.trigger.text, e.date, e.date_from) for e in record.events]
