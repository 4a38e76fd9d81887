"""The quotes stage: a name inside a quotation is no antecedent of the next "he said", a photo
caption's "she" takes up only the person the caption names, a fronted "In a video shared on …" with
a speaker's relative clause, and a headline's label that names a thing is no speaker's turn
(tables of invented sentences)."""

from __future__ import annotations

import pytest

from conftest import hand_entities, hand_people, pronoun_linked
from conftest import speaker_of as _speaker_of
from storyline.record import Entity
from storyline.stages.quotes import QuoteStage, _caption_line, _headline, _thing_label


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


def _linked(text: str, names: tuple[str, ...], pronoun: str, to: str | None) -> list[Entity]:
    """Hand-built people (a name ending in "/ORG" a body), with the last ``pronoun`` of the text made
    a mention of ``to`` (as a coreference step may link it)."""
    typed = {n.removesuffix("/ORG"): "ORG" if n.endswith("/ORG") else "PERSON" for n in names}
    people = hand_entities(text, typed)
    if to is None:
        return people
    return pronoun_linked(people, text, pronoun, to)


# text, people, pronoun linked (by a coreference step) to which person, needle, (speaker, entity)
QUOTED_NAME_CASES = [
    # the pronoun was linked to the person named inside the quotation: it is the quote's speaker's
    (
        '"We warned Senator Elin Voss that the dyke would give way," said Ruben Ostrander.\n\n'
        "He said the repairs had never been paid for.",
        ("Elin Voss", "Ruben Ostrander"),
        "He",
        "Elin Voss",
        "repairs",
        ("He", "Ruben Ostrander"),
    ),
    # the speaker quoted before it comes first: the name inside the quotation is still no antecedent
    (
        'Ruben Ostrander said: "We begged Marek Tillo for more pumps."\n\nHe said none had come.',
        ("Marek Tillo", "Ruben Ostrander"),
        "He",
        "Marek Tillo",
        "none had come",
        ("He", "Ruben Ostrander"),
    ),
    # an unnamed speaker: the pronoun stands linked to no one, rather than to the one inside the quotation
    (
        '"We begged Marek Tillo for more staff," a nurse said.\n\nShe said the ward had closed twice.',
        ("Marek Tillo",),
        "She",
        "Marek Tillo",
        "ward",
        ("She", None),
    ),
    # a body spoke last and no person is named outside the quotation: no one
    (
        'Dalvane Mining issued a statement.\n\n"We told Kofi Anders to leave the post," Dalvane Mining '
        "said.\n\nHe said the order was lawful.",
        ("Kofi Anders", "Dalvane Mining/ORG"),
        "He",
        None,
        "lawful",
        ("He", None),
    ),
    # a name inside an indirect report stays an antecedent ("Police said X was held. She said …")
    (
        "Police said Marta Olsen had been held overnight.\n\nShe said she had done nothing wrong.",
        ("Marta Olsen",),
        "She",
        "Marta Olsen",
        "nothing wrong",
        ("She", "Marta Olsen"),
    ),
]


@pytest.mark.parametrize(("text", "names", "pronoun", "to", "needle", "expected"), QUOTED_NAME_CASES)
def test_a_name_inside_a_quotation_is_no_antecedent(
    stage, analyse, text, names, pronoun, to, needle, expected
):
    ents = _linked(text, names, pronoun, to)
    assert _speaker_of(stage(analyse(text), ents, []), needle, ents) == expected


CAPTION_CASES = [
    # the caption names the person before the pronoun: that person
    (
        "Crews fought the fire all night, officials said.\n\n"
        'Lena Hartwig, 61, outside her bakery on Sunday. "It took thirty years to build," she said. '
        "(Photo: Jo Pike/Agency)",
        ("Lena Hartwig",),
        None,
        "thirty years",
        ("she", "Lena Hartwig"),
    ),
    # the caption names no one: no one, not the person of another paragraph
    (
        "Greta Holm said the river rose within an hour.\n\n"
        "She said she had lost her whole herd, near the ford on Monday. (Photo: Jo Pike/Agency)",
        ("Greta Holm",),
        "Greta Holm",
        "herd",
        ("She", None),
    ),
    # a credit after a stop, without brackets
    (
        "Greta Holm said the river rose within an hour.\n\n"
        "She said she had lost her whole herd. Photo: Jo Pike / Agency",
        ("Greta Holm",),
        "Greta Holm",
        "herd",
        ("She", None),
    ),
    # the caption's line names no one, a verbless caption line just above it does: that person
    (
        "Greta Holm said the river rose within an hour.\n\nLena Hartwig, 61, at her bakery on Sunday.\n"
        "She said the flour store was ruined. (Photo: Jo Pike/Agency)",
        ("Greta Holm", "Lena Hartwig"),
        "Greta Holm",
        "flour",
        ("She", "Lena Hartwig"),
    ),
    # the same paragraph with no credit is the story's: the pronoun's link stands
    (
        "Greta Holm said the river rose within an hour.\n\nShe said she had lost her whole herd.",
        ("Greta Holm",),
        "Greta Holm",
        "herd",
        ("She", "Greta Holm"),
    ),
]


@pytest.mark.parametrize(("text", "names", "to", "needle", "expected"), CAPTION_CASES)
def test_a_caption_pronoun_takes_up_only_the_caption(stage, analyse, text, names, to, needle, expected):
    pronoun = "She" if "She said" in text else "she"
    ents = _linked(text, names, pronoun, to)
    assert _speaker_of(stage(analyse(text), ents, []), needle, ents) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("A man at the gate on Friday. (Photo: Jo Pike/Agency)", True),
        ("A man at the gate on Friday. (Agency photo)", True),
        ("A man at the gate on Friday. Photo: Jo Pike", True),
        ("A man at the gate on Friday. — Picture by Jo Pike", True),
        ("A man said the photo was taken on Friday.", False),
        ("Photos of the gate were shared online, police said.", False),
    ],
)
def test_caption_line(line, expected):
    assert _caption_line("Headline\n\n" + line + "\n\nMore.", len("Headline\n\n") + 2) is expected


# a fronted channel and date, a speaker with a relative clause: speaker, channel and date are found
FRONTED_CASES = [
    (
        "Second week of marches\n\nIn a video shared on Instagram on Sunday, Leyla Tomasz, who has led the "
        "opposition since 2019 and was briefly held last week, said the marches would go on.",
        ("Leyla Tomasz", "video shared on Instagram", "2024-03-03"),
    ),
    (
        "Guards retake bridge\n\nIn a statement released on Telegram on Sunday, Ivo Renner, who commands "
        "the regional guard, said his troops had retaken the bridge.",
        ("Ivo Renner", "statement released on Telegram", "2024-03-03"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), FRONTED_CASES)
def test_a_fronted_channel_and_a_relative_clause(pipeline, text, expected):
    record = pipeline.process(text, published="2024-03-05")
    assert [(q.speaker.text, q.channel, q.date) for q in record.quotes if q.speaker] == [expected]


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        (["Storm", "Ilse"], True),
        (["Flood", "Alert"], True),
        (["Earthquake", "Update"], True),
        (["Prime", "Minister", "Ana", "Ruiz"], False),
        (["Police", "Chief", "Jo", "Roe"], False),
        (["Grace", "Obi"], False),  # a given name that is a common word too
        (["Ana", "Ruiz"], False),
        (["Dr", "Ruiz"], False),
        (["Storm"], False),  # one word: left to the person test
    ],
)
def test_thing_label(words, expected):
    assert _thing_label(words) is expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Cyclone Teodora: ports shut as the storm nears", True),
        ("**Cyclone Teodora: ports shut as the storm nears**", True),
        ("ANA RUIZ: Good evening and welcome.", False),
        ("ANA RUIZ: Are the ports shut?", False),
    ],
)
def test_headline(line, expected):
    assert _headline(line) is expected


LABEL_CASES = [
    # a headline's label and a thing's label are no turns; nothing is quoted here
    (
        "Cyclone Teodora: Ports shut as the storm nears the southern coast\n\n"
        "The cyclone is due to reach land on Friday night.\n\n"
        "Storm Ilse: Ferries cancelled for a third day across the northern islands\n\n"
        "Sara Quist: The harbour has been empty since dawn and nobody knows when it reopens.",
        [],
    ),
    # a transcript's turns stay its speakers', a title before the name included
    (
        "Evening bulletin\n\nANA RUIZ: Good evening. The ports are shut tonight.\n\n"
        "Prime Minister Jo Berg: We will reopen them as soon as the wind drops.",
        [
            ("direct", "Good evening. The ports are shut tonight.", "ANA RUIZ"),
            ("direct", "We will reopen them as soon as the wind drops.", "Prime Minister Jo Berg"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_CASES)
def test_a_headline_label_is_no_speaker(stage, analyse, text, expected):
    ents = hand_people(text, "Sara Quist", "Ana Ruiz", "Jo Berg")
    got = [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in stage(analyse(text), ents, [])]
    assert got == expected
