"""Events stage: arguments the parse hides. A second passive predicate coordinated with a first
that names its agent shares that agent ("were held by customs officers and accused of
smuggling": the officers accuse); an act coordinated after a quotation of several sentences is
its speaker's, not the quotation's last subject's; a subject the parser hangs on the auxiliary
after a relative clause and a date ("X, who ..., was on Friday detained by police") is still the
passive's patient. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles

# sentence -> (trigger, type, CAMEO, sources, targets) of every event
CASES = [
    # (b) the first predicate's agent acts in the second
    ("Two reporters were held by customs officers and accused of espionage.",
     [("held", "COERCE", "173", ["customs officers"], ["Two reporters"]),
      ("accused", "ACCUSE", "112", ["customs officers"], ["Two reporters"])]),
    ("The three fishermen were stopped by soldiers and charged with poaching.",
     [("charged with", "ACCUSE", "1121", ["soldiers"], ["three fishermen"])]),
    # ... not when the second names its own agent
    ("The lawyer was questioned by detectives and released by a judge.",
     [("questioned", "COERCE", "173", ["detectives"], ["lawyer"]),
      ("released", "RETREAT", "0841", ["judge"], ["lawyer"])]),
    # (c) a quotation of two sentences, then the speaker's own act
    ('Councillor Mirela Dobre said "the dump must close. Children are falling ill", and called on '
     "the ministry to revoke its permit.",
     [("called on", "REQUEST", "100", ["Councillor Mirela Dobre"], ["ministry"]),
      ("revoke", "SANCTION", "160", ["ministry"], [])]),
    # (3) the subject hung on the auxiliary, or on "was" taken for the main verb: the passive's patient
    ("Greta Lind, who ran the Harbour clinic for years, was on Monday arrested by detectives.",
     [("arrested", "COERCE", "173", ["detectives"], ["Greta Lind"])]),
    ("Hugo Lindqvist, who ran the Vasa shelter for a decade, was on Friday detained by police.",
     [("detained", "COERCE", "173", ["police"], ["Hugo Lindqvist"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_hidden_arguments(pipeline, text, expected):
    assert _roles(pipeline, text) == expected
