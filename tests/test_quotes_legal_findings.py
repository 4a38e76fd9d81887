"""The quotes stage: legal and finding verbs as cues of indirect reports. A party's submission
("The State submitted that …"), a judge's holding under a judicial post-nominal ("Okafor JA held
that …"), and a court's or a document's participle after its own verb ("dismissed the claim, finding
that …", "faulted the agency, finding that …") report what was said; "submitted a bid" and a finding
of anyone else ("rescuers searched the river, finding that …") do not (tables of invented sentences)."""

from __future__ import annotations

import pytest

from conftest import cued_quote_rows
from storyline.pipeline import Pipeline

CASES = [
    (
        "The prosecution submitted that the accused had been warned before the search.",
        [("indirect", "that the accused had been warned before the search", "The prosecution", "submitted")],
    ),
    (
        "Counsel for the applicant submitted that the notice was defective.",
        [("indirect", "that the notice was defective", "Counsel for the applicant", "submitted")],
    ),
    ("The builder submitted a bid for the contract on Monday.", []),
    (
        "Banda JA held that the lower court had erred in admitting the recording.",
        [("indirect", "that the lower court had erred in admitting the recording", "Banda JA", "held")],
    ),
    (
        "Lee CJ held that the regulation was void.",
        [("indirect", "that the regulation was void", "Lee CJ", "held")],
    ),
    (
        "The High Court dismissed the petition, finding that the lease had lapsed in 2019.",
        [("indirect", "that the lease had lapsed in 2019", "The High Court", "finding")],
    ),
    (
        "The appeals court quashed the conviction, holding that the confession had been obtained by force.",
        [("indirect", "that the confession had been obtained by force", "The appeals court", "holding")],
    ),
    (
        "The tribunal determined that the two dismissals were unfair.",
        [("indirect", "that the two dismissals were unfair", "The tribunal", "determined")],
    ),
    (
        "The audit faulted the water board, finding that half the funds had not been spent.",
        [("indirect", "that half the funds had not been spent", "The audit", "finding")],
    ),
    ("Divers searched the lake, finding that the ferry had sunk.", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_legal_and_finding_cues(pipeline: Pipeline, text: str, expected: list[tuple[str, ...]]) -> None:
    record = pipeline.process(text, published="2024-03-08")
    assert cued_quote_rows(record.quotes) == expected
