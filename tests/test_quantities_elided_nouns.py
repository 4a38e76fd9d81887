"""The quantities stage: a figure whose noun is left out as understood counts what the count before
it counts: after "to" in "from <count> … to <figure>", and as the object of the same verb as that
count ("killed 30 elephants … helped kill four") (tables of invented sentences)."""

from __future__ import annotations

import pytest

from storyline.stages.quantities import QuantityStage


@pytest.fixture(scope="module")
def counts(nlp) -> QuantityStage:
    return QuantityStage(nlp)


# text, [(text, value, min, max, what, mod)] of the figures with the noun left out
ELIDED_CASES = [
    (
        "The blight has spread from three provinces in 2022 to at least nine this spring, the ministry said.",
        [("at least nine", 9, 9, None, "provinces", "EQUAL_OR_MORE")],
    ),
    (
        "Rangers say poachers shot 22 rhinos last year, and a farmer who admits he helped shoot six has "
        "now come forward.",
        [("six", 6, None, None, "rhinos", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ELIDED_CASES)
def test_a_figure_with_its_noun_left_out_counts_the_count_before(counts, analyse, text, expected) -> None:
    got = [(q.text, q.value, q.min, q.max, q.what, q.mod) for q in counts(analyse(text))]
    assert got[1:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sum, a year, a different verb: no elided count, only the first one
        ("Sales rose from 40 cars in May to $900,000 in June.", [("40 cars", "cars")]),
        ("The firm moved from 12 offices to 2019 levels of staffing.", [("12 offices", "offices")]),
        ("Gunmen seized 40 cattle on Monday, and police later recovered 25.", [("40 cattle", "cattle")]),
    ],
)
def test_no_elided_count_without_a_shared_noun(counts, analyse, text, expected) -> None:
    assert [(q.text, q.what) for q in counts(analyse(text))] == expected
