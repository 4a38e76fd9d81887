"""The errors storyline raises or reports, in one small tree.

::

    StorylineError                 every error of ours; ``code`` is a searchable id (R001, S001, ...);
    │                              B001-B003 come from ``storyline bench``
    ├── ReadError                  an input could not be read as an article; names the input
    │                              (file, or file:line for JSON Lines) and the reason. Readers
    │                              *yield* these instead of raising, so a batch goes on.
    └── StoreError                 the SQLite store could not be opened, migrated or written
        ├── NotFoundError          no stored article has this id
        └── QueryError             a query filter that can match nothing (unknown type or country,
                                   no words to search for)

Every message names what failed and says how to fix it where there is a fix.
"""

from __future__ import annotations


class StorylineError(Exception):
    """Base class of every storyline error; ``code`` identifies the message (e.g. ``R003``)."""

    code: str = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        """The message without the code."""
        return str(self.args[0]) if self.args else ""


class ReadError(StorylineError):
    """An input that could not be read as an article: ``source`` names it, ``reason`` says why.

    Codes: R001 not found, R002 unsupported file type, R003 empty, R004 binary or
    undecodable, R005 too large, R006 malformed JSON line, R007 no article text;
    P001 the pipeline failed on this article during an ingest (the batch goes on).
    """

    code = "R000"

    def __init__(self, source: str, reason: str, *, code: str | None = None) -> None:
        super().__init__(f"{source}: {reason}", code=code)
        self.source = source
        self.reason = reason

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild_read_error, (self.source, self.reason, self.code))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ReadError) and (self.source, self.reason, self.code) == (
            other.source,
            other.reason,
            other.code,
        )

    def __hash__(self) -> int:
        return hash((self.source, self.reason, self.code))


def _rebuild_read_error(source: str, reason: str, code: str) -> ReadError:
    return ReadError(source, reason, code=code)


class StoreError(StorylineError):
    """The store could not be opened, migrated or written.

    Codes: S001 no such database, S002 not a storyline/SQLite database, S003 unknown
    table, S010 unknown export format, S011 export target is not a folder, S012 the JSON Lines
    export target is a folder.
    """

    code = "S000"


class NotFoundError(StoreError):
    """No stored article has the requested id (S404)."""

    code = "S404"


class QueryError(StoreError):
    """A filter value no stored item can have, refused instead of silently matching nothing.

    Codes: Q001 unknown type (PLOVER, entity or time type), Q002 unknown country, Q003 a
    full-text search with no words in it, Q004 a date range that ends before it starts, Q005 a
    story id no story has.
    """

    code = "Q001"


__all__ = ["NotFoundError", "QueryError", "ReadError", "StoreError", "StorylineError"]
