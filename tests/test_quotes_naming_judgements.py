"""The quotes stage: a short quotation a naming verb gives its object ('called the ruling "a
disgrace"') is the subject's words when the subject is one person a "he" or "she" takes up or one body
("The federation called …"), as PolNeAR's annotators read it, and a quality the parser hung on the
object ('called the budget "reckless and unfair"') is such a quotation too; a crowd's or a "they"'s
naming stays a nickname (tables of invented sentences)."""

from __future__ import annotations

import pytest

from conftest import cued_quote_rows as _rows
from conftest import speaker_of

# one body after "the" names something in its own words; a plural crowd gives a nickname
BODY_CASES = [
    (
        'The federation called the verdict "a travesty".',
        [("mixed", 'The federation called the verdict "a travesty"', "The federation", "called")],
    ),
    (
        'The ministry called that claim "pure fiction".',
        [("mixed", 'The ministry called that claim "pure fiction"', "The ministry", "called")],
    ),
    (
        'The cooperative called the new tariff "daylight robbery".',
        [("mixed", 'The cooperative called the new tariff "daylight robbery"', "The cooperative", "called")],
    ),
    ('Locals called the bridge "the iron giant".', []),
    # a naming in a "what" clause inside another report is a fragment whose speaker a name must show
    ('The envoy condemned what he called a "reckless provocation".', []),
    ('The council spoke later. It rejected what it called a "token offer".', []),
    ('They called the ferry "the grey lady".', []),
]


# a quality in quotation marks the parser hung on the object as an adjective
QUALITY_CASES = [
    (
        'Ruben Castellanos called the delay "unacceptable and dangerous".',
        [
            (
                "mixed",
                'Ruben Castellanos called the delay "unacceptable and dangerous"',
                "Ruben Castellanos",
                "called",
            )
        ],
    ),
]


# "he" or "she" after a named person: the person's words, through coreference
PRONOUN_CASES = [
    (
        'Nadia Rehman, the harbour master, spoke on Friday. She called the closure "a disgrace".',
        "disgrace",
        ("She", "Nadia Rehman"),
    ),
    (
        'Tomas Ekberg inspected the dam on Monday. He called the repairs "far too slow".',
        "far too slow",
        ("He", "Tomas Ekberg"),
    ),
    (
        'Lucia Ferrante visited the camp. She called the conditions "truly shameful".',
        "truly shameful",
        ("She", "Lucia Ferrante"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), BODY_CASES, ids=[c[0][:40] for c in BODY_CASES])
def test_one_bodys_short_naming_is_its_words(quote_stage, analyse, text, expected):
    assert _rows(quote_stage(analyse(text), [], [])) == expected


@pytest.mark.parametrize(("text", "expected"), QUALITY_CASES, ids=[c[0][:40] for c in QUALITY_CASES])
def test_a_quoted_quality_hung_on_the_object_is_a_naming(quote_stage, analyse, text, expected):
    assert _rows(quote_stage(analyse(text), [], [])) == expected


@pytest.mark.parametrize(("text", "needle", "expected"), PRONOUN_CASES, ids=[c[1] for c in PRONOUN_CASES])
def test_a_pronouns_short_naming_is_the_persons(quote_stage, analyse, entities, text, needle, expected):
    ents = entities(text)
    quotes = quote_stage(analyse(text), ents, [])
    assert [q.kind for q in quotes] == ["mixed"]
    assert speaker_of(quotes, needle, ents) == expected
