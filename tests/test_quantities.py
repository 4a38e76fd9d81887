"""The quantities stage: tables of sentences with the counts expected in them."""

from __future__ import annotations

import pytest

from storyline.stages.quantities import QuantityStage


@pytest.fixture(scope="module")
def stage(nlp) -> QuantityStage:
    return QuantityStage(nlp)


# sentence -> [(text, value, min, max, what)]
CASES = [
    (
        "Canada has 250 military members in Iraq.",
        [("250 military members", 250, None, None, "military members")],
    ),
    (
        "Canada also has dozens of special forces there.",
        [("dozens of special forces", None, 24, 99, "special forces")],
    ),
    (
        "He was blamed for the deaths of hundreds of Americans.",
        [("hundreds of Americans", None, 200, 999, "Americans")],
    ),
    (
        "Dozens of Iranians and Iranian Americans were detained.",
        [("Dozens of Iranians and Iranian Americans", None, 24, 99, "Iranians and Iranian Americans")],
    ),
    ("Two soldiers were wounded.", [("Two soldiers", 2, None, None, "soldiers")]),
    # collective nouns of people counted bare (invariant_plurals.txt)
    ("The trawler had 17 crew aboard.", [("17 crew", 17, None, None, "crew")]),
    ("Some 60 staff left the clinic.", [("Some 60 staff", 60, None, None, "staff")]),
    ("About 400 police were on duty.", [("About 400 police", 400, None, None, "police")]),
    # a first number whose noun comes after a second, coordinated one: two counts
    (
        "The boat carried 11 Chilean and four Peruvian fishermen.",
        [
            ("11 Chilean", 11, None, None, "Chilean fishermen"),
            ("four Peruvian fishermen", 4, None, None, "Peruvian fishermen"),
        ],
    ),
    (
        "Police held 30 male and 9 female students.",
        [
            ("30 male", 30, None, None, "male students"),
            ("9 female students", 9, None, None, "female students"),
        ],
    ),
    (
        "Five men and 12 women were hurt.",
        [("Five men", 5, None, None, "men"), ("12 women", 12, None, None, "women")],
    ),
    ("A dozen people were hurt.", [("A dozen people", 12, None, None, "people")]),
    ("Two dozen monks marched.", [("Two dozen monks", 24, None, None, "monks")]),
    ("Police arrested more than 40 people.", [("more than 40 people", 40, 41, None, "people")]),
    (
        "At least three Iraqi civilians died.",
        [("At least three Iraqi civilians", 3, 3, None, "Iraqi civilians")],
    ),
    (
        "Up to 1,000 ethnic Turks began a hunger strike.",
        [("Up to 1,000 ethnic Turks", 1000, None, 1000, "ethnic Turks")],
    ),
    ("Fewer than 10 observers stayed.", [("Fewer than 10 observers", 10, None, 9, "observers")]),
    ("About 30 people gathered.", [("About 30 people", 30, None, None, "people")]),
    (
        "Tens of thousands of students marched.",
        [("Tens of thousands of students", None, 20000, 99999, "students")],
    ),
    (
        "Hundreds of thousands of people blocked streets.",
        [("Hundreds of thousands of people", None, 200000, 999999, "people")],
    ),
    ("Thousands of Kurds demonstrated.", [("Thousands of Kurds", None, 2000, 9999, "Kurds")]),
    ("Scores of refugees were tortured.", [("Scores of refugees", None, 40, 199, "refugees")]),
    ("The camp holds 1.5 million refugees.", [("1.5 million refugees", 1500000, None, None, "refugees")]),
    # a decimal times a million is a whole number, not a binary fraction's 8199999.999999999
    (
        "The floods displaced 8.2 million villagers.",
        [("8.2 million villagers", 8200000, None, None, "villagers")],
    ),
    ("Twenty-five men were freed.", [("Twenty-five men", 25, None, None, "men")]),
    (
        "Two soldiers and three civilians died.",
        [("Two soldiers", 2, None, None, "soldiers"), ("three civilians", 3, None, None, "civilians")],
    ),
    # not counts: ages, dates, money, percentages, measures, times
    ("The 24-year-old student was questioned.", []),
    ("She was questioned for more than 10 hours.", []),
    ("The report was published on January 5, 2020.", []),
    ("The EU gave 5.1 million dollars of aid.", []),
    ("Trade rose by 50 percent in 1983.", []),
    ("Doctors handed over 700 kg of medicine.", []),
    ("The group was founded in 1998.", []),
    ("One third of the guerrillas have been demobilized.", []),
    (
        "Lebanon complained over two Israeli air raids.",
        [("two Israeli air raids", 2, None, None, "Israeli air raids")],
    ),
    ("Over 100 people were killed.", [("Over 100 people", 100, 101, None, "people")]),
    # the stated number stays in ``value`` beside its bound ("at least 16 dead" is tallied as 16)
    ("The storm killed at least 16 people.", [("at least 16 people", 16, 16, None, "people")]),
    ("More than 800,000 people were moved.", [("More than 800,000 people", 800000, 800001, None, "people")]),
    # "several" is 3-9, and multiplies: "several hundred" is 300-999
    ("Several hundred supporters sang.", [("Several hundred supporters", None, 300, 999, "supporters")]),
    ("Several people were hurt.", [("Several people", None, 3, 9, "people")]),
    # a vague plural standing alone as the noun: a count of what the sentence is about
    (
        "Police fired live rounds, killing three people and wounding dozens.",
        [("three people", 3, None, None, "people"), ("dozens", None, 24, 99, None)],
    ),
    ("Thousands marched in the capital.", [("Thousands", None, 2000, 9999, None)]),
    ("He met them dozens of times.", []),
    ("Tens of them came.", []),
    # an elliptical count coordinated after a count counts the same thing
    (
        "Officials said 14 people had been killed and nine wounded in the blast.",
        [("14 people", 14, None, None, "people"), ("nine", 9, None, None, "people")],
    ),
    (
        "Three soldiers were killed and at least two injured.",
        [("Three soldiers", 3, None, None, "soldiers"), ("at least two", 2, 2, None, "soldiers")],
    ),
    # ... but not a count that names its own noun, nor one in another sentence
    (
        "Police arrested 12 protesters and two officers were hurt.",
        [("12 protesters", 12, None, None, "protesters"), ("two officers", 2, None, None, "officers")],
    ),
    # (a figure that is its verb's own subject is a count, of what the count before counts:
    # tests/test_quantities_bare_subjects_and_units.py)
    (
        "Five people were killed. And nine fled.",
        [("Five people", 5, None, None, "people"), ("nine", 9, None, None, "people")],
    ),
    (
        "Six people were killed and the rest fled, and two escaped.",
        [("Six people", 6, None, None, "people"), ("two", 2, None, None, "people")],
    ),
    # a bare number as the object of a verb coordinated with the verb whose object was counted
    (
        "The war has killed tens of thousands of people and forced more than 12 million from their homes.",
        [
            ("tens of thousands of people", None, 20000, 99999, "people"),
            ("more than 12 million", 12000000, 12000001, None, "people"),
        ],
    ),
    (
        "Troops killed 30 rebels and captured 12 near the border.",
        [("30 rebels", 30, None, None, "rebels"), ("12", 12, None, None, "rebels")],
    ),
    # ... not a sum of money or a measure
    ("The firm hired 300 workers and raised $12 million.", [("300 workers", 300, None, None, "workers")]),
    # nouns whose plural is the singular; a name between the number and the plural it counts
    (
        "Police said 40 cars and 32 aircraft were damaged.",
        [("40 cars", 40, None, None, "cars"), ("32 aircraft", 32, None, None, "aircraft")],
    ),
    ("Exporters shipped 420,000 head of cattle.", [("420,000 head", 420000, None, None, "head")]),
    ("Three Lesotho parties signed the deal.", [("Three Lesotho parties", 3, None, None, "Lesotho parties")]),
    ("The Mi 26 helicopter crashed near the 1983 dam.", []),
    # counts the model tags as measures (QUANTITY) are read; weights and areas are read as
    # quantities of what the "of" phrase names (else of the unit), other measures are not
    (
        "Farmers sold 2.5 million tonnes of wheat and 310,000 head of live cattle abroad.",
        [("2.5 million tonnes", 2500000, None, None, "wheat"), ("310,000 head", 310000, None, None, "head")],
    ),
    (
        "The ship carried 25,000 tons of grain and 300 kilograms of rice.",
        [("25,000 tons", 25000, None, None, "grain")],
    ),
    # a bare figure that a tally gives counts what the tally counts, or what the last count did
    ("The ministry put the death toll at 75.", [("75", 75, None, None, None)]),
    # weights and areas (data/measure_units.txt): what the "of" phrase names, else the unit
    (
        "The blaze burned about 250 square miles of forest.",
        [("about 250 square miles", 250, None, None, "forest")],
    ),
    ("Locusts stripped 1,200 hectares near the river.", [("1,200 hectares", 1200, None, None, "hectares")]),
    ("The river flooded 300 acres of farmland.", [("300 acres", 300, None, None, "farmland")]),
    (
        "The lake shrank to 45 square kilometres last year.",
        [("45 square kilometres", 45, None, None, "square kilometres")],
    ),
    ("Seoul will ship 3,000 tonnes of wheat to Haiphong.", [("3,000 tonnes", 3000, None, None, "wheat")]),
    (
        "Donors flew in 12 metric tons of medical supplies.",
        [("12 metric tons", 12, None, None, "medical supplies")],
    ),
    (
        "Exporters lost thousands of tonnes of maize.",
        [("thousands of tonnes", None, 2000, 9999, "maize")],
    ),
    ("The crane lifted 40 kilograms of steel.", []),
    ("The park covers a 400-square-mile area.", []),
    # a bare figure set against a count of its sentence counts what that count counts
    (
        "The census found 1.1 million displaced people, up from 870,000 last year.",
        [
            ("1.1 million displaced people", 1100000, None, None, "displaced people"),
            ("870,000", 870000, None, None, "displaced people"),
        ],
    ),
    (
        "Police detained 40 people, compared with 25 in 2023.",
        [("40 people", 40, None, None, "people"), ("25", 25, None, None, "people")],
    ),
    ("Revenue reached $4 billion, up from $3.1 billion.", []),
    (
        "Police held 40 people as the jobless rate rose to 12, up from 9.",
        [("40 people", 40, None, None, "people")],
    ),
    (
        "Police held 40 people in 2024, up from 25.",
        [("40 people", 40, None, None, "people"), ("25", 25, None, None, "people")],
    ),
    ("Unemployment rose to 7%, up from 6 percent.", []),
    # "N of them": what the last count of its own or the previous sentence counts
    (
        "Some 60,000 people fled the town. About 19,000 of them reached the coast.",
        [
            ("Some 60,000 people", 60000, None, None, "people"),
            ("About 19,000 of them", 19000, None, None, "people"),
        ],
    ),
    ("One of them was hurt.", []),
    # the sides of a vote: "N against" after "N votes in favour", "N votes to M"
    (
        "The bill carried, with 71 votes in favour and 44 against.",
        [("71 votes", 71, None, None, "votes"), ("44", 44, None, None, "votes")],
    ),
    (
        "The motion carried by 63 votes to 38.",
        [("63 votes", 63, None, None, "votes"), ("38", 38, None, None, "votes")],
    ),
    # "three of five by-elections": the part and the whole count the by-elections
    (
        "The party won three of five by-elections.",
        [
            ("three of five by-elections", 3, None, None, "by-elections"),
            ("five by-elections", 5, None, None, "by-elections"),
        ],
    ),
    (
        "Both co-workers were hurt, and six co-workers fled.",
        [("six co-workers", 6, None, None, "co-workers")],
    ),
    ("The number of dead rose to 31 on Monday.", [("31", 31, None, None, "dead")]),
    (
        "Police said 3,000 people marched, but the mayor put the number at 1,200.",
        [("3,000 people", 3000, None, None, "people"), ("1,200", 1200, None, None, "people")],
    ),
    ("Arrests in the province rose to 412 last year.", [("412", 412, None, None, "Arrests")]),
    ("Monthly deaths reached 40 in March.", [("40", 40, None, None, "Monthly deaths")]),
    # ... not a measure, a year, a sum or a plural that measures
    ("Prices rose to 40 in March.", []),
    ("Temperatures rose to 45 on Sunday.", []),
    ("The index rose to 7,412.", []),
    ("Sales rose to 2019 levels.", []),
    ("The fine rose to $400.", []),
    ("He put the book at 3 on the list.", []),
    # the object closing the clause of the verb right after a count counts the same thing
    (
        "The camp, built for 2,000 refugees, now holds more than 5,000.",
        [("2,000 refugees", 2000, None, None, "refugees"), ("more than 5,000", 5000, 5001, None, "refugees")],
    ),
    (
        "The hall, built for 300 guests, holds 500 chairs.",
        [("300 guests", 300, None, None, "guests"), ("500 chairs", 500, None, None, "chairs")],
    ),
    (
        "The firm hired 300 workers and raised 12 million euros.",
        [("300 workers", 300, None, None, "workers")],
    ),
    # a figure counts a bare plural coordinated to its noun, not one with a number or article of its own
    (
        "More than 1,500 people and companies were placed under sanctions.",
        [("More than 1,500 people and companies", 1500, 1501, None, "people and companies")],
    ),
    (
        "The charity handed out 400 tents and blankets in Sylhet.",
        [("400 tents and blankets", 400, None, None, "tents and blankets")],
    ),
    ("Police arrested 30 men and women on Friday.", [("30 men and women", 30, None, None, "men and women")]),
    ("Three soldiers and a civilian were killed.", [("Three soldiers", 3, None, None, "soldiers")]),
    (
        "Five men and 12 women were arrested.",
        [("Five men", 5, None, None, "men"), ("12 women", 12, None, None, "women")],
    ),
    (
        "The storm killed 12 people and injured 40 others.",
        [("12 people", 12, None, None, "people"), ("40 others", 40, None, None, "others")],
    ),
]


# a margin ("by 2,300") after a verb of comparing or changing counts what the verb's subject counts
MARGINS = [
    (
        "Ferry arrivals exceeded the yearly target by more than 2,300.",
        [("more than 2,300", 2300, 2301, None, "Ferry arrivals")],
    ),
    ("Detentions rose by 45 on Sunday.", [("45", 45, None, None, "Detentions")]),
    ("The number of evictions fell by 120 in June.", [("120", 120, None, None, "evictions")]),
    ("Fares rose by 40 last month.", []),  # fares are a measure, no count
    (
        "Grain exports exceeded the old record by 2,300 tonnes.",
        [("2,300 tonnes", 2300, None, None, "tonnes")],
    ),
]


# an estimate "at" a figure ("estimated the turnout at") counts its object;
# a measure, a noun with its own "of" phrase and money stay out
ESTIMATES = [
    (
        "Stewards estimated the crowd at nearly 40,000 on Saturday.",
        [("nearly 40,000", 40000, None, 40000, "crowd")],
    ),
    (
        "Organisers put the audience at over 6,000.",
        [("over 6,000", 6000, 6001, None, "audience")],
    ),
    ("Stewards estimated the turnout at about 8,000.", [("about 8,000", 8000, None, None, "turnout")]),
    ("Officials placed the attendance at 3,500.", [("3,500", 3500, None, None, "attendance")]),
    ("The firm put the cost at 400 this week.", []),
    ("Traders put the chance of a cut at 60 percent.", []),
    ("Insurers estimated the damage at $2 million.", []),
]


@pytest.mark.parametrize(("text", "expected"), ESTIMATES, ids=[c[0][:40] for c in ESTIMATES])
def test_estimates(stage, analyse, text, expected):
    assert [(q.text, q.value, q.min, q.max, q.what) for q in stage(analyse(text))] == expected


@pytest.mark.parametrize(("text", "expected"), MARGINS, ids=[c[0][:40] for c in MARGINS])
def test_margins(stage, analyse, text, expected):
    assert [(q.text, q.value, q.min, q.max, q.what) for q in stage(analyse(text))] == expected


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_quantities_table(stage, analyse, text, expected):
    an = analyse(text)
    got = [(q.text, q.value, q.min, q.max, q.what) for q in stage(an)]
    assert got == expected
    for q in stage(an):
        assert an.text[q.start : q.end] == q.text


def test_empty_article(stage, analyse):
    assert stage(analyse("")) == []


# sentence -> mod of its one quantity (TimeML-style modifier; None for a plain count)
MODS = [
    ("About 30 people gathered.", "APPROX"),
    ("Roughly 200 families fled.", "APPROX"),
    ("Police arrested more than 40 people.", "MORE_THAN"),
    ("At least three Iraqi civilians died.", "EQUAL_OR_MORE"),
    ("Up to 1,000 ethnic Turks began a hunger strike.", "EQUAL_OR_LESS"),
    ("Fewer than 10 observers stayed.", "LESS_THAN"),
    ("Two soldiers were wounded.", None),
    ("Dozens of Iranians were detained.", None),
    ("Lebanon complained over two Israeli air raids.", None),
]


@pytest.mark.parametrize(("text", "mod"), MODS, ids=[c[0][:40] for c in MODS])
def test_quantity_mod(stage, analyse, text, mod):
    (q,) = stage(analyse(text))
    assert q.mod == mod
