"""Times (round 18, second pass): a deadline given or a state declared "until" a weekday looks ahead;
"by <weekday>" on the participle of a present wish looks ahead; a present or future range "from
Thursday until Monday" is one stretch ahead; a past clause's "that night" or "the previous evening"
does not count from a day ahead of the page; a clock time gives "during the morning" its day;
"yesterday afternoon" is read whole; "set for <date>" is planned; "another week" is a duration;
"invited … to talks on Thursday" with the day on the verb. Every sentence here is invented."""

from __future__ import annotations

import pytest

WEDNESDAY = "2026-03-04"


@pytest.fixture(scope="module")
def times(time_triples):
    """The times stage's (text, type, value) items, on a page of WEDNESDAY unless told."""
    return lambda text, published=WEDNESDAY: time_triples(text, published)


def _value_of(found: list[tuple[str, str, str | None]], text: str) -> list[str | None]:
    return [v for t, _, v in found if t == text]


DEADLINE_UNTIL = [
    # a span given to someone, in the simple past: a deadline ahead
    ("The army gave residents until Monday to leave the valley.", "Monday", "2026-03-09"),
    ("The court granted the company until Monday to file its reply.", "Monday", "2026-03-09"),
    # a state declared or imposed
    ("The government declared a holiday until Monday.", "Monday", "2026-03-09"),
    ("The governor imposed a curfew until Monday.", "Monday", "2026-03-09"),
    # in the present (already ahead before)
    ("The company has until Friday to respond to the claim.", "Friday", "2026-03-06"),
    # a pluperfect grant, a grant dated itself, a span that was held: either side (the nearest Monday)
    ("The army had given residents until Monday to leave.", "Monday", "2026-03-02"),
    ("On Saturday the army gave residents until Monday to leave.", "Monday", "2026-03-02"),
    ("Residents had until Monday to leave, but many stayed.", "Monday", "2026-03-02"),
]


@pytest.mark.parametrize(("sentence", "day", "value"), DEADLINE_UNTIL)
def test_until_a_deadline(times, sentence: str, day: str, value: str) -> None:
    assert _value_of(times(sentence), day) == [value]


WISH_BY = [
    ("Officials want the repairs finished by Sunday.", "Sunday", "2026-03-08"),
    ("The mayor wants the road cleared by Sunday.", "Sunday", "2026-03-08"),
    ("The ministry asks for the report completed by Monday.", "Monday", "2026-03-09"),
    # a wish told in the past, a passive, a participle on a reporting verb: behind
    ("The ministry wanted the repairs finished by Sunday.", "Sunday", "2026-03-01"),
    ("The repairs were finished by Sunday.", "Sunday", "2026-03-01"),
    ("Officials said the repairs finished by Sunday had cost more.", "Sunday", "2026-03-01"),
]


@pytest.mark.parametrize(("sentence", "day", "value"), WISH_BY)
def test_by_on_a_wished_participle(times, sentence: str, day: str, value: str) -> None:
    assert _value_of(times(sentence), day) == [value]


RANGES = [
    # present or future: one stretch ahead, the start before the end
    ("Schools are closed from Thursday until Monday.", "2026-03-05", "2026-03-09"),
    ("Offices remain closed from Friday to Monday.", "2026-03-06", "2026-03-09"),
    ("Banks will be closed from Thursday until Monday.", "2026-03-05", "2026-03-09"),
    ("Markets will stay shut from Saturday to Tuesday.", "2026-03-07", "2026-03-10"),
    # a present range that holds now
    ("Schools are closed from Monday until Friday.", "2026-03-02", "2026-03-06"),
    # told in the past: left as read
    ("The fighting continued from Thursday until Monday.", "2026-02-26", "2026-03-02"),
    ("He was in custody from Friday until Monday.", "2026-02-27", "2026-03-02"),
    ("Schools were closed from Thursday until Monday.", "2026-02-26", "2026-03-09"),
]


@pytest.mark.parametrize(("sentence", "start", "end"), RANGES)
def test_weekday_range(times, sentence: str, start: str, end: str) -> None:
    assert [v for _, _, v in times(sentence)] == [start, end]


PAST_ANAPHORA = [
    # "that night" in a past clause after a deadline ahead: the page's day, or the last day told
    (
        "The army gave residents until Monday to leave. That night, soldiers burned the market.",
        "That night",
        "2026-03-04TNI",
    ),
    (
        "Rebels attacked the town on Saturday. The army gave residents until Monday to leave. "
        "That night, soldiers burned the market.",
        "That night",
        "2026-02-28TNI",
    ),
    # a day called for ahead, then a past clause's "the previous evening"
    (
        "The union called on members to strike on Friday. The ministry said in a statement the "
        "previous evening that talks had failed.",
        "the previous evening",
        "2026-03-03TEV",
    ),
    (
        "Rebels attacked on Saturday. The army gave residents until Monday to leave. The next day, "
        "soldiers burned the market.",
        "The next day",
        "2026-03-01",
    ),
    # a past clause's next day after the page's day is the day after an earlier day named
    (
        'The truce was signed on Tuesday. Jets bombed two villages early on Wednesday, rebels said. "They '
        'signed and sent their planes the next morning," a spokesman said.',
        "the next morning",
        "2026-03-04TMO",
    ),
    # with no earlier day it can follow, it stays as read
    ("The fire started on Wednesday. It spread the next day.", "the next day", "2026-03-05"),
    # a future clause keeps its future anchor
    (
        "The summit opens on Friday. That night, leaders will dine at the palace.",
        "That night",
        "2026-03-06TNI",
    ),
]


@pytest.mark.parametrize(("text", "expr", "value"), PAST_ANAPHORA)
def test_past_anaphora_not_anchored_ahead(times, text: str, expr: str, value: str) -> None:
    assert _value_of(times(text), expr) == [value]


READ_WHOLE = [
    # a clock time gives a part of the day its day when no day was named since a year
    (
        "The ruins date from 1988. The quake hit at 4:17 a.m. More than 40 aftershocks followed during "
        "the morning.",
        WEDNESDAY,
        [
            ("1988", "DATE", "1988"),
            ("4:17 a.m.", "TIME", "2026-03-04T04:17"),
            ("the morning", "TIME", "2026-03-04TMO"),
        ],
    ),
    # the day and its part, read together
    (
        "Villagers blocked the road for three hours yesterday afternoon.",
        WEDNESDAY,
        [("three hours", "DURATION", "PT3H"), ("yesterday afternoon", "TIME", "2026-03-03TAF")],
    ),
    ("Police will arrive tomorrow morning.", WEDNESDAY, [("tomorrow morning", "TIME", "2026-03-05TMO")]),
    ("He left yesterday.", WEDNESDAY, [("yesterday", "DATE", "2026-03-03")]),
    # "set for" a day: planned, the nearest such day
    (
        "Gatherings would stay banned until the referendum, set for the 21st of September.",
        "2025-06-07",
        [("the 21st of September", "DATE", "2025-09-21")],
    ),
    # "another" counts one unit
    ("Schools will stay closed for another week.", WEDNESDAY, [("another week", "DURATION", "P1W")]),
    ("The storm lasted another day.", WEDNESDAY, [("another day", "DURATION", "P1D")]),
    ("They helped one another.", WEDNESDAY, []),
    # an invitation to a meeting, the day hung on the verb: the meeting's day, the nearest one
    (
        "The ministry had invited the two unions to talks in Lima on Thursday.",
        "2025-06-03",
        [("Thursday", "DATE", "2025-06-05")],
    ),
    (
        "The ministry invited the strikers to negotiations in Quito on Thursday.",
        "2025-06-03",
        [("Thursday", "DATE", "2025-06-05")],
    ),
    ("The army sent troops to the border on Thursday.", "2025-06-03", [("Thursday", "DATE", "2025-05-29")]),
    # a local clock takes its day from the UTC moment in brackets after it
    (
        "The span fell at about 4.50am local time (21.50 GMT on Tuesday).",
        WEDNESDAY,
        [
            ("about 4.50am local time", "TIME", "2026-03-04T04:50"),
            ("21.50 GMT", "TIME", "2026-03-03T21:50Z"),
            ("Tuesday", "DATE", "2026-03-03"),
        ],
    ),
    (
        "The plane landed at 9.30pm local time (01.30 GMT on Wednesday).",
        WEDNESDAY,
        [
            ("9.30pm local time", "TIME", "2026-03-03T21:30"),
            ("01.30 GMT", "TIME", "2026-03-04T01:30Z"),
            ("Wednesday", "DATE", "2026-03-04"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), READ_WHOLE)
def test_read(times, text: str, published: str, expected: list[tuple[str, str, str]]) -> None:
    assert times(text, published) == expected


EVES = [
    # the event's day told with its part of the day
    (
        "The senator was shot at a rally on Saturday evening.\n\nHis phone showed calls to a dealer on the "
        "eve of the rally.",
        "the eve",
        "2026-02-27",
    ),
    # a page's stamp in the headline's sentence is no day of the event
    (
        "What we know about the shooting at a rally in the port\nPosted on 4 March 2026\n\nA senator was "
        "shot at a rally on Saturday evening. His phone showed calls to a dealer on the eve of the rally.",
        "the eve",
        "2026-02-27",
    ),
]


@pytest.mark.parametrize(("text", "expr", "value"), EVES)
def test_eve_of_an_event(times, text: str, expr: str, value: str) -> None:
    assert _value_of(times(text), expr) == [value]
