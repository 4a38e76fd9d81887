"""Events stage: a physical charge at people is force, a charge "with" an offence an accusation.
"Charged the marchers with batons" (a "with" instrument of force) and "charged the crowd" (a crowd
run at, not counted) are violent repression (ASSAULT, CAMEO 175), as "fired tear gas"; "charged the
minister with fraud" and "charged 20 protesters" stay accusations or nothing. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles

FORCE = [
    ("Police charged the students with batons on Monday.",
     [("charged", "ASSAULT", "175", ["Police"], ["students"])]),
    ("Mounted officers charged the demonstrators with horses.",
     [("charged", "ASSAULT", "175", ["Mounted officers"], ["demonstrators"])]),
    ("Riot officers charged the strikers with truncheons and tear gas.",
     [("charged", "ASSAULT", "175", ["Riot officers"], ["strikers"])]),
    # a crowd run at, with no "with" phrase
    ("Riot police charged the crowd on Monday.", [("charged", "ASSAULT", "175", ["Riot police"], ["crowd"])]),
    ("Soldiers charged the marchers near the bridge.",
     [("charged", "ASSAULT", "175", ["Soldiers"], ["marchers"])]),
    # "charge at" and the noun
    ("Officers charged at the rioters on Friday.",
     [("charged at", "ASSAULT", "190", ["Officers"], ["rioters"])]),
    ("Police launched a baton charge on the pickets.",
     [("baton charge", "ASSAULT", "175", ["Police"], ["pickets"])]),
]  # fmt: skip

ACCUSATIONS = [
    # an offence after "with" keeps the accusation, whoever is charged
    ("Prosecutors charged the minister with fraud.",
     [("charged the minister with", "ACCUSE", "1121", ["Prosecutors"], ["minister"])]),
    ("Police charged the protesters with rioting.",
     [("charged the protesters with", "ACCUSE", "1121", ["Police"], ["protesters"])]),
    ("The governor was charged with bribery on Monday.",
     [("charged with", "ACCUSE", "1121", [], ["governor"])]),
    # a counted crowd is charged people, not run at
    ("Police charged 20 protesters on Monday.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FORCE, ids=[c[0][:40] for c in FORCE])
def test_a_physical_charge_at_people_is_force(pipeline, text, expected):
    assert event_roles(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), ACCUSATIONS, ids=[c[0][:40] for c in ACCUSATIONS])
def test_a_charge_with_an_offence_stays_an_accusation(pipeline, text, expected):
    assert event_roles(pipeline, text) == expected
