"""Events stage, session 23: an order whose "to"-clause the parser hung on a relative clause of
its object is still an order ("ordered companies that store the chemicals to inspect their
tanks"); forces ordered to surround or encircle a place are deployed (MOBILIZE 154), forces
ordered to fire are ordered; a sum in a currency the tagger leaves untagged ("100,000 rupees",
``event_currency_nouns.txt``) paid to families is aid as "$5,000" is. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles

# sentence -> (trigger, type, CAMEO, sources, targets) of every event
ORDERS = [
    ("The Ministry of Transport ordered companies that operate the same aircraft to inspect their engines "
     "within a week.",
     [("ordered", "REQUEST", "100", ["Ministry of Transport"], ["companies"])]),
    ("The regulator ordered banks that hold the bonds to report their losses by Friday.",
     [("ordered", "REQUEST", "100", ["regulator"], ["banks"])]),
    ("The army ordered soldiers that guard the border to stay at their posts.",
     [("ordered", "REQUEST", "100", ["army"], ["soldiers"])]),
    ("The president ordered troops to encircle the rebel-held town.",
     [("ordered", "MOBILIZE", "154", ["president"], [])]),
    ("The interior minister ordered police to surround the stadium on Sunday.",
     [("ordered", "MOBILIZE", "154", ["interior minister"], [])]),
    # an order to act on people stays an order
    ("The general ordered troops to fire on the crowd.",
     [("ordered", "REQUEST", "100", [], ["troops"]), ("fire on", "ASSAULT", "193", ["troops"], ["crowd"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ORDERS, ids=[c[0][:40] for c in ORDERS])
def test_orders_misparsed_or_to_encircle(pipeline, text, expected):
    assert _roles(pipeline, text, target_phrase=True) == expected


SUMS = [
    ("The state government will pay 200,000 shillings to the family of each miner who died.",
     [("pay", "AID", "071", ["state government"], ["family"])]),
    ("The government paid 30,000 rupees to each displaced family.",
     [("paid", "AID", "071", ["government"], ["each displaced family"])]),
    # a firm paid is no aid
    ("The city paid 5 million pesos to the contractor.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SUMS, ids=[c[0][:40] for c in SUMS])
def test_sums_in_untagged_currencies_paid_to_families(pipeline, text, expected):
    assert _roles(pipeline, text, target_phrase=True) == expected
