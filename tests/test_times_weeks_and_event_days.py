"""Times: a week of a month ("the third week of August" -> its ISO week), a day told against an event
("the day after the vote", "the day before the hearing" -> that day, from the event's own date), and
a month told again without its year in a story about a past year ("in May 2023 … by the end of May")."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Triples = Callable[..., list[tuple[str, str, str | None]]]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Repairs will start in the third week of August.",
            "2026-06-20",
            [("the third week of August", "DATE", "2026-W34")],
        ),
        (
            "The fair is held in the first week of September.",
            "2026-06-20",
            [("the first week of September", "DATE", "2026-W36")],
        ),
        (
            "Ballots are due by the last week of March 2027.",
            "2026-06-20",
            [("the last week of March 2027", "DATE", "2027-W12")],
        ),
        (
            "The talks stalled in the third week of February.",
            "2026-06-20",
            [("the third week of February", "DATE", "2026-W08")],
        ),
        (
            "Delegates gathered the week of 9 March.",
            "2026-03-20",
            [("the week of 9 March", "DATE", "2026-W11")],
        ),
    ],
)
def test_week_of_month(time_triples: Triples, text: str, published: str, expected: list) -> None:
    assert time_triples(text, published=published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Residents voted in the referendum on Sunday. The day after the referendum, the mayor resigned.",
            "2026-05-08",
            [("Sunday", "DATE", "2026-05-03"), ("The day", "DATE", "2026-05-04")],
        ),
        (
            "The inquest opened on 12 March. On the day before the inquest, the coroner stepped aside.",
            "2026-03-20",
            [("12 March", "DATE", "2026-03-12"), ("the day", "DATE", "2026-03-11")],
        ),
        (
            "Senators voted on Tuesday. The day after the vote, the minister quit.",
            "2026-03-20",
            [("Tuesday", "DATE", "2026-03-17"), ("The day", "DATE", "2026-03-18")],
        ),
        (
            "Rebels attacked the depot on 2 April. The day after the attack, troops retook it.",
            "2026-04-20",
            [("2 April", "DATE", "2026-04-02"), ("The day", "DATE", "2026-04-03")],
        ),
        (
            # a count told against an event is the stretch it is, as TimeML gives it
            "The trial opened on 12 March. Two days before the trial, the judge stepped aside.",
            "2026-03-20",
            [("12 March", "DATE", "2026-03-12"), ("Two days", "DURATION", "P2D")],
        ),
        (
            # the day of the event's own sentence, not the day before the last day named
            "The vote was held on Thursday. He spoke the day before the vote.",
            "2020-01-05",
            [("Thursday", "DATE", "2020-01-02"), ("the day", "DATE", "2020-01-01")],
        ),
        (
            # an event with no date of its own keeps "the day" unplaced
            "The day after the blast, shops stayed shut.",
            "2026-03-20",
            [("The day", "DATE", "XXXX-XX-XX")],
        ),
    ],
)
def test_days_told_against_an_event(time_triples: Triples, text: str, published: str, expected: list) -> None:
    assert time_triples(text, published=published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The strike began in October 2024, and by the end of October the mills had shut.",
            [("October 2024", "DATE", "2024-10"), ("the end of October", "DATE", "2024-10")],
        ),
        (
            # another month after a past year keeps the page's year, as TimeBank gives it
            "The strike began in October 2024. In March the mills shut.",
            [("October 2024", "DATE", "2024-10"), ("March", "DATE", "2026-03")],
        ),
        (
            # looking ahead: the page's year
            "The strike began in October 2024 and the union will vote again in October.",
            [("October 2024", "DATE", "2024-10"), ("October", "DATE", "2026-10")],
        ),
    ],
)
def test_month_told_again_in_a_past_year(time_triples: Triples, text: str, expected: list) -> None:
    assert time_triples(text, published="2026-06-01") == expected
