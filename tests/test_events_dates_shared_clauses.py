"""Event dates shared across clauses: a participle closing its sentence, a relative "when" clause
hung on a date, and a past time clause ("after", "as", "while") told with an auxiliary. Invented
sentences read by the whole pipeline.

Every article is published on Saturday 7 June 2025, so "Friday" is 6 June and "Tuesday" 3 June.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2025-06-07"

# (text, trigger, date, how the date was found)
SHARED_DATES = [
    # a participle closing the sentence: its act is done then by the main verb's subject
    ("Troops stormed the compound on Tuesday evening, detaining nine suspects.", "detaining", "2025-06-03",
     "text"),
    ("Rebels shelled the town on Sunday, killing four civilians and wounding 20.", "killing", "2025-06-01",
     "text"),
    ("Rebels shelled the town on Sunday, killing four civilians and wounding 20.", "wounding", "2025-06-01",
     "text"),
    ("Customs officers searched a cargo ship in Lyon on Thursday, seizing two tonnes of cocaine.", "seizing",
     "2025-06-05", "text"),
    ("Protesters marched through the capital on Thursday demanding new elections.", "demanding",
     "2025-06-05", "text"),
    # ... its own date wins; no date in the main clause, none shared
    ("Troops stormed the compound on Tuesday, detaining nine suspects on Wednesday.", "detaining",
     "2025-06-04", "text"),
    ("Troops stormed the compound, detaining nine suspects.", "detaining", PUBLISHED, "published"),
    # a relative "when" clause hung on a date: the act happened then
    ("The strike ended on 12 May, when the union signed a deal with the owners.", "deal", "2025-05-12",
     "text"),
    ("The fighting began on April 2, when militants attacked a checkpoint.", "attacked", "2025-04-02",
     "text"),
    ("Militants seized the port in 2019, when the army withdrew from the coast.", "withdrew", "2019", "text"),
    ("The mayor has been in custody since March 4, when police arrested him at his home.", "arrested",
     "2025-03-04", "text"),
    # ... a "when" clause hung on no date takes none
    ("Militants seized the port when the army withdrew from the coast.", "withdrew", PUBLISHED, "published"),
    # a past time clause told with an auxiliary takes its main clause's day
    ("The match was halted on Friday after the pitch was invaded by fans.", "invaded", "2025-06-06", "text"),
    ("The talks collapsed on Monday after rebels had attacked the convoy.", "attacked", "2025-06-02", "text"),
    ("Police fired tear gas on Friday as protesters were marching on parliament.", "marching", "2025-06-06",
     "text"),
    ("The curfew was lifted on Sunday while soldiers were withdrawing from the city.", "withdrawing",
     "2025-06-01", "text"),
    # ... a month or year only for a clause of the same time ("as", "while"); one "after" it has no
    # date at all (neither that week nor the page's day: test_event_dates_sequels_and_numbered_paragraphs.py)
    ("Exports fell last month as rebels blockaded the port.", "blockaded", "2025-05", "text"),
    ("The currency collapsed in 2023 while the army was shelling the capital.", "shelling", "2023", "text"),
    ("The election due in July was postponed last week after rebels attacked polling stations.", "attacked",
     None, None),
    # ... not a present perfect: what has happened by a coming day is no act of that day
    ("Talks will resume on Monday after the army has withdrawn from the city.", "withdrawn", PUBLISHED,
     "published"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "date", "date_from"), SHARED_DATES, ids=[f"{c[1]}: {c[0][:40]}" for c in SHARED_DATES]
)
def test_shared_dates(pipeline, text, trigger, date, date_from):
    record = pipeline.process(text, published=PUBLISHED)
    got = [(e.date, e.date_from) for e in record.events if e.trigger.text == trigger]
    assert got == [(date, date_from)], [(e.type, e.trigger.text, e.date) for e in record.events]


def test_when_clause_keeps_the_vague_date_bounds(pipeline):
    """A year the "when" clause hangs on gives its first and last day as bounds."""
    record = pipeline.process(
        "Militants seized the port in 2019, when the army withdrew from the coast.", published=PUBLISHED
    )
    ev = next(e for e in record.events if e.trigger.text == "withdrew")
    assert (ev.date, ev.earliest, ev.latest) == ("2019", "2019-01-01", "2019-12-31")
