"""A page's address on its own line at the top of a pasted article: it is the article's url, never its
title; the title is the next title-like line; the day in the address's path is the publication date
when the page has no other stamp. Invented pages only."""

from __future__ import annotations

from pathlib import Path

import pytest

from storyline.read import article_from_text
from storyline.read.dates import _url_date


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://www.example.com/news/2009/Feb/02/some-slug.html", "2009-02-02"),
        ("https://www.example.org/world/2005/nov/28/quake-story", "2005-11-28"),
        ("https://news.example.net/2024/march/17/market-opens", "2024-03-17"),
        ("https://example.com/2024/03/17/council-vote/", "2024-03-17"),
        ("https://example.com/2024-03-17/council-vote", "2024-03-17"),
        ("https://example.com/20240317/council-vote", "2024-03-17"),
        ("https://example.com/news/council-vote-2024-03-17-update", "2024-03-17"),
        ("https://example.com/local/council-vote-20240317", "2024-03-17"),
        ("https://example.com/story/20240317.htm", "2024-03-17"),
        # separated figures win over a run of eight digits that may be an id
        ("https://example.com/2024/mar/16/local/council-20240317", "2024-03-16"),
        # numbers that are ids, not dates
        ("https://example.com/article/20241234/", None),
        ("https://example.com/2024/99/01/slug", None),
        ("https://example.com/2024/99/", None),
        ("https://example.com/x/20401724-thieves", None),
        ("https://example.com/story/2128651/", None),
        # a year and month give no day
        ("https://example.com/2024/03/council-vote/", None),
        ("https://example.com/2024/mar/council-vote/", None),
        # the host is no path
        ("https://2024.example.com/03/17/x", None),
        (None, None),
    ],
)
def test_url_date(url: str | None, expected: str | None) -> None:
    assert _url_date(url) == expected


_BODY = "The council of Brindlemoor voted on Tuesday to close the harbour road for repairs.\n"


@pytest.mark.parametrize(
    ("text", "url", "headline", "published"),
    [
        # the ECB+ shape: the address, the title, the story, one sentence a line, no blank line
        (
            "http://www.example.com/news/2009/Feb/02/harbour-road.html\nHarbour Road To Close For Repairs\n"
            + _BODY,
            "http://www.example.com/news/2009/Feb/02/harbour-road.html",
            "Harbour Road To Close For Repairs",
            "2009-02-02",
        ),
        # with blank lines between
        (
            "https://example.com/2024/03/17/harbour-road/\n\nHarbour road to close for repairs\n\n" + _BODY,
            "https://example.com/2024/03/17/harbour-road/",
            "Harbour road to close for repairs",
            "2024-03-17",
        ),
        # a stamp in the text wins over the address's day
        (
            "https://example.com/2024/03/17/harbour-road/\nHarbour road to close for repairs\n"
            "Published March 18, 2024\n" + _BODY,
            "https://example.com/2024/03/17/harbour-road/",
            "Harbour road to close for repairs",
            "2024-03-18",
        ),
        # a stamp between the address and the title is skipped
        (
            "https://example.com/news/harbour-road-20240317\nMarch 17, 2024\n"
            "Harbour road to close for repairs\n" + _BODY,
            "https://example.com/news/harbour-road-20240317",
            "Harbour road to close for repairs",
            "2024-03-17",
        ),
        # the first sentence of the story under the address is no title
        (
            "https://example.com/2024/03/17/harbour-road/\n" + _BODY,
            "https://example.com/2024/03/17/harbour-road/",
            None,
            "2024-03-17",
        ),
        # an id in the path gives no date
        (
            "https://example.com/article/20241234/\nHarbour road to close for repairs\n" + _BODY,
            "https://example.com/article/20241234/",
            "Harbour road to close for repairs",
            None,
        ),
        # a year and month give no day
        (
            "https://example.com/2024/03/harbour-road/\nHarbour road to close for repairs\n" + _BODY,
            "https://example.com/2024/03/harbour-road/",
            "Harbour road to close for repairs",
            None,
        ),
    ],
)
def test_url_line_is_url_not_title(text: str, url: str, headline: str | None, published: str | None) -> None:
    art = article_from_text(text)
    assert (art.url, art.headline, art.published) == (url, headline, published)


@pytest.mark.parametrize(
    "stamp",
    [
        "8/2/13 at 1:30 PM",
        "Updated: November 11, 2011 20:09 IST",
        "11/09/2010",
        "8 / 2 / 13 at 1: 30 PM",
        "Updated: November 11, 2011 20: 09 IST",
        "Posted: Nov 27, 2005 8: 20 AM ET Last Updated: Nov 27, 2005 8: 10 PM ET",
        "11 / 09 / 2010",
        "Sunday, March 17, 2013 | 5: 00 PM",
    ],
)
def test_stamp_under_the_address_is_no_title(stamp: str) -> None:
    text = f"http://www.example.com/news/harbour-road\n{stamp}\n" + _BODY
    art = article_from_text(text)
    assert (art.url, art.headline) == ("http://www.example.com/news/harbour-road", None)


@pytest.mark.parametrize(
    "line",
    [
        "https://example.com - Home of local news",  # an unspaced address beside words: no address line
    ],
)
def test_not_an_address_line(line: str) -> None:
    assert article_from_text(line + "\n" + _BODY).url is None


@pytest.mark.parametrize(
    ("given", "text", "published"),
    [
        (
            "https://example.com/2024/03/17/harbour-road/",
            _BODY,
            "2024-03-17",
        ),  # a JSONL url, a canonical link
        ("https://example.com/2024/03/17/harbour-road/", "Published March 18, 2024\n" + _BODY, "2024-03-18"),
        ("https://example.com/article/20241234/", _BODY, None),
        (None, _BODY, None),
    ],
)
def test_given_url_dates_the_article(given: str | None, text: str, published: str | None) -> None:
    assert article_from_text(text, url=given).published == published


def test_html_canonical_url_dates_the_page(tmp_path: Path) -> None:
    from storyline.read import read_file

    page = tmp_path / "page.html"
    page.write_text(
        '<html><head><link rel="canonical" href="https://example.com/news/2009/feb/02/harbour-road">'
        "<title>Harbour road to close</title></head><body><article><p>"
        + _BODY
        + "</p><p>Work starts next week, the council said.</p></article></body></html>",
        encoding="utf-8",
    )
    art = read_file(page)
    assert (art.url, art.published) == ("https://example.com/news/2009/feb/02/harbour-road", "2009-02-02")
