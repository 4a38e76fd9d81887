"""Quotes: a passive cue ("were told by police that …") is its agent's, never its subject's, and a passive
cue coordinated inside a reported clause ("said the club had hoped to … but had been told that …") is
part of what was said; a transcript's turn label of a title and a surname ("Ms Okoro:", "Lord
Pike:") names its speaker; a quotation a naming verb gives its object keeps its own prepositional
phrase ('called the cut "punishment for the sins of a few"'); a mixed quote opened by its quotation
holds the opening mark as it holds the closing one; a second "who" clause the parser hung on the first
one's report is the same person's (tables of invented sentences)."""

from __future__ import annotations

import pytest

from conftest import cued_quote_rows as _rows
from conftest import hand_people

PASSIVE_CASES = [
    # the agent of a passive cue speaks
    (
        "The residents were told by police that the road would stay shut.",
        [("indirect", "that the road would stay shut", "police", "told")],
    ),
    (
        "Farmers were informed by the ministry that subsidies would end in May.",
        [("indirect", "that subsidies would end in May", "the ministry", "informed")],
    ),
    # a passive cue coordinated inside a reported clause: the report runs on over it; the one told
    # (the clause's subject) is no speaker
    (
        'Tomas Berg said the club had hoped to sign the striker but had been told that he was "not for '
        'sale at any price".',
        [
            (
                "mixed",
                'the club had hoped to sign the striker but had been told that he was "not for sale at any '
                'price"',
                "Tomas Berg",
                "said",
            ),
            ("mixed", 'that he was "not for sale at any price"', "Tomas Berg", "told"),
        ],
    ),
    (
        "Ana Ruiz said the council had planned to close the east wing but had been told by engineers that it "
        'was "too risky for the builders".',
        [
            (
                "mixed",
                "the council had planned to close the east wing but had been told by engineers that it "
                'was "too risky for the builders"',
                "Ana Ruiz",
                "said",
            ),
            ("mixed", 'that it was "too risky for the builders"', "engineers", "told"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), PASSIVE_CASES, ids=["by police", "by ministry", "conj", "conj by"]
)
def test_a_passive_cue_is_its_agents(quote_stage, analyse, text, expected):
    assert _rows(quote_stage(analyse(text), [], [])) == expected


# a turn label of a title and a surname: the title is no common word of a heading ("Ms", "Sir", "Rev")
TITLE_LABEL_CASES = [
    (
        "The hearing resumed on Tuesday. The record reads:\n\nMs Okoro: Where were you that night?\n"
        "Witness: At the depot, with the drivers.\nMs Okoro: Who else was there?\nWitness: Nobody else.",
        ("Ada Okoro",),
        [
            ("Where were you that night?", "Ms Okoro", "e1"),
            ("At the depot, with the drivers.", "Witness", None),
            ("Who else was there?", "Ms Okoro", "e1"),
            ("Nobody else.", "Witness", None),
        ],
    ),
    (
        "The panel heard two members.\n\nRev Banda: The budget was never approved.\n\n"
        "Lord Pike: It was approved in March.",
        ("Joseph Banda", "Edwin Pike"),
        [
            ("The budget was never approved.", "Rev Banda", "e1"),
            ("It was approved in March.", "Lord Pike", "e2"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "names", "expected"), TITLE_LABEL_CASES, ids=["Ms", "Rev/Lord"])
def test_a_title_and_surname_label_a_turn(quote_stage, analyse, text, names, expected):
    quotes = [q for q in quote_stage(analyse(text), hand_people(text, *names), []) if q.cue is None]
    assert [(q.text, q.speaker.text, q.speaker.entity) for q in quotes] == expected


# the parser may hang the quotation's own "for …" or "to …" on the naming verb
NAMING_CASES = [
    (
        "The bar association called the internet blackout “collective punishment for the mistakes of "
        "officials”.",
        "The bar association called the internet blackout “collective punishment for the mistakes of "
        "officials”",
        "The bar association",
    ),
]


@pytest.mark.parametrize(("text", "content", "speaker"), NAMING_CASES, ids=["for"])
def test_a_naming_verbs_quotation_keeps_its_phrase(quote_stage, analyse, text, content, speaker):
    mixed = [q for q in quote_stage(analyse(text), [], []) if q.kind == "mixed"]
    assert [(q.text, q.speaker.text, q.cue.text) for q in mixed] == [(content, speaker, "called")]


MARK_CASES = [
    (
        'The mayor said "the bridge will reopen" on Friday after repairs.',
        '"the bridge will reopen" on Friday after repairs',
    ),
    (
        'Officials said "a handful" of boats had left the harbour.',
        '"a handful" of boats had left the harbour',
    ),
]


@pytest.mark.parametrize(("text", "content"), MARK_CASES, ids=["opens", "opens short"])
def test_a_mixed_quote_holds_both_marks_of_its_quotation(quote_stage, analyse, text, content):
    (q,) = quote_stage(analyse(text), [], [])
    assert (q.kind, q.text) == ("mixed", content)


# "X, who warns that …, and who says …": the parser may hang the second relative clause on the
# first one's report; its "who" is still X
SECOND_RELATIVE_CASES = [
    (
        "The show also hears from Dr Tomas Ilves, a soil scientist at the University of Tartu, who warns "
        'that the fields near Kiviõli will need "five years at least, if they recover at all" to yield '
        'again, and who says the warnings of the 2019 flood were "filed away and ignored."',
        "Dr Tomas Ilves",
    ),
    (
        "The report quotes Marta Solberg, a nurse at the district hospital, who says that the ward will need "
        '"two more doctors, and soon" to stay open, and who warns the promises of the last minister were '
        '"made and broken."',
        "Marta Solberg",
    ),
    (
        "The film follows Ines Duarte, an engineer at the port, who explains that the cranes will need "
        '"months of work, if parts arrive at all" to run again, and who admits the warnings of the '
        'inspectors were "read and shelved."',
        "Ines Duarte",
    ),
]


@pytest.mark.parametrize(
    ("text", "speaker"), SECOND_RELATIVE_CASES, ids=["warns-says", "says-warns", "admits"]
)
def test_a_second_who_hung_on_the_first_report_is_the_same_speaker(
    quote_stage, analyse, entities, text, speaker
):
    quotes = quote_stage(analyse(text), entities(text), [])
    assert [q.speaker.text for q in quotes] == [speaker, speaker]
