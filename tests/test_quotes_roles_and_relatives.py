"""The quotes stage: a transcript's turns labelled by a role ("Witness:", "The Court:", "Defence
counsel:") or by a title and surname in lower case ("ms otieno:"), the role linked to the person the
story names in it; a second coordinated "who" clause; "described X as" with the preposition on the
verb; a "he" or "she" whose linked name stands only inside the quotation it attributes, or is a
body's name typed PERSON; "it said" after a plural body the entities stage read; a participle hung
on a passive reported clause; the date of "told the court in <city> on <day>" (tables of invented
sentences)."""

from __future__ import annotations

import pytest

from conftest import hand_entities, pronoun_linked
from conftest import quote_rows as _got
from conftest import speaker_of as _speaker_of
from storyline.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


def _turns(record) -> list[tuple[str, str | None, str | None]]:
    names = {e.id: e.name for e in record.entities}
    return [
        (q.text, q.speaker.text if q.speaker else None, names.get(q.speaker.entity) if q.speaker else None)
        for q in record.quotes
        if q.kind == "direct"
    ]


# a hearing's transcript labelled by roles: each turn is its role's, linked to the person the story
# names in that role (after the role's noun, "Judge X", or before it, "X, the prosecutor")
ROLE_TRANSCRIPT = (
    "Fraud trial hears from clerk\n\n"
    "The trial of Henrik Dahl, a logistics manager accused of forging invoices, went on on Wednesday "
    "in Aalborg before Judge Sofie Lund. The witness, a former clerk named Jonas Brandt, was questioned "
    "by Mette Holm, the prosecutor.\n\n"
    "Part of the hearing:\n\n"
    "Prosecutor: Who signed the invoices in May?\n\n"
    "Witness: The manager signed every one of them himself.\n\n"
    "The Court: Please keep your answers short.\n\n"
    "Accused: I signed nothing, and I will say so under oath.\n\n"
    "Defence counsel: My client never saw those papers, and the records prove it.\n\n"
    "The hearing goes on next week."
)


def test_role_labels_are_turns_of_the_people_named_in_the_roles(pipeline, analyse) -> None:
    assert _turns(pipeline.run(analyse(ROLE_TRANSCRIPT))) == [
        ("Who signed the invoices in May?", "Prosecutor", "Mette Holm"),
        ("The manager signed every one of them himself.", "Witness", "Jonas Brandt"),
        ("Please keep your answers short.", "The Court", "Sofie Lund"),
        ("I signed nothing, and I will say so under oath.", "Accused", "Henrik Dahl"),
        ("My client never saw those papers, and the records prove it.", "Defence counsel", None),
    ]


# lower-case titles and surnames as labels, the person found by the surname
LOWER_TITLE_TRANSCRIPT = (
    "Budget hearing\n\n"
    "Councillor Rosa Ferreira questioned the treasurer, Paulo Mendes, about the deficit.\n\n"
    "ms ferreira: Why was the audit not published in June?\n\n"
    "mr mendes: The auditors asked for more time and we agreed.\n\n"
    "ms ferreira: That answer will not satisfy the voters.\n\n"
    "The session closed at noon."
)


def test_lower_case_title_labels_are_turns(pipeline, analyse) -> None:
    assert _turns(pipeline.run(analyse(LOWER_TITLE_TRANSCRIPT))) == [
        ("Why was the audit not published in June?", "ms ferreira", "Rosa Ferreira"),
        ("The auditors asked for more time and we agreed.", "mr mendes", "Paulo Mendes"),
        ("That answer will not satisfy the voters.", "ms ferreira", "Rosa Ferreira"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a colon in prose, a label of no role, one role label alone: no transcript
        "Ferry delayed\n\nThe reason was simple: the engine failed at sea.\n\n"
        "The lesson: check the engine before leaving port.",
        "Ferry delayed\n\nWitness accounts: several passengers saw smoke before noon.\n\n"
        "Background: the ferry was built in 1988 and refitted twice.",
        "Ferry delayed\n\nWitness: I saw smoke before noon.\n\nThe ferry was towed back to port.",
    ],
)
def test_colons_in_prose_are_no_turns(pipeline, analyse, text: str) -> None:
    assert _turns(pipeline.run(analyse(text))) == []


# text, (needle, (speaker text, entity name))
SECOND_WHO_CASES = [
    (
        "Ines Varga, a beekeeper who warns that the spraying will kill the hives, and who says the "
        "county has ignored her letters, spoke at the meeting.",
        [
            ("the spraying will kill", ("a beekeeper", "Ines Varga")),
            ("the county has ignored", ("a beekeeper", "Ines Varga")),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SECOND_WHO_CASES)
def test_a_second_who_takes_up_the_first_ones_antecedent(stage, analyse, text, expected) -> None:
    ents = hand_entities(text, {"Ines Varga": "PERSON"})
    quotes = stage(analyse(text), ents, [])
    assert [(needle, _speaker_of(quotes, needle, ents)) for needle, _ in expected] == expected


def test_described_as_with_as_on_the_verb_is_a_mixed_quote(stage, analyse) -> None:
    text = (
        "The Nurses' Guild of Ghana, which says it speaks for 9,000 nurses, described the offer as "
        '"an insult" and urged members to stay home.'
    )
    assert [r[:2] + r[3:4] for r in _got(stage(analyse(text), [], [])) if r[0] == "mixed"] == [
        (
            "mixed",
            "The Nurses' Guild of Ghana, which says it speaks for 9,000 nurses, described the offer as "
            '"an insult"',
            "The Nurses' Guild of Ghana",
        )
    ]


# a pronoun linked to a name only inside the quotation it attributes, or to a body's name typed
# PERSON, takes up the person named before instead
PRONOUN_CASES = [
    (
        'Petra Lind sells cheese at the market in Tartu. "Most of my buyers come from Narva and Valga," '
        "she said.",
        {"Petra Lind": "PERSON", "Tartu": "GPE", "Valga": "PERSON"},
        "Valga",
        ("she", "Petra Lind"),
    ),
    (
        "The recount was ordered by Aron Kask, a councillor for the Workers' League. He told the paper "
        "by phone that he would appeal.",
        {"Aron Kask": "PERSON", "Workers' League": "PERSON"},
        "Workers' League",
        ("He", "Aron Kask"),
    ),
]


@pytest.mark.parametrize(("text", "names", "linked", "expected"), PRONOUN_CASES)
def test_pronoun_speaker_skips_quoted_and_body_names(stage, analyse, text, names, linked, expected) -> None:
    pronoun = expected[0]
    ents = pronoun_linked(hand_entities(text, names), text, pronoun, linked)
    quotes = stage(analyse(text), ents, [])
    assert _speaker_of(quotes, "he would appeal" if pronoun == "He" else "Narva", ents) == expected


def test_it_said_takes_up_a_plural_body_read_as_organisation(stage, analyse) -> None:
    text = "The border police said the crossing would stay shut. It said 60 people had been turned back."
    ents = hand_entities(text, {"border police": "ORG"})
    assert _speaker_of(stage(analyse(text), ents, []), "60 people", ents) == (
        "The border police",
        "border police",
    )


def test_participle_on_a_passive_reported_clause_is_the_reporters(stage, analyse) -> None:
    text = (
        'Ruth Mwangi said the board had been warned twice, arguing that keeping the mine open was "reckless".'
    )
    ents = hand_entities(text, {"Ruth Mwangi": "PERSON"})
    assert _speaker_of(stage(analyse(text), ents, []), "reckless", ents) == ("Ruth Mwangi", "Ruth Mwangi")


# text, (content, date)
TOLD_IN_PLACE_CASES = [
    (
        "Trial\n\nThe former guard told the court in Graz on Thursday he had never seen the accused.",
        [("he had never seen the accused", "2020-01-02")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOLD_IN_PLACE_CASES)
def test_told_the_court_in_a_city_on_a_day_dates_the_quote(pipeline, analyse, text, expected) -> None:
    quotes = pipeline.run(analyse(text, published="2020-01-05")).quotes
    assert [(q.text, q.date) for q in quotes] == expected


def test_tell_when_something_happens_reports_nothing(stage, analyse) -> None:
    # guard for the clause after the one told: "when" opens a time, not what was said
    text = "The law requires hospitals to tell the ministry when a patient dies in their care."
    assert _got(stage(analyse(text), [], [])) == []


def test_fragment_of_a_passive_report_inside_a_mixed_quote_is_the_speakers(stage, analyse) -> None:
    # 'X said the board had been warned … that it was "…"': no one named warned the board; the words
    # in quotation marks are X's
    text = 'Lucia Moreno said the board had been warned in 2021 that the levee was "a disaster in waiting".'
    ents = hand_entities(text, {"Lucia Moreno": "PERSON"})
    quotes = stage(analyse(text), ents, [])
    assert [(q.kind, q.text, q.cue.text, _speaker_of([q], "levee", ents)) for q in quotes] == [
        (
            "mixed",
            'the board had been warned in 2021 that the levee was "a disaster in waiting"',
            "said",
            ("Lucia Moreno", "Lucia Moreno"),
        ),
        ("mixed", 'that the levee was "a disaster in waiting"', "warned", ("Lucia Moreno", "Lucia Moreno")),
    ]


# a body described by a relative clause set off by commas calls something: its words (a mixed quote)
SET_OFF_BODY_CASES = [
    (
        'The teachers\' federation, which has 12,000 members, called the reform "a slow strangling".',
        [
            (
                "mixed",
                'The teachers\' federation, which has 12,000 members, called the reform "a slow strangling"',
                "called",
                "The teachers' federation",
                None,
            )
        ],
    ),
    (
        'The party, which won nine seats in May, called the budget "a betrayal".',
        [
            (
                "mixed",
                'The party, which won nine seats in May, called the budget "a betrayal"',
                "called",
                "The party",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), SET_OFF_BODY_CASES)
def test_a_set_off_body_naming_something_is_a_mixed_quote(stage, analyse, text, expected) -> None:
    assert _got(stage(analyse(text), [], [])) == expected
