"""The REST API and the web page, one FastAPI app over one storyline SQLite file.

- **Reads** are open (the server binds to localhost by default): articles, entities, quotes
  (full-text search), events, times, places, one article with all its items, the actor
  network, the map of event places and the world outlines. Lists are paged:
  ``{"items": [...], "count", "limit", "offset", "next_offset"}``.
- **Writes** (POST an article, corrections) need the token given at start-up, as
  ``Authorization: Bearer TOKEN`` (or ``X-Storyline-Token``). Without a token the app is
  read-only.
- **Errors** always have one shape: ``{"error": {"status", "code", "message", "details"}}``.
- Request bodies over ``max_body_bytes`` are refused (413) before they are read whole.
- Each worker thread reads through its own read-only connection (WAL lets ``storyline
  ingest`` write meanwhile); writes open a short-lived writable connection.
- The page (``/``) and its assets are files in this package; a Content-Security-Policy of
  ``'self'`` only keeps it offline and inert against any markup inside article text.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hmac
import logging
import threading
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

from storyline.corrections import KINDS, CorrectionError
from storyline.errors import NotFoundError, QueryError, StorylineError
from storyline.pipeline import Pipeline
from storyline.read import article_from_text
from storyline.record import Record
from storyline.store import SCHEMA_VERSION, Store
from storyline.web import queries
from storyline.web.world import world_geojson

log = logging.getLogger(__name__)

MAX_BODY_BYTES = 2_000_000
MAX_LIMIT = 500
MAX_OFFSET = 100_000
DATE = r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$"
DAY = r"^\d{4}-\d{2}-\d{2}$"


def real_date(value: str | None) -> str | None:
    """``value`` if it names a real day, month or year (2021-02-30 does not): a filter on a
    date that cannot exist could only match nothing, so it is refused (422), as the CLI does."""
    if value is not None:
        try:
            dt.date.fromisoformat((value + "-01-01")[:10] if len(value) < 10 else value)
        except ValueError:
            raise ValueError(f"{value!r} is not a date; use YYYY, YYYY-MM or YYYY-MM-DD") from None
    return value


Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Items to skip.")]
Date = Annotated[
    str | None,
    Query(pattern=DATE, description="YYYY, YYYY-MM or YYYY-MM-DD, inclusive."),
    AfterValidator(real_date),
]
Text = Annotated[str | None, Query(max_length=500)]

SECURITY_HEADERS = [
    (
        b"content-security-policy",
        b"default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        b"connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
        b"frame-ancestors 'none'",
    ),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]

#: FastAPI's /docs and /redoc pages load Swagger UI / ReDoc from a CDN and start them with an
#: inline script: under the page's 'self'-only policy they stay blank, so these two paths (which
#: show only our own OpenAPI schema, never article text) allow exactly that. They need internet;
#: the schema itself is at /openapi.json.
DOCS_PATHS = ("/docs", "/redoc")
DOCS_CSP = (
    b"default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    b"style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.googleapis.com; "
    b"font-src 'self' https://fonts.gstatic.com; img-src 'self' data: https://fastapi.tiangolo.com "
    b"https://cdn.redoc.ly; worker-src 'self' blob:; connect-src 'self'; object-src 'none'; "
    b"base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


# --- request and response shapes ----------------------------------------------------------------


class ArticleIn(BaseModel):
    """An article to process and store; a field it does not have (a misspelt ``publishd``) is
    refused, not dropped, which would store the article without it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="The article text (metadata in it is found too).")
    published: str | None = Field(None, pattern=DAY, description="Publication date, YYYY-MM-DD.")
    url: str | None = Field(None, max_length=2000)
    headline: str | None = Field(None, max_length=1000)
    publisher: str | None = Field(None, max_length=500, description="The publisher, as a JSON line's.")

    @field_validator("text")
    @classmethod
    def _has_text(cls, value: str) -> str:
        """Whitespace alone is no article (the readers refuse an empty file the same way, R003)."""
        if not value.strip():
            raise ValueError("the article text is empty: nothing to process")
        return value

    @field_validator("published")
    @classmethod
    def _real_day(cls, value: str | None) -> str | None:
        """A day that exists: 2022-02-30 would otherwise be dropped and the article stored undated."""
        return real_date(value)


class CorrectionIn(BaseModel):
    """A reviewer's fix: ``field="wrong"`` with ``value=true`` marks the whole item wrong; a
    field it does not have (``"vaule"``) is refused, not dropped."""

    model_config = ConfigDict(extra="forbid")

    kind: Literal["quotes", "events", "entities", "times", "places", "quantities"]
    item: str = Field(min_length=1, max_length=64, description="Item id (q1, v3, e2) or index (times…).")
    field: str = Field(min_length=1, max_length=32, description="speaker, date, type, place, value, wrong…")
    value: Any = None
    note: str | None = Field(None, max_length=2000)


class ErrorDetail(BaseModel):
    """The body of every error response."""

    status: int
    code: str
    message: str
    details: list[Any] | None = None


class ErrorOut(BaseModel):
    """The error envelope."""

    error: ErrorDetail


class Page(BaseModel):
    """One page of a list."""

    items: list[dict[str, Any]]
    count: int
    limit: int
    offset: int
    next_offset: int | None


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorOut},
    404: {"model": ErrorOut},
    413: {"model": ErrorOut},
    422: {"model": ErrorOut},
}


def error_response(
    status: int, code: str, message: str, details: list[Any] | None = None, headers: Any = None
) -> JSONResponse:
    """The one error shape every failure answers with."""
    body = {"error": {"status": status, "code": code, "message": message, "details": details}}
    return JSONResponse(body, status_code=status, headers=headers)


class TooLarge(HTTPException):
    """A request body over the limit (raised while the body is being received)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body is over {limit} bytes; send a smaller article")


class GuardMiddleware:
    """Security headers on every response; request bodies capped at ``max_bytes``; the Host
    header checked against ``allowed_hosts`` when given."""

    def __init__(self, app: ASGIApp, max_bytes: int, allowed_hosts: list[str] | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.allowed_hosts = {h.lower() for h in allowed_hosts} if allowed_hosts else None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        security = SECURITY_HEADERS
        if scope.get("path") in DOCS_PATHS:
            security = [(b"content-security-policy", DOCS_CSP), *SECURITY_HEADERS[1:]]

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *security]
            await send(message)

        headers = dict(scope.get("headers", []))
        if self.allowed_hosts is not None:
            host = headers.get(b"host", b"").decode("latin-1").lower()
            name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
            if host not in self.allowed_hosts and name not in self.allowed_hosts:
                response = error_response(400, "H400", f"host {host!r} is not served here; use localhost")
                await response(scope, receive, send_with_headers)
                return
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > self.max_bytes):
            response = error_response(
                413, "H413", f"request body is over {self.max_bytes} bytes; send a smaller article"
            )
            await response(scope, receive, send_with_headers)
            return
        received = 0

        async def limited() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.max_bytes:
                    raise TooLarge(self.max_bytes)
            return message

        await self.app(scope, limited, send_with_headers)


# --- the app --------------------------------------------------------------------------------


def _static_dir() -> Path:
    return Path(str(resources.files("storyline.web") / "static"))


def _page(rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """A page from ``limit + 1`` rows fetched from ``offset`` (the extra row says there is more)."""
    items = rows[:limit]
    return {
        "items": items,
        "count": len(items),
        "limit": limit,
        "offset": offset,
        "next_offset": offset + limit if len(rows) > limit else None,
    }


def _query_names(dependant: Any) -> set[str]:
    """The query parameters an endpoint and its dependencies take (by their names in the URL)."""
    names = {field.alias for field in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


def _known_query_parameters(request: Request) -> None:
    """Refuse an API address with a query parameter its endpoint does not take.

    A misspelt or foreign filter (``/api/quotes?text=...`` where the search is ``q``) would
    otherwise be ignored and answer every row, as if it had matched.
    """
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None or not request.url.path.startswith("/api/"):
        return
    allowed = _query_names(dependant)
    # a leading underscore is a client's cache buster (``_=1700000000``), meant to be ignored
    unknown = sorted({key for key in request.query_params if key not in allowed and not key.startswith("_")})
    if not unknown:
        return
    takes = ", ".join(sorted(allowed)) if allowed else "no query parameters"
    message = f"unknown query parameter {', '.join(unknown)} for {request.url.path}; it takes: {takes}"
    if "text" in unknown and "q" in allowed:
        message += " (the full-text search is q)"
    raise HTTPException(422, message)


def create_app(
    db: str | Path,
    *,
    token: str | None = None,
    pipeline: Pipeline | Callable[[], Pipeline] | None = None,
    max_body_bytes: int = MAX_BODY_BYTES,
    allowed_hosts: list[str] | None = None,
) -> FastAPI:
    """The app over the store at ``db`` (created and migrated if needed).

    ``token`` enables writes; ``pipeline`` (a Pipeline or a factory) processes POSTed
    articles, built on first use (default: the default model). ``allowed_hosts`` limits the
    Host header (``serve`` on localhost passes the loopback names, against DNS rebinding).
    """
    db = Path(db)
    with Store(db):  # create, and apply any migration missing (e.g. corrections)
        pass
    local = threading.local()
    write_lock = threading.Lock()
    built: list[Pipeline] = []

    def reader() -> Store:
        store = getattr(local, "store", None)
        if store is None:
            store = Store(db, readonly=True)
            local.store = store
        return store

    @contextmanager
    def writer() -> Iterator[Store]:
        with write_lock, Store(db) as store:
            yield store

    def get_pipeline() -> Pipeline:
        if not built:
            if pipeline is None:
                from storyline.pipeline import default_pipeline

                built.append(default_pipeline())
            elif isinstance(pipeline, Pipeline):
                built.append(pipeline)
            else:
                built.append(pipeline())
        return built[0]

    def require_token(
        authorization: Annotated[str | None, Header(description="Bearer TOKEN")] = None,
        x_storyline_token: Annotated[str | None, Header()] = None,
    ) -> None:
        if not token:
            raise HTTPException(
                403,
                "this server is read-only: it takes no articles or corrections; to take them, start "
                "`storyline serve` without --read-only (it prints a write token) or with --token TOKEN",
            )
        given = x_storyline_token or ""
        if authorization and authorization.lower().startswith("bearer "):
            given = authorization[7:].strip()
        if not given or not hmac.compare_digest(given.encode(), token.encode()):
            raise HTTPException(
                401,
                "a valid token is needed for writes: send Authorization: Bearer TOKEN",
                headers={"WWW-Authenticate": "Bearer"},
            )

    app = FastAPI(
        title="storyline",
        summary="Who did what to whom, when and where, and who said so: read, search and correct.",
        version=str(SCHEMA_VERSION),
        responses=ERRORS,
        dependencies=[Depends(_known_query_parameters)],
    )
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.add_middleware(GuardMiddleware, max_bytes=max_body_bytes, allowed_hosts=allowed_hosts)

    # --- errors --------------------------------------------------------------------------------

    @app.exception_handler(StarletteHTTPException)
    async def on_http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if exc.status_code == 404 and exc.detail == "Not Found":
            message = f"no such path {request.url.path}; see /docs for the API"
        return error_response(exc.status_code, f"H{exc.status_code}", message, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def on_invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        details = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg"), "type": e.get("type")} for e in exc.errors()
        ]
        where = ", ".join(".".join(map(str, d["loc"])) for d in details)
        return error_response(422, "H422", f"invalid request: {where}", details)

    @app.exception_handler(NotFoundError)
    async def on_not_found(request: Request, exc: NotFoundError) -> JSONResponse:
        return error_response(404, exc.code, exc.message)

    @app.exception_handler(CorrectionError)
    async def on_bad_correction(request: Request, exc: CorrectionError) -> JSONResponse:
        return error_response(422, exc.code, exc.message)

    @app.exception_handler(QueryError)
    async def on_bad_filter(request: Request, exc: QueryError) -> JSONResponse:
        return error_response(422, exc.code, exc.message)

    @app.exception_handler(StorylineError)
    async def on_storyline(request: Request, exc: StorylineError) -> JSONResponse:
        return error_response(400, exc.code, exc.message)

    @app.exception_handler(Exception)
    async def on_crash(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled error on %s", request.url.path)
        return error_response(500, "H500", "internal error; the server log has the details")

    # --- page ----------------------------------------------------------------------------------

    static = _static_dir()
    app.mount("/static", StaticFiles(directory=static), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(static / "index.html", media_type="text/html")

    # --- reads ---------------------------------------------------------------------------------

    @app.get("/api/health", tags=["meta"])
    def health() -> dict[str, Any]:
        """Is the store readable; how many articles; are writes enabled."""
        store = reader()
        n = store.conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        return {"status": "ok", "articles": n, "schema": store.schema_version(), "writes": bool(token)}

    @app.get("/api/articles", tags=["articles"], response_model=Page)
    def list_articles(
        q: Text = None, since: Date = None, until: Date = None, limit: Limit = 50, offset: Offset = 0
    ) -> dict[str, Any]:
        """Stored articles by publication date; ``q`` searches headline and text."""
        rows = reader().articles(text=q, since=since, until=until, limit=limit + 1, offset=offset)
        return _page(rows, limit, offset)

    @app.get("/api/articles/{article_id}", tags=["articles"])
    def get_article(article_id: str, machine: bool = False) -> dict[str, Any]:
        """One article with all its items (corrected, unless ``machine=true``) and its corrections;
        ``dropped_corrections`` are those a re-processing could not carry to its new text (with the
        replaced article's id and the text they were on), kept for the reviewer and not applied."""
        store = reader()
        full = store.resolve_id(article_id)
        record = store.get(full, corrected=not machine)
        return {
            "id": full,
            "record": record.to_dict(),
            "corrections": [dataclasses.asdict(c) for c in store.corrections(full)],
            "dropped_corrections": store.dropped_corrections(full),
            # the other inputs that printed this very text (a wire copy): source, URL, publisher
            "copies": store.copies(full),
        }

    @app.get("/api/entities", tags=["items"], response_model=Page)
    def list_entities(
        name: Text = None,
        type: Text = None,
        country: Text = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Entities and actors across articles, most mentioned first."""
        rows = reader().entities(name=name, type=type, country=country, limit=limit + 1, offset=offset)
        return _page(rows, limit, offset)

    @app.get("/api/quotes", tags=["items"], response_model=Page)
    def list_quotes(
        q: Text = None,
        speaker: Text = None,
        kind: Literal["direct", "indirect", "mixed"] | None = None,
        since: Date = None,
        until: Date = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Who said what: ``q`` is full-text search over quote text and speaker (best first)."""
        rows = reader().quotes(
            text=q, speaker=speaker, kind=kind, since=since, until=until, limit=limit + 1, offset=offset
        )
        return _page(rows, limit, offset)

    @app.get("/api/events", tags=["items"], response_model=Page)
    def list_events(
        type: Text = None,
        actor: Text = None,
        country: Text = None,
        place: Text = None,
        since: Date = None,
        until: Date = None,
        q: Text = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Events in the order they happened, by type, actor, country, place, date and words."""
        rows = queries.events(
            reader(),
            type=type,
            actor=actor,
            country=country,
            place=place,
            since=since,
            until=until,
            text=q,
            limit=limit + 1,
            offset=offset,
        )
        return _page(rows, limit, offset)

    @app.get("/api/times", tags=["items"], response_model=Page)
    def list_times(
        type: Text = None,
        since: Date = None,
        until: Date = None,
        q: Text = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Temporal expressions with their resolved values."""
        rows = reader().times(type=type, since=since, until=until, text=q, limit=limit + 1, offset=offset)
        return _page(rows, limit, offset)

    @app.get("/api/places", tags=["items"], response_model=Page)
    def list_places(
        name: Text = None, country: Text = None, limit: Limit = 50, offset: Offset = 0
    ) -> dict[str, Any]:
        """Places, most mentioned first."""
        rows = reader().places(name=name, country=country, limit=limit + 1, offset=offset)
        return _page(rows, limit, offset)

    @app.get("/api/stories", tags=["stories"], response_model=Page)
    def list_stories(
        q: Text = None, since: Date = None, until: Date = None, limit: Limit = 50, offset: Offset = 0
    ) -> dict[str, Any]:
        """Developing stories (title, span, articles, event types, key actors and places), latest
        first; ``q`` matches the title, actors or places. A story none of whose articles is dated
        takes its span from its events' dates, then its time items' (``dated_by``: articles,
        events, times, or null when undated); ``events`` counts its canonical events with at
        least one report not marked wrong, ``types`` are their PLOVER types, each with its count
        and CAMEO codes."""
        rows = reader().stories(text=q, since=since, until=until, limit=limit + 1, offset=offset)
        return _page(rows, limit, offset)

    @app.get("/api/stories/{story_id}", tags=["stories"])
    def get_story(story_id: int) -> dict[str, Any]:
        """One story: span, event types, key actors and places, its articles (``article_list``,
        each with its ``copies``: the other publishers that printed its text word for word) and
        their quotes with speakers; its events are ``/api/canonical-events?story=ID``."""
        row = queries.story(reader(), story_id)
        if row is None:
            raise NotFoundError(f"no story has id {story_id}", code="S408")
        return row

    @app.get("/api/canonical-events", tags=["stories"], response_model=Page)
    def list_canonical_events(
        type: Text = None,
        actor: Text = None,
        country: Text = None,
        story: Annotated[int | None, Query(ge=1)] = None,
        since: Date = None,
        until: Date = None,
        q: Text = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        """Each real-world event once, in date order, with its number of mentions and distinct
        sources and the fields its reports disagree on (``conflicts``); a ``story`` no story has
        is refused (Q005), as a filter that could only match nothing."""
        store = reader()
        known = store.conn.execute("SELECT 1 FROM stories WHERE id = ?", (story,)).fetchone()
        if story is not None and not known:
            raise QueryError(f"no story has id {story}; list the stories at /api/stories", code="Q005")
        rows = store.canonical_events(
            type=type,
            actor=actor,
            country=country,
            story=story,
            since=since,
            until=until,
            text=q,
            limit=limit + 1,
            offset=offset,
        )
        return _page(rows, limit, offset)

    @app.get("/api/canonical-events/{canonical_id}/mentions", tags=["stories"])
    def list_canonical_mentions(canonical_id: int) -> dict[str, Any]:
        """Every report of one canonical event: article, publisher, date given, sentence, offsets,
        and the article's ``copies`` (the other publishers that printed it word for word: each a
        source of the event)."""
        items = reader().canonical_mentions(canonical_id)
        if not items:
            raise NotFoundError(f"no canonical event has id {canonical_id}", code="S407")
        return {"items": items, "count": len(items)}

    @app.get("/api/network", tags=["views"])
    def get_network(
        type: Text = None,
        actor: Text = None,
        country: Text = None,
        since: Date = None,
        until: Date = None,
        limit: Annotated[int, Query(ge=1, le=2000)] = 200,
    ) -> dict[str, Any]:
        """Who acts on whom: actors and edges (source, target, event type, count)."""
        return queries.network(
            reader(), type=type, actor=actor, country=country, since=since, until=until, limit=limit
        )

    @app.get("/api/map", tags=["views"])
    def get_map(
        type: Text = None,
        actor: Text = None,
        since: Date = None,
        until: Date = None,
        limit: Annotated[int, Query(ge=1, le=5000)] = 500,
    ) -> dict[str, Any]:
        """Event places with coordinates and how many events each."""
        items = queries.event_places(reader(), type=type, actor=actor, since=since, until=until, limit=limit)
        return {"items": items, "count": len(items)}

    @app.get("/api/world", tags=["views"])
    def get_world() -> dict[str, Any]:
        """Country outlines (GeoJSON) for the offline base map."""
        return world_geojson()

    # --- writes --------------------------------------------------------------------------------

    @app.post("/api/articles", tags=["articles"], status_code=201, dependencies=[Depends(require_token)])
    def post_article(body: ArticleIn) -> JSONResponse:
        """Process an article and store it; an article stored already is not processed again (200)."""
        article = article_from_text(body.text, published=body.published, url=body.url, headline=body.headline)
        if body.publisher:  # given wins over found, as for the other fields
            article = dataclasses.replace(article, publisher=body.publisher)
        with writer() as store:
            if store.has(article.id):
                # the same text from another URL: kept as a copy of the stored article (a source)
                if (body.url or body.publisher) and store.add_copy(article, source=body.url):
                    return JSONResponse({"id": article.id, "stored": False, "copy": True}, status_code=200)
                return JSONResponse({"id": article.id, "stored": False}, status_code=200)
        with write_lock:
            processor = get_pipeline()
            most = getattr(getattr(processor, "nlp", None), "max_length", None)
            if most is not None and len(article.text) > most:  # spaCy would refuse it: a 500
                return error_response(
                    413,
                    "R005",
                    f"too large ({len(article.text):,} characters of text, limit {most:,}); "
                    "split it into articles",
                )
            record: Record = next(processor.process_articles([article]))
        with writer() as store:
            stored = store.add(record, source=body.url or "api")
            if stored:  # dedup, story and canonical events, as `storyline ingest` does
                from storyline.stories import sync

                sync(store, records=[record])
        return JSONResponse({"id": article.id, "stored": stored}, status_code=201 if stored else 200)

    @app.get("/api/articles/{article_id}/corrections", tags=["corrections"])
    def list_corrections(article_id: str) -> dict[str, Any]:
        """The corrections of one article; ``dropped`` lists those a re-processing of its input
        could not carry to the new text (``from_article``, the ``text`` they were on), not applied."""
        store = reader()
        full = store.resolve_id(article_id)
        items = [dataclasses.asdict(c) for c in store.corrections(full)]
        return {"items": items, "count": len(items), "dropped": store.dropped_corrections(full)}

    @app.post(
        "/api/articles/{article_id}/corrections",
        tags=["corrections"],
        status_code=201,
        dependencies=[Depends(require_token)],
    )
    def post_correction(article_id: str, body: CorrectionIn) -> dict[str, Any]:
        """Correct one field of one item (or mark it wrong); returns the corrected record."""
        with writer() as store:
            fix = store.correct(article_id, body.kind, body.item, body.field, body.value, note=body.note)
            record = store.get(fix.article_id)
        return {"correction": dataclasses.asdict(fix), "record": record.to_dict()}

    @app.delete(
        "/api/articles/{article_id}/corrections/{kind}/{item}/{field}",
        tags=["corrections"],
        dependencies=[Depends(require_token)],
    )
    def delete_correction(article_id: str, kind: str, item: str, field: str) -> dict[str, Any]:
        """Drop a correction: the item goes back to the machine output."""
        if kind not in KINDS:
            raise CorrectionError(f"unknown item kind {kind!r}; use one of {', '.join(KINDS)}")
        with writer() as store:
            if not store.uncorrect(article_id, kind, item, field):
                raise NotFoundError(f"no correction of {kind}/{item}/{field} in {article_id}", code="S406")
            record = store.get(article_id)
        return {"deleted": True, "record": record.to_dict()}

    return app


__all__ = ["MAX_BODY_BYTES", "ArticleIn", "CorrectionIn", "ErrorOut", "Page", "create_app", "error_response"]
