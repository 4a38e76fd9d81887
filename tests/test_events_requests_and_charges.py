"""Events stage: requests in a "that"-clause in the subjunctive ("has asked that the market be
closed"), charges the police or prosecutors report in the agentless passive (theirs, as an arrest
they report is), and plural common nouns opening a sentence that the tagger takes for names
("Vendors accused ...": people who act). Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _events

MANDATIVE = [
    ("The mayor has asked that the market be closed until the inspection.",
     [("asked", "REQUEST", "100", ["mayor"], [])]),
    ("The union asked that the dismissed workers be reinstated.",
     [("asked", "REQUEST", "100", ["union"], [])]),
    ("The families asked that the inquiry should be reopened.",
     [("asked", "REQUEST", "100", ["families"], [])]),
    # an indicative clause or a source's anonymity asks for nothing
    ("He asked that his name not be used.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), MANDATIVE, ids=[c[0][:40] for c in MANDATIVE])
def test_a_that_clause_in_the_subjunctive_is_a_request(pipeline, text, expected):
    assert _events(pipeline, text) == expected


CHARGES = [
    ("Police said the man would be charged with arson.",
     [("charged with", "ACCUSE", "1121", ["Police"], ["man"])]),
    ("The suspect, a 34-year-old mechanic, will be charged with arson, police said.",
     [("charged with", "ACCUSE", "1121", ["police"], ["suspect"])]),
    ("Prosecutors said Daniel Okafor would be charged with fraud.",
     [("charged with", "ACCUSE", "1121", ["Prosecutors"], ["Daniel Okafor"])]),
    # a witness reporting it is no agent
    ("Witnesses said the man would be charged with arson.",
     [("charged with", "ACCUSE", "1121", [], ["man"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CHARGES, ids=[c[0][:40] for c in CHARGES])
def test_a_charge_the_police_report_is_theirs(pipeline, text, expected):
    assert _events(pipeline, text) == expected


OPENERS = [
    ("Vendors accused the municipal council of negligence.",
     [("accused", "ACCUSE", "112", ["Vendors"], ["municipal council"])]),
    ("Stallholders marched to the municipal offices on Monday.",
     [("marched", "PROTEST", "141", ["Stallholders"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OPENERS, ids=[c[0][:40] for c in OPENERS])
def test_a_plural_opening_the_sentence_is_people(pipeline, text, expected):
    assert _events(pipeline, text) == expected
