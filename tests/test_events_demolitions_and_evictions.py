"""Events stage: demolitions and evictions. "Tore down", "bulldozed", "razed" and "demolished" destroy
property; by the state's agents (a government, police or military noun or actor, or one qualified
as municipal, council, city ...) a demolition is the state's coercion (COERCE 171, as the PLOVER
records code an army's demolition of homes), by anyone else an attack on property (ASSAULT 1712);
"evicted" forces people out (COERCE 174). Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _events

DEMOLITIONS = [
    ("Municipal crews tore down 60 stalls at the bus park on Monday.",
     [("tore down", "COERCE", "171", ["Municipal crews"], [])]),
    ("Police bulldozed the shacks near the river on Tuesday.",
     [("bulldozed", "COERCE", "171", ["Police"], [])]),
    ("Authorities demolished 200 homes in the Kibera slum on Friday.",
     [("demolished", "COERCE", "171", ["Authorities"], [])]),
    ("Council workers razed the kiosks overnight.", [("razed", "COERCE", "171", ["Council workers"], [])]),
    # not the state's agents: an attack on property
    ("Rebels razed the village of Tamsa last week.", [("razed", "ASSAULT", "1712", ["Rebels"], ["Tamsa"])]),
    ("Rioters tore down the fence of the governor's residence.",
     [("tore down", "ASSAULT", "1712", ["Rioters"], [])]),
    # no object, no demolition
    ("The plan was torn apart by critics.", []),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), DEMOLITIONS, ids=[c[0][:40] for c in DEMOLITIONS])
def test_a_demolition_by_the_state_is_coercion(pipeline, text, expected):
    assert _events(pipeline, text) == expected


EVICTIONS = [
    ("The municipality evicted the vendors on Monday.",
     [("evicted", "COERCE", "174", ["municipality"], ["vendors"])]),
    ("Police evicted 300 squatters from the estate.",
     [("evicted", "COERCE", "174", ["Police"], ["300 squatters"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), EVICTIONS, ids=[c[0][:40] for c in EVICTIONS])
def test_an_eviction_forces_people_out(pipeline, text, expected):
    assert _events(pipeline, text) == expected
