"""Times: TimeML temporal expressions with values resolved against the publication date."""

from __future__ import annotations

from spacy.language import Language

from storyline.record import Time
from storyline.stages.analyse import Analysis


class TimeStage:
    """Finds DATE/TIME/DURATION/SET expressions and resolves their TimeML values."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, an: Analysis) -> list[Time]:
        return []
