"""storyline: news articles to a trustworthy, queryable record of who did what to whom,
when and where, and who said so, every fact tied to the characters it came from."""

from typing import TYPE_CHECKING, Any

from storyline.record import (
    Actor,
    Article,
    Entity,
    Event,
    Mention,
    Offsets,
    Place,
    Quantity,
    Quote,
    Record,
    Span,
    Speaker,
    Time,
)

if TYPE_CHECKING:
    from storyline.pipeline import Pipeline, process

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """Load the pipeline (and spaCy) only when it is used, so light commands start fast."""
    if name in ("Pipeline", "process"):
        from storyline import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'storyline' has no attribute {name!r}")


__all__ = [
    "Actor",
    "Article",
    "Entity",
    "Event",
    "Mention",
    "Offsets",
    "Pipeline",
    "Place",
    "Quantity",
    "Quote",
    "Record",
    "Span",
    "Speaker",
    "Time",
    "process",
]
