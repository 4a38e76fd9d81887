"""Entities, quotes, times and places (session 20; every sentence invented): a body's name joining
two fields with "and" is one organisation; a clergy title before a name is a title, not part of the
name; a court's "found/held that" reports its ruling; a group's present-tense "report that" is a cue
whatever the tagger made of the verb or of "that"; a message sent "over/via" a platform names it as
the channel; a bare month later in the year than the page's, done in the past, is last year's; an
unknown place named with a place cue takes the country of the place it is said to be in, or of the
one country the story names."""

from __future__ import annotations

import pytest

from storyline.record import Quote


def _quotes(pipeline, analyse, text: str, published: str = "2021-04-12") -> list[Quote]:
    an = analyse(text, published=published)
    ents = pipeline.entities(an)
    return pipeline.quotes(an, ents, pipeline.times(an))


def _quoted(quotes: list[Quote]) -> list[tuple[str, str | None, str | None, str | None]]:
    return [
        (q.text, q.speaker.text if q.speaker else None, q.cue.text if q.cue else None, q.channel)
        for q in quotes
    ]


# --- 1. a body's name with "and" inside it --------------------------------------------------------

# (text, the organisations' names)
JOINED_BODIES = [
    (
        "Rangers from the Directorate of Parks and Beaches closed the shore on Sunday.",
        ["Directorate of Parks and Beaches"],
    ),
    # untagged, the field after "and" taken for a person
    (
        "The Commission for Roads and Bridges opened an inquiry on Monday.",
        ["Commission for Roads and Bridges"],
    ),
    # the model's own whole name stays whole
    (
        "An official at the Ministry of Mines and Energy said the licence was revoked.",
        ["Ministry of Mines and Energy"],
    ),
    # a second body after "and": two organisations
    ("The Department of Labour and Google settled the case on Friday.", ["Department of Labour", "Google"]),
    ("Staff of the Ministry of Health and UNICEF toured the ward.", ["Ministry of Health", "UNICEF"]),
]


@pytest.mark.parametrize(("text", "names"), JOINED_BODIES)
def test_body_name_with_and(entities, text: str, names: list[str]) -> None:
    assert sorted(e.name for e in entities(text) if e.type == "ORG") == sorted(names)


# --- 2. clergy titles -----------------------------------------------------------------------------

# (text, the people's names: the title is no part of them, nor an organisation)
CLERGY = [
    ("Patriarch Dimitri Aslanov blessed the rebuilt chapel on Sunday.", ["Dimitri Aslanov"]),
    ("Mufti Idris Karamanli called for calm after the riot.", ["Idris Karamanli"]),
    ("The prayers were read by Deacon Tobias Wendt and Pastor Ruth Amadi.", ["Ruth Amadi", "Tobias Wendt"]),
    ("Abbot Lorenz Haid opened the monastery's gates to the families.", ["Lorenz Haid"]),
]


@pytest.mark.parametrize(("text", "people"), CLERGY)
def test_clergy_title_is_no_part_of_the_name(entities, text: str, people: list[str]) -> None:
    found = entities(text)
    assert sorted(e.name for e in found if e.type == "PERSON") == people
    assert [e.name for e in found if e.type == "ORG"] == []


# --- 3. a court's ruling --------------------------------------------------------------------------

# (text, (content, speaker, cue) of each quote)
RULINGS = [
    (
        "The appeals court found that the landlord had broken the tenancy law.",
        [("that the landlord had broken the tenancy law", "The appeals court", "found")],
    ),
    (
        "Judge Selma Varga held that the port authority owed the crew their wages.",
        [("that the port authority owed the crew their wages", "Judge Selma Varga", "held")],
    ),
    (
        "The labour tribunal found that the dismissals were lawful.",
        [("that the dismissals were lawful", "The labour tribunal", "found")],
    ),
    # no clause: a verdict, not words reported
    ("The court found the driver guilty of dangerous driving.", []),
    ("The judge held a closed hearing on Monday.", []),
    # no court: a search's result, not a ruling
    ("Divers found that the hull had split.", []),
]


@pytest.mark.parametrize(("text", "want"), RULINGS)
def test_court_ruling_is_reported_speech(pipeline, analyse, text: str, want: list[tuple]) -> None:
    assert [q[:3] for q in _quoted(_quotes(pipeline, analyse, text))] == want


# --- 4. a group's "report that" -------------------------------------------------------------------

# (text, (content, speaker, cue) of each quote)
GROUP_REPORTS = [
    # "that" tagged a determiner, the verb a noun
    (
        "Tailors in Mwanza report that cloth costs have risen.",
        [("that cloth costs have risen", "Tailors in Mwanza", "report")],
    ),
    # the group a compound ("Market women")
    (
        "Market women in Kumasi report that onion prices have tripled.",
        [("that onion prices have tripled", "Market women in Kumasi", "report")],
    ),
    # a relative clause on a noun "report": no quote
    ("The auditors' report that was published on Monday named two firms.", []),
    # "that" a determiner with no clause after it: no quote
    ("Clerks in the district report that figure to the treasury each month.", []),
]


@pytest.mark.parametrize(("text", "want"), GROUP_REPORTS)
def test_group_report_that(pipeline, analyse, text: str, want: list[tuple]) -> None:
    assert [q[:3] for q in _quoted(_quotes(pipeline, analyse, text))] == want


# --- 5. a platform a message went out over --------------------------------------------------------

# (text, the quote's channel)
SENT_OVER = [
    ("In a notice put out over Viber, the council said the market would close.", "notice put out over Viber"),
    ("The governor said in a letter sent via WhatsApp that he would stay.", "letter sent via WhatsApp"),
    ("In a statement shared on Facebook, the club said the coach had left.", "statement shared on Facebook"),
    # "via" a go-between, no platform: the channel noun alone
    ("The minister said in a letter sent via the embassy that talks would go on.", "letter"),
]


@pytest.mark.parametrize(("text", "channel"), SENT_OVER)
def test_channel_sent_over_a_platform(pipeline, analyse, text: str, channel: str) -> None:
    assert [q[3] for q in _quoted(_quotes(pipeline, analyse, text))] == [channel]


# --- 6. a bare month after the page's ---------------------------------------------------------------

# (text, published, (text, type, value) of each time)
MONTHS = [
    # done in the past in a month still ahead of the page's: last year's
    ("The bridge was repainted in June.", "2021-04-12", [("June", "DATE", "2020-06")]),
    ("The pipeline had been tested in May, engineers said.", "2021-04-12", [("May", "DATE", "2020-05")]),
    ("The ferry sank in September.", "2021-04-12", [("September", "DATE", "2020-09")]),
    # looking forward, or set for the month: this year's
    ("The bridge will be repainted in June.", "2021-04-12", [("June", "DATE", "2021-06")]),
    ("The council said it would repaint the bridge in June.", "2021-04-12", [("June", "DATE", "2021-06")]),
    ("The council set the vote for June.", "2021-04-12", [("June", "DATE", "2021-06")]),
    ("The council announced elections in May.", "2021-04-12", [("May", "DATE", "2021-05")]),
    # a month before the page's: this year's
    ("The ferry sank in February.", "2021-04-12", [("February", "DATE", "2021-02")]),
]


@pytest.mark.parametrize(("text", "published", "want"), MONTHS)
def test_bare_month_in_a_past_clause(time_triples, text: str, published: str, want: list[tuple]) -> None:
    assert time_triples(text, published) == want


# --- 7. an unknown place named with a place cue -----------------------------------------------------


# (text, the unknown place, its country)
UNKNOWN_PLACES = [
    # the place it is said to be in
    (
        "Troops clashed with raiders near the town of Odumase Kwabre in Ghana on Tuesday.",
        "Odumase Kwabre",
        "GH",
    ),
    # the one country the story names
    (
        "The lorry overturned near the village of Kgomotso Letlhakane, 60 km from Francistown.",
        "Kgomotso Letlhakane",
        "BW",
    ),
]


def _places(pipeline, analyse, text: str) -> list:
    """The places stage given the entity stage's output, as the pipeline runs it."""
    an = analyse(text)
    return pipeline.places(an, pipeline.entities(an))


@pytest.mark.parametrize(("text", "name", "country"), UNKNOWN_PLACES)
def test_unknown_cued_place_takes_the_story_country(
    pipeline, analyse, text: str, name: str, country: str
) -> None:
    assert [(p.country, p.lat) for p in _places(pipeline, analyse, text) if p.text == name] == [
        (country, None)
    ]


# two countries named and no container: no guess
def test_unknown_cued_place_between_two_countries(pipeline, analyse) -> None:
    text = "Herders fled to the village of Dabanga Koro, between Chad and Niger, on Friday."
    assert [p.country for p in _places(pipeline, analyse, text) if p.text == "Dabanga Koro"] == [None]


# a name after "<place noun> of" the model cut into pieces: one place, of the story's country
PLACE_NOUN_NAMES = [
    ("MOMBASA, Kenya - Water cut off the town of Awasi Kolwa on Monday.", "Awasi Kolwa", "KE"),
    ("Raiders burned huts in the village of Kisii Nyamache in Kenya.", "Kisii Nyamache", "KE"),
]


@pytest.mark.parametrize(("text", "name", "country"), PLACE_NOUN_NAMES)
def test_place_noun_name_whole(pipeline, analyse, text: str, name: str, country: str) -> None:
    assert [(p.text, p.country) for p in _places(pipeline, analyse, text) if name.split()[0] in p.text] == [
        (name, country)
    ]


# a known town and a country after "the city of": two places, as written
def test_place_noun_town_and_country(pipeline, analyse) -> None:
    text = "Troops entered the city of Kano, Nigeria, on Friday."
    assert [(p.text, p.country) for p in _places(pipeline, analyse, text)] == [
        ("Kano", "NG"),
        ("Nigeria", "NG"),
    ]
