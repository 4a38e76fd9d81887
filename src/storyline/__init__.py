"""storyline: news articles to a trustworthy, queryable record of who did what to whom,
when and where, and who said so, every fact tied to the characters it came from."""

from storyline.pipeline import Pipeline, process
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

__version__ = "0.1.0"

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
