"""The seed example: process ``examples/seed/article.txt`` and score it with the shared scorer."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

DEFAULT_EXAMPLES = Path("../shared/examples/seed")


def score_seed(folder: Path | None = None, *, published: str = "2020-01-05") -> str:
    """The score-record report (misses, table per part, total) for the seed article."""
    from storyline.pipeline import process

    folder = folder or DEFAULT_EXAMPLES
    scorer = folder.parent.parent / "tools" / "score-record"
    record = process((folder / "article.txt").read_text(encoding="utf-8"), published=published)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as fh:
        fh.write(record.to_json())
    done = subprocess.run(
        [sys.executable, str(scorer), fh.name, str(folder / "gold.json")],
        capture_output=True,
        text=True,
        check=False,
    )
    Path(fh.name).unlink(missing_ok=True)
    return done.stdout + done.stderr
