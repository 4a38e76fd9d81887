"""A corrected speaker keeps the exact characters it names: its span is the mention of the
corrected entity (or the occurrence of the name) nearest the quote, so that ``text[start:end]``
of the speaker is the speaker a fact-checker reads, not the name the machine had picked."""

from __future__ import annotations

import pytest

from conftest import hand_entities
from storyline.corrections import Correction, apply_corrections
from storyline.read import article_from_text
from storyline.record import Quote, Record, Speaker

# invented: a utility and its director; the machine gave the director's words to the utility
TEXT = (
    "Merrow Water said the Ardmoor reservoir was at 12% of its capacity. "
    "Its director, Maren Holloway-Sáenz, said the utility was doing what it could.\n\n"
    "A spokesman for the regional council, Tobias Wren, said rationing would begin in May. "
    "Maren Holloway-Sáenz later added that wells were being tested."
)
SAID = "the utility was doing what it could"


def _record() -> Record:
    text = TEXT
    ents = hand_entities(
        text, {"Merrow Water": "ORG", "Maren Holloway-Sáenz": "PERSON", "Tobias Wren": "PERSON"}
    )
    q = text.index(SAID)
    wrong = text.index("Merrow Water")
    quote = Quote(
        q,
        q + len(SAID),
        SAID,
        id="q1",
        kind="indirect",
        speaker=Speaker(ents[0].id, "Merrow Water", wrong, wrong + len("Merrow Water")),
    )
    return Record(article_from_text(text), entities=tuple(ents), quotes=(quote,))


@pytest.mark.parametrize(
    ("value", "entity_name", "span_text", "span_start"),
    [
        # the entity's mention nearest the quote, not its first or last
        ("Maren Holloway-Sáenz", "Maren Holloway-Sáenz", "Maren Holloway-Sáenz", TEXT.index("Maren")),
        ("maren holloway-sáenz", "Maren Holloway-Sáenz", "Maren Holloway-Sáenz", TEXT.index("Maren")),
        # an unlinked describing phrase found in the text
        ("its director", None, "Its director", TEXT.index("Its director")),
        # a name the text does not hold: the old span stays
        ("the water minister", None, "Merrow Water", 0),
    ],
)
def test_corrected_speaker_span(value: str, entity_name: str | None, span_text: str, span_start: int) -> None:
    record = _record()
    q = record.quotes[0]
    fix = Correction(record.article.id, "quotes", "q1", "speaker", value, q.start, q.end)
    sp = apply_corrections(record, [fix]).quotes[0].speaker
    names = {e.id: e.name for e in record.entities}
    assert names.get(sp.entity) == entity_name
    assert (TEXT[sp.start : sp.end], sp.start) == (span_text, span_start)
