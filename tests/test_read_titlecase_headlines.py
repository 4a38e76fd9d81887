"""A headline set in title case under a site's name (session 19): the site's name is short, a
newspaper's name, in capitals, over a tagline or named again in the copyright footer; the headline
is the lower title-case line, over the byline, the stamp or the story. All page heads are invented."""

from __future__ import annotations

import pytest

from storyline.read import _cased_title, find_metadata

BODY = (
    "The district council of Pellow voted on Monday to shut the old tram depot, ending a service that "
    "had run for sixty years, the mayor said."
)


def _meta(*lines: str, footer: str | None = None):
    text = "\n".join(lines) + "\n\n" + BODY + "\n"
    return find_metadata(text + (f"\n{footer}\n" if footer else ""))


@pytest.mark.parametrize(
    ("head", "footer", "headline", "publisher"),
    [
        # a newspaper's name over a title-case headline and its byline
        (
            ["The Pellow Ledger", "Mayor Of Pellow Quits After Audit Finds Missing Funds", "By Ines Varro"],
            None,
            "Mayor Of Pellow Quits After Audit Finds Missing Funds",
            None,
        ),
        (
            ["The Pellow Ledger", "Tram Depot To Close", "By Ines Varro", "March 3, 2026"],
            "© 2026 The Pellow Ledger. All rights reserved.",
            "Tram Depot To Close",
            "The Pellow Ledger",
        ),
        # a name in capitals
        (
            ["PELLOW LEDGER", "Council Votes To Shut Historic Tram Depot", "March 3, 2026"],
            None,
            "Council Votes To Shut Historic Tram Depot",
            None,
        ),
        # a short name over a tagline
        (
            [
                "Pellow Voice",
                "Local news for the river towns",
                "Council Shuts Historic Tram Depot",
                "By Ines Varro",
            ],
            None,
            "Council Shuts Historic Tram Depot",
            "Pellow Voice",
        ),
        # a longer name with no newspaper's word, over a tagline: the tagline says it is the site's
        (
            [
                "Voice Of Pellow Valley",
                "Local news for the river towns",
                "Council Shuts Historic Tram Depot",
                "By Ines Varro",
            ],
            None,
            "Council Shuts Historic Tram Depot",
            "Voice Of Pellow Valley",
        ),
        (
            [
                "Voice Of Pellow Valley",
                "Local news for the river towns",
                "Council votes to shut historic tram depot",
                "By Ines Varro",
            ],
            None,
            "Council votes to shut historic tram depot",
            "Voice Of Pellow Valley",
        ),
        # two title-case lines: the lower one, over the byline, is the headline
        (
            ["Voice Of Pellow Valley", "Council Shuts Historic Tram Depot", "By Ines Varro"],
            None,
            "Council Shuts Historic Tram Depot",
            None,
        ),
        # a title-case headline alone at the top
        (
            ["Council Shuts Historic Tram Depot", "By Ines Varro"],
            None,
            "Council Shuts Historic Tram Depot",
            None,
        ),
        # sentence case is unchanged
        (
            ["The Pellow Ledger", "Council votes to shut historic tram depot", "By Ines Varro"],
            None,
            "Council votes to shut historic tram depot",
            None,
        ),
    ],
)
def test_title_case_headline_under_a_masthead(
    head: list[str], footer: str | None, headline: str, publisher: str | None
) -> None:
    meta = _meta(*head, footer=footer)
    assert (meta.headline, meta.publisher) == (headline, publisher)


@pytest.mark.parametrize(
    ("head", "footer"),
    [
        # the site's name alone over its byline, named again in the footer: no headline
        (["Voice Of Pellow Valley", "By Ines Varro"], "© 2026 Voice Of Pellow Valley. All rights reserved."),
        # a newspaper's name of four words over its byline
        (["The Pellow Valley Evening Post", "By Ines Varro"], None),
        # a short title-case line (three words) is a site's name or a kicker, not a headline
        (["Tram Depot Shut", "By Ines Varro"], None),
    ],
)
def test_site_name_is_no_headline(head: list[str], footer: str | None) -> None:
    assert _meta(*head, footer=footer).headline is None


@pytest.mark.parametrize(
    ("line", "site", "expected"),
    [
        ("Mayor Of Pellow Quits After Audit", None, True),
        ("Tram Depot To Close", None, True),
        ("Tram Depot To Close", "Tram Depot To Close", False),  # the footer's name
        ("The Pellow Evening Post", None, False),  # a newspaper's word
        ("COUNCIL SHUTS HISTORIC TRAM DEPOT", None, False),  # all in capitals
        ("Council shuts historic tram depot", None, False),  # sentence case: _title_line's
        ("By Ines Varro And Tomas Lune", None, False),  # a byline
    ],
)
def test_cased_title(line: str, site: str | None, expected: bool) -> None:
    assert _cased_title(line, site) is expected
