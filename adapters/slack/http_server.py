"""The HTTP server of the Slack adapter's HTTP mode, and the standard library's for comparison.

``make_http_server`` serves on waitress: HTTP/1.1 with keep-alive, a few
worker threads, and connections read by one event loop, so idle or trickling
connections never hold a worker; a body over ``MAX_BODY`` is refused with 413
before it is read. In front of Bolt sits ``guard.SlackGuard`` (signature,
replay, shape, ``/healthz``, ``/readyz``). ``PooledWSGIServer`` and
``ThreadPerRequestWSGIServer`` (standard library) stay for
``benchmarks/slack_http.py``, which compares them. No Slack logic here.
"""

from __future__ import annotations

import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from socketserver import ThreadingMixIn
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

log = logging.getLogger(__name__)


# socketserver's default backlog is 5 connections: a burst of more, while the accepting thread
# waits for the GIL, has its SYNs dropped and retried by the client a whole second later.
LISTEN_BACKLOG = 128


class ThreadPerRequestWSGIServer(ThreadingMixIn, WSGIServer):
    daemon_threads = True
    request_queue_size = LISTEN_BACKLOG


class PooledWSGIServer(WSGIServer):
    """Serves each connection on a fixed pool of threads: no thread start per request, and a
    slow request (a ``users.info`` retried after a 429) does not hold up the others."""

    workers = 4
    request_queue_size = LISTEN_BACKLOG

    def server_activate(self) -> None:
        super().server_activate()
        self._pool = ThreadPoolExecutor(self.workers, thread_name_prefix="slack-http")

    def process_request(self, request, client_address) -> None:
        self._pool.submit(self._serve, request, client_address)

    def _serve(self, request, client_address) -> None:
        try:
            self.finish_request(request, client_address)
        except Exception:
            self.handle_error(request, client_address)
        finally:
            self.shutdown_request(request)

    def server_close(self) -> None:
        super().server_close()
        self._pool.shutdown(wait=False)


# Slack sends each request whole and wants the answer within 3 seconds: a connection still
# sending its request after this long is not Slack, and must not hold a worker thread for ever.
REQUEST_READ_TIMEOUT = 5.0


class QuietHandler(WSGIRequestHandler):
    timeout = REQUEST_READ_TIMEOUT  # socketserver sets it on the connection before reading

    def log_message(self, format, *args):  # noqa: A002 - the stdlib's name
        log.debug("%s " + format, self.client_address[0], *args)


def make_wsgi_server(wsgi_app, host: str, port: int, server_class: type[WSGIServer] = PooledWSGIServer) -> WSGIServer:
    """A standard-library WSGI server on a pool of threads (for comparison in the benchmark)."""
    return make_server(host, port, wsgi_app, server_class, QuietHandler)


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

    def serve_forever(self, poll_interval: float = 0.5) -> None:
        from waitress import wasyncore

        try:
            while not self._stop.is_set():
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
