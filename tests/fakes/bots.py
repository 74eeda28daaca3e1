"""The real core on the shipped knowledge, and a wrapper that notes what reaches it.

Adapters call ``handle``, ``required_permission``, ``complete`` and
``note_rate_limited``: the wrapper forwards them all, so an adapter under test talks to the real core.
"""

from __future__ import annotations

import functools
import threading

from bot.service import Bot


@functools.cache
def shipped_bot() -> Bot:
    """The real core on the shipped knowledge, loaded once for the whole run."""
    return Bot.from_path(None)


class RecordingBot:
    """The real core (``shipped_bot()``), noting each request that reaches ``handle``.

    ``reply_for`` replaces the core's answer only where a test is about the adapter's
    handling of a core that fails, is slow, or answers with pings and mentions.
    """

    def __init__(self, reply_for=None, *, core: Bot | None = None):
        self.requests = []
        self.core = core or shipped_bot()
        self._reply_for = reply_for or self.core.handle
        self._lock = threading.Lock()

    @property
    def asked(self) -> list[str]:
        return [r.text for r in self.requests]

    def handle(self, request):
        with self._lock:
            self.requests.append(request)
        return self._reply_for(request)

    def required_permission(self, request):
        return self.core.required_permission(request)

    def complete(self, kind, prefix, limit=25):
        return self.core.complete(kind, prefix, limit)

    def note_rate_limited(self, platform):
        self.core.note_rate_limited(platform)


def exploding(request):
    """A ``reply_for`` for a core that falls over."""
    raise RuntimeError("the core fell over")
