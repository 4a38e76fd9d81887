"""Entities and actors: tables of text -> expected entities, negative cases, the seed article."""

from __future__ import annotations

import pycountry
import pytest
from spacy.tokens import Span

from conftest import need_data, seed_gold, seed_text
from storyline.knowledge import load_json, load_tsv
from storyline.record import Entity
from storyline.stages.common import article_spellings
from storyline.stages.entities import SECTOR_CODES


def find(ents: list[Entity], name: str) -> Entity:
    """The entity called ``name`` (by name or any mention text)."""
    for e in ents:
        if e.name == name or any(m.text == name for m in e.mentions):
            return e
    raise AssertionError(f"{name!r} not in {[e.name for e in ents]}")


# text, entity name, type, mention texts (in order), attributes that must be present, actor country
CASES = [
    (
        "Iranian General Qassem Soleimani was killed on Friday. Soleimani led the Quds Force.",
        "Qassem Soleimani",
        "PERSON",
        ["Qassem Soleimani", "Soleimani"],
        {"title": "General", "nationality": "Iranian"},
        "IRN",
    ),
    (
        "Tensions rose after US President Donald Trump spoke on Friday.",
        "Donald Trump",
        "PERSON",
        ["Donald Trump"],
        {"title": "President", "nationality": "US"},
        "USA",
    ),
    (
        "Our goal remains a stable Iraq and to prevent Daesh from re-appearing.",
        "Daesh",
        "ORG",
        ["Daesh"],
        {},
        None,
    ),
    (
        "A spokesman for the minister of public safety, Anne Dupont, said the Canada Border Services "
        "Agency was not involved. “Nobody was detained,” Dupont’s office said.",
        "Anne Dupont",
        "PERSON",
        ["Anne Dupont", "Dupont"],
        {"role": "minister of public safety"},
        "CAN",
    ),
    (
        "A spokesman said the Canada Border Services Agency was not involved.",
        "Canada Border Services Agency",
        "ORG",
        ["Canada Border Services Agency"],
        {},
        "CAN",
    ),
    (
        "The Council on American-Islamic Relations said many were detained. The council said in a statement "
        "that it was worried.",
        "Council on American-Islamic Relations",
        "ORG",
        ["Council on American-Islamic Relations", "The council"],
        {},
        "USA",
    ),
    (
        "This report from The Canadian Press was first published on January 5, 2020.",
        "The Canadian Press",
        "ORG",
        ["The Canadian Press"],
        {},
        "CAN",
    ),
    (
        "Iranians protested in London. Iranian officials said Iran would respond.",
        "Iranians",
        "NORP",
        ["Iranians", "Iranian"],
        {"country": "IRN"},
        "IRN",
    ),
    (
        "Iranians protested in London. Iranian officials said Iran would respond.",
        "Iran",
        "GPE",
        ["Iran"],
        {},
        "IRN",
    ),
    (
        "John Ortiz, 24, was arrested in Ohio on Monday.",
        "John Ortiz",
        "PERSON",
        ["John Ortiz"],
        {"age": 24},
        None,
    ),
    (
        "When asked, Lane would not reveal whether Canada had plans to remove its soldiers from Iraq.\n\n"
        "“We will not comment further on this,” he said.",
        "Lane",
        "PERSON",
        ["Lane", "he"],
        {},
        None,
    ),
    (
        "When asked, Lane would not reveal whether Canada had plans to remove its soldiers from Iraq.",
        "Canada",
        "GPE",
        ["Canada", "its"],
        {},
        "CAN",
    ),
    (
        "Islamic State, also known as ISIS, claimed the attack. The group said its fighters were killed.",
        "Islamic State",
        "ORG",
        ["Islamic State", "ISIS", "The group"],
        {},
        None,
    ),
    (
        "The World Health Organization (WHO) warned of an outbreak on Tuesday.",
        "World Health Organization",
        "ORG",
        ["World Health Organization", "WHO"],
        {},
        None,
    ),
    (
        "The mission, led by Brigadier General Ann Roberts, is under Australian command.",
        "Ann Roberts",
        "PERSON",
        ["Ann Roberts"],
        {"title": "Brigadier General", "country_basis": "context-sentence"},
        "AUS",
    ),
    # a news agency in the sentence says nothing of a person's country: the town his paragraph
    # names before him does
    (
        "LOME, Togo (Reuters) - Protests went on in Lome. Kofi Adjei, a spokesman for the "
        "coalition, told Reuters by phone that the group would march again.",
        "Kofi Adjei",
        "PERSON",
        ["Kofi Adjei"],
        {"role": "spokesman for the coalition", "country_basis": "context-paragraph"},
        "TGO",
    ),
    # a name the model leaves untagged, in apposition with a role noun, is a person
    (
        'Torvald Reksten, a lawyer for the family, said the appeal would go ahead. "We will win," he said.',
        "Torvald Reksten",
        "PERSON",
        ["Torvald Reksten", "he"],
        {"role": "lawyer for the family"},
        None,
    ),
]


@pytest.mark.parametrize(("text", "name", "type_", "mentions", "attrs", "country"), CASES)
def test_entity_table(entities, text, name, type_, mentions, attrs, country):
    ents = entities(text)
    ent = find(ents, name)
    assert ent.name == name
    assert ent.type == type_
    assert [m.text for m in ent.mentions] == mentions
    for key, value in attrs.items():
        assert ent.attributes.get(key) == value, (key, ent.attributes)
    assert (ent.actor.country if ent.actor else None) == country


# text, entity, mention text, kind
KINDS = [
    ("Iranian General Qassem Soleimani died. Soleimani was 62.", "Qassem Soleimani", "Soleimani", "alias"),
    ("Daesh, or ISIS, lost ground.", "Daesh", "ISIS", "alias"),
    ("Iranian leaders met. Iranians protested.", "Iranians", "Iranian", "demonym"),
    ("Lane said Sunday he was pleased.", "Lane", "he", "pronoun"),
    (
        "The Council on American-Islamic Relations said so. The council repeated it.",
        "The council",
        "The council",
        "nominal",
    ),
    ("US President Donald Trump spoke.", "Donald Trump", "Donald Trump", "name"),
]


@pytest.mark.parametrize(("text", "name", "mention", "kind"), KINDS)
def test_mention_kinds(entities, text, name, mention, kind):
    ent = find(entities(text), name)
    assert [m.kind for m in ent.mentions if m.text == mention] == [kind]


# actor resolution: text, entity, (country, sector, code)
ACTORS = [
    ("Iranian General Qassem Soleimani was killed.", "Qassem Soleimani", ("IRN", "military", "IRNMIL")),
    ("US President Donald Trump spoke.", "Donald Trump", ("USA", "government", "USAGOV")),
    ("NATO suspended the mission.", "NATO", (None, "IGO", "IGONAT")),
    ("Daesh claimed the attack.", "Daesh", (None, "rebel", "IMGMOSISI")),
    ("With files from the Associated Press.", "Associated Press", ("USA", "media", "USAMED")),
    ("Canada has 250 soldiers in Iraq.", "Canada", ("CAN", None, "CAN")),
    (
        "The Ontario Provincial Police said two men were arrested.",
        "Ontario Provincial Police",
        ("CAN", "police", "CANCOP"),
    ),
    (
        "Canadian Prime Minister Justin Trudeau said Canada would help.",
        "Justin Trudeau",
        ("CAN", "government", "CANGOV"),
    ),
    # the dictionary matches tokens: a hyphenated alias spaced out in the text still resolves
    ("MOSCOW, June 3 (ITAR - TASS) -- Russia said it would help.", "ITAR - TASS", ("RUS", "media", "RUSMED")),
    # national armed forces, police and intelligence services under the names the press uses,
    # whatever the model tagged them (PERSON, GPE)
    ("The Bundeswehr sent two helicopters to Bavaria.", "Bundeswehr", ("DEU", "military", "DEUMIL")),
    ("The Carabinieri arrested two men in Naples.", "Carabinieri", ("ITA", "police", "ITACOP")),
    ("The Tatmadaw said troops had returned fire.", "Tatmadaw", ("MMR", "military", "MMRMIL")),
    ("Shin Bet questioned the suspect.", "Shin Bet", ("ISR", "government", "ISRGOV")),
]


# a word that names a unit or service with a number ("numbered" cues): one organisation
NUMBERED = [
    ("Rescue 1155 teams pulled two men from the river.", "Rescue 1155"),
    ("Officers of Unit 8200 were questioned in Tel Aviv.", "Unit 8200"),
    ("A spokesman for Unit 731 denied it. Task Force 88 took over the patrol.", "Task Force 88"),
]
# ... but not a number joined to more digits, a flight, or a lower-case noun before a count
NOT_NUMBERED = [
    ("Unit 4-2 was disbanded last year.", "Unit 4"),
    ("Flight 370 vanished in 2014.", "Flight 370"),
    ("The unit lost 200 men.", "unit 200"),
]


# an untagged capitalised name right after a noun that says it is an organisation ("the
# charity X"); not a weekday, a place, a name that goes on past "in", nor a person's name
CUED_ORGANISATIONS = [
    (
        "The Dutch charity Zee Redders said its volunteers had reached the camp.",
        "Zee Redders",
        "ORG",
    ),
    ("The mine is run by the mining company Andes Oro, officials said.", "Andes Oro", "ORG"),
]
NOT_CUED_ORGANISATIONS = [
    ("The company Monday said profits rose.", "Monday"),
    ("The New York-based group Human Rights in China said he was held.", "Human Rights"),
]


@pytest.mark.parametrize(("text", "name", "type_"), CUED_ORGANISATIONS)
def test_name_after_an_organisation_noun(entities, text, name, type_):
    assert find(entities(text), name).type == type_


@pytest.mark.parametrize(("text", "name"), NOT_CUED_ORGANISATIONS)
def test_no_organisation_from_the_noun_alone(entities, text, name):
    assert not any(e.name == name and e.type == "ORG" for e in entities(text))


@pytest.mark.parametrize(("text", "name"), NUMBERED)
def test_numbered_unit_is_an_organisation(entities, text, name):
    ent = find(entities(text), name)
    assert ent.type == "ORG" and ent.name == name


@pytest.mark.parametrize(("text", "name"), NOT_NUMBERED)
def test_not_a_numbered_name(entities, text, name):
    assert not any(m.text == name for e in entities(text) for m in e.mentions)


@pytest.mark.parametrize(("text", "name", "actor"), ACTORS)
def test_actor_resolution(entities, text, name, actor):
    ent = find(entities(text), name)
    assert ent.actor is not None
    assert (ent.actor.country, ent.actor.sector, ent.actor.code) == actor


# texts with no entity at all: dates, numbers, months, pronouns without antecedent
NEGATIVE = [
    "He said on Friday that 250 soldiers arrived in May.",
    "The talks ended in May 2019 after more than 10 hours.",
    "She said they were detained for three days.",
    "Dozens of people were questioned on January 5, 2020.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_entities(entities, text):
    assert entities(text) == []


@pytest.mark.parametrize(
    "text",
    ["Stavanger Energi, the Norwegian utility, said profits rose.", "Oslo, the Norwegian capital, was calm."],
)
def test_apposition_without_a_role_gives_no_person(entities, text):
    assert [e.name for e in entities(text) if e.type == "PERSON"] == []


# a page's publisher, as the reader found it, is an organisation wherever it is written
PUBLISHER_CASES = [
    (
        "Floods hit coast\n\nBy Jo Roe\n\nRivers rose on Monday in Lagos, officials said.\n\n"
        "© 2025 Harbour Ledger. All rights reserved.",
        "Harbour Ledger",
        "ORG",
    ),
    (
        "The Valley Courier\nHome > World > Asia\n\nFloods kill 12\n\nMeera Joshi\n"
        "Published: 2025-07-17 10:30 IST\n\nRivers rose, The Valley Courier reported.",
        "The Valley Courier",
        "ORG",
    ),
    # without a copyright line or a site name above the navigation there is no publisher to go by
    ("Rivers rose on Monday, Harbour Ledger said.\n\nMore rain is due.", "Harbour Ledger", None),
]


@pytest.mark.parametrize(("text", "name", "type_"), PUBLISHER_CASES)
def test_publisher_is_an_organisation(entities, text, name, type_):
    ents = [e for e in entities(text) if e.name == name]
    if type_ is None:
        assert all(e.type != "ORG" for e in ents) or not ents
    else:
        assert [e.type for e in ents] == [type_]


def test_month_is_not_a_surname(entities):
    ents = entities("The vote was on May 5. Theresa May spoke in May.")
    may = find(ents, "Theresa May")
    assert [m.text for m in may.mentions] == ["Theresa May"]
    assert may.actor is not None and may.actor.country == "GBR"


def test_pronoun_without_person_antecedent_stays_unlinked(entities):
    text = (
        "The Council on American-Islamic Relations said many were denied entry.\n\n"
        "The statement quoted a 24-year-old American medical student who said she was detained."
    )
    ents = entities(text)
    assert not [m for e in ents for m in e.mentions if m.text == "she"]
    assert not [e for e in ents if e.type == "PERSON"]


def test_pronoun_gender_and_person_noun_block(entities):
    text = "Mary Jones, the mayor of Springfield, said she was shocked. A student who saw it said he ran."
    ents = entities(text)
    jones = find(ents, "Mary Jones")
    assert [m.text for m in jones.mentions if m.kind == "pronoun"] == ["she"]
    assert not [m for e in ents for m in e.mentions if m.text == "he"]


def test_object_pronoun_skips_its_own_subject(entities):
    ents = entities("Mary Blige sang to Anna Clark before asking her a question.")
    assert [m.text for m in find(ents, "Anna Clark").mentions] == ["Anna Clark", "her"]
    assert [m.text for m in find(ents, "Mary Blige").mentions] == ["Mary Blige"]


def test_organisation_short_form_and_place_country(entities):
    ents = entities("The New York Post reported the story. The Post said the police were called.")
    post = find(ents, "New York Post")
    assert [(m.text, m.kind) for m in post.mentions] == [("New York Post", "name"), ("Post", "alias")]
    assert post.actor is not None and (post.actor.country, post.actor.sector) == ("USA", "media")


def test_dateline_in_capitals(entities):
    ents = entities("BAGHDAD (AP) - Iraqi Prime Minister Adel Abdul Mahdi said Iraq would expel US troops.")
    assert find(ents, "BAGHDAD").attributes["country"] == "IRQ"
    assert find(ents, "AP").actor.name == "Associated Press"
    assert find(ents, "Iraq").id != find(ents, "Iraqi").id
    assert find(ents, "US").actor.name == "United States"


def test_title_words_are_not_entities(entities):
    ents = entities("U.S. Secretary of State Mike Pompeo told the council that Iran was responsible.")
    assert "State" not in [e.name for e in ents]
    pompeo = find(ents, "Mike Pompeo")
    assert pompeo.attributes["title"] == "Secretary of State"
    assert pompeo.actor is not None and pompeo.actor.code == "USAGOV"


def test_leading_article_dropped_but_kept_in_proper_names(entities):
    text = "The report came from The Canadian Press. Officers of the Canada Border Services Agency spoke."
    names = [e.name for e in entities(text)]
    assert "The Canadian Press" in names
    assert "Canada Border Services Agency" in names


def test_possessive_excluded_from_mention(entities):
    ents = entities("Prime Minister Justin Trudeau spoke. Trudeau’s office said nothing.")
    trudeau = find(ents, "Justin Trudeau")
    assert [m.text for m in trudeau.mentions] == ["Justin Trudeau", "Trudeau"]


# --- invariants on the seed article --------------------------------------------------------

GOLD_SEED = {
    # gold name: (type, actor country or None, title or None)
    "NATO": ("ORG", None, None),
    "Qassem Soleimani": ("PERSON", "IRN", "General"),
    "Jennie Carignan": ("PERSON", "CAN", "Major General"),
    "Lane": ("PERSON", None, None),
    "Daesh": ("ORG", None, None),
    "Donald Trump": ("PERSON", "USA", "President"),
    "Council on American-Islamic Relations": ("ORG", "USA", None),
    "Bill Blair": ("PERSON", "CAN", None),
    "Canada Border Services Agency": ("ORG", "CAN", None),
    "The Canadian Press": ("ORG", "CAN", None),
    "Associated Press": ("ORG", "USA", None),
    "Terry Pedwell": ("PERSON", None, None),
}


@pytest.fixture(scope="module")
def seed_record(pipeline):
    text = seed_text()
    return pipeline.process(text, published="2020-01-05")


def test_seed_gold_entities(seed_record):
    gold = seed_gold()
    assert {g["name"] for g in gold["entities"]} == set(GOLD_SEED)
    by_name = {e.name: e for e in seed_record.entities}
    for name, (type_, country, title) in GOLD_SEED.items():
        ent = by_name[name]
        assert ent.type == type_, name
        assert (ent.actor.country if ent.actor else None) == country, name
        assert ent.attributes.get("title") == title, name
    assert by_name["Bill Blair"].attributes["role"] == "minister of border security"
    assert [m.text for m in by_name["Qassem Soleimani"].mentions] == [
        "Qassem Soleimani",
        "Soleimani",
        "Soleimani",
    ]
    assert [m.text for m in by_name["Lane"].mentions] == ["Lane", "Lane", "he"]
    assert [m.kind for m in by_name["Council on American-Islamic Relations"].mentions] == ["name", "nominal"]
    assert by_name["Associated Press"].actor.sector == "media"
    assert by_name["NATO"].actor.sector == "IGO"
    assert by_name["Daesh"].actor.name == "Islamic State"


def test_seed_invariants(seed_record):
    text = seed_record.article.text
    ents = seed_record.entities
    assert [e.id for e in ents] == [f"e{i}" for i in range(1, len(ents) + 1)]
    # named entities in order of first mention (generic argument entities the events stage adds
    # after them, ``attributes["generic"]``, come last)
    firsts = [e.mentions[0].start for e in ents if not e.attributes.get("generic")]
    assert firsts == sorted(firsts)
    for e in ents:
        assert e.type in {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "OTHER"}
        assert list(e.mentions) == sorted(e.mentions, key=lambda m: (m.start, m.end))
        for m in e.mentions:
            assert text[m.start : m.end] == m.text
            assert m.kind in {"name", "alias", "pronoun", "nominal", "demonym"}
    mentions = [(m.start, m.end) for e in ents for m in e.mentions]
    assert len(mentions) == len(set(mentions))
    # NORP entities stay apart from their country, with the same actor country
    iranians = next(e for e in ents if e.name == "Iranians")
    iran = next(e for e in ents if e.name == "Iran")
    assert iranians.id != iran.id and iranians.actor.country == iran.actor.country == "IRN"


# "they"/"them"/"their": text, pronoun, entity it must join (None: left unlinked)
PLURAL = [
    ("The Houthis fired missiles at ships. They said the attacks would go on.", "They", "Houthis"),
    ("Iranians took to the streets on Friday. They chanted slogans.", "They", "Iranians"),
    # a plural subject between the group and the pronoun is what "they" more likely means
    ("Iranians took to the streets. Police officers said they had arrested dozens.", "they", None),
    # a name ending in a plural word is not a plural group
    ("The Council on American-Islamic Relations said many returned to their homes.", "their", None),
    ("She said they were detained for three days.", "they", None),
]


@pytest.mark.parametrize(("text", "pronoun", "name"), PLURAL)
def test_plural_pronouns(entities, text, pronoun, name):
    ents = entities(text)
    holders = [e.name for e in ents for m in e.mentions if m.text == pronoun and m.kind == "pronoun"]
    assert holders == ([name] if name else [])


# first names give a gender that decides between two people
GENDER = [
    (
        "Sarah Connor met John Smith on Friday. She said he was late.",
        {"She": "Sarah Connor", "he": "John Smith"},
    ),
    (
        "John Smith met Sarah Connor on Friday. He said she was late.",
        {"He": "John Smith", "she": "Sarah Connor"},
    ),
]


@pytest.mark.parametrize(("text", "links"), GENDER)
def test_gender_from_first_names(entities, text, links):
    ents = entities(text)
    found = {m.text: e.name for e in ents for m in e.mentions if m.kind == "pronoun"}
    assert found == links


# "the president" resolved by the office holder on the publication date (actors.json offices)
OFFICES = [
    (
        "Officials said the United States would respond. The president said the US would act.",
        "2020-01-05",
        "Donald Trump",
    ),
    (
        "Officials said the United States would respond. The president said the US would act.",
        "1995-03-01",
        "Bill Clinton",
    ),
    (
        "Officials said the United States would respond. The president said the US would act.",
        "2022-06-01",
        "Joe Biden",
    ),
    (
        "Officials in Britain said the prime minister would speak. Britain will act.",
        "2005-01-01",
        "Tony Blair",
    ),
    # someone else's president, a former one, or no publication date: nobody is guessed
    ("Officials said the United States would respond. The president of Iran said no.", "2020-01-05", None),
    ("Officials said the United States would respond. The former president said no.", "2020-01-05", None),
    ("Officials said the United States would respond. The president said the US would act.", None, None),
]


@pytest.mark.parametrize(("text", "published", "name"), OFFICES)
def test_office_holder_by_date(entities, text, published, name):
    ents = entities(text, published=published)
    holders = [
        e.name for e in ents for m in e.mentions if m.kind == "nominal" and "president" in m.text.lower()
    ]
    holders += [
        e.name for e in ents for m in e.mentions if m.kind == "nominal" and "minister" in m.text.lower()
    ]
    assert holders == ([name] if name else [])


# a bare surname goes to the dictionary only when the article names nobody else so
SURNAMES = [
    ("Bill Clinton spoke in 1995. Clinton said the deal was good.", "Clinton", "Bill Clinton", "USA"),
    ("Hillary Clinton spoke in 2016. Clinton said the deal was good.", "Clinton", "Hillary Clinton", None),
    ("Reagan met the press. President Reagan said no.", "Reagan", "Reagan", "USA"),
]


@pytest.mark.parametrize(("text", "mention", "name", "country"), SURNAMES)
def test_surname_resolution(entities, text, mention, name, country):
    ents = entities(text)
    owners = [e for e in ents if any(m.text == mention for m in e.mentions)]
    assert [e.name for e in owners] == [name]
    assert (owners[0].actor.country if owners[0].actor else None) == country


# nationality, possessive country and affiliation before a title: text, person, attributes, code
TITLED = [
    (
        "Nigerian junior foreign minister Dubem Oniya arrived in Niger.",
        "Dubem Oniya",
        {"nationality": "Nigerian"},
        "NGAGOV",
    ),
    (
        "Kenya's Vice-President Moody Awori visited Nairobi.",
        "Moody Awori",
        {"nationality": "Kenya"},
        "KENGOV",
    ),
    (
        "Arab League Secretary General Chadli Klibi met officials in Tunis.",
        "Chadli Klibi",
        {"affiliation": "Arab League", "country_basis": "affiliation"},
        "IGO",
    ),
]


@pytest.mark.parametrize(("text", "name", "attrs", "code"), TITLED)
def test_titled_person_country(entities, text, name, attrs, code):
    ent = find(entities(text), name)
    assert ent.type == "PERSON"
    for key, value in attrs.items():
        assert ent.attributes.get(key) == value, ent.attributes
    assert ent.actor is not None and ent.actor.code == code


# a place the person's act targets (object, "to"/"against" phrase) is no clue to their country;
# a place the act happens in is
ACT_TARGETS = [
    (
        "ACCRA (Reuters) - Ghana raised fuel duty. Police spokesman Yaw Boateng accused Togo of "
        "sheltering the gang.",
        "Yaw Boateng",
        "GHA",
        "context-paragraph",
    ),
    (
        "ACCRA (Reuters) - Ghana cut rail fares. Transport Minister Ama Serwaa halted trains to Lome, "
        "Ouagadougou and Abidjan on Friday.",
        "Ama Serwaa",
        "GHA",
        "context-paragraph",
    ),
    (
        "ACCRA (Reuters) - Ghana cut rail fares. Defence Minister Ama Serwaa sent troops against "
        "Burkina Faso rebels.",
        "Ama Serwaa",
        "GHA",
        "context-paragraph",
    ),
    ("Interior Minister Ama Serwaa spoke in Lima on Friday.", "Ama Serwaa", "PER", "context-sentence"),
]


@pytest.mark.parametrize(("text", "name", "country", "basis"), ACT_TARGETS)
def test_act_target_is_no_country_clue(entities, text, name, country, basis):
    ent = find(entities(text), name)
    assert ent.actor is not None and ent.actor.country == country
    assert ent.attributes.get("country_basis") == basis


def test_small_town_in_a_name_gives_no_country(entities):
    """ "Moro" is also a town in Pakistan: only large cities and provinces count inside names."""
    ent = find(
        entities("The Moro Islamic Liberation Front signed the accord."), "Moro Islamic Liberation Front"
    )
    assert ent.actor is not None and ent.actor.country == "PHL"
    ent = find(entities("The Toronto Police Service said two men were arrested."), "Toronto Police Service")
    assert ent.actor is not None and ent.actor.country == "CAN"


# a division named by compass words alone is no country clue inside a longer name ("Northern",
# "Upper East" and "West" are divisions of Ghana and Cameroon); with its kind written it is:
# text, organisation, country (None: must get none)
POSITION_NAMES = [
    ("The Northern Dock Workers' Union called a strike on Monday.", "Northern Dock Workers' Union", None),
    ("The Western Farmers Association met on Friday.", "Western Farmers Association", None),
    ("The Central Transport Board raised fares on Monday.", "Central Transport Board", None),
    (
        "The Northern Region Coordinating Council said ten cases were found.",
        "Northern Region Coordinating Council",
        "GHA",
    ),
    ("The Western Australia Police Force said two men were held.", "Western Australia Police Force", "AUS"),
]


@pytest.mark.parametrize(("text", "name", "country"), POSITION_NAMES)
def test_position_words_in_a_name_give_no_country(entities, text, name, country):
    ent = find(entities(text), name)
    assert ent.type == "ORG"
    assert (ent.actor.country if ent.actor else None) == country, ent.actor


# countries of organisations and people with no nationality written next to them: a place word
# inside a name that is also an English word counts only when the article names its country
# ("Unity" is a state of South Sudan, "Oral" a city of Kazakhstan); "<place>-based"; a generic
# party name or a body called the state's is the story's country's; a role written as a
# sentence's first word ("Prosecutor X") makes a local person: text, name, type, country
LOCAL_COUNTRIES = [
    ("The Democratic Unity Party won 30 seats on Monday.", "Democratic Unity Party", "ORG", None),
    ("The Federal Oral Court ruled on Monday.", "Federal Oral Court", "ORG", None),
    (
        "The Democratic Unity Party won 30 seats in Kenya's election, officials in Nairobi said.",
        "Democratic Unity Party",
        "ORG",
        "KEN",
    ),
    (
        "The Democratic Unity Party and the Alliance for Democracy and Development won 30 seats in Kenya's "
        "election, Kenyan officials said in Nairobi.",
        "Alliance for Democracy and Development",
        "ORG",
        "KEN",
    ),
    ("The Lyon-based carmaker Autoroute Motors said sales fell.", "Autoroute Motors", "ORG", "FRA"),
    ("The Ohio-based retailer Grantwell Stores cut jobs.", "Grantwell Stores", "ORG", "USA"),
    (
        "Firefighters in Greece fought the blaze near Athens, a spokeswoman told state broadcaster ERT.",
        "ERT",
        "ORG",
        "GRC",
    ),
    (
        "Police in Budapest arrested the mayor. "
        "Prosecutor Elena Varga told reporters in Hungary the case was strong.",
        "Elena Varga",
        "PERSON",
        "HUN",
    ),
    ("Moreno's lawyer, Esteban Lugo, called the verdict a sham.", "Esteban Lugo", "PERSON", None),
    # the country that owns a role in apposition before the name is the person's, whatever
    # other country the sentence names
    (
        "Spain's interior minister, Ray Quintero, accused Morocco of failing.",
        "Ray Quintero",
        "PERSON",
        "ESP",
    ),
    ("The interior minister, Ray Quintero, accused Morocco of failing.", "Ray Quintero", "PERSON", "MAR"),
    # an organisation named after a town or county of the story's country is a local body of it;
    # one named after a town of another country is not
    (
        "Flooding hit Ohio on Sunday. Officials in Ohio said Kenton Valley Medical Center had closed.",
        "Kenton Valley Medical Center",
        "ORG",
        "USA",
    ),
    (
        "Flooding hit Ohio on Sunday. Officials in Ohio said Hanover Valley Medical Center had closed.",
        "Hanover Valley Medical Center",
        "ORG",
        "USA",
    ),
    # the place after a firm's name, and the firm a person works "at"; a nationality word wins
    ("Sales fell, said Tom Lee, an analyst at Harbor Partners in Manila.", "Harbor Partners", "ORG", "PHL"),
    ("Sales fell, said Tom Lee, an analyst at Harbor Partners in Manila.", "Tom Lee", "PERSON", "PHL"),
    ("The Australian Embassy in Jakarta said talks would resume.", "Australian Embassy", "ORG", "AUS"),
    # no country named: the party and the broadcaster get none
    ("Firefighters fought the blaze, a spokeswoman told state broadcaster ERT.", "ERT", "ORG", None),
    # a party's possessive word is still a common word ("People's"); a district collector is an
    # official of the story's country; a division named with its kind word though tagged PERSON
    (
        "Floods hit Kenya and Nairobi. The governing party in Kisumu, the People's Unity Alliance, "
        "denied any wrongdoing.",
        "People's Unity Alliance",
        "ORG",
        "KEN",
    ),
    ("The People's Unity Alliance denied any wrongdoing.", "People's Unity Alliance", "ORG", None),
    (
        "District collector Anita Rao told reporters in Sangli that 11 were missing. Floods hit India.",
        "Anita Rao",
        "PERSON",
        "IND",
    ),
    (
        "Aid reached people displaced in Rakhine State, his spokesperson said.",
        "Rakhine State",
        "GPE",
        "MMR",
    ),
    # "the commission's spokesman, X": the commission named before (its name ends in that noun) is
    # X's body, so X takes its country, not a destination named in the sentence
    (
        "Nigeria's Independent Corrupt Practices Commission arrested the governor in Kano on Sunday. "
        "Officers picked him up as he was about to board a flight to Dubai, the commission's "
        "spokesman, Ali Musa, said.",
        "Ali Musa",
        "PERSON",
        "NGA",
    ),
]


# "the <noun>'s <role>, X": the body named before whose name ends in that noun; none when no
# body's name does ("the agency's")
@pytest.mark.parametrize(
    ("noun", "affiliation"),
    [("commission", "Independent Corrupt Practices Commission"), ("agency", None)],
)
def test_the_bodys_role_refers_back(entities, noun, affiliation):
    text = (
        "Nigeria's Independent Corrupt Practices Commission arrested the governor on Sunday. "
        f"He was held overnight, the {noun}'s spokesman, Ali Musa, said."
    )
    assert find(entities(text), "Ali Musa").attributes.get("affiliation") == affiliation


def test_town_abroad_in_a_name_is_no_local_body(entities):
    # named after a town of another country (Kenton, Ohio): not a local body of the story's
    # country; the story's country still comes as the fallback for a name with none
    text = "Flooding hit Kenya on Sunday. Officials in Kenya said Kenton Valley Medical Center had closed."
    ent = find(entities(text), "Kenton Valley Medical Center")
    assert ent.attributes.get("country_basis") == "story-country"


@pytest.mark.parametrize(("text", "name", "type_", "country"), LOCAL_COUNTRIES)
def test_local_organisations_and_people(entities, text, name, type_, country):
    ent = find(entities(text), name)
    assert ent.type == type_
    assert (ent.actor.country if ent.actor else None) == country, ent.actor


# a two-word name ending in a commodity noun, with no known first name or title before it, is a
# company the tagger may read as a person: text, name, type
COMMODITY_NAMES = [
    ("Varela Copper said on Monday that output fell.", "Varela Copper", "ORG"),
    ("Orduna Nickel cut 300 jobs on Monday.", "Orduna Nickel", "ORG"),
    ("Shares of Lindqvist Steel fell on Monday.", "Lindqvist Steel", "ORG"),
    # a first name or a title makes it a person's name
    ("John Steel said the talks had failed.", "John Steel", "PERSON"),
    ("Minister Kato Iron said the plan would work.", "Kato Iron", "PERSON"),
    ("Sarah Silver, a lawyer, said she would appeal.", "Sarah Silver", "PERSON"),
]


@pytest.mark.parametrize(("text", "name", "type_"), COMMODITY_NAMES)
def test_commodity_names_are_companies(entities, text, name, type_):
    assert find(entities(text), name).type == type_


# "the company": text, entity it must join (None: unlinked)
COMPANY = [
    ("Apple CEO Steve Jobs unveiled the iPhone. The company said sales were strong.", "Apple"),
    ("The Council on American-Islamic Relations said so. The company had no comment.", None),
    (
        "Ford cut jobs in 2019. Officials met on Monday. Talks went on. Workers struck. The company said no.",
        None,
    ),
]


@pytest.mark.parametrize(("text", "name"), COMPANY)
def test_the_company(entities, text, name):
    holders = [e.name for e in entities(text) for m in e.mentions if m.text.lower() == "the company"]
    assert holders == ([name] if name else [])


def test_country_tagged_as_facility_is_a_country(entities):
    ent = find(entities("Greek troops were withdrawn from Cyprus."), "Cyprus")
    assert ent.type == "GPE" and ent.actor is not None and ent.actor.country == "CYP"


# capital-as-government metonymy: text, capital, actor code
CAPITALS = [
    ("Washington said the strike was lawful.", "Washington", "USAGOV"),
    ("Tehran vowed revenge on Saturday.", "Tehran", "IRNGOV"),
    ("Protesters marched through Tehran on Saturday.", "Tehran", "IRN"),
    ("Officials in Washington met on Friday.", "Washington", "USA"),
]


@pytest.mark.parametrize(("text", "name", "code"), CAPITALS)
def test_capital_stands_for_government(entities, text, name, code):
    ent = find(entities(text), name)
    assert ent.actor is not None and ent.actor.code == code


# a known city or region as subject/object of a sports-result verb is a team
TEAMS = [
    ("Manchester defeated Liverpool 3-0 on Sunday.", "Manchester", "ORG"),
    ("On Saturday, Chicago beat Boston 5-3.", "Boston", "ORG"),
    ("Chicago lost to Houston in the final game.", "Houston", "ORG"),
    ("Officials in Leeds said the roads were closed.", "Leeds", "GPE"),
    ("Russia defeated the rebels in the north.", "Russia", "GPE"),  # countries are left alone
]


@pytest.mark.parametrize(("text", "name", "type_"), TEAMS)
def test_city_as_team(entities, text, name, type_):
    assert find(entities(text), name).type == type_


# a story filed from one country: its companies and people with no country of their own take
# it, unless a credit names them, a continent or world region is in the name, or the sentence
# naming them names another country
_FILED = (
    "NAKURU, Kenya — A fire destroyed a warehouse owned by Baraka Milling Company on Tuesday. "
    "Samuel Kiptoo, who manages the site, said no one was hurt. The East African Grain Council "
    "said prices would rise.\n\n(Editing by Thomas Hardy)"
)
STORY_COUNTRY = [
    (_FILED, "Baraka Milling Company", "KEN"),
    (_FILED, "Samuel Kiptoo", "KEN"),
    (_FILED, "East African Grain Council", None),
    (_FILED, "Thomas Hardy", None),
    (
        "NAKURU, Kenya — A fire destroyed a warehouse on Tuesday. Baraka Milling Company, which "
        "also sells flour in Uganda, said no one was hurt.",
        "Baraka Milling Company",
        None,
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), STORY_COUNTRY)
def test_story_country_for_names_without_one(entities, text, name, country):
    ent = find(entities(text), name)
    assert (ent.actor.country if ent.actor else None) == country


# a name in apposition to a describing noun before it takes the noun's type, and the country
# that owns the noun or the nationality that qualifies it
APPOSED = [
    ("Ghana's electricity company, Volta Netz, said the fault began at night.", "Volta Netz", "ORG", "GHA"),
    ("The Kenyan operator, Simba Mtandao, rejected the claim.", "Simba Mtandao", "ORG", "KEN"),
    (
        "The Polish carrier, Lotnik Wschod, said its chief executive, Adam Nowak, would resign.",
        "Adam Nowak",
        "PERSON",
        "POL",
    ),
    ("The company's lawyer, Maria Santos, said the firm would appeal.", "Maria Santos", "PERSON", None),
    # names listed after a plural noun: each its own body, each with the noun's country
    (
        "Two Chilean fishing firms, Pesquera Norte and Mar Austral, sued the state.",
        "Mar Austral",
        "ORG",
        "CHL",
    ),
    (
        "Two Chilean fishing firms, Pesquera Norte and Mar Austral, sued the state.",
        "Pesquera Norte",
        "ORG",
        "CHL",
    ),
    # a possessive country before the describing noun
    ("Peru's water agency Aguaperu said the river had risen.", "Aguaperu", "ORG", "PER"),
]


@pytest.mark.parametrize(("text", "name", "type_", "country"), APPOSED)
def test_name_in_apposition_to_a_describing_noun(entities, text, name, type_, country):
    ent = find(entities(text), name)
    assert (ent.type, ent.actor.country if ent.actor else None) == (type_, country)


# a person introduced by a person noun with a nationality, a relative introduced by "his"/"her",
# someone from or working in a known town: their country, with no dateline to help
INTRODUCED = [
    ("A Chilean surveyor, Ramiro Tapia, was detained at the border.", "Ramiro Tapia", "CHL", "nationality"),
    (
        "A Kenyan pilot, Daudi Otieno, was held on Sunday. His sister, Akinyi Otieno, said he was innocent.",
        "Akinyi Otieno",
        "KEN",
        "kin",
    ),
    (
        "A retired nurse from Tamale, Abena Owusu, said the clinic had closed.",
        "Abena Owusu",
        "GHA",
        "role place",
    ),
    (
        "Pedro Salas, an economist at a bank in Lima, said the currency would weaken.",
        "Pedro Salas",
        "PER",
        "role place",
    ),
]
# the town's country is not taken over the story's own (a namesake town abroad): the town
# gives no "role place" country
NOT_FROM_THE_TOWN = [
    (
        "DHAKA, Bangladesh — Floods hit Bangladesh on Monday. Bangladesh asked for aid. A farmer from "
        "Kolkata, Shirin Akter, said the water rose fast.",
        "Shirin Akter",
    ),
]


@pytest.mark.parametrize(("text", "name", "country", "basis"), INTRODUCED)
def test_person_country_from_the_words_introducing_them(entities, text, name, country, basis):
    ent = find(entities(text), name)
    assert (ent.actor.country, ent.attributes["country_basis"]) == (country, basis)


@pytest.mark.parametrize(("text", "name"), NOT_FROM_THE_TOWN)
def test_town_abroad_does_not_override_the_story_country(entities, text, name):
    ent = find(entities(text), name)
    assert ent.attributes.get("country_basis") != "role place"


# no dateline: the story's country is where its towns lie, not a nationality named in it; its
# officials and national bodies take that country, not the nationality in their sentence
WHERE_EVENTS_HAPPEN = [
    (
        "A Moldovan trader was arrested in Kaunas on Tuesday. Judge Ona Petraitiene remanded the "
        "Moldovan man for a month. Prosecutors in Vilnius are building the case.",
        "Ona Petraitiene",
        "LTU",
        "context-article",
    ),
    (
        "Police in Graz stopped a Serbian lorry driver on Friday. Officer Lukas Brandl said the Serbian "
        "man had been driving for 20 hours. He will face a court in Linz.",
        "Lukas Brandl",
        "AUT",
        "context-paragraph",
    ),
    (
        "A Serbian lorry driver was stopped near Graz on Friday and held in Villach. The Supreme Court "
        "will hear his appeal, and the Interior Ministry said the Serbian embassy had been told.",
        "Supreme Court",
        "AUT",
        "context-article",
    ),
    # negative: towns in two countries, one each: no story country from them; the country the
    # article names most (the nationality) is all there is
    (
        "A Moldovan trader was arrested in Kaunas and questioned in Tartu. Judge Ona Petraitiene "
        "remanded the Moldovan man.",
        "Ona Petraitiene",
        "MDA",
        "context-article",
    ),
]


@pytest.mark.parametrize(("text", "name", "country", "basis"), WHERE_EVENTS_HAPPEN)
def test_story_country_from_where_events_happen(entities, text, name, country, basis):
    ent = find(entities(text), name)
    assert (ent.actor.country, ent.attributes["country_basis"]) == (country, basis)


# "X's spokesman, Y": an organisation's representative takes its country (affiliation); a
# person's lawyer takes the story's country, not the client's nationality named nearby; a
# person's spokesman is no counsel
REPRESENTATIVES = [
    (
        "The Kenya Ports Authority's spokesman, Daniel Mwangi, said the Ugandan trucks had been cleared.",
        "Daniel Mwangi",
        "KEN",
        "affiliation",
    ),
    (
        "Nordhavn Lines, a Danish ferry operator, will cut routes. Nordhavn Lines' spokesman, Mads Holt, "
        "said the Swedish port fees were too high.",
        "Mads Holt",
        "DNK",
        "affiliation",
    ),
    (
        "Ivan Petrov was arrested in Porto in March. Petrov's lawyer, Ana Cardoso, met the Bulgarian "
        "consul on Monday. A hearing is set in Coimbra for June.",
        "Ana Cardoso",
        "PRT",
        "story-country",
    ),
    (
        "Ivan Petrov was arrested in Porto in March. Petrov's spokesman, Ana Cardoso, met the Bulgarian "
        "consul on Monday. A hearing is set in Coimbra for June.",
        "Ana Cardoso",
        "PRT",
        "context-article",
    ),
]


@pytest.mark.parametrize(("text", "name", "country", "basis"), REPRESENTATIVES)
def test_representative_country(entities, text, name, country, basis):
    ent = find(entities(text), name)
    assert (ent.actor.country, ent.attributes["country_basis"]) == (country, basis)


# seats of government standing for their governments
SEATS_OF_GOVERNMENT = [
    ("The Élysée confirmed the trip on Monday.", "Élysée", "FRA"),
    ("Aides at the Elysee Palace played down the row.", "Elysee Palace", "FRA"),
    ("The Blue House said talks would resume.", "Blue House", "KOR"),
    ("Zhongnanhai has not commented on the plan.", "Zhongnanhai", "CHN"),
    ("Downing Street rejected the claim on Tuesday.", "Downing Street", "GBR"),
    ("The Kremlin said the meeting had been useful.", "Kremlin", "RUS"),
]


@pytest.mark.parametrize(("text", "name", "country"), SEATS_OF_GOVERNMENT)
def test_seat_of_government_is_its_government(entities, text, name, country):
    ent = find(entities(text), name)
    assert (ent.type, ent.actor.country, ent.actor.sector) == ("ORG", country, "government")


# a name right after a determined noun for a broadcaster or a site, even where the parser hangs
# it on the verb; a place before a lower-case division or neighbourhood noun
CUED_TYPES = [
    ("Ruth Mensah informed the TV station Sika Kasa that she would appeal.", "Sika Kasa", "ORG"),
    ("Omar Zaki informed the web site Nabd Online that talks had stalled.", "Nabd Online", "ORG"),
    ("The governor of Oyo state, Seyi Adeyemi, closed the schools.", "Oyo", "GPE"),
    ("Shops were looted in the Eastleigh district overnight.", "Eastleigh", "GPE"),
    ("People living in the Lavington neighbourhood said the water was cut.", "Lavington", "GPE"),
]
# a name heading a clause after the noun is no name the noun describes
NOT_CUED_TYPES = [
    ("He sold the station Peter Otieno had built to a rival.", "Peter Otieno", "PERSON"),
    # an adjective before "state" names no place
    ("The envoy said talks with the Islamic state of the region had stalled.", "Islamic", "NORP"),
]


@pytest.mark.parametrize(("text", "name", "type_"), CUED_TYPES + NOT_CUED_TYPES)
def test_cue_noun_types_the_name(entities, text, name, type_):
    assert find(entities(text), name).type == type_


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        (
            "One spectator, Kemal Yildirim, a retired dentist, said the stand swayed.",
            "Kemal Yildirim",
            "PERSON",
        ),
        ("Hamas, a group backed by Iran, said it would fight.", "Hamas", "ORG"),
    ],
)
def test_person_noun_in_apposition(pipeline, analyse, text, name, type_):
    # the model's error written into the parse: the name tagged ORG
    an = analyse(text)
    start = text.index(name)
    an.doc.set_ents([an.doc.char_span(start, start + len(name), label="ORG")], default="outside")
    assert find(pipeline.entities(an), name).type == type_


# an officer with no nationality serves in the one country's armed forces the story names,
# not in the neighbour it names most; with two countries' forces named, the old fallback stays
OFFICERS = [
    (
        "Thailand closed its border after the clashes. Thailand said trade would stop, and Thai "
        "officials blamed smugglers in Thailand. The Tatmadaw said its troops had returned fire. "
        "Brigadier General Min Thu Aung said no civilians were hurt.",
        "Min Thu Aung",
        "MMR",
    ),
    (
        "Thailand closed its border after the clashes. Thailand said trade would stop. "
        "Brigadier General Somchai Wongsawat said no civilians were hurt.",
        "Somchai Wongsawat",
        "THA",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), OFFICERS)
def test_officer_serves_the_named_armed_force(entities, text, name, country):
    assert find(entities(text), name).actor.country == country


# a double-barrelled surname after a person's title or a given name is a person's, and so is
# its short form later, whatever the model typed; companies with hyphenated names stay companies
HYPHENATED = [
    (
        "Rebels led by Colonel Yaw Osei-Tutu seized the town. Osei-Tutu said the army had fled.",
        "Yaw Osei-Tutu",
        "PERSON",
        ["Yaw Osei-Tutu", "Osei-Tutu"],
    ),
    (
        "He named its leader as Lieutenant Colonel Kwabena Asante-Mensah, the commander of a unit. "
        "Later, Asante-Mensah promised elections.",
        "Kwabena Asante-Mensah",
        "PERSON",
        ["Kwabena Asante-Mensah", "Asante-Mensah"],
    ),
    ("Shares of Rolls-Royce fell on Monday. Rolls-Royce said demand was weak.", "Rolls-Royce", "ORG", None),
    # a name followed by an age between commas is a person's, the model's type aside
    (
        "Henrik Dahl-Sorensen, 41, who worked for a charity in the city, was arrested in 2023.",
        "Henrik Dahl-Sorensen",
        "PERSON",
        None,
    ),
    ("Acme Holdings, 12, was fined.", "Acme Holdings", "ORG", None),
]


@pytest.mark.parametrize(("text", "name", "type_", "mentions"), HYPHENATED)
def test_double_barrelled_surnames(entities, text, name, type_, mentions):
    ent = find(entities(text), name)
    assert ent.type == type_
    if mentions is not None:
        assert [m.text for m in ent.mentions if m.kind in {"name", "alias"}] == mentions


# a hospital is a building where people are taken, a body where it acts or its staff speak
HOSPITALS = [
    ("Doctors at Lakeside General Hospital said at least four people had died.", "ORG"),
    ("Lakeside General Hospital said it had treated 40 people.", "ORG"),
    ("A spokeswoman for Lakeside General Hospital said the wards were full.", "ORG"),
    ("Lakeside General Hospital's director resigned on Monday.", "ORG"),
    ("The guard was taken to Lakeside General Hospital and was in stable condition.", "FAC"),
    ("He was treated at Lakeside General Hospital for a leg wound, his brother said.", "FAC"),
]


@pytest.mark.parametrize(("text", "type_"), HOSPITALS)
def test_hospital_as_place_or_body(entities, text, type_):
    assert find(entities(text), "Lakeside General Hospital").type == type_


def test_surname_typed_as_an_organisation_after_title_and_given_name(pipeline, analyse):
    # the model's error written into the parse: the surname alone tagged ORG, twice
    text = "The council named Major General Sahr Kamara-Jalloh as its head. Kamara-Jalloh spoke."
    an = analyse(text)
    doc = an.doc
    ents = []
    for start in (i for i, t in enumerate(doc) if t.text == "Kamara"):
        ents.append(Span(doc, start, start + 3, label="ORG"))
    doc.set_ents(ents, default="outside")
    ent = find(pipeline.entities(an), "Sahr Kamara-Jalloh")
    assert ent.type == "PERSON"
    assert [m.text for m in ent.mentions if m.kind in {"name", "alias"}] == [
        "Sahr Kamara-Jalloh",
        "Kamara-Jalloh",
    ]


# the lines of a results page: both sides of a scoreline and the name opening a standings row
# are teams; national sides stay countries, a player's row of rounds stays a person
RESULTS_LINES = [
    (
        "Weekend results:\nRivergate Rovers 2 Hallam Athletic 1\nBoreham 0 Kestrel United 3",
        "Hallam Athletic",
        "ORG",
    ),
    ("Weekend results:\nRivergate Rovers 2 Hallam Athletic 1\nBoreham 0 Kestrel United 3", "Boreham", "ORG"),
    ("Results:\nBristol 3 (Okoro 12th) Cardiff 1 (Lewis 80th)", "Cardiff", "ORG"),
    ("Standings:\nBristol 21 12 0 9 555 499 24\nWexley 21 11 1 9 540 462 23", "Bristol", "ORG"),
    ("Standings:\nBristol 21 12 0 9 555 499 24\nWexley 21 11 1 9 540 462 23", "Wexley", "ORG"),
    ("Qualifiers:\nGhana 2 Togo 1\nBenin 0 Niger 0", "Togo", "GPE"),
    ("Leading scores:\nDaniel Osei 68 71 70 69\nPeter Mwangi 70 70 71 69", "Daniel Osei", "PERSON"),
    ("Officials in Leeds said 12 of its 30 roads were closed.", "Leeds", "GPE"),
]


@pytest.mark.parametrize(("text", "name", "type_"), RESULTS_LINES)
def test_results_lines_name_teams(entities, text, name, type_):
    assert find(entities(text), name).type == type_


@pytest.mark.parametrize(
    "text",
    ["Net Income 821 512 565 301\nOperating Income 906 962 599 515", "July 9 10 11 12 13\nAugust 1 2 3 4"],
)
def test_figure_rows_without_a_team(entities, text):
    assert not [e for e in entities(text) if e.type == "ORG"]


DATELINES = [
    ("COLOMBO 1996-08-29\nSri Lanka beat India in the final.", "COLOMBO", "LKA"),
    ("BERLIN, Germany (AP) - The talks ended.", "BERLIN", "DEU"),
]


# a dateline's region gives its place's country, there and wherever the story names it again;
# without the region the name alone gives its best-known country
DATELINE_REGIONS = [
    ("LONDON, Ontario — The mayor of London spoke on Monday.", "London", "CAN"),
    ("LONDON, Ontario — The mayor of London spoke on Monday.", "LONDON", "CAN"),
    ("The mayor of London spoke on Monday.", "London", "GBR"),
]


@pytest.mark.parametrize(("text", "name", "country"), DATELINE_REGIONS)
def test_dateline_region_gives_the_place_country(entities, text, name, country):
    ent = find(entities(text), name)
    assert (ent.actor.country if ent.actor else ent.attributes.get("country")) == country


@pytest.mark.parametrize(("text", "name", "country"), DATELINES)
def test_dateline_city_in_capitals(entities, text, name, country):
    """A dateline city is the place the story was filed from: a GPE with its country, no actor."""
    ent = find(entities(text), name)
    assert ent.type == "GPE" and ent.actor is None
    assert ent.attributes.get("dateline") is True and ent.attributes.get("country") == country


# a national capital in a dateline is never its government; as the subject of a verb it is
CAPITAL_DATELINES = [
    ("WASHINGTON (AP) — The United States imposed sanctions on Iran on Friday.", "WASHINGTON", None),
    ("MOSCOW, Russia (Reuters) - Officials said the talks ended.", "MOSCOW", None),
    ("BRUSSELS — NATO said on Tuesday it would send more troops.", "BRUSSELS", None),
    ("WASHINGTON (AP) — Washington said on Friday it would act.", "Washington", "USAGOV"),
]


@pytest.mark.parametrize(("text", "name", "code"), CAPITAL_DATELINES)
def test_dateline_capital_is_not_an_actor(entities, text, name, code):
    ents = entities(text)
    ent = next(e for e in ents if any(m.text == name for m in e.mentions))
    assert (ent.actor.code if ent.actor else None) == code
    dateline = next(e for e in ents if e.mentions[0].start == 0)
    assert dateline.type == "GPE" and "metonymy" not in dateline.attributes


# a foreign wire's dateline, a day and a month before the agency tag: its place (unknown to the
# gazetteer, which the model may tag ORG) is the place the story was filed from
FOREIGN_DATELINES = [
    ("TORRAZZO, 6 mar (ANSA) - Il sindaco ha detto oggi che la strada resta chiusa.", "TORRAZZO"),
    ("VILAMAR, 3 abr (Lusa) - O presidente da camara disse hoje que a ponte vai fechar.", "VILAMAR"),
]


@pytest.mark.parametrize(("text", "name"), FOREIGN_DATELINES)
def test_foreign_dateline_place(entities, text, name):
    ent = find(entities(text), name)
    assert ent.type == "GPE" and ent.actor is None and ent.attributes.get("dateline") is True


@pytest.mark.parametrize(
    "text",
    [
        "Officials said PARIS was quiet.",
        "BERLIN was quiet.",
        "\nTHE END, said the author.",
        # a day and month without an agency tag: no shape enough for a place the gazetteer lacks
        # (Torrazzo is a town it knows, which a dateline may name whatever its size)
        "VALDORZO, 6 mar - Il sindaco ha detto oggi.",
    ],
)
def test_dateline_needs_line_start_and_a_date(pipeline, analyse, text):
    stage = pipeline.entities
    an = analyse(text)
    stage(an)  # sets the per-article view the dateline finder reads
    assert stage._datelines(an.doc) == []


# names typed by the words around them (data/name_cues.tsv) or by their shape: text, name, type;
# None: no entity of that text
NAME_CUES = [
    ("Computer software retailer Softbank said it would buy the maker.", "Softbank", "ORG"),
    ("Orii Corp makes automation equipment.", "Orii Corp", "ORG"),
    ("Keane signed a contract with Leeds United on Monday.", "Leeds United", "ORG"),
    ("By noon, Niugini Mining shares were up 28 cents.", "Niugini Mining", "ORG"),
    ("Officials said fighting broke out in the town of Karak on Friday.", "Karak", "GPE"),
    # "island of": a place, whatever the model said (ORG, PERSON)
    ("Fishermen were rescued near the Greek island of Melanthi on Sunday.", "Melanthi", "GPE"),
    ("Fishermen were rescued near the Greek island of Kalypsos on Sunday.", "Kalypsos", "GPE"),
    ("The seeded player Anke Huber lost in the quarter-finals.", "Anke Huber", "PERSON"),
    ("The bowlers were D. Cork and A. Mullally.", "D. Cork", "PERSON"),
    ("The bowlers were D. Cork and A. Mullally.", "A. Mullally", "PERSON"),
    ("Boskalis reported its first-half net profit on Friday.", "Boskalis", "ORG"),
    ("Mary Jones reported her first-half net profit on Friday.", "Mary Jones", "PERSON"),
    # a name the model calls a work of art before a role noun and a person: the body they serve
    (
        'The hikers were "safe and in good spirits," Parks Canada spokesperson Marc Leduc said.',
        "Parks Canada",
        "ORG",
    ),
    (
        'The convoy was "safe," Global Relief Kenya spokesperson Marc Leduc said.',
        "Global Relief Kenya",
        "ORG",
    ),
    ('She read "Things Fall Apart" aloud.', "Things Fall Apart", None),
    # a title and a name the model tags as one organisation: the person, titled
    (
        "Bishop Ricardo Salazar of the Episcopal Conference of Peru said the talks were long.",
        "Ricardo Salazar",
        "PERSON",
    ),
    ("Bishop Mateo Quispe of the Andean Church Council said the talks were long.", "Mateo Quispe", "PERSON"),
    ("General Electric Company said profits rose.", "General Electric Company", "ORG"),
    (  # ... or leaves untagged: the title's next two or three name words
        "The group called on the government to suspend operations in the north for 30 days.\n\n"
        "Bishop Hernando Rojas of the Episcopal Conference of Peru, who took part in the negotiations "
        'for seven weeks, said the talks had been "long and difficult".',
        "Hernando Rojas",
        "PERSON",
    ),
    # a known place after "member for" is the seat, a place, whatever the model says
    ("The member for Kisumu, Rebecca Nime, accused the national government.", "Kisumu", "GPE"),
    # a name after a person's title stays a person though "its" follows (the inquiry's findings)
    (
        "Fisheries Minister Bryn Tomas ordered an inquiry into the spill and said its findings were due.",
        "Bryn Tomas",
        "PERSON",
    ),
    ("Agassi won the Waldbaum Hamlet Cup on Sunday.", "Waldbaum Hamlet Cup", "OTHER"),  # model: ORG
    # a name ending in a body's word (Department, Agency, Services, Bureau) is an organisation,
    # though it opens with a county's name the model reads as a place
    (
        "Patients were sent to clinics in Marion, the Harris County Emergency Medical Services said.",
        "Harris County Emergency Medical Services",
        "ORG",
    ),
    ("Crews in Harris County said the roads were busy.", "Harris County", "GPE"),
    # a jail or a penitentiary is a building, though a county's name opens it
    ("Two men are being held in the Cook County Jail on $200,000 bond each.", "Cook County Jail", "FAC"),
    ("He was sent to the Lakeview State Penitentiary on Monday.", "Lakeview State Penitentiary", "FAC"),
    # negative cases: a cue word that does not describe the name, a country before "shares"
    ("The company said Paris was calm.", "Paris", "GPE"),
    ("US shares fell on Monday.", "US", "GPE"),
    ("The town of Springfield voted.", "Springfield", "GPE"),
    ("Shares of the group fell. The group said nothing.", "group", None),
]


@pytest.mark.parametrize(("text", "name", "type_"), NAME_CUES)
def test_name_cues_and_shapes(entities, text, name, type_):
    found = [e for e in entities(text) if any(m.text == name for m in e.mentions)]
    if type_ is None:
        assert found == []
    else:
        assert [e.type for e in found] == [type_]


# a lone word the model calls a person, opening the name of the one institution it stands for,
# is that institution; not a person's surname when the person is named in full
INSTITUTION_SHORT_FORMS = [
    (
        "Prisoners escaped from Bomana Correctional Institution in the night. Bomana, built for 600 inmates, "
        "held 1,100, the minister said.",
        "Bomana",
        "Bomana Correctional Institution",
    ),
    ("Harrison Ford spoke at the Ford Foundation. Ford said he was happy.", "Ford", "Harrison Ford"),
]


@pytest.mark.parametrize(("text", "word", "name"), INSTITUTION_SHORT_FORMS)
def test_institution_short_form(entities, text, word, name):
    (ent,) = [e for e in entities(text) if any(m.text == word for m in e.mentions)]
    assert ent.name == name


# one sense per document: every mention of a name shares the type a cue or most mentions gave
ONE_SENSE = [
    (
        "Investment bank Rothschild advised on the deal. Rothschild said the talks had ended. "
        "A spokesman for Rothschild declined to comment.",
        "Rothschild",
        "ORG",
    ),
]


@pytest.mark.parametrize(("text", "name", "type_"), ONE_SENSE)
def test_one_sense_per_document(entities, text, name, type_):
    ents = entities(text)
    types = {e.type for e in ents for m in e.mentions if m.text == name and m.kind != "pronoun"}
    count = sum(1 for e in ents for m in e.mentions if m.text == name)
    assert types == {type_} and count == text.count(name)


# all-capitals lines are read again in restored case: text, name the line must yield, type
CAPS_LINES = [
    (
        "FRENCH POLICE ARREST SUSPECT IN PARIS .\nPolice in Paris said on Friday a man was held.",
        "PARIS",
        "GPE",
    ),
    ("ONE ROMANIAN DIES IN BUS CRASH IN BULGARIA .\nOne Romanian died.", "ROMANIAN", "NORP"),
]


@pytest.mark.parametrize(("text", "name", "type_"), CAPS_LINES)
def test_all_capitals_lines(entities, text, name, type_):
    assert find(entities(text), name).type == type_


def test_no_name_runs_across_a_headline_slug(entities):
    text = "BASEBALL - SORRENTO HITS SLAM AS SEATTLE ROUTS ORIOLES .\nSorrento hit a grand slam."
    mentions = [m.text for e in entities(text) for m in e.mentions]
    assert "SEATTLE" in mentions
    assert not [m for m in mentions if " - " in m or m.startswith("BASEBALL") or "SLAM" in m]


def test_initials_of_a_named_organisation(entities):
    """The model leaves both "KDP" untagged; they spell the initials of a named organisation."""
    text = (
        "The Kurdistan Democratic Party said it had repelled an attack. Fighters of the KDP said "
        "later that the KDP held the town."
    )
    ent = find(entities(text), "Kurdistan Democratic Party")
    assert [m.text for m in ent.mentions if m.text == "KDP"] == ["KDP", "KDP"]
    # negative: capitals that spell no organisation's initials stay out
    assert not [e for e in entities("The KDP said it was ready.") if e.name == "KDP" and e.type != "ORG"]


def test_caps_line_detection_and_truecasing(pipeline, analyse):
    stage = pipeline.entities
    text = "SOCCER - LEEDS BEAT CHELSEA .\nLeeds beat Chelsea 2-1 on Saturday.\nNot A CAPS line"
    an = analyse(text)
    stage(an)  # sets the per-article view the truecaser reads
    end = text.index("\n")
    assert stage._caps_lines(text) == [(0, end)]
    restored = stage._truecase(text[:end], article_spellings(an.doc, [(0, end)]))
    assert restored == "Soccer - Leeds beat Chelsea ."  # same length, the article's own spelling


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the article's own spelling of a name and of a common word
        ("TILBERG FERRY RESUMES\nThe ferry from Tilberg resumed on Monday.", "Tilberg ferry resumes"),
        # a word the article writes only first in a sentence is no name for that ("Cranes")
        (
            "HARBOR CRANES HALTED AT DOVERTON\nCranes stood idle at the Doverton docks on Monday.",
            "Harbor cranes halted at Doverton",
        ),
        # a known place of two words, an acronym of three letters kept
        ("KPV ENVOY VISITS NEW YORK\nThe envoy arrived by train.", "KPV envoy visits New York"),
        # a known organisation acronym of four letters, and of two that is no name ("Un")
        ("NATO ENVOY VISITS KELBURN\nThe envoy arrived on Monday.", "NATO envoy visits Kelburn"),
        ("UN ENVOY ARRIVES IN KELBURN\nThe envoy arrived on Monday.", "UN envoy arrives in Kelburn"),
        # an acronym the body writes in capitals, one with no vowel
        ("ZOLAR PROBE LAUNCHED\nEngineers at ZOLAR launched the probe.", "ZOLAR probe launched"),
        ("KRTL RAISES FARES AGAIN\nThe operator said fares would rise.", "KRTL raises fares again"),
        # none of these: a word in capitals is a name; a known acronym that is a word stays one
        ("VARO TEAM WINS TITLE\nThe team won on Sunday.", "Varo team wins title"),
        ("MAN WHO FLED KELBURN CAUGHT\nThe man was caught on Monday.", "Man who Fled Kelburn caught"),
    ],
)
def test_caps_line_spellings(pipeline, analyse, text, expected):
    stage = pipeline.entities
    an = analyse(text)
    stage(an)  # sets the per-article view the truecaser reads
    end = text.index("\n")
    assert stage._truecase(text[:end], article_spellings(an.doc, [(0, end)])) == expected


def test_names_do_not_cross_line_breaks(entities):
    for e in entities("Results of the day\nWillie Smith\nNew York Yankees 5 Boston Red Sox 3"):
        assert all("\n" not in m.text for m in e.mentions), e


# organisations, places and people the model mistypes, fixed by general evidence in the article:
# text, mention text, its type (None: no entity has that mention)
ORG_EVIDENCE = [
    # a company's short form beside its full name with a designator
    (
        "Magna International Inc said on Friday it would buy the maker. Magna was up 1/8 on the "
        "New York Stock Exchange.",
        "Magna",
        "ORG",
    ),
    # names coordinated with organisations; a person with a first name stays a person
    ("Multinational firms including Mobil, Shell and Caltex were attracted to the city.", "Caltex", "ORG"),
    ("Bill Gates and Microsoft said on Monday they would appeal.", "Bill Gates", "PERSON"),
    # a name before a noun for someone's place in an organisation; not a government title
    ("Before the match Deportivo chairman Augusto Lendoiro said he would ignore it.", "Deportivo", "ORG"),
    ("Texas governor George Bush said on Friday he would run.", "Texas", "GPE"),
    # an acronym defined in brackets after an organisation, whatever its letters spell
    (
        "Newspapers quoted the Human Rights National Observatory ( ONDH ), a government-appointed "
        "watchdog, as saying 1,400 people died.",
        "ONDH",
        "ORG",
    ),
    # a news agency of the actor data
    ("Tanjug said the airport would be closed for a week.", "Tanjug", "ORG"),
    # a country's name ending in an organisation word is still the country
    (
        "They signed a statement on relations between the Russian Federation and the Chechen Republic.",
        "Russian Federation",
        "GPE",
    ),
    # a dateline by its shape, the place unknown to the gazetteer; an organisation's stays one
    ("Quake hits town .\nTAVILDARA , Tajikistan 1996-08-30\nA quake hit the town.", "TAVILDARA", "GPE"),
    (
        "Annan urges calm .\nUNITED NATIONS 1996-08-29\nThe secretary-general urged calm.",
        "UNITED NATIONS",
        "ORG",
    ),
    # a common word opening a sentence is no name; one written with a capital elsewhere is
    ("Riot police took 10 minutes to restore order.", "Riot", None),
    ("The crowd was large.\nAttendance : 29,500", "Attendance", None),
    ("Shell said profits rose. Analysts expect Shell to gain.", "Shell", "ORG"),
    # a spaced dash parts a topic from the sentence; a month opens no name
    ("BRITAIN - Gilts struggled off the day 's lows on Friday.", "BRITAIN", "GPE"),
    ("BRITAIN - Gilts struggled off the day 's lows on Friday.", "Gilts", None),
    ("The August Chicago NAPM rose 8.8 points to 60.0 on Friday.", "August Chicago NAPM", None),
    ("The August Chicago NAPM rose 8.8 points to 60.0 on Friday.", "Chicago NAPM", "ORG"),
    # people: a surname written first, a hyphenated given name, a regnal number, a describer
    (
        "Chinese police detained dissident Wang Donghai on Friday. Police said Wang would be sent "
        "to a labour camp.",
        "Wang",
        "PERSON",
    ),
    ("Pirelli Cables said it would build a plant. Pirelli will have control.", "Pirelli", "ORG"),
    ("North Korea asked Seoul to return Kim In-so to his family.", "Kim In-so", "PERSON"),
    ("In 1822 Brazil proclaimed independence and Pedro I became its first emperor.", "Pedro I", "PERSON"),
    ("Broker Khurshid Alam said the market would stay strong.", "Khurshid Alam", "PERSON"),
]


@pytest.mark.parametrize(("text", "name", "type_"), ORG_EVIDENCE)
def test_types_from_article_evidence(entities, text, name, type_):
    found = {e.type for e in entities(text) for m in e.mentions if m.text == name and m.kind != "pronoun"}
    assert found == ({type_} if type_ else set())


def test_place_name_as_a_named_persons_surname(entities):
    """ "Jordan said" in an article about Neil Jordan is the person; "to Jordan" stays the country."""
    ent = find(
        entities("Director Neil Jordan defended the film. Jordan said it was about history."), "Neil Jordan"
    )
    assert [m.text for m in ent.mentions if m.kind != "pronoun"] == ["Neil Jordan", "Jordan"]
    assert find(entities("Neil Jordan flew to Jordan on Friday."), "Jordan").type == "GPE"


def test_company_short_form_joins_its_company(entities):
    ent = find(entities("Magna International Inc said it would buy the maker. Magna shares rose."), "Magna")
    assert ent.name == "Magna International Inc"


def test_names_end_at_a_score(entities):
    mentions = [m.text for e in entities("Norwich 1 Wolverhampton 0\nOldham 3 Ipswich 3") for m in e.mentions]
    assert sorted(mentions) == ["Ipswich", "Norwich", "Oldham", "Wolverhampton"]


# names fixed by the article's own layout and wording: text, mention text, its type (None: no
# entity has that mention)
PRESS = (
    "PRESS DIGEST - Lebanon - Aug 22 .\nBEIRUT 1996-08-22\nThese are the leading stories in the "
    "Beirut press on Thursday .\nAL-MUSTAQBAL\n- Parliament will meet next week .\nDAILY STAR\n"
    "- The cabinet met on Wednesday .\nFRONT PAGE\n- Prices rose .\nLEBANON\n- Rain fell ."
)
BANKS = "Harbour Bancorp Inc and Union Bancshares Inc are the biggest banks in the state. "
LAYOUT = [
    # a press review's heading lines are the papers; a section heading or a country is not
    (PRESS, "AL-MUSTAQBAL", "ORG"),
    (PRESS, "DAILY STAR", "ORG"),
    (PRESS, "FRONT PAGE", None),
    (PRESS, "LEBANON", "GPE"),
    # a company's short form keeps the possessive its full name has, and only then
    ("Sainsbury's Supermarkets Ltd said profits rose. Sainsbury's shares gained.", "Sainsbury's", "ORG"),
    ("Magna International Inc said profits rose. Magna's shares gained.", "Magna", "ORG"),
    ("Magna International Inc said profits rose. Magna's shares gained.", "Magna's", None),
    # one model span over two companies named in full elsewhere is cut; not when one is unknown
    (BANKS + "Harbour and Union did not return phone calls seeking comment.", "Union", "ORG"),
    (BANKS + "Harbour and Union did not return phone calls seeking comment.", "Harbour and Union", None),
    (
        "Harbour Bancorp Inc is the biggest bank. Harbour and Union did not return calls seeking comment.",
        "Harbour and Union",
        "ORG",
    ),
    # a particle between capitalised parts of a person's name; a place keeps its own
    (
        "Foreign Minister Mwamba wa Kalenga said on Friday the talks would go on.",
        "Mwamba wa Kalenga",
        "PERSON",
    ),
    ("Foreign Minister Mwamba wa Kalenga said on Friday the talks would go on.", "Mwamba", None),
    ("Captain Pieter van Zyl said on Friday the team was ready.", "Pieter van Zyl", "PERSON"),
    ("He flew to Rio de Janeiro on Friday.", "Rio de Janeiro", "GPE"),
    # a noun the sentence equates the name with types it; a nationality keeps its own type
    ("Varnek is a town in mourning. Rescuers reached Varnek on Friday.", "Varnek", "GPE"),
    ("The Scots are not a great team, he said.", "Scots", "NORP"),
]


@pytest.mark.parametrize(("text", "name", "type_"), LAYOUT)
def test_types_from_layout_and_wording(entities, text, name, type_):
    found = {e.type for e in entities(text) for m in e.mentions if m.text == name and m.kind != "pronoun"}
    assert found == ({type_} if type_ else set())


def test_heading_line_outside_a_press_review_is_no_paper(entities):
    text = "Rain hits crops .\nHARARE 1996-08-22\nRain fell on Thursday .\nAL-MUSTAQBAL\n- Farmers wait ."
    assert "ORG" not in {e.type for e in entities(text) for m in e.mentions if m.text == "AL-MUSTAQBAL"}
    assert "ORG" in {e.type for e in entities(PRESS) for m in e.mentions if m.text == "AL-MUSTAQBAL"}


# --- the data files ------------------------------------------------------------------------

ISO3 = {c.alpha_3 for c in pycountry.countries} | {"XKX"}


def test_actor_dictionary_is_well_formed():
    data = load_json("actors.json")
    assert "_source" in data
    names = set()
    for a in data["actors"]:
        assert a["type"] in {"PERSON", "ORG"}, a
        assert a["country"] is None or a["country"] in ISO3, a
        assert a["sector"] in SECTOR_CODES, a
        assert a["code"], a
        assert a["name"] not in names, a
        names.add(a["name"])


def test_office_dates_are_well_formed():
    """Every office has an ISO start date, an end after it or null, and a country."""
    import datetime as dt

    for a in load_json("actors.json")["actors"]:
        for office, start, end in a.get("offices", []):
            assert office == office.lower() and a["type"] == "PERSON", a
            begin = dt.date.fromisoformat(start)
            assert end is None or dt.date.fromisoformat(end) > begin, a


def test_first_names_have_one_gender():
    rows = load_tsv("first_names.tsv")
    names = [r["name"] for r in rows]
    assert len(names) == len(set(names)) > 200
    assert {r["gender"] for r in rows} == {"m", "f"}


def test_every_country_has_a_demonym():
    have = {row["iso3"] for row in load_tsv("demonyms.tsv")}
    assert have <= ISO3
    members = {c.alpha_3 for c in pycountry.countries if c.alpha_3 in have}
    # all UN member states (193) and more
    assert len(members) >= 193


# --- public gold data ----------------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.gold
def test_conll2003_testa_span_f1():
    """Span micro F1 on CoNLL-2003 eng.testa: 0.788 (PER+ORG+LOC 0.802; PER 0.862, ORG 0.565,
    LOC 0.887) when last measured; 0.783 / 0.797 before press-review titles, possessive short
    forms, cut company lists, name particles and equated nouns; 0.761 / 0.772 before the
    evidence rules (short forms, coordination, employer cues, defined acronyms, dateline shapes,
    name cuts), 0.735 / 0.743 before the all-capitals re-reading, name cues, name shapes and one
    sense per document (raw spaCy sm: 0.648 / 0.645)."""
    from storyline.evaluate.entities import evaluate

    path = need_data("conll2003", "eng.testa")
    scores = evaluate(path)
    assert scores["docs"] > 200
    assert scores["stage"]["all"]["f1"] >= 0.76
    assert scores["stage"]["PER"]["f1"] >= 0.83
    assert scores["stage"]["ORG"]["f1"] >= 0.54
    assert scores["stage"]["LOC"]["f1"] >= 0.86
    assert scores["stage"]["PER+ORG+LOC"]["f1"] >= 0.79
    # the stage must not do worse than the model's own NER it starts from
    assert scores["stage"]["all"]["f1"] >= scores["spacy"]["all"]["f1"]


# --- the actor and coreference scorers -----------------------------------------------------

SPANS = [
    ("Bosnian Serbs and their forces shelled Gorazde.", "Bosnian Serbs ... forces", 2),
    ("NATO peacekeeping troops arrived.", "NATO  peacekeeping troops", 1),
    ("Jordan’s King Abdullah II spoke.", "Jordan's King Abdullah II", 1),
    ("Nothing of the kind here.", "Hezbollah", 0),
]


@pytest.mark.parametrize(("text", "actor_text", "n"), SPANS)
def test_actor_spans_tolerate_elision_and_spacing(text, actor_text, n):
    from storyline.evaluate.actors import actor_spans

    spans = actor_spans(text, actor_text)
    assert len(spans) == n
    assert all(0 <= s < e <= len(text) for s, e in spans)


def test_gold_actor_codes_map_legacy_cameo():
    from storyline.evaluate.actors import gold_actors

    record = {
        "source": [{"actorText": "Japan", "code": "JAP"}, {"actorText": "UN", "code": "IGO"}],
        "target": "",
    }
    assert gold_actors(record, "source") == [("Japan", "JPN"), ("UN", "IGO")]
    assert gold_actors(record, "target") == []


def test_muc_and_b_cubed_on_a_known_case():
    """Key {a b c} {d e}; response {a b} {c d e}: MUC R = P = 2/3; B³ by hand."""
    from storyline.evaluate.clusters import b_cubed, muc

    key = [{"a", "b", "c"}, {"d", "e"}]
    response = [{"a", "b"}, {"c", "d", "e"}]
    assert muc(key, response)[:2] == pytest.approx((2 / 3, 2 / 3))
    p, r, _ = b_cubed(key, response)
    assert r == pytest.approx((2 / 3 + 2 / 3 + 1 / 3 + 1 + 1) / 5)
    assert p == pytest.approx((1 + 1 + 1 / 3 + 2 / 3 + 2 / 3) / 5)
    assert muc(key, [{m} for c in key for m in c])[:2] == (0.0, 0.0)
    assert b_cubed(key, key)[:2] == (1.0, 1.0)


def test_coref_alignment_is_head_final():
    from storyline.evaluate.coref import align

    text = "Apple Inc. said Steve Jobs would speak ."
    gold = {(0, 10): "apple", (16, 26): "jobs"}
    system = [(0, 5), (22, 26), (16, 21)]
    # "Apple" does not end "Apple Inc."; "Jobs" ends "Steve Jobs"; "Steve" does not
    assert align(text, gold, system) == {1: (16, 26)}
    text = "Steve Jobs , the Apple CEO , spoke ."
    assert align(text, {(0, 25): "jobs"}, [(0, 10), (17, 22)]) == {0: (0, 25)}


@pytest.mark.gold
def test_plover_actor_country_accuracy():
    """Source/target country accuracy on the PLOVER records here: 0.858 when written (0.805 before)."""
    from storyline.evaluate.actors import evaluate

    scores = evaluate(need_data("plover_gsr"))
    assert scores["all"]["n"] > 400
    assert scores["all"]["accuracy"] >= 0.82
    assert scores["source"]["accuracy"] >= 0.78 and scores["target"]["accuracy"] >= 0.78


@pytest.mark.slow
@pytest.mark.gold
def test_meantime_coreference():
    """MEANTIME airbus+apple: MUC F1 0.89, B³ F1 0.91 on aligned mentions when written."""
    from storyline.evaluate.coref import evaluate

    scores = evaluate(need_data("meantime"))
    assert scores["docs"] >= 50
    assert scores["mentions"]["r"] >= 0.5
    assert scores["muc"]["f1"] >= 0.8
    assert scores["b3"]["f1"] >= 0.85
    # clustering must beat leaving every mention alone
    assert scores["b3"]["f1"] > scores["b3_singletons"]["f1"] + 0.1


@pytest.mark.parametrize(
    ("iso_name", "shown"),
    [
        ("Korea, Republic of", "Republic of Korea"),
        ("Congo, The Democratic Republic of the", "The Democratic Republic of the Congo"),
        ("Virgin Islands, British", "British Virgin Islands"),
        ("Iraq", "Iraq"),
    ],
)
def test_country_display_name(iso_name: str, shown: str) -> None:
    """ISO 3166 inverted names are shown in news word order, plain names unchanged."""
    from storyline.stages.entities import display_name

    assert display_name(iso_name) == shown


# --- fast paths that replace spaCy objects and regexes: same results as what they replace ---

DROP_THE = [
    ("the United States", "United States"),
    ("The Hague", "Hague"),
    ("the  Netherlands", "Netherlands"),
    ("the\tGambia", "Gambia"),
    ("theocracy", "theocracy"),  # negative: not the article
    ("Thebes", "Thebes"),
    ("THE UNITED STATES", "THE UNITED STATES"),  # only "the"/"The", as the regex it replaces
    ("Iran", "Iran"),
    ("the", "the"),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), DROP_THE)
def test_drop_the_matches_the_regex(text: str, expected: str) -> None:
    import re

    from storyline.stages.entities import _drop_the

    assert _drop_the(text) == expected
    assert _drop_the(text) == re.sub(r"^(the|The)\s+", "", text)


SPAN_TEXTS = [
    "Iran's religious leader met U.S. officials in Geneva.\n\nBERLIN 1996-08-29\nThe  talks ended.",
    "  Leading spaces, a tab\tand a line\nbreak.",
    "One",
]


@pytest.mark.parametrize("text", SPAN_TEXTS)
def test_view_span_text_is_the_span_text(nlp, text: str) -> None:
    from storyline.stages.entities import _View

    doc = nlp(text)
    view = _View(doc, text=text)
    spans = [(a, b) for a in range(len(doc)) for b in range(a, min(len(doc), a + 4) + 1)]
    assert [view.span_text(a, b) for a, b in spans] == [doc[a:b].text for a, b in spans]
    assert [t.text for t in view.tokens] == view.words


# countries of organisations written with them and from the article's country: text, name,
# country (None: must get none), where it came from (None: not checked)
ORG_COUNTRIES = [
    ("Chile's Supreme Court upheld the ruling on Monday.", "Supreme Court", "CHL", "possessive"),
    ("Iran's Foreign Ministry rejected the proposal on Monday.", "Foreign Ministry", "IRN", "possessive"),
    ("The Kenyan Parliament passed the bill on Tuesday.", "Kenyan Parliament", "KEN", None),
    # a nationality word in a description of the organisation, before or after its name
    (
        "Shares in Norvik Foods, the Swedish dairy group, fell on Monday.",
        "Norvik Foods",
        "SWE",
        "description",
    ),
    (
        "The company confirmed talks with Danish rival Fjordlys Shipping had ended.",
        "Fjordlys Shipping",
        "DNK",
        "description",
    ),
    (
        "He told the Qatari broadcaster Al Rayyan TV that talks would go on.",
        "Al Rayyan TV",
        "QAT",
        "description",
    ),
    (
        "Kestrel Labs, a Canadian drug developer, said it would cut jobs.",
        "Kestrel Labs",
        "CAN",
        "description",
    ),
    # ... not one across a verb, nor one of another noun phrase
    ("Officials at the Kenyan embassy met Tallis Group, a supplier of pumps.", "Tallis Group", None, None),
    (
        "ACCRA, Ghana (Reuters) — Opposition parties in Ghana protested on Monday. The Electoral "
        "Commission later said that the vote would be held again in March. Critics in Accra called "
        "the decision late.",
        "Electoral Commission",
        "GHA",
        "context-article",
    ),
    # filed from Geneva, about Iran: the story's country is Iran, not Switzerland
    (
        "GENEVA (Reuters) - Iran and three European powers agreed on Wednesday to resume talks in "
        "Geneva. Iranian officials said Tehran was ready to discuss limits.\n\nThe Foreign Ministry "
        "later issued a statement welcoming the outcome. Iran's president spoke by phone with the "
        "French leader.",
        "Foreign Ministry",
        "IRN",
        "context-article",
    ),
    # the dateline's country, named about as often as the other one: it is the story's country
    (
        "HANOI (AFP) - Vietnam accused China of ramming a fishing boat. Chinese ships and Vietnamese "
        "vessels clashed near the islands, and Beijing denied it. The National Assembly will debate "
        "the incident.",
        "National Assembly",
        "VNM",
        "context-article",
    ),
    # two countries named as often: no country for a generic body
    (
        "India and Pakistan traded accusations on Monday. Indian officials blamed militants, while "
        "Pakistani officials denied any role.\n\nThe Foreign Ministry later issued a statement.",
        "Foreign Ministry",
        None,
        None,
    ),
    # an international body never takes the article's country
    (
        "NAIROBI, Kenya (AP) — Police in Kenya arrested dozens of protesters on Tuesday. The "
        "International Election Observation Mission said the vote had been fair.",
        "International Election Observation Mission",
        None,
        None,
    ),
]


@pytest.mark.parametrize(("text", "name", "country", "basis"), ORG_COUNTRIES)
def test_organisation_country_from_text_and_context(entities, text, name, country, basis):
    ent = find(entities(text), name)
    assert ent.type == "ORG"
    assert (ent.actor.country if ent.actor else None) == country, ent.actor
    if basis is not None:
        assert ent.attributes.get("country_basis") == basis, ent.attributes


LOCAL_PEOPLE_TEXT = (
    'NAIROBI, Kenya (AP) — Police in Kenya arrested dozens of protesters on Tuesday. "We saw no '
    'fraud," said Jean Morel, a French diplomat. "We only want to work," said Peter Kamau, a '
    "40-year-old shopkeeper."
)
# people of the story's country, and people with a country of their own: name, country, basis
LOCAL_PEOPLE = [
    ("Peter Kamau", "KEN", "context-article"),
    ("Jean Morel", "FRA", "nationality"),
]


@pytest.mark.parametrize(("name", "country", "basis"), LOCAL_PEOPLE)
def test_local_people_take_the_story_country(entities, name, country, basis):
    ent = find(entities(LOCAL_PEOPLE_TEXT), name)
    assert ent.actor is not None and ent.actor.country == country
    assert ent.attributes.get("country_basis") == basis


def test_byline_names_in_capitals_are_people_without_country(entities):
    text = (
        "By JOHN MWANGI and GRACE ATIENO\n\nNAIROBI, Kenya (AP) — Kenyan police fired tear gas at "
        "protesters in Nairobi on Tuesday. Kenya's opposition called for more marches."
    )
    ents = entities(text)
    for name in ("JOHN MWANGI", "GRACE ATIENO"):
        ent = find(ents, name)
        assert ent.type == "PERSON"
        assert ent.actor is None  # the reporter is no actor of the story's country
    assert not any(m.text == "By" for e in ents for m in e.mentions)


# buildings are FAC (OntoNotes), whatever the model said; an organisation named after one is not
FACILITIES = [
    ("She was taken to Groote Schuur Hospital on Sunday.", "Groote Schuur Hospital", "FAC"),
    ("Fans filled Wembley Stadium on Saturday.", "Wembley Stadium", "FAC"),
    ("Hospital Corporation of America said profits rose.", "Hospital Corporation of America", "ORG"),
]


@pytest.mark.parametrize(("text", "name", "type_"), FACILITIES)
def test_facilities(entities, text, name, type_):
    ent = find(entities(text), name)
    assert ent.type == type_
    if type_ == "FAC":
        assert ent.actor is None


# a person described by a role, with no country written: the story's country, never the one named
# in what they are reported to say; "its spokesman" is the spokesman of the body named just before.
# text, person, attributes that must be present, actor country
UNWRITTEN_COUNTRY = [
    (  # a lower-case title the tagger may call a proper noun
        'NAIROBI, Kenya - Teachers across Kenya stayed away from schools on Monday. "We will not go '
        'back," union president Joseph Kamau told reporters.',
        "Joseph Kamau",
        {"occupation": "president"},
        "KEN",
    ),
    (  # "director" is a role
        'ACCRA, Ghana - Malaria cases rose in Ghana this month. "We need more nets," the agency\'s '
        "director, Kwame Mensah, told reporters in Accra.",
        "Kwame Mensah",
        {"role": "director"},
        "GHA",
    ),
    (  # "Col ." with its full stop a token of its own is still a title
        "CAIRO - Two men were held in Egypt on Monday. Police spokesman Col. Ahmed Farouk told "
        "reporters in Cairo that the men were armed.",
        "Ahmed Farouk",
        {"title": "Col."},
        "EGY",
    ),
    (  # the other side named in the reported clause is no clue
        "NAIROBI, Kenya - Fighting broke out near the border in Kenya. A government spokesman, Maj. "
        "Paul Otieno, said Ugandan soldiers had crossed into the area.",
        "Paul Otieno",
        {"title": "Maj."},
        "KEN",
    ),
    (  # "its spokesman": the body named in the sentence before
        "BOGOTA - Venezuela's Defence Ministry denied the report. Its spokesman, Maj. Gen. Tomas Ruiz, "
        "said Colombian troops had crossed the border on Sunday. Colombia's army said it had not.",
        "Tomas Ruiz",
        {"affiliation": "Defence Ministry", "country_basis": "affiliation"},
        "VEN",
    ),
    (  # a role noun with an organisation before it: the person works for it
        "A former Kenya Airways manager, Hugo Pereyra, testified on Monday.",
        "Hugo Pereyra",
        {"role": "former Kenya Airways manager", "affiliation": "Kenya Airways"},
        "KEN",
    ),
    (  # a diplomat's role naming the embassy's nationality
        "The counsellor of the Kenyan embassy, Andrei Kavalenka, was expelled.",
        "Andrei Kavalenka",
        {"role": "counsellor of the embassy", "nationality": "Kenyan"},
        "KEN",
    ),
    (  # the seat a representative holds: the place (tagged an organisation) and its country
        "The member for Kisumu, Rebecca Nime, accused the national government.",
        "Rebecca Nime",
        {"role": "member for Kisumu", "country_basis": "role place"},
        "KEN",
    ),
    (  # an envoy "for" a country serves there: it is not theirs
        "Tom Reed, the U.K. special envoy for Yemen, arrived in Aden on Monday.",
        "Tom Reed",
        {"role": "U.K. special envoy for Yemen"},
        "GBR",
    ),
    # negative: no description, no country; "its" with no body before it names none; a role
    # "for" something that is no place
    (
        "The minister for Health, Ann Lee, said the vote was fair.",
        "Ann Lee",
        {"role": "minister for Health"},
        None,
    ),
    (
        "NAIROBI, Kenya - Joseph Kamau told reporters that Uganda had closed the road.",
        "Joseph Kamau",
        {},
        None,
    ),
    (
        "Its spokesman, Maj. Gen. Tomas Ruiz, said the troops had crossed the border on Sunday.",
        "Tomas Ruiz",
        {"title": "Maj. Gen."},
        None,
    ),
]


@pytest.mark.parametrize(("text", "name", "attrs", "country"), UNWRITTEN_COUNTRY)
def test_country_of_a_described_person(entities, text, name, attrs, country):
    ent = find(entities(text), name)
    assert ent.type == "PERSON"
    for key, value in attrs.items():
        assert ent.attributes.get(key) == value, ent.attributes
    assert (ent.actor.country if ent.actor else None) == country
    if country is None:
        assert "affiliation" not in ent.attributes


# a possessive country before an organisation outranks a country word inside its name (the
# body belongs to the possessor and deals with the other): text, organisation, country
POSSESSOR_OVER_NAME = [
    ("Japan's Korea Affairs Bureau in Tokyo said talks would resume.", "Korea Affairs Bureau", "JPN"),
    ("India's Nepal Affairs Office issued a statement on Monday.", "Nepal Affairs Office", "IND"),
    ("The Nepal Affairs Office issued a statement on Monday.", "Nepal Affairs Office", "NPL"),
]


@pytest.mark.parametrize(("text", "name", "country"), POSSESSOR_OVER_NAME)
def test_possessive_country_outranks_a_country_in_the_name(entities, text, name, country):
    ent = find(entities(text), name)
    assert ent.type == "ORG"
    assert (ent.actor.country if ent.actor else None) == country, ent.actor


# a short form written before a noun for an organisation's people joins the organisation named
# in full before it; a generic word, a place or a short form with no such noun does not:
# text, the full name, the mentions it should have
STAFF_MODIFIERS = [
    (
        "Baltic Varko Shipping said on Monday it would sell two ships. Varko officials said the sale "
        "would close in May.",
        "Baltic Varko Shipping",
        ["Baltic Varko Shipping", "Varko"],
    ),
    (
        # a word the model may leave untagged, not first in its sentence
        "Harlan Vestry Partners bought the mill in March. On Tuesday, Vestry executives declined to comment.",
        "Harlan Vestry Partners",
        ["Harlan Vestry Partners", "Vestry"],
    ),
]


@pytest.mark.parametrize(("text", "name", "mentions"), STAFF_MODIFIERS)
def test_staff_modifier_joins_the_organisation(entities, text, name, mentions):
    ent = find(entities(text), name)
    assert [m.text for m in ent.mentions if m.text[:1].isupper()] == mentions


@pytest.mark.parametrize(
    ("text", "name", "word"),
    [
        # a generic word of the name stands for no one organisation
        (
            "Kestrel National Bank reported a loss. On Monday, National officials blamed the economy.",
            "Kestrel National Bank",
            "National",
        ),
        # a place named before staff is the place's people, not the company's
        (
            "Boston Harbor Ferries cut two routes. Boston officials said they would appeal.",
            "Boston Harbor Ferries",
            "Boston",
        ),
    ],
)
def test_staff_modifier_not_a_place(entities, text, name, word):
    ent = find(entities(text), name)
    assert word not in [m.text for m in ent.mentions]
