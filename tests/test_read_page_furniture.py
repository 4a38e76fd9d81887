"""Page furniture that is no part of the article: a web archive's capture banner over a saved page, a
printer-friendly page's "Printed from <site> on <date>" line and footnote markers glued to words. The
reader looks for the page's head below the banner and takes no date from the printing line; the
parser's view blanks them (same length), so no stage reads a time, a name or a clause from them."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from storyline.read import find_metadata
from storyline.read.furniture import archive_banner, banner_url, blank_furniture, link_markers, printed_line

BANNER = """The Wayback Machine - https://web.archive.org/web/20240911083015/https://www.coastalvoice.net/local/2024/09/02/pier-repairs
https://www.coastalvoice.net/local/2024/09/02/pier-repairs
Go
87 captures
03 Jan 2019 - 11 Sep 2024
AUG\tSEP\tOCT
11
2023\t2024\t2025
success
fail
About this capture
COLLECTED BY
Organization: Internet Archive
The Internet Archive discovers and captures web pages through many different web crawls.
Collection: Survey Crawls
TIMESTAMPS

"""

PAGE = """COASTAL VOICE
Home | Local | Business | Weather

Harbour board approves pier repairs after storm damage

By Maeve Donnelly
Published September 2, 2024

The harbour board on Friday approved repairs to the north pier, which was damaged in a storm in March.

"We cannot wait another winter," said board chair Colm Byrne.

© 2024 Coastal Voice
"""


def test_archive_banner_is_skipped_for_the_page_head() -> None:
    meta = find_metadata(BANNER + PAGE)
    assert meta.authors == ("Maeve Donnelly",)
    assert meta.published == "2024-09-02"
    assert meta.headline == "Harbour board approves pier repairs after storm damage"
    assert meta.publisher == "Coastal Voice"
    assert meta.url == "https://www.coastalvoice.net/local/2024/09/02/pier-repairs"


def test_archive_banner_span_and_address() -> None:
    text = BANNER + PAGE
    span = archive_banner(text)
    assert span == (0, len(BANNER.rstrip("\n")))
    assert banner_url(text, span) == "https://www.coastalvoice.net/local/2024/09/02/pier-repairs"


@pytest.mark.parametrize(
    "text",
    [
        PAGE,
        "87 captures of the bird were logged\n\nThe survey said so.",
        "TIMESTAMPS\n\nA page whose first line is one word of a banner has no banner.",
    ],
)
def test_no_archive_banner_without_two_of_its_lines(text: str) -> None:
    assert archive_banner(text) is None


def test_archive_banner_gives_no_times(
    time_triples: Callable[..., list[tuple[str, str, str | None]]],
) -> None:
    got = time_triples(BANNER + PAGE, published="2024-09-02")
    assert got == [
        ("September 2, 2024", "DATE", "2024-09-02"),
        ("Friday", "DATE", "2024-08-30"),
        ("March", "DATE", "2024-03"),
        ("2024", "DATE", "2024"),
    ]


PRINTED = """Printed from The Marlow Observer on 21/08/2026

Water tariffs to rise for a second year

By Priya Natarajan
18 August 2026

The utility's filing[3] said on Monday that tariffs would rise by 9 percent, a figure the watchdog
Fair Tap[1], which tracks household bills, called unjustified.

Links:
[1] https://www.fairtap.org
[3] https://www.marlowwater.co.uk/filing
"""


def test_printed_from_line_is_no_date_and_no_headline() -> None:
    meta = find_metadata(PRINTED)
    assert meta.published == "2026-08-18"
    assert meta.headline == "Water tariffs to rise for a second year"
    assert meta.publisher == "The Marlow Observer"
    assert meta.authors == ("Priya Natarajan",)


def test_printed_from_line_alone_gives_no_date() -> None:
    assert (
        find_metadata("Printed from www.dalesherald.com on 03/04/2026\n\nThe mill closed.\n").published
        is None
    )


@pytest.mark.parametrize(
    ("line", "site", "when"),
    [
        ("Printed from The Marlow Observer on 21/08/2026", "The Marlow Observer", "21/08/2026"),
        (
            "Printed on 4 May 2026 at 10:12 from www.dalesherald.com",
            "www.dalesherald.com",
            "4 May 2026 at 10:12",
        ),
        ("Printed on 04/05/2026 at 10:12", "", "04/05/2026 at 10:12"),
    ],
)
def test_printed_line_parts(line: str, site: str, when: str) -> None:
    found = printed_line(f"{line}\n\nText.")
    assert found is not None
    assert found[2] == site
    assert line[found[1][0] : found[1][1]] == when


def test_glued_markers_are_blanked_in_the_view() -> None:
    text = "The filing[3] said so; Fair Tap[1], which tracks bills, erred.[12] See [2]. Lens[2]'s note[4]."
    assert [text[a:b] for a, b in link_markers(text)] == ["[3]", "[1]", "[12]", "[2]", "[4]"]
    view = blank_furniture(text)
    assert len(view) == len(text)
    assert (
        view
        == "The filing    said so; Fair Tap,    which tracks bills, erred.     See [2]. Lens's    note.   "
    )


def test_printed_page_times(time_triples: Callable[..., list[tuple[str, str, str | None]]]) -> None:
    assert time_triples(PRINTED, published="2026-08-18") == [
        ("18 August 2026", "DATE", "2026-08-18"),
        ("Monday", "DATE", "2026-08-17"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to the Harbour Trust[3], the pier will close in May.", [("Harbour Trust", "ORG")]),
        ("Opposition leader Marta Quinn[4] said the report[5] was flawed.", [("Marta Quinn", "PERSON")]),
        (
            "The Northern Rail Union[2] called a strike for Friday, its leader Tom Hale[3] said.",
            [("Northern Rail Union", "ORG"), ("Tom Hale", "PERSON")],
        ),
        ("A spokesman for Greenhaven Council[8] declined to comment.[9]", [("Greenhaven Council", "ORG")]),
    ],
)
def test_names_glued_to_markers_read_whole(
    entities: Callable[..., list], text: str, expected: list[tuple[str, str]]
) -> None:
    got = sorted((e.name, e.type) for e in entities(text, published="2026-08-18"))
    assert got == expected
    assert all("[" not in m.text for e in entities(text, published="2026-08-18") for m in e.mentions)


# a banner copied from its address down, a collection's panel with a line of prose under its last label
BANNER_FROM_ADDRESS = """https://www.tarnvalleypost.com/county/2023/11/06/ferry-fares
Go
45 captures
06 Nov 2023 - 19 Feb 2026
OCT\tNOV\tDEC
06
2022\t2023\t2024
About this capture
COLLECTED BY
Organization: Alexa Crawls
Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.
Collection: alexa_web_2023
this data is currently not publicly accessible.
TIMESTAMPS
loading

THE TARN VALLEY POST
News | County | Sport

Ferry fares frozen for another winter

By Oren Haddad
November 6, 2023

The county froze ferry fares on Monday.
"""


def test_banner_from_its_address_down() -> None:
    meta = find_metadata(BANNER_FROM_ADDRESS)
    assert archive_banner(BANNER_FROM_ADDRESS) == (0, BANNER_FROM_ADDRESS.index("loading") + len("loading"))
    assert (meta.authors, meta.published, meta.headline, meta.url) == (
        ("Oren Haddad",),
        "2023-11-06",
        "Ferry fares frozen for another winter",
        "https://www.tarnvalleypost.com/county/2023/11/06/ferry-fares",
    )
