"""Threaded WSGI servers for the Slack adapter's HTTP mode (standard library only).

``App.start()`` is slack-bolt's development server and serves one request at
a time. ``PooledWSGIServer`` serves on a fixed pool of threads; the benchmark
(``benchmarks/slack_http.py``) compares it with a thread per request and with
a single thread. Serves whatever WSGI app it is given: no Slack logic here.
"""

from __future__ import annotations

import logging
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


def make_http_server(app, host: str, port: int, server_class: type[WSGIServer] = PooledWSGIServer) -> WSGIServer:
    """A WSGI server for a Bolt ``app`` at ``/slack/events``, on a pool of threads (``App.start()`` serves one at a time)."""
    from slack_bolt.adapter.wsgi import SlackRequestHandler

    return make_server(host, port, SlackRequestHandler(app), server_class, QuietHandler)
