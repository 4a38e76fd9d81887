"""A parliament's record of a sitting (a Hansard): the legislature over the record's title is the
page's publisher, the sitting's day in capitals with an ordinal is its date, and the clock marks in
its margin are furniture, neither times nor figures."""

from __future__ import annotations

import pytest

from storyline.read import article_from_text
from storyline.read.furniture import blank_furniture
from storyline.read.records import parliament_record

SITTING = (
    "LEGISLATIVE ASSEMBLY OF NORTH VELLAND\n\nPARLIAMENTARY DEBATES (HANSARD)\n\n"
    "THURSDAY, 21ST MAY, 2026\n\nThe Assembly met at 10.00 a.m.\n\n10.05\n\n"
    "The Clerk: Members will rise.\n\n(10.20 a.m.)\n\n"
    "Dr. Jonas Pirre: The clinic in Aldmoor closed on 2nd April and 1,200 patients were moved.\n"
)


def test_the_legislature_publishes_and_the_sitting_dates_the_page() -> None:
    a = article_from_text(SITTING, published=None)
    assert (a.publisher, a.published) == ("Legislative Assembly of North Velland", "2026-05-21")


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        ("PARLIAMENT OF OSTRAVA\nOFFICIAL REPORT\n", "Parliament of Ostrava"),
        ("Senate of Marvia — Official Record\n", "Senate of Marvia"),
        ("THE NATIONAL ASSEMBLY\nVERBATIM REPORT OF PROCEEDINGS\n", "The National Assembly"),
        ("THE LAKE GAZETTE\n\nSenate approves new budget\n\nThe official report was tabled.\n", None),
        ("PARLIAMENT OF OSTRAVA\n\nMinisters quit over budget\n", None),
        ("FOURTH SESSION — DAILY HANSARD\nHOUSE OF KEYS\n", "House of Keys"),
        # a word after an elided letter keeps its capital, as the reader cases every name in capitals
        ("HOUSE OF ASSEMBLY OF PORT D'OLONNE\nOFFICIAL REPORT\n", "House of Assembly of Port D'Olonne"),
        # a section's label over a headline that ends in a record's word is no record
        ("PARLIAMENT\n\nMinisters clash in heated budget hansard\n", None),
        # the record's title with what it records, and a title alone in brackets
        (
            "NATIONAL ASSEMBLY OF VELMORA\nOFFICIAL REPORT OF THE PROCEEDINGS OF THE ASSEMBLY\n",
            "National Assembly of Velmora",
        ),
        ("PARLIAMENT OF ESTRANIA\n\nFIRST MEETING\n\n(HANSARD)\n", "Parliament of Estrania"),
        ("HOUSE OF KEYS\nOFFICIAL REPORT OF DEBATES\n", "House of Keys"),
        # a headline naming the report is no record's title
        ("PARLIAMENT OF OSTRAVA\n\nOfficial report of the inquiry blames ministers\n", None),
    ],
)
def test_a_record_needs_the_legislature_and_the_records_title(head: str, publisher: str | None) -> None:
    sitting = parliament_record(head + "\nThe House met at noon.\n")
    assert (sitting.publisher if sitting else None) == publisher


def test_margin_clocks_are_furniture(pipeline, analyse) -> None:
    view = blank_furniture(SITTING)
    assert "10.05" not in view and "(10.20 a.m.)" not in view and "met at 10.00 a.m." in view
    an = analyse(SITTING, published="2026-05-21")
    assert [(t.text, t.value) for t in pipeline.times(an)] == [
        ("THURSDAY, 21ST MAY, 2026", "2026-05-21"),
        ("10.00 a.m.", "2026-05-21T10:00"),
        ("2nd April", "2026-04-02"),
    ]
    assert [q.text for q in pipeline.quantities(an)] == ["1,200 patients"]
