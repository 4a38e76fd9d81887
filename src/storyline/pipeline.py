"""The Pipeline: loads every resource once, then runs the stages in order over articles.

The same object serves ``storyline.process``, ``storyline ingest`` and a distributed
worker: construct it once per process and feed it a stream.
"""

from __future__ import annotations

import datetime as dt
import functools
import logging
from collections.abc import Iterable, Iterator

from storyline.read import article_from_text
from storyline.record import Article, Record
from storyline.stages.analyse import DEFAULT_MODEL, Analysis, analyse_many, load_nlp
from storyline.stages.entities import EntityStage
from storyline.stages.events import EventStage
from storyline.stages.places import PlaceStage
from storyline.stages.quantities import QuantityStage
from storyline.stages.quotes import QuoteStage
from storyline.stages.times import TimeStage

log = logging.getLogger(__name__)


class Pipeline:
    """read -> analyse -> entities -> times -> quantities -> quotes -> places -> events."""

    def __init__(self, *, model: str = DEFAULT_MODEL) -> None:
        self.nlp = load_nlp(model)
        self.entities = EntityStage(self.nlp)
        self.times = TimeStage(self.nlp)
        self.quantities = QuantityStage(self.nlp)
        self.quotes = QuoteStage(self.nlp)
        self.places = PlaceStage(self.nlp)
        self.events = EventStage(self.nlp)

    def run(self, an: Analysis) -> Record:
        """Run every stage on one analysed article and assemble its record."""
        entities = self.entities(an)
        times = self.times(an)
        quantities = self.quantities(an)
        quotes = self.quotes(an, entities, times)
        places = self.places(an, entities)
        events = self.events(an, entities, times, quotes, places, quantities)
        return Record(
            article=an.article,
            entities=tuple(entities),
            times=tuple(times),
            quotes=tuple(quotes),
            places=tuple(places),
            events=tuple(events),
            quantities=tuple(quantities),
        )

    def process_articles(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Record]:
        """Records for a stream of articles, parsed in ``nlp.pipe`` batches, in input order."""
        for an in analyse_many(self.nlp, articles, batch_size=batch_size):
            yield self.run(an)

    def process(
        self,
        text: str,
        *,
        published: str | dt.date | None = None,
        url: str | None = None,
        headline: str | None = None,
    ) -> Record:
        """The record of one article given as text (metadata in the text is found too)."""
        article = article_from_text(text, published=published, url=url, headline=headline)
        return next(self.process_articles([article]))


@functools.cache
def default_pipeline(model: str = DEFAULT_MODEL) -> Pipeline:
    """One Pipeline per process and model, built on first use."""
    return Pipeline(model=model)


def process(
    text: str,
    *,
    published: str | dt.date | None = None,
    url: str | None = None,
    headline: str | None = None,
    model: str = DEFAULT_MODEL,
) -> Record:
    """The record of one article: ``storyline.process(text, published="2020-01-05")``."""
    return default_pipeline(model).process(text, published=published, url=url, headline=headline)
