"""A town the model calls a person after "to" of a verb of going, through "home" or "back" ("to
fly home to Tawau", every sentence invented): a town of the article's main country is a place."""

from __future__ import annotations

import pytest

# (text, the places' texts with their countries)
CASES = [
    (
        "The kidnappers freed him near Lahad Datu, Malaysia. Tan is expected to fly home to Tawau on Sunday,"
        " his family said.",
        [("Lahad Datu", "MY"), ("Malaysia", "MY"), ("Tawau", "MY")],
    ),
    (
        "Officials in Ghana said the freed trader would travel home to Techiman on Monday.",
        [("Ghana", "GH"), ("Techiman", "GH")],
    ),
]


@pytest.mark.parametrize(("text", "want"), CASES)
def test_town_after_going_home_to(places, text: str, want: list[tuple[str, str]]) -> None:
    assert [(p.text, p.country) for p in places(text)] == want
