"""The quotes stage: a "he" or "she" speaker right after a sentence that introduces one person unnamed
by an indefinite noun for people, with a long description set off after it ("A midwife at the clinic,
a mother of three who …, described the shortages. “…,” she said"), is that person, recorded by the
noun phrase as the golds record unnamed speakers, not a person named further back. Not when the
description is of the other sex, nor when the sentence before names a person (tables of invented
sentences)."""

from __future__ import annotations

import pytest

from conftest import record_quote_rows
from storyline.pipeline import Pipeline

CASES = [
    (
        "Governor Alice Njeri said the county would hire more staff. A midwife at the clinic in Kisumu, "
        "a mother of three who has worked there for 11 years and who did not want her name published, "
        'described the shortages. "We deliver babies by torchlight," she said.',
        ("direct", "We deliver babies by torchlight", "A midwife at the clinic in Kisumu", None),
    ),
    (
        "Mayor Tom Berg opened the bridge. A local man, a fisherman who lost his boat in the flood, "
        'watched from the bank. "It took them six years," he said.',
        ("direct", "It took them six years", "A local man", None),
    ),
    (
        "Senator Joyce Banda toured the ward. One nurse, a woman in her forties who asked not to be "
        'named, showed the empty shelves. "We have no gloves," she said.',
        ("direct", "We have no gloves", "One nurse", None),
    ),
    (
        "Senator Joyce Banda toured the ward. A porter, a father of two, showed the empty shelves. "
        '"We have no gloves," he said.',
        ("direct", "We have no gloves", "A porter", None),
    ),
    (  # a definite description takes up someone named before: not an unnamed newcomer
        "Health Minister Joyce Banda toured the ward. The minister inspected the empty shelves. "
        '"We will send gloves," she said.',
        ("direct", "We will send gloves", "she", "Joyce Banda"),
    ),
    (  # a person named in the sentence before: the pronoun may be theirs
        'A judge in Lagos sentenced Musa Bello to ten years on Monday. "I am innocent," he said.',
        ("direct", "I am innocent", "he", "Musa Bello"),
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_pronoun_takes_up_the_unnamed_person(
    pipeline: Pipeline, text: str, expected: tuple[str | None, ...]
) -> None:
    record = pipeline.process(text, published="2024-03-08")
    assert record_quote_rows(record)[-1] == expected
