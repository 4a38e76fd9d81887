"""`storyline ingest --reprocess` (session 18): after an upgrade a user refreshes stored records
from the command line; reviewers' corrections survive, and no count changes or doubles."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from storyline import cli
from storyline.store import Store
from test_cli import ARTICLES, inputs, monkeypatch_module, runner  # noqa: F401  (fixtures)


def _counts(db: Path) -> tuple[object, ...]:
    with Store(db) as store:
        c = store.conn
        return (
            store.counts(),
            # ids are new: the events and stories only re-processed articles reported are made again
            [
                tuple(r)
                for r in c.execute(
                    "SELECT type, n_mentions, n_sources, date FROM canonical_events ORDER BY id"
                )
            ],
            [tuple(r) for r in c.execute("SELECT n_articles, title, actors FROM stories ORDER BY id")],
            c.execute("SELECT count(*) FROM canonical_mentions").fetchone()[0],
        )


def test_ingest_reprocess_keeps_corrections_and_counts(
    runner: CliRunner,  # noqa: F811
    inputs: Path,  # noqa: F811
    tmp_path: Path,
) -> None:
    db = tmp_path / "re.db"
    first = runner.invoke(cli.main, ["ingest", "-q", str(inputs), "--db", str(db), "--json"])
    assert first.exit_code == 0, first.output
    assert json.loads(first.stdout)["stored"] == len(ARTICLES)
    with Store(db) as store:
        (talks,) = [
            a for a in store.articles(limit=100) if a["headline"] == "Envoys agree to resume Geneva talks"
        ]
        store.correct(talks["id"], "quotes", "q1", "speaker", "A. Keller")
        assert store.get(talks["id"]).quotes[0].speaker.text == "A. Keller"
    before = _counts(db)

    again = runner.invoke(cli.main, ["ingest", "-q", "--reprocess", str(inputs), "--db", str(db), "--json"])
    assert again.exit_code == 0, again.output
    summary = json.loads(again.stdout)
    assert (summary["stored"], summary["skipped"], summary["reprocessed"]) == (0, 0, len(ARTICLES))
    assert _counts(db) == before
    with Store(db) as store:
        assert store.get(talks["id"]).quotes[0].speaker.text == "A. Keller"  # the correction still applies
        assert len(store.corrections(talks["id"])) == 1

    plain = runner.invoke(cli.main, ["ingest", "-q", str(inputs), "--db", str(db)])
    assert plain.stdout.strip() == f"{db}: 0 stored, {len(ARTICLES)} skipped (already present), 0 failed"


def test_ingest_help_names_reprocess() -> None:
    out = CliRunner().invoke(cli.main, ["ingest", "--help"]).stdout
    assert "--reprocess" in out and "corrections are kept" in out
