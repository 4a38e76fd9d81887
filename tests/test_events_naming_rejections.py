"""Events stage: a proposal, demand, offer or claim (event_rejectables.txt) that a verb of naming
("call", "describe", "brand") gives a word turning it down (event_rejection_words.txt, or a word of
condemnation) is rejected: REJECT 120, its target the thing's owner when one is named. Naming an
act ("called the strike illegal") still accuses. Invented sentences."""

from __future__ import annotations

import pytest

from conftest import event_roles

PUBLISHED = "2020-03-07"


def _roles(pipeline, text: str) -> list[tuple]:
    """(trigger, type, CAMEO code, source names, target names or target phrase) of every event."""
    return event_roles(pipeline, text, PUBLISHED, target_phrase=True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The health minister called the nurses' demand impossible.",
            ("called", "REJECT", "120", ["health minister"], ["nurses"]),
        ),
        (
            "The board described the offer as unrealistic.",
            ("described", "REJECT", "120", ["board"], ["offer"]),
        ),
        (
            "The prime minister called the opposition's proposal unworkable.",
            ("called", "REJECT", "120", ["prime minister"], ["opposition"]),
        ),
        # the parser makes the thing the complement's subject ("called [the union's request unreasonable]")
        (
            "The company called the union's request unreasonable.",
            ("called", "REJECT", "120", ["company"], ["union"]),
        ),
        (
            "The interior ministry called the allegations baseless.",
            ("called", "REJECT", "120", ["interior ministry"], ["allegations"]),
        ),
    ],
)
def test_named_proposal_rejected(pipeline, text: str, expected: tuple) -> None:
    assert expected in _roles(pipeline, text)


def test_named_act_accused_named_offer_rejected(pipeline) -> None:
    """A strike is no proposal: calling it illegal condemns it (ACCUSE 111); a plan praised is
    nothing; an offer called unrealistic is rejected."""
    text = (
        "The union called the strike illegal. The mayor called the plan a good idea. "
        "The employers called the union's offer unrealistic."
    )
    assert [r for r in _roles(pipeline, text) if r[0] == "called"] == [
        ("called", "ACCUSE", "111", ["union"], []),
        ("called", "REJECT", "120", ["employers"], ["union"]),
    ]
