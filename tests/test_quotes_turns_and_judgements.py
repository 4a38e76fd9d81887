"""The quotes stage: transcript turns, rebuttal cues ("rejected claims that …"), short quotations of
praise or blame, a second cue coordinated inside the first one's clause, a caption line naming the
person a pronoun speaker takes up, and the date of a channel fronted before two coordinated cues
(tables of invented sentences)."""

from __future__ import annotations

import re

import pytest

from conftest import cued_quote_rows as _got
from conftest import hand_people
from storyline.record import Time
from storyline.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


# a transcript: each paragraph opened by a speaker's name (in capitals, a known given name and a
# surname, or "A (Name):") is that speaker's direct quote; "Q:" turns are the reporters'; the prose,
# the list of links and the footer after the last turn are no turns; a byline names no speaker
TRANSCRIPT_CASES = [
    (
        "Reservoir briefing\n\nBy Olga Marsh\n\nThe water board met the press on Friday. An edited "
        "transcript follows.\n\nDIANA KOVACS: The reservoir is at a third of its usual level.\n\n"
        "Q: Will there be a hosepipe ban?\n\nDIANA KOVACS: Yes, from the first of the month.\n\n"
        "A (Felix Amadi, farm liaison): Farms will get their own quota.\n\n"
        "The board meets again next week.\n\n"
        "More stories\nCanal repairs delayed\n\n© Valley Post",
        ("Diana Kovacs", "Felix Amadi", "Olga Marsh"),
        [
            ("The reservoir is at a third of its usual level.", "DIANA KOVACS", "e1"),  # any case
            ("Yes, from the first of the month.", "DIANA KOVACS", "e1"),
            ("Farms will get their own quota.", "Felix Amadi", "e2"),
        ],
    ),
    (
        "The ministers spoke after the summit.\n\nJonas Weber: We agreed on the border checks.\n\n"
        "They will start in June.\n\nQuestion: And the ferries?\n\nMaria Lind: The ferries are a separate "
        "matter.\n\nThe summit ends on Sunday.",
        ("Jonas Weber", "Maria Lind"),
        [
            ("We agreed on the border checks.", "Jonas Weber", "e1"),
            ("They will start in June.", "Jonas Weber", "e1"),  # an unlabelled paragraph goes on
            ("The ferries are a separate matter.", "Maria Lind", "e2"),
        ],
    ),
    # turns on lines of one paragraph; a label naming no one ends a turn; a quotation inside a turn
    (
        "The coastguard answered questions on Monday.\n\nPAVEL NOVAK: The search covers forty square "
        "miles.\nThe water is cold.\nMODERATOR: Next question, please.\nThank you.\nQ: How many boats?\n"
        'PAVEL NOVAK: Six boats, and we told the crews "no risks".\nThe search resumes at dawn.\n\n'
        "Contacts\nPavel Novak: search coordinator",  # a list's line after the transcript is no turn
        ("Pavel Novak",),
        [
            ("The search covers forty square miles.", "PAVEL NOVAK", "e1"),
            ("The water is cold.", "PAVEL NOVAK", "e1"),
            ('Six boats, and we told the crews "no risks".', "PAVEL NOVAK", "e1"),
        ],
    ),
    # a name the article's people do not hold, of no common words, is a speaker's too
    (
        "Both coaches spoke after the match.\n\nTeodor Vasquez-Lind: We were tired.\n\n"
        "Ilse Drummond: We deserved the draw.",
        (),
        [("We were tired.", "Teodor Vasquez-Lind", None), ("We deserved the draw.", "Ilse Drummond", None)],
    ),
    # labels that are no speakers: a single word in capitals, a heading of common words
    (
        "UPDATE: The road is open again.\n\nPhoto: The bridge at dawn.\n\nRead More: Bridge works.\n\n"
        "Related Stories: Road closures.\n\nTraffic is light.",
        (),
        [],
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "expected"), TRANSCRIPT_CASES, ids=["caps", "titled", "lines", "unknown", "none"]
)
def test_transcript_turns_are_their_speakers_quotes(stage, analyse, text, names, expected):
    quotes = [q for q in stage(analyse(text), hand_people(text, *names), []) if q.cue is None]
    assert [(q.text, q.speaker.text, q.speaker.entity) for q in quotes] == expected
    assert all(q.kind == "direct" and q.channel is None for q in quotes)


def test_labelled_interview_ends_with_its_last_answer(stage, analyse):
    text = (
        "We spoke to Ines Vaz about the strike.\n\nQ: Will the cranes stop?\n\nA: Only for a day.\n\n"
        "Q: And the ships?\n\nA: They will wait offshore.\n\nThe port reopened on Monday.\n\n© Port News"
    )
    quotes = [q for q in stage(analyse(text), hand_people(text, "Ines Vaz"), []) if q.channel == "interview"]
    assert [q.text for q in quotes] == ["Only for a day.", "They will wait offshore."]


# a verb answering a claim by denying it, with a claim noun for its object and a that-clause on the
# noun: the clause is the speaker's (indirect) quote
REBUTTAL_CASES = [
    (
        "The coach rejected rumours that he would leave the club in the summer.",
        [("indirect", "that he would leave the club in the summer", "The coach", "rejected")],
    ),
    (
        "The airline dismissed fears that its pilots were overworked.",
        [("indirect", "that its pilots were overworked", "The airline", "dismissed")],
    ),
    (
        "Harbour officials played down concerns that the pier was unsafe.",
        [("indirect", "that the pier was unsafe", "Harbour officials", "played down")],
    ),
    # an object that is no claim, or a claim with no clause, reports nothing
    ("The coach rejected the offer from the club.", []),
    ("The airline dismissed the claims.", []),
]


@pytest.mark.parametrize(("text", "expected"), REBUTTAL_CASES, ids=[c[0][:30] for c in REBUTTAL_CASES])
def test_rebuttal_of_a_claim_is_a_cue(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


# a short quotation judging the object of a naming verb (one word, a quality) or of a verb of praise
# or blame is the subject's words: a mixed quote with that verb as cue; a one-word name is no quote
JUDGEMENT_CASES = [
    (
        'The senator called the tax "unfair" in a radio debate.',
        [("mixed", 'the tax "unfair"', "The senator", "called")],
    ),
    (
        'The union condemned the "shameful" pay offer.',
        [("mixed", 'the "shameful" pay offer', "The union", "condemned")],
    ),
    (
        'The mayor lauded the "tireless" volunteers who cleared the streets.',
        [("mixed", 'the "tireless" volunteers', "The mayor", "lauded")],
    ),
    ('Supporters called the stadium "Fortress" for years.', []),
    ('The ship, known as "Albatross", sailed at dawn.', []),
]


@pytest.mark.parametrize(("text", "expected"), JUDGEMENT_CASES, ids=[c[0][:30] for c in JUDGEMENT_CASES])
def test_short_quotation_of_a_judgement_is_mixed(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


# "X said that … and insisted that …": the parser hangs the second cue on the first reported clause;
# it is X's, not the clause subject's; without "that" the clause's subject may be the speaker
COORDINATED_CUE_CASES = [
    (
        "Petra Holm argued that the council had never sold the land and added that the deal was still open.",
        ["Petra Holm", "Petra Holm"],
    ),
    (
        "Omar Saleh insisted that the firm had hidden no losses and said that the auditors had seen "
        "every account.",
        ["Omar Saleh", "Omar Saleh"],
    ),
]


@pytest.mark.parametrize(("text", "speakers"), COORDINATED_CUE_CASES, ids=["added", "said"])
def test_coordinated_cue_shares_the_first_cues_speaker(stage, analyse, text, speakers):
    quotes = stage(analyse(text), hand_people(text, speakers[0]), [])
    assert [q.speaker.text for q in quotes] == speakers
    assert [q.speaker.entity for q in quotes] == ["e1", "e1"]


# a "he" or "she" speaker whose person is named only in a verbless caption line above, with no other
# person named in between, is that person; another person named in between blocks it
CAPTION_CASES = [
    (
        "Port talks stall\n\nMarta Keel, the port's director, at the quay in Harwick.\n\n"
        "She said the cranes would run again by Friday.",
        ("Marta Keel",),
        "e1",
    ),
    (
        "Port talks stall\n\nMarta Keel, the port's director, at the quay in Harwick.\n\n"
        "Cargo piled up on Monday. She said the cranes would run again by Friday.",
        ("Marta Keel",),
        "e1",
    ),
    (
        "Port talks stall\n\nMarta Keel, the port's director, at the quay in Harwick.\n\n"
        "Cargo piled up as Ruth Amon's crews stayed home. She said the cranes would run again by Friday.",
        ("Marta Keel", "Ruth Amon"),
        None,
    ),
    # a line with a verb is no caption
    (
        "Port talks stall\n\nMarta Keel, the port's director, spoke at the quay in Harwick.\n\n"
        "Cargo piled up on Monday. She said the cranes would run again by Friday.",
        ("Marta Keel",),
        None,
    ),
]


@pytest.mark.parametrize(("text", "names", "entity"), CAPTION_CASES, ids=["next", "after", "other", "verb"])
def test_caption_line_names_a_pronoun_speaker(stage, analyse, text, names, entity):
    quotes = stage(analyse(text), hand_people(text, *names), [])
    assert [(q.speaker.text, q.speaker.entity) for q in quotes] == [("She", entity)]


# a channel fronted before two coordinated verbs, with a participle that dates it, dates both quotes
def test_fronted_channel_dates_a_coordinated_cue(stage, analyse):
    text = (
        'In a bulletin issued on Tuesday, the regulator lauded the "bold" reforms but cautioned that '
        "rural banks would close."
    )
    m = re.search("Tuesday", text)
    times = [Time(m.start(), m.end(), "Tuesday", "DATE", "2025-03-11")]
    quotes = stage(analyse(text, published="2025-03-14"), [], times)
    assert [(q.kind, q.cue.text, q.channel, q.date) for q in quotes] == [
        ("mixed", "lauded", "bulletin", "2025-03-11"),
        ("indirect", "cautioned", "bulletin", "2025-03-11"),
    ]
