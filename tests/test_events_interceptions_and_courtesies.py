"""Events stage, held-out round 23: acts the lexicon missed (stopping craft or people on their way,
turning down an offer or a request) and words that are no act between parties (a speaker's "Thank
you, Chair", a forecast's warning of weather). Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles

# sentence -> (trigger, type, CAMEO, sources, targets) of every event
GAPS = [
    ("A naval frigate intercepted a speedboat south of the cape.",
     [("intercepted", "COERCE", "191", ["naval frigate"], ["speedboat"])]),
    ("Border guards said they had intercepted 25 asylum seekers near the lake.",
     [("intercepted", "COERCE", "191", ["Border guards"], ["25 asylum seekers"])]),
    # weapons stopped in flight and messages read coerce no one
    ("Air defence units intercepted four rockets over the port.", []),
    ("The agency intercepted phone calls between the two men.", []),
    ("The federation turned down the players' request for a pay review.",
     [("turned down", "REJECT", "120", ["federation"], ["players"])]),
    ("Sofia Marques turned down an invitation to chair the board.",
     [("turned down", "REJECT", "120", ["Sofia Marques"], [])]),
    ("The driver turned down the radio.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), GAPS, ids=[c[0][:40] for c in GAPS])
def test_intercepting_and_turning_down(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


NO_ACTS = [
    ("Thank you, Mr President.", []),
    ("Tomas Hrabal: Thank you, Chair.", []),
    # thanking a party named stays praise
    ("The prime minister thanked the rescue teams for their work.",
     [("thanked", "SUPPORT", "051", ["prime minister"], ["rescue teams"])]),
    ("The met office has warned of freezing fog on the motorways.", []),
    ("The national weather agency issued a warning of strong winds along the coast.", []),
    ("Meteorologists warned that temperatures would fall below zero.", []),
    # a warning of what the warner will do stays a threat
    ("The general warned the rebels of a crushing response.",
     [("warned", "THREATEN", "130", ["general"], ["rebels"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NO_ACTS, ids=[c[0][:40] for c in NO_ACTS])
def test_courtesies_and_forecasts_are_no_acts(pipeline, text, expected):
    assert _roles(pipeline, text) == expected
