"""How the store keeps the canonical events' mentions (``canonical_events.state``): a field at its
default (no coordinated predicates, no contextual vector, no date) is left out of the stored JSON
and read back as the default, so empty fields cost nothing on every stored mention."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import invented_record, store_of
from storyline.stories import EventMention, load, mention_state, sync

# an invented report with one event and nothing coordinated with it
REPORT = invented_record(
    ["The Tarrow port authority closed the north quay on Friday after a crane collapsed."],
    "2031-03-14",
    [("closed", "RESTRICT", "Tarrow port authority")],
)


def test_a_stored_mention_omits_its_empty_fields_and_reads_back_whole(tmp_path: Path) -> None:
    with store_of(tmp_path / "s.db", [REPORT]) as store:
        sync(store)
        (state,) = [json.loads(r[0]) for r in store.conn.execute("SELECT state FROM canonical_events")]
        (stored,) = state
        # fields at their default are not written: no coordinated predicates, no date, no place ...
        empty = {"coordinated", "context", "date", "place", "publisher", "quantities", "targets"}
        assert empty.isdisjoint(stored)
        assert stored["trigger"] == "closed" and stored["sources"] == ["Tarrow port authority"]
        (event,) = load(store).merger.events.values()
        (mention,) = event.mentions
        assert (mention.coordinated, mention.date, mention.place, mention.targets) == ((), None, None, ())
        assert mention.sources == ("Tarrow port authority",)
        as_read = {k: tuple(v) if isinstance(v, list) else v for k, v in stored.items()}
        assert mention_state(mention) == as_read


def test_mention_state_keeps_a_field_set_to_a_non_default_value() -> None:
    m = EventMention("a1", "v2", "ASSAULT", "shot", 10, 14, 0, 40, "Gunmen shot and wounded a guard.")
    assert mention_state(m) == {
        "article_id": "a1",
        "event_id": "v2",
        "type": "ASSAULT",
        "trigger": "shot",
        "trigger_start": 10,
        "trigger_end": 14,
        "sentence_start": 0,
        "sentence_end": 40,
        "sentence": "Gunmen shot and wounded a guard.",
    }
    both = EventMention(**{**mention_state(m), "coordinated": (19,), "date": "2031-03-13"})
    assert mention_state(both)["coordinated"] == (19,)
    assert mention_state(both)["date"] == "2031-03-13"
    assert EventMention(**json.loads(json.dumps(mention_state(both)))) == both
