"""Events stage: aid offered or sent with no one named to receive it goes to the state where it is
to be used (the country of the event's place, of the dateline, else the first country the story
names), when the article names that state and it is not the giver's own; so does the pledge of it
(AGREE 033). Aid at home, aid with people named to receive it and the place aid comes from are
left alone. Invented sentences.
"""

from __future__ import annotations

import pytest

from conftest import event_roles as _events

PUBLISHED = "2020-03-07"

AIDED = [
    # the dateline's country, named again in the text
    ("SUVA, Fiji — The cyclone flattened villages on Vanua Levu on Tuesday. Australia and New Zealand have "
     "offered helicopters, Fiji's foreign ministry said.",
     [("offered", "AGREE", "033", ["Australia", "New Zealand"], ["Fiji"]),
      ("offered", "AID", "072", ["Australia", "New Zealand"], ["Fiji"])]),
    # no place, no dateline: the country the story is about
    ("Floods hit Kenya on Monday. Uganda offered help.",
     [("offered", "AGREE", "033", ["Uganda"], ["Kenya"]), ("offered", "AID", "070", ["Uganda"], ["Kenya"])]),
    ("An earthquake struck Peru on Sunday. Chile sent a rescue team and Bolivia offered tents.",
     [("sent", "AID", "073", ["Chile"], ["Peru"]), ("offered", "AGREE", "033", ["Bolivia"], ["Peru"]),
      ("offered", "AID", "070", ["Bolivia"], ["Peru"])]),
    # where experts come from is no recipient
    ("Oil from a grounded tanker reached beaches in Seychelles on Monday. France sent a team of experts "
     "from the island of Reunion on Tuesday.",
     [("sent", "AID", "073", ["France"], ["Seychelles"])]),
    # aid at home, and aid to people named, stay as they are
    ("Floods hit Kenya on Monday. Kenya's government sent tents to the area.",
     [("sent", "AID", "070", ["Kenya", "Kenya's government"], [])]),
    ("Floods hit Kenya on Monday. Uganda sent food to 400 families.",
     [("sent", "AID", "070", ["Uganda"], ["400 families"])]),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), AIDED, ids=[c[0][:40] for c in AIDED])
def test_aid_with_no_recipient_goes_to_the_stricken_state(pipeline, text, expected):
    assert _events(pipeline, text, PUBLISHED) == expected
