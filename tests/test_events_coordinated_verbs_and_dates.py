"""Events stage, session 19 (arguments and dates): a verb coordinated under one subject before a
trailing cue ("A shut X on Friday and recalled Y, officials said") is A's and shares A's day,
"late on Wednesday" included; a vehicle subject ("two coast guard ships", "a navy patrol boat")
stands for its crew as a generic actor, and a crew the parser coordinated with the name inside the
subject's "from" phrase is a subject too; a pluperfect main clause with no time of its own
("The students had marched to parliament") takes the day of the story told just before; "12 of
those arrested" targets the people arrested; "Her brother said she had been beaten" resolves
"she" to the named person "her" stands for; a day owned by a noun inside the object ("the results
of Sunday's vote") does not date the act; a pronoun reported by a speaker of another number
("Their lawyer said they ...") is not the speaker. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _roles

PUBLISHED = "2020-03-07"  # a Saturday


def _dated(pipeline, text: str) -> list[tuple[str, list[str], list[str], str | None]]:
    """(trigger, source names, target names, date) of every event of the full record."""
    record = pipeline.process(text, published=PUBLISHED)
    names = {e.id: e.name for e in record.entities}
    return [
        (e.trigger.text, [names[s] for s in e.source], [names[t] for t in e.target], e.date)
        for e in record.events
    ]


SHARED_SUBJECT = [
    # a trailing cue does not make the second verb the speaker's, nor date it by the page
    ("Uruguay shut the river crossing at Salto on Tuesday and summoned Argentina's envoy over the "
     "shooting of a fisherman, a government spokesman said.",
     [("shut", ["Uruguay"], [], "2020-03-03"),
      ("summoned", ["Uruguay"], ["Argentina's envoy"], "2020-03-03")]),
    # "late on Wednesday" is the shared day, not the cue's "on Thursday"
    ("Kenya shut the main crossing at Busia late on Tuesday and summoned Uganda's envoy to explain "
     "the shooting, officials said on Thursday.",
     [("shut", ["Kenya"], ["Busia"], "2020-03-03"),
      ("summoned", ["Kenya"], ["Uganda's envoy"], "2020-03-03")]),
    # a cue before the reported clause: the speaker goes on to criticise
    ("The minister said the deal was unfair and criticised the delays.",
     [("unfair", ["minister"], [], PUBLISHED), ("criticised", ["minister"], [], PUBLISHED)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SHARED_SUBJECT, ids=[c[0][:40] for c in SHARED_SUBJECT])
def test_a_coordinated_verb_before_a_trailing_cue_keeps_its_subject_and_day(pipeline, text, expected):
    assert _dated(pipeline, text) == expected


VEHICLES = [
    ("Two coast guard ships and a helicopter rescued 30 people from the sea late on Thursday.",
     [("rescued", ["Two coast guard ships", "helicopter"], ["30 people"], "2020-03-05")]),
    # the cutter the parser coordinated with "Sfax" is a subject too
    ("Fishing trawlers from Sfax and a navy cutter rescued nine people from the sea on Friday.",
     [("rescued", ["Sfax", "Fishing trawlers", "navy cutter"], ["nine people"], "2020-03-06")]),
    # a vehicle acted on stays the target
    ("Pirates seized a cargo ship off the coast on Friday.",
     [("seized", ["Pirates"], ["cargo ship"], "2020-03-06")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), VEHICLES, ids=[c[0][:40] for c in VEHICLES])
def test_a_vehicle_subject_stands_for_its_crew(pipeline, text, expected):
    assert _dated(pipeline, text) == expected


CREW_SECTORS = [
    ("A navy helicopter rescued nine fishermen on Friday.", "navy helicopter", "military",
     ["navy helicopter"]),
    # a force the entities stage names keeps its place beside its trucks
    ("Army trucks brought food to the flooded villages on Friday.", "Army trucks", "military",
     ["Army", "Army trucks"]),
    ("Two fishing boats rescued nine people on Friday.", "Two fishing boats", None, ["Two fishing boats"]),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "name", "sector", "sources"), CREW_SECTORS, ids=[c[1] for c in CREW_SECTORS]
)
def test_a_crew_takes_the_sector_of_the_force_named_on_its_vehicle(pipeline, text, name, sector, sources):
    record = pipeline.process(text, published=PUBLISHED)
    crews = [e for e in record.entities if e.name == name]
    assert [(e.type, e.actor.sector if e.actor else None) for e in crews] == [("OTHER", sector)]
    names = {e.id: e.name for e in record.entities}
    assert [names[s] for s in record.events[0].source] == sources


BACKDROP = [
    # a pluperfect paragraph after a dated lead tells its backdrop on the story's day
    ("Police detained dozens of students in Almaty on Tuesday evening. The students had marched to "
     "the parliament to demand the minister's resignation.",
     [("detained", ["Police"], ["students in Almaty"], "2020-03-03"),
      ("marched", ["students"], [], "2020-03-03"),
      ("demand", ["students"], ["minister"], "2020-03-03")]),
    # reported, or in a relative clause, it is not the story's own telling: the page's day
    ("Police detained dozens of students in Almaty on Tuesday evening. The students, who had marched "
     "to the parliament, were released.",
     [("detained", ["Police"], ["students in Almaty"], "2020-03-03"),
      ("marched", ["students"], [], PUBLISHED),
      ("released", [], ["students"], "2020-03-03")]),
    ("Police detained dozens of students in Almaty on Tuesday evening. A spokesman said the police "
     "had acted lawfully and the students had blocked a road.",
     [("detained", ["Police"], ["students in Almaty"], "2020-03-03"),
      ("blocked", ["students"], [], PUBLISHED)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BACKDROP, ids=[c[0][70:110] for c in BACKDROP])
def test_a_pluperfect_backdrop_takes_the_story_day(pipeline, text, expected):
    assert _dated(pipeline, text) == expected


PARTITIVES = [
    ("Prosecutors said 12 of those arrested would be charged with rioting.",
     [("arrested", "COERCE", "173", [], ["those arrested"]),
      ("charged with", "ACCUSE", "1121", ["Prosecutors"], ["those arrested"])]),
    ("Officials said 30 of those who were held had been freed.",
     [("held", "COERCE", "173", [], ["those who were held"]),
      ("freed", "RETREAT", "0841", [], ["those who were held"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), PARTITIVES, ids=[c[0][:40] for c in PARTITIVES])
def test_a_share_of_those_a_participle_names_targets_those_people(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


KIN_SPEAKERS = [
    ("Police arrested 40 people at the rally on Wednesday. Maria Lopez, a lawyer for the union, was "
     "among them. Her brother said she had been beaten by officers.",
     [("arrested", "COERCE", "173", ["Police"], ["40 people"]),
      ("beaten", "ASSAULT", "182", ["officers"], ["Maria Lopez"])]),
    ("Police arrested 40 people at the rally on Wednesday. Maria Lopez, a lawyer for the union, was "
     "among them. Her sister said she had been beaten by officers.",
     [("arrested", "COERCE", "173", ["Police"], ["40 people"]),
      ("beaten", "ASSAULT", "182", ["officers"], ["Maria Lopez"])]),
    # "his" names a man: the daughter speaks of herself
    ("Police arrested 40 people at the rally on Wednesday. Juan Perez, a lawyer for the union, was "
     "among them. His daughter said she had been beaten by officers.",
     [("arrested", "COERCE", "173", ["Police"], ["40 people"]),
      ("beaten", "ASSAULT", "182", ["officers"], ["His daughter"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), KIN_SPEAKERS, ids=[c[0][100:130] for c in KIN_SPEAKERS])
def test_a_relative_speaking_of_she_means_the_person_her_names(pipeline, text, expected):
    assert _roles(pipeline, text) == expected


OTHER_DAYS = [
    # a day owned by a noun inside the object is that thing's day, not the act's
    ("The opposition rejected the outcome of Sunday's vote.", [("rejected", ["opposition"], [], PUBLISHED)]),
    ("Police detained dozens of students in Almaty on Tuesday evening. The students had marched to the "
     "parliament to reject the results of Sunday's vote.",
     [("detained", ["Police"], ["students in Almaty"], "2020-03-03"),
      ("marched", ["students"], [], "2020-03-03"),
      ("reject", ["students"], [], "2020-03-03")]),
    # the object's own day: the rally was broken up that day
    ("Police dispersed Sunday's rally with water cannon.",
     [("dispersed", ["Police"], [], "2020-03-01"), ("rally", [], [], "2020-03-01")]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), OTHER_DAYS, ids=[c[0][:40] for c in OTHER_DAYS])
def test_a_day_of_a_noun_inside_the_object_does_not_date_the_act(pipeline, text, expected):
    assert _dated(pipeline, text) == expected


SPEAKER_NUMBER = [
    # one person speaking of "they" speaks of others: the students named before
    ("Police detained dozens of students in Almaty on Tuesday evening. Their lawyer said they had "
     "marched peacefully.",
     [("detained", ["Police"], ["students in Almaty"], "2020-03-03"),
      ("marched", ["students in Almaty"], [], PUBLISHED)]),
    # many people speaking of "he" speak of someone else, whom no noun names here
    ("Witnesses said he fired at the crowd from a car.", [("fired at", [], ["crowd"], PUBLISHED)]),
    # a group speaking of "they" speaks of itself
    ("The militants said they attacked the convoy.", [("attacked", ["militants"], [], PUBLISHED)]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SPEAKER_NUMBER, ids=[c[0][:40] for c in SPEAKER_NUMBER])
def test_a_reported_pronoun_is_the_speaker_only_in_the_same_number(pipeline, text, expected):
    assert _dated(pipeline, text) == expected


COMPASS = [
    # "the island" a compass phrase places the act near stands for the island named before
    ("A ferry sank off the Greek island of Kos on Sunday. Fishing boats pulled 19 survivors from the "
     "water about 12 nautical miles north-east of the island.", "Kos"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "place"), COMPASS, ids=[c[1] for c in COMPASS])
def test_the_kind_of_place_a_compass_bearing_names_is_the_one_named_before(pipeline, text, place):
    record = pipeline.process(text, published=PUBLISHED)
    assert [None if e.place is None else record.places[e.place].name for e in record.events] == [place]
