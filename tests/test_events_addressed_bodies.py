"""Events stage: bodies named by their kind as the parties accused, asked or praised.

- A junta, a bank or central bank and a newspaper are actors (``event_actor_nouns.tsv``): "accused
  the junta of ...", "urged the bank to ...", "praised the bank's policy" target them as generic
  actors.
- A town or state named by its kind that is accused or asked (ACCUSE, REQUEST) is its authority
  ("accused the city of ignoring warnings", "urged the city to suspend the evictions"): the target,
  a generic actor of the government sector; a town attacked stays a place.
- A prisoner exchange or swap "between A and B" is a release by each side (RETREAT 0841), both
  parties source and target.
Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _events

PUBLISHED = "2020-03-07"

ADDRESSED = [
    ("The rights league accused the junta of torturing detainees.",
     [("accused", "ACCUSE", "112", ["rights league"], ["junta"]),
      ("torturing", "ASSAULT", "1822", ["junta"], ["detainees"])]),
    ("The farmers' union urged the bank to cut rates.",
     [("urged", "REQUEST", "100", ["farmers' union"], ["bank"])]),
    ("The IMF praised the bank's cautious policy on Monday.",
     [("praised", "SUPPORT", "051", ["IMF"], ["bank"])]),
    ("The opposition leader accused the city of ignoring warnings.",
     [("accused", "ACCUSE", "112", ["opposition leader"], ["city"])]),
    ("The rights commission urged the city on Tuesday to suspend the evictions.",
     [("urged", "REQUEST", "100", ["rights commission"], ["city"]),
      ("suspend", "SANCTION", "160", [], [])]),
    ("Residents accused the state of neglect.",
     [("accused", "ACCUSE", "112", ["Residents"], ["state"])]),
    # a town attacked is a place, not an actor
    ("Rebels attacked the city on Monday.", [("attacked", "ASSAULT", "190", ["Rebels"], [])]),
    ("The governor urged residents to leave the town.",
     [("urged", "REQUEST", "100", ["governor"], ["residents"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ADDRESSED, ids=[c[0][:40] for c in ADDRESSED])
def test_a_body_named_by_its_kind_is_accused_or_asked(pipeline, text, expected):
    assert _events(pipeline, text, PUBLISHED) == expected


EXCHANGES = [
    ("Colombia and Venezuela carried out a prisoner swap in Cucuta on Tuesday.",
     [("prisoner swap", "RETREAT", "0841", ["Colombia", "Venezuela"], ["Colombia", "Venezuela"])]),
    ("The pilot flew home to Lagos after a prisoner exchange between Nigeria and Chad.",
     [("prisoner exchange", "RETREAT", "0841", ["Nigeria", "Chad"], ["Nigeria", "Chad"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EXCHANGES, ids=[c[0][:40] for c in EXCHANGES])
def test_a_prisoner_exchange_is_a_release_by_both_sides(pipeline, text, expected):
    assert _events(pipeline, text, PUBLISHED) == expected
