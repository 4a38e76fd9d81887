"""Whole-record scoring of hand-annotated articles with the shared scorer (``score-record``).

A gold folder holds ``gold.json`` in the format of ``examples/seed/gold.json``, and the article
file it names (``article.file``: ``.txt`` or ``.html``). The article is read the way
``storyline ingest`` reads it (metadata from the text or the page's meta tags), run through
the pipeline, and scored by ``../shared/tools/score-record``. ``article.given`` in the gold
holds what a feed or a user would pass from outside (``{"published": "2025-03-12"}`` for an
article whose text carries no date); nothing else from the gold reaches the pipeline.

``storyline eval seed`` scores the seed example; ``--data FOLDER`` scores one gold folder, or
every gold folder under FOLDER (``tests/data/articles``), with per-article and per-part totals.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)

DEFAULT_EXAMPLES = Path("../shared/examples/seed")
DEFAULT_SCORER = Path("../shared/tools/score-record")

_TABLE_ROW = re.compile(r"^(?P<part>[a-z][a-z ]*?)\s+(?P<found>\d+)/(?P<total>\d+)\s*$")


@dataclass
class ArticleScore:
    """The scorer's verdict on one gold folder: found/total per part and its miss lines."""

    name: str
    parts: dict[str, tuple[int, int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    report: str = ""

    @property
    def found(self) -> int:
        return sum(f for f, _ in self.parts.values())

    @property
    def total(self) -> int:
        return sum(t for _, t in self.parts.values())


def find_scorer(start: Path | None = None) -> Path:
    """``score-record`` beside the examples (``../shared/tools``), or the default path."""
    if start is not None:
        for folder in [start, *start.resolve().parents]:
            candidate = folder / "tools" / "score-record"
            if candidate.exists():
                return candidate
    return DEFAULT_SCORER


def gold_folders(path: Path) -> list[Path]:
    """``path`` itself when it holds a gold.json, otherwise every folder below it that does."""
    if (path / "gold.json").exists():
        return [path]
    return sorted(p.parent for p in path.rglob("gold.json"))


def _read_article(folder: Path, gold: dict[str, Any], published: str | None) -> Any:
    """The Article as ``storyline ingest`` reads it, plus the gold's ``given`` metadata."""
    from storyline.read import iso_date, read_file

    info = gold.get("article", {})
    path = folder / info.get("file", "article.txt")
    article = read_file(path)
    given = dict(info.get("given") or {})
    if published:
        given["published"] = published
    changes = {k: given[k] for k in ("published", "url", "headline") if given.get(k)}
    if "published" in changes:
        changes["published"] = iso_date(changes["published"])
    return dataclasses.replace(article, **changes) if changes else article


def parse_report(name: str, report: str) -> ArticleScore:
    """Per-part counts and miss lines from score-record's output."""
    score = ArticleScore(name=name, report=report)
    for line in report.splitlines():
        if line.startswith("MISS"):
            score.misses.append(line)
            continue
        m = _TABLE_ROW.match(line)
        if m:
            score.parts[m["part"]] = (int(m["found"]), int(m["total"]))
    return score


def score_folders(
    path: Path | None = None, *, published: str | None = None, scorer: Path | None = None
) -> list[ArticleScore]:
    """Score every gold folder under ``path`` (default: the seed example) with score-record.

    ``published`` overrides the date for every article (as ``storyline process --published``).
    """
    from storyline.pipeline import default_pipeline

    path = path or DEFAULT_EXAMPLES
    folders = gold_folders(path)
    if not folders:
        raise FileNotFoundError(f"no gold.json found in or under {path}")
    scorer = scorer or find_scorer(path)
    if not scorer.exists():
        raise FileNotFoundError(f"scorer not found at {scorer}: run from the repo with ../shared beside it")
    pipeline = default_pipeline()
    scores = []
    with tempfile.TemporaryDirectory(prefix="storyline-eval-") as tmp:
        for folder in folders:
            gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
            article = _read_article(folder, gold, published)
            record = next(pipeline.process_articles([article]))
            out = Path(tmp) / f"{folder.name}.json"
            out.write_text(record.to_json(), encoding="utf-8")
            done = subprocess.run(
                [sys.executable, str(scorer), str(out), str(folder / "gold.json")],
                capture_output=True,
                text=True,
                check=False,
            )
            if done.returncode != 0:
                log.warning("score-record failed on %s: %s", folder, done.stderr.strip())
            scores.append(parse_report(folder.name, done.stdout + done.stderr))
    return scores


def part_totals(scores: list[ArticleScore]) -> dict[str, tuple[int, int]]:
    """found/total per part, summed over the articles (in the scorer's part order)."""
    totals: dict[str, list[int]] = {}
    for s in scores:
        for part, (found, total) in s.parts.items():
            acc = totals.setdefault(part, [0, 0])
            acc[0] += found
            acc[1] += total
    return {k: (v[0], v[1]) for k, v in totals.items()}


def format_scores(scores: list[ArticleScore]) -> str:
    """One article: score-record's own report. Several: misses per article, then a table of
    found/total per part (one column per article, the sum last) and the score per article."""
    if len(scores) == 1:
        return scores[0].report
    lines: list[str] = []
    for s in scores:
        lines.append(f"== {s.name}: {s.found}/{s.total}")
        lines += s.misses
        lines.append("")
    names = [s.name for s in scores]
    width = max(10, *(len(n) for n in names))
    lines.append(f"{'part':18} " + " ".join(f"{n[:width]:>{width}}" for n in names) + f" {'all':>9}")
    for part, (found, total) in part_totals(scores).items():
        cells = []
        for s in scores:
            f, t = s.parts.get(part, (0, 0))
            cells.append(f"{f}/{t}" if t else "-")
        lines.append(f"{part:18} " + " ".join(f"{c:>{width}}" for c in cells) + f" {found:>4}/{total:<4}")
    found = sum(s.found for s in scores)
    total = sum(s.total for s in scores)
    cells = [f"{s.found}/{s.total}" for s in scores]
    lines.append(f"{'score':18} " + " ".join(f"{c:>{width}}" for c in cells) + f" {found:>4}/{total:<4}")
    lines.append(f"score: {found}/{total} gold items in {len(scores)} articles")
    return "\n".join(lines) + "\n"


def scores_as_dict(scores: list[ArticleScore]) -> dict[str, Any]:
    """The figures as plain data, for ``--json``."""
    return {
        "articles": {s.name: {"found": s.found, "total": s.total, "parts": s.parts} for s in scores},
        "parts": part_totals(scores),
        "found": sum(s.found for s in scores),
        "total": sum(s.total for s in scores),
    }


def score_seed(folder: Path | None = None, *, published: str | None = None) -> str:
    """The score-record report for the seed example, or for every gold folder under ``folder``."""
    return format_scores(score_folders(folder, published=published))
