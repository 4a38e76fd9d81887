"""Events stage, session 20 (second set): a lone bullet sign the tagger took for a verb does not hide
a timeline line's date; a search of premises is coercion and a thing that chose a verb's sense
points to its owner ("searched the judge's flat": the judge; "revoked the broadcaster's licence");
a town that only locates a venue ("at a funeral in X") is no target; a title with no name stands
for the one person who holds or took that office; a verb hung loose in a list of acts, and a
second clause whose subject the parser coordinated with the first clause's object, keep their own
subjects; an envoy is recalled from a state, not its capital; a cleft ("It was on Monday night
that ...") dates its clause; "the bloc" is a group acting. Invented sentences.
"""

from __future__ import annotations

import pytest

PUBLISHED = "2020-03-07"


def _events(pipeline, text: str) -> list[tuple]:
    """(trigger, type, CAMEO code, source names, target names, date) of every event."""
    record = pipeline.process(text, published=PUBLISHED)
    names = {e.id: e.name for e in record.entities}
    return [
        (e.trigger.text, e.type, e.cameo, [names[s] for s in e.source], [names[t] for t in e.target], e.date)
        for e in record.events
    ]


TIMELINE_BULLETS = [
    ("Chronology:\n• 14 January: Soldiers detain four students.\n• 2 February: The council bans marches.\n",
     [("detain", "2020-01-14"), ("bans", "2020-02-02")]),
    ("• 2 February: The council bans marches.\n• 14 January: Soldiers detain four students.\n",
     [("bans", "2020-02-02"), ("detain", "2020-01-14")]),
    ("Key dates\n* 9 January: The council bans marches.\n* 21 January: Soldiers detain four students.\n",
     [("bans", "2020-01-09"), ("detain", "2020-01-21")]),
    ("- Jan. 9 — The council bans marches.\n- Jan. 14 — Soldiers detain four students.\n",
     [("bans", "2020-01-09"), ("detain", "2020-01-14")]),
    # a past tense after the bullet is dated the same way
    ("• 2 February: The council banned marches.\n", [("banned", "2020-02-02")]),
    # a date inside the line's clause wins; a line opened by no date takes none
    ("• 2 February: The council said it banned marches on 30 January.\n", [("banned", "2020-01-30")]),
    ("• The council bans marches.\n", [("bans", PUBLISHED)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), TIMELINE_BULLETS, ids=[c[0][:40] for c in TIMELINE_BULLETS])
def test_a_timeline_bullet_dates_its_line(pipeline, text, expected):
    assert [(e[0], e[5]) for e in _events(pipeline, text)] == expected


OWNED_THEMES = [
    ("Inspectors searched the judge's house on Monday.",
     [("searched", "COERCE", "170", ["Inspectors"], ["judge"], "2020-03-02")]),
    ("Detectives searched the offices of Marlow Shipping on Thursday.",
     [("searched", "COERCE", "170", ["Detectives"], ["Marlow Shipping"], "2020-03-05")]),
    ("The regulator revoked the broadcaster's licence.",
     [("revoked", "SANCTION", "160", ["regulator"], ["broadcaster"], PUBLISHED)]),
    ("The media authority revoked Sunline Radio's licence on Wednesday.",
     [("revoked", "SANCTION", "160", ["media authority"], ["Sunline Radio"], "2020-03-04")]),
    # "his" after a person named before: that person
    ("Prosecutors indicted Tomas Lind on Monday, and police searched his house on Tuesday.",
     [("indicted", "ACCUSE", "115", ["Prosecutors"], ["Tomas Lind"], "2020-03-02"),
      ("searched", "COERCE", "170", ["police"], ["Tomas Lind"], "2020-03-03")]),
    # a search for people keeps its readings; revoking a restriction is still a concession
    ("Divers searched for the two missing anglers.",
     [("searched", "AID", "073", ["Divers"], ["two missing anglers"], PUBLISHED)]),
    ("The council revoked the curfew.", [("revoked", "CONCEDE", "081", ["council"], [], PUBLISHED)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OWNED_THEMES, ids=[c[0][:40] for c in OWNED_THEMES])
def test_a_search_is_coercion_and_the_owner_is_the_target(pipeline, text, expected):
    assert _events(pipeline, text) == expected


VENUE_TOWNS = [
    ("Gunmen opened fire at a funeral in Mopti on Friday.",
     [("opened fire", "ASSAULT", "193", ["Gunmen"], [], "2020-03-06")]),
    ("Supporters fought in a scuffle at a concert in Tamale on Sunday.",
     [("fought", "ASSAULT", "190", ["Supporters"], [], "2020-03-01")]),
    # a curfew laid on the town itself still lands on it
    ("The army imposed a curfew in Mopti.", [("curfew", "COERCE", "1723", ["army"], ["Mopti"], PUBLISHED)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VENUE_TOWNS, ids=[c[0][:40] for c in VENUE_TOWNS])
def test_a_town_that_locates_a_venue_is_no_target(pipeline, text, expected):
    assert _events(pipeline, text) == expected


TITLE_HOLDERS = [
    ("Vice Mayor Ilse Brandt was installed as mayor on Monday. The new mayor urged residents to stay home.",
     "urged", ["Ilse Brandt"]),
    ("Senator Paulo Reis became governor in January. The governor urged residents to stay indoors.",
     "urged", ["Paulo Reis"]),
    ("Governor Paulo Reis toured the coast. The interim governor urged residents to stay indoors.",
     "urged", ["Paulo Reis"]),
    # a past holder, a deputy, or two candidates: no one resolved
    ("Vice Mayor Ilse Brandt was installed as mayor on Monday. The former mayor urged residents to leave.",
     "urged", ["former mayor"]),
    ("Deputy Governor Ana Silva spoke on Monday. The new governor urged residents to stay indoors.",
     "urged", ["new governor"]),
    ("Governor Paulo Reis met Governor Rui Sousa. The new governor urged residents to stay indoors.",
     "urged", ["new governor"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "trigger", "source"), TITLE_HOLDERS, ids=[c[0][:50] for c in TITLE_HOLDERS])
def test_a_title_alone_stands_for_the_one_holder(pipeline, text, trigger, source):
    got = [e for e in _events(pipeline, text) if e[0] == trigger]
    assert [e[3] for e in got] == [source]


SECOND_SUBJECTS = [
    # a verb hung loose in a list of acts keeps the list's subject
    ("The foreign ministry of Latvia protested the seizure, summoned the consul and recalled its envoy.",
     [("protested", ["Latvia", "foreign ministry"]), ("summoned", ["Latvia", "foreign ministry"]),
      ("recalled", ["Latvia", "foreign ministry"])]),
    # a second clause whose subject the parser hung on the first clause's object
    ("Soldiers shelled the ridge and militants returned fire.",
     [("shelled", ["Soldiers"]), ("returned fire", ["militants"])]),
    ("Guards fired rubber bullets and prisoners threw bottles.",
     [("fired", ["Guards"]), ("threw bottles", ["prisoners"])]),
    # a true list of objects stays one target
    ("Police arrested the driver and two passengers.", [("arrested", ["Police"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SECOND_SUBJECTS, ids=[c[0][:40] for c in SECOND_SUBJECTS])
def test_each_clause_keeps_its_own_subject(pipeline, text, expected):
    assert [(e[0], e[3]) for e in _events(pipeline, text)] == expected


def test_a_true_object_list_is_all_targets(pipeline):
    (event,) = _events(pipeline, "Police arrested the driver and two passengers.")
    assert event[4] == ["driver", "two passengers"]


RECALLS = [
    ("Latvia protested the seizure and recalled its envoy from Minsk. Belarus said nothing.", ["Belarus"]),
    ("Estonia protested to Belarus and recalled its consul.", ["Belarus"]),
    # no country named for the capital: the capital stays
    ("Estonia recalled its envoy from Minsk.", ["Minsk"]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "target"), RECALLS, ids=[c[0][:40] for c in RECALLS])
def test_an_envoy_is_recalled_from_a_state(pipeline, text, target):
    got = [e for e in _events(pipeline, text) if e[0] == "recalled"]
    assert [e[4] for e in got] == [target]


CLEFTS = [
    ("It was on Monday night that rebels raided the depot.", [("raided", "2020-03-02")]),
    ("It was on Monday night that rebels raided the depot and burned two trucks.",
     [("raided", "2020-03-02"), ("burned", "2020-03-02")]),
    # no cleft: "it" as a real subject
    ("It was clear that rebels raided the depot.", [("raided", PUBLISHED)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CLEFTS, ids=[c[0][:40] for c in CLEFTS])
def test_a_cleft_dates_its_clause(pipeline, text, expected):
    assert [(e[0], e[5]) for e in _events(pipeline, text)] == expected


def test_the_bloc_that_speaks_goes_on_acting(pipeline):
    text = "The trade bloc warned it would act and urged both governments to negotiate."
    assert [e[3] for e in _events(pipeline, text) if e[0] == "urged"] == [["trade bloc"]]
