"""The quantities stage: a plural in "-s" the tagger took for a singular and left as its own lemma
("four black rhinos" tagged NN) is still counted; a label of a year or a model ("the 1990 budget", "the
Mi 26 helicopter") is no count (tables of invented sentences)."""

from __future__ import annotations

import pytest

from storyline.stages.quantities import QuantityStage


@pytest.fixture(scope="module")
def counts(nlp) -> QuantityStage:
    return QuantityStage(nlp)


PLURAL_CASES = [
    ("He helped kill four black rhinos in the park.", [("four black rhinos", 4, "black rhinos")]),
    ("Rangers found two dead hippos near the river.", [("two dead hippos", 2, "dead hippos")]),
    # labels, not counts
    ("The 1990 budget was cut.", []),
    ("The Mi 26 helicopter crashed.", []),
]


@pytest.mark.parametrize(("text", "expected"), PLURAL_CASES, ids=["rhinos", "hippos", "year", "model"])
def test_a_plural_tagged_singular_is_counted(counts, analyse, text, expected) -> None:
    assert [(q.text, q.value, q.what) for q in counts(analyse(text))] == expected
