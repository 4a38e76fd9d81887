"""A name the page sets in capitals (a top bar's site name, an issue's masthead, a report's issuer) is
given in title case by one rule (:func:`storyline.read.exports.title_cased`): a possessive keeps its "s"
in lower case, a word after an elided letter ("O'", "L'") takes its capital, small words stay small."""

from __future__ import annotations

import pytest

from storyline.read import _issue_masthead, _menu_bar_name
from storyline.read.exports import issuer_line


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("≡ Menu    THE FISHERMEN'S GAZETTE    Search", "The Fishermen's Gazette"),
        ("Menu   L'ÉCHO DES COLLINES   Log in", "L'Écho des Collines"),
    ],
)
def test_top_bar_name_in_title_case(line: str, name: str) -> None:
    assert _menu_bar_name(line) == name


def test_issue_masthead_in_title_case() -> None:
    assert _issue_masthead("THE GROWERS' LETTER — Issue 9 — May 12, 2026") == "The Growers' Letter"
    assert _issue_masthead("THE HERDER'S BRIEF — Issue 9 — May 12, 2026") == "The Herder's Brief"


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("O'HARA FLOOD RELIEF FUND (OFRF)", "O'Hara Flood Relief Fund"),
        ("ASIA-PACIFIC STORM WATCH OFFICE (ASWO)", "Asia-Pacific Storm Watch Office"),
    ],
)
def test_issuer_in_title_case(line: str, name: str) -> None:
    assert issuer_line(line) == name
