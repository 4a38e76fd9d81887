"""Events stage: the target of a concession (CONCEDE). A place is its target only when it is what
is conceded ("conceded Kidal"), never where the contest or the yielding was ("conceded the race in
X", "resigned in X"); a side that concedes and congratulates someone in the same sentence yields to
them. Invented sentences."""

from __future__ import annotations

import pytest

PUBLISHED = "2020-03-07"


def _concessions(pipeline, text: str) -> list[tuple]:
    """(trigger, source names, target names, target phrase, place text) of every CONCEDE event."""
    record = pipeline.process(text, published=PUBLISHED)
    names = {e.id: e.name for e in record.entities}
    return [
        (
            e.trigger.text,
            [names[s] for s in e.source],
            [names[t] for t in e.target],
            e.target_text.text if e.target_text else None,
            record.places[e.place].text if e.place is not None else None,
        )
        for e in record.events
        if e.type == "CONCEDE"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Senator Ruiz conceded the race in Arizona on Sunday.",
            [("conceded", ["Ruiz"], [], "race", "Arizona")],
        ),
        (
            "The candidate conceded defeat in Ohio.",
            [("conceded", ["candidate"], [], "defeat", "Ohio")],
        ),
        (
            "The governor resigned in Cusco on Monday.",
            [("resigned", ["governor"], [], None, "Cusco")],
        ),
        # what is conceded: the place itself; a measure eased in a place eases it there
        (
            "The rebels conceded Kidal after a week of fighting. The mayor conceded the vote in Arusha. "
            "The police lifted the curfew in Bukavu.",
            [
                ("conceded", ["rebels"], ["Kidal"], None, None),
                ("conceded", ["mayor"], [], "vote", "Arusha"),
                ("lifted", ["police"], ["Bukavu"], None, "Bukavu"),
            ],
        ),
    ],
)
def test_place_target_only_when_conceded(pipeline, text: str, expected: list) -> None:
    assert _concessions(pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "target"),
    [
        ("Ortiz conceded defeat on Sunday night and congratulated Silva on her victory.", ["Silva"]),
        (
            "Tembo conceded on Friday in a radio address from his farm near Kasama, saying he had "
            "phoned Lungu to congratulate him.",
            ["Lungu"],
        ),
    ],
)
def test_congratulated_winner_is_target(pipeline, text: str, target: list[str]) -> None:
    assert [row[2] for row in _concessions(pipeline, text)] == [target]
