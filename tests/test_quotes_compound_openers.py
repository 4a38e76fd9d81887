"""Quotes and entities, session 20 (second round): a sentence opened by a noun compound the tagger read
as a verb ("Aid workers … warn that"), the cue's second verb coordinated after what was said, a note
as a channel, a small town opening a dateline, and a deputy's or an acting holder's title that is
not the bare office (tables of invented sentences)."""

from __future__ import annotations

import pytest

from conftest import quote_rows as _got
from storyline.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


# a quotation followed by a possessive role in apposition and the name: a direct quote whose speaker
# is the named person (the role phrase speaks, linked to the name)
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will not close the plant," the firm\'s director, Lena Holt, said.',
            ("direct", "We will not close the plant", "the firm's director", "Lena Holt"),
        ),
        (
            '"The bridge is unsafe," the council\'s chief engineer, Omar Diallo, told reporters.',
            ("direct", "The bridge is unsafe", "the council's chief engineer", "Omar Diallo"),
        ),
    ],
)
def test_a_possessive_role_and_name_after_a_quote_speak(pipeline, text, expected):
    record = pipeline.process(text, published="2024-03-05")
    names = {e.id: e.name for e in record.entities}
    got = [(q.kind, q.text, q.speaker.text, names.get(q.speaker.entity)) for q in record.quotes if q.speaker]
    assert got == [expected]


# text, [(kind, content, cue, speaker, channel)]
COMPOUND_CASES = [
    # "Aid" read as a verb, "workers" its object: the group they open is the subject
    (
        "Aid workers in the camp warn that food will run out within a week.",
        [("indirect", "that food will run out within a week", "warn", "Aid workers in the camp", None)],
    ),
    # a compound the tagger reads right keeps its subject as before
    (
        "Rescue teams on the coast say that the storm has passed.",
        [("indirect", "that the storm has passed", "say", "Rescue teams on the coast", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPOUND_CASES)
def test_a_compound_read_as_a_verb_opens_the_subject(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


CONJUNCT_CASES = [
    # a copula set off by a comma, then the cue's own second verb
    (
        "The tribunal found that the raid was unlawful, and ordered a new hearing.",
        [("indirect", "that the raid was unlawful", "found", "The tribunal", None)],
    ),
    # a perfect in what was said, then the cue's past tense
    (
        "The board concluded that the ballot had been fair, and rejected the complaint.",
        [("indirect", "that the ballot had been fair", "concluded", "The board", None)],
    ),
    # a modal; the second verb, a cue itself, is the first cue's subject's
    (
        "The minister said that the levy would rise, and promised to cut fees.",
        [
            ("indirect", "that the levy would rise", "said", "The minister", None),
            ("indirect", "to cut fees", "promised", "The minister", None),
        ],
    ),
    # a conjunct holding a quotation: the whole is a mixed quote
    (
        "The council said it had offered a small grant and a review of fees and called the protest "
        '"reckless and unfair."',
        [
            (
                "mixed",
                "it had offered a small grant and a review of fees and called the protest "
                '"reckless and unfair."',
                "said",
                "The council",
                None,
            )
        ],
    ),
    # a cue in a relative clause: the verb after it is the main clause's, left as it was
    (
        "The sale was the second time the club said it had lost money and marked a low point for its owners.",
        [("indirect", "it had lost money and marked a low point for its owners", "said", "the club", None)],
    ),
    # two past verbs of one subject inside what was said stay there
    (
        "Police said the gang attacked the depot and stole two trucks.",
        [("indirect", "the gang attacked the depot and stole two trucks", "said", "Police", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONJUNCT_CASES)
def test_the_cues_second_verb_ends_what_was_said(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


CHANNEL_CASES = [
    (
        "The militia, in a note shared over Telegram, said it had captured the town.",
        [("indirect", "it had captured the town", "said", "The militia", "note shared over Telegram")],
    ),
    (
        "The ministry, in a note to embassies, said the border would reopen.",
        [("indirect", "the border would reopen", "said", "The ministry", "note")],
    ),
    # "on a … note" is a turn of phrase
    (
        "On a lighter note, the mayor said the fair would go ahead.",
        [("indirect", "the fair would go ahead", "said", "the mayor", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHANNEL_CASES)
def test_a_note_is_a_channel(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


# a town the place index knows, of any size, opening a dateline in capitals is a place; a common
# word in capitals before a colon is none; the dateline is no part of a speaker
DATELINE_CASES = [
    (
        "Maize harvest fails\n\nMZUZU - Farmers in the north said on Monday that the harvest had failed.",
        [("GPE", "MZUZU")],
        ["Farmers in the north"],
    ),
    (
        "Camp attacked\n\nGULU - Rebels attacked a camp on Sunday, the army said.",
        [("GPE", "GULU")],
        ["the army"],
    ),
    ("Arrests made\n\nPOLICE: Two men were arrested on Monday in the city.", [], []),
]


@pytest.mark.parametrize(("text", "places", "speakers"), DATELINE_CASES)
def test_a_small_town_opens_a_dateline(pipeline, text, places, speakers):
    record = pipeline.process(text, published="2024-03-05")
    assert [(e.type, e.name) for e in record.entities if e.type == "GPE"] == places
    assert [q.speaker.text for q in record.quotes if q.speaker] == speakers


# "the <title>" is the person so titled, not one titled deputy, vice, assistant or acting <title>
OFFICE_CASES = [
    (
        "Deputy Governor Paul Mwangi chaired the meeting on Monday. The post fell vacant after the "
        "governor resigned in May.",
        "Paul Mwangi",
        ["Paul Mwangi"],
    ),
    (
        "Acting President Rosa Lind signed the decree. The president had left the country in March.",
        "Rosa Lind",
        ["Rosa Lind"],
    ),
    (
        "Vice Chancellor Anna Berg opened the library. The chancellor was abroad.",
        "Anna Berg",
        ["Anna Berg"],
    ),
    (
        "Governor Paul Mwangi chaired the meeting on Monday. The governor said the budget would pass.",
        "Paul Mwangi",
        ["Paul Mwangi", "The governor"],
    ),
]


@pytest.mark.parametrize(("text", "name", "mentions"), OFFICE_CASES)
def test_a_second_office_is_not_the_bare_title(pipeline, text, name, mentions):
    record = pipeline.process(text, published="2024-03-05")
    person = next(e for e in record.entities if e.name == name)
    assert [m.text for m in person.mentions] == mentions
