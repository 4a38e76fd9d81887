"""Places: toponyms resolved against the embedded gazetteer, disambiguated by context."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language

from storyline.record import Entity, Place
from storyline.stages.analyse import Analysis


class PlaceStage:
    """Finds toponyms and resolves each to a gazetteer entry."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, an: Analysis, entities: Sequence[Entity]) -> list[Place]:
        return []
