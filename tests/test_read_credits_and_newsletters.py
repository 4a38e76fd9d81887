"""The reader's stamps in more languages (Indonesian, Malay, Turkish, Vietnamese weekdays; zones of
South-East Asia), labelled credit lines ("Words: … | Photography: …", "Compiled by …", a translator's
line) and a newsletter's e-mail chrome above its masthead. Every sentence here is invented."""

from __future__ import annotations

import pytest

from storyline.read import _credit_line, _email_chrome, find_metadata
from storyline.read.dates import parse_stamp

STAMPS = [
    ("Rabu, 9 April 2025 | 08:15 WITA", ("", "2025-04-09")),
    ("Kamis, 14 Agustus 2025 10:00 WIB", ("", "2025-08-14")),
    ("Sabtu, 2 Desember 2023 - 19:05 WIB", ("", "2023-12-02")),
    ("Senin, 3 Maret 2025 | 07:30 WIT", ("", "2025-03-03")),
    ("Isnin, 3 Mac 2025 | 9:00 MYT", ("", "2025-03-03")),
    ("Khamis, 21 Ogos 2025, 16:45", ("", "2025-08-21")),
    ("Perşembe, 6 Mart 2025 14:00", ("", "2025-03-06")),
    ("Persembe, 6 Kasım 2025 09:10", ("", "2025-11-06")),
    ("Thứ Hai, 7/4/2025 15:05 (GMT+7)", ("", "2025-04-07")),
    ("Chủ nhật, 19/10/2025 08:00", ("", "2025-10-19")),
    # the zone in the clock's piece of the line tells the order of the date's piece
    ("Jumat, 05/09/2025 | 07:45 WIB", ("", "2025-09-05")),
    ("05/09/2025 | 07:45 CET", ("", "2025-09-05")),
    ("05/09/2025 | 07:45 EST", None),
    ("Minggu sore di pelabuhan", None),
    # the number of a newsletter's issue beside its date
    ("Issue 88 | Tuesday, 8 July 2025", ("", "2025-07-08")),
    ("Vol. 4, No. 19 · 8 July 2025", ("", "2025-07-08")),
    ("Issue 88", None),
]


@pytest.mark.parametrize(("line", "expected"), STAMPS)
def test_stamps_of_more_languages(line: str, expected: tuple[str, str] | None) -> None:
    assert parse_stamp(line) == expected


def test_indonesian_stamp_is_the_page_date() -> None:
    text = (
        "Harbour authority delays port expansion\n\nSelasa, 9 September 2025 | 11:40 WIB\n\n"
        "By Sari Wulan\n\nThe harbour authority said on Tuesday it would delay the expansion of the "
        "port by six months, citing the cost of dredging the channel.\n"
    )
    meta = find_metadata(text)
    assert (meta.published, meta.authors) == ("2025-09-09", ("Sari Wulan",))


CREDITS = [
    ("Words: Tobias Lindqvist | Photography: Noor Haddad", (("Tobias Lindqvist",), ("Noor Haddad",))),
    ("Text and photos by Petra Wallin", (("Petra Wallin",), ())),
    ("Story by Ines Farrow; pictures by Kofi Mensah", (("Ines Farrow",), ("Kofi Mensah",))),
    (
        "Text: Ines Farrow · Video: Kofi Mensah and Lea Stone",
        (("Ines Farrow",), ("Kofi Mensah", "Lea Stone")),
    ),
    ("Words: Tobias Lindqvist / Graphics: Noor Haddad", (("Tobias Lindqvist",), ("Noor Haddad",))),
    ("Photography: Noor Haddad", None),  # no writer named: not the page's byline
    ("Words: all of them | Photography: the crew", None),
    ("Home | World | Business", None),
]


@pytest.mark.parametrize(("line", "expected"), CREDITS)
def test_credit_lines(line: str, expected: tuple[tuple[str, ...], tuple[str, ...]] | None) -> None:
    assert _credit_line(line) == expected


_PAGE = (
    "Harbour authority delays port expansion\n\n{}\n\nThe harbour authority said on Wednesday it would "
    "delay the expansion of the port by six months, citing the cost of dredging.\n"
)
BYLINES = [
    ("Words: Tobias Lindqvist | Photography: Noor Haddad", ("Tobias Lindqvist",), ("Noor Haddad",)),
    ("Compiled by Marta Quiroga", ("Marta Quiroga",), ()),
    ("Compiled by Marta Quiroga from wire reports", ("Marta Quiroga",), ()),
    (
        "By Petra Wallin\nTranslated from the Portuguese by Luis Carvalho",
        ("Petra Wallin",),
        ("Luis Carvalho",),
    ),
    ("By Petra Wallin\nTranslated by Luis Carvalho", ("Petra Wallin",), ("Luis Carvalho",)),
    ("By Petra Wallin\nTranslation: Luis Carvalho", ("Petra Wallin",), ("Luis Carvalho",)),
    ("By Petra Wallin\nTranslated from Greek by Eleni Markou.", ("Petra Wallin",), ("Eleni Markou",)),
]


@pytest.mark.parametrize(("lines", "authors", "contributors"), BYLINES)
def test_credit_bylines(lines: str, authors: tuple[str, ...], contributors: tuple[str, ...]) -> None:
    meta = find_metadata(_PAGE.format(lines))
    assert (meta.authors, meta.contributors) == (authors, contributors)


CHROME = [
    ("View in your browser", True),
    ("Read online | Send to a colleague", True),
    ("Trouble reading this message? Open it here", True),
    ("Having trouble reading this newsletter? Open it online.", True),
    ("Opt out · Update your preferences", True),
    ("Unsubscribe · Update your preferences", True),
    ("Manage your subscriptions | Unsubscribe", True),
    ("View this email online | Forward to a colleague", True),
    ("Subscribers gathered in the square", False),
    ("Subscribe", False),
    ("Home | World | Business", False),
]


@pytest.mark.parametrize(("line", "expected"), CHROME)
def test_email_chrome(line: str, expected: bool) -> None:
    assert _email_chrome(line) is expected


NEWSLETTERS = [
    (
        "Read online | Send to a colleague\n\nTHE QUAYSIDE BRIEF\n\nPort fees to rise as harbour board "
        "approves budget\n\nThursday, 3 July 2025\n\nBy Marta Quiroga\n\n",
        ("The Quayside Brief", "Port fees to rise as harbour board approves budget", ("Marta Quiroga",)),
    ),
    (
        "Having trouble reading this newsletter? Open it online.\nUnsubscribe | Update your preferences\n"
        "COASTAL MARKETS WEEKLY\n\nPort fees to rise as harbour board approves budget\n\n",
        ("Coastal Markets Weekly", "Port fees to rise as harbour board approves budget", ()),
    ),
    (
        "View this email in your browser\n\nTHE TIDE TABLE\nIssue 88 | Tuesday, 8 July 2025\n\nPort fees to "
        "rise as harbour board approves budget\n\nBy Marta Quiroga\n\n",
        ("The Tide Table", "Port fees to rise as harbour board approves budget", ("Marta Quiroga",)),
    ),
    (
        "Trouble viewing this email? View it online\n\nThe Estuary Ledger Weekly\n\nPort fees to rise as "
        "harbour board approves budget\n\n",
        ("The Estuary Ledger Weekly", "Port fees to rise as harbour board approves budget", ()),
    ),
]


@pytest.mark.parametrize(("head", "expected"), NEWSLETTERS)
def test_newsletter_masthead(head: str, expected: tuple[str, str, tuple[str, ...]]) -> None:
    text = head + (
        "The harbour board approved a budget on Wednesday that will raise port fees by 4 per cent "
        "from September, officials said.\n"
    )
    meta = find_metadata(text)
    assert (meta.publisher, meta.headline, meta.authors) == expected
