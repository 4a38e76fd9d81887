"""JSON Lines whose escapes are not valid Unicode: a lone UTF-16 surrogate ("\\ud800") decodes to a
Python string no UTF-8 encoder takes. The line is refused with an error naming it and its field; the
other lines are read, stored, and nothing stored before is lost."""

from __future__ import annotations

from pathlib import Path

from storyline.read import ReadError, read_paths
from storyline.store import Store, ingest

LINES = [
    '{"text": "Dockers walked out in Antwerp on Monday over pay."}',
    '{"text": "Broken \\ud800 escape in the body of a report."}',
    '{"text": "Ferries were cancelled in Piraeus on Tuesday.", "headline": "Strike \\udc00 hits ports"}',
    '{"text": "A paired escape \\ud83d\\ude00 is a real character."}',
    '{"text": "Rail staff struck in Ghent.", "authors": ["Ana \\udfff Ruiz"]}',
    '{"text": "Talks resumed in Lisbon on Wednesday."}',
]


def _feed(tmp_path: Path) -> Path:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    return path


def test_lone_surrogates_are_errors_naming_line_and_field(tmp_path: Path) -> None:
    path = _feed(tmp_path)
    items = list(read_paths([path]))
    errors = [(i.source, i.code, i.message) for i in items if isinstance(i, ReadError)]
    assert [(s, c) for s, c, _ in errors] == [(f"{path}:{n}", "R004") for n in (2, 3, 5)]
    assert [m.split('"')[1] for _, _, m in errors] == ["text", "headline", "authors"]
    articles = [i for i in items if not isinstance(i, ReadError)]
    assert [a.text[:12] for a in articles] == ["Dockers walk", "A paired esc", "Talks resume"]
    assert articles[1].text[16] == "\U0001f600"


def test_ingest_of_a_feed_with_lone_surrogates_goes_on_and_keeps_what_is_stored(
    tmp_path: Path, pipeline
) -> None:
    store = Store(tmp_path / "s.db")
    first = tmp_path / "first.txt"
    first.write_text("Nurses marched in Porto on Sunday.", encoding="utf-8")
    assert ingest(read_paths([first]), store, pipeline=pipeline).stored == 1
    report = ingest(read_paths([_feed(tmp_path)]), store, pipeline=pipeline)
    assert (report.stored, report.failed) == (3, 3)
    assert store.counts()["articles"] == 4
    assert sorted(e["source"].rsplit(":", 1)[-1] for e in store.errors()) == ["2", "3", "5"]
