"""The quantities stage: a figure before a word for casualties counts them ("confirmed three dead",
"two dead and 14 injured"), and a box of key figures that prints each figure on its own line above what
it counts ("12,400\\npeople displaced") gives the count across the line break (tables of invented
sentences)."""

from __future__ import annotations

import pytest

from conftest import quantity_rows
from storyline.stages.quantities import QuantityStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuantityStage:
    return QuantityStage(nlp)


CASUALTY_CASES = [
    ("The clinic confirmed three dead after the bus crash.", [("three dead", 3, None, None, "dead")]),
    ("The landslide left seven missing in the valley.", [("seven missing", 7, None, None, "missing")]),
    (
        "Police confirmed two dead and 14 injured in the blast.",
        [("two dead", 2, None, None, "dead"), ("14 injured", 14, None, None, "injured")],
    ),
    # a noun after the word: the count of the noun, as before
    ("Three injured miners were flown out.", [("Three injured miners", 3, None, None, "injured miners")]),
]


@pytest.mark.parametrize(("text", "expected"), CASUALTY_CASES, ids=[c[0][:40] for c in CASUALTY_CASES])
def test_a_figure_before_a_casualty_word_counts_them(stage, analyse, text, expected):
    assert quantity_rows(stage, analyse, text) == expected


BOX_CASES = [
    (
        "AT A GLANCE\n\n8,750\nfamilies displaced\n\n112\nhealth posts destroyed\n\n"
        "$3.1 million\nin pledged aid",
        [
            ("8,750\nfamilies", 8750, None, None, "families"),
            ("112\nhealth posts", 112, None, None, "health posts"),
        ],
    ),
    (
        "In numbers:\n46\nvillages cut off\n2019\nwas the last such flood",
        [("46\nvillages", 46, None, None, "villages")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOX_CASES, ids=[c[0][:30] for c in BOX_CASES])
def test_a_figure_above_its_label_counts_what_the_label_names(stage, analyse, text, expected):
    assert quantity_rows(stage, analyse, text) == expected
