"""A newspaper's name in capitals opening a page above its headline is the page's publisher when no
other line names one; a section's label or a headline set in capitals is none (decided by the line's
shape and what stands under it)."""

from __future__ import annotations

import pytest

from storyline.read import article_from_text

BODY = (
    "\n\nSORVIK — Ferry crews stopped work on Thursday after the operator cut night-shift pay, "
    "the crews' union said.\n\n\"We are not moving,\" said Ilse Brandt, the union's organiser.\n"
)


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        (
            "THE FJORD LEDGER\n\nFerry crews strike over night-shift pay\n\nBy Jonas Elm\n\nMay 7, 2026",
            "The Fjord Ledger",
        ),
        (
            "DAILY NORTHERN STAR\n\nFerry crews strike over night-shift pay\n\nMay 7, 2026",
            "Daily Northern Star",
        ),
        # under a stamp, then the headline
        (
            "THE EVENING COURANT\n\nPublished May 7, 2026\n\nFerry crews strike over night-shift pay",
            "The Evening Courant",
        ),
        # under a section's label, then the headline
        ("SORVIK HERALD\nBusiness\nFerry crews strike over night-shift pay\nMay 7, 2026", "Sorvik Herald"),
        # a section's label in capitals
        ("WORLD NEWS\n\nFerry crews strike over night-shift pay\n\nBy Jonas Elm\n\nMay 7, 2026", None),
        ("BREAKING NEWS\n\nFerry crews strike over night-shift pay\n\nMay 7, 2026", None),
        # a headline in capitals over its byline, and one with a standfirst under it
        ("STRIKE HITS THE FJORD LEDGER\n\nBy Jonas Elm\n\nMay 7, 2026", None),
        ("FIRE AT THE DAILY HERALD\n\nStaff were led out as smoke filled the newsroom\n\nMay 7, 2026", None),
        # a kicker naming a country or a region
        ("NORWAY\n\nFerry crews strike over night-shift pay\n\nMay 7, 2026", None),
    ],
    ids=[
        "ledger",
        "daily-star",
        "under-stamp",
        "under-label",
        "section",
        "breaking",
        "caps-headline",
        "caps-headline-standfirst",
        "country-kicker",
    ],
)
def test_a_capitals_masthead_over_the_headline_publishes(head: str, publisher: str | None) -> None:
    a = article_from_text(head + BODY, published=None)
    assert (a.publisher, a.published) == (publisher, "2026-05-07")
