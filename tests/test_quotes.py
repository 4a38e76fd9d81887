"""The quotes stage: tables of sentences with the quotes expected in them (textacy style)."""

from __future__ import annotations

import dataclasses
import re

import pytest
from spacy.tokens import Doc

from conftest import seed_text
from storyline.knowledge import actor_nouns, people_nouns, person_nouns
from storyline.record import Entity, Mention, Time
from storyline.stages.quotes import QuoteStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuoteStage:
    return QuoteStage(nlp)


def _mention(text: str, word: str, kind: str = "name", nth: int = 0) -> Mention:
    m = list(re.finditer(re.escape(word), text))[nth]
    return Mention(m.start(), m.end(), word, kind)


# sentence -> (kind, content, speaker text, cue, channel)
CASES = [
    (
        "“We will win this fight,” Lane said Sunday in an email.",
        [("direct", "We will win this fight", "Lane", "said", "email")],
    ),
    (
        "“It is over for now,” said Lane.",
        [("direct", "It is over for now", "Lane", "said", None)],
    ),
    (
        'The mayor said: "We are leaving tomorrow morning."',
        [("direct", "We are leaving tomorrow morning.", "The mayor", "said", None)],
    ),
    (
        "‘We have done nothing wrong,’ the company said.",
        [("direct", "We have done nothing wrong", "the company", "said", None)],
    ),
    (
        "«Nous restons ici», the minister told reporters.",
        [("direct", "Nous restons ici", "the minister", "told", None)],
    ),
    (
        "The minister said that the border would stay open.",
        [("indirect", "that the border would stay open", "The minister", "said", None)],
    ),
    (
        "Lane said the agency would not comment on the case.",
        [
            ("indirect", "the agency would not comment on the case", "Lane", "said", None),
            ("indirect", "the case", "the agency", "comment", None),  # nested, as PolNeAR marks it
        ],
    ),
    (
        "The mayor told reporters that the road would reopen next week.",
        [("indirect", "that the road would reopen next week", "The mayor", "told", None)],
    ),
    (
        "When asked, Lane would not reveal whether Canada had plans to leave.",
        [("indirect", "whether Canada had plans to leave", "Lane", "reveal", None)],
    ),
    (
        "According to the ministry, the talks have failed.",
        [("indirect", "the talks have failed", "the ministry", "According to", None)],
    ),
    (
        "The group said in an online statement that five people were arrested.",
        [("indirect", "that five people were arrested", "The group", "said", "online statement")],
    ),
    (
        "Police said in a statement that the suspect had fled.",
        [("indirect", "that the suspect had fled", "Police", "said", "statement")],
    ),
    (
        "The senator wrote on Twitter that the deal was dead.",
        [("indirect", "that the deal was dead", "The senator", "wrote", "Twitter")],
    ),
    (
        "A spokesman for the minister of border security, Bill Blair, said the agency "
        "“is not involved in the case.”",
        [
            (
                "mixed",
                "the agency “is not involved in the case.”",
                "A spokesman for the minister of border security",
                "said",
                None,
            )
        ],
    ),
    (
        "The group quoted a 24-year-old American medical student who said she was detained for hours.",
        [("indirect", "she was detained for hours", "a 24-year-old American medical student", "said", None)],
    ),
    (
        "“The detainee reported that their passports were seized,” the council said.",
        [
            ("direct", "The detainee reported that their passports were seized", "the council", "said", None),
            ("indirect", "that their passports were seized", "The detainee", "reported", None),
        ],
    ),
    # a trailing cue after coordinated clauses reports them all; "told" with a hearer, nothing said
    (
        "Spain sent boats, Italy sent planes, and Greece offered divers, the coast guard said.",
        [
            (
                "indirect",
                "Spain sent boats, Italy sent planes, and Greece offered divers",
                "the coast guard",
                "said",
                None,
            )
        ],
    ),
    (
        "The dam held overnight and more rain is expected, its chief engineer, Dr Ruth Obi, told a "
        "meeting in the capital.",
        [
            (
                "indirect",
                "The dam held overnight and more rain is expected",
                "its chief engineer, Dr Ruth Obi",  # with the name beside it, which no entity holds here
                "told",
                "meeting",
            )
        ],
    ),
    # verbs of estimate report what analysts hold
    (
        "Traders reckon the currency will weaken further.",
        [("indirect", "the currency will weaken further", "Traders", "reckon", None)],
    ),
    (
        "Economists forecast that debt would rise.",
        [("indirect", "that debt would rise", "Economists", "forecast", None)],
    ),
    # a news site told: its name is the channel
    (
        "Its minister for energy, Tom Oduya, told the news portal Lakeview Daily that prices would rise.",
        [
            (
                "indirect",
                "that prices would rise",
                "Its minister for energy, Tom Oduya",
                "told",
                "Lakeview Daily",
            )
        ],
    ),
    # a channel in the clause a participle cue goes with
    (
        "The union rejected the offer in a statement, saying that wages were too low.",
        [("indirect", "that wages were too low", "The union", "saying", "statement")],
    ),
    (
        "The senator told CNN that she would run again.",
        [("indirect", "that she would run again", "The senator", "told", "CNN")],
    ),
    (
        "In his state, Christie said, nonviolent first-time offenders are sent to treatment.",
        [
            (
                "indirect",
                "nonviolent first-time offenders are sent to treatment",
                "Christie",
                "said",
                None,
            )
        ],
    ),
    (
        "Smith, who said the plan was unfair, left the room.",
        [("indirect", "the plan was unfair", "Smith", "said", None)],
    ),
    (
        "Officials would not say whether the talks had failed.",
        [("indirect", "whether the talks had failed", "Officials", "say", None)],
    ),
    (
        "She said the deal was “a disaster for working families” and would be reversed.",
        [
            (
                "mixed",
                "the deal was “a disaster for working families” and would be reversed",
                "She",
                "said",
                None,
            )
        ],
    ),
    (
        "“They are all here for the free stuff,” Bennett shot back with a laugh.",
        [("direct", "They are all here for the free stuff", "Bennett", "shot back", None)],
    ),
    (
        "“We are going to win,” Trump said, “and we are going to win big.”",
        [
            ("direct", "We are going to win", "Trump", "said", None),
            ("direct", "and we are going to win big.", "Trump", "said", None),
        ],
    ),
    (
        "“I understand why people came,” Sexton said. “He was an antidote to a stifling culture.”",
        [
            ("direct", "I understand why people came", "Sexton", "said", None),
            ("direct", "He was an antidote to a stifling culture.", "Sexton", None, None),
        ],
    ),
    (
        "Rep. Hank Johnson said in ‘08 that the willingness of white voters to back Obama was new.",
        [
            (
                "indirect",
                "that the willingness of white voters to back Obama was new",
                "Rep. Hank Johnson",
                "said",
                None,
            )
        ],
    ),
    (
        "Zimmerman said he had offers for the gun, but “the offers were to use it in a way I did not like.”",
        [
            (
                "mixed",
                "he had offers for the gun, but “the offers were to use it in a way I did not like.”",
                "Zimmerman",
                "said",
                None,
            )
        ],
    ),
    (
        "The event “was the first time I saw that it is not simple,” Sexton said in a phone interview.",
        [
            (
                "mixed",
                "The event “was the first time I saw that it is not simple",
                "Sexton",
                "said",
                "phone interview",
            )
        ],
    ),
    (
        "''It is anti-reform,'' said Leonard Burman, director of the center.",
        [("direct", "It is anti-reform", "Leonard Burman", "said", None)],
    ),
    # reported speech whose content is not a clause (cue_verbs.tsv "takes")
    (
        "The senator announced his resignation on Monday.",
        [("indirect", "his resignation", "The senator", "announced", None)],
    ),
    (
        "Sanders accused Republicans of placing the gun lobby ahead of children.",
        [("indirect", "placing the gun lobby ahead of children", "Sanders", "accused", None)],
    ),
    (
        "The delegate warned of a ferocious battle at the convention.",
        [("indirect", "a ferocious battle at the convention", "The delegate", "warned", None)],
    ),
    (
        "Cruz vowed to repeal every executive action on guns.",
        [("indirect", "to repeal every executive action on guns", "Cruz", "vowed", None)],
    ),
    (
        "He asked the workers if they planned to attend the caucuses.",
        [("indirect", "if they planned to attend the caucuses", "He", "asked", None)],
    ),
    (
        "As Politico reported, the donors seem enamored with the governor.",
        [("indirect", "the donors seem enamored with the governor", "Politico", "reported", None)],
    ),
    # parses that hang the content elsewhere
    (
        "Adelson said on Friday during a news conference that he may wait until February.",
        [("indirect", "that he may wait until February", "Adelson", "said", "news conference")],
    ),
    (
        "CLEVELAND — Former Attorney General Michael Mukasey told reporters that the server was a risk.",
        [
            (
                "indirect",
                "that the server was a risk",
                "Former Attorney General Michael Mukasey",
                "told",
                None,
            )
        ],
    ),
    # a second report inside the first one's clause is a quote of its own
    (
        "Three-quarters said they were worried about the economy, and 4 in 10 said Trump would do best.",
        [
            ("indirect", "they were worried about the economy", "Three-quarters", "said", None),
            ("indirect", "Trump would do best", "4 in 10", "said", None),
        ],
    ),
    # the reporter's own asides and contrasts closing unquoted content are left out
    (
        "Trump said he would quarantine travellers over the Zika virus, which is spread by mosquitoes.",
        [("indirect", "he would quarantine travellers over the Zika virus", "Trump", "said", None)],
    ),
    (
        "About half say they prefer an outsider, while about 4 in 10 want political experience.",
        [("indirect", "they prefer an outsider", "About half", "say", None)],
    ),
    # negative cases: no quotes at all
    ("The senator announced nothing new on Monday.", []),
    ("Aides cheered as she was announced the winner.", []),
    ("The band played just as the crowd arrived.", []),
    ("The ''rock 'n' roll'' years are over.", []),
    # one person's short naming is a judgement, the person's words (PolNeAR: 'she called Wells
    # Fargo's behavior "outrageous"')
    (
        "He called the plan “a disaster” at the meeting.",
        [("mixed", "He called the plan “a disaster”", "He", "called", "meeting")],
    ),
    ("They watched “Saturday Night Live” together on Friday.", []),
    ("The word “freedom” appears twice in the text.", []),
    ("Lane said.", []),
    ("Smith said nothing at the meeting.", []),
    ("I think the plan will fail.", []),
    ("The report was published on Monday.", []),
    (
        "According to the ministry, at least 40 people were killed in the attack.",
        [("indirect", "at least 40 people were killed in the attack", "the ministry", "According to", None)],
    ),
    (
        "Smith pointed out that the law had changed.",  # a phrasal cue (verb + particle)
        [("indirect", "that the law had changed", "Smith", "pointed out", None)],
    ),
    ("Lane laid out his plan on Monday.", []),  # a particle that makes no cue
    # "call on" someone to do something: a phrasal cue with a preposition
    (
        "He called on Manila to “stop provocations immediately.”",
        [("mixed", "Manila to “stop provocations immediately.”", "He", "called", None)],
    ),
    # whom, and what they were called on to do (as PolNeAR marks "called on")
    (
        "The senator called on Congress to pass the bill.",
        [("indirect", "Congress to pass the bill", None, "called", None)],
    ),
    ("They called on the phone to say hello.", []),  # a channel, not the one addressed
    ("He called on Monday for calm.", []),
    # a participle before a cue at the end is part of what was said; after the cue it is not
    (
        "The storm hit the coast on Sunday, killing 16 people, officials said.",
        [("indirect", "The storm hit the coast on Sunday, killing 16 people", "officials", "said", None)],
    ),
    (
        "Lane said the storm hit the coast, drawing a sharp reply from Khan.",
        [("indirect", "the storm hit the coast", "Lane", "said", None)],
    ),
    # channels: "by telephone", "told a news conference"
    (
        "“The evacuation saved lives,” Hasan said by telephone from Dhaka.",
        [("direct", "The evacuation saved lives", "Hasan", "said", "telephone")],
    ),
    (
        "“This was deliberate,” Dizon told a news conference.",
        [("direct", "This was deliberate", "Dizon", "told", "news conference")],
    ),
    ("“We are ready,” Dizon told reporters.", [("direct", "We are ready", "Dizon", "told", None)]),
    # a news outlet told: its name in apposition, else the outlet noun; a platform ending the sentence
    (
        "“The ceasefire is over,” Okoro told the broadcaster River FM.",
        [("direct", "The ceasefire is over", "Okoro", "told", "River FM")],
    ),
    (
        "“Prices will rise,” Okoro told the newspaper on Monday.",
        [("direct", "Prices will rise", "Okoro", "told", "newspaper")],
    ),
    ("“The port is open,” Okoro wrote on X.", [("direct", "The port is open", "Okoro", "wrote", "X")]),
    (
        "“We will sign,” Okoro told the agency’s director.",
        [("direct", "We will sign", "Okoro", "told", None)],
    ),
    ("The ministry declined to comment.", []),
    ("She wore a “Make America Great Again” hat to the rally.", []),
    ("Women are told to “smile” far too often.", []),
    # a trailing cue after a compound sentence reports both clauses
    (
        "Officers chased the suspects through the market, and both men were arrested after a short "
        "foot chase, Redd said.",
        [
            (
                "indirect",
                "Officers chased the suspects through the market, and both men were arrested after a "
                "short foot chase",
                "Redd",
                "said",
                None,
            )
        ],
    ),
    # the speaker of a trailing cue is its own subject, not the count the parser stretched to it
    (
        "Gunmen attacked the village and killed at least 11 civilians, including four children, "
        "elders and a local official said on Tuesday.",
        [
            (
                "indirect",
                "Gunmen attacked the village and killed at least 11 civilians, including four children",
                "elders and a local official",
                "said",
                None,
            )
        ],
    ),
    (
        "He bought bread, milk and eggs, his wife said.",
        [("indirect", "He bought bread, milk and eggs", "his wife", "said", None)],
    ),
    (
        "The attackers killed at least 11 civilians, including four children, elders and a local "
        "official said.",
        [
            (
                "indirect",
                "The attackers killed at least 11 civilians, including four children",
                "elders and a local official",
                "said",
                None,
            )
        ],
    ),
    ("Police, soldiers and local officials said on Tuesday.", []),
    ("Smith, a former minister, said on Tuesday.", []),
    ("Two people died, police said on Monday.", [("indirect", "Two people died", "police", "said", None)]),
    # a channel with a relative clause after it: "on a radio station it runs"
    (
        "The group's leader said on a radio station it runs that the fighters would not retreat.",
        [("indirect", "that the fighters would not retreat", "The group's leader", "said", "radio station")],
    ),
    (
        "The minister said on Monday that the talks would resume.",
        [("indirect", "that the talks would resume", "The minister", "said", None)],
    ),
    # a quotation naming the object of "call" / "describe as" is its subject's words (mixed)
    (
        'Union leaders called the offer "an insult to workers who kept the mines open".',
        [
            (
                "mixed",
                'Union leaders called the offer "an insult to workers who kept the mines open"',
                "Union leaders",
                "called",
                None,
            )
        ],
    ),
    (
        'The minister described the plan as "a betrayal of every farmer in the country".',
        [
            (
                "mixed",
                'The minister described the plan as "a betrayal of every farmer in the country"',
                "The minister",
                "described",
                None,
            )
        ],
    ),
    ('Fans called the stadium "the old lady" for years.', []),
    # ... also a short quotation when a named body or person calls it so
    (
        'The Kenyan Foreign Ministry called the tariff "an insult" on Thursday.',
        [
            (
                "mixed",
                'The Kenyan Foreign Ministry called the tariff "an insult"',
                "The Kenyan Foreign Ministry",
                "called",
                None,
            )
        ],
    ),
    ('The crowd called the referee "a thief".', []),
    # a participle the parser hangs on a passive clause: the nearer active clause's subject speaks
    (
        "The agency said 5,000 people had been moved, while the ministry put the number at 3,000, "
        "saying some had gone before the order.",
        [
            ("indirect", "5,000 people had been moved", "The agency", "said", None),
            ("indirect", "some had gone before the order", "the ministry", "saying", None),
        ],
    ),
    (
        "Two men were arrested on Monday, saying they had done nothing wrong.",
        [("indirect", "they had done nothing wrong", "Two men", "saying", None)],
    ),
    # a court's ruling reports what it decided
    # a speaker the parser took for an apposition of the noun before it, the cue for a coordinated
    # verb without a subject; with "and" before the cue it is a verb of the sentence's subject
    (
        "Japan offered to send a medical team of its Self-Defence Forces, the embassy in Manila said "
        "late on Friday.",
        [
            (
                "indirect",
                "Japan offered to send a medical team of its Self-Defence Forces",
                "the embassy in Manila",
                "said",
                None,
            )
        ],
    ),
    (
        "The minister met Ana Ruiz, the head of the union, and said the talks went well.",
        [("indirect", "the talks went well", "The minister", "said", None)],
    ),
    (
        "The former governor will remain in custody until the trial, the court ruled.",
        [
            (
                "indirect",
                "The former governor will remain in custody until the trial",
                "the court",
                "ruled",
                None,
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_quotes_table(stage, analyse, text, expected):
    quotes = stage(analyse(text), [], [])
    got = [
        (q.kind, q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.channel)
        for q in quotes
    ]
    assert got == expected
    for i, q in enumerate(quotes, 1):
        assert q.id == f"q{i}"
        assert text[q.start : q.end] == q.text


def test_nested_quote_points_to_its_container(stage, analyse):
    text = "“The detainee reported that their passports were seized,” the council said."
    outer, inner = stage(analyse(text), [], [])
    assert inner.within == outer.id
    assert outer.within is None


def test_relative_clause_speaker_nests_in_statement(stage, analyse):
    text = (
        "“Many were held for hours,” the council said in an online statement.\n\n"
        "The statement quoted a student who said she was questioned for ten hours."
    )
    first, second = stage(analyse(text), [], [])
    assert first.channel == "online statement"
    assert second.speaker.text == "a student"
    assert second.within == first.id


def test_quote_across_paragraphs_is_one_quote(stage, analyse):
    text = "“We will stay in the country for now.\n\n“And we will review it next year,” Lane said."
    (q,) = stage(analyse(text), [], [])
    assert q.kind == "direct"
    assert q.text.startswith("We will stay") and q.text.endswith("next year")
    assert q.speaker.text == "Lane"


def test_uncued_paragraph_continues_previous_speaker(stage, analyse):
    text = "“We will monitor the situation closely,” Lane said.\n\n“Our goal remains a stable Iraq.”"
    first, second = stage(analyse(text), [], [])
    assert second.cue is None
    assert second.speaker is first.speaker
    assert second.text == "Our goal remains a stable Iraq."


def test_two_part_quote_shares_its_cue(stage, analyse):
    text = "“We will go,” he said, “and we will win the vote next week.”"
    first, second = stage(analyse(text), [], [])
    assert (first.text, second.text) == ("We will go", "and we will win the vote next week.")
    assert first.cue == second.cue
    assert second.speaker.text == "he"


def test_speaker_links_to_entity_through_pronoun(stage, analyse):
    text = "Lane spoke to reporters.\n\n“We will not comment further on this,” he said."
    lane = Entity("e1", "Lane", "PERSON", (_mention(text, "Lane"), _mention(text, "he", "pronoun", 1)))
    (q,) = stage(analyse(text), [lane], [])
    assert q.speaker.entity == "e1"
    assert q.speaker.text == "he"


# text -> speaker text of the last quote: a pronoun takes up the unnamed speaker of the quote
# just before when the number agrees and no other sentence lies between
UNNAMED_PRONOUN_CASES = [
    (
        "Two diplomats, who spoke on condition of anonymity, said the deal was close. "
        "The talks could resume next week, they said.",
        "Two diplomats",
    ),
    ("A police spokesman said the suspect was armed. He fled on foot, he said.", "A police spokesman"),
    ("A police spokesman said the suspect was armed. The talks could resume, they said.", "they"),
    ("The book said the plan had failed. It was badly run, she said.", "she"),  # no person
    (
        "Two diplomats said the deal was close. Farmers blocked roads in the north. Prices rose. "
        "The talks could resume next week, they said.",
        "they",
    ),
]


# a speaker "it" takes up the subject of the sentence before when that names a body or a thing,
# not a person, a plural or a country
IT_CASES = [
    (
        "The port authority rejected the complaint on Monday. In a statement, it said the crane had passed "
        "every check.",
        "The port authority",
        "statement",
    ),
    ("The airline denied any fault. It said the engine had been serviced in March.", "The airline", None),
    ("Ana Ruiz left the room. It said the engine had been serviced in March.", "It", None),
    ("The pilots marched on Friday. It said the engine had been serviced in March.", "It", None),
    # a body's plural name
    (
        "The Lake Rangers of Dunmore closed the pier on Friday. It said the planks had rotted.",
        "The Lake Rangers of Dunmore",
        None,
    ),
]


@pytest.mark.parametrize(("text", "speaker", "channel"), IT_CASES)
def test_it_takes_up_the_body_named_before(stage, analyse, text, speaker, channel):
    quotes = stage(analyse(text), [], [])
    assert (quotes[-1].speaker.text, quotes[-1].channel) == (speaker, channel)


def _reparsed(an, changes: dict[int, tuple[int, str]]):
    """The analysis with parser errors written in ({token: (head, dep)}), so that a rule for such
    an error is checked whatever the model makes of the sentence."""
    doc = an.doc
    heads = [t.head.i for t in doc]
    deps = [t.dep_ for t in doc]
    for i, (head, dep) in changes.items():
        heads[i], deps[i] = head, dep
    new = Doc(
        doc.vocab,
        words=[t.text for t in doc],
        spaces=[bool(t.whitespace_) for t in doc],
        heads=heads,
        deps=deps,
        tags=[t.tag_ for t in doc],
        pos=[t.pos_ for t in doc],
        lemmas=[t.lemma_ for t in doc],
        ents=[f"{t.ent_iob_}-{t.ent_type_}" if t.ent_type_ else "O" for t in doc],
    )
    return dataclasses.replace(an, doc=new)


SPLIT = (
    "The army flew three trucks from Lusaka to feed people in the valley, and the main road was closed "
    "near Chongwe bridge after a flood, the district police said."
)
LIST = (
    "Both players were taken to Lisbon on Friday, Silva on a bus from Porto and Costa on a train, "
    "the club said in a statement."
)


def test_sentence_split_before_its_cue_is_joined(stage, analyse):
    """The parser ends a sentence at a rare word ("Chongwe" hung on "near", "bridge" the subject of
    "said", which starts a sentence of its own): what was said runs from the sentence's start to the
    comma before the speaker."""
    an = analyse(SPLIT)
    assert [t.text for t in an.doc[20:23]] == ["near", "Chongwe", "bridge"]
    split = _reparsed(an, {2: (2, "ROOT"), 21: (20, "pobj"), 22: (30, "nsubj")})
    assert len(list(split.doc.sents)) == 2
    (q,) = stage(split, [], [])
    assert (q.kind, q.speaker.text, q.text) == (
        "indirect",
        "the district police",
        SPLIT[: SPLIT.index(", the district")],
    )
    # after a full stop the cue's sentence is one of its own: "Police said." reports nothing
    assert stage(analyse("The army withdrew from the town. Police said."), [], []) == []


def test_trailing_speakers_before_a_second_report(stage, analyse):
    """ "…, including two women, elders and a local mayor said on Friday, while the army said …": the
    speakers after the last comma before the cue, though a contrasting report follows; a "while"
    clause that reports nothing leaves the sentence as the parser has it."""
    text = (
        "A drone strike on a market in northern Mali killed at least nine people, including two women, "
        "elders and a local mayor said on Friday, while the army said the strike had hit only militants."
    )
    speakers = [q.speaker.text for q in stage(analyse(text), [], [])]
    assert speakers == ["elders and a local mayor", "the army"]
    text = text.replace(
        ", while the army said the strike had hit only militants.", " while they were in Gao."
    )
    assert "elders and a local mayor" not in [q.speaker.text for q in stage(analyse(text), [], [])]


APPOSED_AFTER_QUOTE = (
    'The bank rejected the claim. "Our books are clean, not cooked," its chief economist, Sara Lind, '
    "told the radio."
)
COORDINATED_REPORT = (
    "The mill was closed after the fire. Three workers were treated for burns, the labour office said "
    "in a statement."
)


def test_speaker_hung_on_the_quotation_as_an_apposition(stage, analyse):
    """ "“…,” its chief economist, Sara Lind, told the radio": the parser hung the speaker's phrase on
    a noun of the quotation as an apposition, and the cue has no subject. What was said ends at the
    closing mark; the apposition speaks, with the name in apposition to it."""
    an = analyse(APPOSED_AFTER_QUOTE)
    assert [an.doc[8].text, an.doc[18].text, an.doc[22].text] == ["books", "economist", ","]
    text = APPOSED_AFTER_QUOTE
    lind = Entity("e1", "Sara Lind", "PERSON", (_mention(text, "Sara Lind"),))
    (q,) = stage(_reparsed(an, {18: (8, "appos"), 22: (8, "punct")}), [lind], [])
    assert (q.kind, q.text, q.speaker.text, q.speaker.entity) == (
        "direct",
        "Our books are clean, not cooked",
        "its chief economist",
        "e1",
    )
    # the cue parsed as a verb coordinated with the quotation's: the name beside it speaks
    (q,) = stage(
        _reparsed(an, {9: (9, "ROOT"), 23: (9, "conj"), 18: (8, "appos"), 22: (8, "punct")}), [lind], []
    )
    assert (q.kind, q.text, q.speaker.entity) == ("direct", "Our books are clean, not cooked", "e1")


def test_trailing_cue_coordinated_with_what_was_said(stage, analyse):
    """ "Three workers were treated for burns, the labour office said in a statement": the parser
    made the cue a verb coordinated with the reported one (no "and" between), with its own subject."""
    an = analyse(COORDINATED_REPORT)
    assert [an.doc[11].text, an.doc[18].text] == ["treated", "said"]
    (q,) = stage(_reparsed(an, {11: (11, "ROOT"), 18: (11, "conj")}), [], [])
    assert (q.kind, q.text, q.speaker.text, q.channel) == (
        "indirect",
        "Three workers were treated for burns",
        "the labour office",
        "statement",
    )
    # joined by "and", the two are clauses of their own: no report of what was before
    text = "The mill was closed after the fire, and the labour office said little."
    assert [q.text for q in stage(analyse(text), [], [])] == []


# text -> entity of a "he"/"she" speaker: when the last speaker cannot be meant (another gender, or
# no speaker before), the person named as the subject of the sentence just before, unless that
# sentence quotes someone, its subject names no person, or the name is of the other gender
PERSON_BEFORE_CASES = [
    (
        '"We will help," the minister, Eva Holm, said. Mayor Tom Berg lifted the order at noon. '
        '"I want answers," he said.',
        "e2",
    ),
    ('Mayor Tom Berg lifted the order at noon. "I want answers," he said.', "e2"),
    # the last speaker may be meant: the pronoun takes her up, as before
    (
        '"We will help," the minister, Eva Holm, said. Mayor Tom Berg lifted the order at noon. '
        '"I want answers," she said.',
        "e1",
    ),
    ('"We will help," Eva Holm said at the port. "I want answers," she said.', "e1"),
    (
        '"We will help," the minister said. The council lifted the order at noon. "I want answers," he said.',
        None,
    ),
]


@pytest.mark.parametrize(("text", "entity"), PERSON_BEFORE_CASES)
def test_pronoun_takes_up_the_person_named_before(stage, analyse, text, entity):
    people = [
        Entity(f"e{i}", name, "PERSON", (_mention(text, name),))
        for i, name in enumerate(("Eva Holm", "Tom Berg"), 1)
        if name in text
    ]
    quotes = stage(analyse(text), people, [])
    assert quotes[-1].speaker.entity == entity


def test_two_subjects_on_the_cue_take_the_nearer(stage, analyse):
    """A list's first name hung on the cue as a second subject: the subject next to the cue speaks."""
    an = analyse(LIST)
    assert [an.doc[9].text, an.doc[23].text] == ["Silva", "said"]
    (q,) = stage(_reparsed(an, {9: (23, "nsubj")}), [], [])
    assert (q.speaker.text, q.channel) == ("the club", "statement")


@pytest.mark.parametrize(("text", "speaker"), UNNAMED_PRONOUN_CASES)
def test_pronoun_takes_up_an_unnamed_speaker(stage, analyse, text, speaker):
    quotes = stage(analyse(text), [], [])
    assert quotes[-1].speaker.text == speaker
    assert quotes[-1].speaker.entity is None


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        ("Three observers attended, according to a statement from the ministry.", "statement"),
        ("Prices rose, according to a report by the central bank.", "report"),
        ("Three observers attended, according to the ministry.", None),
    ],
)
def test_according_to_a_document_names_the_channel(stage, analyse, text, channel):
    (q,) = stage(analyse(text), [], [])
    assert q.channel == channel


# the channel with the platform it went out on (a day after it is not a platform); a court's
# judgment or ruling
@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "The ministry said in a statement on its Telegram channel that it would respond.",
            "statement on its Telegram channel",
        ),
        (
            "The group said in a statement published on its website that it had released the men.",
            "statement published on its website",
        ),
        ("Lane said in an email on Sunday that he would not comment.", "email"),
        ("The council said in an online statement that it was worried.", "online statement"),
        # a participle cue ("…, saying") went out where its verb was posted: the speaker's own
        # page or a platform, not a place where something happened
        (
            "A gang calling itself RedTide claimed the attack on its website on Monday, saying it had "
            "stolen the records of 9,000 clients.",
            "website",
        ),
        ("The group posted a video on Telegram, saying it had shot down a drone.", "Telegram"),
        ("Officials met on the site on Monday, saying the dam had held.", None),
        ("The rebels fired on the town on Monday, saying it was a military target.", None),
        # a court speaks through its judgment or ruling
        ("In its judgment, the court said the council had relied on old reports.", "judgment"),
        ("The court said in its ruling that the ban was lawful.", "ruling"),
    ],
)
def test_channel_with_its_platform(stage, analyse, text, channel):
    (q,) = stage(analyse(text), [], [])
    assert q.channel == channel


def test_unnamed_spokesman_speaks_on_behalf_of(stage, analyse):
    text = "A spokesman for the minister of border security, Bill Blair, said the agency was not involved."
    blair = Entity("e1", "Bill Blair", "PERSON", (_mention(text, "Bill Blair"),))
    (q,) = stage(analyse(text), [blair], [])
    assert q.speaker.entity is None
    assert q.speaker.text == "A spokesman for the minister of border security"
    assert q.speaker.on_behalf_of == "e1"


# (text, the name in apposition, is it the speaker?): the role of a place or a body is held by
# the name beside it, even when the parser hangs the name on the place; a role of a person is
# not ("the wife of the minister, X": X may be the minister)
APPOSED_NAME_CASES = [
    (
        "The toll reached 40 by noon, the deputy commissioner of Thatta district, Ali Shah, told reporters.",
        "Ali Shah",
        True,
    ),
    ("The mayor of Kisumu, Rebecca Nime, said the roads were closed.", "Rebecca Nime", True),
    ("The wife of the minister, Jane Doe, said the agency was not involved.", "Jane Doe", False),
    # a proxy's role of a field or a body is held by the name too, unless it is a person's role
    ("Its secretary for fisheries, Omar Dia, said the quota was fair.", "Omar Dia", True),
    ("A spokeswoman for the ministry, Lea Roth, said the quota was fair.", "Lea Roth", True),
    ("A spokeswoman for the minister, Lea Roth, said the quota was fair.", "Lea Roth", False),
]


@pytest.mark.parametrize(("text", "name", "speaks"), APPOSED_NAME_CASES)
def test_name_in_apposition_to_a_role(stage, analyse, text, name, speaks):
    person = Entity("e1", name, "PERSON", (_mention(text, name),))
    (q,) = stage(analyse(text), [person], [])
    assert (q.speaker.entity == "e1") is speaks


def test_named_spokeswoman_is_the_speaker(stage, analyse):
    text = "“We will not comment,” the ministry's spokeswoman, Anna Lee, told Reuters."
    lee = Entity("e1", "Anna Lee", "PERSON", (_mention(text, "Anna Lee"),))
    ministry = Entity("e2", "ministry", "ORG", (_mention(text, "ministry", "nominal"),))
    (q,) = stage(analyse(text), [lee, ministry], [])
    assert (q.speaker.text, q.speaker.entity, q.speaker.on_behalf_of) == (
        "the ministry's spokeswoman",
        "e1",
        "e2",
    )
    assert q.channel == "Reuters"


@pytest.mark.parametrize("text", ["", "   \n\n  ", "No marks and no cue here."])
def test_article_without_quotes(stage, analyse, text):
    assert stage(analyse(text), [], []) == []


def test_quote_works_without_entities_or_times(stage, analyse):
    (q,) = stage(analyse("“It is over,” said Lane."), [], [])
    assert q.speaker.entity is None and q.date == "2020-01-05"  # no time: the story's day


def test_office_speaks_on_behalf_of_its_holder(stage, analyse):
    text = "“No one will ever be detained because of their religion,” Blair’s office said."
    blair = Entity("e1", "Bill Blair", "PERSON", (_mention(text, "Blair"),))
    (q,) = stage(analyse(text), [blair], [])
    assert q.speaker.text == "Blair’s office"
    assert q.speaker.on_behalf_of == "e1"


def test_date_from_time_on_cue(stage, analyse):
    text = "“We will continue to monitor the situation,” Lane said Sunday in an email."
    sunday = _mention(text, "Sunday")
    times = [Time(sunday.start, sunday.end, "Sunday", "DATE", "2020-01-05")]
    (q,) = stage(analyse(text), [], times)
    assert q.date == "2020-01-05"


# sentence, the time expression in it with its value -> the quote's date
DATE_CASES = [
    ("Lane said Sunday the mission was over.", "Sunday", "2020-01-05", "2020-01-05"),
    # a time right after the cue dates the saying, even where the parser hangs it on the clause
    ("Marcos said on Thursday he would convene the council.", "Thursday", "2020-01-02", "2020-01-02"),
    (
        "The commission said in a statement on Monday afternoon that it would decide.",
        "Monday afternoon",
        "2020-01-06TAF",
        "2020-01-06",
    ),  # the time of the channel; a part of day gives its day
    (
        "Njeri told reporters on Tuesday evening that the law would be enforced.",
        "Tuesday evening",
        "2020-01-07TEV",
        "2020-01-07",
    ),
    ("Lane said the troops left on Friday.", "Friday", "2020-01-03", None),  # inside the content
    ("He said Friday's vote was rigged.", "Friday", "2020-01-03", None),
    # a participle cue says it when the verb it goes with acts, not when the content happened
    (
        "The ministry rejected the plan on Tuesday, saying it was too costly.",
        "Tuesday",
        "2020-01-07",
        "2020-01-07",
    ),
    ("The union walked out on Monday, saying talks had failed.", "Monday", "2020-01-06", "2020-01-06"),
    ("The union walked out, saying talks had failed on Monday.", "Monday", "2020-01-06", None),
    (
        "The court rejected the appeal on Tuesday, saying the evidence was weak.",
        "Tuesday",
        "2020-01-07",
        "2020-01-07",
    ),
    ("The court rejected the appeal of the May 3 ruling, saying it was weak.", "May 3", "2019-05-03", None),
    # a subject after the cue takes the cue's phrases the parser hangs on it
    (
        '"The water is still rising," said Maria Okonkwo, who runs the shelter, '
        "at the school gate on Friday evening.",
        "Friday evening",
        "2020-01-03TEV",
        "2020-01-03",
    ),
    (
        '"The water is still rising," said Maria Okonkwo, a nurse from the Monday shift.',
        "Monday",
        "2020-01-06",
        None,
    ),
    # a cue coordinated with a verb shares what is fronted before both
    (
        "In a radio address on Tuesday evening, the governor promised new roads "
        "and said the dam would be repaired.",
        "Tuesday evening",
        "2020-01-07TEV",
        "2020-01-07",
    ),
    # a cue of no date of its own speaks on the day of the verb its subject did first ("visited
    # the site on Tuesday and said"); not in the year or month of it, nor when the cue has a
    # subject of its own
    (
        "The governor promised new roads on Tuesday and said the dam would be repaired.",
        "Tuesday",
        "2020-01-07",
        "2020-01-07",
    ),
    (
        "The mayor toured the flooded market on Wednesday and told traders that help was coming.",
        "Wednesday",
        "2020-01-08",
        "2020-01-08",
    ),
    (
        "The envoy met both leaders on Monday evening and said a truce was near.",
        "Monday evening",
        "2020-01-06TEV",
        "2020-01-06",
    ),
    ("Pieter Hals joined the bank in 2011 and said the job had changed.", "2011", "2011", None),
    ("Pieter Hals joined the bank in March and said the job had changed.", "March", "2020-03", None),
    (
        "The mayor toured the market on Wednesday and her deputy said that help was coming.",
        "Wednesday",
        "2020-01-08",
        None,
    ),
    # a participle of the occasion beside the speaker or the cue dates the words
    (
        "Kamau, talking to reporters after the meeting on Monday evening, said the deal was done.",
        "Monday evening",
        "2020-01-06TEV",
        "2020-01-06",
    ),
    (
        "Speaking at a rally in Mzuzu on Sunday, the president said the vote was fair.",
        "Sunday",
        "2020-01-05",
        "2020-01-05",
    ),
    ("Kamau, a teacher from the Monday class, said the deal was done.", "Monday", "2020-01-06", None),
    # a time fronted before the speaker, on the participle of the channel noun, dates the words
    (
        "In a letter released on Friday morning, her cousin, Rosa Lind, wrote that the family was safe.",
        "Friday morning",
        "2020-01-03TMO",
        "2020-01-03",
    ),
    (
        "In a letter released to the press, her cousin wrote that the family left on Friday.",
        "Friday",
        "2020-01-03",
        None,
    ),
    # or on the channel of the clause a participle cue goes with
    (
        "The union rejected the offer in a letter on Monday, saying wages were too low.",
        "Monday",
        "2020-01-06",
        "2020-01-06",
    ),
]


@pytest.mark.parametrize(
    ("text", "time", "value", "expected"), DATE_CASES, ids=[c[0][:40] for c in DATE_CASES]
)
def test_quote_date_table(stage, analyse, text, time, value, expected):
    m = _mention(text, time)
    times = [Time(m.start, m.end, time, "DATE", value)]
    quotes = stage(analyse(text), [], times)
    assert [q.date for q in quotes] == [expected]
    if expected:
        assert time not in quotes[0].text


# a quote whose sentence names no time at all was said on the day of the story (the publication
# date, 2020-01-05 here); not one told of in a relative clause, nor one with a time in it, nor
# one without a publication date
UNDATED_CASES = [
    ('"The law applies to everyone," the judge said as he read the verdict.', "2020-01-05", ["2020-01-05"]),
    ("The minister says the talks will resume.", "2020-01-05", ["2020-01-05"]),
    ("Lane said the troops left on Friday.", "2020-01-05", [None]),
    ("The statement quoted a student who said she was detained.", "2020-01-05", [None]),
    ('"The law applies to everyone," the judge said.', None, [None]),
]


@pytest.mark.parametrize(("text", "published", "expected"), UNDATED_CASES)
def test_undated_quote_takes_the_story_day(stage, analyse, text, published, expected):
    an = analyse(text, published=published)
    times = []
    if "Friday" in text:
        m = _mention(text, "Friday")
        times = [Time(m.start, m.end, "Friday", "DATE", "2020-01-03")]
    assert [q.date for q in stage(an, [], times)] == expected


def test_continuation_paragraph_keeps_date_and_channel(stage, analyse):
    text = (
        "“We came with goodwill,” Kamali said Wednesday in a statement. “But goodwill is not unlimited."
        "\n\n“If the other side keeps moving the goalposts, we will reconsider.”"
    )
    m = _mention(text, "Wednesday")
    times = [Time(m.start, m.end, "Wednesday", "DATE", "2025-03-12")]
    quotes = stage(analyse(text), [], times)
    # the second quote runs on over the paragraph break: one quote
    assert [q.speaker.text if q.speaker else None for q in quotes] == ["Kamali"] * 2
    assert [q.date for q in quotes] == ["2025-03-12"] * 2
    assert [q.channel for q in quotes] == ["statement"] * 2


def test_date_inside_content_is_not_the_quote_date(stage, analyse):
    text = "Lane said the troops left on Friday."
    friday = _mention(text, "Friday")
    times = [Time(friday.start, friday.end, "Friday", "DATE", "2020-01-03")]
    (q,) = stage(analyse(text), [], times)
    assert q.date is None


def test_seed_article(pipeline, request):
    """What the quotes stage gets right on the seed article, whatever the entity stage does."""
    text = seed_text()
    record = pipeline.process(text, published="2020-01-05")
    quotes = record.quotes
    by_content = {q.text[:30]: q for q in quotes}
    expected = [
        ("We will continue to monitor an", "direct", "said", "email", "Lane"),
        ("Our goal remains a united and ", "direct", None, "email", "Lane"),  # the email goes on
        ("whether Canada had plans to re", "indirect", "reveal", None, "Lane"),
        ("We will not comment further on", "direct", "said", None, "he"),
        ("that dozens of Iranians and Ir", "indirect", "reported", None, None),
        (
            "many more were reportedly deni",
            "indirect",
            "said",
            None,
            "The Council on American-Islamic Relations",
        ),
        ("The detainee reported that the", "direct", "said", "online statement", "the council"),
        (
            "she was detained and questione",
            "indirect",
            "said",
            None,
            "a 24-year-old American medical student",
        ),
        (
            "the Canada Border Services Age",
            "mixed",
            "said",
            None,
            "A spokesman for the minister of border security",
        ),
        ("All Canadian citizens, regardl", "direct", "said", None, "Blair’s office"),
    ]
    for start, kind, cue, channel, speaker in expected:
        q = by_content[start]
        assert q.kind == kind, start
        assert (q.cue.text if q.cue else None) == cue, start
        assert q.channel == channel, start
        if speaker is not None:
            assert q.speaker is not None and q.speaker.text == speaker, start
    assert [q.id for q in quotes] == [f"q{i}" for i in range(1, len(quotes) + 1)]
    assert all(text[q.start : q.end] == q.text for q in quotes)
    student = by_content["she was detained and questione"]
    council = by_content["The detainee reported that the"]
    assert student.within == council.id
    goal = by_content["Our goal remains a united and "]
    assert goal.speaker is by_content["We will continue to monitor an"].speaker


@pytest.mark.slow
@pytest.mark.gold
def test_polnear_dev_scores():
    """PolNeAR dev: conservative floors well under the measured figures (see the module report)."""
    from conftest import need_data
    from storyline.evaluate.quotes import evaluate

    scores = evaluate(need_data("polnear"), "dev")
    assert scores["articles"] > 50
    assert scores["content_overlap"]["precision"] >= 0.85
    assert scores["content_overlap_speech"]["recall"] >= 0.78
    assert scores["content_overlap_speech"]["f1"] >= 0.82
    assert scores["content_exact_speech"]["f1"] >= 0.72
    assert scores["cue"]["precision"] >= 0.88
    assert scores["cue_speech"]["recall"] >= 0.7
    assert scores["speaker_accuracy"] >= 0.88
    assert scores["speaker_accuracy_speech"] >= 0.9
    assert scores["timing"]["quotes_seconds"] > 0


def test_polnear_reader_parses_discontinuous_spans(tmp_path):
    from storyline.evaluate.quotes import read_ann

    ann = tmp_path / "a.ann"
    ann.write_text(
        "T1\tSource 0 4\tLane\nT2\tCue 5 9\tsaid\nT3\tContent 10 20;30 40\tabc def\n"
        "T4\tAttribution 5 9\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
        encoding="utf-8",
    )
    (att,) = read_ann(ann)
    assert att.content == ((10, 20), (30, 40))
    assert att.extent == (10, 40)
    assert att.source == ((0, 4),) and att.cue == ((5, 9),)


# gold source -> whether a speaker span over the antecedent counts as right
ANTECEDENT_CASES = [
    ("Barkley, who said he votes democratic, left.", "who", "Barkley", True),
    ("The senator, who said the plan failed, left.", "who", "The senator", True),
    ("Barkley said that he votes democratic.", "Barkley", "he", False),
]


@pytest.mark.parametrize(("text", "source", "speaker", "ok"), ANTECEDENT_CASES)
def test_relative_pronoun_source_stands_for_its_antecedent(analyse, text, source, speaker, ok):
    from storyline.evaluate.quotes import GoldAttribution, _hits, _with_antecedent

    doc = analyse(text).doc
    s = text.index(source)
    att = GoldAttribution(((0, 1),), (), ((s, s + len(source)),))
    spans = _with_antecedent(doc, att).source
    k = text.index(speaker)
    assert _hits(spans, k, k + len(speaker)) is ok


def test_scorer_counts_speech_cues_and_speakers_apart():
    from storyline.evaluate.quotes import GoldAttribution, _Counts, score_article
    from storyline.record import Quote, Span, Speaker

    text = "Lane said the border is open. Lane thinks the plan will fail."
    said = GoldAttribution(((10, 28),), ((5, 9),), ((0, 4),))
    thinks = GoldAttribution(((42, 61),), ((35, 41),), ((30, 34),))
    quote = Quote(10, 28, text[10:28], "q1", "indirect", Speaker(None, "Lane", 0, 4), Span(5, 9, "said"))
    counts = _Counts()
    score_article(text, [said, thinks], [quote], [], [True, False], counts)
    assert (counts["gold"], counts["gold_speech"], counts["gold_found_speech"]) == (2, 1, 1)
    assert (counts["cue_gold_ok"], counts["cue_gold_ok_speech"]) == (1, 1)
    assert (counts["speaker_ok_speech"], counts["speaker_total_speech"]) == (1, 1)


# one loader for the nouns for people the quotes and events stages share: word, in people_nouns()
PEOPLE_NOUNS = [
    ("policeman", True),  # event_actor_nouns.tsv
    ("abbot", True),  # event_person_nouns.txt
    ("book", False),
    ("account", False),
]


@pytest.mark.parametrize(("word", "expected"), PEOPLE_NOUNS)
def test_people_nouns_join_both_lists(word, expected):
    assert (word in people_nouns()) is expected
    assert people_nouns() == person_nouns() | set(actor_nouns())
    assert actor_nouns()["policeman"] == ("police", "person")


# (interview page, the answers found as quotes of the interviewee Ines Vaz)
INTERVIEW_CASES = [
    (
        "Ines Vaz runs the port. We spoke to Vaz about the strike.\n\nQ: Will the cranes stop?\n\n"
        "A: Only for a day.\n\nQ: And the ships?\n\nA: They will wait offshore.\n",
        ["Only for a day.", "They will wait offshore."],
    ),
    (
        "In an interview, the port chief Ines Vaz spoke about the strike.\n\n**Will the cranes stop?**\n\n"
        "Only for a day.\n\n**And the ships?**\n\nThey will wait offshore.\n\nSome may turn back.\n",
        ["Only for a day.", "They will wait offshore.", "Some may turn back."],
    ),
    # questions in a story that is no interview, or a single question, give no answers
    (
        "The port chief Ines Vaz met the union.\n\nWill the cranes stop?\n\nNobody knows.\n\n"
        "And the ships?\n\nThey wait offshore.\n",
        [],
    ),
    ("Ines Vaz runs the port. We spoke to Vaz.\n\nQ: Will the cranes stop?\n\nA: Only for a day.\n", []),
]


@pytest.mark.parametrize(("text", "answers"), INTERVIEW_CASES)
def test_interview_answers_are_the_interviewees(stage, analyse, text, answers):
    vaz = Entity(
        "e1",
        "Ines Vaz",
        "PERSON",
        tuple(_mention(text, w, nth=n) for w, n in (("Vaz", 0), ("Vaz", 1)) if text.count("Vaz") > n),
    )
    quotes = [q for q in stage(analyse(text), [vaz], []) if q.channel == "interview"]
    assert [q.text for q in quotes] == answers
    assert all(q.speaker.entity == "e1" and q.kind == "direct" for q in quotes)


# an abbreviated title before a name ("Insp.", "Lt. Cmdr.", "Supt."): the parser ends a sentence at its
# full stop, cutting the title off the name and the cue; the quote before still gets the cue, and the
# speaker the title. (text, sentences the parser makes, kind, content, speaker, channel)
TITLE_SPLIT_CASES = [
    (
        '"Two of the injured are in critical condition," Police Insp. Rajesh Mehta told journalists.',
        2,
        "direct",
        "Two of the injured are in critical condition",
        "Police Insp. Rajesh Mehta",
        None,
    ),
    (
        '"We expect to reach the wreck by Thursday," Navy Cmdr. Ray Quintero said during a briefing in Cebu.',
        2,
        "direct",
        "We expect to reach the wreck by Thursday",
        "Navy Cmdr. Ray Quintero",
        "briefing",
    ),
    (
        'The ferry "had every permit it needed", a fleet spokesman, Lt. Cmdr. Tomas Reyes, said.',
        2,
        "mixed",
        'The ferry "had every permit it needed"',
        "Lt. Cmdr. Tomas Reyes",
        None,
    ),
    (
        "The bridge was closed to lorries after the inspection, Fire Brigade Chief Supt. Hannah Brooks said.",
        2,
        "indirect",
        "The bridge was closed to lorries after the inspection",
        "Fire Brigade Chief Supt. Hannah Brooks",
        None,
    ),
    # not split: the speaker phrase as before
    (
        'The ferry "had every permit it needed", an army spokesman, Lt. Col. Tomas Reyes, said.',
        1,
        "mixed",
        'The ferry "had every permit it needed"',
        "an army spokesman",
        None,
    ),
]


@pytest.mark.parametrize(("text", "sentences", "kind", "content", "speaker", "channel"), TITLE_SPLIT_CASES)
def test_title_abbreviation_split_keeps_the_cue(
    stage, analyse, text, sentences, kind, content, speaker, channel
):
    an = analyse(text)
    assert len(list(an.doc.sents)) == sentences
    name = speaker.split()[-2] + " " + speaker.split()[-1]
    person = Entity("e1", name, "PERSON", (_mention(text, name),)) if name in text else None
    (q,) = stage(an, [person] if person else [], [])
    assert (q.kind, q.text, q.speaker.text, q.channel) == (kind, content, speaker, channel)


def test_title_split_speaker_carries_on(stage, analyse):
    """The pronoun of the next quote takes up the speaker found across the split."""
    text = (
        '"Two of the injured are in critical condition," Police Insp. Rajesh Mehta told journalists. '
        '"The others will go home tonight," he said.'
    )
    mehta = Entity("e1", "Rajesh Mehta", "PERSON", (_mention(text, "Rajesh Mehta"),))
    first, second = stage(analyse(text), [mehta], [])
    assert (first.speaker.entity, second.speaker.text, second.speaker.entity) == ("e1", "he", "e1")


# (text, quotes as (kind, content, speaker, cue, channel)): contents the parser hangs away from the cue
HUNG_CONTENT_CASES = [
    # "accused X of …": the preposition hangs on the object
    (
        'The mayor accused the rebels of "burning every bridge into the valley".',
        [("direct", "burning every bridge into the valley", "The mayor", "accused", None)],
    ),
    (
        "The mayor accused the rebels of burning every bridge into the valley.",
        [("indirect", "burning every bridge into the valley", "The mayor", "accused", None)],
    ),
    # the last such preposition in the object, past the object's own ("the head of the agency")
    (
        "The senator accused the head of the agency of lying to parliament.",
        [("indirect", "lying to parliament", "The senator", "accused", None)],
    ),
    # the gerund the parser hangs on the preposition's object as a modifier ("smuggling diesel" as
    # a compound noun, "looting shops" as an adjective) is still the act the object is accused of
    (
        "Auditors accused the company of smuggling fuel.",
        [("indirect", "smuggling fuel", "Auditors", "accused", None)],
    ),
    (
        "Herders accused the rangers of burning huts.",
        [("indirect", "burning huts", "Herders", "accused", None)],
    ),
    # an "-ing" noun that opens no act is the object's own: "residents of the fishing villages"
    ("The police warned residents of fishing villages.", []),
    # a noun after the object's preposition is the object's own: no warning "of the area"
    ("The police warned residents of the area.", []),
    (
        "The police warned residents of Kisumu to stay indoors.",
        [("indirect", "residents of Kisumu to stay indoors", "The police", "warned", None)],
    ),
    # what a document found: a report of it; what rescuers found is none
    (
        "Nearly a third of the wells in the district had run dry, the study found.",
        [
            (
                "indirect",
                "Nearly a third of the wells in the district had run dry",
                "the study",
                "found",
                None,
            )
        ],
    ),
    (
        "The survey showed that most herders had sold their goats.",
        [("indirect", "that most herders had sold their goats", "The survey", "showed", None)],
    ),
    ("Rescuers found the boat near the reef.", []),
    # "according to" after coordinated clauses covers all of them
    (
        "Soldiers closed the market, searched several shops and detained nine traders, according to the "
        "district police.",
        [
            (
                "indirect",
                "Soldiers closed the market, searched several shops and detained nine traders",
                "the district police",
                "according to",
                None,
            )
        ],
    ),
    # a speaker the parser hung as an apposition on a fronted phrase
    (
        "In Bamako, the agency's regional director, Tom Weller, told journalists the clinics had run out "
        "of vaccines.",
        [
            (
                "indirect",
                "the clinics had run out of vaccines",
                "the agency's regional director, Tom Weller",
                "told",
                None,
            )
        ],
    ),
    (
        "Speaking in Nairobi, the fund's regional director, Hiba Nasser, said grain stocks would run out "
        "by June.",
        [
            (
                "indirect",
                "grain stocks would run out by June",
                "the fund's regional director, Hiba Nasser",
                "said",
                None,
            )
        ],
    ),
    # "took to Instagram, writing …": the platform is the channel
    (
        "The senator took to Instagram, writing that its auditors had never visited the mine.",
        [("indirect", "that its auditors had never visited the mine", "The senator", "writing", "Instagram")],
    ),
    # a participle the tagger took for a noun, with the quotation as its clause
    (
        'The minister defended the levy in a Facebook post, writing: "Nobody will be left behind."',
        [("direct", "Nobody will be left behind.", "The minister", "writing", "Facebook post")],
    ),
    (
        'The minister said he would appeal in a Facebook post, writing: "Nobody will be left behind."',
        [
            ("indirect", "he would appeal in a Facebook post", "The minister", "said", None),
            ("direct", "Nobody will be left behind.", "The minister", "writing", "Facebook post"),
        ],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), HUNG_CONTENT_CASES, ids=[c[0][:40] for c in HUNG_CONTENT_CASES]
)
def test_content_hung_away_from_the_cue(stage, analyse, text, expected):
    quotes = stage(analyse(text), [], [])
    got = [
        (q.kind, q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.channel)
        for q in quotes
    ]
    assert got == expected


CAPTION = (
    "Luz Marina Quispe Mamani, the head of the market vendors' association, addresses a rally in El Alto "
    'on Friday. "They cannot ignore us any longer," she told the vendors.'
)


@pytest.mark.parametrize(
    ("text", "kind", "entity"),
    [
        (CAPTION, "PERSON", "e1"),
        # the tagger took the name for a body: a noun for a person in apposition says it is one
        (CAPTION, "ORG", "e1"),
        (
            CAPTION.replace("the head of the market vendors' association", "a market in the hills"),
            "ORG",
            None,
        ),
        (CAPTION, "GPE", None),
    ],
)
def test_pronoun_takes_up_a_name_with_a_person_apposition(stage, analyse, text, kind, entity):
    name = "Luz Marina Quispe Mamani"
    ent = Entity("e1", name, kind, (_mention(text, name),))
    (q,) = stage(analyse(text), [ent], [])
    assert (q.speaker.text, q.speaker.entity) == ("she", entity)


# a speech verb coordinated with a passive reported clause shares the reporter's subject, not the
# passive's patients (a count of people is not who accused)
@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        (
            "The Tarvik Water Board closed two reservoirs. It said forty families were moved and accused "
            'the contractor of "cutting corners for years."',
            "accused",
            "The Tarvik Water Board",
        ),
        (
            "The police said three men were charged and told reporters the case was closed.",
            "told",
            "The police",
        ),
        # an active reported clause keeps its own subject
        ("Two guards were arrested and later said they had been beaten.", "said", "Two guards"),
    ],
)
def test_cue_coordinated_with_passive_report_takes_the_reporter(stage, analyse, text, cue, speaker):
    q = next(q for q in stage(analyse(text), [], []) if q.cue.text == cue)
    assert q.speaker.text == speaker


# a speaker "they" takes up a plural group of people or an organisation's name that is the subject
# of the sentence before (the pronoun stands when the group has an entity)
THEY_CASES = [
    (
        "The dock workers gave another version. In a statement relayed by the Estlund Press Service, they "
        "said the crane had collapsed at noon.",
        "The dock workers",
        None,
        "statement",
    ),
    (
        "The airport's controllers stopped work on Sunday. They said the radar had failed twice.",
        "The airport's controllers",
        None,
        None,
    ),
    ("Prices rose sharply in March. They said the harvest was poor.", "They", None, None),  # no group
    ("The Velmari Fishers' Guild met on Monday. They said the quota was unfair.", "They", "e1", None),
]


@pytest.mark.parametrize(("text", "speaker", "entity", "channel"), THEY_CASES)
def test_they_takes_up_the_group_named_before(stage, analyse, text, speaker, entity, channel):
    guild = "Velmari Fishers' Guild"
    ents = [Entity("e1", guild, "ORG", (_mention(text, guild),))] if guild in text else []
    (q,) = stage(analyse(text), ents, [])
    assert (q.speaker.text, q.speaker.entity, q.channel) == (speaker, entity, channel)


# channels the cue shares: a phrase hung on an inverted subject, the channel of a verb coordinated
# before the cue, an "according to" a document closing the reported clause (no quote of its own)
SHARED_CHANNEL_CASES = [
    (
        '"The bridge will reopen soon," said the governor, Marta Kell, in a radio interview on Monday.',
        "The bridge will reopen soon",
        "radio interview",
    ),
    (
        "The coach apologised to the fans in a radio message and added that the team had let them down.",
        "that the team had let them down",
        "radio message",
    ),
    (
        "The union said the strike would go on, according to a bulletin issued on Friday night.",
        "the strike would go on",
        "bulletin",
    ),
    (
        "The ferry line said all crossings had resumed, according to a notice posted on its website.",
        "all crossings had resumed",
        "notice posted on its website",
    ),
    (
        '"The roads are clear," said a police spokesman, Tomas Wirth, in a bulletin on Sunday.',
        "The roads are clear",
        "bulletin",
    ),
    # a coordinated verb with its own subject keeps its channel to itself
    (
        "The club denied it in a letter and the players said the pay was late.",
        "the pay was late",
        None,
    ),
    # an "according to" a person is a source, not a channel: a quote of its own
    (
        "The union said the strike would go on, according to two members.",
        "the strike would go on, according to two members",
        None,
    ),
]


@pytest.mark.parametrize(("text", "content", "channel"), SHARED_CHANNEL_CASES)
def test_cue_shares_a_channel(stage, analyse, text, content, channel):
    quotes = stage(analyse(text), [], [])
    q = next(q for q in quotes if q.cue.text != "according to")
    assert (q.text, q.channel) == (content, channel)
    assert sum(q.cue.text == "according to" for q in quotes) == (channel is None and "according" in text)


def test_according_to_a_document_dates_the_report(stage, analyse):
    text = "The union said the strike would go on, according to a bulletin issued on Friday night."
    m = re.search("Friday night", text)
    times = [Time(m.start(), m.end(), "Friday night", "TIME", "2024-03-01TNI")]
    (q,) = stage(analyse(text), [], times)
    assert (q.text, q.channel, q.date) == ("the strike would go on", "bulletin", "2024-03-01")
