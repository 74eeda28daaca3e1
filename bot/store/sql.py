"""The store interface, written once in SQL that SQLite and PostgreSQL both run.

``SqlStore`` holds every query; a backend (``bot.store.sqlite``,
``bot.store.postgres``) supplies only a write transaction, a read, and the
placeholder style. Exactly-once posting rests on the deliveries table: one
row per (platform, channel, local date), claimed in one ``INSERT … ON
CONFLICT … DO UPDATE … WHERE`` statement (no read-then-write race), fenced
by a random holder token and a lease. ``renew``, ``mark_sent`` and
``release`` change the row only for its current holder.

Must not: sleep, retry, read the clock or decide what is due (the scheduler
does); every instant is passed in.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable
from contextlib import AbstractContextManager

from .records import DEFAULT_LEASE, Claim, Delivery, Subscription, stamp

SUBSCRIPTION_COLUMNS = (
    "platform, workspace, channel, local_time, timezone, when_empty, active, disabled_reason, created_by, created_at, id"
)
DELIVERY_COLUMNS = (
    "platform, channel, local_date, status, attempts, last_error, claimed_at, sent_at, next_attempt_at, "
    "holder, lease_until, uncertain"
)
_TAKE = (
    "INSERT INTO deliveries (platform, channel, local_date, status, attempts, claimed_at, sent_at, holder, lease_until, uncertain) "
    "VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?, 0) "
    "ON CONFLICT (platform, channel, local_date) DO UPDATE SET status = excluded.status, "
    "attempts = deliveries.attempts + 1, claimed_at = excluded.claimed_at, sent_at = excluded.sent_at, "
    "next_attempt_at = NULL, holder = excluded.holder, lease_until = excluded.lease_until, "
    "uncertain = CASE WHEN deliveries.status = 'claimed' OR deliveries.uncertain = 1 THEN 1 ELSE 0 END "
    "WHERE (deliveries.status = 'failed' AND deliveries.next_attempt_at <= excluded.claimed_at) "
    "OR (deliveries.status = 'claimed' AND COALESCE(deliveries.lease_until, deliveries.claimed_at) <= excluded.claimed_at) "
    "RETURNING attempts, uncertain"
)
_KEY = "platform = ? AND channel = ? AND local_date = ?"


class SqlStore:
    """Subscriptions and deliveries; safe to share between threads of one process."""

    location: str  # a file path or a URL without its password, for messages

    # -- what a backend supplies ---------------------------------------------

    def _write(self) -> AbstractContextManager:
        """A transaction that yields something with ``execute(sql, params)`` returning a cursor."""
        raise NotImplementedError

    def _read(self, sql: str, params: Iterable = ()) -> list[tuple]:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    # -- subscriptions -------------------------------------------------------

    def subscriptions_version(self) -> int:
        """A number that grows with every change to any subscription, by any process: poll it before re-reading."""
        return self._read("SELECT value FROM counters WHERE name = 'subscriptions'")[0][0]

    def subscribe(self, subscription: Subscription) -> Subscription:
        """Create or replace this channel's subscription, active again if it was stopped."""
        s = subscription
        with self._write() as db:
            db.execute(
                "INSERT INTO subscriptions (platform, workspace, channel, local_time, timezone, when_empty, active, "
                "disabled_reason, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, NULL, ?, ?) "
                "ON CONFLICT (platform, channel) DO UPDATE SET workspace = excluded.workspace, "
                "local_time = excluded.local_time, timezone = excluded.timezone, when_empty = excluded.when_empty, "
                "active = 1, disabled_reason = NULL, created_by = excluded.created_by, created_at = excluded.created_at",
                (s.platform, s.workspace, s.channel, s.local_time, s.timezone, s.when_empty, s.created_by, s.created_at),
            )
        return self.subscription(s.platform, s.channel)

    def unsubscribe(self, platform: str, channel: str, reason: str = "unsubscribed") -> bool:
        """Stop the channel's digest; False when it had none running."""
        return self.disable(platform, channel, reason)

    def disable(self, platform: str, channel: str, reason: str) -> bool:
        """Stop posting to a channel and say why (unsubscribed, channel gone); False if not active."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE subscriptions SET active = 0, disabled_reason = ? WHERE platform = ? AND channel = ? AND active = 1",
                (reason, platform, channel),
            )
            return cursor.rowcount == 1

    def subscription(self, platform: str, channel: str) -> Subscription | None:
        rows = self._read(
            f"SELECT {SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE platform = ? AND channel = ?", (platform, channel)
        )
        return _to_subscription(rows[0]) if rows else None

    def subscriptions(self, *, platform: str | None = None, workspace: str | None = None, active_only: bool = True) -> list[Subscription]:
        """Subscriptions in creation order, optionally for one platform or workspace."""
        where, params = ["1 = 1"], []
        if active_only:
            where.append("active = 1")
        if platform is not None:
            where.append("platform = ?")
            params.append(platform)
        if workspace is not None:
            where.append("workspace = ?")
            params.append(workspace)
        rows = self._read(f"SELECT {SUBSCRIPTION_COLUMNS} FROM subscriptions WHERE {' AND '.join(where)} ORDER BY id", params)
        return [_to_subscription(row) for row in rows]

    # -- deliveries ----------------------------------------------------------

    def claim(self, platform: str, channel: str, local_date: dt.date, now: dt.datetime, *, lease: dt.timedelta = DEFAULT_LEASE) -> Claim | None:
        """Take the right to post this day's digest until ``now + lease``; a Claim only for the one caller that wins.

        Wins when there is no record yet, when a failed send's retry time has
        come, or when the holder's lease has run out (a takeover).
        """
        return self._take("claimed", platform, channel, local_date, now, lease)

    def skip(self, platform: str, channel: str, local_date: dt.date, now: dt.datetime, *, lease: dt.timedelta = DEFAULT_LEASE) -> bool:
        """Claim a day with nothing to post and record it as skipped, in one statement; True if this caller won."""
        return self._take("skipped", platform, channel, local_date, now, lease) is not None

    def _take(self, status: str, platform: str, channel: str, local_date: dt.date, now: dt.datetime, lease: dt.timedelta) -> Claim | None:
        holder = secrets.token_hex(8)
        sent_at = stamp(now) if status == "skipped" else None
        with self._write() as db:
            row = db.execute(
                _TAKE, (platform, channel, local_date.isoformat(), status, stamp(now), sent_at, holder, stamp(now + lease))
            ).fetchone()
        if row is None:
            return None
        return Claim(platform, channel, local_date, holder, attempts=row[0], check_destination=bool(row[1]))

    def renew(self, claim: Claim, now: dt.datetime, *, lease: dt.timedelta = DEFAULT_LEASE) -> bool:
        """Extend the lease to ``now + lease``; False when ``claim`` is no longer the holder (taken over or finished)."""
        return self._finish(claim, "claimed", lease_until=stamp(now + lease))

    def mark_sent(self, claim: Claim, now: dt.datetime) -> bool:
        """Record the digest as posted; False (and nothing written) when ``claim`` no longer holds it."""
        return self._finish(claim, "sent", sent_at=stamp(now))

    def release(self, claim: Claim, error: str, *, retry_at: dt.datetime | None, uncertain: bool = False) -> bool:
        """Give a claim back after a failed send; ``retry_at`` None means not again (that day).

        ``uncertain``: the send's outcome is unknown (timeout, dropped connection,
        5xx), so whoever tries next looks at the channel first.
        """
        retry = stamp(retry_at) if retry_at is not None else None
        return self._finish(claim, "failed", last_error=error[:500], next_attempt_at=retry, uncertain=int(uncertain))

    def _finish(self, claim: Claim, status: str, **values: object) -> bool:
        assignments = ", ".join(f"{name} = ?" for name in values)
        with self._write() as db:
            cursor = db.execute(
                f"UPDATE deliveries SET status = ?, {assignments} WHERE {_KEY} AND status = 'claimed' AND holder = ?",
                (status, *values.values(), claim.platform, claim.channel, claim.local_date.isoformat(), claim.holder),
            )
            return cursor.rowcount == 1

    def deliveries_for(self, keys: Iterable[tuple[str, str, dt.date]]) -> dict[tuple[str, str, str], Delivery]:
        """The delivery records of these (platform, channel, local date) keys that exist."""
        groups: dict[tuple[str, str], list[str]] = {}
        for platform, channel, local_date in keys:
            groups.setdefault((platform, local_date.isoformat()), []).append(channel)
        found = {}
        for (platform, local_date), channels in groups.items():
            for start in range(0, len(channels), 500):
                chunk = channels[start : start + 500]
                rows = self._read(
                    f"SELECT {DELIVERY_COLUMNS} FROM deliveries WHERE platform = ? AND local_date = ? "
                    f"AND channel IN ({', '.join('?' for _ in chunk)})",
                    (platform, local_date, *chunk),
                )
                found.update({(row[0], row[1], row[2]): _to_delivery(row) for row in rows})
        return found

    def delivery(self, platform: str, channel: str, local_date: dt.date) -> Delivery | None:
        rows = self._read(f"SELECT {DELIVERY_COLUMNS} FROM deliveries WHERE {_KEY}", (platform, channel, local_date.isoformat()))
        return _to_delivery(rows[0]) if rows else None

    def last_delivery(self, platform: str, channel: str, *, status: str = "sent") -> Delivery | None:
        rows = self._read(
            f"SELECT {DELIVERY_COLUMNS} FROM deliveries WHERE platform = ? AND channel = ? AND status = ? "
            "ORDER BY local_date DESC LIMIT 1",
            (platform, channel, status),
        )
        return _to_delivery(rows[0]) if rows else None


def _to_subscription(row: tuple) -> Subscription:
    platform, workspace, channel, local_time, zone, when_empty, active, reason, created_by, created_at, key = row
    return Subscription(platform, workspace, channel, local_time, zone, when_empty, bool(active), reason, created_by, created_at, key)


def _to_delivery(row: tuple) -> Delivery:
    return Delivery(*row[:-1], uncertain=bool(row[-1]))
