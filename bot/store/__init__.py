"""Digest subscriptions and delivery records: one interface, two backends.

``open_store(location)`` picks the backend: a ``postgresql://`` URL selects
PostgreSQL (``bot.store.postgres``, needs ``pip install 'cyberbot[postgres]'``),
anything else is a SQLite file (``bot.store.sqlite``). Both run the same
migrations and the same claim statement (``bot.store.sql``). The one package
of ``bot`` that does database I/O; it must not decide what is due or talk to
a chat platform.

    >>> store = open_store("/tmp/cyberbot.db")
    >>> claim = store.claim("slack", "C123", dt.date(2026, 11, 9), now)
    >>> store.mark_sent(claim, later)
    True
"""

from __future__ import annotations

from .migrations import MIGRATIONS, Migration
from .records import (
    DEFAULT_LEASE,
    Claim,
    Delivery,
    Scheduled,
    Subscription,
    default_location,
    is_postgres_url,
    redact,
    stamp,
)
from .sql import SqlStore
from .sqlite import Store, migrate, pending

__all__ = [
    "DEFAULT_LEASE", "MIGRATIONS", "Claim", "Delivery", "Migration", "Scheduled", "SqlStore", "Store", "Subscription",
    "default_location", "migrate", "open_store", "pending", "redact", "stamp",
]


def open_store(location: str | None = None) -> SqlStore:
    """The store at ``location`` (default: ``$CYBERBOT_DB``), migrated; StoreError when it cannot be opened."""
    location = location or default_location()
    if is_postgres_url(location):
        from .postgres import PostgresStore

        return PostgresStore.open(location)
    return Store.open(location)
