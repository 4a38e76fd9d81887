"""Quotes: a paragraph made only of a short quotation in a headline's case is a subhead set in
quotation marks, not the previous speaker's words going on; a quotation in a sentence's case there
still is (tables of invented sentences)."""

from __future__ import annotations

import pytest

from storyline.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


_OPENING = '"We will rebuild the pier," said Ana Ruiz, the harbour master.\n\n'
_CLOSING = "\n\nThe storm hit the coast on Monday."

SUBHEAD_CASES = [
    ("‘Nothing Left to Lose.’", []),
    ("'A Harbour in the Dark'", []),
    ('"All Boats Are Gone."', []),
    # speech going on: a sentence's case
    ('"It will take two years."', [("It will take two years.", "Ana Ruiz")]),
]


@pytest.mark.parametrize(("para", "more"), SUBHEAD_CASES, ids=["single", "plain single", "double", "speech"])
def test_a_quoted_subhead_is_no_continuation(stage, analyse, entities, para, more):
    text = _OPENING + para + _CLOSING
    quotes = stage(analyse(text), entities(text), [])
    assert [(q.text, q.speaker.text) for q in quotes] == [("We will rebuild the pier", "Ana Ruiz"), *more]
