"""Quotes: direct, indirect and mixed speech with speaker, cue, channel, date and nesting."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language

from storyline.record import Entity, Quote, Time
from storyline.stages.analyse import Analysis


class QuoteStage:
    """Finds quotes and attributes each to a speaker."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, an: Analysis, entities: Sequence[Entity], times: Sequence[Time]) -> list[Quote]:
        return []
