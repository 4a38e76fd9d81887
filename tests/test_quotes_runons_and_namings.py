"""The quotes stage: a run-in label opening a report's line ("Damage: about 300 homes were flooded, the
council says") is no part of it, nor of a tally of casualties a cue reports ("Casualties: the hospital
confirmed four injured"), an uncued quotation right after a report going on with its speaker, a naming
verb before a demonstrative object ('called that decision "a betrayal"') or with one title-holder for
subject, a report cut at a line break of hard-wrapped text, and "he"/"she" taking up a person's name the
tagger typed a body's (a courtesy word before it, or a person's description in apposition) (tables of
invented sentences)."""

from __future__ import annotations

import pytest

from conftest import cued_quote_rows as _rows
from conftest import hand_entities

# a figure a cue took for its object, before a word for casualties: the tally is what was said, the
# label before the colon no part of it, the cue's subject the speaker
TALLY_CASES = [
    (
        "Casualties: the hospital confirmed four injured.",
        [("indirect", "four injured", "the hospital", "confirmed")],
    ),
    (
        "Toll: the coroner confirmed nine dead and 14 missing.",
        [("indirect", "nine dead and 14 missing", "the coroner", "confirmed")],
    ),
    (
        "Losses: the army confirmed six wounded.",
        [("indirect", "six wounded", "the army", "confirmed")],
    ),
]


# a run-in label opening the report's line before a trailing cue: no part of what was said
LABEL_CASES = [
    (
        "The storm hit on Monday.\n\nDamage: about 300 homes were flooded, the council says.",
        [("indirect", "about 300 homes were flooded", "the council", "says")],
    ),
    (
        "The storm hit on Monday.\n\n- Power cuts: 40,000 customers are without electricity, "
        "the utility said.",
        [("indirect", "40,000 customers are without electricity", "the utility", "said")],
    ),
    (
        "The storm hit on Monday.\n\nPower cuts hit the east: the utility said 40,000 customers "
        "were affected.",
        [("indirect", "40,000 customers were affected", "the utility", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABEL_CASES, ids=[c[0][26:66] for c in LABEL_CASES])
def test_a_run_in_label_is_no_part_of_the_report(quote_stage, analyse, text, expected):
    assert _rows(quote_stage(analyse(text), [], [])) == expected


@pytest.mark.parametrize(("text", "expected"), TALLY_CASES, ids=[c[0][:40] for c in TALLY_CASES])
def test_a_tally_of_casualties_is_the_report(quote_stage, analyse, text, expected):
    assert _rows(quote_stage(analyse(text), [], [])) == expected


# an uncued quotation opening the sentence right after a cued report of its paragraph is the
# reporter's; one with its own cue is not taken over
AFTER_REPORT_CASES = [
    (
        'She said the well had run dry in August. "We carry water from the river now."',
        [
            ("indirect", "the well had run dry in August", "She", "said"),
            ("direct", "We carry water from the river now.", "She", None),
        ],
    ),
    (
        'The harbour master said the pier would stay shut until spring. "Nobody is allowed near it."',
        [
            ("indirect", "the pier would stay shut until spring", "The harbour master", "said"),
            ("direct", "Nobody is allowed near it.", "The harbour master", None),
        ],
    ),
    (
        'He said the clinic had closed. "We have nowhere to go," a nurse told reporters.',
        [
            ("indirect", "the clinic had closed", "He", "said"),
            ("direct", "We have nowhere to go", "a nurse", "told"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), AFTER_REPORT_CASES, ids=[c[0][:40] for c in AFTER_REPORT_CASES]
)
def test_an_uncued_quotation_after_a_report_is_the_reporters(quote_stage, analyse, text, expected):
    assert _rows(quote_stage(analyse(text), [], [])) == expected


# a naming verb with a demonstrative object the parser reads wrong, or a title-holder's short naming
# quotation: the subject's words (mixed, from the sentence start); a crowd's naming is a nickname
NAMING_CASES = [
    (
        'The union called that offer "an insult to every driver".',
        [("mixed", 'The union called that offer "an insult to every driver"', "The union", "called")],
    ),
    (
        'Okonkwo called that claim "absurd and insulting".',
        [("mixed", 'Okonkwo called that claim "absurd and insulting"', "Okonkwo", "called")],
    ),
    (
        'Okonkwo called that "a betrayal of the workers".',
        [("mixed", 'Okonkwo called that "a betrayal of the workers"', "Okonkwo", "called")],
    ),
    (
        'The governor called the ruling "a disgrace".',
        [("mixed", 'The governor called the ruling "a disgrace"', "The governor", "called")],
    ),
    (
        'The mayor called that ruling "an insult to voters".',
        [("mixed", 'The mayor called that ruling "an insult to voters"', "The mayor", "called")],
    ),
    ('Residents called that road "a death trap".', []),
]


@pytest.mark.parametrize(("text", "expected"), NAMING_CASES, ids=[c[0][:40] for c in NAMING_CASES])
def test_a_naming_of_a_demonstrative_object_is_the_subjects(quote_stage, analyse, text, expected):
    assert _rows(quote_stage(analyse(text), [], [])) == expected


# a report the parser cut at a kept line break runs on to its sentence's full stop when the lines
# after it open in lower case; a full stop before the break ends it
WRAPPED_CASES = [
    (
        "The coast guard said 14 fishermen, among them three brothers,\nwere still missing on Tuesday.",
        [
            (
                "indirect",
                "14 fishermen, among them three brothers,\nwere still missing on Tuesday",
                "The coast guard",
                "said",
            )
        ],
    ),
    (
        "The ministry said six miners,\nincluding a foreman,\nwere trapped below the shaft.",
        [
            (
                "indirect",
                "six miners,\nincluding a foreman,\nwere trapped below the shaft",
                "The ministry",
                "said",
            )
        ],
    ),
    (
        "Rangers said two hikers fell\nfrom the ridge on Sunday.",
        [("indirect", "two hikers fell\nfrom the ridge on Sunday", "Rangers", "said")],
    ),
    (
        "Rangers said two hikers fell.\nRescue teams searched the ridge.",
        [("indirect", "two hikers fell", "Rangers", "said")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WRAPPED_CASES, ids=[c[0][:40] for c in WRAPPED_CASES])
def test_a_report_runs_on_across_a_kept_line_break(quote_stage, analyse, text, expected):
    assert _rows(quote_stage(analyse(text), [], [])) == expected


# "he"/"she" takes up a person's name typed ORG: one opening with a courtesy word (which tells the
# gender too), or one a person's description follows in apposition
PERSON_TYPED_BODY_CASES = [
    (
        "Seu Antônio Prado sells bread near the square. He said the flour had run out.",
        {"Seu Antônio Prado": "ORG"},
        "Seu Antônio Prado",
    ),
    (
        "Doña Rosario Quispe keeps a stall at the bus station. She said sales had halved.",
        {"Doña Rosario Quispe": "ORG"},
        "Doña Rosario Quispe",
    ),
    (
        "Doña Rosario Quispe keeps a stall at the bus station. He said sales had halved.",
        {"Doña Rosario Quispe": "ORG"},
        None,
    ),
    (
        "The Harbour Board said the quay was safe. Doña Rosario Quispe keeps a stall there. "
        '"The water came in twice," she said.',
        {"Doña Rosario Quispe": "ORG", "Harbour Board": "ORG"},
        "Doña Rosario Quispe",
    ),
    (
        "The Harbour Board said the quay was safe. Oyun-Erdene Batsaikhan, a boat owner, lost two nets. "
        'The storm also sank a ferry. "The water came in twice," he said.',
        {"Oyun-Erdene Batsaikhan": "ORG", "Harbour Board": "ORG"},
        "Oyun-Erdene Batsaikhan",
    ),
    (
        "The Harbour Board said the quay was safe. Oyun-Erdene Batsaikhan lost two nets. "
        'The storm also sank a ferry. "The water came in twice," he said.',
        {"Oyun-Erdene Batsaikhan": "ORG", "Harbour Board": "ORG"},
        None,
    ),
]


@pytest.mark.parametrize(
    ("text", "names", "person"), PERSON_TYPED_BODY_CASES, ids=[c[0][-40:] for c in PERSON_TYPED_BODY_CASES]
)
def test_he_or_she_takes_up_a_person_typed_a_body(quote_stage, analyse, text, names, person):
    ents = hand_entities(text, names)
    by_id = {e.id: e.name for e in ents}
    last = quote_stage(analyse(text), ents, [])[-1]
    assert last.speaker is not None and last.speaker.text.lower() in ("he", "she")
    assert by_id.get(last.speaker.entity) == person
