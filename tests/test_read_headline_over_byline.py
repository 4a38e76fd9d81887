"""A headline set directly over its byline or time stamp, no blank line between ("By Jo Roe | Posted
3 March 2026"), is the page's headline; a first line over a paragraph's sentence is not."""

from __future__ import annotations

import pytest

from storyline.read import find_metadata

BODY = (
    "\n\nThe Brenmoor district board voted on Tuesday to shut two night bus routes, its chair said.\n\n"
    "Riders' groups said they would ask the board to think again before the routes end in June.\n"
)


@pytest.mark.parametrize(
    ("head", "headline", "authors", "published"),
    [
        (
            "Brenmoor board shuts two night bus routes\nBy Tomas Ferreira | Posted April 7, 2027",
            "Brenmoor board shuts two night bus routes",
            ("Tomas Ferreira",),
            "2027-04-07",
        ),
        (
            "Night buses cut as the district saves money\nBy Aila Nurmi | Posted on 7 April 2027 at 9:14 am",
            "Night buses cut as the district saves money",
            ("Aila Nurmi",),
            "2027-04-07",
        ),
        (
            "Two night routes to end in June\nPosted April 7, 2027 by Aila Nurmi",
            "Two night routes to end in June",
            ("Aila Nurmi",),
            "2027-04-07",
        ),
        (
            "District board votes to end night buses\nBy Tomas Ferreira\nPublished 7 April 2027",
            "District board votes to end night buses",
            ("Tomas Ferreira",),
            "2027-04-07",
        ),
        (
            "District board votes to end night buses\nApril 7, 2027",
            "District board votes to end night buses",
            (),
            "2027-04-07",
        ),
        # no byline or stamp under the first line: a plain text's first sentence, no headline
        (
            "The district board met in the evening\nand voted to end the night buses.",
            None,
            (),
            None,
        ),
    ],
)
def test_headline_directly_over_its_byline(
    head: str, headline: str | None, authors: tuple[str, ...], published: str | None
) -> None:
    meta = find_metadata(head + BODY)
    assert (meta.headline, meta.authors, meta.published) == (headline, authors, published)
