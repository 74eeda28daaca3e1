"""The store interface, written once in SQL that SQLite and PostgreSQL both run.

``SqlStore`` holds every query; a backend (``bot.store.sqlite``,
``bot.store.postgres``) supplies only a write transaction, a read, and the
placeholder style. Exactly-once posting rests on the deliveries table: one
row per (platform, channel, local date), claimed in one ``INSERT … ON
CONFLICT … DO UPDATE … WHERE`` statement (no read-then-write race), fenced
by a random holder token and a lease. ``renew``, ``mark_sent`` and
``release`` change the row only for its current holder.

The ``…_many`` forms do the same for many rows in one transaction (one
statement per ``CHUNK`` rows, rows in key order so that two PostgreSQL
writers lock them in the same order): claims taken together share one holder
token and are then renewed, recorded or given back by row id and holder.

Must not: sleep, retry, read the clock or decide what is due (the scheduler
does); every instant is passed in.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Iterable
from contextlib import AbstractContextManager
from itertools import chain

from .records import DEFAULT_LEASE, Claim, Delivery, Scheduled, Subscription, stamp

SUBSCRIPTION_COLUMNS = (
    "platform, workspace, channel, local_time, timezone, when_empty, active, disabled_reason, created_by, created_at, id"
)
DELIVERY_COLUMNS = (
    "platform, channel, local_date, status, attempts, last_error, claimed_at, sent_at, next_attempt_at, "
    "holder, lease_until, uncertain"
)
Key = tuple[str, str, dt.date]  # platform, channel, local date
CHUNK = 500  # rows per statement: 3 parameters a row stays far below SQLite's and PostgreSQL's limits
_TAKE = (  # the parameters: claimed at, holder, lease until, then each row's platform, channel and local date
    "INSERT INTO deliveries (platform, channel, local_date, status, attempts, claimed_at, sent_at, holder, lease_until, uncertain) "
    "SELECT v.column1, v.column2, v.column3, 'claimed', 1, ?, NULL, ?, ?, 0 FROM (VALUES {rows}) AS v WHERE true "
    "ON CONFLICT (local_date, platform, channel) DO UPDATE SET status = excluded.status, "
    "attempts = deliveries.attempts + 1, claimed_at = excluded.claimed_at, sent_at = excluded.sent_at, "
    "next_attempt_at = NULL, holder = excluded.holder, lease_until = excluded.lease_until, "
    "uncertain = CASE WHEN deliveries.status = 'claimed' OR deliveries.uncertain = 1 THEN 1 ELSE 0 END "
    "WHERE (deliveries.status = 'failed' AND deliveries.next_attempt_at <= excluded.claimed_at) "
    "OR (deliveries.status = 'claimed' AND COALESCE(deliveries.lease_until, deliveries.claimed_at) <= excluded.claimed_at) "
    "RETURNING id, platform, channel, local_date, attempts, uncertain"
)
_KEY = "local_date = ? AND platform = ? AND channel = ?"  # the order of the unique index
LOOK_BACK_DAYS = 400  # dates searched for a channel's last post


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

    def schedule(self) -> list[Scheduled]:
        """Every active subscription, in creation order, as the scheduler plans with it."""
        rows = self._read("SELECT platform, channel, local_time, timezone, when_empty, id FROM subscriptions WHERE active = 1 ORDER BY id")
        return list(map(Scheduled._make, rows))

    # -- deliveries ----------------------------------------------------------

    def claim(self, platform: str, channel: str, local_date: dt.date, now: dt.datetime, *, lease: dt.timedelta = DEFAULT_LEASE) -> Claim | None:
        """Take the right to post this day's digest until ``now + lease``; a Claim only for the one caller that wins.

        Wins when there is no record yet, when a failed send's retry time has
        come, or when the holder's lease has run out (a takeover).
        """
        claims = self.claim_many([(platform, channel, local_date)], now, lease=lease)
        return claims[0] if claims else None

    def claim_many(self, keys: Iterable[Key], now: dt.datetime, *, lease: dt.timedelta = DEFAULT_LEASE) -> list[Claim]:
        """``claim`` each (platform, channel, local date) in one transaction: the Claims won, one holder for all."""
        holder, at, until = secrets.token_hex(8), stamp(now), stamp(now + lease)
        rows = sorted({(platform, channel, day.isoformat()) for platform, channel, day in keys})
        won = []
        with self._write() as db:
            for start in range(0, len(rows), CHUNK):
                chunk = rows[start : start + CHUNK]
                params = [at, holder, until, *chain.from_iterable(chunk)]
                won += db.execute(_TAKE.format(rows=", ".join(["(?, ?, ?)"] * len(chunk))), params).fetchall()
        return [Claim(platform, channel, dt.date.fromisoformat(day), holder, attempts=attempts, check_destination=bool(uncertain), id=key)
                for key, platform, channel, day, attempts, uncertain in won]

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
                (status, *values.values(), claim.local_date.isoformat(), claim.platform, claim.channel, claim.holder),
            )
            return cursor.rowcount == 1

    def renew_many(self, claims: Iterable[Claim], now: dt.datetime, *, lease: dt.timedelta = DEFAULT_LEASE) -> set[int]:
        """``renew`` for many claims in one transaction; the ids of those still held."""
        return self._finish_many(claims, "claimed", lease_until=stamp(now + lease))

    def mark_sent_many(self, claims: Iterable[Claim], now: dt.datetime) -> set[int]:
        """``mark_sent`` for many claims in one transaction; the ids recorded (the others had passed to another holder)."""
        return self._finish_many(claims, "sent", sent_at=stamp(now))

    def release_many(self, claims: Iterable[Claim], error: str, *, retry_at: dt.datetime) -> set[int]:
        """Give back claims never tried: due again at ``retry_at``, without a look first, the attempt not counted."""
        return self._finish_many(claims, "failed", "attempts = attempts - 1", last_error=error[:500], next_attempt_at=stamp(retry_at))

    def _finish_many(self, claims: Iterable[Claim], status: str, change: str = "", **values: object) -> set[int]:
        """One UPDATE per holder and ``CHUNK`` ids, each row changed only while that holder still has it."""
        by_holder: dict[str, list[int]] = {}
        for claim in claims:
            by_holder.setdefault(claim.holder, []).append(claim.id)
        assignments = "".join(f", {name} = ?" for name in values) + (f", {change}" if change else "")
        done: set[int] = set()
        with self._write() as db:
            for holder, ids in by_holder.items():
                ids.sort()
                for start in range(0, len(ids), CHUNK):
                    chunk = ids[start : start + CHUNK]
                    rows = db.execute(
                        f"UPDATE deliveries SET status = ?{assignments} WHERE id IN ({', '.join('?' * len(chunk))}) "
                        "AND status = 'claimed' AND holder = ? RETURNING id",
                        (status, *values.values(), *chunk, holder),
                    ).fetchall()
                    done.update(row[0] for row in rows)
        return done

    def expired_claims(self, now: dt.datetime) -> list[Claim]:
        """Claims whose lease ran out by ``now`` (their holder stopped renewing); read through a partial index that
        holds only the claimed rows, so it costs what is in flight, not what the store has kept."""
        rows = self._read(
            "SELECT id, platform, channel, local_date, holder, attempts FROM deliveries "
            "WHERE status = 'claimed' AND COALESCE(lease_until, claimed_at) <= ?", (stamp(now),)
        )
        return [Claim(platform, channel, dt.date.fromisoformat(day), holder or "", attempts=attempts, check_destination=True, id=key)
                for key, platform, channel, day, holder, attempts in rows]

    def abandon(self, claim: Claim, why: str, now: dt.datetime) -> bool:
        """Close an expired claim that nobody may take over any more (its local day has ended): failed, not
        retried, outcome unknown. False when its holder renewed it meanwhile or it was finished."""
        with self._write() as db:
            cursor = db.execute(
                "UPDATE deliveries SET status = 'failed', last_error = ?, next_attempt_at = NULL, uncertain = 1 "
                "WHERE id = ? AND status = 'claimed' AND COALESCE(holder, '') = ? AND COALESCE(lease_until, claimed_at) <= ?",
                (why[:500], claim.id, claim.holder, stamp(now)),
            )
            return cursor.rowcount == 1

    def deliveries_for(self, keys: Iterable[Key]) -> dict[tuple[str, str, str], Delivery]:
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
        rows = self._read(f"SELECT {DELIVERY_COLUMNS} FROM deliveries WHERE {_KEY}", (local_date.isoformat(), platform, channel))
        return _to_delivery(rows[0]) if rows else None

    def last_delivery(self, platform: str, channel: str, *, status: str = "sent") -> Delivery | None:
        """The channel's latest delivery with ``status`` in the ``LOOK_BACK_DAYS`` local dates up to the newest the
        store holds: one probe of the date-first index per date, never a walk through every day kept."""
        newest = self._read("SELECT max(local_date) FROM deliveries")[0][0]
        if newest is None:
            return None
        last = dt.date.fromisoformat(newest)
        dates = [(last - dt.timedelta(days=back)).isoformat() for back in range(LOOK_BACK_DAYS)]
        rows = self._read(
            f"SELECT {DELIVERY_COLUMNS} FROM deliveries WHERE local_date IN ({', '.join('?' * len(dates))}) "
            "AND platform = ? AND channel = ? AND status = ? ORDER BY local_date DESC LIMIT 1",
            (*dates, platform, channel, status),
        )
        return _to_delivery(rows[0]) if rows else None


def _to_subscription(row: tuple) -> Subscription:
    platform, workspace, channel, local_time, zone, when_empty, active, reason, created_by, created_at, key = row
    return Subscription(platform, workspace, channel, local_time, zone, when_empty, bool(active), reason, created_by, created_at, key)


def _to_delivery(row: tuple) -> Delivery:
    return Delivery(*row[:-1], uncertain=bool(row[-1]))
