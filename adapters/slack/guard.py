"""What reaches the public port, sorted before slack-bolt sees it: a WSGI middleware.

Only ``POST /slack/events`` goes on to Bolt, and only when it is small, signed
by Slack within the last five minutes, not seen before, UTF-8, and shaped like
a Slack request (a JSON object, or a form whose ``payload`` is one). Anything
else gets 400, 401, 404, 405 or 413 and one log line, never a 500 or a
traceback. ``/healthz``, ``/readyz`` and ``/metrics`` answer the platform's probes. Knows
nothing of commands or answers.
"""

from __future__ import annotations

import hmac
import io
import json
import logging
import threading
import time
import urllib.parse
from collections import OrderedDict
from collections.abc import Callable, Iterable

from ..health import Readiness, probe

log = logging.getLogger(__name__)

EVENTS_PATH = "/slack/events"
MAX_BODY = 64 * 1024  # Slack's requests are a few KB; anything bigger is not Slack
SIGNATURE_WINDOW = 5 * 60  # seconds: as Bolt, refuse timestamps further off than this
REFUSED = b'{"error": "invalid request"}'
FORM = "cyberbot.slack_form"  # the environ key of a verified slash command's parsed form

WSGIApp = Callable[[dict, Callable], Iterable[bytes]]


class SlackGuard:
    """``SlackGuard(SlackRequestHandler(app), secret, readiness)``: a WSGI app for the HTTP server."""

    def __init__(self, app: WSGIApp, signing_secret: str, readiness: Readiness = lambda: None,
                 *, metrics: Callable[[], bytes] | None = None, clock: Callable[[], float] = time.time):
        self.app = app
        self.readiness = readiness
        self.metrics = metrics
        self.clock = clock
        self._secret = signing_secret.encode()
        self._seen: OrderedDict[str, float] = OrderedDict()  # signature -> when it stops being fresh
        self._lock = threading.Lock()

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        path, method = environ.get("PATH_INFO", ""), environ.get("REQUEST_METHOD", "")
        if (probed := probe(path, self.readiness, self.metrics)) is not None:
            return _answer(start_response, *probed)
        if path != EVENTS_PATH:
            return _answer(start_response, 404, b"not found\n", "text/plain")
        if method != "POST":
            return _answer(start_response, 405, b"use POST\n", "text/plain")
        body, problem = self._read(environ)
        if problem is not None:
            status, why = problem
            log.warning("slack http: %s refused from %s: %s", EVENTS_PATH, environ.get("REMOTE_ADDR", "?"), why)
            return _answer(start_response, status, REFUSED, "application/json")
        environ["wsgi.input"] = io.BytesIO(body)
        environ["CONTENT_LENGTH"] = str(len(body))
        return self.app(environ, start_response)

    def _read(self, environ: dict) -> tuple[bytes, tuple[int, str] | None]:
        """The body, or (status, reason) for a request that must not reach Bolt; a form without a ``payload``
        (a slash command) is left parsed in ``environ[FORM]``, as Bolt would parse it."""
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            return b"", (400, "Content-Length is not a number")
        if length < 0:
            return b"", (400, "negative Content-Length")
        if length > MAX_BODY:
            return b"", (413, f"a body of {length} bytes")
        body = environ["wsgi.input"].read(length)
        timestamp = environ.get("HTTP_X_SLACK_REQUEST_TIMESTAMP", "")
        signature = environ.get("HTTP_X_SLACK_SIGNATURE", "")
        if not timestamp.isdigit() or abs(self.clock() - int(timestamp)) > SIGNATURE_WINDOW:
            return body, (401, "missing or stale X-Slack-Request-Timestamp")
        if not self._signed(body, timestamp, signature):
            return body, (401, "bad signature")
        if not self._first_time(signature, int(timestamp)):
            return body, (401, "a replayed signature")
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            return body, (400, "a body that is not UTF-8")
        shaped, form = _slack_shaped(text, environ.get("CONTENT_TYPE", ""))
        if not shaped:
            return body, (400, "a body that is not a Slack request")
        if form is not None:
            environ[FORM] = form
        return body, None

    def _signed(self, body: bytes, timestamp: str, signature: str) -> bool:
        """Slack's ``v0=`` HMAC-SHA256 of ``v0:{timestamp}:{body}``, over the bytes as they came."""
        digest = hmac.digest(self._secret, b"v0:" + timestamp.encode() + b":" + body, "sha256").hex()  # one C call
        return hmac.compare_digest(f"v0={digest}", signature)

    def _first_time(self, signature: str, timestamp: int) -> bool:
        """Remember each signature while its timestamp is fresh; False when seen already."""
        now = self.clock()
        with self._lock:
            while self._seen and next(iter(self._seen.values())) < now:
                self._seen.popitem(last=False)
            if signature in self._seen:
                return False
            self._seen[signature] = timestamp + SIGNATURE_WINDOW
            return True


def _slack_shaped(text: str, content_type: str) -> tuple[bool, dict | None]:
    """Whether ``text`` is a JSON object (events) or a form (commands) whose ``payload``, if any, is a JSON
    object (actions); and the form itself when it has no ``payload``, parsed as Bolt does (last value wins)."""
    try:
        if content_type.startswith("application/json") or text.startswith("{"):  # as Bolt tells JSON from a form
            return isinstance(json.loads(text), dict), None
        form = parse_form(text)
        if "payload" in form:
            return isinstance(json.loads(form["payload"]), dict), None
        return True, form
    except ValueError:
        return False, None


def parse_form(text: str) -> dict[str, str]:
    """``dict(urllib.parse.parse_qsl(text, keep_blank_values=True))``, as Bolt parses a form, in a third of the time:
    only fields holding ``%`` or ``+`` are unquoted."""
    form = {}
    for field in text.split("&"):
        if field:
            name, _, value = field.partition("=")
            form[_unquote(name)] = _unquote(value)
    return form


def _unquote(text: str) -> str:
    return urllib.parse.unquote_plus(text) if "%" in text or "+" in text else text


def _answer(start_response: Callable, status: int, body: bytes, content_type: str) -> list[bytes]:
    reason = {200: "OK", 400: "Bad Request", 401: "Unauthorized", 404: "Not Found", 405: "Method Not Allowed",
              413: "Payload Too Large", 503: "Service Unavailable"}[status]
    start_response(f"{status} {reason}", [("Content-Type", content_type), ("Content-Length", str(len(body)))])
    return [body]

