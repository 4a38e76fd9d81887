"""A court's judgment or its summary as a page: the court heading it ("IN THE SUPREME COURT OF ZAMBIA")
is its publisher when nothing else names one, and the day it was delivered in the legal form ("Delivered
at Lusaka on the 3rd day of June 2026", "Dated at Accra this 12th day of May, 2026") or the ordinary
one ("Judgment delivered on 3 June 2026") its publication date when no stamp gives one. Every page here
is invented."""

from __future__ import annotations

import pytest

from storyline.read import find_metadata
from storyline.read.judgments import court_heading, delivered_day

JUDGMENT = """IN THE HIGH COURT OF MALAWI
HOLDEN AT BLANTYRE

Civil Cause No. 112 of 2025

BETWEEN:
CHIPO FARMS LIMITED    Claimant
AND
SHIRE WATER BOARD    Defendant

SUMMARY OF JUDGMENT

The court found that the board had cut off the claimant's irrigation supply without notice and
awarded damages of 18 million kwacha.

Justice Banda said the board had ignored two earlier orders.

{delivered}
"""


@pytest.mark.parametrize(
    ("delivered", "day"),
    [
        ("Delivered at Blantyre on the 4th day of September 2026", "2026-09-04"),
        ("Dated at Blantyre this 21st day of August, 2026.", "2026-08-21"),
        ("DELIVERED IN OPEN COURT THIS 2ND DAY OF OCTOBER 2026", "2026-10-02"),
        ("Judgment delivered on 7 July 2026", "2026-07-07"),
        ("Judgment date: 7 July 2026", "2026-07-07"),
        ("Delivered in Blantyre this 5th day of September, 2026", "2026-09-05"),
        ("DATED AT BLANTYRE THIS 6TH DAY OF SEPTEMBER 2026", "2026-09-06"),
        ("Date of judgment: July 8, 2026", "2026-07-08"),
        ("Given under my hand on the 30th day of February 2026", None),  # no such day
    ],
)
def test_judgment_page_day_and_court(delivered: str, day: str | None) -> None:
    meta = find_metadata(JUDGMENT.format(delivered=delivered))
    assert meta.published == day
    assert meta.publisher == "High Court of Malawi"


@pytest.mark.parametrize(
    ("line", "court"),
    [
        ("IN THE SUPREME COURT OF ZAMBIA", "Supreme Court of Zambia"),
        ("IN THE COURT OF APPEAL OF GHANA", "Court of Appeal of Ghana"),
        ("In the Constitutional Court of South Africa", "Constitutional Court of South Africa"),
        ("IN THE HIGH COURT OF KENYA AT NAIROBI", "High Court of Kenya"),
        ("In the morning the court sat again.", None),
        ("The Supreme Court of Zambia ruled on Friday.", None),
    ],
)
def test_court_heading(line: str, court: str | None) -> None:
    assert court_heading([line]) == court


def test_court_in_capitals_over_a_judgment_summary() -> None:
    """A court's name in capitals without "In the" heads a summary's page as its issuer; "JUDGMENT SUMMARY"
    under it is no byline."""
    page = (
        "CONSTITUTIONAL COURT OF MALAWI\n\nJUDGMENT SUMMARY\n\nTembo v Electoral Commission\n\n"
        "The court ordered a fresh count in two wards.\n\nDelivered at Lilongwe on the 9th day of July 2026\n"
    )
    meta = find_metadata(page)
    assert (meta.publisher, meta.published) == ("Constitutional Court of Malawi", "2026-07-09")
    assert meta.authors == ()
    assert court_heading(["CONSTITUTIONAL COURT OF MALAWI", "Minister resigns over grain deal"]) is None


def test_a_stamp_wins_over_the_delivered_day() -> None:
    page = "Published: 12 October 2026\n\n" + JUDGMENT.format(
        delivered="Delivered on the 4th day of September 2026"
    )
    assert find_metadata(page).published == "2026-10-12"


def test_a_story_line_is_no_delivered_day() -> None:
    assert delivered_day(["The ruling was delivered on the 4th day of the trial, 3 May 2026."]) is None
