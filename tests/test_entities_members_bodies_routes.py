"""Entities: a body of a firm's people named after the firm ("Norstar Airlines Pilots' Union")
is another organisation than the firm, whose name is no short form of it; and the places a
route goes to ("asked carriers to add flights to Lisbon, Paris and London") say nothing of the
country of an official in that sentence (every sentence invented)."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "firm", "body"),
    [
        (
            "Pilots at Norstar Airlines walked out on Monday. The Norstar Airlines Pilots' Union said the "
            "strike would last two days. Norstar Airlines said it had cancelled 90 flights.",
            "Norstar Airlines",
            "Norstar Airlines Pilots' Union",
        ),
        (
            "Drivers at Baltic Freight Group stopped work on Tuesday. The Baltic Freight Group Employees "
            "Association said talks had failed. Baltic Freight Group said it would hire temporary drivers.",
            "Baltic Freight Group",
            "Baltic Freight Group Employees Association",
        ),
    ],
)
def test_body_of_a_firms_people_is_not_the_firm(entities, text, firm, body) -> None:
    names = {e.name: [m.text for m in e.mentions if m.kind in ("name", "alias")] for e in entities(text)}
    assert names[body] == [body]
    assert firm in names[firm]


def test_places_a_route_goes_to_give_no_country_to_an_official(entities) -> None:
    text = (
        "SEOUL, South Korea (AP) — Pilots at Norstar Airlines walked out on Thursday in South Korea, "
        "stranding passengers in Seoul and Busan. Transport Minister Kim Eun-ha urged both sides to talk "
        "and asked other carriers to add seats on routes to Jeju, Tokyo and Osaka."
    )
    got = {e.name: e.actor.country if e.actor else None for e in entities(text)}
    assert got["Kim Eun-ha"] == "KOR"
