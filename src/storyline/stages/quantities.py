"""Quantities: counts tied to what they count ("250 military members", "dozens of ...")."""

from __future__ import annotations

from spacy.language import Language

from storyline.record import Quantity
from storyline.stages.analyse import Analysis


class QuantityStage:
    """Finds counts of people and things, exact or vague, with the noun they count."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def __call__(self, an: Analysis) -> list[Quantity]:
        return []
