"""The quotes stage: a wire dateline in capitals is no transcript speaker's label, a title's entity
gives way to the person named in apposition after it, a group of people reporting in the present
tense where the tagger took the verb for a noun, and a platform a channel went out on after "to" or
in a relative clause (tables of invented sentences)."""

from __future__ import annotations

import pytest

from conftest import hand_entities, hand_people
from conftest import spoken_quote_rows as _got
from storyline.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


# a dateline "CITY NAME:" opening the story looks like a speaker's label in capitals; with one more
# label further down it made the article a transcript whose turns were the city's. The dateline is
# no label, and a line quoting someone with a cue of its own is prose that no turn goes on through
DATELINE_CASES = [
    (
        "Storm Odile: Ferries halted as gales sweep across the southern straits\n\n"
        "PORT ELLEN: Nine ferry crossings were cancelled on Friday as gales hit the islands.\n\n"
        '"We cannot risk a crossing in these seas," harbour master Ruth Calloway told a briefing at the '
        'pier. "The boats stay tied up until Sunday."\n\n'
        'Hotels filled up. "We had forty guests arrive at midnight," said Owen Pryce, a cousin of the '
        'owner, who met them at the quay. "Some slept in the lounge."\n\n'
        "Gwen Tallis: ferry company spokeswoman said refunds would be paid within a week.",
        ("Ruth Calloway", "Owen Pryce", "Gwen Tallis"),
        # the headline's label "Storm …:" is no speaker either (session 19), so one label is left and
        # the page is no transcript
        [
            ("direct", "We cannot risk a crossing in these seas", "harbour master Ruth Calloway", "briefing"),
            ("direct", "The boats stay tied up until Sunday.", "harbour master Ruth Calloway", "briefing"),
            ("direct", "We had forty guests arrive at midnight", "Owen Pryce", None),
            ("direct", "Some slept in the lounge.", "Owen Pryce", None),
            ("indirect", "refunds would be paid within a week", "ferry company spokeswoman", None),
        ],
    ),
    # a transcript's names in capitals stay its speakers' labels
    (
        "The coastguard briefed reporters.\n\nMARTA OLSEN: We found the dinghy at dawn.\n\n"
        "PIET VAN DAM: The two sailors were cold but well.",
        ("Marta Olsen", "Piet van Dam"),
        [
            ("direct", "We found the dinghy at dawn.", "MARTA OLSEN", None),
            ("direct", "The two sailors were cold but well.", "PIET VAN DAM", None),
        ],
    ),
]


@pytest.mark.parametrize(("text", "names", "expected"), DATELINE_CASES)
def test_a_dateline_is_no_speaker(stage, analyse, text, names, expected):
    assert _got(stage(analyse(text), hand_people(text, *names), [])) == expected


# '"…," said the <title> of <field>, <Name>.': the entities stage may take the title for a body; the
# person named in apposition holds it. A capitalised field with no article ("of Justice") is the
# ministry's, not a judge the name would belong to
TITLE_CASES = [
    (
        '"The port stays shut until the inquiry ends," said the Minister of Harbours, Ilmar Tosk.',
        {"Minister of Harbours": "ORG", "Ilmar Tosk": "PERSON"},
        "Ilmar Tosk",
    ),
    (
        '"The rules are clear," said the Minister of Justice, Rahel Worana, on Monday.',
        {"Minister of Justice": "ORG", "Rahel Worana": "PERSON"},
        "Rahel Worana",
    ),
    # a body's name in apposition stays with the noun it is set beside
    (
        '"We will appeal," said the regulator, Coastal Waters Authority.',
        {"Coastal Waters Authority": "ORG"},
        "Coastal Waters Authority",
    ),
]


@pytest.mark.parametrize(("text", "names", "who"), TITLE_CASES)
def test_a_name_in_apposition_after_a_title_speaks(stage, analyse, text, names, who):
    ents = hand_entities(text, names)
    quotes = stage(analyse(text), ents, [])
    assert [next(e.name for e in ents if e.id == q.speaker.entity) for q in quotes] == [who]


# "<plural noun> <place> report that …": a group speaking in the present tense, the verb tagged a noun
GROUP_CASES = [
    (
        "Residents of the valley report that the water has turned brown.",
        [("indirect", "that the water has turned brown", "Residents of the valley", "report")],
    ),
    (
        "Traders in the old market complain that prices have doubled since June.",
        [("indirect", "that prices have doubled since June", "Traders in the old market", "complain")],
    ),
    (
        "Herders report that the wells have dried up.",
        [("indirect", "that the wells have dried up", "Herders", "report")],
    ),
    # a noun "report" with a relative clause, or after a body's name, reports nothing
    ("The farmers' union report that was leaked on Monday angered ministers.", []),
    ("Doctors at the clinic report seeing dozens of burn cases.", []),
]


@pytest.mark.parametrize(("text", "expected"), GROUP_CASES)
def test_a_group_reports_in_the_present(stage, analyse, text, expected):
    quotes = stage(analyse(text), [], [])
    assert [(q.kind, q.text, q.speaker.text, q.cue.text) for q in quotes] == expected


# a channel noun with the platform it went out on, after "uploaded to" or in a relative clause
CHANNEL_CASES = [
    (
        "In a message uploaded to Instagram, the mayor said the bridge would reopen in May.",
        "message uploaded to Instagram",
    ),
    (
        "In a clip message he put out on TikTok on Monday, the driver said he had been threatened.",
        "clip message he put out on TikTok",
    ),
    (
        "In a message that was published on YouTube on Friday, the coach said the team was tired.",
        "message that was published on YouTube",
    ),
    (
        "In a video shared on social media, the governor said the curfew would be lifted.",
        "video shared on social media",
    ),
    (
        "Through a message published on Telegram, the commander said his men had held the bridge.",
        "message published on Telegram",
    ),
    # one addressed after "to" is no platform
    ("In a letter she wrote to the President, the mayor said the town needed help.", "letter"),
]


@pytest.mark.parametrize(("text", "channel"), CHANNEL_CASES)
def test_the_platform_of_a_fronted_channel(stage, analyse, text, channel):
    assert [q.channel for q in stage(analyse(text), [], [])] == [channel]


# a surname the tagger took for a past-tense verb closing an inverted cue ('said the headman, Aden
# Farah Roobled.') is the speaker, not a clause reported; the quotation after the cue sentence goes on with
# that speaker
NAME_AS_VERB_CASES = [
    (
        '"We heard shots at dawn," said the headman, Aden Farah Roobled. "We lost two boats."',
        ("Aden Farah Roobled",),
        [
            ("direct", "We heard shots at dawn", "Aden Farah Roobled"),
            ("direct", "We lost two boats.", "Aden Farah Roobled"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "names", "expected"), NAME_AS_VERB_CASES)
def test_a_name_taken_for_a_verb_is_the_speaker(stage, analyse, text, names, expected):
    quotes = stage(analyse(text), hand_people(text, *names), [])
    assert [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in quotes] == expected


# a name with a relative clause set off that the parser made the sentence's root, the cue coordinated
# on it: the name is the speaker
ROOT_NAME_CASES = [
    (
        "Olmedo, who leads the Farmers League, called for a general strike and said the government "
        "must resign.",
        [("indirect", "the government must resign", "Olmedo")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), ROOT_NAME_CASES)
def test_a_root_name_before_a_relative_clause_speaks(stage, analyse, text, expected):
    quotes = stage(analyse(text), [], [])
    assert [(q.kind, q.text, q.speaker.text if q.speaker else None) for q in quotes] == expected
