"""The digest settings, read once from the environment. Pure: no I/O beyond the mapping it is given.

A value that does not parse is logged and replaced by its default (digests
keep running); only the store location can stop a start, and that is the
store's to report. Must not open anything.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from collections.abc import Mapping
from dataclasses import dataclass

from ..store import DEFAULT_LEASE, default_location
from .commands import default_timezone
from .schedule import DEFAULT_GRACE

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class DigestSettings:
    """Where the store is, the catch-up window, the claim lease and the default time zone."""

    location: str
    grace: dt.timedelta = DEFAULT_GRACE
    lease: dt.timedelta = DEFAULT_LEASE
    default_timezone: str = "UTC"

    @classmethod
    def from_env(cls, env: Mapping[str, str] = os.environ) -> DigestSettings:
        return cls(default_location(env), grace_window(env), lease_length(env), default_timezone(env))


def grace_window(env: Mapping[str, str]) -> dt.timedelta:
    """``$CYBERBOT_DIGEST_GRACE_HOURS`` (default 6): how late a missed digest may still be posted that day."""
    hours = _number(env, "CYBERBOT_DIGEST_GRACE_HOURS", 0, 24, DEFAULT_GRACE.total_seconds() / 3600, "a number of hours from 0 to 24")
    return dt.timedelta(hours=hours)


def lease_length(env: Mapping[str, str]) -> dt.timedelta:
    """``$CYBERBOT_DIGEST_LEASE_SECONDS`` (default 120): how long a claim holds without being renewed."""
    seconds = _number(env, "CYBERBOT_DIGEST_LEASE_SECONDS", 1, 86_400, DEFAULT_LEASE.total_seconds(), "a number of seconds from 1 to 86400")
    return dt.timedelta(seconds=seconds)


def _number(env: Mapping[str, str], name: str, low: float, high: float, default: float, what: str) -> float:
    text = env.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = low - 1
    if not low <= value <= high:
        log.warning("%s must be %s, not %r; using %g", name, what, text, default)
        return default
    return value
