"""Page furniture (session 19, second round): a bilingual byline ("Par / By …") is the author's, with
its bilingual stamp and share line furniture; a wire story's "(Reporting by …; Editing by …)" gives
the reporters as authors wherever it stands after the body (a correction, share buttons, a list of
links and the footer may follow it; the editors are no authors); a small screen's top bar ("≡ Menu
NAME  Search") names the site, and a copyright footer names the publisher with links or notes on its
line ("| Terms", ". Content under …", "Copyright by …") or above the page's last links. All pages and
names are invented."""

from __future__ import annotations

import pytest

from storyline.read import _BY_LINE, _copyright_publisher, _menu_bar_name, find_metadata, parse_byline

BODY = (
    "Dock workers at the port of Vessany walked off the job on Monday over unpaid overtime, halting the "
    "loading of grain ships for a second day, the union said.\n\n"
    "Talks with the port operator broke down late on Sunday, according to a statement from the union."
)


def _page(*parts: str) -> str:
    return "\n".join(parts) + "\n"


# --- 1. a bilingual byline ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("Par / By Odile Ferrant", ("Odile Ferrant",)),
        ("Por / By Tomás Quiroga", ("Tomás Quiroga",)),
        ("Von / By Jonas Weidler", ("Jonas Weidler",)),
        ("Door / By Sanne Vlietstra", ("Sanne Vlietstra",)),
        ("par/by Odile Ferrant and Rémi Cassou", ("Odile Ferrant", "Rémi Cassou")),
        # the role in both languages
        ("Par / By Odile Ferrant, correspondante / correspondent", ("Odile Ferrant",)),
        # the two halves joined by a bar, as a line with its stamp taken out gives them
        ("Par | By Odile Ferrant", ("Odile Ferrant",)),
        # no English "By" after the slash: no byline
        ("Par / Odile Ferrant", None),
        # a word that is no "by" before the slash: no byline
        ("Sport / By Odile Ferrant", None),
    ],
)
def test_bilingual_byline(line: str, authors: tuple[str, ...] | None) -> None:
    got = parse_byline(line, prefixed=True)
    assert (got[0] if got else None) == authors


@pytest.mark.parametrize(
    ("head", "authors", "headline", "published"),
    [
        (
            [
                "Dockers walk out at Vessany over unpaid overtime",
                "",
                "Par / By Odile Ferrant",
                "Publié le 9 mars 2026 à 08h40 | Published March 9, 2026, 8:40 a.m.",
                "Partagez / Share this: X | Telegram",
            ],
            ("Odile Ferrant",),
            "Dockers walk out at Vessany over unpaid overtime",
            "2026-03-09",
        ),
        (
            [
                "EL FARO DE VESSANY",
                "Inicio | Noticias | Puerto",
                "",
                "Dockers walk out at Vessany over unpaid overtime",
                "",
                "Por / By Tomás Quiroga",
                "Publicado el 9 de marzo de 2026 | Published March 9, 2026",
                "Compartir / Share: Facebook | X",
            ],
            ("Tomás Quiroga",),
            "Dockers walk out at Vessany over unpaid overtime",
            "2026-03-09",
        ),
        # the byline and the stamp on one line
        (
            [
                "Dockers walk out at Vessany over unpaid overtime",
                "",
                "Par / By Odile Ferrant | Publié le 9 mars 2026 / Published March 9, 2026",
            ],
            ("Odile Ferrant",),
            "Dockers walk out at Vessany over unpaid overtime",
            "2026-03-09",
        ),
    ],
)
def test_bilingual_page(head: list[str], authors: tuple[str, ...], headline: str, published: str) -> None:
    meta = find_metadata(_page(*head, "", BODY))
    assert (meta.authors, meta.headline, meta.published) == (authors, headline, published)


# --- 2. a wire foot that is not the last paragraph -------------------------------------------------------

FOOT_AFTER = [
    "",
    "Correction: This report first misnamed the operator of the Vessany docks.",
    "",
    "Send to: Email  Print  Telegram",
    "",
    "More Business",
    "Copper climbs on supply fears",
    "Airline cuts winter routes",
    "Bank keeps rates on hold",
    "",
    "© 2026 Corran Wire. All rights reserved.",
]


@pytest.mark.parametrize(
    ("sign_off", "after", "authors", "contributors"),
    [
        # the sign-off above a correction, share words, a list of links and the footer
        (
            "(Reporting by Maren Olsby in Vessany and Piet Draaijer in Antwerp; Editing by Clive Amberley)",
            FOOT_AFTER,
            ("Maren Olsby", "Piet Draaijer"),
            (),
        ),
        (
            "(Reporting by Maren Olsby; Additional reporting by Yusuf Kaderli in Izmir; "
            "Editing by Clive Amberley)",
            FOOT_AFTER,
            ("Maren Olsby",),
            ("Yusuf Kaderli",),
        ),
        # the sign-off ending the story, as before
        ("(Reporting by Maren Olsby in Vessany; Editing by Clive Amberley)", [], ("Maren Olsby",), ()),
        # no sign-off: no authors
        ("", FOOT_AFTER, (), ()),
    ],
)
def test_wire_sign_off_anywhere_after_body(
    sign_off: str, after: list[str], authors: tuple[str, ...], contributors: tuple[str, ...]
) -> None:
    text = _page("Dockers walk out at Vessany over unpaid overtime", "", BODY, "", sign_off, *after)
    meta = find_metadata(text)
    assert (meta.authors, meta.contributors) == (authors, contributors)


def test_sentence_opening_with_reporting_is_no_sign_off() -> None:
    text = _page(
        "Dockers walk out at Vessany over unpaid overtime",
        "",
        BODY,
        "",
        "Reporting by local radio suggested the strike would spread to two other ports.",
        *FOOT_AFTER,
    )
    assert find_metadata(text).authors == ()


# --- 3. a small screen's top bar and the copyright footer ----------------------------------------------


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("≡ Menu      THE VESSANY COURIER      Search", "The Vessany Courier"),
        ("☰ Menu  |  Vessany Courier  |  Sign in", "Vessany Courier"),
        ("Menu    EL FARO DE VESSANY    Subscribe    Log in", "El Faro de Vessany"),
        ("MENU   VOICE OF THE ESTUARY   SEARCH", "Voice of the Estuary"),
        # a menu of sections, or buttons only: no site's name
        ("Menu   World   Business   Sport", None),
        ("≡ Menu    Search", None),
        ("Home   World   Business", None),
    ],
)
def test_menu_bar_name(line: str, name: str | None) -> None:
    assert _menu_bar_name(line) == name


@pytest.mark.parametrize(
    ("top", "footer", "publisher"),
    [
        (["≡ Menu      THE VESSANY COURIER      Search", ""], [], "The Vessany Courier"),
        # the footer names it too: the footer's form
        (["≡ Menu      VESSANY COURIER      Search", ""], ["", "© 2026 Vessany Courier"], "Vessany Courier"),
        # a footer with its links on its line
        ([], ["", "© 2026 Vessany Courier | Terms of use | Privacy"], "Vessany Courier"),
        # a footer above the page's last links
        (
            [],
            [
                "",
                "© 2026 Vessany Courier",
                "Terms of use",
                "Privacy",
                "Cookies",
                "Contact",
                "About us",
                "Careers",
            ],
            "Vessany Courier",
        ),
        # a name with the small words of another language
        ([], ["", "© 2026 Le Phare de la Côte"], "Le Phare de la Côte"),
    ],
)
def test_site_name_in_top_bar_and_footer(top: list[str], footer: list[str], publisher: str | None) -> None:
    text = _page(
        *top, "Dockers walk out at Vessany over unpaid overtime", "", "By Maren Olsby", "", BODY, *footer
    )
    assert find_metadata(text).publisher == publisher


@pytest.mark.parametrize(
    ("line", "pub"),
    [
        ("© 2026 Vessany Courier | Terms of use | Privacy", "Vessany Courier"),
        ("Copyright 2026 Voice of the Estuary · Contact us", "Voice of the Estuary"),
        ("© 2026 La Gaceta del Puerto. All rights reserved.", "La Gaceta del Puerto"),
        # "Copyright by", and notes after the name's full stop or a dash
        ("Copyright by The Vessany Courier. All rights reserved.", "The Vessany Courier"),
        ("© 2026 Vessany Courier. Content under a Creative Commons licence.", "Vessany Courier"),
        ("© 2026 Vessany Courier. All Rights Reserved.", "Vessany Courier"),
        ("© Vessany Courier 2026 – All rights reserved. Reproduction prohibited.", "Vessany Courier"),
        ("© 2026 Vessany Courier — news from the estuary since 1921", "Vessany Courier"),
        ("© 2026 St. Brenna Gazette. All rights reserved.", "St. Brenna Gazette"),
        # no footer: words that go on in lower case after a comma
        ("© 2026 Vessany Courier, all the news that matters to you and your family", None),
    ],
)
def test_copyright_line(line: str, pub: str | None) -> None:
    assert _copyright_publisher(line) == pub


def test_by_line_prefix_needs_by() -> None:
    assert _BY_LINE.match("Por / By Tomás Quiroga")["rest"] == "Tomás Quiroga"  # type: ignore[index]
    assert _BY_LINE.match("Por / Tomás Quiroga") is None
