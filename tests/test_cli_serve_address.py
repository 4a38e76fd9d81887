"""`storyline serve` on an address it cannot listen on (a port another server holds, a host
that is not this machine's) says so first, naming the address, and exits 1: it used to print a
write token and "serving ... on http://..." and then uvicorn's own error, with exit code 3."""

from __future__ import annotations

import errno
import os
import socket
from pathlib import Path

import pytest
from click.testing import CliRunner

from storyline import cli

pytest.importorskip("fastapi")


def test_port_in_use_is_said_before_serving(tmp_path: Path) -> None:
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", 0))
        holder.listen()
        port = holder.getsockname()[1]
        result = CliRunner().invoke(cli.main, ["serve", "--db", str(tmp_path / "s.db"), "--port", str(port)])
    assert result.exit_code == 1
    assert result.output == (
        f"Error: cannot listen on 127.0.0.1:{port}: {os.strerror(errno.EADDRINUSE)}; another server uses "
        "it; give another --port [W002]\n"
    )


def _resolver_says(host: str) -> str:
    """The resolver's reason for a name that cannot resolve (its wording differs by system)."""
    try:
        socket.getaddrinfo(host, 8765)
    except socket.gaierror as err:
        return str(err.strerror)
    raise AssertionError(f"{host} resolved")


@pytest.mark.parametrize(
    ("host", "reason"),
    [
        ("192.0.2.55", os.strerror(errno.EADDRNOTAVAIL)),  # TEST-NET-1: never this machine's
        ("no-such-host.invalid", None),  # .invalid never resolves
    ],
)
def test_host_not_this_machines_is_said_before_serving(tmp_path: Path, host: str, reason: str | None) -> None:
    reason = reason or _resolver_says(host)
    args = ["serve", "--db", str(tmp_path / "s.db"), "--host", host, "--port", "8765"]
    result = CliRunner().invoke(cli.main, args)
    assert result.exit_code == 1
    assert result.output == f"Error: cannot listen on {host}:8765: {reason}; give --host [W002]\n"
