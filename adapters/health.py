"""``/healthz``, ``/readyz`` and ``/metrics``; on a port of their own for modes that serve no HTTP.

A container platform probes every mode the same way: ``/healthz`` is 200
while the process serves, ``/readyz`` 200 once the knowledge is loaded, the
platform connection is up and the subscription store answers, else 503 with a
one-line reason (``knowledge: <file>:<line>:<column>: <field>: …``);
``/metrics`` is the Prometheus text. Slack's HTTP mode answers them on its own
port (``slack.guard``); Socket Mode and Discord on ``--health-port``. Standard
library only; knows nothing of any platform (the adapter passes ``readiness``).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

log = logging.getLogger(__name__)

Readiness = Callable[[], "str | None"]  # None: ready; else why not, in one line
STORE_DOWN = "subscription store unreachable (details in the log)"


STORE_CLOSED = "subscription store could not be opened at start: digests are off until a restart (details in the log)"


def bot_problem(bot, args=None) -> str | None:
    """Why ``bot`` cannot answer yet: its knowledge file was refused at start, or its store is unreachable
    (``args.store_closed``: ``bot.cli`` could not open it at start)."""
    if getattr(args, "store_closed", False):
        return getattr(bot, "knowledge_problem", None) or STORE_CLOSED
    return getattr(bot, "knowledge_problem", None) or store_problem(bot)


def store_problem(bot) -> str | None:
    """Why the bot's subscription store cannot be used now, or None (also when digests are off)."""
    if getattr(bot, "digests", None) is None:
        return None
    try:
        bot.digests.store.subscriptions_version()
    except Exception as error:  # whatever the store raises, the probe answers in one line
        log.warning("readiness: the subscription store is unreachable: %s", error)
        return STORE_DOWN
    return None


TEXT = "text/plain; charset=utf-8"
METRICS_TEXT = "text/plain; version=0.0.4; charset=utf-8"  # Prometheus' text format


def probe(path: str, readiness: Readiness, metrics: Callable[[], bytes] | None = None) -> tuple[int, bytes, str] | None:
    """(status, body, content type) for ``/healthz``, ``/readyz`` and ``/metrics``; None for any other path."""
    if path == "/healthz":
        return 200, b"ok\n", TEXT
    if path == "/metrics" and metrics is not None:
        return 200, metrics(), METRICS_TEXT
    if path != "/readyz":
        return None
    try:
        reason = readiness()
    except Exception as error:  # a probe must answer, whatever the check hit
        log.warning("readiness check failed: %s", error)
        reason = f"not ready: {type(error).__name__}"
    return (503, f"{reason}\n".encode(), TEXT) if reason else (200, b"ready\n", TEXT)


def start_health_server(host: str, port: int, readiness: Readiness,
                        metrics: Callable[[], bytes] | None = None) -> ThreadingHTTPServer:
    """Serve the probes (and metrics) from a daemon thread; ``server.shutdown()`` stops it."""

    class Probes(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            status, body, content_type = probe(self.path.split("?")[0], readiness, metrics) or (404, b"not found\n", TEXT)
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
            log.debug("health %s " + format, self.client_address[0], *args)

    server = ThreadingHTTPServer((host, port), Probes)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, name="cyberbot-health", daemon=True).start()
    return server
