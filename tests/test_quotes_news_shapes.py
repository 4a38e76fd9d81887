"""Quotes: shapes of attribution real news pages print (tables of invented sentences): a verdict's
second verb after a clause about a thing, an "as" clause of advice or forecast (no cue), a newspaper
told something, a reply by a medium the parser took for a participle, "in writing", a role and a name
hung on the quotation, a platform's former name, quoted verb phrases after a that-clause on a channel,
a decision as a channel, a present-tense cue the tagger took for a plural noun, a headline's label
before a colon, the body a statement came from, the date of a quote that goes on with the one before,
and the one who took an office as "the new president"."""

from __future__ import annotations

import pytest

from conftest import quote_rows as _got
from storyline.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


# text, [(kind, content, cue, speaker, channel)]
VERDICT_CASES = [
    # a verdict's clause about a thing ends where the court's own second verb, with its object, begins
    (
        "The tribunal found that the eviction was unlawful and ordered the council to pay costs.",
        [("indirect", "that the eviction was unlawful", "found", "The tribunal", None)],
    ),
    (
        "The judge ruled that the search was illegal and ordered the evidence to be excluded.",
        [("indirect", "that the search was illegal", "ruled", "The judge", None)],
    ),
    # a passive clause about a thing
    (
        "The appeals panel concluded that the election was rigged and ordered a new vote in March.",
        [("indirect", "that the election was rigged", "concluded", "The appeals panel", None)],
    ),
    # a person may do the second thing: both verbs stay in what was found
    (
        "The inquiry found that the pilot was tired and misread the altimeter.",
        [("indirect", "that the pilot was tired and misread the altimeter", "found", "The inquiry", None)],
    ),
    # a second verb with no object is the thing's own
    (
        "The inquiry found that the ferry was overloaded and sank within minutes.",
        [("indirect", "that the ferry was overloaded and sank within minutes", "found", "The inquiry", None)],
    ),
    # no verdict: as before
    (
        "Police said the car was stolen and hit a wall.",
        [("indirect", "the car was stolen and hit a wall", "said", "Police", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), VERDICT_CASES)
def test_a_verdicts_own_second_verb_ends_what_was_found(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


COMPARISON_CASES = [
    # what happened set beside what was advised or urged: no one's words
    ('The council set up a "citizens\' jury", as residents had suggested.', []),
    ('As campaigners had urged, the city banned "fast fashion" adverts on buses.', []),
    ("As campaigners had urged, the city banned adverts for fast fashion on buses.", []),
    ("The fund was split in two, as the auditors had recommended.", []),
    # beside a present or future main clause the "as" clause reports that claim
    (
        "If, as I've suggested, he and other developers benefit from the rules, he has proposed nothing.",
        [("indirect", "he and other developers benefit from the rules", "suggested", "I", None)],
    ),
    (
        "As the minister has warned, prices will rise next year.",
        [("indirect", "prices will rise next year", "warned", "the minister", None)],
    ),
    # an "as" aside of a verb of reporting still reports
    (
        "As Politico reported, the senator voted against the bill.",
        [("indirect", "the senator voted against the bill", "reported", "Politico", None)],
    ),
    (
        "The minister resigned on Friday, as the newspaper reported.",
        [("indirect", "The minister resigned on Friday", "reported", "the newspaper", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMPARISON_CASES)
def test_an_as_clause_of_advice_or_forecast_is_no_cue(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


OUTLET_CASES = [
    # a name after "the" is the paper told, however little known
    ('"We are not leaving," Maria Costa told the Bugle.', "Bugle"),
    ('"The well is dry," a herder told the Evening Clarion on Monday.', "Evening Clarion"),
    # the outlet noun with the name before it
    ('"The deal is dead," the senator told the Herald newspaper.', "Herald newspaper"),
    # a title after "the" is a person told
    ('"We will act," the envoy told the President on Friday.', None),
    ('"We need help," the mayor told the Prime Minister.', None),
]


@pytest.mark.parametrize(("text", "channel"), OUTLET_CASES)
def test_the_paper_told_is_the_channel(stage, analyse, text, channel):
    (q,) = stage(analyse(text), [], [])
    assert (q.kind, q.channel) == ("direct", channel)


REPLY_CASES = [
    # the reply verb taken for a participle on the sentence's noun: the noun is the speaker
    (
        "A nurse replied by text message that the ward was full.",
        [("indirect", "that the ward was full", "replied", "A nurse", "text message")],
    ),
    (
        "A teacher responded by email that classes would resume on Monday.",
        [("indirect", "that classes would resume on Monday", "responded", "A teacher", "email")],
    ),
    # "in writing" is how, not a verb of saying
    (
        "The landlord replied in writing that the repairs were done.",
        [("indirect", "that the repairs were done", "replied", "The landlord", "writing")],
    ),
    (
        "The ministry confirmed in writing that the visas had been issued.",
        [("indirect", "that the visas had been issued", "confirmed", "The ministry", "writing")],
    ),
    (
        "She was writing that the town had changed.",
        [("indirect", "that the town had changed", "writing", "She", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), REPLY_CASES)
def test_a_reply_by_a_medium_has_its_speaker(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will appeal," the club\'s spokesperson, Anna Berg, said.',
            ("direct", "We will appeal", "the club's spokesperson", "Anna Berg"),
        ),
        (
            '"We reject the ruling," the ministry\'s spokesperson, Lin Hua, said.',
            ("direct", "We reject the ruling", "the ministry's spokesperson", "Lin Hua"),
        ),
    ],
)
def test_a_role_and_name_hung_on_the_quotation_speak(pipeline, text, expected):
    record = pipeline.process(text, published="2024-03-05")
    names = {e.id: e.name for e in record.entities}
    got = [(q.kind, q.text, q.speaker.text, names.get(q.speaker.entity)) for q in record.quotes if q.speaker]
    assert got == [expected]


CHANNEL_CASES = [
    # a platform's former name is no part of the channel or of what was said
    (
        "Mayor Ruiz wrote on X, formerly known as Twitter, that the curfew was over.",
        [("indirect", "that the curfew was over", "wrote", "Mayor Ruiz", "X")],
    ),
    (
        "The governor said in a post on X (formerly Twitter) that the bridge would reopen.",
        [("indirect", "that the bridge would reopen", "said", "The governor", "post on X")],
    ),
    # a decision is how a body said it
    (
        "In its decision, the board said the permit had lapsed.",
        [("indirect", "the permit had lapsed", "said", "the board", "decision")],
    ),
    (
        "The panel said in a written decision that the fine would stand.",
        [("indirect", "that the fine would stand", "said", "The panel", "written decision")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CHANNEL_CASES)
def test_channels_of_news_pages(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


QUOTED_CONJUNCT_CASES = [
    # quoted verb phrases after a that-clause the parser hung on the channel noun: all of it is said
    (
        "The Sudanese Farmers' Voice party said in a statement that the government had known of locust "
        'swarms near the border "in April" and "looked away".',
        [
            (
                "mixed",
                'that the government had known of locust swarms near the border "in April" and "looked away"',
                "said",
                "The Sudanese Farmers' Voice party",
                "statement",
            )
        ],
    ),
    # an unquoted second clause with "that" was already part of it
    (
        "The council said in a notice that the road would close on Monday and that buses would be diverted.",
        [
            (
                "indirect",
                "that the road would close on Monday and that buses would be diverted",
                "said",
                "The council",
                "notice",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), QUOTED_CONJUNCT_CASES)
def test_quoted_verb_phrases_after_a_channel_clause_are_said(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


NOUN_CUE_CASES = [
    # "states" tagged the plural of a noun, "filing" its compound
    (
        "The filing states that the firm hid its losses from investors.",
        [("indirect", "that the firm hid its losses from investors", "states", "The filing", None)],
    ),
    # a plural noun with a relative clause is no cue
    ("Member states that ratified the pact met in Oslo.", []),
]


@pytest.mark.parametrize(("text", "expected"), NOUN_CUE_CASES)
def test_a_present_cue_taken_for_a_plural_noun(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


HEADLINE_CASES = [
    (
        'Port chief: "We will reopen by June"\n\nShips queued outside the harbour on Monday.',
        [("direct", "We will reopen by June", None, "Port chief", None)],
    ),
    (
        "Flood warden: 'The worst is yet to come'\n\nRivers rose again on Sunday.",
        [("direct", "The worst is yet to come", None, "Flood warden", None)],
    ),
    # "on" and a topic after the speaker
    (
        'Harbour master on the strike: "No ship will wait"\n\nDockers walked out on Monday.',
        [("direct", "No ship will wait", None, "Harbour master", None)],
    ),
    # a section's label or page furniture is no speaker
    ('Analysis: "A lost decade"\n\nGrowth has stalled.', []),
    ('Read more: "The last ferry to Orkney"\n\nThe ferry sailed on Monday.', []),
    ('Editor\'s note: "An earlier version misstated the date."\n\nThe council met on Monday.', []),
]


@pytest.mark.parametrize(("text", "expected"), HEADLINE_CASES)
def test_a_headlines_label_before_a_colon_speaks(stage, analyse, text, expected):
    assert _got(stage(analyse(text), [], [])) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The plant will close in May, according to a statement from Halvorsen Steel.", "Halvorsen Steel"),
        ("The mill shuts in May, according to a statement issued by Halvorsen Steel.", "Halvorsen Steel"),
        ("Two guards were hurt, according to a report by Amnesty International.", "Amnesty International"),
    ],
)
def test_according_to_a_statement_from_a_body_is_the_bodys(pipeline, text, name):
    record = pipeline.process(text, published="2024-03-05")
    names = {e.id: e.name for e in record.entities}
    (q,) = record.quotes
    assert names.get(q.speaker.entity) == name


SAME_OCCASION = (
    "Tests found a solvent in two batches, Health Director Maria Lenz told a news conference in Graz on "
    'Saturday. "These batches should never have left the plant," she said.'
)


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        # the next sentence's "she said" goes on with the dated report
        (SAME_OCCASION, ["2024-03-02", "2024-03-02"]),
        # in a paragraph of its own it is dated as any undated cue
        (SAME_OCCASION.replace(' "These', '\n\n"These'), ["2024-03-02", "2024-03-05"]),
        # a year back is no occasion of the words
        (
            'In 2019, Ana Ruiz warned that the dam was weak. "Soon it will break," she said.',
            ["2019", "2024-03-05"],
        ),
    ],
)
def test_a_quote_going_on_with_a_dated_one_has_its_date(pipeline, text, dates):
    record = pipeline.process(text, published="2024-03-05")
    assert [q.date for q in record.quotes] == dates


def test_the_new_holder_of_an_office_is_the_new_president(pipeline):
    text = (
        "Parliament removed President Olek Varga on Monday. Deputy Leader Irena Sobol was sworn in as "
        "president hours later.\n\nIn her first address, the new president said she would call elections "
        "within a year."
    )
    record = pipeline.process(text, published="2024-03-05")
    names = {e.id: e.name for e in record.entities}
    got = [(q.speaker.text, names.get(q.speaker.entity)) for q in record.quotes if q.speaker]
    assert got == [("the new president", "Irena Sobol")]


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "President Ana Lenz was removed by parliament on Monday. Vice President Eva Roth was sworn in "
            "as president hours later. The president said she would name a cabinet.",
            [("The president", "Eva Roth")],
        ),
        (
            "The council voted out Mayor Piet Kramer on Tuesday. Lotte Baas, a councillor, was installed as "
            'mayor the same evening. "We start again," Baas said. The mayor also said she would keep '
            "the budget.",
            [("Baas", "Lotte Baas"), ("The mayor", "Lotte Baas")],
        ),
        (
            "Governor Tomas Brand resigned on Friday. His deputy, Marek Holm, was appointed governor on "
            "Saturday. The governor told reporters the roads would reopen.",
            [("The governor", "Marek Holm")],
        ),
    ],
)
def test_a_bare_title_after_a_new_holder_took_office_is_the_new_holder(pipeline, text, expected):
    record = pipeline.process(text, published="2024-03-05")
    names = {e.id: e.name for e in record.entities}
    assert [(q.speaker.text, names.get(q.speaker.entity)) for q in record.quotes if q.speaker] == expected
