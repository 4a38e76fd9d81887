"""The headline a page shows, found under its furniture (session 18): mastheads, taglines, menus,
breadcrumbs, kickers, press-release labels, e-mail headers, print-edition stamps. All page heads
here are invented."""

from __future__ import annotations

import pytest

from storyline.read import _kicker, _menu_pieces, _title_line, find_metadata


def _headline(*lines: str) -> str | None:
    return find_metadata("\n".join(lines) + "\n").headline


BODY = (
    "The council of the town of Orvella voted on Tuesday to close the old ferry pier, ending a service "
    "that had run for more than ninety years, the mayor said."
)


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        # masthead, tagline, menu, kicker: the most common shape
        (
            [
                "THE ORVELLA GAZETTE",
                "Straight reporting from the northern lakes",
                "Home | Region | Business | Sport",
                "REGION",
                "Orvella council votes to close ferry pier after 90 years",
                "Residents say they were not consulted",
                "By Tamsin Dovre",
            ],
            "Orvella council votes to close ferry pier after 90 years",
        ),
        # masthead, edition line, menu spaced by runs of blanks, section label in title case
        (
            [
                "Velmont Courier",
                "International edition",
                "News   World   Europe   Culture   Sign in",
                "Europe",
                "Velmont mayor resigns over harbour contract inquiry",
                "2 hours ago",
            ],
            "Velmont mayor resigns over harbour contract inquiry",
        ),
        # masthead and a breadcrumb
        (
            [
                "The Tarrow Herald",
                "Home > World > Africa",
                "Floods cut the only road into Kessa valley",
                "Jo Brandt",
            ],
            "Floods cut the only road into Kessa valley",
        ),
        # a press release's head
        (
            [
                "Northfold Water Trust",
                "Clean rivers for every valley since 1987",
                "PRESS RELEASE",
                "FOR IMMEDIATE RELEASE",
                "Water trust warns of drought in three southern districts",
            ],
            "Water trust warns of drought in three southern districts",
        ),
        # a print edition's page stamp above the headline, under a correction note
        (
            [
                "Marrow Bay Daily",
                "The bay's morning paper",
                "Front Page | Bay News | Sport | Letters",
                "Correction: An earlier version of this story gave the wrong date of the vote.",
                "Mon, Mar 9, 2026 page 1",
                "Harbour board approves new fishing quotas",
            ],
            "Harbour board approves new fishing quotas",
        ),
        # a live blog and a transcript keep their label: it is part of the headline the page shows
        (
            [
                "Kestrel News Network",
                "Home   World   Climate   Video",
                "Climate",
                "LIVE: Storm Ilse reaches the coast",
            ],
            "LIVE: Storm Ilse reaches the coast",
        ),
        (
            [
                "BRANWICK FM 99.2",
                "Listen live | News | Podcasts",
                "THE EVENING DESK",
                "Transcript: Port workers end three-day strike at Branwick",
                "Broadcast 3-Feb-2026 | 18:00",
            ],
            "Transcript: Port workers end three-day strike at Branwick",
        ),
        # an accessibility link and a top bar's tagline over a breadcrumb; an embedded script's data
        (
            [
                "Skip to main content",
                "Market news for grain traders everywhere",
                "World › Asia",
                "Rice exporters halt shipments as port workers walk out",
            ],
            "Rice exporters halt shipments as port workers walk out",
        ),
        (
            [
                "DUNMERE POST",
                '{"@context":"https://schema.org","@type":"NewsArticle"}',
                "HEALTH",
                "Clinic reopens in Dunmere after six months of repairs",
            ],
            "Clinic reopens in Dunmere after six months of repairs",
        ),
        # a menu item with a full stop, a wire's "UPDATE 1-" label, a headline ending in a quote
        (
            [
                "THE PRAIRIE LEDGER",
                "Home | U.S. | World | Farms",
                "FARMS",
                "UPDATE 1-Grain prices jump after frost",
            ],
            "UPDATE 1-Grain prices jump after frost",
        ),
        (
            ["Coastline Report", "News | Politics", 'Minister on harbour fees: "We will not back down"'],
            'Minister on harbour fees: "We will not back down"',
        ),
        # a headline over a byline set out like a menu ("Name | City"), or over a label in capitals
        (
            [
                "Velmont Courier",
                "News | Region",
                "Ferry fares rise for second time this year",
                "Olek Varga | Velmont",
            ],
            "Ferry fares rise for second time this year",
        ),
        (
            [
                "THE ORVELLA GAZETTE",
                "Home | Region",
                "REGION",
                "Storm closes schools across the lakes",
                "KEY POINTS",
            ],
            "Storm closes schools across the lakes",
        ),
        # a question is a headline
        (
            ["FACTLINE", "Home | Checks | About", "Did the ferry company raise fares twice this year?"],
            "Did the ferry company raise fares twice this year?",
        ),
    ],
)
def test_headline_under_page_furniture(head: list[str], expected: str) -> None:
    assert _headline(*head, BODY) == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (
            [
                "From: Valley Briefing <news@valleybriefing.example>",
                "To: reader@example.org",
                "Date: Tue, 3 Mar 2026 06:00:00 +0000",
                "Subject: Orvella closes its ferry pier after 90 years",
            ],
            "Orvella closes its ferry pier after 90 years",
        ),
        (
            ["From: The Tarrow Letter", "Subject: Fwd: Kessa valley road reopens to traffic"],
            "Kessa valley road reopens to traffic",
        ),
        (["From: The Tarrow Letter", "Subject: Hello"], None),  # a subject too short for a headline
    ],
)
def test_headline_of_a_newsletter_is_its_subject(head: list[str], expected: str | None) -> None:
    assert _headline(*head, BODY) == expected


@pytest.mark.parametrize(
    "head",
    [
        # a page that starts with a byline, then its story: no headline
        ["By Tamsin Dovre and Olek Varga", BODY],
        # a site's name and menu, then the story: the menu is never the headline
        ["THE ORVELLA GAZETTE", "Home | Region | Business | Sport", BODY],
        ["Lake Gazette | News | Politics", BODY],
        ["☰   THE ORVELLA GAZETTE   🔍", "Home › Region", BODY],
        # a site's name, a stamp and a byline only
        ["Velmont Courier", "Home   World   Europe", "12 March 2026, 10:15", "By Olek Varga", BODY],
        # plain text whose first line is the story's first sentence
        [BODY, "The pier will close in June."],
        # a newsletter's masthead and greeting: no headline
        [
            "View in browser | Forward to a friend",
            "THE VALLEY LETTER",
            "Good morning. Here is the news.",
            BODY,
        ],
    ],
)
def test_no_headline(head: list[str]) -> None:
    assert _headline(*head) is None


def test_plain_first_line_headline_unchanged() -> None:
    """Without furniture the first line alone decides, as before: a short line and a blank line."""
    text = "Orvella closes its ferry pier\n\n" + BODY + "\n"
    assert find_metadata(text).headline == "Orvella closes its ferry pier"


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Home | World | Sport", ["Home", "World", "Sport"]),
        ("Business > Industry", ["Business", "Industry"]),
        ("Business | East African trade", ["Business", "East African trade"]),
        ("News   World   Asia", ["News", "World", "Asia"]),
        ("Home | U.S. | World", ["Home", "U.S.", "World"]),
        ("Orvella council votes to close ferry pier after 90 years", None),
        ("LIVE  Storm Ilse reaches the coast as thousands flee", None),
        ("Read more. | Share", None),
    ],
)
def test_menu_pieces(line: str, expected: list[str] | None) -> None:
    assert _menu_pieces(line) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Asia", True),
        ("Key points", True),
        ("THE EVENING DESK", True),
        ("PRESS RELEASE", True),
        ("Orvella closes its pier", False),
        ("Hello.", False),
    ],
)
def test_kicker(line: str, expected: bool) -> None:
    assert _kicker(line) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Orvella council votes to close ferry pier after 90 years", True),
        ('Minister: "We will not back down"', True),
        ("Did the ferry company raise fares twice?", True),
        ("By Tamsin Dovre and Olek Varga", False),  # a byline
        ("Published 12 March 2026, 10:15", False),  # a stamp
        ("The council voted on Tuesday to close the pier.", False),  # a sentence
        ("Velmont Courier Daily", False),  # a name: no word in lower case
        ("Pier closes", False),  # too short
        ('Ferry ends after 90 years"', False),  # a closing quote without an opening one
    ],
)
def test_title_line(line: str, expected: bool) -> None:
    assert _title_line(line) is expected
