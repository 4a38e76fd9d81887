"""The quotes stage, session 17 leftovers: a channel with a hyphenated modifier stays whole, a passive
"we were told" inside a quotation is the quote's own, a mixed quote ends after its closing mark, a
title with a name no entity holds before a bare trailing cue (and the pronoun after it), an
interview's answers go to the person its lead paragraph names, a nationality is no speaker's name,
a platform closing a paragraph, and a channel (with its date) hung on the cue's object (tables of
invented sentences)."""

from __future__ import annotations

import pytest

from conftest import hand_people
from storyline.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


def _got(stage, analyse, text: str, entities=()) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, speaker text, channel) of each quote, with the given entities only."""
    quotes = stage(analyse("Dam fears\n\n" + text), list(entities), [])
    return [(q.kind, q.text, q.speaker.text if q.speaker else None, q.channel) for q in quotes]


# a hyphenated modifier of the channel noun stays whole ("state-run", not "run")
HYPHEN_CASES = [
    (
        "The governor told a state-run radio station that the dam would hold.",
        "state-run radio station",
    ),
    ('"The dam will hold," the governor said on a state-run radio station.', "state-run radio station"),
    (
        "The governor said in a privately-owned television interview that the dam would hold.",
        "privately-owned television interview",
    ),
    ('"The dam will hold," the governor said at a state-run press conference.', "state-run press conference"),
]


@pytest.mark.parametrize(("text", "channel"), HYPHEN_CASES, ids=[c[1] for c in HYPHEN_CASES])
def test_hyphenated_channel_modifier_stays_whole(stage, analyse, text, channel):
    assert [q[3] for q in _got(stage, analyse, text)] == [channel]


# inside a quotation, a passive report by "we"/"I" is part of the quote, never a quote of its own
PASSIVE_INSIDE_CASES = [
    (
        '"We were told the dam was safe. Nobody came to check," said a farmer in the valley.',
        [("direct", "We were told the dam was safe. Nobody came to check", "a farmer in the valley", None)],
    ),
    (
        '"I have been assured the dam will hold," said a farmer in the valley.',
        [("direct", "I have been assured the dam will hold", "a farmer in the valley", None)],
    ),
]


@pytest.mark.parametrize(("text", "want"), PASSIVE_INSIDE_CASES, ids=["we were told", "I have been assured"])
def test_passive_first_person_report_inside_a_quote_is_no_quote(stage, analyse, text, want):
    assert _got(stage, analyse, text) == want


# a mixed quote whose quoted tail runs to its end takes the closing mark, as the golds span it
MIXED_CLOSE_CASES = [
    (
        'The farmers said the council "had never inspected the wall."',
        'the council "had never inspected the wall."',
    ),
    (
        "The engineer said that the wall \u201cwould not last another winter.\u201d",
        "that the wall \u201cwould not last another winter.\u201d",
    ),
]


@pytest.mark.parametrize(("text", "content"), MIXED_CLOSE_CASES, ids=["straight", "curly"])
def test_mixed_quote_ends_after_its_closing_mark(stage, analyse, text, content):
    assert [(q[0], q[1]) for q in _got(stage, analyse, text)] == [("mixed", content)]


# ", the council's engineer, Marta Olsen, said." closing a sentence, with no entity for the name:
# the words before the title are what was said; the title and the name speak, and so does the
# pronoun after it
TITLED_NAME_CASES = [
    (
        'The wall was weak, the council\'s engineer, Marta Olsen, said. "It needs repairs," she said.',
        "The wall was weak",
        "the council's engineer, Marta Olsen",
        "It needs repairs",
    ),
    (
        'The fund was empty, the union\'s treasurer, Olga Brandt, said. "We cannot pay," she said.',
        "The fund was empty",
        "the union's treasurer, Olga Brandt",
        "We cannot pay",
    ),
]


@pytest.mark.parametrize(
    ("text", "said", "speaker", "quoted"), TITLED_NAME_CASES, ids=["engineer", "treasurer"]
)
def test_title_and_name_before_a_bare_cue_and_the_pronoun_after(stage, analyse, text, said, speaker, quoted):
    assert _got(stage, analyse, text) == [
        ("indirect", said, speaker, None),
        ("direct", quoted, speaker, None),
    ]


# "the Norwegian Marta Olsen, who …": a name no entity holds is the speaker's, not the nationality
# nor a place in the relative clause on it
def test_name_beside_a_nationality_and_a_relative_clause(stage, pipeline, analyse):
    text = (
        "The engineer, the Norwegian Marta Olsen, who inspected the wall in Bergen in June, wrote on "
        "Facebook that the dam was unsafe."
    )
    an = analyse("Dam fears\n\n" + text)
    ents = [e for e in pipeline.entities(an) if "Olsen" not in e.name]
    names = {e.id: e.name for e in ents}
    got = [(q.text, q.speaker.text, names.get(q.speaker.entity), q.channel) for q in stage(an, ents, [])]
    assert got == [("that the dam was unsafe", "The engineer, the Norwegian Marta Olsen", None, "Facebook")]


# a platform closing a paragraph: the name alone, without its full stop or the paragraph break
def test_platform_closing_a_paragraph(stage, analyse):
    text = '"The wall is cracked," Olsen wrote on X.\n\nThe council met on Friday.'
    assert _got(stage, analyse, text) == [("direct", "The wall is cracked", "Olsen", "X")]


# a channel the parser hangs on the cue's object, for that cue and one coordinated after it, with the
# day its participle gives
def test_channel_and_date_on_the_object(stage, pipeline, analyse):
    text = (
        'Dam fears\n\nThe water board praised the council\'s "swift" response in a report published '
        "on Tuesday, but warned that the wall was weak."
    )
    an = analyse(text, published="2020-01-09")
    got = [(q.kind, q.text, q.channel, q.date) for q in stage(an, [], pipeline.times(an))]
    assert got == [
        ("mixed", 'the council\'s "swift" response', "report", "2020-01-07"),
        ("indirect", "that the wall was weak", "report", "2020-01-07"),
    ]


# an interview introduced by a lead that names the interviewee once: the answers are the person the
# lead paragraph names, not one named as often higher up
INTERVIEW_TEXT = (
    "Dam fears\n\nBy Ivo Brand\n\nThe council has argued about the dam for a year.\n\n"
    "We spoke to the council's engineer, Marta Olsen, about the wall.\n\n"
    "Q: Will the wall hold?\n\nA: This winter, yes. After that, I cannot promise.\n\n"
    "Q: Who pays for repairs?\n\nA: The province should. The council has no money.\n"
)


def test_interview_answers_go_to_the_person_the_lead_names(stage, analyse):
    quotes = stage(analyse(INTERVIEW_TEXT), hand_people(INTERVIEW_TEXT, "Ivo Brand", "Marta Olsen"), [])
    answers = [(q.speaker.entity, q.channel) for q in quotes if q.channel == "interview"]
    assert answers == [("e2", "interview"), ("e2", "interview")]


# "X will appeal, according to a spokesman for Y, who said …" parsed with "who said" as a clause of
# the main verb: the content is the clause before "according", and the "who" is the spokesman
def test_according_source_with_a_misattached_relative_clause(stage, analyse):
    text = "The firm will appeal, according to a spokesman for the board, who said the judges had erred."
    assert _got(stage, analyse, text) == [
        ("indirect", "The firm will appeal", "a spokesman for the board", None),
        ("indirect", "the judges had erred", "a spokesman for the board", None),
    ]


# "said A, and that B responded …": a second that-clause is part of what was said, even when its verb
# is a verb of saying
AND_THAT_CASES = [
    (
        "The union said the workers stopped at noon, and that the managers responded with threats.",
        [("indirect", "the workers stopped at noon, and that the managers responded with threats")],
    ),
    (
        'The navy said pirates fired first, at about dawn, on a cargo ship, and that its sailors "responded '
        'with care".',
        [
            (
                "mixed",
                "pirates fired first, at about dawn, on a cargo ship, and that its sailors "
                '"responded with care"',
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), AND_THAT_CASES, ids=["indirect", "mixed"])
def test_second_that_clause_with_a_speech_verb_stays_in_the_content(stage, analyse, text, want):
    assert [(q[0], q[1]) for q in _got(stage, analyse, text)] == want


# a chain of pronouns: "they said" took up the group named the sentence before, and the next "They"
# takes up that same group
PRONOUN_CHAIN_CASES = [
    (
        "The river guards told a different story. In a statement read on radio, they said the villagers "
        "had opened the sluice first. They denied that any guard had fired.",
        ["The river guards", "The river guards"],
    ),
    (
        "The harbour workers gave their own account. In a letter to the mayor, they said the crane had "
        "failed twice. They insisted that nobody had been warned.",
        ["The harbour workers", "The harbour workers"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), PRONOUN_CHAIN_CASES, ids=["denied", "insisted"])
def test_pronoun_takes_up_the_group_a_pronoun_took_up(stage, analyse, text, speakers):
    assert [q[2] for q in _got(stage, analyse, text)] == speakers


# "It said A had been killed and B wounded, and accused …": the passive with its auxiliary left out
# is still the report's clause, so the accuser is the reporter, not B
def test_accusation_after_an_elliptical_passive_is_the_reporters(stage, analyse):
    text = (
        "The port authority issued a statement. It said two pilots and a cook had been killed and five "
        'people wounded, and accused the rebels of "a cowardly attack".'
    )
    assert [(q[1], q[2]) for q in _got(stage, analyse, text)] == [
        ("two pilots and a cook had been killed and five people wounded", "The port authority"),
        ("a cowardly attack", "The port authority"),
    ]


# "In <place>, <Name>, <age>, said": the parser coordinated the name with the place; a proper noun
# the tagger gave no type is a name as much as one it typed PERSON (a parse built by hand, as the
# small model reads such a line in some contexts and not in others)
@pytest.mark.parametrize(
    ("name_type", "speaker"),
    [("PERSON", "Lomu"), ("", "Lomu"), ("GPE", None)],
    ids=["person", "untyped", "place"],
)
def test_name_with_an_age_coordinated_with_a_fronted_place(nlp, name_type, speaker):
    from spacy.tokens import Doc

    from storyline.stages.quotes import _fronted_apposition

    words = ["In", "Vailoa", ",", "Tia", "Lomu", ",", "37", ",", "said", "the", "water", "rose", "."]
    heads = [8, 0, 1, 4, 1, 4, 4, 4, 8, 10, 11, 8, 8]
    deps = ["prep", "pobj", "punct", "compound", "conj", "punct", "appos", "punct", "ROOT", "det", "nsubj"]
    deps += ["ccomp", "punct"]
    tags = ["IN", "NNP", ",", "NNP", "NNP", ",", "CD", ",", "VBD", "DT", "NN", "VBD", "."]
    pos = ["ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "NUM", "PUNCT", "VERB", "DET", "NOUN", "VERB"]
    pos += ["PUNCT"]
    name = [f"B-{name_type}", f"I-{name_type}"] if name_type else ["O", "O"]
    ents = ["O", "B-GPE", "O", *name, "O", "B-DATE", "O", "O", "O", "O", "O", "O"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos, ents=ents)
    got = _fronted_apposition(doc[8])
    assert (got.text if got is not None else None) == speaker
