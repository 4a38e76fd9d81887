"""read: the order of a numeric stamp told by its time zone, datelines whose date is in figures, and a
site's name in capitals above its menu. Invented pages and lines only."""

from __future__ import annotations

import pytest

from storyline.read import datelines, find_metadata, parse_stamp

PARAGRAPH = "The river rose overnight " + "and crews worked along the banks " * 5 + "until the morning.\n\n"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a zone of a country that writes the day first: day first
        ("Published 6/2/2025, 8:40 pm AEDT", ("published", "2025-02-06")),
        ("Updated 6/2/2025 10:15am NZST", ("updated", "2025-02-06")),
        ("Posted 6/2/2025 at 8:40 pm BST", ("posted", "2025-02-06")),
        ("Published 6/2/2025 8:40 PM (IST)", ("published", "2025-02-06")),
        ("Published 6/2/2025, 20:40 CET", ("published", "2025-02-06")),
        ("Published 6/2/2025, 8:40 pm SAST", ("published", "2025-02-06")),
        # a North American zone: month first, as before
        ("Published 6/2/2025, 8:40 pm EST", ("published", "2025-06-02")),
        ("Published 6/2/2025, 8:40 p.m. PT", ("published", "2025-06-02")),
        # a number over 12 says it whatever the zone
        ("Published 6/21/2025, 8:40 pm AEST", ("published", "2025-06-21")),
        ("Published 21/6/2025, 8:40 pm EDT", ("published", "2025-06-21")),
        # no zone, or one used everywhere: still unknown, no guess
        ("Published 6/2/2025, 8:40 pm", None),
        ("Published 6/2/2025, 8:40 pm GMT", None),
        ("Published 6/2/2025, 8:40 pm UTC", None),
    ],
)
def test_zone_tells_numeric_order(line: str, expected: tuple[str, str] | None) -> None:
    assert parse_stamp(line) == expected


def test_zone_stamp_dates_the_page() -> None:
    page = "Ferry fares rise again\nBy Ana Ruiz\nPublished 6/2/2025, 8:40 pm AWST\n" + PARAGRAPH
    assert find_metadata(page).published == "2025-02-06"


# text -> (place, ISO day, (month, day)) of each dateline
NUMERIC_DATELINES = [
    ("TALLINN, 09.06.2025 — The port reopened.", [("TALLINN", "2025-06-09", (6, 9))]),
    ("Mbarara, 07/02/2025 - Police said.", [("Mbarara", "2025-02-07", (2, 7))]),
    ("Cusco, 2025-06-09: The mayor said.", [("Cusco", "2025-06-09", (6, 9))]),
    ("OSLO, 09.06.25 — The port reopened.", [("OSLO", "2025-06-09", (6, 9))]),
    ("Tamale, 7/13/2025 — The port reopened.", [("Tamale", "2025-07-13", (7, 13))]),  # 13 is no month
    ("GREELEY, Colo., 07/02/2025 — The port reopened.", [("GREELEY", "2025-07-02", (7, 2))]),  # a US state
    ("HALDEN, 09.06.2025 (NTB) - The port reopened.", [("HALDEN", "2025-06-09", (6, 9))]),
    ("Meanwhile, 09.06.2025 - the day of the vote came.", []),  # prose after the dash
    ("TALLINN, 41.06.2025 — The port reopened.", []),  # no such day
    ("The tally, 3-2-25 - was read out.", []),
]


@pytest.mark.parametrize(("text", "expected"), NUMERIC_DATELINES)
def test_numeric_datelines(text: str, expected: list[tuple[str, str, tuple[int, int]]]) -> None:
    assert [(text[slice(*d.place)], d.day, d.month_day) for d in datelines(text)] == expected


def test_numeric_dateline_dates_the_page() -> None:
    page = "Ferry fares rise again\nBy Ana Ruiz\nMbarara, 07/02/2025 - " + PARAGRAPH
    assert find_metadata(page).published == "2025-02-07"


@pytest.mark.parametrize(
    ("top", "publisher"),
    [
        # a site's name in capitals, its section beside it, above a menu
        ("OSPREY SPORT\nHome   News   Sport   Business   Opinion", "OSPREY"),
        ("OSPREY SPORT\nHome | News | Sport | Business", "OSPREY"),
        ("OSPREY\nHome   News   Sport   Business", "OSPREY"),
        ("MARLOW BAY CULTURE\nHome   News   Culture   Travel", "MARLOW BAY"),
        # the section set apart on the name's line
        ("OSPREY | BUSINESS\nHome   News   Sport   Business", "OSPREY"),
        ("WORLD | BUSINESS\nHome   News   Sport", None),
        # the menu one item a line
        ("OSPREY SPORT\nHome\nNews\nSport\nBusiness", "OSPREY"),
        # a word of newspaper names stays: the name as before
        ("TARNWELL NEWS\nHome   World   Sport", "TARNWELL NEWS"),
        # a section's label in capitals is no site's name
        ("WORLD\nHome   News   Sport", None),
        ("LIVE UPDATES\nHome   News   Sport", None),
        # a site's name in title case without a newspaper word above a menu: not taken (a headline's shape)
        ("Osprey Sport\nHome   News   Sport   Business", None),
    ],
)
def test_capitals_site_name_above_menu(top: str, publisher: str | None) -> None:
    page = f"{top}\nRowers take the title after a late surge\nBy Ana Ruiz and Jo Marsh\n" + PARAGRAPH
    assert find_metadata(page).publisher == publisher


@pytest.mark.parametrize(
    ("dateline", "expected"),
    [
        ("PERTH — ", "2024-06-05"),  # the largest place of the name is in a day-first country
        ("LONDON — ", "2024-06-05"),  # the Canadian city of the name is a twentieth its size
        ("SINGAPORE — ", "2024-06-05"),  # a country's own name
        ("CHICAGO — ", "2024-05-06"),  # a month-first country
        ("TORONTO — ", None),  # a country that writes either order
        ("SPRINGFIELD — ", "2024-05-06"),  # every place of the name large enough is American
    ],
)
def test_dateline_city_tells_numeric_order(dateline: str, expected: str | None) -> None:
    assert find_metadata("Published 05/06/2024\n" + dateline + PARAGRAPH).published == expected
