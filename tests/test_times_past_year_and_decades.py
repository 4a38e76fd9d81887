"""Times (session 19): "over the past year" on a verb in the perfect is a span reaching back from the
telling (DURATION P1Y), on a noun or a plain past verb the calendar unit before the page's day; "a
decade" with or without its modifier is P1DE, counted decades stay in years; a weekday under a verb
chain of "would" told in the past is the nearest such day. Every sentence here is
invented."""

from __future__ import annotations

import pytest

WEDNESDAY = "2026-03-04"


@pytest.fixture(scope="module")
def times(time_items):
    return lambda text: time_items(text, WEDNESDAY)


@pytest.fixture(scope="module")
def time_items(pipeline, analyse):
    def run(text: str, published: str) -> list[tuple[str, str, str | None, str | None]]:
        return [(t.text, t.type, t.value, t.mod) for t in pipeline.times(analyse(text, published=published))]

    return run


PAST_SPAN = [
    # the perfect: a span reaching back from the page's day
    (
        "Grain prices have doubled over the past year, traders said.",
        [("the past year", "DURATION", "P1Y", None)],
    ),
    ("The agency had tracked the convoys over the past week.", [("the past week", "DURATION", "P1W", None)]),
    ("Fares have climbed across the last month.", [("the last month", "DURATION", "P1M", None)]),
    # a plain past verb, or the words on a noun: the calendar unit before the page's day
    ("Rents rose over the past year.", [("the past year", "DATE", "2025", None)]),
    (
        "There has been a sharp rise in the number of shelters over the past year.",
        [("the past year", "DATE", "2025", None)],
    ),
    # a part of the span, on a verb in the perfect: still the span
    ("Floods have cut the pass for much of the past year.", [("the past year", "DURATION", "P1Y", None)]),
    ("The mill has been closed for most of the last month.", [("the last month", "DURATION", "P1M", None)]),
    ("The road was shut for much of the past year.", [("the past year", "DATE", "2025", None)]),
    # another preposition than "over": unchanged
    ("The guide has lived in the hut for the last week.", [("the last week", "DATE", "2026-W09", None)]),
    ("The clinic has treated 300 patients in the past year.", [("the past year", "DATE", "2025", None)]),
]


@pytest.mark.parametrize(("text", "expected"), PAST_SPAN)
def test_past_unit_over_a_perfect_is_a_span(times, text: str, expected: list[tuple]) -> None:
    assert times(text) == expected


DECADES = [
    (
        "The ferry line has been idle for more than a decade.",
        [("more than a decade", "DURATION", "P1DE", "MORE_THAN")],
    ),
    ("The dispute has simmered for almost a decade.", [("almost a decade", "DURATION", "P1DE", "LESS_THAN")]),
    ("She ran the choir for a decade.", [("a decade", "DURATION", "P1DE", None)]),
    # counted decades: in years, as TimeBank writes them
    (
        "She had led the union for nearly two decades before she retired.",
        [("nearly two decades", "DURATION", "P20Y", "LESS_THAN")],
    ),
    ("The treaty held for three decades.", [("three decades", "DURATION", "P30Y", None)]),
]


@pytest.mark.parametrize(("text", "expected"), DECADES)
def test_a_decade_is_one_decade(times, text: str, expected: list[tuple]) -> None:
    assert times(text) == expected


TUESDAY = "2026-03-03"

WOULD_WEEKDAY = [
    # a weekday under a verb chain of "would" told in the past: the nearest such day, here tomorrow
    ("Officials said they would open the pass to allow convoys of food to cross on Wednesday.", "2026-03-04"),
    ("The port said it would close the quay to let divers search the hull on Wednesday.", "2026-03-04"),
    # a plain past verb: the day before the page's
    ("The ferry sailed on Saturday.", "2026-02-28"),
]


@pytest.mark.parametrize(("text", "value"), WOULD_WEEKDAY)
def test_weekday_under_would_is_the_nearest(time_items, text: str, value: str) -> None:
    assert [t[2] for t in time_items(text, TUESDAY) if t[1] == "DATE"] == [value]
