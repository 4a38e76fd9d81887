"""Events stage: a halt of work told as an idiom is a strike ("stopped work", "downed tools",
"walked off the job": PROTEST 143, as the PLOVER records and the article golds code a strike),
not a firm's, a site's or rescuers' halt; premises closed by the state's agents ("inspectors
sealed the shop", "police shut down the newspaper") are coercion (COERCE 172) done to their
owner, while a firm closing its own premises is nothing. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles

# sentence -> (trigger, type, CAMEO, sources, targets) of every event
STOPPAGES = [
    ("Bus conductors in Mombasa stopped work on Thursday over unpaid allowances.",
     [("stopped work", "PROTEST", "143", ["Bus conductors in Mombasa"], [])]),
    ("Nurses at the district hospital downed tools on Friday.",
     [("downed tools", "PROTEST", "143", ["Nurses"], [])]),
    # "downed" parsed as the adjective of "tools" hung on the subject
    ("Teachers in Kisii downed tools on Friday.",
     [("downed tools", "PROTEST", "143", ["Teachers in Kisii"], [])]),
    ("The downed tools lay on the floor.", []),
    ("Tram drivers walked off the job in Graz on Monday.",
     [("walked off the job", "PROTEST", "143", ["Tram drivers"], [])]),
    ("Shipyard welders laid down their tools on Wednesday.",
     [("laid down their tools", "PROTEST", "143", ["Shipyard welders"], [])]),
    # a site, a firm or rescuers halting work, or work on a project halted: no strike
    ("The bakery stopped work after the flood.", []),
    ("The contractor stopped work at the site.", []),
    ("The mill said it stopped work on Monday.", []),
    ("Construction crews stopped work on the new stadium in May.", []),
    ("Rescue workers stopped work overnight because of the storm.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), STOPPAGES, ids=[c[0][:40] for c in STOPPAGES])
def test_work_stoppages_are_strikes(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


CLOSURES = [
    ("Food inspectors sealed the butcher's shop on Tuesday.",
     [("sealed", "COERCE", "172", ["Food inspectors"], ["butcher"])]),
    ("Police shut down the Morning Star newspaper on Monday.",
     [("shut", "COERCE", "172", ["Police"], ["Morning Star newspaper"])]),
    ("Municipal officers padlocked the nightclub on Saturday.",
     [("padlocked", "COERCE", "172", ["Municipal officers"], ["nightclub"])]),
    # the owner named before ("its offices"): the target
    ("The ministry accused the Daily Courier of lying. Police sealed its offices in Nairobi that night.",
     [("accused", "ACCUSE", "112", ["ministry"], ["Daily Courier"]),
      ("sealed", "COERCE", "172", ["Police"], ["Daily Courier"])]),
    # "its" is no people or region named as a modifier ("the Afar and Somali regions")
    ("The weekly printed a report on the Tigre and Kunama districts. Police sealed its offices in Adama "
     "that night.",
     [("sealed", "COERCE", "172", ["Police"], ["its offices"])]),
    # sealing implies an authority; a closure with no agent may be the owner's
    ("The pharmacy was sealed on Tuesday.", [("sealed", "COERCE", "172", [], ["pharmacy"])]),
    ("The pharmacy was closed on Tuesday.", []),
    # owners and firms closing their premises, and things that are no premises
    ("The owners shut the cafe on Friday.", []),
    ("Tessaro Foods closed its bakery in Trento.", []),
    ("The minister closed the conference on Friday.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLOSURES, ids=[c[0][:40] for c in CLOSURES])
def test_premises_closed_by_the_state(pipeline, text, expected):
    assert _roles(pipeline, text, target_phrase=True) == expected
