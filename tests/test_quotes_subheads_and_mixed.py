"""The quotes stage: a run-in subhead with a speech word ("What growers say:") is no cue; a short
quotation a named or possessed subject calls something is a mixed quote; a that-clause the parser
hung on the channel noun is what was said; a trailing cue reports a closing relative clause too; an
active verb "by" a medium or a participle "reached by phone" names its channel; a "he" or "she"
after a report takes up the one who made it, and a name after an abbreviated title is a person's; a
title-only speaker is the one person who holds that title. The quantities stage: a count after
"next", "last" or "first" before a compound noun (tables of invented sentences)."""

from __future__ import annotations

import pytest

from conftest import hand_entities, pronoun_linked
from conftest import quote_rows as _got
from conftest import speaker_of as _speaker_of
from storyline.record import Entity
from storyline.stages.quantities import QuantityStage
from storyline.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


@pytest.fixture(scope="module")
def counts(nlp) -> QuantityStage:
    return QuantityStage(nlp)


# text, [(kind, content, cue, speaker, channel)]
SUBHEAD_CASES = [
    # a run-in subhead and an inverted cue after the quotation: the cue after it speaks
    (
        "Orchards hit by frost\n\nThe cold came early this year.\n\n"
        'What growers say: "The frost took half the crop," said Bruno Keel, who farms near the lake.',
        [("direct", "The frost took half the crop", "said", "Bruno Keel", None)],
    ),
    (
        "Orchards hit by frost\n\nThe cold came early this year.\n\n"
        'What growers are saying: "We will not replant," Elif Sarac, a grower, said.',
        [("direct", "We will not replant", "said", "Elif Sarac", None)],
    ),
    # a heading line of its own
    (
        "Orchards hit by frost\n\nThe cold came early this year.\n\nWhat growers say:\n\n"
        '"The frost took half the crop," said Bruno Keel.',
        [("direct", "The frost took half the crop", "said", "Bruno Keel", None)],
    ),
    # unmarked words under a run-in subhead: what was said starts after the heading
    (
        "Pension talks\n\nMinisters met the unions on Monday.\n\n"
        "What the unions say: Pensions must keep pace with prices, the federation said in a statement.",
        [("indirect", "Pensions must keep pace with prices", "said", "the federation", "statement")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBHEAD_CASES)
def test_a_subhead_with_a_speech_word_is_no_cue(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


# a subhead is a line that opens with "what", a short phrase and the speech word, ending in a colon
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ('What growers say: "The frost took half the crop," said Bruno Keel.', True),
        ("What growers are saying:", True),
        ('Here is what the mayor said: "We will rebuild the pier," she told the crowd.', False),
        ('What growers say: "The frost took half the crop."', False),  # no cue of its own after it
        ("Growers say: the frost took half the crop, said Bruno Keel.", False),
    ],
)
def test_subhead_cue(stage, nlp, line, expected):
    doc = nlp(line)
    cue = next(t for t in doc if t.lemma_ == "say")
    assert stage._subhead_cue(cue) is expected


NAMING_CASES = [
    # a subject with a name in apposition
    (
        'The guild\'s chairman, Oskar Velde, called the ruling "a disgrace" and promised an appeal.',
        ("called", "The guild's chairman, Oskar Velde"),
    ),
    # a body of a named owner
    ('Peru\'s trade ministry called the levy "a provocation".', ("called", "Peru's trade ministry")),
]


@pytest.mark.parametrize(("text", "expected"), NAMING_CASES)
def test_a_named_subject_calls_something_in_its_own_words(stage, analyse, text, expected):
    quotes = stage(analyse(text), [], [])
    mixed = [(q.cue.text, q.speaker.text) for q in quotes if q.kind == "mixed" and q.cue and q.speaker]
    assert mixed == [expected]


def test_a_nickname_common_nouns_give_is_no_quote(stage, analyse):
    assert _got(stage(analyse('Supporters called the arena "the cauldron".'), [], [])) == []


CHANNEL_CLAUSE_CASES = [
    # two fragments joined by "and" in a that-clause the parser hung on "report"
    (
        'The auditor wrote in a report that the council had "ignored warnings" and "hidden losses".',
        [
            (
                "mixed",
                'that the council had "ignored warnings" and "hidden losses"',
                "wrote",
                "The auditor",
                "report",
            )
        ],
    ),
    (
        'Tenants said in a petition that the landlord had "let the roof rot" and "pocketed the rent".',
        [
            (
                "mixed",
                'that the landlord had "let the roof rot" and "pocketed the rent"',
                "said",
                "Tenants",
                "petition",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHANNEL_CLAUSE_CASES)
def test_a_that_clause_on_the_channel_noun_is_what_was_said(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


TRAILING_CASES = [
    # the whole sentence before ", the ministry said", relative clause on the name included
    (
        "Among those held were a cook and a porter, Dawit Haile, who had worked at the embassy for "
        "years, the ministry said.",
        "Among those held were a cook and a porter, Dawit Haile, who had worked at the embassy for years",
    ),
]


@pytest.mark.parametrize(("text", "content"), TRAILING_CASES)
def test_a_trailing_cue_reports_the_closing_relative_clause(stage, analyse, text, content):
    assert [q.text for q in stage(analyse(text), [], [])] == [content]


BY_CASES = [
    (
        "A paramedic wrote by text message that the ward had run out of oxygen.",
        [("indirect", "that the ward had run out of oxygen", "wrote", "A paramedic", "text message")],
    ),
    (
        "The harbour master wrote by email that the ferry would sail on Friday.",
        [("indirect", "that the ferry would sail on Friday", "wrote", "The harbour master", "email")],
    ),
]


# a participle clause on the cue or on its subject names how it was said
SPOKEN_BY_CASES = [
    (
        "Reached by phone, the skipper said the nets had been cut.",
        [("indirect", "the nets had been cut", "said", "the skipper", "phone")],
    ),
    (
        "Speaking by telephone from the island, a medic said the clinic was full.",
        [("indirect", "the clinic was full", "said", "a medic", "telephone")],
    ),
    (
        "The skipper, reached by phone, said the nets had been cut.",
        [("indirect", "the nets had been cut", "said", "The skipper", "phone")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPOKEN_BY_CASES)
def test_a_participle_names_the_channel(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


@pytest.mark.parametrize(("text", "expected"), BY_CASES)
def test_said_by_a_medium_names_the_channel(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


def _linked(text: str, names: dict[str, str], pronoun: str, to: str) -> list[Entity]:
    """Hand-built entities typed as given, the last ``pronoun`` made a mention of ``to``."""
    return pronoun_linked(hand_entities(text, names), text, pronoun, to)


# text, entities by type, pronoun, linked to, needle, (speaker, entity)
PRONOUN_CASES = [
    # the body the report names (typed a person by the tagger) is not the "he": the reporter is
    (
        'Ruslan Tamm said on Friday that Norrvik would contest the fine.\n\n"We broke no law," he said.',
        {"Ruslan Tamm": "PERSON", "Norrvik": "PERSON"},
        "he",
        "Norrvik",
        "broke no law",
        ("he", "Ruslan Tamm"),
    ),
    # a name brought in after the report stands
    (
        "Ruslan Tamm said on Friday that Norrvik would contest the fine. Jonas Eklund, its founder, "
        'flew in later.\n\n"We broke no law," he said.',
        {"Ruslan Tamm": "PERSON", "Norrvik": "ORG", "Jonas Eklund": "PERSON"},
        "he",
        "Jonas Eklund",
        "broke no law",
        ("he", "Jonas Eklund"),
    ),
    # a name after an abbreviated title is a person's though typed a body: the "he" after its report
    (
        "Yusuf Demir, the rector, said the campus would stay open.\n\nThe dean of medicine, Prof. Aaron "
        'Wexler, wrote in a memo that exams would be retaken.\n\n"We owe students a fair test," he wrote.',
        {"Yusuf Demir": "PERSON", "Aaron Wexler": "ORG"},
        "he",
        "Yusuf Demir",
        "fair test",
        ("he", "Aaron Wexler"),
    ),
]


@pytest.mark.parametrize(("text", "names", "pronoun", "to", "needle", "expected"), PRONOUN_CASES)
def test_a_pronoun_takes_up_the_one_who_reported(stage, analyse, text, names, pronoun, to, needle, expected):
    ents = _linked(text, names, pronoun, to)
    assert _speaker_of(stage(analyse(text), ents, []), needle, ents) == expected


TITLE_CASES = [
    # the one person who took the office
    (
        "Ida Brun was elected mayor on Sunday.\n\nThe mayor said the budget would be cut.",
        ("The mayor", "Ida Brun"),
    ),
    # a role in apposition holds the title
    (
        "Rafael Oduya, the harbour master, inspected the pier on Monday.\n\n"
        '"The pier is sound," the harbour master told reporters.',
        ("the harbour master", "Rafael Oduya"),
    ),
    # two people hold it: no one
    (
        "Ida Brun, the mayor of Lenk, met Odile Favre, the mayor of Sarn, on Monday.\n\n"
        "The mayor said the road would reopen.",
        ("The mayor", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), TITLE_CASES)
def test_a_title_only_speaker_is_the_one_holder(pipeline, text, expected):
    record = pipeline.process(text, published="2024-03-05")
    names = {e.id: e.name for e in record.entities}
    got = [(q.speaker.text, names.get(q.speaker.entity)) for q in record.quotes if q.speaker]
    assert got == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The side must play its next three away fixtures behind closed doors.",
            [("three away fixtures", 3)],
        ),
        ("She missed the last four league games with a knee injury.", [("four league games", 4)]),
        ("Engineers watched the first two trial runs from the shore.", [("two trial runs", 2)]),
        ("Prices rose over the next two weeks.", []),
    ],
)
def test_a_count_after_next_last_or_first(counts, analyse, text, expected):
    assert [(q.text, q.value) for q in counts(analyse(text))] == expected
