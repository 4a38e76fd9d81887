"""The times stage: a fortnight as two weeks, a day and month without a year in a clause that looks
forward, and a season in such a clause, against the page's date. Invented sentences only."""

from __future__ import annotations

import pytest

from storyline.stages.times import TimeStage

OCTOBER = "2025-10-20"  # a Monday
SEPTEMBER = "2025-09-18"  # a Thursday


@pytest.fixture(scope="module")
def stage(nlp) -> TimeStage:
    return TimeStage(nlp)


# (sentence, published, (text, type, value, mod))
CASES = [
    # a fortnight is two weeks, as "two weeks ago" and "two weeks later" are read
    ("The squad regrouped a fortnight ago.", SEPTEMBER, ("a fortnight ago", "DATE", "2025-W36", None)),
    ("A fortnight ago, the squad regrouped.", SEPTEMBER, ("A fortnight ago", "DATE", "2025-W36", None)),
    ("The council voted a fortnight later.", SEPTEMBER, ("a fortnight later", "DATE", "2025-W40", None)),
    ("The council voted a fortnight earlier.", SEPTEMBER, ("a fortnight earlier", "DATE", "2025-W36", None)),
    ("The ruling is expected in a fortnight.", SEPTEMBER, ("a fortnight", "DURATION", "P2W", None)),
    ("Prices rose over the past fortnight.", SEPTEMBER, ("the past fortnight", "DURATION", "P2W", None)),
    # a day and month gone by this year, in a clause that looks forward: next year's
    (
        "The appeal is due to open on the 19th of August.",
        OCTOBER,
        ("the 19th of August", "DATE", "2026-08-19", None),
    ),
    ("The appeal has been scheduled for 19 August.", OCTOBER, ("19 August", "DATE", "2026-08-19", None)),
    (
        "The closing session is scheduled for 11 February.",
        OCTOBER,
        ("11 February", "DATE", "2026-02-11", None),
    ),
    ("The tribunal will sit again on 11 February.", OCTOBER, ("11 February", "DATE", "2026-02-11", None)),
    ("Parliament is expected to vote on 9 March.", OCTOBER, ("9 March", "DATE", "2026-03-09", None)),
    # a future told from the past with "would": a day two months back or less stays this year's
    (
        "Officials said the levy would apply from 1 September.",
        SEPTEMBER,
        ("1 September", "DATE", "2025-09-01", None),
    ),
    (
        "The tribunal said it would sit again on 11 February.",
        OCTOBER,
        ("11 February", "DATE", "2026-02-11", None),
    ),
    # put off "to" a day: a day still ahead, as "postponed until" is read
    ("Judges adjourned the case to 5 March.", OCTOBER, ("5 March", "DATE", "2026-03-05", None)),
    (
        "The board postponed the vote to the 2nd of February.",
        OCTOBER,
        ("the 2nd of February", "DATE", "2026-02-02", None),
    ),
    # "to" a place, or a verb that puts nothing off: the day is when it was done
    ("The firm moved its office to Leeds on 5 March.", OCTOBER, ("5 March", "DATE", "2025-03-05", None)),
    ("The team travelled to Lima on 5 March.", OCTOBER, ("5 March", "DATE", "2025-03-05", None)),
    # in the past tense: this year's
    ("The tribunal sat on 11 February.", OCTOBER, ("11 February", "DATE", "2025-02-11", None)),
    (
        "The hearing took place on the 19th of August.",
        OCTOBER,
        ("the 19th of August", "DATE", "2025-08-19", None),
    ),
    # a day a few days back in a future clause: a page dated after it was written, this year's
    ("The tribunal will sit again on 16 October.", OCTOBER, ("16 October", "DATE", "2025-10-16", None)),
    # a season gone by this year, in a clause that looks forward: next year's
    ("The two unions will hold fresh talks in the spring.", OCTOBER, ("the spring", "DATE", "2026-SP", None)),
    ("The dam will be finished by the summer.", OCTOBER, ("the summer", "DATE", "2026-SU", None)),
    # the season still under way, or one still ahead, or a past clause: this year's
    ("The bridge should reopen in the autumn.", OCTOBER, ("the autumn", "DATE", "2025-FA", None)),
    ("The two unions held talks in the summer.", OCTOBER, ("the summer", "DATE", "2025-SU", None)),
    (
        "The two unions will hold fresh talks in the autumn.",
        SEPTEMBER,
        ("the autumn", "DATE", "2025-FA", None),
    ),
    # "last summer" said in the autumn: the summer just ended, as news usage reads it
    ("The river flooded last summer.", OCTOBER, ("last summer", "DATE", "2025-SU", None)),
    ("The river flooded last winter.", "2025-03-20", ("last winter", "DATE", "2024-WI", None)),
]


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES, ids=[c[0] for c in CASES])
def test_times_ahead(analyse, stage, sentence: str, published: str, expected: tuple) -> None:
    found = [(t.text, t.type, t.value, t.mod) for t in stage(analyse(sentence, published=published))]
    assert expected in found, found
