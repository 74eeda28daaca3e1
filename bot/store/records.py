"""The store's records as frozen dataclasses, and where the store lives. Pure: no I/O.

Must not know about a backend: ``bot.store.sql`` turns rows into these records
for SQLite and PostgreSQL alike.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import NamedTuple

from ..paths import POSTGRES_SCHEMES
from ..paths import database_location as default_location  # noqa: F401 -- the store's name for it

DEFAULT_LEASE = dt.timedelta(seconds=120)


@dataclass(frozen=True, slots=True)
class Subscription:
    """A channel's daily digest: post at ``local_time`` (HH:MM) in ``timezone`` (IANA)."""

    platform: str
    workspace: str
    channel: str
    local_time: str
    timezone: str
    when_empty: str = "quote"  # "quote" (quote of the day) or "nothing"
    active: bool = True
    disabled_reason: str | None = None
    created_by: str = ""
    created_at: str = ""
    id: int | None = None  # set by the store


class Scheduled(NamedTuple):
    """What the scheduler needs of an active subscription (``SqlStore.schedule`` gives the same fields as plain tuples)."""

    platform: str
    channel: str
    local_time: str
    timezone: str
    when_empty: str
    id: int


@dataclass(frozen=True, slots=True)
class Delivery:
    """One day's digest for one channel: claimed, sent, skipped (nothing to post) or failed."""

    platform: str
    channel: str
    local_date: str
    status: str
    attempts: int = 0
    last_error: str | None = None
    claimed_at: str | None = None
    sent_at: str | None = None
    next_attempt_at: str | None = None
    holder: str | None = None
    lease_until: str | None = None
    uncertain: bool = False


@dataclass(frozen=True, slots=True)
class Claim:
    """The right to post one day's digest to one channel, held by ``holder`` until its lease ends.

    ``check_destination`` is true when an earlier attempt may have posted it
    (a takeover of an expired lease, or a retry after an unknown outcome): look
    at the channel before sending.
    """

    platform: str
    channel: str
    local_date: dt.date
    holder: str
    attempts: int = 1
    check_destination: bool = False
    id: int | None = None  # the delivery row, for the ``…_many`` operations


def stamp(instant: dt.datetime) -> str:
    """An aware instant as the UTC text the store compares: ``2026-11-09T08:00:00+00:00``."""
    if instant.tzinfo is None:
        msg = f"expected an aware datetime, got naive {instant!r}"
        raise ValueError(msg)
    return instant.astimezone(dt.timezone.utc).isoformat(timespec="seconds")


def is_postgres_url(location: str) -> bool:
    return location.startswith(POSTGRES_SCHEMES)


def redact(location: str) -> str:
    """A location fit for a log line or an error: a URL's password is replaced by ``***``."""
    if not is_postgres_url(location) or "@" not in location:
        return location
    scheme, _, rest = location.partition("://")
    credentials, _, host = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    return f"{scheme}://{user}:***@{host}" if ":" in credentials else location
