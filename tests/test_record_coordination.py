"""Events coordinated in one sentence ("shot and wounded") in the record (``Event.coordinated``),
in the mentions built from it and in the store's canonical events: the record carries what
the events stage's parse knows, so the store's merging gets the coordination veto that the
evaluation path has from its own parse."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from conftest import RecordsPipeline
from storyline.pipeline import Pipeline
from storyline.record import Record
from storyline.store import Store, ingest
from storyline.stories import EventMention, _mention_args, event_mentions


def _coordination(pipeline: Pipeline, text: str) -> list[tuple[str, tuple[str, ...]]]:
    """(trigger, triggers of the events coordinated with it) for each event of ``text``."""
    rec = pipeline.process(text, published="2031-03-04")
    trigger = {v.id: v.trigger.text for v in rec.events}
    return [(v.trigger.text, tuple(trigger[c] for c in v.coordinated)) for v in rec.events]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Soldiers arrested and beat two students in Mandalay on Friday.",
            [("arrested", ("beat",)), ("beat", ("arrested",))],
        ),
        (
            "The militia kidnapped and killed a village elder near Bunia.",
            [("kidnapped", ("killed",)), ("killed", ("kidnapped",))],
        ),
        # the chain runs through a word that codes no event ("beat" here)
        (
            "Gunmen abducted, beat and killed a shopkeeper in Kano on Sunday.",
            [("abducted", ("killed",)), ("killed", ("abducted",))],
        ),
        # one act after another, not coordinated: nothing
        (
            "Police detained Ana Ruiz after she attacked a guard in Quito.",
            [("detained", ()), ("attacked", ())],
        ),
    ],
)
def test_record_events_name_their_coordinated_events(
    pipeline: Pipeline, text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert _coordination(pipeline, text) == expected


def test_event_mentions_carry_coordinated_trigger_offsets(pipeline: Pipeline) -> None:
    text = "The militia kidnapped and killed a village elder near Bunia."
    mentions = event_mentions(pipeline.process(text, published="2031-03-04"))
    assert [(m.trigger, m.coordinated) for m in mentions] == [
        ("kidnapped", (text.index("killed"),)),
        ("killed", (text.index("kidnapped"),)),
    ]


def test_record_without_the_field_reads_as_before(pipeline: Pipeline) -> None:
    rec = pipeline.process("Soldiers arrested and beat two students in Mandalay.", published="2031-03-04")
    assert [v.coordinated for v in rec.events] == [("v2",), ("v1",)]
    old = rec.to_dict()
    for event in old["events"]:
        del event["coordinated"]  # a record written before the field was kept
    back = Record.from_dict(old)
    assert [v.coordinated for v in back.events] == [(), ()]
    assert back == dataclasses.replace(
        rec, events=tuple(dataclasses.replace(v, coordinated=()) for v in rec.events)
    )
    assert Record.from_json(back.to_json()) == back
    assert [m.coordinated for m in event_mentions(back)] == [(), ()]


# invented: two papers report one shooting in one sentence each
SHOOTING = [
    ("Gunmen shot and wounded Tomas Varga outside a bakery in Miskolc on Tuesday.", "pa"),
    ("Tomas Varga was shot and wounded by gunmen outside a Miskolc bakery on Tuesday.", "pb"),
]


def test_store_keeps_coordinated_acts_apart(pipeline: Pipeline, tmp_path: Path) -> None:
    records = []
    for i, (text, publisher) in enumerate(SHOOTING):
        rec = pipeline.process(text, published="2031-03-04")
        article = dataclasses.replace(rec.article, id=f"shoot{i}", publisher=publisher)
        records.append(dataclasses.replace(rec, article=article))
    with Store(tmp_path / "s.db") as store:
        ingest([r.article for r in records], store, pipeline=RecordsPipeline(records))
        rows = store.conn.execute("SELECT state FROM canonical_events ORDER BY id").fetchall()
    canonical = [[EventMention(**_mention_args(m)) for m in json.loads(state)] for (state,) in rows]
    # two acts, each told by both papers: two canonical events, not one
    assert [sorted((m.article_id, m.trigger) for m in ms) for ms in canonical] == [
        [("shoot0", "shot"), ("shoot1", "shot")],
        [("shoot0", "wounded"), ("shoot1", "wounded")],
    ]
    first, second = (text for text, _ in SHOOTING)
    assert {(m.article_id, m.trigger): m.coordinated for ms in canonical for m in ms} == {
        ("shoot0", "shot"): (first.index("wounded"),),
        ("shoot0", "wounded"): (first.index("shot"),),
        ("shoot1", "shot"): (second.index("wounded"),),
        ("shoot1", "wounded"): (second.index("shot"),),
    }
