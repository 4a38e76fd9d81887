"""Entities (all sentences and names invented): a person whose own sentence names no country
takes the country the text just before it sets him in (his paragraph before his sentence; not
the paragraph before, nor a border's other side) ahead of the article's most-named country;
and where someone lives ("who has lived in Abidjan since 2021") is no clue to his country."""

from __future__ import annotations

import pytest

_PERU = "\n\nPeru's ministers met again on Friday. Peru's unions said they would march."


@pytest.mark.parametrize(
    ("text", "person", "want"),
    [
        # where he lives is no clue: the story's country
        (
            "Riot police raided the offices of the opposition in Bamako on Tuesday. Mali's government"
            " said the raid was lawful. The party's leader, Oumar Traoré, who has lived in Abidjan"
            " since 2021, urged supporters to stay calm. Mali's courts will hear the case.",
            "Oumar Traoré",
            ("MLI", "context-paragraph"),
        ),
        (
            "Soldiers stormed a church in Libreville on Sunday, Gabon's interior ministry said. The"
            " pastor, Jean Mbala, who now resides in Yaoundé, condemned the attack. Gabon's president"
            " said calm had returned.",
            "Jean Mbala",
            ("GAB", "context-paragraph"),
        ),
        # his paragraph sets the spokeswoman in Chile, though the story is Peru's
        (
            "The strike closed Peru's ports for a third day. Peru's government said it would not"
            " negotiate.\n\nChile's port operator said its cranes had stopped at noon."
            ' "We lost a whole day," a spokeswoman, Daniela Fuentes, said.' + _PERU,
            "Daniela Fuentes",
            ("CHL", "context-paragraph"),
        ),
        # the paragraph before is not read: a new paragraph turns back to the story's people
        (
            "The strike closed Peru's ports for a third day. Peru's government said it would not"
            " negotiate.\n\nChile's port operator said its cranes had stopped at noon.\n\n"
            '"We lost a whole day," a docker, Daniela Fuentes, said.' + _PERU,
            "Daniela Fuentes",
            ("PER", "story-country"),
        ),
        # a border's other side is no clue
        (
            "A quake shook northern Armenia on Monday. Armenia's government sent rescuers.\n\n"
            "In a village near the border with Turkey, houses cracked. Interior Minister Aram"
            " Petrosyan said on Tuesday that aid was on its way. Armenia's army joined the search.",
            "Aram Petrosyan",
            ("ARM", "context-article"),
        ),
        # his own paragraph before him; what the ministry said (it invited Peru) is no clue
        (
            "Fishermen in Peru blocked the road on Monday. Peru's police said two men were held.\n\n"
            "Ecuador's foreign ministry called the arrests unacceptable and said it had invited Peru"
            " to joint talks. Interior Minister Pablo Cedeño said on Thursday that no officer would"
            " be handed over." + _PERU,
            "Pablo Cedeño",
            ("ECU", "context-paragraph"),
        ),
        # an official of a court abroad: the capital his paragraph opens with, though the
        # article never names that country itself
        (
            "Chile's prosecutors have sought Mr Rojas for three years. Chile's courts will try him."
            "\n\nA court in Madrid approved the extradition of the Chilean businessman on Tuesday."
            " Judge Elena Martos said the assurances were enough.\n\nChile's justice minister said"
            " Chile would send a plane.",
            "Elena Martos",
            ("ESP", "context-paragraph"),
        ),
        # two countries named as often just before him: the article's country, as before
        (
            "Fishermen in Peru blocked the road on Monday. Peru's police said two men were held.\n\n"
            "Ecuador and Colombia sent observers. Interior Minister Pablo Cedeño said on Thursday"
            " that no officer would be handed over." + _PERU,
            "Pablo Cedeño",
            ("PER", "context-article"),
        ),
    ],
)
def test_country_from_the_text_before(entities, text: str, person: str, want: tuple[str, str]) -> None:
    got = [
        (e.actor.country if e.actor else None, e.attributes.get("country_basis"))
        for e in entities(text)
        if e.name == person
    ]
    assert got == [want]
