"""Quotes: a publication told something named with no "the" (and one whose name is also a noun for
people) is the channel; a headline's label before a colon is its topic when an inverted cue names
the speaker after the quotation; a quoted noun phrase a cue takes as its object ('citing "…"') is a
mixed quote, a fragment of the speaker's words; a sentence right after a quotation with no cue may
name its speaker ("That was the view of X") (tables of invented sentences)."""

from __future__ import annotations

import pytest

from conftest import quote_rows as _got
from storyline.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


OUTLET_CASES = [
    ("Ana Ruiz told Le Monde that the talks had failed.", "Le Monde"),
    ("The minister told Dagens Nyheter that the border would stay open.", "Dagens Nyheter"),
    ('"We are ready," Pedro Gomez told La Nación on Monday.', "La Nación"),
    ('"We will rebuild," the mayor told Aftenposten.', "Aftenposten"),
    ('"It is over," the coach told Corriere della Sera on Sunday.', "Corriere della Sera"),
    ('"It was fine," the mayor told Der Spiegel.', "Der Spiegel"),
    # a masthead that is also a noun for people, after "the"
    ("The minister told the Herald that the border would stay open.", "Herald"),
    ('"We are leaving," she told the Guardian.', "Guardian"),
    # people told: no channel
    ('"The deal is off," Macron told Le Pen.', None),
    ('"It was fine," the mayor told De Wever on Monday.', None),
    ('"We need help," the mayor told the Prime Minister.', None),
    ('Evan Spiegel met the board. "It was fine," the founder told Spiegel later.', None),
]


@pytest.mark.parametrize(("text", "channel"), OUTLET_CASES)
def test_a_publication_told_without_the_is_the_channel(stage, analyse, text, channel):
    (q,) = stage(analyse(text), [], [])
    assert q.channel == channel


LABEL_CASES = [
    (
        'Rescue: "We found four more" says diver\n\nDivers searched the wreck on Monday.',
        [("direct", "We found four more", "says", "diver", None)],
    ),
    (
        'Tragedy: "I saw the wave coming" says fisherman\n\nThe wave hit the village.',
        [("direct", "I saw the wave coming", "says", "fisherman", None)],
    ),
    (
        'Strike: "We will not go back" says union leader Ana Costa',
        [("direct", "We will not go back", "says", "union leader Ana Costa", None)],
    ),
    # a label with no cue after the quotation still speaks
    ('Port chief: "We are closed"', [("direct", "We are closed", None, "Port chief", None)]),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_CASES)
def test_a_headline_label_is_a_topic_before_an_inverted_cue(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


FRAGMENT_CASES = [
    (
        'The court ordered a retrial, citing "grave procedural errors".',
        [("mixed", '"grave procedural errors"', "citing", "The court", None)],
    ),
    (
        'The firm withdrew the drug, citing "serious safety concerns".',
        [("mixed", '"serious safety concerns"', "citing", "The firm", None)],
    ),
    (
        'The bank cut its forecast, citing a "marked slowdown" in exports.',
        [("mixed", 'a "marked slowdown" in exports', "citing", "The bank", None)],
    ),
    (
        'The minister warned of "a looming catastrophe".',
        [("mixed", '"a looming catastrophe"', "warned", "The minister", None)],
    ),
    # a quoted verb phrase, and a whole quotation of "said": direct as before
    (
        'The mayor accused the rebels of "burning every bridge into the valley".',
        [("direct", "burning every bridge into the valley", "accused", "The mayor", None)],
    ),
    ('"We will win," he said.', [("direct", "We will win", "said", "he", None)]),
]


@pytest.mark.parametrize(("text", "expected"), FRAGMENT_CASES)
def test_a_quoted_noun_phrase_object_is_a_mixed_quote(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


NAMED_AFTER_CASES = [
    ('"We will not move." That was the view of Ana Lima, who runs the market.', "Ana Lima"),
    ('"We have nothing to hide." Such was the reply of the port authority.', "the port authority"),
    ('The flood came at night. "We lost everything." Those were the words of a farmer in Valdo.', "a farmer"),
    # an inverted "how … put it" names the speaker too
    ('"It is a disgrace," was how the mayor put it.', "the mayor"),
    # a sentence after that names no one
    ('"We will not move." That was in 2019.', None),
]


@pytest.mark.parametrize(("text", "speaker"), NAMED_AFTER_CASES)
def test_the_sentence_after_a_quotation_names_its_speaker(stage, analyse, text, speaker):
    (q,) = stage(analyse(text), [], [])
    assert (q.kind, q.speaker.text if q.speaker else None) == ("direct", speaker)
