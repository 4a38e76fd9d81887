"""``storyline eval stories --canonical``: the store's own canonical events (records' events
merged by ``stories.Stories``) aligned to gold action mentions by trigger offsets and scored on
the gold mentions they find, with mention recall and precision beside."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import invented_record
from storyline.evaluate import stories as eval_stories
from storyline.evaluate.stories import GoldDoc, _canonical, load_records


def _gold(name: str, text: str, actions: dict[str, tuple[str, str]]) -> GoldDoc:
    """A one-sentence gold document whose actions are (word, chain) found in its text."""
    spans = {mid: (text.index(w), text.index(w) + len(w), 0) for mid, (w, _c) in actions.items()}
    return GoldDoc(
        name,
        "1",
        "1",
        text,
        {0: (0, len(text))},
        {},
        spans,
        {mid: chain for mid, (_w, chain) in actions.items()},
    )


def test_canonical_events_scored_on_the_mentions_found() -> None:
    texts = [
        "Border guards killed two smugglers near Tarvos and seized their truck, officials in Tarvos said.",
        "Two smugglers were killed by border guards near Tarvos, officials in Tarvos said on Monday.",
    ]
    docs = [
        _gold("d1", texts[0], {"a1": ("killed", "KILL"), "a2": ("seized", "SEIZE"), "a3": ("said", "SAY1")}),
        _gold("d2", texts[1], {"b1": ("killed", "KILL"), "b2": ("said", "SAY2")}),
    ]
    recs = {
        "d1": invented_record([texts[0]], "2030-03-04", [("killed", "ASSAULT", "Border guards")]),
        "d2": invented_record([texts[1]], "2030-03-04", [("killed", "ASSAULT", "border guards")]),
    }
    out = _canonical(docs, docs, recs, {"d1": {0}, "d2": {0}})
    assert (out["gold_mentions"], out["predicted_mentions"], out["canonical_events"]) == (5, 2, 1)
    assert out["mention_detection"] == {"p": 1.0, "r": 0.4, "f1": 0.5714}
    # the two reports of the killing are one canonical event, as the gold says
    assert out["coreference"]["conll_f1"] == 1.0
    assert out["cross_document_links"] == {"p": 1.0, "r": 1.0, "f1": 1.0, "gold_links": 1}
    # scored on every gold mention, the ones the product does not report cost recall
    assert out["coreference_all"]["b3"]["r"] == 0.4


def test_the_records_cache_keeps_what_it_held_and_parses_only_the_documents_it_lacks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run on other documents (``--limit``) rewrote the cache with its own records alone, and
    parsed every document again when one was missing."""
    texts = {
        "d1": "Dock workers in Parnell walked out on Monday, their union said.",
        "d2": "The Parnell council closed the old ferry pier on Tuesday.",
        "d3": "Police in Parnell detained two men after a break-in on Wednesday.",
    }
    docs = {n: _gold(n, t, {}) for n, t in texts.items()}
    parsed: list[list[str]] = []

    def process(given: list[GoldDoc], *, keep_docs: bool = True) -> tuple[dict[str, Any], None]:
        parsed.append([d.name for d in given])
        return {d.name: invented_record([d.text], "2031-04-07", []) for d in given}, None

    monkeypatch.setattr(eval_stories, "_process", process)
    load_records([docs["d1"], docs["d2"]], tmp_path)
    recs = load_records([docs["d2"], docs["d3"]], tmp_path)
    assert parsed == [["d1", "d2"], ["d3"]]
    assert sorted(recs) == ["d1", "d2", "d3"]
    assert recs["d3"].article.text == texts["d3"]
    with (tmp_path / "ecb_records.jsonl").open(encoding="utf-8") as fh:
        assert [json.loads(line)["name"] for line in fh] == ["d1", "d2", "d3"]
    assert load_records([docs["d3"], docs["d1"]], tmp_path) == recs
    assert parsed == [["d1", "d2"], ["d3"]]
