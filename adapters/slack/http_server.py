"""The HTTP server of the Slack adapter's HTTP mode.

``make_http_server`` serves on waitress: HTTP/1.1 with keep-alive, a few
worker threads, and connections read by one event loop, so idle or trickling
connections never hold a worker; a body over ``MAX_BODY`` is refused with 413
before it is read. In front sits ``guard.SlackGuard`` (signature, replay,
shape, ``/healthz``, ``/readyz``, ``/metrics``), then ``shortcut`` (our slash
command answered without Bolt's request handling), then Bolt. Chosen by
measurement over aiohttp (``benchmarks/README.md``). No Slack logic here.
"""

from __future__ import annotations

import logging
import threading

log = logging.getLogger(__name__)

# The listen backlog: a burst of connections waits for the server instead of having its SYNs dropped.
LISTEN_BACKLOG = 128


WORKER_THREADS = 4  # answers are CPU work under the GIL: more threads only queue
IDLE_TIMEOUT = 10  # seconds a kept-alive connection may sit silent before it is closed
MAX_CONNECTIONS = 500  # open connections at once; more wait in the listen backlog


class HTTPServer:
    """waitress, started and stopped like ``socketserver``: ``serve_forever()``, ``shutdown()``, ``server_close()``."""

    def __init__(self, wsgi_app, host: str, port: int, *, threads: int = WORKER_THREADS):
        from waitress.server import create_server

        from .guard import MAX_BODY

        self._server = create_server(
            wsgi_app, host=host, port=port, threads=threads, channel_timeout=IDLE_TIMEOUT,
            connection_limit=MAX_CONNECTIONS, backlog=LISTEN_BACKLOG, max_request_body_size=MAX_BODY,
            max_request_header_size=MAX_BODY, cleanup_interval=IDLE_TIMEOUT, ident="cyberbot", expose_tracebacks=False,
        )
        self.server_port = self._server.effective_port
        # waitress warns at every queued request; a short queue behind four threads is normal under load.
        logging.getLogger("waitress.queue").setLevel(logging.ERROR)
        self._stop = threading.Event()
        self._stopped = threading.Event()

    def serve_forever(self, poll_interval: float = 0.5, *, until=lambda: False) -> None:
        """Serve until ``shutdown()``, or until ``until()`` is true (read every ``poll_interval``, at most 0.5 s):
        the CLI's stop flag, so a SIGTERM whose interrupt was lost still ends the loop (``bot.stopping``)."""
        from waitress import wasyncore

        try:
            while not self._stop.is_set() and not until():
                wasyncore.loop(timeout=min(poll_interval, 0.5), map=self._server._map, count=1)
        finally:
            self._stopped.set()

    def shutdown(self) -> None:
        """Stop ``serve_forever`` (from another thread) and wait for it."""
        self._stop.set()
        self._stopped.wait(5)

    def server_close(self) -> None:
        for channel in list(self._server._map.values()):
            channel.close()
        self._server.task_dispatcher.shutdown(timeout=1)


def make_http_server(app, host: str, port: int, *, signing_secret: str, readiness=lambda: None,
                     metrics=None) -> HTTPServer:
    """The production server for a Bolt ``app`` at ``/slack/events``, with the guard in front of it."""
    from slack_bolt.adapter.wsgi import SlackRequestHandler

    from .guard import SlackGuard
    from .shortcut import shortcut_for

    answering = shortcut_for(app, SlackRequestHandler(app))  # our command without Bolt's per-request work
    return HTTPServer(SlackGuard(answering, signing_secret, readiness, metrics=metrics), host, port)
