"""Per-user rate limiting: a few commands per window, shared by every adapter."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable


class RateLimiter:
    """Allow at most ``max_calls`` per ``window`` seconds for each key (e.g. a user id).

    >>> limiter = RateLimiter(max_calls=5, window=10.0)
    >>> limiter.allow("U123")
    True
    """

    def __init__(self, max_calls: int = 5, window: float = 10.0, clock: Callable[[], float] = time.monotonic):
        if max_calls < 1 or window <= 0:
            msg = f"need max_calls >= 1 and window > 0, not {max_calls!r} and {window!r}"
            raise ValueError(msg)
        self.max_calls = max_calls
        self.window = window
        self._clock = clock
        self._calls: dict[str, deque[float]] = {}

    def allow(self, key: str) -> bool:
        """Record a call for ``key`` and say whether it is within the limit."""
        now = self._clock()
        calls = self._calls.setdefault(key, deque())
        while calls and calls[0] <= now - self.window:
            calls.popleft()
        if len(calls) >= self.max_calls:
            return False
        calls.append(now)
        return True

    def retry_after(self, key: str) -> float:
        """Seconds until ``key`` may call again (0 when it may call now)."""
        calls = self._calls.get(key)
        if not calls or len(calls) < self.max_calls:
            return 0.0
        return max(0.0, calls[0] + self.window - self._clock())

    @classmethod
    def from_setting(cls, setting: str | None, default: str = "5/10") -> RateLimiter:
        """Build from ``"CALLS/SECONDS"`` (e.g. ``$CYBERBOT_RATE_LIMIT="5/10"``)."""
        text = (setting or default).strip()
        try:
            calls, seconds = text.split("/")
            return cls(int(calls), float(seconds))
        except ValueError:
            msg = f"rate limit must look like CALLS/SECONDS, e.g. 5/10, not {text!r}"
            raise ValueError(msg) from None
