"""The quotes stage: an occasion participle ("Speaking to Radio Mbabane on Friday, he called …",
"X, speaking on Voice of Lanka, said") names the quote's channel when it speaks to or on an outlet,
a broadcaster or a channel noun, and its time dates the quote even where a mixed quote's span takes
in the fronted participle; people spoken to ("Speaking to reporters") and "on condition of
anonymity" name no channel. A time that recurs or lasts ("daily", "for two hours") dates no quote
(tables of invented sentences)."""

from __future__ import annotations

import pytest

from storyline.pipeline import Pipeline

CASES = [
    (
        "The opposition leader Amos Dlamini rejected the count. Speaking to Radio Mbabane on Friday, he "
        'called the election "a fraud from start to finish".',
        ("mixed", "Radio Mbabane", "2024-03-08"),
    ),
    (
        "Speaking on Voice of Lanka on Sunday, Minister Ravi Perera said the curfew would be lifted.",
        ("indirect", "Voice of Lanka", "2024-03-03"),
    ),
    (
        "Speaking to the BBC on Thursday, Hana Kamau said the dam was safe.",
        ("indirect", "BBC", "2024-03-07"),
    ),
    (
        "Speaking at a news conference in Lima, Carla Rojas said the vote would go ahead.",
        ("indirect", "news conference", "2024-03-08"),
    ),
    (
        "Mayor Ruth Okello toured the site. Speaking to reporters in Gulu on Monday, she said the bridge "
        "would reopen within a week.",
        ("indirect", None, "2024-03-04"),
    ),
    (  # "Daily" in a masthead is no time the words were said on
        "Minister Ravi Perera, speaking to the Daily Mirror, said the curfew would be lifted.",
        ("indirect", "Daily Mirror", "2024-03-08"),
    ),
    (
        "Speaking on condition of anonymity, an official said the talks had stalled.",
        ("indirect", None, "2024-03-08"),
    ),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_occasion_channel_and_date(pipeline: Pipeline, text: str, expected: tuple[str | None, ...]) -> None:
    record = pipeline.process(text, published="2024-03-08")
    assert [(q.kind, q.channel, q.date) for q in record.quotes] == [expected]
