"""An act done to a thing someone owns is aimed at the owner, also when the parser hangs the owner
on a modifier before the thing ("the airline's four other jets": the owner under "other")."""

from __future__ import annotations

import pytest

from conftest import event_roles


@pytest.mark.parametrize(
    ("text", "trigger", "target"),
    [
        (
            "A Kestrel Air plane crashed near Tromsø on Sunday. "
            "The safety agency grounded the airline's four other turboprops on Monday.",
            "grounded",
            ["airline"],
        ),
        (
            "Pampa Aerea cancelled its flights to Salta. "
            "The regulator grounded the carrier's four other turboprops on Tuesday.",
            "grounded",
            ["carrier"],
        ),
    ],
)
def test_owner_under_a_modifier_is_the_target(pipeline, text: str, trigger: str, target: list[str]) -> None:
    roles = [r for r in event_roles(pipeline, text) if r[0] == trigger]
    assert [r[4] for r in roles] == [target]
