"""The quotes stage: transcript turns labelled "NAME (ROLE):", a first-person speaker inside a turn or
a quote, a trailing cue whose subject carries a relative clause the parser misread, the name set
beside a title ("The owner, Porto-based X, said"), a claim box's bracketed attribution, and
noise: a belief is no report, a passive "accused of" after its noun reports nothing (tables of
invented sentences)."""

from __future__ import annotations

import pytest

from conftest import hand_people
from conftest import spoken_quote_rows as _got
from storyline.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


# turns labelled with a name in capitals and a role in brackets are the named speaker's; a
# presenter's named turns too (a named label is a speaker); a "REPORTER:" question is no quote; an
# "I"/"We" cue inside a turn is the turn's speaker's
ROLE_TURN_TEXT = (
    "Orchard frost briefing\n\nThe growers' board met the press on Wednesday. A transcript follows.\n\n"
    "LOTTE BRINK (BOARD CHAIR): We have lost a third of the apple crop. Pears fared better.\n\n"
    "REPORTER: Will prices rise?\n\n"
    "LOTTE BRINK (BOARD CHAIR): I expect so. I told the ministry that the loans must come soon.\n\n"
    "HUGO VAAL (HOST): Thank you, that is all for today.\n\n"
    "The board meets again in May."
)


def test_role_labelled_turns_are_the_named_speakers(stage, analyse):
    quotes = stage(analyse(ROLE_TURN_TEXT), hand_people(ROLE_TURN_TEXT, "Lotte Brink", "Hugo Vaal"), [])
    assert [(q.kind, q.text, q.speaker.text, q.speaker.entity) for q in quotes] == [
        ("direct", "We have lost a third of the apple crop. Pears fared better.", "LOTTE BRINK", "e1"),
        (
            "direct",
            "I expect so. I told the ministry that the loans must come soon.",
            "LOTTE BRINK",
            "e1",
        ),
        ("indirect", "that the loans must come soon", "LOTTE BRINK", "e1"),
        ("direct", "Thank you, that is all for today.", "HUGO VAAL", "e2"),
    ]


# inside a quotation with a cue, a first-person cue's pronoun stands as its speaker (PolNeAR marks the
# pronoun); only a transcript's turn lends its speaker (above)
FIRST_PERSON_CASES = [
    (
        '"We warned the council that the roof was unsafe," said the caretaker, Lotte Brink.',
        ("Lotte Brink",),
        ("that the roof was unsafe", "We"),
    ),
    (
        '"I told the drivers that the bridge would close," the foreman, Bram Olsen, said.',
        ("Bram Olsen",),
        ("that the bridge would close", "I"),
    ),
]


@pytest.mark.parametrize(("text", "names", "inner"), FIRST_PERSON_CASES, ids=["we", "i"])
def test_first_person_cue_inside_a_cued_quote_keeps_its_pronoun(stage, analyse, text, names, inner):
    quotes = stage(analyse(text), hand_people(text, *names), [])
    assert [(q.text, q.speaker.text) for q in quotes if q.kind == "indirect"] == [inner]


# '"…," a warden who reported the break-in told journalists': the parser takes "the break-in told
# journalists" for what the relative clause's verb reports; the cue after it is the sentence's own,
# and its subject the noun the relative clause hangs on
RELATIVE_SUBJECT_CASES = [
    # both nouns hung on the cue as its subjects
    (
        '"The gate was open all night," a warden who reported the theft told journalists.',
        [("direct", "The gate was open all night", "a warden", None)],
    ),
    # the cue hung on the relative clause's verb as its report
    (
        '"The animals are kept in cages and are starving," a keeper who reported the abuse told journalists.',
        [("direct", "The animals are kept in cages and are starving", "a keeper", None)],
    ),
    # a relative clause that reports a clause of its own keeps it
    (
        "A nurse who said the ward was full was sent home.",
        [("indirect", "the ward was full", "A nurse", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), RELATIVE_SUBJECT_CASES, ids=["two-subjects", "reported", "own"]
)
def test_trailing_cue_past_a_relative_clause(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


# a name set beside a title ("The owner, Porto-based X, said") is the speaker, not the seat that
# qualifies it; a quotation after the cue sentence goes on with the same speaker
APPOSITION_CASES = [
    (
        "The brewery's owner, Porto-based Vossen Brouwers, said in a press release that the recall "
        "was voluntary.",
        [("that the recall was voluntary", "Vossen Brouwers", "press release")],
    ),
    (
        '"The orchard froze in one night," said the grower, Bram Olsen. "Half the trees will not fruit."',
        [
            ("The orchard froze in one night", "Bram Olsen", None),
            ("Half the trees will not fruit.", "Bram Olsen", None),
        ],
    ),
    (
        "Two days later, the health ministry's spokesman, Tariq Bensaid, told the public broadcaster that "
        'the outbreak "is contained". He said six clinics had reopened.',
        [
            ('that the outbreak "is contained"', "Tariq Bensaid", "broadcaster"),
            ("six clinics had reopened", "Tariq Bensaid", None),
        ],
    ),
    # "told <whom> <clause>" with no "that": the parser hangs the clause on the one told as a
    # relative clause; it is what was said
    (
        "Later that week, the interior agency's spokesman, Ivo Marek, told the public radio station the "
        'rioters "will be brought to court". Officials said more was planned.',
        [
            ('the rioters "will be brought to court"', "Ivo Marek", "public radio station"),
            ("more was planned", None, None),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), APPOSITION_CASES, ids=["based", "follows", "indirect", "told-no-that"]
)
def test_name_beside_a_title_speaks(stage, analyse, entities, text, expected):
    ents = entities(text)
    names = {e.id: e.name for e in ents}
    got = [(q.text, names.get(q.speaker.entity), q.channel) for q in stage(analyse(text), ents, [])]
    assert got == expected


# with no entity for the name beside the title, the speaker's phrase runs on to the name
def test_unlinked_name_beside_a_title_is_the_speaker(stage, analyse):
    text = "The ferry's operator, Bergen-based Nordvik Linjer, said the crossing would resume."
    assert _got(stage(analyse(text), [], [])) == [
        ("indirect", "the crossing would resume", "The ferry's operator, Bergen-based Nordvik Linjer", None)
    ]


# a claim box: the bracketed attribution after the quoted claim names the speaker (a role will do)
# and the channel; brackets with no "on/in <channel>" name none
CLAIM_CASES = [
    (
        'Verified claims\n\nCLAIM: "Bus fares have tripled since spring." (Council candidate, on a local '
        "podcast)\n\nRATING: Misleading. Fares rose by a fifth.",
        [("direct", "Bus fares have tripled since spring.", "Council candidate", "local podcast")],
    ),
    (
        'Checked this week\n\nCLAIM: "The canal will be drained by June." (Harbour councillor, in a '
        "leaflet)\n\nRATING: False.",
        [("direct", "The canal will be drained by June.", "Harbour councillor", "leaflet")],
    ),
    # a claim the parser runs on into the brackets is the quotation alone
    (
        'Checked claims\n\nCLAIM: "Ferry tickets will be free for pensioners" (Mayoral hopeful Ida Lunde, '
        "in a campaign video).\n\nRATING: Half true.",
        [
            (
                "direct",
                "Ferry tickets will be free for pensioners",
                "Mayoral hopeful Ida Lunde",
                "campaign video",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLAIM_CASES, ids=["on", "in", "run-on"])
def test_claim_box_attribution_in_brackets(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


# noise: what someone believes is no one's words; a passive "accused of" after its noun reports
# nothing; the active charge still does
NOISE_CASES = [
    ("Firefighters believe the tenant added it to save money.", []),
    ("Detectives think the driver added it to stall the engine.", []),
    ("A landlord accused of renting unsafe flats has left the city.", []),
    (
        "The tenants accused the landlord of renting unsafe flats.",
        [("indirect", "renting unsafe flats", "The tenants", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), NOISE_CASES, ids=["believe", "think", "accused", "active"])
def test_beliefs_and_passive_charges_are_no_quotes(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected
