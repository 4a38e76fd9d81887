"""The reader on a broadcaster's page and a fact-check page: a stamp whose date is written with hyphens
around its month ("Aired 07-Jun-2023 | 18:05 | Listen (3:40)") or year first ("2023-Jun-07"), after a
broadcast verb; a station's name beside its frequency or channel as the publisher; a transcript's
speaker turn ("NAME (HOST): …") as no dateline and its role as no publisher; "Produced by",
"Presented by", "Report:" bylines; a site's name in capitals above a fact-checker's tagline; and a
fact check's credit line ("Fact check by X · Reviewed by Y"). Every line here is invented."""

from __future__ import annotations

import pytest

from storyline.read import datelines, find_metadata, parse_stamp
from storyline.read.__init__ import _credit_line, _station_name

BODY = (
    "Workers at the cannery walked out on Monday after managers cut the night shift, and the union "
    "said the stoppage would last until the cuts were reversed by the board.\n"
)

STAMPS = [
    ("Aired 07-Jun-2023 | 18:05 | Listen (3:40)", ("aired", "2023-06-07")),
    ("Broadcast 7-Jun-2023", ("broadcast", "2023-06-07")),
    ("First broadcast: Wednesday 7 June 2023, 21:00", ("broadcast", "2023-06-07")),
    ("Originally aired on June 7, 2023", ("aired", "2023-06-07")),
    ("Transmitted 07 Jun 2023 | Duration: 28:15", ("transmitted", "2023-06-07")),
    ("Air date: 2023-06-07", ("date", "2023-06-07")),
    # year first, with the month's word
    ("2023-Jun-07", ("", "2023-06-07")),
    ("Posted 2023/june/07 · 4 min listen", ("posted", "2023-06-07")),
    ("Published 07-Jun-2023 | 09:10 | Watch (1:55)", ("published", "2023-06-07")),
    # a media button or length alone, or a sentence about broadcasting, is no stamp
    ("Listen (3:40)", None),
    ("Broadcast licences renewed for five stations", None),
    ("Aired 07-Jun-2023 | Storm floods the lower town", None),
]


@pytest.mark.parametrize(("line", "expected"), STAMPS)
def test_broadcast_stamp(line: str, expected: tuple[str, str] | None) -> None:
    assert parse_stamp(line) == expected


STATIONS = [
    ("MARSHLAND RADIO 88.3 FM", "MARSHLAND RADIO"),
    ("FM 104.9 Coastway Radio", "Coastway Radio"),
    ("AM 760 | TALKBACK NORTH", "TALKBACK NORTH"),
    ("LAGUNA TV · Channel 11", "LAGUNA TV"),
    ("98.1 MHz Valley Voice", "Valley Voice"),
    # no frequency, or words of a sentence around it: no station's head
    ("MARSHLAND RADIO", None),
    ("Listeners of 88.3 FM complained about the noise", None),
    ("Radio 88.3 FM ratings fall 4 percent", None),
]


@pytest.mark.parametrize(("line", "expected"), STATIONS)
def test_station_name(line: str, expected: str | None) -> None:
    assert _station_name(line) == expected


RADIO_PAGE = (
    "MARSHLAND RADIO 88.3 FM\n"
    "Drive Time\n"
    "Aired 07-Jun-2023 | 18:05 | Listen (3:40)\n"
    "Produced by Ilse Varga\n"
    "Cannery staff walk out over night shift\n\n"
    "PETRA OKONJO (HOST): Workers at the cannery walked out on Monday.\n"
    "ILSE VARGA (REPORTER): The union says the stoppage will go on.\n"
)


def test_radio_page_metadata() -> None:
    meta = find_metadata(RADIO_PAGE)
    assert (meta.publisher, meta.published, meta.authors) == (
        "MARSHLAND RADIO",
        "2023-06-07",
        ("Ilse Varga",),
    )


TURNS = [
    # a speaker's turn: a role in brackets after the name is no agency, and the line no dateline
    ("PETRA OKONJO (HOST): Workers walked out on Monday.", []),
    ("Ilse Varga (Senior Correspondent): The union says no.", []),
    ("DANA MORU (CO-HOST): Good evening.", []),
    # a wire dateline keeps its agency
    ("KISUMU (Lakewire) - Workers walked out on Monday.", [("KISUMU", "Lakewire")]),
]


@pytest.mark.parametrize(("line", "expected"), TURNS)
def test_speaker_turn_is_no_dateline(line: str, expected: list[tuple[str, str]]) -> None:
    assert [(line[slice(*d.place)], d.agency) for d in datelines(line)] == expected


BYLINES = [
    ("Produced by Ilse Varga", ("Ilse Varga",), None),
    ("Presented by Petra Okonjo", ("Petra Okonjo",), None),
    ("Reported by Ilse Varga", ("Ilse Varga",), None),
    ("Report: Ilse Varga", ("Ilse Varga",), None),
    ("Produced by Ilse Varga, Marshland Radio", ("Ilse Varga",), "Marshland Radio"),
]


@pytest.mark.parametrize(("line", "authors", "publisher"), BYLINES)
def test_broadcast_bylines(line: str, authors: tuple[str, ...], publisher: str | None) -> None:
    meta = find_metadata(f"Cannery staff walk out over night shift\n\n{line}\n\n{BODY}")
    assert (meta.authors, meta.publisher) == (authors, publisher)


CREDITS = [
    ("Fact check by Noor Haddad · Reviewed by Elio Brandt", (("Noor Haddad",), ("Elio Brandt",))),
    ("Fact-checked by Noor Haddad | Edited by Elio Brandt", (("Noor Haddad",), ("Elio Brandt",))),
    ("Fact check by Noor Haddad; Verified by Elio Brandt", (("Noor Haddad",), ("Elio Brandt",))),
    # a reviewer alone names no author
    ("Reviewed by Elio Brandt", None),
]


@pytest.mark.parametrize(("line", "expected"), CREDITS)
def test_fact_check_credit(line: str, expected: object) -> None:
    assert _credit_line(line) == expected


SITES = [
    # a site's name in capitals above a fact-checker's tagline, two words or one
    ("CLAIM WATCH\nChecking the claims that shape public debate", "CLAIM WATCH"),
    ("VERACITA\nFacts first, without fear", "VERACITA"),
    # a kicker above a headline is no site's name
    ("FACT CHECK\nClaims about bread prices are false, figures show", None),
]


@pytest.mark.parametrize(("top", "publisher"), SITES)
def test_fact_check_site(top: str, publisher: str | None) -> None:
    credit = "Fact check by Noor Haddad · Reviewed by Elio Brandt"
    text = f"{top}\n\nDid the council double bus fares?\n\n{credit}\n\n{BODY}"
    meta = find_metadata(text)
    assert (meta.publisher, meta.authors, meta.contributors) == (
        publisher,
        ("Noor Haddad",),
        ("Elio Brandt",),
    )


def test_country_kicker_over_a_tagline_like_line_is_no_site() -> None:
    text = f"KENYA\nNews of the strike reached the coast\n\nBy Noor Haddad\n\n{BODY}"
    assert find_metadata(text).publisher is None
