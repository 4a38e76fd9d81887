"""The places stage and the gazetteer: toponyms found, resolved by context, offsets exact.

Tables of sentence -> expected (text, country, admin1, lat, lon within a tolerance),
negative cases (demonyms, person names, relative places), the seed article's gold
places through the whole pipeline, then LGL and GeoVirus gold data (slow).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import SEED, need_data, seed_gold, seed_gold_or_none, seed_text
from conftest import found_place as _found
from storyline.gazetteer import cache_dir, distance_km, load_gazetteer, name_key
from storyline.record import Place
from storyline.stages.places import PlaceStage


@pytest.fixture(scope="module")
def stage(nlp) -> PlaceStage:
    return PlaceStage(nlp)


# (sentence, (mention text, country, admin1, lat, lon, tolerance km))
CASES = [
    # context: the containing division or the article's other places pick the namesake
    (
        "Protesters marched in Vancouver, British Columbia, on Saturday.",
        ("Vancouver", "CA", "BC", 49.25, -123.12, 30),
    ),
    ("The ferry left Vancouver, Washington, early on Monday.", ("Vancouver", "US", "WA", 45.64, -122.66, 30)),
    (
        "A concert in Vancouver drew fans from across British Columbia and the rest of Canada.",
        ("Vancouver", "CA", "BC", 49.25, -123.12, 30),
    ),
    ("Police in Paris, Tenn., arrested two men.", ("Paris", "US", "TN", 36.3, -88.33, 30)),
    ("Police in Paris, Tenn., arrested two men.", ("Tenn.", "US", "TN", 35.8, -86.4, 400)),
    ("The mayor of Paris met the French president.", ("Paris", "FR", "IDF", 48.85, 2.35, 30)),
    (
        "Paris officials met in Illinois. The Paris library in Illinois will host it.",
        ("Paris", "US", "IL", 39.61, -87.7, 30),
    ),
    ("Police in Sydney, NSW, said the man was arrested.", ("Sydney", "AU", "NSW", -33.87, 151.21, 30)),
    ("Deputies in Laurel County arrested him on Monday.", ("Laurel County", "US", "KY", 37.1, -84.1, 60)),
    ("Cases rose sharply in the Philippines.", ("Philippines", "PH", None, 13.0, 122.0, 500)),
    # "the state of Washington" is the state; Washington alone is the capital
    (
        "The crossing connects British Columbia with the state of Washington.",
        ("Washington", "US", "WA", 47.5, -120.5, 400),
    ),
    (
        "The White House said Washington would respond to the attack.",
        ("Washington", "US", "DC", 38.9, -77.04, 30),
    ),
    ("Snow closed roads in Washington state on Tuesday.", ("Washington", "US", "WA", 47.5, -120.5, 400)),
    # countries, divisions, regions, airports
    ("Soldiers returned to Canada from Iraq last week.", ("Canada", "CA", None, 60.0, -96.0, 1500)),
    ("Soldiers returned to Canada from Iraq last week.", ("Iraq", "IQ", None, 33.0, 44.0, 500)),
    ("Officials in the United States declined to comment.", ("United States", "US", None, 39.8, -98.6, 2000)),
    (
        "An American air raid killed him at Baghdad airport.",
        ("Baghdad airport", "IQ", "BG", 33.26, 44.23, 30),
    ),
    ("Tensions in the Middle East have escalated.", ("Middle East", None, None, 29.0, 41.0, 1500)),
    ("Tankers were attacked in the Gulf on Thursday.", ("Gulf", None, None, 26.5, 52.0, 800)),
    ("Fighting continued in Kabul overnight.", ("Kabul", "AF", "KAB", 34.53, 69.17, 30)),
    ("Flooding hit Queensland after days of rain.", ("Queensland", "AU", "QLD", -22.0, 145.0, 800)),
    # nearness: readings of two local names that lie together win over bigger namesakes
    (
        "Police in Paris and the Henry County sheriff searched the lake.",
        ("Paris", "US", "TN", 36.3, -88.33, 30),
    ),
    (
        "Police in Paris and the Henry County sheriff searched the lake.",
        ("Henry County", "US", "TN", 36.3, -88.3, 60),
    ),
    (
        "Richmond police said the suspect was arrested in Irvine, in Estill County.",
        ("Richmond", "US", "KY", 37.75, -84.29, 30),
    ),
    ("Richmond police said the suspect was arrested on Monday.", ("Richmond", "US", "VA", 37.55, -77.46, 30)),
    # a compass part of a division or country is located at that division
    ("Storms moved across North Texas overnight.", ("North Texas", "US", "TX", 31.5, -99.0, 600)),
    # a name the model cut at a particle ("Mar" of "Mar del Plata")
    (
        "The former governor will remain under house arrest in Mar del Plata until the appeal is heard.",
        ("Mar del Plata", "AR", None, -38.0, -57.55, 30),
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[f"{c[1][0]}:{c[0][:30]}" for c in CASES])
def test_resolves(places, sentence: str, expected: tuple) -> None:
    text, country, admin1, lat, lon, tol = expected
    got = _found(places(sentence), text)
    assert got.country == country, got
    if admin1 is not None:
        assert got.admin1 == admin1, got
    assert got.lat is not None and got.lon is not None, got
    assert distance_km(got.lat, got.lon, lat, lon) <= tol, got


def test_airport_is_a_facility_with_its_own_point(places) -> None:
    got = _found(places("An air raid killed him at Baghdad airport."), "Baghdad airport")
    assert got.feature == "airport"
    assert got.name == "Baghdad International Airport"


def test_known_airport_by_its_own_name(places) -> None:
    """An airport the gazetteer knows by its full name is that airport (its name without
    "International Airport" names no city)."""
    sentence = "He was arrested at the Jomo Kenyatta International Airport in Nairobi on Sunday."
    got = _found(places(sentence), "Jomo Kenyatta International Airport")
    assert got.country == "KE" and got.lat is not None and abs(got.lat - -1.32) < 0.1


def test_unknown_facility_is_kept_unresolved(places) -> None:
    """A named border crossing the gazetteer cannot locate stays, with no coordinates."""
    sentence = "They were held at the Moosewood border crossing for hours."
    got = [p for p in places(sentence) if "Moosewood" in p.text]
    assert got, places(sentence)
    assert got[0].lat is None and got[0].lon is None
    assert got[0].feature == "facility"


@pytest.mark.parametrize(
    ("sentence", "text", "lat", "lon"),
    [
        ("Trucks waited at the Rafah crossing on Tuesday.", "Rafah crossing", 31.25, 34.26),
        ("They were held at the Torkham border crossing for hours.", "Torkham border crossing", 34.1, 71.1),
    ],
)
def test_curated_facility_is_located(places, sentence: str, text: str, lat: float, lon: float) -> None:
    got = [p for p in places(sentence) if p.text.startswith(text.split()[0])]
    assert got, places(sentence)
    assert got[0].feature == "facility"
    assert got[0].lat is not None and got[0].lon is not None
    assert distance_km(got[0].lat, got[0].lon, lat, lon) <= 10


# sentences with no place mention at all (nationality words give adjectival places only)
NEGATIVE = [
    "Iraqi officials met Canadian diplomats on Sunday.",  # demonyms
    "Dozens of Iranians and Iranian Americans were questioned.",
    "Jewish and Muslim leaders met on Sunday.",  # "Jewish" is no oblast, though GeoNames says so
    "George Washington crossed the river with his men.",  # a person named Washington
    "Michael Jordan said he would not return.",  # a person named Jordan
    "Special forces worked in the northern part of the country.",  # a relative place
    "Lane said the statement was accurate.",
]


@pytest.mark.parametrize("sentence", NEGATIVE)
def test_no_places(places, sentence: str) -> None:
    assert [p for p in places(sentence) if p.feature != "adjectival"] == []


# (sentence, adjectival mentions as (text, country)): a nationality word stands for its country
ADJECTIVAL_CASES = [
    ("Iraqi forces shelled the town.", [("Iraqi", "IQ")]),
    ("Palestinians and Israeli police clashed on Friday.", [("Palestinians", "PS"), ("Israeli", "IL")]),
    ("Canadian troops stayed in Iraq.", [("Canadian", "CA")]),
    ("Jewish and Muslim leaders met on Sunday.", []),  # a religion, no country
    ("Troops returned to Canada.", []),
]


@pytest.mark.parametrize(("sentence", "expected"), ADJECTIVAL_CASES)
def test_adjectival_places(places, sentence: str, expected: list) -> None:
    got = [p for p in places(sentence) if p.feature == "adjectival"]
    assert [(p.text, p.country) for p in got] == expected
    for p in got:
        assert p.lat is not None and p.admin1 is None  # located at the country


# (sentence, mention text): a name the gazetteer lacks, in a place slot, is kept unlocated
UNLOCATED_CASES = [
    ("Gunmen stormed the village of Kafr Zorbadan on Monday.", "Kafr Zorbadan"),  # GPE
    ("Two soldiers were killed near Batrah on Thursday.", "Batrah"),  # GPE after "near"
]


@pytest.mark.parametrize(("sentence", "text"), UNLOCATED_CASES)
def test_unknown_name_in_a_place_slot_is_kept_unlocated(places, sentence: str, text: str) -> None:
    got = _found(places(sentence), text)
    assert got.lat is None and got.lon is None and got.name is None


# an unknown place in a story that plainly happens in one country takes that country; in a
# story that names no country plainly it takes none
UNLOCATED_COUNTRY_CASES = [
    (
        "Floods hit Ratnagiri and Kolhapur in Maharashtra. Two soldiers drowned near Batrah.",
        "Batrah",
        "IN",
    ),
    ("Two soldiers were killed near Batrah on Thursday.", "Batrah", None),
]


@pytest.mark.parametrize(("sentence", "text", "country"), UNLOCATED_COUNTRY_CASES)
def test_unknown_place_takes_the_story_country(places, sentence: str, text: str, country: str | None) -> None:
    got = _found(places(sentence), text)
    assert got.lat is None and got.country == country


def test_name_tagged_org_after_a_place_noun_is_a_place(places) -> None:
    got = _found(places("Rebels captured the town of Taybat Al-Imam."), "Taybat Al-Imam")
    assert got.country == "SY"


_FARMER = "Rahima Begum, a 52-year-old farmer from Shyamnagar, said the water rose quickly."
# (sentence, mention text, country or None when unlocated; no such place at all when absent)
SPLIT_AND_CONTEXT_CASES = [
    # coordinated names taken as one ORG: split where one side is a place the gazetteer knows;
    # the side it does not know is kept unlocated
    ("Iran said inspectors are not back at Fordow and Natanz, two sites in Iran.", "Natanz", "IR"),
    ("Iran said inspectors are not back at Fordow and Natanz, two sites in Iran.", "Fordow", None),
    ("Shares in Procter and Gamble fell in New York.", "Procter", "absent"),
    ("Shares in Procter and Gamble fell in New York.", "Gamble", "absent"),
    ("Officials from Bosnia and Herzegovina met in Sarajevo.", "Bosnia and Herzegovina", "BA"),
    # a PERSON-tagged name after "from" is a place when it is a town of a country the article names
    # (tagged PERSON here); a town of that name elsewhere is no place in this story
    (f"Floods hit West Bengal in India. {_FARMER}", "Shyamnagar", "IN"),
    (f"Cyclone Tavra hit Bangladesh. {_FARMER}", "Shyamnagar", "absent"),
    (
        f"A cyclone hit Bangladesh near Khulna and Dhaka; neighbouring India was spared. {_FARMER}",
        "Shyamnagar",
        "absent",
    ),
    # a town coordinated with a place, tagged ORG or PERSON by the model ("Balaka", "Besisahar",
    # "Mazabuka"), is a place of the article's country; a town of another country, a first
    # name or a person's surname is not
    (
        "Heavy rain hit Malawi on Monday. The injured were taken to clinics in Blantyre and Balaka.",
        "Balaka",
        "MW",
    ),
    ("Storms battered Nepal, and roads near Pokhara and Besisahar were closed.", "Besisahar", "NP"),
    ("Rain hit Zambia. Schools in Lusaka, Mazabuka and Monze were shut.", "Mazabuka", "ZM"),
    ("Rain hit Zambia. Schools in Lusaka and Besisahar were shut.", "Besisahar", "absent"),
    ("Rain hit Zambia. Grace and Lusaka were named in the report.", "Grace", "absent"),
    ("Storms battered Nepal. Ram Karki said roads near Pokhara and Karki were closed.", "Karki", "absent"),
    # a known city the model swallows into a time ("Indore overnight" tagged TIME) is still found;
    # a holiday or a weekday opening a time is no place
    ("The force, which sent five teams from Indore overnight, put the number at 300.", "Indore", "IN"),
    ("Shops in Delhi reopened on Christmas morning.", "Christmas", "absent"),
    ("Troops left Delhi on Monday night.", "Monday", "absent"),
    # a division named with its kind noun, tagged PERSON ("Rakhine State"); a person named so is not
    ("Aid reached people displaced in Rakhine State, his spokesperson said.", "Rakhine State", "MM"),
    ("Aid reached people, Jane State said.", "Jane State", "absent"),
    # a town tagged ORG after "in"/"to"/"from"/"near"/"at", known by another spelling or under
    # 100,000 people, is a place when it lies in a country the article names; a company, or a
    # town of a country the story does not name, is not; nor a short form of a longer name
    ("Officials in the Netherlands said a lab in Lelystad confirmed the case.", "Lelystad", "NL"),
    ("The company sold its stake to Apple in Portugal on Monday.", "Apple", "absent"),
    ("Officials in Chile said a lab in Lelystad confirmed the case.", "Lelystad", "absent"),
    (
        "Officials in the Netherlands praised Lelystad Airport. A lab in Lelystad confirmed the case.",
        "Lelystad",
        "absent",
    ),
    # a name coordinated with a name after "<place noun> of" ("the outskirts of"), or after "the
    # edge of", is a town of the story's country; a town of another country is not
    (
        "Firefighters reached the outskirts of Rafina and Nea Makri, officials in Greece said.",
        "Nea Makri",
        "GR",
    ),
    (
        "Firefighters reached the outskirts of Rafina and Lelystad, officials in Greece said.",
        "Lelystad",
        "absent",
    ),
    ("Shells fell on the edge of Beledweyne, a Somali official said.", "Beledweyne", "SO"),
    # a name coordinated with the name after "in" is a town of the story's country, whatever
    # the model tagged ("Sokode" as an organisation, "Kara" as a person)
    ("Shops in Lome were shut, but traders in Sokode and Kara heard gunfire.", "Kara", "TG"),
    # a national capital by its own name after "from"/"to"/"at", tagged PERSON, needs no country
    # named; a capital that is a first name, or a person's name in the article, is no place
    ("Her brother wrote in a letter from Windhoek that the family was safe.", "Windhoek", "NA"),
    ("The coach gave the ball to Santiago, who scored.", "Santiago", "absent"),
    ("She sent a message to Juba on Monday.", "Juba", "absent"),
    # both ends of a route "X-Y road": a small town the scan alone would not take
    ("Trucks on the Mombasa-Voi highway were stuck after floods in Kenya.", "Voi", "KE"),
    ("Trucks on the Mombasa-Voi highway were stuck after floods in Kenya.", "Mombasa", "KE"),
]


@pytest.mark.parametrize(("sentence", "text", "country"), SPLIT_AND_CONTEXT_CASES)
def test_coordinated_names_and_names_after_from(
    places, sentence: str, text: str, country: str | None
) -> None:
    got = [p for p in places(sentence) if p.text == text]
    if country == "absent":
        assert got == []
    else:
        assert got, f"{text!r} not found"
        assert got[0].country == country and (got[0].lat is None) == (country is None)


def test_unknown_gpe_without_a_place_cue_is_dropped(places) -> None:
    assert [p.text for p in places("Kafr Zorbadan said the talks would resume.")] == []


def test_trailing_kind_word_finds_the_division(places) -> None:
    got = _found(places("Flooding hit Henan Province on Monday."), "Henan Province")
    assert (got.country, got.feature) == ("CN", "admin1")


# (sentence, name, country or None): a name followed by a lower-case word of its kind (or by
# "provincial"/"regional") is a place when the gazetteer knows it as that kind, however it is
# tagged; else it is no place
KIND_WORD_CASES = [
    ("Floods hit villages in Thatta district on Monday.", "Thatta", "PK"),
    ("Gunmen killed two farmers in Ituango municipality.", "Ituango", "CO"),
    ("Protesters blocked roads in Nariño department.", "Nariño", "CO"),
    ("The Hargreaves district office closed on Monday.", "Hargreaves", None),
    # a division's name before "provincial" or "regional", tagged an adjective, a noun or a person
    ("Amhara regional police said the road was closed.", "Amhara", "ET"),
    ("Gauteng provincial health officials said the clinic was full.", "Gauteng", "ZA"),
    ("The Central regional hospital was full.", "Central", None),
]


@pytest.mark.parametrize(("sentence", "text", "country"), KIND_WORD_CASES)
def test_name_before_its_kind_word(places, sentence: str, text: str, country: str | None) -> None:
    got = [p for p in places(sentence) if p.text == text]
    assert [p.country for p in got] == ([country] if country else [])


# places no source has: a name between "the" and a division's kind word, or before a facility
# word, is kept; its country comes from the dateline or from the known place it is said to be
# in, and none is guessed otherwise; a facility in a known town takes that town's point
UNKNOWN_PLACES = [
    ("KISUMU, Kenya — Police in the Kiptuli district said 12 people died.", "Kiptuli", "KE", False),
    ("Fighting in Sudan spread on Monday. The Mutkaba region was cut off.", "Mutkaba", None, False),
    (
        "Flights to Kenya resumed. Officials at Lambwe airport in Kisumu said traffic was normal.",
        "Lambwe airport",
        "KE",
        True,
    ),
    ("Officials said he was held at Soundiata Barracks in Bamako.", "Soundiata Barracks", "ML", True),
    # no container written, but the story's one town: at its point (approximate)
    ("Soldiers in Bamako, Mali, seized the Soundiata Barracks on Sunday.", "Soundiata Barracks", "ML", True),
    # two towns, neither dominant: unlocated
    (
        "Soldiers from Bamako and Kayes seized the Soundiata Barracks on Sunday.",
        "Soundiata Barracks",
        None,
        False,
    ),
    (
        "HUANCAYO, Peru — Rescuers reached a mine in the remote province of Ocrotambo on Monday.",
        "Ocrotambo",
        "PE",
        False,
    ),
]


@pytest.mark.parametrize(("sentence", "text", "country", "located"), UNKNOWN_PLACES)
def test_place_no_source_has(places, sentence: str, text: str, country: str | None, located: bool) -> None:
    # located: at the point of the town it is said to be in (a facility in a known town)
    got = _found(places(sentence), text)
    assert (got.country, got.lat is not None) == (country, located)


@pytest.mark.parametrize("label", ["ORG", "PERSON"])
def test_unknown_division_with_its_kind_word_whatever_the_tag(analyse, stage, label: str) -> None:
    # the model's error written into the parse: the unknown name tagged ORG or PERSON
    text = "Residents of the Kiptuli district fled on Monday."
    an = analyse(text)
    start = text.index("Kiptuli")
    an.doc.set_ents([an.doc.char_span(start, start + 7, label=label)], default="outside")
    assert [p.text for p in stage(an, [])] == ["Kiptuli"]


# (the PERSON entity's mention texts besides the one on "Gainesville", still a place?)
PERSON_MENTION_CASES = [
    (None, True),  # no person entity
    ((), True),  # a lone name typed PERSON, no person named in full: may be a place
    (("John Gainesville",), False),  # a person named in full, then by surname
]


@pytest.mark.parametrize(("others", "is_place"), PERSON_MENTION_CASES)
def test_person_mentions_are_not_places(analyse, stage, others: tuple | None, is_place: bool) -> None:
    from storyline.record import Entity, Mention

    text = "Officials in Gainesville said the storm hit hard."
    at = text.index("Gainesville")
    people = []
    if others is not None:
        # the full name stands elsewhere in the article
        elsewhere = [Mention(200 + k, 200 + k + len(m), m) for k, m in enumerate(others)]
        mentions = (Mention(at, at + 11, "Gainesville"), *elsewhere)
        people = [Entity("e1", "Gainesville", "PERSON", mentions)]
    got = [p for p in stage(analyse(text), people) if p.text == "Gainesville"]
    assert bool(got) == is_place


def test_county_that_begins_an_organisation_name(places) -> None:
    got = _found(places("The Laurel County Sheriff's Office said two men were arrested."), "Laurel County")
    assert (got.country, got.admin1, got.feature) == ("US", "KY", "admin2")


def test_repeated_name_is_the_same_place_each_time(places) -> None:
    """One sense per article: every standalone repeat of a place name is that place."""
    text = (
        "Officials in Gainesville said the storm hit hard. Schools in Gainesville reopened on "
        "Monday, and Gainesville police cleared roads."
    )
    got = [p for p in places(text) if p.text == "Gainesville"]
    assert len(got) == 3
    assert {(p.country, p.admin1) for p in got} == {("US", "FL")}


def test_repeat_inside_a_longer_name_is_not_the_place(places) -> None:
    got = places("Troops crossed into Jordan on Monday. Michael Jordan said he would not return.")
    assert [p.text for p in got] == ["Jordan"]
    assert got[0].country == "JO"


# (sentence, mention, country, admin1): a hyphenated English division name is the division,
# not a shorter name inside it; a name written apart, or alone, is still itself
HYPHENATED_DIVISION_CASES = [
    (
        "Voters in Mecklenburg-Western Pomerania went to the polls.",
        "Mecklenburg-Western Pomerania",
        "DE",
        "MV",
    ),
    ("Floods hit Rhineland-Palatinate on Monday.", "Rhineland-Palatinate", "DE", "RP"),
    ("Floods hit Baden-Württemberg on Monday.", "Baden-Württemberg", "DE", "BW"),
    ("Fighting broke out in Kabardino-Balkaria overnight.", "Kabardino-Balkaria", "RU", "KB"),
    ("He was born in Pomerania before the war.", "Pomerania", "PL", "82"),
]


@pytest.mark.parametrize(("sentence", "text", "country", "admin1"), HYPHENATED_DIVISION_CASES)
def test_hyphenated_division_names(places, sentence: str, text: str, country: str, admin1: str) -> None:
    got = places(sentence)
    assert [p.text for p in got] == [text]
    assert (got[0].country, got[0].admin1) == (country, admin1)


def test_every_division_alias_names_a_division() -> None:
    from storyline.knowledge import load_tsv

    gaz = load_gazetteer()
    for row in load_tsv("division_aliases.tsv"):
        hits = [
            e for e in gaz.lookup(row["alias"]) if e.country == row["country"] and e.admin1 == row["admin1"]
        ]
        assert hits, row["alias"]


# (text, mention, lat, lon, tolerance km): a dateline names the city known without a qualifier,
# whatever the story's other places; a city named in the story is still read in context
DATELINE_CASES = [
    (
        "Geneva (Reuters) - Talks resumed. In Washington, officials in Virginia and Illinois agreed.",
        "Geneva",
        46.2,
        6.14,
        30,
    ),
    ("NAIROBI, Kenya (AP) — Police fired tear gas in Texas and Ohio.", "NAIROBI", -1.29, 36.82, 30),
    ("Dhaka (AFP) - Officials in Kentucky and Tennessee said so.", "Dhaka", 23.81, 90.41, 30),
    ("PARIS, Tenn. (AP) — Police arrested two men.", "PARIS", 36.3, -88.33, 30),  # its container wins
    # a dateline is the city, not the province of its name, and the story's later mentions follow it
    ("MENDOZA, Argentina (AP) — Workers struck. A court in Mendoza ruled.", "MENDOZA", -32.89, -68.83, 30),
    ("MENDOZA, Argentina (AP) — Workers struck. A court in Mendoza ruled.", "Mendoza", -32.89, -68.83, 30),
    # not a dateline: a sentence opening with a place, read in the story's context
    ("Paris officials met in Illinois. Paris library in Illinois will host it.", "Paris", 39.61, -87.7, 30),
]


@pytest.mark.parametrize(("sentence", "text", "lat", "lon", "tol"), DATELINE_CASES)
def test_dateline_city(places, sentence: str, text: str, lat: float, lon: float, tol: float) -> None:
    got = _found(places(sentence), text)
    assert got.lat is not None and distance_km(got.lat, got.lon, lat, lon) <= tol, got


# (text, mention, lat, lon, tolerance km): a dateline of two cities ("VIENNA/BUDAPEST (Reuters) -")
# names both, each the city known without a qualifier
TWO_CITY_DATELINE_CASES = [
    ("VIENNA/BUDAPEST (Reuters) - Officials met on Monday.", "VIENNA", 48.21, 16.37, 30),
    ("VIENNA/BUDAPEST (Reuters) - Officials met on Monday.", "BUDAPEST", 47.5, 19.04, 30),
    ("ROME/MADRID, May 3 (AFP) - The two governments agreed a deal.", "ROME", 41.89, 12.51, 30),
    ("ROME/MADRID, May 3 (AFP) - The two governments agreed a deal.", "MADRID", 40.42, -3.7, 30),
    # each is the city even where a division or a country has its name
    ("LUXEMBOURG/GENEVA (Reuters) - Judges ruled on Wednesday.", "LUXEMBOURG", 49.61, 6.13, 30),
]


@pytest.mark.parametrize(("sentence", "text", "lat", "lon", "tol"), TWO_CITY_DATELINE_CASES)
def test_two_city_dateline(places, sentence: str, text: str, lat: float, lon: float, tol: float) -> None:
    got = _found(places(sentence), text)
    assert got.lat is not None and distance_km(got.lat, got.lon, lat, lon) <= tol, got


# (sentence, mention, country, (lat, lon) or None): the name after "the <nationality> <kind> of"
# is a place in that country, at the gazetteer's point when it has the name there, else the
# country with no point; a territory's own name keeps its reading
NATIONALITY_KIND_CASES = [
    # an unknown name, whatever the model tagged it (GPE, ORG, PERSON, nothing)
    ("Fishermen were rescued near the Greek island of Vlorakos on Sunday.", "Vlorakos", "GR", None),
    ("Fishermen were rescued near the Greek island of Melanthi on Sunday.", "Melanthi", "GR", None),
    ("Fishermen were rescued near the Greek island of Kalypsos on Sunday.", "Kalypsos", "GR", None),
    ("Fishermen were rescued near the Greek island of Stavrinou on Sunday.", "Stavrinou", "GR", None),
    ("Police raided a warehouse in the Belgian town of Merkelbeek.", "Merkelbeek", "BE", None),
    ("Protests spread across the Mexican state of Oaxaca.", "Oaxaca", "MX", (17.1, -96.3)),
    ("Police in the Canadian city of London arrested two men.", "London", "CA", (42.98, -81.23)),
    ("The fire reached the Greek village of Kallithea near Athens.", "Kallithea", "GR", (37.95, 23.7)),
    ("Troops shelled the Syrian border town of Kasrawiya overnight.", "Kasrawiya", "SY", None),
    # a port is the town, not the division of its name
    ("Dockers struck in the Tanzanian port of Tanga on Monday.", "Tanga", "TZ", (-5.07, 39.1)),
    ("Dockers struck in the port of Tanga on Monday.", "Tanga", "TZ", (-5.07, 39.1)),
    (
        "Tourists were stranded on the French island of Reunion after the storm.",
        "Reunion",
        "RE",
        (-21.15, 55.5),
    ),
]


@pytest.mark.parametrize(("sentence", "text", "country", "point"), NATIONALITY_KIND_CASES)
def test_place_of_a_nationality(
    places, sentence: str, text: str, country: str, point: tuple[float, float] | None
) -> None:
    got = _found(places(sentence), text)
    assert got.country == country
    if point is None:
        assert (got.lat, got.lon) == (None, None)
    else:
        assert got.lat is not None and distance_km(got.lat, got.lon, *point) <= 30, got


# (text, mention, kept): a title-case headline's common phrase is no place name unless the body
# writes the name too
_RIOTS = (
    "Riots Close Border Crossing With Chad\n\nRiots forced officials to close a border crossing on Monday."
)
HEADLINE_CASES = [
    (
        "Convict Escapes Prison In Ohio\n\nA convict escaped from a jail in Ohio on Monday.",
        "Convict Escapes Prison",
        False,
    ),
    (
        _RIOTS,
        "Border Crossing",
        False,
    ),
    (
        _RIOTS,
        "Chad",
        True,
    ),
    (
        "Talks Resume In New York Today\n\nDiplomats met in New York on new proposals on Monday.",
        "New York",
        True,
    ),
]


@pytest.mark.parametrize(("sentence", "text", "kept"), HEADLINE_CASES)
def test_headline_phrase_is_no_place(places, sentence: str, text: str, kept: bool) -> None:
    assert (text in [p.text for p in places(sentence)]) == kept


# (sentence, mention, lat, lon, tolerance km): seas, lakes and islands of data/regions.json
REGION_CASES = [
    ("Fishermen were told to stay out of the Bay of Bengal.", "Bay of Bengal", 15.0, 88.0, 800),
    ("The hotel stands on the shore of Lake Geneva.", "Lake Geneva", 46.45, 6.55, 50),
    ("The boat sailed west of Luzon.", "Luzon", 16.0, 121.0, 300),
    ("Ships gathered near the Spratly Islands.", "Spratly Islands", 10.0, 114.3, 300),
]


@pytest.mark.parametrize(("sentence", "text", "lat", "lon", "tol"), REGION_CASES)
def test_seas_lakes_and_islands(places, sentence: str, text: str, lat: float, lon: float, tol: float) -> None:
    got = _found(places(sentence), text)
    assert got.lat is not None and distance_km(got.lat, got.lon, lat, lon) <= tol, got


def test_one_us_mention_does_not_pull_a_capital_to_a_us_namesake(places) -> None:
    """In an international story, "Washington" beside Iran, France and Britain does not make
    Vienna a town in Virginia."""
    text = (
        "Iran, France, Britain and Germany will meet in Vienna. Iran said it was ready. "
        "Iran warned Washington. Britain and France agreed."
    )
    got = _found(places(text), "Vienna")
    assert got.country == "AT", got


# a town name found in several countries gives only half a vote for its country: alone it
# does not pull a great city abroad to a namesake beside it
WEAK_NEIGHBOUR_CASES = [
    (
        "Police in London arrested two men on Friday. They were stopped in Riverdale after a chase.",
        "London",
        "GB",
    ),
    ("Police in Berlin said the van was found in Springfield on Monday.", "Berlin", "DE"),
]


@pytest.mark.parametrize(("sentence", "text", "country"), WEAK_NEIGHBOUR_CASES)
def test_small_namesake_does_not_pull_a_great_city_abroad(
    places, sentence: str, text: str, country: str
) -> None:
    assert _found(places(sentence), text).country == country


_NZ = "CHRISTCHURCH, New Zealand — Floods cut roads near Rangiora and Kaiapoi on Sunday"
_GR = "ATHENS, Greece — Fires burned near Rafina, Kapandriti and Dionysos."
_PATRAS = "PATRAS, Greece — A strong earthquake shook Argostoli, Lixouri and Zakynthos on Monday"

# (text, mention, expected country; None: kept as a place without coordinates). A story that
# plainly happens in one country does not put a town abroad that nothing else places there.
HOME_COUNTRY_CASES = [
    # the only namesake is a small town abroad (Cheviot, Ohio): the story's country and no
    # coordinates, not Ohio (None: unlocated)
    (f"{_NZ}, and the town of Cheviot was cut off.", "Cheviot", None),
    # ... but the text names its state: it stays there
    (f"{_NZ}. A tourist from Cheviot, Ohio, was among those rescued.", "Cheviot", "US"),
    # a big world city stays resolved
    (f"{_NZ}, and flights from Sydney were cancelled.", "Sydney", "AU"),
    # no plain story country: the namesake is read as before
    ("Floods cut roads on Sunday, and the town of Cheviot was cut off.", "Cheviot", "US"),
    ("Ministers met in Paris, Berlin and Madrid, and the town of Cheviot was cut off.", "Cheviot", "US"),
    # a town at home beats a bigger foreign namesake (Skopje, also spelt Skopia) the story
    # does not name, even beside many countries named in passing
    (
        f"{_GR} Italy, France, Spain, Cyprus, Portugal and Croatia sent planes, "
        "and a camp for the displaced opened in Skopia.",
        "Skopia",
        "GR",
    ),
    # ... and a small town's other, English spelling counts as that namesake (Itháki)
    (f"{_PATRAS}, and ferries to the island of Ithaca were halted.", "Ithaca", "GR"),
    (f"{_PATRAS}. Scientists in the town of Ithaca, New York, recorded it.", "Ithaca", "US"),
    ("A strong earthquake was felt in the town of Ithaca on Monday.", "Ithaca", "US"),
]


@pytest.mark.parametrize(("sentence", "text", "country"), HOME_COUNTRY_CASES)
def test_story_country_keeps_namesakes_at_home(places, sentence: str, text: str, country: str | None) -> None:
    got = _found(places(sentence), text)
    if country is None:
        assert got.lat is None and got.lon is None and got.country == "NZ", got
    else:
        assert got.country == country and got.lat is not None, got


# (sentence, mention, country, lat, lon, tolerance km): a lower-case direction before a city
# ("east London") names the city, which then holds the district named before it; "the X
# district of Y" puts X in Y, at Y's point when X is unknown or known only abroad
PART_OF_CASES = [
    ("Two men were held in Kensington, west London, after the raid.", "London", "GB", 51.51, -0.13, 20),
    ("Two men were held in Kensington, west London, after the raid.", "Kensington", "GB", 51.5, -0.19, 20),
    ("A bus caught fire in Stratford, east London, on Thursday.", "London", "GB", 51.51, -0.13, 20),
    ("A depot burned near Didsbury, south Manchester.", "Manchester", "GB", 53.48, -2.24, 20),
    ("Residents of the Tarlow district of Nairobi lost water.", "Tarlow", "KE", -1.28, 36.82, 20),
    (
        "Shops were looted in the Pellworth neighbourhood of Johannesburg.",
        "Pellworth",
        "ZA",
        -26.2,
        28.04,
        20,
    ),
    ("Militia fighters entered the Marbella district of Mogadishu.", "Marbella", "SO", 2.04, 45.34, 20),
    ("Gunmen fired shots in the Richmond suburb of London.", "Richmond", "GB", 51.46, -0.31, 20),
]


@pytest.mark.parametrize(("sentence", "text", "country", "lat", "lon", "tol"), PART_OF_CASES)
def test_district_of_a_city(
    places, sentence: str, text: str, country: str, lat: float, lon: float, tol: float
) -> None:
    got = _found(places(sentence), text)
    assert got.country == country, got
    assert distance_km(got.lat, got.lon, lat, lon) <= tol, got


# (text, feature, lat, lon, tolerance km): GeoNames' points, not REST Countries' or a box centre
POINTS = [
    ("United States", "country", 39.76, -98.5, 20),
    ("Virginia", "admin1", 37.55, -77.45, 20),
    ("Ontario", "admin1", 49.25, -84.5, 20),
    ("France", "country", 46.0, 2.0, 120),  # no override: REST Countries' point is GeoNames'
]


@pytest.mark.parametrize(("name", "feature", "lat", "lon", "tol"), POINTS)
def test_representative_points(name: str, feature: str, lat: float, lon: float, tol: float) -> None:
    hits = [e for e in load_gazetteer().lookup(name) if e.feature == feature]
    assert hits
    best = max(hits, key=lambda e: e.population)
    assert distance_km(best.lat, best.lon, lat, lon) <= tol, best


def test_offsets_and_one_place_per_mention(analyse, stage) -> None:
    text = "Canada sent troops to Iraq. Canada's soldiers stayed in Iraq until the Iraqi request ended."
    an = analyse(text)
    got = [p for p in stage(an, []) if p.feature != "adjectival"]
    assert [p.text for p in got] == ["Canada", "Iraq", "Canada", "Iraq"]
    for p in got:
        assert text[p.start : p.end] == p.text


def test_trims_the_and_possessive(places) -> None:
    got = places("Soleimani was the architect of Iran’s proxy wars in the Middle East.")
    assert [p.text for p in got] == ["Iran", "Middle East"]


# --- the gazetteer ---------------------------------------------------------------------------


def test_gazetteer_is_loaded_once() -> None:
    assert load_gazetteer() is load_gazetteer()


@pytest.mark.parametrize(
    ("name", "feature", "country", "admin1"),
    [
        ("British Columbia", "admin1", "CA", "BC"),
        ("Washington", "admin1", "US", "WA"),
        ("Vancouver", "city", "CA", "BC"),
        ("Iraq", "country", "IQ", None),
        ("U.S.", "country", "US", None),
        ("Laurel County", "admin2", "US", "KY"),
    ],
)
def test_gazetteer_lookup(name: str, feature: str, country: str, admin1: str | None) -> None:
    hits = [e for e in load_gazetteer().lookup(name) if e.feature == feature and e.country == country]
    assert hits, load_gazetteer().lookup(name)
    assert hits[0].admin1 == admin1


@pytest.mark.parametrize(
    ("name", "country", "minor"),
    [
        ("Ithaca", "GR", True),  # Itháki (under 15,000 people): only by the minor index
        ("Ithaca", "US", False),  # Ithaca, New York: by the main index
        ("Lepanto", "GR", True),  # Náfpaktos
        ("Nafpaktos", "GR", False),  # its own name, accents dropped
    ],
)
def test_gazetteer_minor_spellings(name: str, country: str, minor: bool) -> None:
    gaz = load_gazetteer()
    main = {e.country for e in gaz.lookup(name)}
    other = {e.country for e in gaz.lookup_minor(name)}
    assert (country in other) is minor and (country in main) is not minor, (main, other)


@pytest.mark.parametrize(
    ("name", "own_name", "country"),
    [
        ("Quinhon", "Qui Nhon", "VN"),  # syllables GeoNames writes apart, joined in English text
        ("Cantho", "Cần Thơ", "VN"),
        ("Lemans", "Le Mans", "FR"),
    ],
)
def test_gazetteer_joined_syllables(name: str, own_name: str, country: str) -> None:
    assert any(e.name == own_name and e.country == country for e in load_gazetteer().lookup(name))


@pytest.mark.parametrize(
    ("name", "country"),
    [("North Darfur", "SD"), ("South Kordofan", "SD"), ("Western Cape", "ZA"), ("West Virginia", "US")],
)
def test_gazetteer_division_by_its_short_compass_word(name: str, country: str) -> None:
    # GeoNames' "Northern Darfur" is also "North Darfur", as the news writes it
    assert any(e.feature == "admin1" and e.country == country for e in load_gazetteer().lookup(name))


def test_gazetteer_compass_word_is_never_lengthened() -> None:
    assert load_gazetteer().lookup("Western Virginia") == []


def test_gazetteer_long_words_are_not_joined() -> None:
    # only names of short syllables are joined: "Kualalumpur" is no spelling of Kuala Lumpur
    assert load_gazetteer().lookup("Kualalumpur") == []
    assert load_gazetteer().lookup("Riodejaneiro") == []


def test_gazetteer_demonyms_and_abbreviations() -> None:
    gaz = load_gazetteer()
    assert gaz.is_demonym("Iraqi") and gaz.is_demonym("Canadians")
    assert not gaz.is_demonym("Canada")
    iraq = gaz.demonym_country("Iraqis")
    assert iraq is not None and iraq.country == "IQ" and iraq.feature == "country"
    assert gaz.demonym_country("Jewish") is None and gaz.demonym_country("Canada") is None
    tenn = gaz.abbreviation("Tenn.")
    assert tenn is not None and (tenn.country, tenn.admin1) == ("US", "TN")


def test_cache_dir_can_be_moved(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("STORYLINE_CACHE_DIR", str(tmp_path))
    assert cache_dir() == tmp_path
    monkeypatch.delenv("STORYLINE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert cache_dir() == tmp_path / "storyline"


def test_name_key() -> None:
    assert name_key("Baghdād") == name_key("baghdad")
    assert name_key("St. Louis") == name_key("Saint Louis")
    assert name_key("U.S.") == "us"


# --- the seed article and gold data ----------------------------------------------------------


def _seed_cases() -> list[dict]:
    gold = seed_gold_or_none()
    if gold is None:
        return []
    # No packaged data locates border crossings the curated list leaves out; the seed's
    # crossing is deliberately not added to it (no entry may exist to pass the seed).
    unlocated = pytest.mark.xfail(reason="border crossing not in the packaged or curated gazetteer")
    return [
        pytest.param(g, id=g["text"], marks=[unlocated] if "crossing" in _context(gold, g) else [])
        for g in gold["places"]
    ]


def _context(gold: dict, place: dict) -> str:
    """The gold place's text with the words after it in the seed article (for xfail marks)."""
    text = SEED.joinpath("article.txt").read_text(encoding="utf-8")
    at = text.find(place["text"])
    return text[at : at + len(place["text"]) + 20] if at >= 0 else ""


@pytest.fixture(scope="module")
def seed_record(pipeline):
    gold = seed_gold()
    text = seed_text()
    return pipeline.process(text, published=gold["article"]["published"])


@pytest.mark.parametrize("gold", _seed_cases())
def test_seed_article_places(seed_record, gold: dict) -> None:
    """Each gold place of the seed article: overlapping mention, country, admin1, point within tolerance."""
    text = seed_record.article.text
    start = text.index(gold["text"])
    end = start + len(gold["text"])
    hits = [p for p in seed_record.places if p.start < end and start < p.end]
    assert hits, gold["text"]
    p = hits[0]
    assert text[p.start : p.end] == p.text
    if "country" in gold:
        assert p.country == gold["country"]
    if "country_any" in gold:
        assert p.country in gold["country_any"]
    if "admin1" in gold:
        assert p.admin1 == gold["admin1"]
    assert p.lat is not None and p.lon is not None
    assert distance_km(p.lat, p.lon, gold["lat"], gold["lon"]) <= gold["tolerance_km"]


@pytest.mark.slow
@pytest.mark.gold
def test_geoparsing_scores() -> None:
    """LGL and GeoVirus, thresholds below what we measure (see evaluate/places.py).

    Measured (2026-11, en_core_web_sm 3.8): LGL relaxed F1 0.817 (P 0.867, R 0.773; F1 0.818
    with neither side's adjectival toponyms), acc@161 km 0.88 of resolved toponyms, median
    error 0 km; GeoVirus relaxed F1 0.90, strict F1 0.89, acc@161 km 0.85, median 19 km.
    """
    from storyline.evaluate.places import evaluate

    data = need_data("geoparsing_gritta", "data", "Corpora")
    scores = evaluate(Path(data).parents[1])
    lgl, gv = scores["lgl"], scores["geovirus"]
    assert lgl["articles"] >= 580 and gv["articles"] >= 220
    assert lgl["relaxed"]["f1"] >= 0.79
    assert lgl["relaxed_without_adjectival"]["f1"] >= 0.79
    assert lgl["acc161_found"] >= 0.85
    assert lgl["median_km"] <= 10
    assert gv["relaxed"]["f1"] >= 0.87
    assert gv["strict"]["f1"] >= 0.85
    assert gv["acc161_found"] >= 0.81


# --- event places: the scorer on hand-made records, then the gold data (slow) ---------------

_EP_TEXT = "Gunmen attacked a convoy in Kabul while police watched from Herat."
_KABUL = (_EP_TEXT.index("Kabul"), _EP_TEXT.index("Kabul") + 5)
_HERAT = (_EP_TEXT.index("Herat"), _EP_TEXT.index("Herat") + 5)
_VERB = (_EP_TEXT.index("attacked"), _EP_TEXT.index("attacked") + 8)

# (gold locations, index of the event's chosen place or None, event at the verb?, right?)
EVENT_PLACE_CASES = [
    ((_KABUL,), 0, True, True),  # the chosen place is the gold location
    ((_KABUL,), 1, True, False),  # a place merely mentioned in the sentence
    ((_KABUL,), None, True, False),  # a location the event did not get
    ((), None, True, True),  # no location in the gold, none chosen
    ((), 0, True, False),  # a place where the gold has none
    ((_KABUL,), 0, False, None),  # no event at the verb: not scored for accuracy
]


@pytest.mark.parametrize(("locations", "chosen", "has_event", "right"), EVENT_PLACE_CASES)
def test_event_place_scorer(
    locations: tuple, chosen: int | None, has_event: bool, right: bool | None
) -> None:
    from storyline.evaluate.event_places import GoldVerb, Scorer
    from storyline.record import Article, Event, Offsets, Record, Span

    places = (
        Place(*_KABUL, "Kabul", country="AF", lat=34.5, lon=69.2),
        Place(*_HERAT, "Herat", country="AF", lat=34.3, lon=62.2),
    )
    trigger = _VERB if has_event else (0, 6)
    event = Event(
        "v1", "ASSAULT", Span(*trigger, _EP_TEXT[trigger[0] : trigger[1]]), Offsets(0, 10), place=chosen
    )
    record = Record(Article("a", _EP_TEXT), places=places, events=(event,))
    scorer = Scorer()
    scorer.add([GoldVerb(_VERB, locations)], record)
    got = scorer.scores()
    assert got["verbs"] == 1
    assert got["verbs_with_event"] == (1.0 if has_event else 0.0)
    if right is not None:
        assert got["accuracy"] == (1.0 if right else 0.0)
    assert got["toponym_recall"] == (1.0 if locations else 0.0)


@pytest.mark.slow
@pytest.mark.gold
def test_event_places_gold() -> None:
    """The first 200 texts of event_location, thresholds below what we measure.

    Measured (2026-11): verbs with an event 0.68, accuracy 0.70, location P 0.70 R 0.74,
    toponym recall 0.76.
    """
    from storyline.evaluate.event_places import evaluate

    data = need_data("event_location", "labeled_text.json")
    got = evaluate(data.parent, limit=200)
    assert got["texts"] == 200
    assert got["verbs_with_event"] >= 0.55
    assert got["accuracy"] >= 0.65
    assert got["location"]["precision"] >= 0.65
    assert got["location"]["recall"] >= 0.65
    assert got["toponym_recall"] >= 0.7


# (system place features, gold toponym texts, adjectival gold?, expected relaxed hits, system count)
_SC_TEXT = "Iraqi troops left Basra."
_IRAQI, _BASRA = (0, 5), (18, 23)
SCORER_CASES = [
    ((None, "adjectival"), ("Basra", "Iraqi"), True, 2, 2),  # LGL-style gold: both count
    ((None, "adjectival"), ("Basra",), False, 1, 1),  # GeoVirus-style gold: adjectival left out
    ((None, "adjectival"), ("Basra",), True, 1, 2),  # a scheme that marks them: a false positive
]


@pytest.mark.parametrize(("features", "gold", "adjectival", "hits", "system"), SCORER_CASES)
def test_places_scorer_adjectival_scheme(features, gold, adjectival: bool, hits: int, system: int) -> None:
    from storyline.evaluate.places import GoldToponym, Scorer

    spans = {"Basra": _BASRA, "Iraqi": _IRAQI}
    sys_places = [
        Place(*_BASRA, "Basra", country="IQ", lat=30.5, lon=47.8, feature=features[0]),
        Place(*_IRAQI, "Iraqi", country="IQ", lat=33.0, lon=44.0, feature=features[1]),
    ]
    gold_tops = [GoldToponym(*spans[g], g, None, None) for g in gold]
    scorer = Scorer(lambda t: t == "Iraqi", adjectival=adjectival)
    scorer.add(gold_tops, sys_places)
    got = scorer.scores()
    assert got["system"] == system
    assert round(got["relaxed"]["recall"] * len(gold)) == hits
    assert got["relaxed_without_adjectival"]["precision"] == 1.0  # Basra alone, on both sides


# (sentence, trigger text, expected event place text or None): where the event happened
EVENT_PLACE_SENTENCES = [
    ("Gunmen attacked a convoy in Kabul on Monday.", "attacked", "Kabul"),
    ("Government troops attacked Kandahar on Monday.", "attacked", "Kandahar"),  # the object place
    ("Iraqi forces attacked the rebels on Monday.", "attacked", None),  # a nationality, no place
    ("Rebels shelled the outskirts of Aleppo on Sunday.", "shelled", "Aleppo"),  # "<place noun> of"
]


@pytest.mark.parametrize(("sentence", "trigger", "expected"), EVENT_PLACE_SENTENCES)
def test_event_place_choice(pipeline, sentence: str, trigger: str, expected: str | None) -> None:
    record = pipeline.process(sentence, published="2020-01-05")
    events = [e for e in record.events if e.trigger.text.startswith(trigger)]
    assert events, record.events
    place = record.places[events[0].place].text if events[0].place is not None else None
    assert place == expected


# (sentence, name, country, admin1): "X in <country or division>" restricts X's readings to
# places inside it, whatever the larger namesake elsewhere
IN_CONTAINER_CASES = [
    ("Dock workers at Merida in Venezuela stopped work.", "Merida", "VE", "L"),
    ("The storm flooded Cambridge in Massachusetts overnight.", "Cambridge", "US", "MA"),
    ("The war waged by Russia in Ukraine entered its third year.", "Russia", "RU", None),
]


@pytest.mark.parametrize(("sentence", "text", "country", "admin1"), IN_CONTAINER_CASES)
def test_place_in_a_country_is_read_inside_it(
    places, sentence: str, text: str, country: str, admin1: str | None
) -> None:
    got = _found(places(sentence), text)
    assert (got.country, got.admin1) == (country, admin1)


# (sentence, name, admin1): a town before its state in wire style is a place even where the
# entities stage reads a person's name in it
TOWN_STATE_CASES = [
    ("Medics were flown from Morgan City, Louisiana, to the coast.", "Morgan City", "LA"),
    ("Crews drove in from Carson City, Nevada, on Monday.", "Carson City", "NV"),
]


@pytest.mark.parametrize(("sentence", "text", "admin1"), TOWN_STATE_CASES)
def test_town_before_its_state(pipeline, sentence: str, text: str, admin1: str) -> None:
    got = _found(pipeline.process(sentence, published="2020-01-05").places, text)
    assert (got.country, got.admin1) == ("US", admin1)


def test_town_before_its_state_needs_a_town_there(analyse, stage) -> None:
    from storyline.stages.places import _town_before_its_division

    doc = analyse("Visitors from Morgan City, Texas, and Jordan, Minnesota, came.").doc
    gaz = load_gazetteer()
    assert _town_before_its_division(doc, gaz, 2, 4) is False  # no Morgan City in Texas
    assert _town_before_its_division(doc, gaz, 7, 8) is False  # a first name alone


# (sentence, facility, lat, lon or None): a facility named after a town of the story's country
# takes that town's point; with no country the story happens in, none
FACILITY_TOWN_CASES = [
    (
        "RICHMOND, Virginia — Sailors at Portsmouth Naval Station were told to stay aboard, "
        "officials in Virginia said.",
        "Portsmouth Naval Station",
        36.84,
        -76.30,
    ),
    ("Sailors at Portsmouth Naval Station were told to stay aboard.", "Portsmouth Naval Station", None, None),
]


@pytest.mark.parametrize(("sentence", "text", "lat", "lon"), FACILITY_TOWN_CASES)
def test_facility_named_after_a_town(
    places, sentence: str, text: str, lat: float | None, lon: float | None
) -> None:
    got = _found(places(sentence), text)
    if lat is None:
        assert got.lat is None
    else:
        assert got.country == "US"
        assert distance_km(got.lat, got.lon, lat, lon) < 10


def test_nameless_double_of_a_town_is_merged() -> None:
    """GeoNames' municipality entry beside its town (same name and division, no alternate names)
    is dropped; the town keeps its own point and takes the larger population."""
    towns = [e for e in load_gazetteer().lookup("Dom Eliseu") if e.country == "BR" and e.feature == "city"]
    assert len(towns) == 1
    assert towns[0].population == 58484


# (sentence, mention, country, admin1): a name the entities stage made a place by its own rules
# (a representative's seat or a local office's town, with its holder after it) is a place though
# the model tagged it PERSON
RETYPED_SEAT_CASES = [
    ("The councillor for Trapani, Luca Bianchi, said the port would reopen.", "Trapani", "IT", "82"),
    ("The member for Kisumu, Otieno Were, voted against the budget.", "Kisumu", "KE", "17"),
]


@pytest.mark.parametrize(("sentence", "text", "country", "admin1"), RETYPED_SEAT_CASES)
def test_place_the_entities_stage_retyped(
    pipeline, analyse, sentence: str, text: str, country: str, admin1: str
) -> None:
    an = analyse(sentence)
    entities = pipeline.entities(an)
    assert any(e.type == "GPE" and e.name == text for e in entities)
    got = _found(pipeline.places(an, entities), text)
    assert (got.country, got.admin1) == (country, admin1)


# (dateline, mention, country, admin1): a dateline in another language, by its agency or its month
# word, prefers the reading of its place in a country of that language; a region written in the
# dateline, or an English dateline, keeps the likeliest reading
FOREIGN_DATELINE_CASES = [
    ("TOLEDO, 6 mar (EFE).- La policía detuvo a dos hombres el lunes.", "TOLEDO", "ES", "CM"),
    ("TOLEDO, 6 de marzo (Reuters) - La policía detuvo a dos hombres.", "TOLEDO", "ES", "CM"),
    ("TOLEDO, Ohio, 6 mar (EFE).- La policía detuvo a dos hombres.", "TOLEDO", "US", "OH"),
    ("TOLEDO, Mar 6 (Reuters) - Police arrested two men on Monday.", "TOLEDO", "US", "OH"),
    ("SANTIAGO, 6 mar (EFE).- La policía detuvo a dos hombres.", "SANTIAGO", "CL", "12"),
    ("PORTO, 3 abr (Lusa) - O governo anunciou o plano.", "PORTO", "PT", "13"),
]


@pytest.mark.parametrize(("sentence", "text", "country", "admin1"), FOREIGN_DATELINE_CASES)
def test_foreign_dateline_prefers_its_language(
    places, sentence: str, text: str, country: str, admin1: str
) -> None:
    got = _found(places(sentence), text)
    assert (got.country, got.admin1) == (country, admin1)


# (dateline, mention, lat, lon): a mixed-case dateline the model tags DATE with its day
MIXED_CASE_DATELINE_CASES = [
    ("Pune, Nov 19 (IANS) The police arrested two men on Tuesday.", "Pune", 18.52, 73.86),
    ("Nagpur, Jan 4 (IANS) The council approved the new budget.", "Nagpur", 21.15, 79.09),
]


@pytest.mark.parametrize(("sentence", "text", "lat", "lon"), MIXED_CASE_DATELINE_CASES)
def test_mixed_case_dateline_inside_a_date(places, sentence: str, text: str, lat: float, lon: float) -> None:
    got = _found(places(sentence), text)
    assert got.start == 0 and got.lat is not None and distance_km(got.lat, got.lon, lat, lon) <= 30, got


# an island's kind noun after its name: the town or division of the bare name (title case too)
ISLAND_CASES = [
    ("Divers searched the waters off Krk Island for the missing swimmer.", "Krk Island", "HR"),
    ("Tourists flocked to Sado Island over the weekend.", "Sado Island", "JP"),
]


@pytest.mark.parametrize(("sentence", "text", "country"), ISLAND_CASES)
def test_island_after_its_name(places, sentence: str, text: str, country: str) -> None:
    place = _found(places(sentence), text)
    assert (place.country, place.lat is not None) == (country, True)


# a hyphenated name the gazetteer writes as one word, or a small town's other spelling at home
HYPHEN_CASES = [
    ("Kok-Kola", ["Kok-Kola"], ("FI", 63.85, 23.74)),
    ("Kara-Wang", ["Kara-Wang"], ("ID", -6.31, 107.32)),
    (
        "Simferopol, Yalta and Sevastopol, and Kara-Tobe.",
        ["Simferopol", "Yalta", "Sevastopol", "Kara-Tobe"],
        ("UA", 45.15, 33.52),
    ),
]


@pytest.mark.parametrize(("text", "names", "expected"), HYPHEN_CASES)
def test_hyphenated_village(text: str, names: list[str], expected: tuple) -> None:
    from storyline.stages.places import Toponym, resolve

    tops = [Toponym(text.index(n), text.index(n) + len(n), n, "ner", label="GPE") for n in names]
    place = resolve(text, tops, load_gazetteer())[-1]
    assert place.text == names[-1]
    assert (place.country, round(place.lat, 2), round(place.lon, 2)) == expected


# the model's wrong tag on a known town: a name ending in "City" tagged PERSON (with its
# possessive), a town tagged NORP right after "in"/"near", a dateline city partly tagged PERSON
WRONG_TAG_CASES = [
    ("Quezon City's port reopened on Monday.", 0, 3, "PERSON", "Quezon City", "PH"),
    ("A flight bound for Cebu City diverted.", 4, 6, "PERSON", "Cebu City", "PH"),
    ("Shops stayed closed in Ras Tanura on Thursday.", 4, 6, "NORP", "Ras Tanura", "SA"),
    ("Dockers walked out near Sohar over pay.", 4, 5, "NORP", "Sohar", "OM"),
    ("CEBU CITY, June 2 (AP) - Floods cut power.", 0, 1, "PERSON", "CEBU CITY", "PH"),
]


@pytest.mark.parametrize(("sentence", "start", "end", "label", "text", "country"), WRONG_TAG_CASES)
def test_known_town_under_a_wrong_tag(
    analyse, sentence: str, start: int, end: int, label: str, text: str, country: str
) -> None:
    from spacy.tokens import Span

    from storyline.stages.places import find_mentions, resolve

    an = analyse(sentence)
    an.doc.ents = [Span(an.doc, start, end, label=label)]
    gaz = load_gazetteer()
    found = resolve(an.text, find_mentions(an.doc, gaz, text=an.text), gaz)
    assert [(p.text, p.country) for p in found] == [(text, country)]


# no person's name is a town tagged NORP away from "in" nor a nationality after "in"
@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [("Ras Tanura officials met on Monday.", 0, 2), ("Votes in Christian areas were counted.", 2, 3)],
)
def test_norp_without_a_place_slot_is_no_town(analyse, sentence: str, start: int, end: int) -> None:
    from spacy.tokens import Span

    from storyline.stages.places import find_mentions

    an = analyse(sentence)
    an.doc.ents = [Span(an.doc, start, end, label="NORP")]
    assert find_mentions(an.doc, load_gazetteer(), text=an.text) == []
