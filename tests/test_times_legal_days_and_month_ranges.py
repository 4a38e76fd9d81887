"""Times: the legal form of a day ("on the 3rd day of June 2026", "this 12th day of May, 2026"), a dotted
date spaced after each dot ("20. 10. 2026."), the night of "overnight on Thursday" and "overnight
Thursday into Friday" (TimeML's "…TNI"; "overnight and early Friday" stays that morning's day), and a
range of two months or days with one year ("March-June 2026", "from November 2025 to February", "from
May 4 to June 30, 2027"): the one without a year in the range's year. Every sentence here is invented."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def times(time_triples):
    return time_triples


CASES = [
    (
        "The judgment was delivered at Mzuzu on the 3rd day of June 2026 by the full bench.",
        "2026-06-10",
        [("the 3rd day of June 2026", "DATE", "2026-06-03")],
    ),
    (
        "Dated at Kumasi this 12th day of May, 2026.",
        "2026-06-10",
        [("12th day of May, 2026", "DATE", "2026-05-12")],
    ),
    (
        "SIGNED AND SEALED THIS 21ST DAY OF MARCH 2026.",
        "2026-06-10",
        [("21ST DAY OF MARCH 2026", "DATE", "2026-03-21")],
    ),
    (
        "The hearing was set for 20. 10. 2026. at the district court.",
        "2026-06-10",
        [("20. 10. 2026", "DATE", "2026-10-20")],
    ),
    (
        "Objavljeno: 14. 06. 2026. 09:40\n\nThe ferry left Split on Friday.",
        "2026-06-14",
        [
            ("14. 06. 2026", "DATE", "2026-06-14"),
            ("09:40", "TIME", "2026-06-14T09:40"),
            ("Friday", "DATE", "2026-06-12"),
        ],
    ),
    (
        "Shelling hit the suburbs overnight on Wednesday, the governor said.",
        "2026-06-12",
        [("overnight", "TIME", "2026-06-10TNI"), ("Wednesday", "DATE", "2026-06-10")],
    ),
    (
        "Drones struck the depot overnight Tuesday into Wednesday.",
        "2026-06-12",
        [
            ("overnight", "TIME", "2026-06-09TNI"),
            ("Tuesday", "DATE", "2026-06-09"),
            ("Wednesday", "DATE", "2026-06-10"),
        ],
    ),
    (
        "Rain fell overnight into Thursday across the valley.",
        "2026-06-12",
        [("overnight", "TIME", "2026-06-10TNI"), ("Thursday", "DATE", "2026-06-11")],
    ),
    (
        "Crews fought the blaze overnight and early Thursday.",
        "2026-06-12",
        [("overnight", "DATE", "2026-06-11"), ("early Thursday", "DATE", "2026-06-11")],
    ),
    (
        "The agency will run the census from March to June 2026.",
        "2026-08-01",
        [("March", "DATE", "2026-03"), ("June 2026", "DATE", "2026-06")],
    ),
    (
        "Between February and April 2027 the road will close.",
        "2025-11-01",
        [("February", "DATE", "2027-02"), ("April 2027", "DATE", "2027-04")],
    ),
    (
        "The drought lasted from November 2025 to February.",
        "2025-11-20",
        [("November 2025", "DATE", "2025-11"), ("February", "DATE", "2026-02")],
    ),
    # days of a range with one year
    (
        "Entries are open from May 4 to June 30, 2027.",
        "2026-10-15",
        [("May 4", "DATE", "2027-05-04"), ("June 30, 2027", "DATE", "2027-06-30")],
    ),
    (
        "Tickets are on sale from 28 December 2026 to 3 January.",
        "2026-10-15",
        [("28 December 2026", "DATE", "2026-12-28"), ("3 January", "DATE", "2027-01-03")],
    ),
    (
        "Works ran from November to February 2026.",
        "2026-08-01",
        [("November", "DATE", "2025-11"), ("February 2026", "DATE", "2026-02")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES, ids=[c[0][:50] for c in CASES])
def test_times(times, text: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    assert times(text, published) == expected


def test_month_range_in_a_title(times) -> None:
    """A page of October looking back on the season: March of the title's year, not the coming March."""
    text = "Rainfall review for March-June 2026\n\nForecasters expect a wet season, officials said."
    assert times(text, "2026-10-15")[:2] == [("March", "DATE", "2026-03"), ("June 2026", "DATE", "2026-06")]
