"""The record model: JSON round trip, RECORD.md names, stable ids, the public API."""

from __future__ import annotations

import json

import storyline
from storyline.record import (
    Actor,
    Article,
    Entity,
    Event,
    Mention,
    Offsets,
    Place,
    Quantity,
    Quote,
    Record,
    Span,
    Speaker,
    Time,
    article_id,
)

TEXT = "Lane said Sunday that 250 soldiers left Iraq."


def sample() -> Record:
    art = Article(id=article_id(TEXT), text=TEXT, published="2020-01-05", authors=("A. Writer",))
    lane = Entity(
        id="e1",
        name="Lane",
        type="PERSON",
        mentions=(Mention(0, 4, "Lane"),),
        attributes={"age": 40},
        actor=Actor("Lane", country="CAN", sector="government", code="CANGOV"),
    )
    return Record(
        article=art,
        entities=(lane,),
        times=(Time(10, 16, "Sunday", type="DATE", value="2020-01-05"),),
        quotes=(
            Quote(
                22,
                44,
                TEXT[22:44],
                id="q1",
                kind="indirect",
                speaker=Speaker("e1", "Lane", 0, 4),
                cue=Span(5, 9, "said"),
                date="2020-01-05",
            ),
        ),
        places=(Place(40, 44, "Iraq", name="Iraq", geonames_id=99237, country="IQ", lat=33.0, lon=44.0),),
        events=(
            Event(
                id="v1",
                type="RETREAT",
                trigger=Span(35, 39, "left"),
                sentence=Offsets(0, 45),
                source=("e1",),
                date="2020-01-05",
                date_from="text",
                place=0,
                reported_by="q1",
                confidence=0.7,
            ),
        ),
        quantities=(Quantity(22, 34, "250 soldiers", value=250, what="soldiers"),),
    )


def test_json_round_trip_is_lossless() -> None:
    rec = sample()
    again = Record.from_json(rec.to_json())
    assert again == rec
    assert again.to_json() == rec.to_json()


def test_json_carries_record_md_names() -> None:
    data = json.loads(sample().to_json())
    assert data["schema"] == "storyline.record/1"
    assert list(data)[:2] == ["schema", "article"]
    assert {"entities", "times", "quotes", "places", "events", "quantities"} <= set(data)
    assert set(data["article"]) >= {"id", "url", "publisher", "authors", "contributors", "headline"}
    assert data["quotes"][0]["speaker"] == {
        "entity": "e1",
        "text": "Lane",
        "start": 0,
        "end": 4,
        "on_behalf_of": None,
    }
    ev = data["events"][0]
    assert ev["trigger"] == {"text": "left", "start": 35, "end": 39}
    assert ev["sentence"] == {"start": 0, "end": 45}
    assert ev["source"] == ["e1"] and ev["target"] == []
    assert data["entities"][0]["actor"]["country"] == "CAN"


def test_offsets_point_at_their_text() -> None:
    rec = sample()
    for item in (*rec.times, *rec.quotes, *rec.places, *rec.quantities):
        assert TEXT[item.start : item.end] == item.text


def test_unknown_keys_are_ignored_on_read() -> None:
    data = sample().to_dict()
    data["events"][0]["future_field"] = 1
    assert Record.from_dict(data) == sample()


def test_article_id_ignores_quote_style_and_spacing() -> None:
    assert article_id("He said “yes”.\n") == article_id('He  said "yes".')
    assert article_id("a") != article_id("b")
    assert len(article_id("a")) == 16


def test_public_api_is_sorted_and_complete() -> None:
    assert storyline.__all__ == sorted(storyline.__all__)
    for name in storyline.__all__:
        assert hasattr(storyline, name)
