"""Event dates from a phrase closing the clause. A date the parser hangs on a participle clause of the
act's object dates the act itself (a participle has no tense of its own to bear it); a relative
clause keeps its own date, and "since" gives no day. "From X" dates an act to come ("will lift
the curfew from Monday"), not a past one; "by" a day dates a pluperfect tally; a ", when ..."
clause after a date is of that date."""

from __future__ import annotations

import pytest

PUBLISHED = "2024-03-08"  # a Friday

CASES = [
    (
        "Soldiers detained three men suspected of hiding weapons near the village of Korvan"
        " on Monday evening, the army said.",
        "detained",
        "2024-03-04",
    ),
    (
        "The tax agency seized two of her flats in Rome and a bank account holding $3m in February.",
        "seized",
        "2024-02",
    ),
    ("Police arrested a man accused of stabbing a guard on Monday.", "arrested", "2024-03-04"),
    # a relative clause has a finite verb of its own: the date is its act's, not the arrest's
    ("Police arrested two men who attacked the bank on Monday.", "arrested", PUBLISHED),
    ("The court jailed a man accused of fraud since 2019.", "jailed", PUBLISHED),
]


@pytest.mark.parametrize(("text", "trigger", "date"), CASES, ids=[c[0][:40] for c in CASES])
def test_object_participle_date_is_the_acts(pipeline, text, trigger, date):
    record = pipeline.process(text, published=PUBLISHED)
    got = [e.date for e in record.events if e.trigger.text == trigger]
    assert got == [date], [(e.type, e.trigger.text, e.date) for e in record.events]


# "from X" on an act to come is when it starts; on a past act it is only a bound
STARTS = [
    (
        "She said the two navies would step up joint patrols in the Arafura Sea from next month.",
        "joint patrols",
        ["2024-04", "2024-04"],
    ),
    ("The ministry said it will lift the curfew from Monday.", "lift", ["2024-03-11"]),
    ("The governor lifted the curfew from Monday.", "lifted", [PUBLISHED]),
]


@pytest.mark.parametrize(("text", "trigger", "dates"), STARTS, ids=[c[0][:40] for c in STARTS])
def test_from_dates_an_act_to_come(pipeline, text, trigger, dates):
    record = pipeline.process(text, published=PUBLISHED)
    got = [e.date for e in record.events if e.trigger.text == trigger]
    assert got == dates, [(e.type, e.trigger.text, e.date) for e in record.events]


# a ", when ..." clause right after a date tells of that date, whatever the date's preposition
WHEN = [
    (
        "The rally was the largest in the city since early last month, when several thousand people marched"
        " against a new tax on fuel.",
        "marched",
        "2024-02",
    ),
    ("The rebels left the town on Monday, when the army shelled the port.", "shelled", "2024-03-04"),
    ("The army shelled the port when the rebels left, officials said on Monday.", "shelled", PUBLISHED),
]


@pytest.mark.parametrize(("text", "trigger", "date"), WHEN, ids=[c[0][:40] for c in WHEN])
def test_when_clause_after_a_date(pipeline, text, trigger, date):
    record = pipeline.process(text, published=PUBLISHED)
    got = [e.date for e in record.events if e.trigger.text == trigger]
    assert got == [date], [(e.type, e.trigger.text, e.date) for e in record.events]


# "by" a day on a pluperfect act is the day of the tally; on a simple past it is only a bound
BY = [
    (
        "Divers had pulled six fishermen out alive by Wednesday from the flooded hold of a trawler that sank"
        " on Sunday, the coast guard said.",
        "pulled six fishermen out",
        "2024-03-06",
    ),
    ("Divers pulled six fishermen out alive by Wednesday.", "pulled six fishermen out", PUBLISHED),
]


@pytest.mark.parametrize(("text", "trigger", "date"), BY, ids=[c[0][:40] for c in BY])
def test_by_a_day_dates_a_pluperfect_act(pipeline, text, trigger, date):
    record = pipeline.process(text, published=PUBLISHED)
    got = [e.date for e in record.events if e.trigger.text == trigger]
    assert got == [date], [(e.type, e.trigger.text, e.date) for e in record.events]
