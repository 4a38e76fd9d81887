"""Entities (session 18, all sentences invented): an article's choice for a name several countries
share ("Korea", "Congolese") travels with the article (``NameLexicon.for_article``), so the
once-loaded lexicon keeps no per-article state and articles processed in any order, or side by
side, get the answers they get alone."""

from __future__ import annotations

import pytest

from conftest import typed_entities

NORTH = (
    "Officials in Pyongyang said on Monday that the Korean Seamen's Union would send a delegation. "
    "North Korea's state media said talks would follow."
)
SOUTH = "The Korean Federation of Dockworkers said on Monday that it would strike in Busan and Seoul."


# (names of article A, names of article B, form, A's country, B's country)
@pytest.mark.parametrize(
    ("names_a", "names_b", "form", "want_a", "want_b"),
    [
        (["Pyongyang", "North Korea"], ["Seoul", "Busan"], "Korea", "PRK", "KOR"),
        (["Seoul", "Busan"], ["Pyongyang", "North Korea"], "Korea", "KOR", "PRK"),
        (["Pyongyang"], [], "Korean", "PRK", "KOR"),
        (["Kinshasa", "Goma"], ["Brazzaville"], "Congo", "COD", "COG"),
        ([], ["Kinshasa", "Goma"], "Congo", "COG", "COD"),
    ],
)
def test_article_choices_do_not_mix(
    pipeline, names_a: list[str], names_b: list[str], form: str, want_a: str, want_b: str
) -> None:
    lex = pipeline.entities.gaz
    a = lex.for_article(names_a)
    b = lex.for_article(names_b)  # made after a: must leave a's choice alone
    got = [
        a.country_of(form) or a.demonym_of(form),
        b.country_of(form) or b.demonym_of(form),
        lex.country_of(form) or lex.demonym_of(form),  # the lexicon alone: the usual country
    ]
    usual = lex.shared[form][0]
    assert got == [want_a, want_b, usual]
    assert not hasattr(lex, "pick")


# the same words with no article's choice and with one: place_country and country_in read it too
@pytest.mark.parametrize(
    ("names", "call", "arg", "want"),
    [
        (["Pyongyang"], "place_country", "Korea", "PRK"),
        ([], "place_country", "Korea", "KOR"),
        (["Pyongyang"], "country_in", ["Korean", "Seamen's", "Union"], "PRK"),
        ([], "country_in", ["Korean", "Seamen's", "Union"], "KOR"),
    ],
)
def test_article_view_calls(pipeline, names: list[str], call: str, arg, want: str) -> None:
    view = pipeline.entities.gaz.for_article(names)
    assert getattr(view, call)(arg) == want


def _countries(ents) -> list[tuple[str, str, str | None]]:
    return sorted(x for x in typed_entities(ents) if x[1].startswith("Korean"))


def test_interleaved_articles_as_alone(entities) -> None:
    alone_north = _countries(entities(NORTH))
    alone_south = _countries(entities(SOUTH))
    interleaved = [_countries(entities(t)) for t in (SOUTH, NORTH, SOUTH, NORTH, NORTH, SOUTH)]
    assert alone_north == [("ORG", "Korean Seamen's Union", "PRK")]
    assert alone_south == [("ORG", "Korean Federation of Dockworkers", "KOR")]
    assert interleaved == [alone_south, alone_north, alone_south, alone_north, alone_north, alone_south]


# (text, name, type): a name set off in apposition to a title noun ("secretary", "director") is a
# person's, even when the title has a phrase of its own ("for legal affairs"); a company named
# after "the head of the company," stays an organisation
@pytest.mark.parametrize(
    ("text", "name", "want"),
    [
        (
            "The party's secretary for international cooperation, Camila Rezende, told reporters on "
            "Monday that talks would go on.",
            "Camila Rezende",
            "PERSON",
        ),
        (
            "The union's secretary for legal affairs, Marta Oliveira, told reporters on Monday that the "
            "strike would go on.",
            "Marta Oliveira",
            "PERSON",
        ),
        (
            "The ministry's director of public health, Kofi Mensah, said on Monday that 40 cases had been "
            "confirmed.",
            "Kofi Mensah",
            "PERSON",
        ),
        (
            "The head of the company, Acme Holdings, said on Monday that the plant would close.",
            "Acme Holdings",
            "ORG",
        ),
    ],
)
def test_name_apposed_to_title(entities, text: str, name: str, want: str) -> None:
    assert [x[0] for x in typed_entities(entities(text)) if x[1] == name] == [want]


# (text, name): a square's word that opens a name ("Plazuela") makes it a place (FAC), never a
# person or an organisation, whatever name follows
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Residents gathered in Plazuela Miraflores on Sunday to protest the new tax.",
            "Plazuela Miraflores",
        ),
        (
            "Hundreds of people marched from Plazuela Rosario to the town hall on Saturday.",
            "Plazuela Rosario",
        ),
        (
            "The band played in Plazuela Matilde Ortega until midnight, the organisers said.",
            "Plazuela Matilde Ortega",
        ),
    ],
)
def test_square_word_types_a_place(entities, text: str, name: str) -> None:
    assert [x[0] for x in typed_entities(entities(text)) if x[1] == name] == ["FAC"]
