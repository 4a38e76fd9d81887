"""Entities (session 18, third pass; all sentences invented): a byline line ("By Jane Roe") is
never a paper's title in a page whose opening speaks of newspapers, and its "By" is never part of
a name; a big city (100,000 people or more) the model calls an organisation is a place where a
place stands ("to Karachi", "a Karachi-bound train"), unless an organisation's word follows it
or the name is a local form of the city's ("Torino" for Turin: the club)."""

from __future__ import annotations

import pytest

# a masthead whose tagline says "Newspaper" (a press cue), then a byline line of a title-case name
_PAGE = "COASTAL HERALD\nThe Region's Newspaper\n\nFerry fares rise\n\n{byline}\n\n{body}\n"
_BODY = "The ferry company raised its fares on Monday, a spokesman said."


@pytest.mark.parametrize(
    ("byline", "want"),
    [
        ("By Marta Oyelaran", ("Marta Oyelaran", "PERSON")),
        ("By Tomasz Wielgosz", ("Tomasz Wielgosz", "PERSON")),
        ("By Kofi Adjei Mensah", ("Kofi Adjei Mensah", "PERSON")),
    ],
)
def test_byline_line_is_no_paper_title(entities, byline: str, want: tuple[str, str]) -> None:
    ents = entities(_PAGE.format(byline=byline, body=_BODY))
    named = [(e.name, e.type) for e in ents if want[0].split()[-1] in e.name]
    assert named == [want]
    assert not [e.name for e in ents if e.name.startswith("By ")]


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("The bus carried 40 passengers from Lahore to Karachi when it overturned.", "Karachi", "GPE"),
        ("A Karachi-bound train derailed near Hyderabad on Sunday, officials said.", "Karachi", "GPE"),
        ("Flights between Karachi and Dubai were cancelled on Monday.", "Karachi", "GPE"),
        ("She was travelling with her son to Karachi when the coach overturned.", "Karachi", "GPE"),
        # an organisation's word after the city: the body, not the place
        ("Fans of Karachi Kings cheered in the stadium on Friday.", "Karachi Kings", "ORG"),
        # a local form of a city's name ("Torino", not the index's "Turin"): the club
        ("The striker joined Lazio from Torino in a $ 9 million deal.", "Torino", "ORG"),
        # a company named like a city, as a subject or a modifier: not a place slot
        ("Toyota said on Tuesday it would recall 10,000 cars.", "Toyota", "ORG"),
        ("Kawasaki shares rose 3 percent after the results.", "Kawasaki", "ORG"),
    ],
)
def test_big_city_in_a_place_slot(entities, text: str, name: str, type_: str) -> None:
    ents = entities(text)
    assert [(e.name, e.type) for e in ents if name.split()[0] in e.name] == [(name, type_)]
