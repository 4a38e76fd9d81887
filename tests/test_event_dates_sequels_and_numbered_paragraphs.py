"""Event dates of acts the text sets against others. An act in a "before" or "after" clause whose
gap is not counted in days ("weeks after", "days before", "two months before") has no date, nor
does one "before" a main clause dated by a month only: neither the main clause's day nor the
page's ("after" a clause dated by a month, that month). In a numbered summary ("7. On 3 May the
tribunal ..."), a paragraph with no date of its own takes the day of the act before it only when
it says it followed ("then", "subsequently"), never an earlier paragraph's day by default.
Invented sentences read by the whole pipeline, published on Thursday 10 June 2021.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2021-06-10"

# (text, trigger, date, how the date was found)
DATES = [
    ("Riot police detained the governor on Tuesday, days after auditors accused him of embezzlement.",
     "accused", None, None),
    ("Riot police detained the governor on Tuesday, days after auditors accused him of embezzlement.",
     "detained", "2021-06-08", "text"),
    ("The walkout ended weeks after the federation agreed to mediation.", "agreed", None, None),
    ("Loggers occupied the sawmill in February before the owners agreed to a pay rise.", "agreed",
     None, None),
    ("The nurses had struck in April, two months before the hospital board offered a bonus.",
     "offered", None, None),
    # "after" a clause dated by a month only: that month
    ("The ferry service was suspended in May after fishermen blockaded the harbour.", "blockaded",
     "2021-05", "text"),
    # a gap counted in days, and a clause with no date at all, keep their rules
    ("Riot police detained the governor on Tuesday, two days after auditors accused him of embezzlement.",
     "accused", "2021-06-06", "text"),
    ("Riot police fired tear gas after students threw stones.", "threw stones", PUBLISHED, "published"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "trigger", "date", "date_from"), DATES, ids=[f"{c[1]}: {c[0][:40]}" for c in DATES]
)
def test_sequel_dates(pipeline, text, trigger, date, date_from):
    record = pipeline.process(text, published=PUBLISHED)
    got = sorted({(e.date, e.date_from) for e in record.events if e.trigger.text == trigger})
    assert got == [(date, date_from)], [(e.type, e.trigger.text, e.date, e.date_from) for e in record.events]


SUMMARY = (
    "7. On 3 May 2021 the tribunal fined the two inspectors for negligence.\n\n"
    "8. The tribunal then ordered the council to compensate the tenants.\n\n"
    "9. The council appealed the decision.\n\n"
    "10. In January 2020 the first applicant was detained by police in Ostrava.\n\n"
    "11. On 2 March 2020 the district court remanded him in custody.\n\n"
    "12. The regional court subsequently rejected his complaint.\n"
)


def test_numbered_summary_dates(pipeline):
    record = pipeline.process(SUMMARY, published=PUBLISHED)
    got = [(e.trigger.text, e.date, e.date_from) for e in record.events]
    assert got == [
        ("fined", "2021-05-03", "text"),
        ("ordered", "2021-05-03", "text"),
        ("appealed", PUBLISHED, "published"),
        ("detained", "2020-01", "text"),
        ("remanded him in custody", "2020-03-02", "text"),
        ("rejected", "2020-03-02", "text"),
        ("complaint", "2020-03-02", "text"),
    ]
