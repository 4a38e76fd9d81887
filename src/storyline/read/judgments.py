"""A court's judgment, ruling or its summary as a page: the court heading it and the day it was
delivered.

Such a page opens with its court on a line of its own, in capitals or not ("IN THE SUPREME COURT OF
ZAMBIA", "IN THE HIGH COURT OF KENYA AT NAIROBI", "In the Court of Appeal of Ghana"), and gives its day
in the legal form on a line of its own, at its head or its foot ("Delivered at Lusaka on the 3rd day of
June 2026", "Dated at Accra this 12th day of May, 2026", "JUDGMENT DELIVERED THIS 21ST DAY OF MARCH
2026") or in the ordinary form ("Judgment delivered on 3 June 2026"). The reader
(:func:`storyline.read.find_metadata`) takes the court as the page's publisher, as a press release's
issuer is, and the day it was delivered as the page's when no stamp gives one.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["court_heading", "delivered_day"]

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
# The court heading a judgment: "IN THE SUPREME COURT OF ZAMBIA", "IN THE HIGH COURT OF KENYA AT NAIROBI",
# "IN THE COURT OF APPEAL OF GHANA", "In the Constitutional Court of South Africa"; what follows "at" (the
# registry) or "holden at" is the court's seat, no part of its name.
_COURT = re.compile(
    r"^(?P<in>(?i:in\s+)?(?i:the\s+))?(?P<court>(?:[A-Z][\w'’-]*\s+){0,4}(?i:court|tribunal)\b"
    r"(?:\s+(?i:of)\s+(?:(?i:the)\s+)?[A-Z][\w'’-]*(?:\s+(?:(?i:of|and|the)\s+)?(?!(?i:at|in|holden)\b)[A-Z][\w'’-]*){0,5})?)"
    r"(?:\s+(?i:(?:holden\s+)?at|in)\s+[A-Z][\w'’ -]*)?[\s.:,]*$"
)
_SMALL = frozenset({"of", "the", "and", "at", "in", "for"})
# A word naming a court's decision on a line of a page's head ("JUDGMENT SUMMARY", "Ruling", "PRESS
# SUMMARY"): a court's name in capitals without "In the" heads such a page as its issuer.
_JUDGMENT_WORD = re.compile(
    r"(?i)^(?:\W*)(?:(?:press|judgment|judgement)\s+summary|summary\s+of\s+(?:the\s+)?"
    r"(?:judgment|judgement|ruling|decision)|judgment|judgement|ruling)\b"
)
# The day a judgment was delivered, dated or signed, on a line of its own: the legal form "on the 3rd
# day of June 2026", "this 12th day of May, 2026", or a date "on 3 June 2026", "on June 3, 2026".
_DELIVERED = re.compile(
    r"^(?i:(?:(?:judgment|judgement|ruling|order|decision|summary)\s+)?(?:delivered|dated|given|signed|pronounced"
    r"|handed\s+down|made)(?:\s+(?:and\s+)?(?:delivered|signed|dated))?(?:\s+(?:in\s+open\s+court|in\s+chambers))?)"
    r"(?:\s+(?i:at|in)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2},?)?\s+"
    r"(?i:(?:on\s+)?(?:the|this)\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+(?P<month>[a-z]+),?\s+(?P<year>\d{4})"
    r"|on\s+(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>[a-z]+),?\s+(?P<year2>\d{4})"
    r"|on\s+(?P<month3>[a-z]+)\s+(?P<day3>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year3>\d{4}))"
    r"[\s.]*$"
    # a summary's labelled day: "Judgment date: 3 June 2026", "Date of judgment: 3 June 2026"
    r"|^(?i:(?:judgment|judgement|ruling|decision)\s+(?:date|delivered)|date\s+of\s+(?:judgment|judgement|ruling"
    r"|decision|delivery))\s*:?\s*"
    r"(?:(?P<day4>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month4>[A-Za-z]+),?\s+(?P<year4>\d{4})"
    r"|(?P<month5>[A-Za-z]+)\s+(?P<day5>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year5>\d{4}))[\s.]*$"
)


def court_heading(lines: list[str]) -> str | None:
    """The court a judgment's page opens with, among its first six lines ("IN THE SUPREME COURT OF
    ZAMBIA" -> "Supreme Court of Zambia"; in capitals without "In", "SUPREME COURT OF ZAMBIA", over a
    "JUDGMENT SUMMARY" or "RULING" line), in title case when written in capitals; None for a page
    without one."""
    judgment = any(_JUDGMENT_WORD.search(ln) for ln in lines[:10])
    for line in lines[:6]:
        m = _COURT.match(line.strip())
        if m and ((m["in"] and m["in"].lower().startswith("in")) or (judgment and line.isupper())):
            court = " ".join(m["court"].split())
            return _title_cased(court) if court.isupper() else court
    return None


def _title_cased(name: str) -> str:
    words = name.lower().split()
    return " ".join(w if i and w in _SMALL else w[:1].upper() + w[1:] for i, w in enumerate(words))


def delivered_day(lines: list[str]) -> str | None:
    """The ISO day of a judgment's "Delivered at Lusaka on the 3rd day of June 2026" line (or "Dated
    …", "Judgment delivered on 3 June 2026"), the first such line on the page; None when it has none."""
    for line in lines:
        m = _DELIVERED.match(line.strip())
        if not m:
            continue
        day = m["day"] or m["day2"] or m["day3"] or m["day4"] or m["day5"]
        month = (m["month"] or m["month2"] or m["month3"] or m["month4"] or m["month5"]).lower()
        year = m["year"] or m["year2"] or m["year3"] or m["year4"] or m["year5"]
        if month not in _MONTHS:
            continue
        try:
            return dt.date(int(year), _MONTHS.index(month) + 1, int(day)).isoformat()
        except ValueError:
            continue
    return None
