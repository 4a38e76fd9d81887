"""Events stage, held-out round 23: who acts and when in narration. A fronted "after"/"before"
clause the parser hung on the verb as a second subject is no source; an act set days or weeks
from a dated act of long ago takes that date; a letter's writer asks the one written to; an
agentless passive attack takes the armed attackers of the sentence before in its paragraph.
Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles

DATED = [
    ("Two days after the generals suspended the constitution in October 1968, troops arrested "
     "the union leader.", "arrested", ["troops"], ("1968-10", "1968-10-01", "1968-10-31")),
    ("Four days before the vote in June 1990, the opposition marched through the capital.",
     "marched", ["opposition"], ("1990-06", "1990-06-01", "1990-06-30")),
    # the parser hangs the fronted clause on the verb as a second subject: the soldiers act
    ("A week after the colonel closed parliament in June 1983, soldiers detained the editor at his office.",
     "detained", ["soldiers"], ("1983-06", "1983-06-01", "1983-06-30")),
    ("Ten days after the 1991 coup attempt, students marched on the palace.",
     "marched", ["students"], ("1991", "1991-01-01", "1991-12-31")),
    # years later, or a recent day, is not that date
    ("Three years after the generals suspended the constitution in October 1968, troops arrested "
     "the union leader.", "arrested", ["troops"], ("2020-03-07", None, None)),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "sources", "dates"), DATED, ids=[c[0][:40] for c in DATED])
def test_days_from_a_dated_act_of_long_ago(pipeline, text, trigger, sources, dates):
    record = pipeline.process(text, published="2020-03-07")
    names = {e.id: e.name for e in record.entities}
    ev = next(e for e in record.events if e.trigger.text == trigger)
    assert ([names[s] for s in ev.source], (ev.date, ev.earliest, ev.latest)) == (sources, dates)


LETTERS = [
    ("Residents wrote to the Ministry of Transport asking for a new bridge.",
     [("asking for", "REQUEST", "100", ["Residents"], ["Ministry of Transport"])]),
    ("The fishermen's union has written to the regional governor demanding a ban on trawlers.",
     [("demanding", "REQUEST", "100", ["fishermen's union"], ["regional governor"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LETTERS, ids=[c[0][:40] for c in LETTERS])
def test_a_letter_asks_the_one_written_to(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


FORCE_BEFORE = [
    ("The rebels shelled the border post on Sunday. Three guards were killed.",
     [("shelled", "ASSAULT", "194", ["rebels"], []),
      ("killed", "ASSAULT", "1823", ["rebels"], ["Three guards"])]),
    # the attackers' own kind hurt, another paragraph, or no armed attacker: no agent
    ("Gendarmes raided the hideout overnight. Two gendarmes were wounded.",
     [("raided", "COERCE", "170", ["Gendarmes"], []),
      ("wounded", "ASSAULT", "190", [], ["Two gendarmes"])]),
    ("The rebels shelled the border post.\n\nEleven people were killed in a separate raid further north.",
     [("shelled", "ASSAULT", "194", ["rebels"], []),
      ("killed", "ASSAULT", "1823", [], ["Eleven people"])]),
    ("Villagers gathered in the square. Four people were killed.",
     [("killed", "ASSAULT", "1823", [], ["Four people"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FORCE_BEFORE, ids=[c[0][:40] for c in FORCE_BEFORE])
def test_agentless_attack_after_armed_act(pipeline, text, expected):
    assert _roles(pipeline, text) == expected
