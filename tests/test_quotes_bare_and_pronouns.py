"""The quotes stage: bare trailing cues the parse gives no content, "according to" a spokeswoman
or a body's records, and "he"/"she" speakers that only a person can be (tables of invented
sentences)."""

from __future__ import annotations

import re

import pytest

from storyline.record import Entity, Mention
from storyline.stages.quotes import QuoteStage, _person_like


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


def _entity(text: str, eid: str, name: str, kind: str) -> Entity:
    m = re.search(re.escape(name), text)
    assert m is not None
    return Entity(eid, name, kind, (Mention(m.start(), m.end(), name, "name"),))


def _got(quotes):
    return [(q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None) for q in quotes]


# a cue closing its sentence or list line bare after ", <speaker>" reports the whole sentence before,
# of any length, even where the tagger took a present-tense "report" for a noun or the parser gave the
# cue no content; a dateline the sentence opens with is no part of what was said
BARE_TRAILING_CASES = [
    (
        "Two ferries collided in fog and a third ran aground near the harbour wall, "
        "state television reports.",
        [
            (
                "Two ferries collided in fog and a third ran aground near the harbour wall",
                "state television",
                "reports",
            )
        ],
    ),
    (
        "The ferry service was cut and two piers were shut after the storm, harbour staff report.",
        [("The ferry service was cut and two piers were shut after the storm", "harbour staff", "report")],
    ),
    (
        "Highlights:\n\n- Nine climbers were airlifted off the glacier, park rangers report\n"
        "- The pass will stay closed until Friday, the regional government says",
        [
            ("Nine climbers were airlifted off the glacier", "park rangers", "report"),
            ("The pass will stay closed until Friday", "the regional government", "says"),
        ],
    ),
    (
        "A cyclist was killed and two others were hurt when a lorry skidded on ice near the hamlet of "
        "Brenn — the fourth such accident this winter — the county police said.",
        [
            (
                # the aside between dashes is the reporter's, as after any content
                "A cyclist was killed and two others were hurt when a lorry skidded on ice near the "
                "hamlet of Brenn",
                "the county police",
                "said",
            )
        ],
    ),
    (
        "TORVIK, June 9 — A councillor was stabbed and her assistant was beaten outside the library "
        "on Sunday, prosecutors said.",
        [
            (
                "A councillor was stabbed and her assistant was beaten outside the library on Sunday",
                "prosecutors",
                "said",
            )
        ],
    ),
    # how and when it was said may follow the cue
    (
        "A cyclist was killed and two others were hurt when a lorry skidded on ice near the hamlet of "
        "Brenn, the county police said in a statement on Monday.",
        [
            (
                "A cyclist was killed and two others were hurt when a lorry skidded on ice near the "
                "hamlet of Brenn",
                "the county police",
                "said",
            )
        ],
    ),
    (
        "The pass was closed and two buses were stuck overnight after an avalanche, "
        "the army said late on Sunday.",
        [("The pass was closed and two buses were stuck overnight after an avalanche", "the army", "said")],
    ),
    # a live blog's time stamp before the entry is no part of what was said
    (
        "Latest updates\n\n09:20 GMT — Four fishing boats were found drifting off the cape, "
        "coastguard crews say.",
        [("Four fishing boats were found drifting off the cape", "coastguard crews", "say")],
    ),
    # a cue word that does not close its sentence, or has no speaker phrase set off, reports nothing
    ("The bakers were angry, and farmers report shortages of seed.", []),
    ("Harvest report.", []),
    # a noun "report" after a singular phrase is the phrase's, not a cue it fails to agree with
    ("Prices rose sharply in May, the highest in a decade, the central bank report.", []),
]


@pytest.mark.parametrize(
    ("text", "expected"), BARE_TRAILING_CASES, ids=[c[0][:40] for c in BARE_TRAILING_CASES]
)
def test_bare_trailing_cue_reports_the_sentence_before(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


# "according to a spokeswoman for X, who said …": the clause before is hers, and so is the second
# statement in the relative clause (the parser hangs "who" on X); a body's "which" stays the body's
ACCORDING_WHO_CASES = [
    (
        "The mill will stay shut until the spring, according to a spokeswoman for Dorran Textiles, "
        "who said the company was still counting the cost.",
        [
            ("The mill will stay shut until the spring", "a spokeswoman for Dorran Textiles", "according to"),
            ("the company was still counting the cost", "a spokeswoman for Dorran Textiles", "said"),
        ],
    ),
    (
        "The ferry talks broke down on Friday, according to a spokesman for the island council, "
        "who said both sides needed time.",
        [
            ("The ferry talks broke down on Friday", "a spokesman for the island council", "according to"),
            ("both sides needed time", "a spokesman for the island council", "said"),
        ],
    ),
    (
        "Nine hundred people have fled, according to the refugee agency, which said its camps were full.",
        [
            ("Nine hundred people have fled", "the refugee agency", "according to"),
            ("its camps were full", "the refugee agency", "said"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), ACCORDING_WHO_CASES, ids=[c[0][:40] for c in ACCORDING_WHO_CASES]
)
def test_according_to_a_spokeswoman_who_said(stage, analyse, text, expected):
    quotes = stage(analyse(text), [], [])
    assert _got(quotes) == expected
    assert [q.within for q in quotes] == [None, None]


# "according to its logs": the keeper speaks ("its" takes up the body the clause or the sentence
# before is about), the records are the channel
RECORD_CASES = [
    (
        "Brask Freight moved grain through the port last year. The firm has paid no tax since 2019, "
        "according to its shipping logs.",
        "The firm",
        "shipping logs",
    ),
    (
        "The water board expanded its plant. It treated 90 million litres last year, "
        "according to its figures.",
        "The water board",
        "figures",
    ),
    (
        "The port handled two million containers, according to the port authority's records.",
        "the port authority",
        "records",
    ),
    ("The charity trained 300 midwives, according to its annual report.", "The charity", "annual report"),
    # not a record, or no keeper named: as before
    (
        "Three observers attended, according to a statement from the ministry.",
        "a statement from the ministry",
        "statement",
    ),
    ("Inflation rose to 9 percent, according to official data.", "official data", None),
]


@pytest.mark.parametrize(("text", "speaker", "channel"), RECORD_CASES, ids=[c[0][:40] for c in RECORD_CASES])
def test_according_to_its_records_names_the_keeper(stage, analyse, text, speaker, channel):
    (q,) = stage(analyse(text), [], [])
    assert (q.speaker.text, q.channel) == (speaker, channel)


def test_keeper_links_to_its_entity(stage, analyse):
    text = (
        "Brask Freight moved grain through the port last year. The firm has paid no tax since 2019, "
        "according to its shipping logs."
    )
    firm = _entity(text, "e1", "Brask Freight", "ORG")
    firm = Entity(
        "e1",
        "Brask Freight",
        "ORG",
        (*firm.mentions, Mention(text.index("The firm"), text.index("The firm") + 8, "The firm", "nominal")),
    )
    (q,) = stage(analyse(text), [firm], [])
    assert q.speaker.entity == "e1"


# "he"/"she" take up only a person: after a body spoke, the last person named (of the pronoun's
# gender), else no one; a person who spoke last stays the one meant
PRONOUN_CASES = [
    (
        "Rosa Kell runs a guesthouse by the lake. Dalmor Mining said the spill had been contained. "
        '"We still find dead fish every morning," she said.',
        "e1",
    ),
    (
        'Dalmor Mining said the spill had been contained. "We still find dead fish every morning," she said.',
        None,
    ),
    (
        "Peter Lund owns the boatyard. Dalmor Mining said the spill had been contained. "
        '"We still find dead fish every morning," she said.',
        None,
    ),
    (
        'Rosa Kell said the lake had turned brown. Dalmor Mining denied it. "We still find dead fish every '
        'morning," she said.',
        "e1",
    ),
]


@pytest.mark.parametrize(("text", "entity"), PRONOUN_CASES)
def test_person_pronoun_never_takes_up_a_body(stage, analyse, text, entity):
    ents = [_entity(text, "e2", "Dalmor Mining", "ORG")]
    for name in ("Rosa Kell", "Peter Lund"):
        if name in text:
            ents.insert(0, _entity(text, "e1", name, "PERSON"))
    quotes = stage(analyse(text), ents, [])
    assert quotes[-1].speaker.text == "she"
    assert quotes[-1].speaker.entity == entity


# whom "he" or "she" may stand for: a person, or a name the tagger took for a body that still looks
# like a person's (a given name first, a lone surname, one already taken up by "he"); not a body
@pytest.mark.parametrize(
    ("name", "kind", "mentions", "expected"),
    [
        ("Rosa Kell", "PERSON", (), True),
        ("Elena Kell", "ORG", (), True),
        ("Brannock", "ORG", (), True),
        ("Tarvel Group", "ORG", ("he",), True),
        ("Dalmor Mining", "ORG", (), False),
        ("NBS", "ORG", (), False),
        ("Brannock", "GPE", (), False),
    ],
)
def test_person_like(name, kind, mentions, expected):
    ms = (Mention(0, len(name), name, "name"), *(Mention(0, 2, m, "pronoun") for m in mentions))
    assert _person_like(Entity("e1", name, kind, ms)) is expected


# "according to his account" / "her statement": the person the possessive takes up (the nearest
# person named before it of the pronoun's gender); none when no person fits, and "its" stays the
# keeper's rule
ACCOUNT_CASES = [
    (
        "Tomas Berg left the depot at noon. The guards searched him twice, according to his account.",
        ["Tomas Berg"],
        ("his account", "e1"),
    ),
    (
        "Ilse Marten was held at the airport overnight. She was questioned without a lawyer, "
        "according to her statement.",
        ["Ilse Marten"],
        ("her statement", "e1"),
    ),
    (
        # two people named: "her" is the woman (by her given name), not the man named last
        "Sofia Marten and Peter Brandt were stopped at the gate. Her bag was opened, "
        "according to her account.",
        ["Sofia Marten", "Peter Brandt"],
        ("her account", "e1"),
    ),
    (
        "The guards searched the van twice, according to his account.",
        [],
        ("his account", None),
    ),
]


@pytest.mark.parametrize(
    ("text", "people", "expected"), ACCOUNT_CASES, ids=[c[0][:40] for c in ACCOUNT_CASES]
)
def test_according_to_his_account_is_the_person(stage, analyse, text, people, expected):
    ents = [_entity(text, f"e{k}", name, "PERSON") for k, name in enumerate(people, 1)]
    (q,) = stage(analyse(text), ents, [])
    assert (q.speaker.text, q.speaker.entity) == expected


# a dateline with its date in figures opening a line ("Riga, 12.05.2025 —") is no part of what was
# said, as a dateline with a month word is not
@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "Talsa, 12.05.2025 — Three boats were seized at the quay, the coast guard said.",
            "Three boats were seized at the quay",
        ),
        (
            "Orvik, 03/04/2025 - Two schools will stay shut until Monday, the council said.",
            "Two schools will stay shut until Monday",
        ),
        (
            "Brennau, 2025-06-01: The bridge reopened to lorries, the roads agency said.",
            "The bridge reopened to lorries",
        ),
        # a date inside a sentence is no dateline
        (
            "The office in Talsa, shut since 12.05.2025, will reopen soon, the council said.",
            "The office in Talsa, shut since 12.05.2025, will reopen soon",
        ),
    ],
)
def test_numeric_dateline_is_no_content(stage, analyse, text, content):
    (q,) = stage(analyse(text), [], [])
    assert q.text == content


# "according to his lawyer's account", "his spokeswoman said": the person the text named earlier
# in that role for the man "his" takes up ("X, a lawyer for Y,", "Y's lawyer, X,"), else the
# phrase alone (another's lawyer is not hers)
ROLE_HOLDER_CASES = [
    (
        "Anja Roslev, a lawyer for Tomas Berg, filed the appeal on Monday. Berg was beaten twice in "
        "custody, according to his lawyer's account.",
        ("his lawyer", "Anja Roslev"),
    ),
    (
        "Tomas Berg's lawyer, Anja Roslev, filed the appeal on Monday. Berg was beaten twice in "
        "custody, according to his lawyer's account.",
        ("his lawyer", "Anja Roslev"),
    ),
    (
        "Carla Mendes, the spokeswoman for Senator Rui Serrano, spoke on Monday. Serrano left the "
        "country on Friday, his spokeswoman said.",
        ("his spokeswoman", "Carla Mendes"),
    ),
    (
        "Anja Roslev, a lawyer for Tomas Berg, filed the appeal on Monday. Marta Lind was beaten in "
        "custody, according to her lawyer's account.",
        ("her lawyer", None),
    ),
    (
        "Tomas Berg was held for two days. He was beaten twice in custody, according to his "
        "lawyer's account.",
        ("his lawyer", None),
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROLE_HOLDER_CASES, ids=[c[0][:40] for c in ROLE_HOLDER_CASES])
def test_possessive_role_is_its_named_holder(pipeline, analyse, text, expected):
    an = analyse(text)
    ents = pipeline.entities(an)
    names = {e.id: e.name for e in ents}
    (q,) = pipeline.quotes(an, ents, [])
    assert (q.speaker.text, names.get(q.speaker.entity)) == expected


# a "he" speaker is never a woman the given name marks, whether the entity stage linked the pronoun
# to her or she spoke last ("…," she said): he is the man of the story named before
@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "Karl Ferrer led the dockers' union for twenty years. Elena Lindqvist worked beside him. "
            '"He never gave up," she said on Monday.\n\nIn 2005 he turned down a ministry job, saying a '
            'union man "should not sit on both sides of the table."',
            [("she", "Elena Lindqvist"), ("he", "Karl Ferrer")],
        ),
        (
            'Peter Brandt founded the cooperative in 1990. "He was stubborn," said Elena Moretti, who ran '
            'it with him. "We argued every week," she said.\n\nHe later told a radio station that the '
            'cooperative "belongs to the growers."',
            [("Elena Moretti", "Elena Moretti"), ("she", "Elena Moretti"), ("He", "Peter Brandt")],
        ),
        (
            "Karl Oberg ran the mill until 2010. His sister Ingrid Oberg recalled the fire. "
            '"We lost the roof," she said. He said the insurers had paid within a month.',
            [("His sister", "Ingrid Oberg"), ("she", "Ingrid Oberg"), ("He", "Karl Oberg")],
        ),
    ],
)
def test_he_is_never_a_woman_by_her_given_name(pipeline, text, expected):
    record = pipeline.process(text, published="2026-03-04")
    names = {e.id: e.name for e in record.entities}
    assert [(q.speaker.text, names.get(q.speaker.entity)) for q in record.quotes if q.speaker] == expected
