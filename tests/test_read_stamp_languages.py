"""Reader: stamps whose month is written in more of the languages a news page shows (Estonian, Latvian,
Lithuanian, Finnish, Polish, Czech, Slovak, Slovene, Croatian, Bosnian and Serbian Latin, Romanian,
Hungarian, Swedish, Norwegian, Danish, Tagalog), with a dotted day, a year's own stop or the year
first; a paper's print-edition note with a weekday and a page as the page's date when it has no stamp;
a place-and-date line over or opening a press release's first paragraph as the page's date when it
has no stamp. Every line here is invented."""

from __future__ import annotations

from collections import defaultdict

import pytest

from storyline.knowledge import load_json, unaccented
from storyline.read import find_metadata, parse_stamp

STAMPS = [
    ("12. märts 2026, 08:05", ("", "2026-03-12")),  # Estonian, a dotted day
    ("neljapäev, 12. märts 2026, 08:05", ("", "2026-03-12")),
    ("Avaldatud: 12. märts 2026 kell 08:05", ("published", "2026-03-12")),
    ("12. marts, 2026 08:05", ("", "2026-03-12")),  # Latvian
    ("2026. gada 12. martā, 08:05", ("", "2026-03-12")),  # Latvian, year first
    ("2026 m. kovo 12 d. 08:05", ("", "2026-03-12")),  # Lithuanian, year first
    ("torstai 12. maaliskuuta 2026 klo 8.05", ("", "2026-03-12")),  # Finnish, a month's partitive
    ("czwartek, 12 marca 2026, 08:05", ("", "2026-03-12")),  # Polish genitive
    ("Aktualizováno 12. března 2026 8:05", ("updated", "2026-03-12")),  # Czech
    ("12. ožujka 2026. u 08:05", ("", "2026-03-12")),  # Croatian, the year's own stop
    ("Objavljeno: 12. marta 2026.", ("published", "2026-03-12")),  # Bosnian
    ("joi, 12 martie 2026, 08:05", ("", "2026-03-12")),  # Romanian
    ("Frissítve: 2026. március 12. 08:05", ("updated", "2026-03-12")),  # Hungarian, year first
    ("Publicerad 12 mars 2026 kl. 08.05", ("published", "2026-03-12")),  # Swedish
    ("torsdag 12. mars 2026 kl. 08.05", ("", "2026-03-12")),  # Norwegian
    ("12. marts 2026 kl. 08.05", ("", "2026-03-12")),  # Danish
    ("Huwebes, 12 Marso 2026, 8:05 AM", ("", "2026-03-12")),  # Tagalog
    # Polish November or Croatian October: no date rather than a wrong one
    ("12. listopada 2026, 08:05", None),
]


@pytest.mark.parametrize(("line", "expected"), STAMPS)
def test_stamps_in_more_languages(line: str, expected: tuple[str, str] | None) -> None:
    assert parse_stamp(line) == expected


def test_no_month_word_means_two_months() -> None:
    """A word two languages give different months (Polish and Croatian "listopad") is left out."""
    k = load_json("date_words.json")
    seen: dict[str, set[int]] = defaultdict(set)
    for table in (k["months"], k["month_abbreviations"]):
        for words in table.values():
            for word, month in words.items():
                seen[word].add(month)
                seen[unaccented(word)].add(month)
    assert {w: ms for w, ms in seen.items() if len(ms) > 1} == {}


# a year's stop is taken only before a clock or at the line's end, never a sentence's full stop
def test_year_stop_leaves_prose() -> None:
    from storyline.read.dates import _anglicised

    assert _anglicised("12 de marzo de 2026. La junta votó.") == "12 March 2026. La junta votó."


BODY = (
    "Ferry fares to rise\n\nBy Tomas Reyes\n\nThe island's ferry operator raised its fares on Monday, "
    "saying fuel had doubled in price.\n\nPassengers said they would go to the regional court.\n\n"
)
PRINT_NOTES = [
    (
        "This piece also appeared in Friday's print edition of The Marsh Gazette on Friday, March 13, 2026, "
        'on page 12, headlined "Fares up".',
        "2026-03-13",
    ),
    ("This story appeared in our print edition on Fri., March 13, 2026, page B2.", "2026-03-13"),
    (
        'This story appeared in our print edition on March 13, 2026, with the headline "Fares up"',
        "2026-03-13",
    ),
    ("This story appeared in our print edition on 13 March 2026.", "2026-03-13"),
    # the magazine's form already read
    (
        'This article appeared in the Travel section of the print edition under the headline "Up" | '
        "March 13th 2026",
        "2026-03-13",
    ),
    # a date in the headline's words is no note's date
    (
        'This story appeared in our print edition with the headline "Fares rise on March 13, 2026 for all"',
        None,
    ),
]


@pytest.mark.parametrize(("foot", "published"), PRINT_NOTES)
def test_print_edition_note(foot: str, published: str | None) -> None:
    assert find_metadata(BODY + foot).published == published


def test_print_edition_note_yields_to_a_stamp() -> None:
    foot = "This story appeared in our print edition on Saturday, March 14, 2026, page 3."
    assert find_metadata("Posted 13 March 2026\n" + BODY + foot).published == "2026-03-13"


def test_print_edition_note_above_links() -> None:
    foot = "This story appeared in our print edition on Saturday, March 14, 2026, page 3.\n\n" + "\n\n".join(
        f"Related story number {n}" for n in range(8)
    )
    assert find_metadata(BODY + foot).published == "2026-03-14"


HEAD = (
    "COASTAL GRAIN GROWERS UNION\nFair prices for small farms\n\nMEDIA STATEMENT\n\nFOR IMMEDIATE RELEASE\n\n"
    "Growers reject new silo levy\n\nThe union says the charge will push small farms out of business\n\n"
    "Contact: media desk\n\nInterviews on request\n\n"
)
PLACE_DATES = [
    (
        HEAD
        + "Mombasa, 11 March 2026\n\nThe union on Wednesday rejected a levy on grain silos in the county.\n",
        "2026-03-11",
    ),
    (
        HEAD
        + "Mombasa, 11 March 2026 – The union on Wednesday rejected a levy on grain silos in the county.\n",
        "2026-03-11",
    ),
    (
        HEAD
        + "MOMBASA, March 11, 2026 — The union on Wednesday rejected a levy on grain silos in the county.\n",
        "2026-03-11",
    ),
    (
        HEAD + "Mombasa, Kenya, 11 March 2026. The union on Wednesday rejected a levy on grain silos.\n",
        "2026-03-11",
    ),
    (
        HEAD
        + "Mombasa, Wednesday, 11 March 2026\n\nThe union rejected a levy on grain silos in the county.\n",
        "2026-03-11",
    ),
    (
        HEAD
        + "Valparaíso, 11 de marzo de 2026. El sindicato rechazó el nuevo impuesto a los silos de grano.\n",
        "2026-03-11",
    ),
    # a place and a date deep in the story are a timeline's entry
    (
        HEAD
        + "The union on Wednesday rejected a levy on grain silos set by the county council.\n\n"
        + "Its members said the charge would double their costs within a single season.\n\n"
        + "The county said the money would repair roads used by the grain lorries every day.\n\n"
        + "Mombasa, 2 February 2026 – The levy was first proposed.\n",
        None,
    ),
    # a correction's head is no place
    (
        HEAD
        + "Correction, 12 March 2026: An earlier version gave the levy as 5%.\n\nThe union rejected it.\n",
        None,
    ),
    # a place and a date inside a sentence are no such line
    (
        "Grain levy\n\nBy Ana Ruiz\n\nMombasa, 11 March 2026, was the first port to charge the levy.\n",
        None,
    ),
]


@pytest.mark.parametrize(("text", "published"), PLACE_DATES)
def test_place_and_date_line(text: str, published: str | None) -> None:
    assert find_metadata(text).published == published


def test_place_and_date_line_yields_to_a_stamp() -> None:
    text = (
        "Published 10 March 2026\n"
        + HEAD
        + "Mombasa, 11 March 2026\n\nThe union rejected the levy on Wednesday.\n"
    )
    assert find_metadata(text).published == "2026-03-10"
