"""A wire dateline may set its agency tag before its day ("LAKE CITY (Lake Wire) June 4, 2026 —",
"PORT ELLEN (Islay Press) 4 June —"): it is read as the other datelines are, its place the filing
city, its tag the publisher when the page names no other, and its day the page's when no stamp
gives one (with its year, or in the year of the page's footer)."""

from __future__ import annotations

import pytest

from conftest import prose_body
from storyline.read import article_from_text, datelines, find_metadata

BODY = prose_body("the flooding along the river", 4, "a paragraph")


@pytest.mark.parametrize(
    ("line", "place", "agency", "day", "month_day"),
    [
        (
            "KELDHOLM (Moorland Wire) June 4, 2026 — Police said",
            "KELDHOLM",
            "Moorland Wire",
            "2026-06-04",
            (6, 4),
        ),
        ("PORT ELLEN (Islay Press) 4 June — Police said", "PORT ELLEN", "Islay Press", None, (6, 4)),
        (
            "KANDY, Sri Lanka (Hill Wire) March 3, 2025 - Police said",
            "KANDY",
            "Hill Wire",
            "2025-03-03",
            (3, 3),
        ),
        ("ORLOVO (Vesti Agency) 12 May 2025: Police said", "ORLOVO", "Vesti Agency", "2025-05-12", (5, 12)),
        ("BRENTFIELD (AP) Oct. 8 — Police said", "BRENTFIELD", "AP", None, (10, 8)),
        ("MARLOW (Thames Wire), 2 May 2026 — Police said", "MARLOW", "Thames Wire", "2026-05-02", (5, 2)),
        ("TARTU (Baltic Wire) 09.06.2025 — Police said", "TARTU", "Baltic Wire", "2025-06-09", (6, 9)),
    ],
)
def test_tag_before_the_day(line: str, place: str, agency: str, day: str | None, month_day: tuple) -> None:
    (d,) = datelines(line)
    assert (line[d.place[0] : d.place[1]], d.agency, d.day, d.month_day) == (place, agency, day, month_day)
    assert line[d.end :] == "Police said"


@pytest.mark.parametrize(
    "line",
    [
        "Tesla (TSLA) March sales rose — analysts said",  # no day after the tag
        "Ridgeway (Lane Post) 5 people were hurt — police said",
        "OSLO (Nordic Wire) 1996-08-29",  # a Reuters-corpus date closes no tagged line
    ],
)
def test_tag_before_no_day_is_no_dateline(line: str) -> None:
    assert datelines(line) == []


@pytest.mark.parametrize(
    ("page", "published", "publisher"),
    [
        (
            f"Dam holds after storm\n\nKELDHOLM (Moorland Wire) June 4, 2026 — {BODY}",
            "2026-06-04",
            "Moorland Wire",
        ),
        (  # a day without its year, in the year of the footer
            f"Ferry cancelled\n\nPORT ELLEN (Islay Press) 4 June — {BODY}\n© 2025 Islay Press",
            "2025-06-04",
            "Islay Press",
        ),
        (
            f"Tea prices rise\n\nKANDY, Sri Lanka (Hill Wire) March 3, 2025 - {BODY}",
            "2025-03-03",
            "Hill Wire",
        ),
    ],
)
def test_tagged_day_dates_the_page(page: str, published: str, publisher: str) -> None:
    meta = find_metadata(page)
    assert (meta.published, meta.publisher) == (published, publisher)


def test_tagged_day_anchors_the_story(time_triples) -> None:
    page = "KELDHOLM (Moorland Wire) June 4, 2026 — The river burst its banks on Tuesday, police said.\n"
    assert article_from_text(page).published == "2026-06-04"
    assert time_triples(page, published=None) == [
        ("June 4, 2026", "DATE", "2026-06-04"),
        ("Tuesday", "DATE", "2026-06-02"),
    ]


def test_tagged_dateline_place_is_no_actor(pipeline) -> None:
    record = pipeline.process("ELDORET (Rift Wire) May 4, 2021 — Police arrested 12 protesters on Tuesday.")
    names = {e.id: e.name for e in record.entities}
    eldoret = next(e for e in record.entities if e.name == "ELDORET")
    (event,) = record.events
    assert (record.article.published, record.article.publisher) == ("2021-05-04", "Rift Wire")
    assert (eldoret.type, eldoret.actor, eldoret.attributes.get("dateline")) == ("GPE", None, True)
    assert ([names[s] for s in event.source], event.date, record.places[event.place].country) == (
        ["Police"],
        "2021-05-04",
        "KE",
    )
