"""The quotes stage: a naming participle after a main clause ('The council rejected that, calling
the claim "pure fiction"') quotes the main clause's subject; a clause set off by a semicolon before a
cue is no report of it ('"…," the senator said; he answered …'); a clause the parser hung on the
one told ("told an interviewer that he had …") is what was told; a "he" after an unnamed speaker who
spoke of someone else of that sex ("a former aide who drove him …") is that person, not the aide;
a "he" after a sentence whose subject is a spokesman with a name in apposition is that name's, over
the person quoted last, and so is the "he said" after it; and a
"she" takes up an unnamed spokeswoman over sentences that quote no one (tables of invented
sentences)."""

from __future__ import annotations

import pytest

from conftest import record_quote_rows

CASES = [
    (
        "Tenants say the landlord ignored the mould for years. The landlord rejected that, calling the "
        'claim "pure invention".',
        [
            ("indirect", "the landlord ignored the mould for years", "say", "Tenants", None),
            (
                "mixed",
                'The landlord rejected that, calling the claim "pure invention"',
                "calling",
                "The landlord",
                None,
            ),
        ],
    ),
    (
        'The dockers\' leaders were unmoved, calling the offer "a bad joke".',
        [
            (
                "mixed",
                'The dockers\' leaders were unmoved, calling the offer "a bad joke"',
                "calling",
                "The dockers' leaders",
                None,
            )
        ],
    ),
    # a bare plural calling something by a name gives a nickname, no one's words
    ('Fans packed the ground, calling the stadium "the old barn".', []),
    (
        '"It is a smear," the governor said; he answered in a letter that the charges were "invented".',
        [
            ("direct", "It is a smear", "said", "the governor", None),
            ("mixed", 'that the charges were "invented"', "answered", "the governor", None),
        ],
    ),
    (
        "Ines Albarracin, who died on Friday aged 90, taught for 40 years before she entered politics. "
        "In 1998 she told an interviewer that she had never wanted office.",
        [("indirect", "that she had never wanted office", "told", "she", "Ines Albarracin")],
    ),
    (
        "Julian Mercer was a miner before politics. A former driver who took him to rallies said the work "
        'never stopped. "He read every letter himself," the driver said. He told a radio station in 2004 '
        "that he regretted nothing.",
        [
            ("indirect", "the work never stopped", "said", "A former driver", None),
            ("direct", "He read every letter himself", "said", "the driver", None),
            ("indirect", "that he regretted nothing", "told", "He", "Julian Mercer"),
        ],
    ),
    (
        "The water board said on Monday that prices would stay. A board spokeswoman said the decision was "
        'final. The board has also frozen hiring. Farms will get no rebate. "We have no choice," she said.',
        [
            ("indirect", "that prices would stay", "said", "The water board", None),
            ("indirect", "the decision was final", "said", "A board spokeswoman", None),
            ("direct", "We have no choice", "said", "A board spokeswoman", None),
        ],
    ),
    # the name in apposition to the subject before (hung by the parser on the body it speaks for),
    # whatever type the tagger gave it
    (
        "Stallholders said the bulldozers came at night. A spokesman for the city's housing agency, "
        "Tumen-Ulzii Batbayar, rejected that. He told reporters that the clearance had been planned "
        "for months.",
        [
            ("indirect", "the bulldozers came at night", "said", "Stallholders", None),
            (
                "indirect",
                "that the clearance had been planned for months",
                "told",
                "He",
                "Tumen-Ulzii Batbayar",
            ),
        ],
    ),
    # ... over the person quoted last, and the "he" after it is the same one's
    (
        "The traders' lawyer, Mikael Strand, said the court had promised a ruling by Thursday. "
        '"The city sent the machines anyway," Strand said.\n\n'
        "A spokesman for the city's housing agency, Tumen-Ulzii Batbayar, rejected that. He told reporters "
        'that the clearance had been planned for months. Traders who had signed "will keep their stalls," '
        "he said.",
        [
            (
                "indirect",
                "the court had promised a ruling by Thursday",
                "said",
                "The traders' lawyer",
                "Mikael Strand",
            ),
            ("direct", "The city sent the machines anyway", "said", "Strand", "Mikael Strand"),
            (
                "indirect",
                "that the clearance had been planned for months",
                "told",
                "He",
                "Tumen-Ulzii Batbayar",
            ),
            ("mixed", 'Traders who had signed "will keep their stalls', "said", "he", "Tumen-Ulzii Batbayar"),
        ],
    ),
    # a spokesman is no "she": the pronoun stands
    (
        "A port spokesman confirmed the closure. The ships were moved to another berth. "
        '"They are safe," she said.',
        [
            ("indirect", "the closure", "confirmed", "A port spokesman", None),
            ("direct", "They are safe", "said", "she", None),
        ],
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_participles_semicolons_and_pronoun_reach(pipeline, text, expected):
    assert record_quote_rows(pipeline.process(text, published="2026-03-04"), cue=True) == expected
