"""Scorers against public gold data, one module per capability (``storyline eval TASK``).

Each module has ``evaluate(path, ...) -> dict``; :data:`TASKS` names the module and the
default data path (relative to ``../shared/data``) for each task, so the CLI and the tests
share one table.
"""

from __future__ import annotations

import importlib
import inspect
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_DATA = Path("../shared/data")


@dataclass(frozen=True)
class Task:
    """One scorer: its module, its default data path and what it measures."""

    module: str
    data: str
    about: str


TASKS: dict[str, Task] = {
    "times": Task("storyline.evaluate.times", "tempeval3", "TempEval-3 extent F1, type, value F1"),
    "quotes": Task("storyline.evaluate.quotes", "polnear", "PolNeAR content P/R/F1, cue, speaker accuracy"),
    "entities": Task("storyline.evaluate.entities", "conll2003/eng.testa", "CoNLL-2003 span micro P/R/F1"),
    "actors": Task("storyline.evaluate.actors", "plover_gsr", "PLOVER source/target country accuracy"),
    "coref": Task("storyline.evaluate.coref", "meantime", "MEANTIME in-document entity coreference MUC/B3"),
    "places": Task("storyline.evaluate.places", "geoparsing_gritta", "LGL/GeoVirus span F1, within 161 km"),
    "event-places": Task("storyline.evaluate.event_places", "event_location", "event place accuracy by verb"),
    "events": Task("storyline.evaluate.events", "plover_gsr", "PLOVER gold records: event-type accuracy"),
    "stories": Task(
        "storyline.evaluate.stories", "ecbplus", "ECB+ article clustering B³, event CoNLL F1 (or MEANTIME's)"
    ),
}


def run(task: str, data: Path | None = None, **options: Any) -> dict[str, Any]:
    """Run one task's scorer on ``data`` (default: its folder under ../shared/data).

    Options the scorer does not take (``split`` for a corpus without splits) are dropped.
    """
    spec = TASKS[task]
    path = data if data is not None else DEFAULT_DATA / spec.data
    if not path.exists():
        raise FileNotFoundError(f"gold data for '{task}' not found at {path}: pass --data PATH")
    fn = importlib.import_module(spec.module).evaluate
    accepted = inspect.signature(fn).parameters
    kwargs = {k: v for k, v in options.items() if v is not None and k in accepted}
    return fn(path, **kwargs)
