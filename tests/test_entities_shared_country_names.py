"""Entities (session 17, all sentences invented): a bare name or nationality several countries
share ("Korea", "Korean", "Congolese") takes the country the story's other names point to, the
usual one when they point nowhere; a national capital someone is "from" gives their country even
in a story set in another country."""

from __future__ import annotations

import pytest

from conftest import typed_entities


def _country(ents, name: str) -> list[str | None]:
    return [x[2] for x in typed_entities(ents) if x[1] == name]


# (text, name, countries): the evidence is the story's own (a capital, "South"/"North Korea", a
# city); with none, or as much for each, the usual country (listed first in
# place_country_names.tsv)
SHARED_NAME_CASES = [
    (
        "SEOUL — Daehan Steel said on Monday that it would cut 300 jobs as the won weakened. "
        "Korean exporters have struggled this year, and Korea's trade ministry said it would help.",
        "Korea",
        ["KOR"],
    ),
    (
        "The Korean Federation of Dockworkers said on Monday that it would strike in Busan and "
        "Seoul next week.",
        "Korean Federation of Dockworkers",
        ["KOR"],
    ),
    (
        "Officials in Pyongyang said on Monday that the Korean Seamen's Union would send a "
        "delegation. North Korea's state media said talks would follow.",
        "Korean Seamen's Union",
        ["PRK"],
    ),
    (
        "The Korean Federation of Dockworkers said on Monday that it would strike next week.",
        "Korean Federation of Dockworkers",
        ["KOR"],
    ),
    (
        "Brazzaville's mayor said on Monday that the Congolese Union of Fishermen would meet "
        "officials in Brazzaville and Pointe-Noire.",
        "Congolese Union of Fishermen",
        ["COG"],
    ),
    (
        "The Congolese Union of Fishermen said on Monday that it would meet officials next week.",
        "Congolese Union of Fishermen",
        ["COD"],
    ),
]


@pytest.mark.parametrize(("text", "name", "want"), SHARED_NAME_CASES)
def test_shared_country_name_from_the_story(entities, text: str, name: str, want: list[str]) -> None:
    assert _country(entities(text), name) == want


# (names, form, pick): the lexicon's choice for one article from its other names
@pytest.mark.parametrize(
    ("names", "form", "pick"),
    [
        (["Seoul", "Busan"], "Korea", "KOR"),
        (["Pyongyang", "North Korea"], "Korea", "PRK"),
        (["Pyongyang", "North Korea"], "Korean", "PRK"),
        (["Pyongyang", "Seoul"], "Korean", "KOR"),
        ([], "Koreans", "KOR"),
        (["Brazzaville"], "Congo", "COG"),
        (["Kinshasa", "Brazzaville", "Goma"], "Congo", "COD"),
        ([], "Congolese", "COD"),
        ([], "Congo", "COG"),
    ],
)
def test_settle_shared(pipeline, names: list[str], form: str, pick: str) -> None:
    lex = pipeline.entities.gaz
    names_of = lex.for_article(names)
    got = names_of.country_of(form) if form in lex.country else names_of.demonym_of(form)
    assert got == pick


# (text, name, country): "a nurse from <capital>" is from that capital's country, whatever
# country the story is set in
@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        (
            "SEOUL — Daehan Air cancelled 80 flights at Seoul's two airports on Monday.\n\n"
            "In Seoul, Tran Bao Ngoc, a 31-year-old hospital nurse from Hanoi, said the airline had "
            "told her nothing.\n\nSeoul's mayor apologised.",
            "Tran Bao Ngoc",
            ["VNM"],
        ),
        (
            "NAIROBI, Kenya — Traders in Nairobi closed their shops on Monday. Joseph Mwangi, a "
            "trader from Nairobi, said rents had doubled. Kenya's government said it would help.",
            "Joseph Mwangi",
            ["KEN"],
        ),
    ],
)
def test_from_a_capital(entities, text: str, name: str, want: list[str]) -> None:
    assert _country(entities(text), name) == want


# (text, name, countries): a place name several countries share takes the country the story
# names most (a place or a country counting twice, a nationality word once: it is also a
# language's name), when one is named more than any other
@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        (
            "Translated from Spanish. Farmers blocked roads near Santa Cruz on Monday, Bolivia's "
            "government said. Bolivians queued for fuel in Cochabamba. The Spanish edition and the "
            "Spanish radio ran the story.",
            "Santa Cruz",
            ["BOL"],
        ),
        (
            "Farmers blocked roads near Santa Cruz on Monday, Bolivia's government said. Spain "
            "and Bolivia signed a trade deal. Madrid and Bolivia's government welcomed it.",
            "Santa Cruz",
            ["BOL"],
        ),
    ],
)
def test_namesake_named_most(entities, text: str, name: str, want: list[str]) -> None:
    assert _country(entities(text), name) == want
