"""Entities and actors: named mentions, in-article coreference, attributes, actor resolution."""

from __future__ import annotations

from spacy.language import Language

from storyline.record import Entity
from storyline.stages.analyse import Analysis


class EntityStage:
    """Finds entities with all their mentions and resolves each to an actor where known."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, an: Analysis) -> list[Entity]:
        return []
