"""Events stage, held-out round 23: where an event happened. A place a road or crossing leads to
("blocking the road to X") is neither where nor whom; on a page of several items each with its
own dateline (a news-in-brief column), an event with no place of its own takes its item's
dateline, not the first item's. Invented pages.
"""

from __future__ import annotations

import pytest

ROUTES = [
    ("Hundreds of farmers protested in Rivas on Monday, blocking the road to Granada for six hours.",
     [("protested", "Rivas", []), ("blocking", "Rivas", [])]),
    ("Fishermen blocked the bridge to Portbury in Westhaven on Friday.",
     [("blocked", "Westhaven", [])]),
    # an entrance or a gate to a place is at it
    ("Several hundred farmers demonstrated at the entrance to Bethany.", [("demonstrated", "Bethany", [])]),
]  # fmt: skip


def _where(pipeline, text: str) -> list[tuple[str, str | None, list[str]]]:
    record = pipeline.process(text, published="2020-03-07")
    names = {e.id: e.name for e in record.entities}
    return [
        (
            e.trigger.text,
            record.places[e.place].text if e.place is not None else None,
            [names[t] for t in e.target],
        )
        for e in record.events
    ]


@pytest.mark.parametrize(("text", "expected"), ROUTES, ids=[c[0][:40] for c in ROUTES])
def test_where_a_road_leads_is_not_where(pipeline, text, expected):
    assert _where(pipeline, text) == expected


BRIEFS = (
    "IN BRIEF\n\n"
    "LAGOS — Police arrested three men after a shop was robbed.\n\n"
    "KANO — Teachers marched to the town hall to demand higher pay.\n\n"
    "IBADAN — Firefighters rescued two children from a burning house."
)


def test_brief_items_take_their_own_datelines(pipeline):
    assert [(t, p) for t, p, _ in _where(pipeline, BRIEFS)] == [
        ("arrested", "LAGOS"),
        ("marched", "KANO"),
        ("demand", "KANO"),
        ("rescued", "IBADAN"),
    ]
