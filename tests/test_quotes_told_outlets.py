"""Quotes: the outlet told something is the channel whatever the tagger took its name for: a name beside
a noun for an outlet ("told state broadcaster RTP", "told the news agency Efe", "told Yle, the Finnish
broadcaster"), a station's name ("told TV Globo", "told Citizen TV", "told Rustavi 2 television") and a
one-word name the article gives no person ("told Kathimerini"); a person told is no channel ("told Ms
Okafor", a surname the article gives in full) (tables of invented sentences)."""

from __future__ import annotations

import pytest

from storyline.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


TOLD_CASES = [
    # a noun for an outlet before the name, or the name in apposition after it
    ('"The mine is safe," he told state broadcaster RTP.', "RTP"),
    ('"The mine is safe," she told local broadcaster TVN.', "TVN"),
    ('"The fence will hold," he told the news agency Efe.', "Efe"),
    ('"The fence will hold," the warden told the broadcaster Yle.', "Yle"),
    ('"The fence will hold," the warden told Yle, the Finnish broadcaster.', "Yle"),
    # a station's name: a station's word, or a name and a number before "television"
    ('"We lost the harvest," she told TV Globo.', "TV Globo"),
    ('"We lost the harvest," she told Citizen TV.', "Citizen TV"),
    ('"We lost the harvest," she told Channel 4 News.', "Channel 4 News"),
    ('"We lost the harvest," she told Rustavi 2 television.', "Rustavi 2 television"),
    # a one-word name the article gives no person, which the tagger may take for a person's
    ('"The ferry is late," the captain told Kathimerini.', "Kathimerini"),
    ('"The ferry is late," the captain told Politiken on Monday.', "Politiken"),
    # people told: no channel
    ('"The ferry is late," he told Ms Okafor.', None),
    ('"The ferry is late," he told Mr Lindqvist before the vote.', None),
    ('Lars Okafor runs the port. "The ferry is late," he told Okafor on Monday.', None),
    ('Judge Kwame Amadi heard the case. "The ferry is late," he told Amadi.', None),
    ('"The ferry is late," he told Okafor, a fisherman.', None),
    ('"The ferry is late," she told radio host Dina Morales.', None),
]


@pytest.mark.parametrize(("text", "channel"), TOLD_CASES, ids=[c[0][-34:] for c in TOLD_CASES])
def test_the_outlet_told_is_the_channel(stage, analyse, entities, text, channel):
    an = analyse(text)
    (q,) = stage(an, entities(text), [])
    assert q.channel == channel
