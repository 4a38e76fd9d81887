"""Events stage: measures enacted, renewed, frozen or blocked.

- A platform or service an authority blocks or suspends ("blocked WhatsApp", "blocked access to
  Telegram") is a restriction (COERCE 172), as "blocked social media" is; blocking a road, a port or
  a line stays a protest's obstruction (PROTEST 144).
- A verb of enacting carries a measure noun as a light verb does ("the Council adopted sanctions",
  "approved a package of sanctions", "passed a ban"): the measure's event, with the verb's subject as
  its source and the verb's day; the renewal or extension of a measure is the measure ("approved the
  extension of the curfew"). Adopting a child or passing a budget stays no event.
- An undertaking of another frozen or suspended by a subject no entity names ("the government froze
  EU accession talks") has that other as its target, not as a second source.
- A state's restriction of its own people (CAMEO 172x) with no place named happens in that state
  ("Gabon shut down mobile internet"), also when "it" names the state ("lifted the curfew it imposed").
- Measures against a named state, body or person are sanctions (SANCTION 163) when proposed,
  adopted, imposed or renewed ("proposed a package of measures against X"): one event, the
  proposer its source and X its target; measures against a thing ("against flooding") or to an
  end ("to curb inflation") stay no event.
Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _events

PUBLISHED = "2020-03-07"

BLOCKED = [
    ("The government blocked WhatsApp on Sunday ahead of the vote.",
     [("blocked", "COERCE", "172", ["government"], ["WhatsApp"])]),
    ("The regulator blocked Instagram, Telegram and YouTube on Friday.",
     [("blocked", "COERCE", "172", ["regulator"], ["Instagram", "Telegram", "YouTube"])]),
    ("Authorities blocked access to Telegram on Monday.",
     [("blocked", "COERCE", "172", ["Authorities"], ["Telegram"])]),
    ("The interior ministry blocked access to social media during the exams.",
     [("blocked", "COERCE", "172", ["interior ministry"], [])]),
    ("The regulator suspended TikTok for two weeks.",
     [("suspended", "COERCE", "172", ["regulator"], ["TikTok"])]),
    # obstruction by a crowd stays a protest
    ("Protesters blocked access to the port for six hours.",
     [("blocked", "PROTEST", "144", ["Protesters"], [])]),
    ("Truckers blocked the Telegraph Road on Monday.",
     [("blocked", "PROTEST", "144", ["Truckers"], ["Telegraph Road"])]),
    ("Workers blocked the rail line to the mine on Monday.",
     [("blocked", "PROTEST", "144", ["Workers"], [])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), BLOCKED, ids=[c[0][:40] for c in BLOCKED])
def test_blocking_a_platform_is_a_restriction(pipeline, text, expected):
    assert _events(pipeline, text, PUBLISHED) == expected


ENACTED = [
    ("The Council adopted sanctions against the militia commander on Friday.",
     [("sanctions", "SANCTION", "163", ["Council"], ["militia commander"])], "2020-03-06"),
    ("The Council approved a package of sanctions against Belarus on Friday.",
     [("sanctions", "SANCTION", "163", ["Council"], ["Belarus"])], "2020-03-06"),
    ("The Council adopted a renewal of the sanctions on Friday.",
     [("sanctions", "SANCTION", "163", ["Council"], [])], "2020-03-06"),
    ("Ministers approved the extension of the curfew on Friday.",
     [("curfew", "COERCE", "1723", ["Ministers"], [])], "2020-03-06"),
    ("Parliament passed a ban on TikTok on Tuesday.",
     [("ban", "COERCE", "1722", ["Parliament"], ["TikTok"])], "2020-03-03"),
    ("The family adopted a child from Haiti.", [], None),
    ("Congress passed the budget on Monday.", [], None),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected", "day"), ENACTED, ids=[c[0][:40] for c in ENACTED])
def test_a_verb_of_enacting_carries_a_measure(pipeline, text, expected, day):
    assert _events(pipeline, text, PUBLISHED) == expected
    assert [e.date for e in pipeline.process(text, published=PUBLISHED).events] == ([day] if day else [])


FROZEN = [
    ("The government froze EU accession talks in late 2018.",
     [("froze", "SANCTION", "164", ["government"], ["EU"])]),
    ("The ministry suspended the NATO training mission on Friday.",
     [("suspended", "SANCTION", "160", ["ministry"], ["NATO"])]),
    # no subject: the owner suspended its own mission, as before
    ("The NATO mission in Iraq was suspended on Friday.",
     [("suspended", "SANCTION", "160", ["NATO"], ["Iraq"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), FROZEN, ids=[c[0][:40] for c in FROZEN])
def test_another_ones_undertaking_frozen_is_the_target(pipeline, text, expected):
    assert _events(pipeline, text, PUBLISHED) == expected


# a state's restriction of its own people with no place named lies on the state itself
OWN_GROUND = [
    ("Gabon shut down mobile internet on Monday for the national exams.", "Gabon"),
    ("Paraguay declared a state of emergency on Friday after the floods.", "Paraguay"),
    ("Ecuador imposed a nightly curfew on Saturday.", "Ecuador"),
    ("Kerala declared a state of emergency on Sunday.", "Kerala"),
    ("Uganda blocked Facebook and WhatsApp ahead of the election.", "Uganda"),
]


@pytest.mark.parametrize(("text", "place"), OWN_GROUND, ids=[c[0][:40] for c in OWN_GROUND])
def test_a_states_restriction_with_no_place_is_on_its_ground(pipeline, text, place):
    record = pipeline.process(text, published=PUBLISHED)
    assert [record.places[e.place].text if e.place is not None else None for e in record.events] == [place]


# "it" stands for the state named before it in the sentence (the lifting itself is no restriction)
IT_GROUND = [
    ("Moldova lifted the state of emergency it declared on Friday night.", [None, "Moldova"]),
    ("Bavaria will lift the state of emergency it declared in March.", [None, "Bavaria"]),
    # a place named in the clause still wins
    ("Peru lifted the state of emergency it had declared in Cusco.", ["Cusco", "Cusco"]),
]


@pytest.mark.parametrize(("text", "places"), IT_GROUND, ids=[c[0][:40] for c in IT_GROUND])
def test_a_restriction_it_imposed_is_on_the_states_ground(pipeline, text, places):
    record = pipeline.process(text, published=PUBLISHED)
    assert [record.places[e.place].text if e.place is not None else None for e in record.events] == places


MEASURES_AGAINST = [
    ("Last week the European Commission proposed a new package of measures against Belarus.",
     [("proposed", "SANCTION", "163", ["European Commission"], ["Belarus"])], "2020-W09"),
    ("The ministers adopted new measures against Venezuela on Tuesday.",
     [("adopted", "SANCTION", "163", ["ministers"], ["Venezuela"])], "2020-03-03"),
    ("The council approved a fresh round of measures against Hamas commanders on Friday.",
     [("approved", "SANCTION", "163", ["council"], ["Hamas commanders"])], "2020-03-06"),
    ("Australia imposed punitive measures on Myanmar in May.",
     [("imposed", "SANCTION", "163", ["Australia"], ["Myanmar"])], "2019-05"),
    # measures against a thing or to an end are no sanction
    ("The city introduced measures against flooding on Monday.", [], None),
    ("The ministry proposed measures to curb inflation.", [], None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "expected", "day"), MEASURES_AGAINST, ids=[c[0][:40] for c in MEASURES_AGAINST]
)
def test_measures_against_a_named_party_are_a_sanction(pipeline, text, expected, day):
    assert _events(pipeline, text, PUBLISHED) == expected
    assert [e.date for e in pipeline.process(text, published=PUBLISHED).events] == ([day] if day else [])
