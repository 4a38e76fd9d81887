"""Events: PLOVER coding of who did what to whom, when and where, and who said so."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language

from storyline.record import Entity, Event, Place, Quantity, Quote, Time
from storyline.stages.analyse import Analysis


class EventStage:
    """Finds event triggers and codes each into a PLOVER event with its arguments."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(
        self,
        an: Analysis,
        entities: Sequence[Entity],
        times: Sequence[Time],
        quotes: Sequence[Quote],
        places: Sequence[Place],
        quantities: Sequence[Quantity],
    ) -> list[Event]:
        return []
