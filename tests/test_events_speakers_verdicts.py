"""Events stage: what speakers call acts, what they criticise after a report, whom they warn.

- Naming an act a coup or a punishment condemns it (``event_condemnations.txt``): "called the
  sanctions collective punishment", "called the session a coup" are accusations (ACCUSE 111).
- A past verb after ", but" that the parser hangs on the noun after it, the noun coordinated with
  the verb of saying ("said the vote had been calm, but criticised delays") is the speaker's act,
  on the saying's day.
- "Warned X that it could ...": X is warned (the target), not the pronoun of the warning's own
  clause; "demanded that X ..." with no object keeps X.
- A sanction laid "on" people no entity names targets them ("imposed sanctions on three generals").
- Criticising an act named by a definite noun with no owner ("condemned the plan", "the cuts":
  ``event_authored_nouns.txt``) targets the organisation that last acted or owned something in that
  sentence or the two before ("Baltwind said it would cut 900 jobs"), never a bystander named in a
  phrase ("analysts at Deutsche Bank"); an owned plan keeps its owner.
- "Rejected that" answers what was just said, as "rejected the accusation" does.
- A plural group word the tagger took for the name of a people ("Jihadists Kill 12 Soldiers") is
  that group, a generic actor of its sector; a people named so stays itself ("Dozens of Iranians").
Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _events

PUBLISHED = "2020-03-07"

VERDICTS = [
    ('The club\'s chairman, Arben Hoxha, called the fines "collective punishment" on Monday.',
     [("called", "ACCUSE", "111", ["Arben Hoxha", "club's chairman"], [])]),
    ('His lawyer called the session "a coup dressed as a sitting".',
     [("called", "ACCUSE", "111", ["His lawyer"], [])]),
    ("The opposition said the vote was a coup.", [("coup", "ACCUSE", "111", ["opposition"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VERDICTS, ids=[c[0][:40] for c in VERDICTS])
def test_naming_an_act_a_coup_or_a_punishment_condemns_it(pipeline, text, expected):
    assert _events(pipeline, text, PUBLISHED) == expected


HUNG_AFTER_SAYING = [
    ("The monitors said on Friday the count had been fair, but criticised delays in publishing results.",
     [("criticised", "ACCUSE", "111", ["monitors"], [])], ["2020-03-06"]),
    ("Observers from the Andean Community said on Sunday that the vote had been \"orderly\", but criticised "
     "delays in counting ballots.",
     [("criticised", "ACCUSE", "111", ["Andean Community", "Observers"], [])], ["2020-03-01"]),
    # coordinated with an object, as before
    ("Kenya welcomed the deal on Monday but criticised delays.",
     [("welcomed", "SUPPORT", "051", ["Kenya"], []), ("criticised", "ACCUSE", "111", ["Kenya"], [])],
     ["2020-03-02", "2020-03-02"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected", "days"), HUNG_AFTER_SAYING, ids=[c[0][:40] for c in HUNG_AFTER_SAYING]
)
def test_a_verb_hung_after_a_report_is_the_speakers(pipeline, text, expected, days):
    assert _events(pipeline, text, PUBLISHED) == expected
    assert [e.date for e in pipeline.process(text, published=PUBLISHED).events] == days


WARNED = [
    ("Washington warned the rebels that it could impose sanctions.",
     [("warned", "THREATEN", "130", ["Washington"], ["rebels"]),
      ("impose sanctions", "SANCTION", "163", ["Washington"], [])]),
    ("Paris had warned both sides that it would cut aid.",
     [("warned", "THREATEN", "130", ["Paris"], ["both sides"])]),
    ("The union demanded that the company reverse the cuts.",
     [("demanded", "REQUEST", "100", ["union"], ["company"])]),
    ("The EU imposed sanctions on three generals.",
     [("imposed sanctions", "SANCTION", "163", ["EU"], ["three generals"])]),
    ("Washington imposed new sanctions on commanders who blocked aid.",
     [("imposed new sanctions", "SANCTION", "163", ["Washington"], ["commanders"]),
      ("blocked", "PROTEST", "144", ["commanders"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), WARNED, ids=[c[0][:40] for c in WARNED])
def test_who_is_warned_or_sanctioned_is_the_target(pipeline, text, expected):
    assert _events(pipeline, text, PUBLISHED) == expected


def test_a_group_word_taken_for_a_people_is_the_group(pipeline):
    record = pipeline.process("Jihadists Kill 12 Soldiers in Mali Ambush", published=PUBLISHED)
    ents = {e.id: e for e in record.entities}
    kill = next(e for e in record.events if e.trigger.text == "Kill")
    assert [(ents[i].name, ents[i].type, ents[i].actor.code) for i in kill.source] == [
        ("Jihadists", "OTHER", "REB")
    ]
    record = pipeline.process("Dozens of Iranians protested in Berlin.", published=PUBLISHED)
    ents = {e.id: e for e in record.entities}
    assert [(ents[i].name, ents[i].type) for e in record.events for i in e.source] == [("Iranians", "NORP")]


# "rejected that" / "denied this": what was just said, by whoever said it (as "rejected the accusation")
ANSWERED_THAT = [
    ("Truck drivers accused the transport ministry of ignoring warnings. The ministry rejected that, "
     "saying the road had been cleared.",
     [("accused", "ACCUSE", "112", ["Truck drivers"], ["transport ministry"]),
      ("rejected", "REJECT", "120", ["ministry"], ["Truck drivers"])]),
    ("Kenya demanded the release of the crew. Somalia rejected this on Monday.",
     [("demanded", "REQUEST", "100", ["Kenya"], ["crew"]),
      ("rejected", "REJECT", "120", ["Somalia"], ["Kenya"])]),
    # nothing said before: no one answered
    ("The ministry rejected that.", [("rejected", "REJECT", "120", ["ministry"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), ANSWERED_THAT, ids=[c[0][:40] for c in ANSWERED_THAT])
def test_rejecting_that_answers_what_was_just_said(pipeline, text, expected):
    assert _events(pipeline, text, PUBLISHED) == expected


AUTHORED = [
    ("Shares in Baltwind fell on Tuesday after the company said it would cut 900 jobs. "
     "The Unite union condemned the plan and threatened strikes.",
     [("condemned", "ACCUSE", "111", ["Unite union"], ["Baltwind"]),
      ("threatened", "THREATEN", "130", ["Unite union"], [])]),
    ("Baltwind said it would cut 900 jobs. Analysts at Deutsche Bank lowered their target. "
     "The union condemned the cuts.",
     [("condemned", "ACCUSE", "111", ["union"], ["Baltwind"])]),
    ("The Metalworkers union condemned the company's plan.",
     [("condemned", "ACCUSE", "111", ["Metalworkers union"], ["company"])]),
    ("The union condemned the plan.", [("condemned", "ACCUSE", "111", ["union"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AUTHORED, ids=[c[0][:40] for c in AUTHORED])
def test_criticising_an_unowned_act_targets_its_author(pipeline, text, expected):
    assert _events(pipeline, text, PUBLISHED) == expected
