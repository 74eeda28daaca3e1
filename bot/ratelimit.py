"""Per-user rate limiting: a few commands per window, shared by every adapter."""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

SWEEP_FLOOR = 1024  # keys tracked before idle ones are first swept out


class RateLimiter:
    """Allow at most ``max_calls`` per ``window`` seconds for each key (e.g. a user id).

    Thread-safe. Keys idle for a whole window are forgotten, so memory follows
    the users active lately, not every user ever seen.

    >>> limiter = RateLimiter(max_calls=5, window=10.0)
    >>> limiter.wait("U123")   # None: go ahead; else whole seconds to wait
    """

    def __init__(self, max_calls: int = 5, window: float = 10.0, clock: Callable[[], float] = time.monotonic):
        if not (max_calls >= 1 and 0 < window < math.inf):  # written so that a NaN window is refused too
            msg = f"need max_calls >= 1 and a finite window > 0, not {max_calls!r} and {window!r}"
            raise ValueError(msg)
        self.max_calls = max_calls
        self.window = window
        self._clock = clock
        self._calls: dict[str, deque[float]] = {}
        self._lock = threading.RLock()
        self._sweep_above = SWEEP_FLOOR

    def __len__(self) -> int:
        """How many keys are remembered (those that called within about the last window)."""
        return len(self._calls)

    def allow(self, key: str) -> bool:
        """Record a call for ``key`` and say whether it is within the limit."""
        with self._lock:
            now = self._clock()
            calls = self._calls.setdefault(key, deque())
            while calls and calls[0] <= now - self.window:
                calls.popleft()
            if len(calls) >= self.max_calls:
                return False
            calls.append(now)
            if len(self._calls) > self._sweep_above:
                self._sweep(now)
            return True

    def retry_after(self, key: str) -> float:
        """Seconds until ``key`` may call again (0 when it may call now)."""
        with self._lock:
            calls = self._calls.get(key)
            if not calls or len(calls) < self.max_calls:
                return 0.0
            return max(0.0, calls[0] + self.window - self._clock())

    def wait(self, key: str) -> int | None:
        """Record a call: None when it is allowed, else the whole seconds (at least 1) to wait."""
        with self._lock:
            return None if self.allow(key) else max(1, round(self.retry_after(key)))

    def _sweep(self, now: float) -> None:
        idle = [key for key, calls in self._calls.items() if not calls or calls[-1] <= now - self.window]
        for key in idle:
            del self._calls[key]
        self._sweep_above = max(SWEEP_FLOOR, 2 * len(self._calls))

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
