"""Reading articles: plain text, HTML and JSON Lines into :class:`Article`, with metadata
found in the text itself (publisher line, "With files from ...", byline)."""

from __future__ import annotations

import datetime as dt

from storyline.record import Article, article_id


def article_from_text(
    text: str,
    *,
    published: str | dt.date | None = None,
    url: str | None = None,
    headline: str | None = None,
) -> Article:
    """An Article for this text; metadata given wins over metadata found in the text."""
    pub = published.isoformat() if isinstance(published, dt.date) else published
    return Article(id=article_id(text), text=text, url=url, headline=headline, published=pub or None)
