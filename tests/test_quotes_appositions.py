"""The quotes stage: a speaker set off after a fronted place and with an age, a role whose holder is
named in apposition (with a nationality, or after "in <city>"), and the platform a post was made
on (tables of invented sentences, run on the entity stage's own entities)."""

from __future__ import annotations

import pytest

from storyline.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


def _speakers(stage, pipeline, analyse, text):
    """(content, speaker text, name of the speaker's entity, channel) of each quote."""
    an = analyse(text)
    ents = pipeline.entities(an)
    names = {e.id: e.name for e in ents}
    return [
        (
            q.text,
            q.speaker.text if q.speaker else None,
            names.get(q.speaker.entity) if q.speaker else None,
            q.channel,
        )
        for q in stage(an, ents, [])
    ]


# "In <place>, <Name>, <age>, said …": the parser hangs the name on the place (as an apposition, or
# coordinated with it) and the age on either; the name before the age speaks
FRONTED_AGE_CASES = [
    (
        "Back in Tarvo, Edith Lamm, 60, said the harvest was gone.",
        [("the harvest was gone", "Edith Lamm", "Edith Lamm", None)],
    ),
    (
        "At the market in Ravenna, Paolo Genti, 63, said nobody had come.",
        [("nobody had come", "Paolo Genti", "Paolo Genti", None)],
    ),
    (
        "At the clinic in Ravenna, Paolo Genti, 63, told reporters that nobody had come.",
        [("that nobody had come", "Paolo Genti", "Paolo Genti", None)],
    ),
    (
        "In Kestrel Bay, Mara Lindqvist, 54, said the water rose within an hour.",
        [("the water rose within an hour", "Mara Lindqvist", "Mara Lindqvist", None)],
    ),
    # a fronted phrase with no name in it gives no speaker
    ("In the end, in Tarvo, 60, said the harvest was gone.", [("the harvest was gone", None, None, None)]),
]


@pytest.mark.parametrize(("text", "want"), FRONTED_AGE_CASES, ids=[c[0][:40] for c in FRONTED_AGE_CASES])
def test_fronted_place_and_age(stage, pipeline, analyse, text, want):
    assert _speakers(stage, pipeline, analyse, text) == want


# "Her trainer, the Dutch Pieter Maas, …, said": the named holder of the role speaks, never the
# nationality that qualifies the name; "a banker in <city>, <Name>": the name the parser hung on the
# city is the banker's
APPOSED_HOLDER_CASES = [
    (
        "Her trainer, the Dutch Pieter Maas, who has worked with her since 2019, said on Instagram "
        "that she would appeal.",
        [("that she would appeal", "Her trainer", "Pieter Maas", "Instagram")],
    ),
    (
        "The goalkeeper's doctor, the Finnish Juha Korpela, said the suspension would be challenged.",
        [("the suspension would be challenged", "The goalkeeper's doctor", "Juha Korpela", None)],
    ),
    (
        "An economist in Accra, Kwesi Mensah, said inflation would rise.",
        [("inflation would rise", "An economist in Accra, Kwesi Mensah", "Kwesi Mensah", None)],
    ),
    (
        "A trader in Nairobi, Wanjiru Kamau, said the vote would be close.",
        [("the vote would be close", "A trader in Nairobi, Wanjiru Kamau", "Wanjiru Kamau", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "want"), APPOSED_HOLDER_CASES, ids=[c[0][:40] for c in APPOSED_HOLDER_CASES]
)
def test_named_holder_of_a_role_speaks(stage, pipeline, analyse, text, want):
    assert _speakers(stage, pipeline, analyse, text) == want


# the platform a post went out on: named alone, as a post's or a page's, for any of the networks
# news cites
PLATFORM_CASES = [
    (
        "The skier Nora Brekke was cleared on Monday. \u201cA relief,\u201d she wrote on Telegram.",
        "Telegram",
    ),
    (
        "The skier Nora Brekke was cleared on Monday. \u201cA relief,\u201d she wrote in a Telegram post.",
        "Telegram post",
    ),
    (
        "The skier Nora Brekke was cleared on Monday. "
        "\u201cA relief,\u201d she wrote on her Facebook account.",
        "Facebook account",
    ),
    (
        "The rower Hanne Vik was cleared on Monday. \u201cA relief,\u201d she posted on TikTok.",
        "TikTok",
    ),
]


@pytest.mark.parametrize(("text", "channel"), PLATFORM_CASES, ids=[c[1] for c in PLATFORM_CASES])
def test_platform_of_a_post(stage, pipeline, analyse, text, channel):
    ((_content, speaker, name, got),) = _speakers(stage, pipeline, analyse, text)
    assert (speaker, got) == ("she", channel)
    assert name is not None and name.endswith(("Brekke", "Vik"))


# a "he"/"she" after the quote takes up the person the sentence before is about, also one the model
# took for a body but whom a noun for a person qualifies ("former champion X")
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Former champion Ines Varga also reacted. "
            "\u201cA sad day for the sport,\u201d she wrote on Telegram.",
            [("A sad day for the sport", "she", "Ines Varga", "Telegram")],
        ),
        (
            "\u201cThe test was clean,\u201d said team doctor Karl Wendt. The club's owner, Viktor Hanes, "
            "called the ruling a scandal. "
            "\u201cWe will fight it in every court,\u201d he wrote in a Telegram post.",
            [
                ("The test was clean", "team doctor Karl Wendt", "Karl Wendt", None),
                ("We will fight it in every court", "he", "Viktor Hanes", "Telegram post"),
            ],
        ),
    ],
)
def test_pronoun_after_a_quote_takes_up_the_person_before(stage, pipeline, analyse, text, want):
    assert _speakers(stage, pipeline, analyse, text) == want
