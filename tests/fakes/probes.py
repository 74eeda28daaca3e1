"""Probing a running process's ``/healthz`` and ``/readyz`` from outside, as a container platform does."""

from __future__ import annotations

import socket
import time
import urllib.error
import urllib.request


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def get(port: int, path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()


def wait_ready(port: int, timeout: float = 30) -> tuple[int, str]:
    """The first ``/readyz`` answer of 200, or the last one seen when ``timeout`` runs out."""
    deadline, last = time.monotonic() + timeout, (0, "never answered")
    while time.monotonic() < deadline:
        try:
            last = get(port, "/readyz")
        except OSError:
            pass  # not listening yet
        if last[0] == 200:
            return last
        time.sleep(0.1)
    return last
