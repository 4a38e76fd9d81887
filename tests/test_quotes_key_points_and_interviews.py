"""The quotes stage: a key point's verbless claim with a trailing "<speaker> say(s)", a content span
that ends at a bare conjunction, an interview's answers set in quotation marks, and a speaker whose
relative clause the parser read as the cue's report, a participle cue the parser read as another
verb's report, a trailing cue whose subject carries a relative clause, and the channel such a clause
names ("who spoke by phone") (tables of invented sentences)."""

from __future__ import annotations

import pytest

from conftest import hand_people
from storyline.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


def _got(quotes) -> list[tuple[str, str, str | None]]:
    return [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in quotes]


# a line of a list "<claim>, <speaker> say(s)" is an attributed claim even when the claim has no verb
BULLET_CASES = [
    (
        "Dam breach\n\nKey points\n- Nine dead, police say\n"
        "- No survivors in the lower village, officials say\n"
        "- Power back by Friday, the utility says\n\n08:10 GMT\nRescuers reached the valley at dawn.",
        [
            ("indirect", "Nine dead", "police"),
            ("indirect", "No survivors in the lower village", "officials"),
            ("indirect", "Power back by Friday", "the utility"),
        ],
    ),
    (
        "Storm batters coast\n\n• Ferries idle until Sunday, the harbour master says\n• Army deployed\n\n"
        "The storm arrived overnight.",
        [("indirect", "Ferries idle until Sunday", "the harbour master")],
    ),
    # a line of a list that opens with its cue reports what follows it; the verbless line is no claim
    (
        "Dam breach\n\nKey points\n- Nine dead\n- Officials say more rain is due\n\n"
        "Rescuers reached the valley.",
        [("indirect", "more rain is due", "Officials")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), BULLET_CASES)
def test_a_bullet_with_no_verb_is_an_attributed_claim(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


# a reported clause the parser cut at a coordination ends before the "and"/"but" it was cut at
CONJUNCTION_CASES = [
    (
        "In the poll, 40 percent said the mayor is honest and capable, "
        "and 30 percent said she should resign.",
        [
            ("indirect", "the mayor is honest and capable", "40 percent"),
            ("indirect", "she should resign", "30 percent"),
        ],
    ),
    # a conjunction inside the quotation marks is the speaker's own and stays
    (
        'Lenz said farmers were "tired of waiting, but" hopeful.',
        [("mixed", 'farmers were "tired of waiting, but" hopeful', "Lenz")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONJUNCTION_CASES)
def test_content_does_not_end_at_a_bare_conjunction(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


# an interview's answer set in quotation marks is spanned without them (as any direct quote); an
# answer whose opening mark is left unclosed loses the opener alone
INTERVIEW_CASES = [
    (
        "Interview: the glacier scientist\n\n"
        "We spoke to glaciologist Hanna Lind about the retreating ice.\n\n"
        'Q: How fast is the ice retreating?\n\nA: "Faster than we expected. We lose forty metres a year."\n\n'
        'Q: What can be done?\n\nA: "Cut emissions. There is no other way."',
        [
            ("direct", "Faster than we expected. We lose forty metres a year.", "Hanna Lind"),
            ("direct", "Cut emissions. There is no other way.", "Hanna Lind"),
        ],
    ),
    (
        "Interview: the glacier scientist\n\n"
        "We spoke to glaciologist Hanna Lind about the retreating ice.\n\n"
        "Q: How fast is the ice retreating?\n\nA: “Faster than we expected.\n\n"
        "Q: What can be done?\n\nA: “Cut emissions. There is no other way.”",
        [
            ("direct", "Faster than we expected.", "Hanna Lind"),
            ("direct", "Cut emissions. There is no other way.", "Hanna Lind"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), INTERVIEW_CASES)
def test_quoted_interview_answers_lose_their_marks(stage, analyse, text, expected):
    quotes = stage(analyse(text), hand_people(text, "Hanna Lind"), [])
    assert _got(quotes) == expected
    assert [q.channel for q in quotes] == ["interview", "interview"]


# "<Name>, whose … is …, said …": the parser made the relative clause the cue's report, with the
# name its subject; the name is the speaker
RELATIVE_CASES = [
    (
        "Marta Olsen, whose 12-year-old daughter Ana is among the injured, "
        "said the fire began in the kitchen.",
        ("Marta Olsen", "Ana"),
        [("indirect", "the fire began in the kitchen", "Marta Olsen")],
    ),
    (
        "Ivo Petrov, whose brother Dan was among the miners, said rescuers had stopped digging.",
        ("Ivo Petrov", "Dan"),
        [("indirect", "rescuers had stopped digging", "Ivo Petrov")],
    ),
    (
        "Tomas Ruiz, who was injured in the blast on Sunday, told reporters that the alarms never sounded.",
        ("Tomas Ruiz",),
        [("indirect", "that the alarms never sounded", "Tomas Ruiz")],
    ),
]


@pytest.mark.parametrize(("text", "names", "expected"), RELATIVE_CASES)
def test_speaker_before_a_relative_clause(stage, analyse, text, names, expected):
    assert _got(stage(analyse(text), hand_people(text, *names), [])) == expected


# "X confirmed that in a post on …, writing that …": "that" is what X confirmed, and the parser made
# the participle X's report; the participle is the cue, X its speaker, the post its channel
PARTICIPLE_CASES = [
    (
        "Lind voted against the bill. "
        'Lind later confirmed that in a post on Instagram, writing that "the ice is gone for good."',
        [("mixed", 'that "the ice is gone for good."', "Lind", "post on Instagram")],
    ),
    (
        "The mayor confirmed it in a radio interview, saying that the bridge would reopen in May.",
        [("indirect", "that the bridge would reopen in May", "The mayor", "radio interview")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARTICIPLE_CASES)
def test_a_participle_read_as_a_report_is_the_cue(stage, analyse, text, expected):
    quotes = stage(analyse(text), hand_people(text, "Lind"), [])
    assert [(*g, q.channel) for g, q in zip(_got(quotes), quotes, strict=True)] == expected


# "<claim>, <someone> who … told/said …": the parser made the trailing cue the report (or a relative
# clause) of the claim's verb; the claim is what the one set off by the comma said
TRAILING_RELATIVE_CASES = [
    (
        "The gunmen demanded a payment of $2 million for the boat and its crew, a fisherman who had spoken "
        "to them by radio told Harbour News.",
        [
            (
                "indirect",
                "The gunmen demanded a payment of $2 million for the boat and its crew",
                "a fisherman",
            )
        ],
    ),
    # a "that" clause: the relative clause's man told the police, the minister reports it
    (
        "The minister said that a driver who was stuck there told police.",
        [("indirect", "that a driver who was stuck there told police", "The minister")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRAILING_RELATIVE_CASES)
def test_a_trailing_cue_after_a_relative_clause(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


# a speaker described by a relative clause that says how they spoke: that is the channel
SPOKEN_BY_CASES = [
    ("A nurse who spoke to us by phone said the clinic had run out of oxygen.", "phone"),
    ("A nurse who spoke over the telephone said the clinic had run out of oxygen.", "telephone"),
    ("A nurse who came by bus said the clinic had run out of oxygen.", None),
]


@pytest.mark.parametrize(("text", "channel"), SPOKEN_BY_CASES)
def test_a_relative_clause_names_the_channel(stage, analyse, text, channel):
    quotes = stage(analyse(text), [], [])
    assert [(q.text, q.speaker.text, q.channel) for q in quotes] == [
        ("the clinic had run out of oxygen", "A nurse", channel)
    ]
