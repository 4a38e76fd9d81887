"""The quotes stage: reports the parser cut from their cue. A figure left alone at the end of the cue's
line of hard-wrapped text ("said nine\\nfishermen were …") opens a report that runs on to the
sentence's full stop; a counted subject taken for the cue's object and its verb for a participle on it
("says about 300 shops burned", "said seven people, including two guards, drowned") is a reported
clause; a run-in label the parser took for the subject ("Toll: the fishermen's cooperative says") is
no speaker (tables of invented sentences)."""

from __future__ import annotations

import pytest

from conftest import cued_quote_rows as _rows

WRAPPED_FIGURE_CASES = [
    (
        "Rescuers said nine\nfishermen were still missing off the cape.",
        [("indirect", "nine\nfishermen were still missing off the cape", "Rescuers", "said")],
    ),
    (
        "The governor said 12\nvillages, most of them in the hills, had lost power.",
        [("indirect", "12\nvillages, most of them in the hills, had lost power", "The governor", "said")],
    ),
    (
        "The agency said six\nclimbers, including a guide, died on the glacier on Sunday.",
        [
            (
                "indirect",
                "six\nclimbers, including a guide, died on the glacier on Sunday",
                "The agency",
                "said",
            )
        ],
    ),
]


COUNTED_CLAUSE_CASES = [
    (
        "The fire spread fast. Losses: the traders' union says about 300 shops burned.",
        [("indirect", "about 300 shops burned", "the traders' union", "says")],
    ),
    (
        "The blaze was put out at dawn. The market board says about 2,000 stalls burned.",
        [("indirect", "about 2,000 stalls burned", "The market board", "says")],
    ),
    (
        "The police said seven people, including two guards, drowned in the canal on Friday.",
        [
            (
                "indirect",
                "seven people, including two guards, drowned in the canal on Friday",
                "The police",
                "said",
            )
        ],
    ),
    # a participle with its agent is the noun's, and the clause goes on past it
    (
        "The mayor said 200 trees planted by volunteers had died.",
        [("indirect", "200 trees planted by volunteers had died", "The mayor", "said")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), WRAPPED_FIGURE_CASES, ids=[c[0][:30] for c in WRAPPED_FIGURE_CASES]
)
def test_a_figure_left_at_a_line_end_opens_the_report(quote_stage, analyse, text, expected):
    assert _rows(quote_stage(analyse(text), [], [])) == expected


@pytest.mark.parametrize(
    ("text", "expected"), COUNTED_CLAUSE_CASES, ids=[c[0][:40] for c in COUNTED_CLAUSE_CASES]
)
def test_a_counted_subject_taken_for_the_object_is_a_report(quote_stage, analyse, text, expected):
    assert _rows(quote_stage(analyse(text), [], [])) == expected


# a run-in label opening the line that the parser took for the cue's subject, with the speaker hung
# on it in apposition: the speaker is the body after the colon
LABEL_SUBJECT_CASES = [
    (
        "Toll: the fishermen's cooperative says some 90 boats sank.",
        [("indirect", "some 90 boats sank", "the fishermen's cooperative", "says")],
    ),
    (
        "The season was poor.\n\nToll: the fishermen's cooperative says some 90 boats sank.",
        [("indirect", "some 90 boats sank", "the fishermen's cooperative", "says")],
    ),
    (
        "The storm hit. Damage: the council says 300 homes were flooded.",
        [("indirect", "300 homes were flooded", "the council", "says")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), LABEL_SUBJECT_CASES, ids=[c[0][:40] for c in LABEL_SUBJECT_CASES]
)
def test_a_run_in_label_is_no_speaker(quote_stage, analyse, text, expected):
    assert _rows(quote_stage(analyse(text), [], [])) == expected
