"""``storyline eval stories --canonical``: the store's own canonical events (records' events
merged by ``stories.Stories``) aligned to gold action mentions by trigger offsets and scored on
the gold mentions they find, with mention recall and precision beside."""

from __future__ import annotations

from conftest import invented_record
from storyline.evaluate.stories import GoldDoc, _canonical


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
