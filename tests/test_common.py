"""Helpers the stages share (storyline.stages.common)."""

from __future__ import annotations

import pytest

from storyline.read import datelines
from storyline.stages.common import past_dateline

# the subject the parser hung on a dateline's place: text, the word taken for the subject,
# the word past_dateline gives back (the word itself when it is in no dateline)
PAST_DATELINE = [
    ("CLEVELAND — Former Attorney General Michael Mukasey told reporters it was a risk.", "CLEVELAND", None),
    # the parser made "NAIROBI" the subject and nothing past the dateline hangs on it
    ("NAIROBI, Kenya (AP) — Police arrested three men on Friday.", "NAIROBI", "NAIROBI"),
    ("Police in NAIROBI arrested three men on Friday.", "Police", "Police"),  # no dateline
    ("NAIROBI, Kenya (AP) — Police arrested three men on Friday.", "Police", "Police"),  # past it
]


@pytest.mark.parametrize(("text", "word", "expected"), PAST_DATELINE)
def test_past_dateline(analyse, text: str, word: str, expected: str | None) -> None:
    doc = analyse(text).doc
    lines = [(d.start, d.end) for d in datelines(text)]
    tok = next(t for t in doc if t.text == word)
    got = past_dateline(tok, lines)
    if expected is None:  # whichever word the parser hung on the place, it lies past the dateline
        assert got.idx >= lines[0][1]
    else:
        assert got.text == expected
