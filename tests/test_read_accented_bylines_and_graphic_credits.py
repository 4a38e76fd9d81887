"""A byline's name may start with a capital outside Latin-1 ("By Łucja Nowak", "By Ştefan Ionescu") as
it may with "É"; a table's, a chart's or a graphic's credit line ("Graphic: Ana Ruiz", "Table: Jo Roe
/ The Lake Times") names a contributor, as a byline's "Photography: …" does, but not a source ("Data:
World Bank") nor a photo's caption credit. Every page here is invented."""

from __future__ import annotations

import pytest

from storyline.read import find_metadata

STORY = "The harbour board voted on Tuesday to close the old ferry pier for repairs.\n\nWork starts in May.\n"


@pytest.mark.parametrize(
    ("byline", "authors"),
    [
        ("By Łucja Nowak", ("Łucja Nowak",)),
        ("By Ştefan Ionescu", ("Ştefan Ionescu",)),
        ("By Đorđe Petrović and Ōta Kenji", ("Đorđe Petrović", "Ōta Kenji")),
        ("By Žaneta Horáková, Staff Writer", ("Žaneta Horáková",)),
        ("By Émile Durand", ("Émile Durand",)),  # Latin-1, as before
    ],
)
def test_byline_name_with_a_capital_outside_latin1(byline: str, authors: tuple[str, ...]) -> None:
    meta = find_metadata(f"Pier to close for repairs\n\n{byline}\n\n{STORY}")
    assert meta.authors == authors


@pytest.mark.parametrize(
    ("credit", "contributors"),
    [
        ("Graphic: Ines Kovač", ("Ines Kovač",)),
        ("Table: Ravi Menon and Tess Ogun", ("Ravi Menon", "Tess Ogun")),
        ("Data: Ravi Menon / The Lake Times", ("Ravi Menon",)),
        ("Chart by Tess Ogun", ("Tess Ogun",)),
        ("Graphics: Ravi Menon, Tess Ogun", ("Ravi Menon", "Tess Ogun")),
        # a source, an outlet, a sentence, a photo's credit: no contributor
        ("Data: World Bank", ()),
        ("Data: National Statistics Office", ()),
        ("Map: Lake Times", ()),
        ("Data: the ministry said 40 piers needed repair.", ()),
        ("Photo: Ravi Menon", ()),
    ],
)
def test_graphic_credit_line_names_a_contributor(credit: str, contributors: tuple[str, ...]) -> None:
    page = (
        f"Pier to close for repairs\n\nBy Mila Horvat\n\n{STORY}\n{credit}\n\nThe pier was built in 1956.\n"
    )
    meta = find_metadata(page)
    assert meta.authors == ("Mila Horvat",)
    assert meta.contributors == contributors
