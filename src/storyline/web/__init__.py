"""``storyline serve``: the REST API and the web page over a storyline SQLite file.

:func:`create_app` builds the FastAPI app (see :mod:`storyline.web.app`); :func:`serve`
runs it with uvicorn on localhost.
"""

from __future__ import annotations

import errno
import ipaddress
import logging
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from storyline.errors import StorylineError
from storyline.web.app import create_app

log = logging.getLogger(__name__)


def is_loopback(host: str) -> bool:
    """True for localhost and loopback addresses (where open reads are safe)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_address(host: str, port: int) -> None:
    """Refuse (W002) an address the server cannot listen on (a port in use, a host not this
    machine's) before anything is printed: uvicorn would say so only after ``serve`` had
    announced it was serving there, and exit with a code of its own."""
    import socket

    where = f"cannot listen on {host}:{port}"
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror as err:
        raise StorylineError(f"{where}: {err.strerror}; give --host", code="W002") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds
        try:
            probe.bind(address)
        except OSError as err:
            in_use = err.errno == errno.EADDRINUSE
            hint = "another server uses it; give another --port" if in_use else "give --host"
            raise StorylineError(f"{where}: {err.strerror}; {hint}", code="W002") from None


def serve(
    db: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    token: str | None = None,
    log_level: str = "warning",
) -> None:
    """Serve the app with uvicorn until interrupted (reads open, writes need ``token``)."""
    import uvicorn

    allowed = None
    if is_loopback(host):
        allowed = ["localhost", "127.0.0.1", "::1", "[::1]", host]
    else:
        log.warning("serving on %s: every read is open to that network", host)
    app = create_app(db, token=token, allowed_hosts=allowed)
    uvicorn.run(app, host=host, port=port, log_level=log_level)


@contextmanager
def running(app: Any, *, host: str = "127.0.0.1", port: int = 0, startup_s: float = 30.0) -> Iterator[str]:
    """Run ``app`` with uvicorn in a background thread (port 0: any free port) and yield its
    base URL, e.g. ``http://127.0.0.1:41234``; the server stops when the block ends."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, name="storyline-serve", daemon=True)
    thread.start()
    deadline = time.monotonic() + startup_s
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.should_exit = True
            raise StorylineError(f"the web server did not start on {host}:{port}", code="W001")
        time.sleep(0.02)
    bound = server.servers[0].sockets[0].getsockname()[1]
    try:
        yield f"http://{host}:{bound}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


__all__ = ["create_app", "is_loopback", "running", "serve"]
