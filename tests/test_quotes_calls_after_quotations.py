"""The quotes stage: a second cue coordinated after a quotation ('X said "…" and called on Y to …',
'X said the strike was "a last resort" and urged …', 'X said: "… . …," and called on …') is the
saying verb's speaker's, though the parser hangs it on the quoted words (whose subject, "the
strike", is no speaker; a quoted sentence's root has none outside the marks). A cue with a
subject of its own keeps it (tables of invented sentences)."""

from __future__ import annotations

import pytest

from conftest import record_quote_rows
from storyline.pipeline import Pipeline

CASES = [
    (
        'Owusu said "enough is enough" and called on Mahama to withdraw the decree.',
        ("indirect", "Mahama to withdraw the decree", "Owusu", "Owusu"),
    ),
    (
        'In a speech on Saturday, Lindiwe Dube said the boycott was "a last resort" and called on parents '
        "to support the teachers.",
        ("indirect", "parents to support the teachers", "Lindiwe Dube", "Lindiwe Dube"),
    ),
    (
        'Farouk Haddad said: "We have waited too long. The money must be paid now," and called on the '
        "finance ministry to act.",
        ("indirect", "the finance ministry to act", "Farouk Haddad", "Farouk Haddad"),
    ),
    (  # a subject of its own
        'Farouk Haddad said the fund was "empty". The union called on the finance ministry to act.',
        ("indirect", "the finance ministry to act", "The union", None),
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_call_after_a_quotation(pipeline: Pipeline, text: str, expected: tuple[str | None, ...]) -> None:
    record = pipeline.process(text, published="2024-03-08")
    assert record_quote_rows(record)[-1] == expected
