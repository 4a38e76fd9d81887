"""The quotes stage on a parliamentary record: a speaker's label in capitals with the name surname
first and a party and seat in brackets is a member's turn; an office's label with the holder's name
in brackets ("THE MINISTER OF LANDS (Mr Tomas Quispe):") is that person's; a label after a margin
time ("3.40 THE SPEAKER:") is a turn; margin times and notes on their own lines ("3.55",
"(Applause)") and a chorus or an unnamed member ("Hon. Members: Hear, hear!", "AN HON. MEMBER:")
are no one's quote; a quotation
passed on with "and I quote" is the one who told it, not the member; and a label after other turns
is no wire dateline (tables of invented records)."""

from __future__ import annotations

import pytest

from conftest import record_quote_rows as _rows
from storyline.stages.quotes import _SPEAKER_LABEL, _label_name

RECORD = (
    "NATIONAL ASSEMBLY OF TARANVA\n\n"
    "Wednesday, 4 March 2026\n\n"
    "3.40 THE SPEAKER: Order. The Minister of Lands has the floor.\n\n"
    "THE MINISTER OF LANDS (Mr Tomas Quispe): Madam Speaker, the title deeds for Rio Alto will be "
    "issued by May.\n\n"
    "(Applause)\n\n"
    "MS MAMANI ROSA (Unity, Rio Alto): The families have waited six years. A widow there told me, "
    'and I quote, "We are strangers on our own land." When will the deeds come?\n'
    "Hon. Members: Hear, hear!\n\n"
    "3.55\n"
    "THE MINISTER OF LANDS (Mr Tomas Quispe): The surveyors start work on Monday.\n"
    "AN HON. MEMBER: Which Monday?\n"
    "HON. MEMBERS: Order!\n"
    "(Interjections)\n"
    "MR CONDORI LUIS (Opposition, Llano Sur): We have heard that promise before."
)


def test_record_turns_and_their_speakers(pipeline):
    assert _rows(pipeline.process(RECORD, published="2026-03-04")) == [
        ("direct", "Order. The Minister of Lands has the floor.", "THE SPEAKER", None),
        (
            "direct",
            "Madam Speaker, the title deeds for Rio Alto will be issued by May.",
            "Mr Tomas Quispe",
            "Tomas Quispe",
        ),
        (
            "direct",
            "The families have waited six years. A widow there told me, and I quote, "
            '"We are strangers on our own land." When will the deeds come?',
            "MS MAMANI ROSA",
            "MAMANI ROSA",
        ),
        ("direct", "We are strangers on our own land.", "A widow there", None),
        ("direct", "The surveyors start work on Monday.", "Mr Tomas Quispe", "Tomas Quispe"),
        ("direct", "We have heard that promise before.", "MR CONDORI LUIS", "CONDORI LUIS"),
    ]


@pytest.mark.parametrize(
    "line,expected",
    [
        ("THE MINISTER OF LANDS (Mr Tomas Quispe): Thank you.", "Mr Tomas Quispe"),
        ("THE ATTORNEY GENERAL (Dr. Ines Paco): Thank you.", "Dr. Ines Paco"),
        ("MS MAMANI ROSA (Unity, Rio Alto): Thank you.", "MS MAMANI ROSA"),
        ("ANA RUIZ (PORT DIRECTOR): Thank you.", "ANA RUIZ"),
        ("LIDIA SOTO (Host): Thank you.", "LIDIA SOTO"),
    ],
)
def test_label_names(line, expected):
    assert _label_name(_SPEAKER_LABEL.match(line), []) == expected


def test_and_i_quote_passes_on_the_words(quote_stage, analyse):
    text = 'A farmer from Achacachi wrote to me, and I quote, "The river took our seed and our hope."'
    quotes = quote_stage(analyse(text), [], [])
    assert [(q.kind, q.text, q.cue.text if q.cue else None, q.speaker.text) for q in quotes] == [
        ("direct", "The river took our seed and our hope.", "wrote", "A farmer from Achacachi")
    ]
