"""The store contract: what SQLite and PostgreSQL both do, run against both.

PostgreSQL is a real server the test session starts itself (tests/conftest.py);
where its binaries are missing these tests skip with one line saying so.
"""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from bot.store import MIGRATIONS, Store, Subscription, open_store

NOW = dt.datetime(2026, 11, 9, 8, 0, tzinfo=dt.timezone.utc)
DAY = dt.date(2026, 11, 9)
LEASE = dt.timedelta(seconds=120)


@pytest.fixture
def store(location):
    s = open_store(location)
    yield s
    s.close()


def subscription(channel="C1", **changes) -> Subscription:
    values = dict(platform="slack", workspace="T1", channel=channel, local_time="09:00",
                  timezone="Europe/Brussels", created_by="U1", created_at="2026-11-01T00:00:00+00:00")
    values.update(changes)
    return Subscription(**values)


def at(seconds: float) -> dt.datetime:
    return NOW + dt.timedelta(seconds=seconds)


# ---- migrations --------------------------------------------------------------------------

def test_opening_twice_applies_every_migration_once(location):
    open_store(location).close()
    store = open_store(location)
    rows = store._read("SELECT name FROM schema_migrations ORDER BY name")
    assert [r[0] for r in rows] == [m.name for m in MIGRATIONS]
    store.close()


def test_two_processes_opening_a_fresh_database_together_both_succeed(location):
    opened, errors = [], []

    def open_one():
        try:
            opened.append(open_store(location))
        except Exception as error:  # noqa: BLE001 - the assertion below shows it
            errors.append(error)

    threads = [threading.Thread(target=open_one) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == [] and len(opened) == 3
    assert len(opened[0]._read("SELECT name FROM schema_migrations")) == len(MIGRATIONS)
    for store in opened:
        store.close()


# ---- subscriptions -----------------------------------------------------------------------

def test_subscribe_is_unique_per_channel_and_resubscribing_updates_and_keeps_the_id(store):
    first = store.subscribe(subscription())
    again = store.subscribe(subscription(local_time="07:30", timezone="America/New_York"))
    (only,) = store.subscriptions()
    assert (only.local_time, only.timezone, only.active) == ("07:30", "America/New_York", True)
    assert first.id == again.id == only.id is not None


def test_unsubscribe_deactivates_and_keeps_the_reason(store):
    store.subscribe(subscription())
    assert store.unsubscribe("slack", "C1", "unsubscribed by U2") is True
    assert store.unsubscribe("slack", "C1") is False
    assert store.subscriptions() == []
    (stopped,) = store.subscriptions(active_only=False)
    assert (stopped.active, stopped.disabled_reason) == (False, "unsubscribed by U2")
    assert store.subscribe(subscription()).active is True


def test_subscriptions_filter_by_platform_and_workspace(store):
    store.subscribe(subscription("C1"))
    store.subscribe(subscription("C2", workspace="T2"))
    store.subscribe(subscription("D1", platform="discord", workspace="G1"))
    assert [s.channel for s in store.subscriptions(platform="slack")] == ["C1", "C2"]
    assert [s.channel for s in store.subscriptions(workspace="T2")] == ["C2"]


def test_the_subscriptions_version_grows_with_every_change_from_any_connection(store, location):
    first = store.subscriptions_version()
    store.subscribe(subscription())
    other = open_store(location)
    other.unsubscribe("slack", "C1")
    other.close()
    assert store.subscriptions_version() == first + 2
    store.claim("slack", "C1", DAY, NOW)  # deliveries do not count
    assert store.subscriptions_version() == first + 2


# ---- claims: fenced leases ---------------------------------------------------------------

def test_a_claim_is_won_once_per_channel_and_day(store):
    assert store.claim("slack", "C1", DAY, NOW) is not None
    assert store.claim("slack", "C1", DAY, NOW) is None
    assert store.claim("slack", "C1", DAY + dt.timedelta(1), NOW) is not None
    assert store.claim("discord", "C1", DAY, NOW) is not None


def test_a_sent_delivery_is_never_claimed_again(store):
    claim = store.claim("slack", "C1", DAY, NOW)
    assert store.mark_sent(claim, at(1)) is True
    assert store.claim("slack", "C1", DAY, at(5 * 3600)) is None
    (sent,) = store.deliveries_for([("slack", "C1", DAY)]).values()
    assert (sent.status, sent.sent_at) == ("sent", "2026-11-09T08:00:01+00:00")


def test_a_lease_runs_out_and_a_takeover_is_a_new_holder_that_must_look_first(store):
    first = store.claim("slack", "C1", DAY, NOW, lease=LEASE)
    assert store.claim("slack", "C1", DAY, at(119), lease=LEASE) is None
    second = store.claim("slack", "C1", DAY, at(120), lease=LEASE)
    assert second is not None and second.holder != first.holder
    assert (first.check_destination, second.check_destination, second.attempts) == (False, True, 2)


def test_only_the_current_holder_may_renew_mark_sent_or_release(store):
    first = store.claim("slack", "C1", DAY, NOW, lease=LEASE)
    second = store.claim("slack", "C1", DAY, at(121), lease=LEASE)
    assert store.renew(first, at(122), lease=LEASE) is False
    assert store.mark_sent(first, at(122)) is False
    assert store.release(first, "late", retry_at=at(200)) is False
    assert store.delivery("slack", "C1", DAY).holder == second.holder
    assert store.mark_sent(second, at(123)) is True
    assert store.delivery("slack", "C1", DAY).status == "sent"


def test_renewing_keeps_the_claim_past_its_first_lease(store):
    claim = store.claim("slack", "C1", DAY, NOW, lease=LEASE)
    assert store.renew(claim, at(100), lease=LEASE) is True
    assert store.claim("slack", "C1", DAY, at(200), lease=LEASE) is None
    assert store.claim("slack", "C1", DAY, at(220), lease=LEASE) is not None


def test_a_released_claim_is_claimable_again_once_its_retry_time_comes(store):
    claim = store.claim("slack", "C1", DAY, NOW)
    store.release(claim, "HTTP 400", retry_at=at(60))
    failed = store.delivery("slack", "C1", DAY)
    assert (failed.status, failed.last_error, failed.uncertain) == ("failed", "HTTP 400", False)
    assert store.claim("slack", "C1", DAY, at(59)) is None
    retry = store.claim("slack", "C1", DAY, at(60))
    assert retry is not None and not retry.check_destination
    assert store.claim("slack", "C1", DAY, at(60)) is None


def test_a_release_after_an_unknown_outcome_makes_the_next_holder_look_first(store):
    claim = store.claim("slack", "C1", DAY, NOW)
    store.release(claim, "read timeout", retry_at=at(60), uncertain=True)
    assert store.claim("slack", "C1", DAY, at(60)).check_destination is True


def test_a_release_without_retry_is_final(store):
    claim = store.claim("slack", "C1", DAY, NOW)
    store.release(claim, "channel gone", retry_at=None)
    assert store.claim("slack", "C1", DAY, at(23 * 3600)) is None


def test_a_day_an_older_version_recorded_as_skipped_is_never_claimed_and_is_not_the_last_post(store):
    with store._write() as db:  # empty days are no longer recorded; older versions wrote this row
        db.execute("INSERT INTO deliveries (platform, channel, local_date, status, attempts, claimed_at, sent_at) "
                   "VALUES ('slack', 'C1', '2026-11-09', 'skipped', 1, ?, ?)", (NOW.isoformat(), NOW.isoformat()))
    assert store.claim("slack", "C1", DAY, at(3600)) is None
    assert store.claim_many([("slack", "C1", DAY)], at(3600)) == []
    assert store.deliveries_for([("slack", "C1", DAY)])[("slack", "C1", "2026-11-09")].status == "skipped"
    assert store.last_delivery("slack", "C1") is None


def test_deliveries_for_reads_only_the_keys_asked(store):
    for channel in ("C1", "C2", "C3"):
        store.claim("slack", channel, DAY, NOW)
    store.claim("discord", "C1", DAY, NOW)
    found = store.deliveries_for([("slack", "C1", DAY), ("slack", "C3", DAY), ("slack", "C9", DAY)])
    assert sorted(found) == [("slack", "C1", "2026-11-09"), ("slack", "C3", "2026-11-09")]


def together(location: str, work) -> None:
    """``work(n, store)`` on four connections at once, each started at the same moment."""
    stores = [open_store(location) for _ in range(4)]
    start = threading.Barrier(4)

    def run(n, store):
        start.wait()
        work(n, store)

    threads = [threading.Thread(target=run, args=(n, s)) for n, s in enumerate(stores)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    for store in stores:
        store.close()


def test_many_connections_racing_for_one_claim_give_it_to_exactly_one(location):
    winners = []

    def race(n, store):
        for channel in range(25):
            if store.claim("slack", f"C{channel}", DAY, NOW) is not None:
                winners.append(channel)

    together(location, race)
    assert sorted(winners) == list(range(25))


def test_naive_datetimes_are_refused(store):
    with pytest.raises(ValueError, match="aware"):
        store.claim("slack", "C1", DAY, NOW.replace(tzinfo=None))


def test_sqlite_is_the_default_and_a_url_selects_postgres(location, store):
    assert isinstance(store, Store) == (not location.startswith("postgresql://"))


# ---- runs of claims: many days in one transaction, each row still fenced on its own ----------------

def keys(*channels: str, day: dt.date = DAY) -> list[tuple[str, str, dt.date]]:
    return [("slack", channel, day) for channel in channels]


def test_claim_many_wins_each_free_day_once_under_one_holder(store):
    first = store.claim("slack", "C2", DAY, NOW, lease=LEASE)
    claims = store.claim_many(keys("C1", "C2", "C3"), NOW, lease=LEASE)
    assert sorted(c.channel for c in claims) == ["C1", "C3"]  # C2 is held by the first claim
    assert len({c.holder for c in claims}) == 1 and claims[0].holder != first.holder
    assert all(c.id is not None and c.attempts == 1 and not c.check_destination for c in claims)
    assert store.claim_many(keys("C1", "C2", "C3"), at(119), lease=LEASE) == []
    taken = store.claim_many(keys("C1", "C2", "C3"), at(120), lease=LEASE)  # every lease ran out: takeovers
    assert sorted(c.channel for c in taken) == ["C1", "C2", "C3"] and all(c.check_destination for c in taken)


def test_the_many_forms_change_only_the_rows_their_holder_still_has(store):
    claims = store.claim_many(keys("C1", "C2", "C3"), NOW, lease=LEASE)
    by_channel = {c.channel: c for c in claims}
    taken = store.claim("slack", "C2", DAY, at(121), lease=LEASE)  # C2's lease ran out and another took it
    assert store.renew_many(claims, at(121), lease=LEASE) == {by_channel["C1"].id, by_channel["C3"].id}
    assert store.mark_sent_many([by_channel["C1"], by_channel["C2"]], at(122)) == {by_channel["C1"].id}
    assert store.release_many([by_channel["C2"], by_channel["C3"]], "stopping", retry_at=at(122)) == {by_channel["C3"].id}
    rows = store.deliveries_for(keys("C1", "C2", "C3"))
    assert [rows[("slack", c, "2026-11-09")].status for c in ("C1", "C2", "C3")] == ["sent", "claimed", "failed"]
    assert rows[("slack", "C2", "2026-11-09")].holder == taken.holder
    given_back = rows[("slack", "C3", "2026-11-09")]
    assert (given_back.next_attempt_at, given_back.uncertain) == ("2026-11-09T08:02:02+00:00", False)
    retry = store.claim("slack", "C3", DAY, at(122), lease=LEASE)
    assert retry is not None and not retry.check_destination  # never tried: claimed again at once, no look


def test_expired_claims_are_found_and_an_abandoned_one_is_closed_as_unknown(store):
    (old,) = store.claim_many(keys("C1"), NOW, lease=LEASE)
    (renewed,) = store.claim_many(keys("C2"), NOW, lease=LEASE)
    store.mark_sent(store.claim("slack", "C3", DAY, NOW, lease=LEASE), at(1))
    assert store.expired_claims(at(119)) == []
    assert store.renew(renewed, at(100), lease=LEASE)  # until 220
    assert [c.channel for c in store.expired_claims(at(130))] == ["C1"]
    assert store.abandon(old, "gone", at(130)) is True
    assert store.abandon(old, "gone", at(130)) is False
    gone = store.delivery("slack", "C1", DAY)
    assert (gone.status, gone.last_error, gone.next_attempt_at, gone.uncertain) == ("failed", "gone", None, True)
    assert store.claim("slack", "C1", DAY, at(23 * 3600)) is None  # never tried again
    (stale,) = store.expired_claims(at(220))
    assert store.renew(renewed, at(221), lease=LEASE)  # its holder was only slow: renewed before anyone closed it
    assert store.abandon(stale, "gone", at(300)) is False
    assert store.delivery("slack", "C2", DAY).status == "claimed"


def test_connections_claiming_overlapping_runs_in_different_orders_each_day_is_won_once(location):
    channels = [f"C{n:03d}" for n in range(120)]
    won, errors = [], []

    def race(n, store):
        order = channels[n * 30:] + channels[: n * 30]  # each starts elsewhere, as spread schedulers do
        try:
            for first in range(0, len(order), 40):
                won.extend(c.channel for c in store.claim_many(keys(*order[first:first + 40]), NOW))
        except Exception as error:  # noqa: BLE001 - a deadlock or a busy store shows here
            errors.append(error)

    together(location, race)
    assert errors == []
    assert sorted(won) == channels


def test_the_last_post_is_found_among_the_days_looked_back(store):
    for back in (30, 3):
        day = DAY - dt.timedelta(days=back)
        store.mark_sent(store.claim("slack", "C1", day, NOW), NOW)
    store.claim("slack", "C1", DAY, NOW)  # today's, not yet posted
    store.mark_sent(store.claim("slack", "C2", DAY, NOW), NOW)
    assert store.last_delivery("slack", "C1").local_date == "2026-11-06"
    assert store.last_delivery("slack", "C9") is None


def test_a_store_made_before_deliveries_were_indexed_by_day_keeps_its_rows_and_one_row_per_day(location):
    from tests.store_upgrade import open_at_migration

    old = open_at_migration(location, "0005_fence_claims_with_leases")
    old.execute("INSERT INTO deliveries (platform, channel, local_date, status, attempts, claimed_at, sent_at) "
                "VALUES ('slack', 'C1', '2026-11-09', 'sent', 1, '2026-11-09T08:00:00+00:00', '2026-11-09T08:00:01+00:00')")
    old.execute("INSERT INTO deliveries (platform, channel, local_date, status, attempts, claimed_at, holder, lease_until) "
                "VALUES ('slack', 'C2', '2026-11-09', 'claimed', 1, '2026-11-09T08:00:00+00:00', 'h', '2026-11-09T08:02:00+00:00')")
    old.close()
    store = open_store(location)
    try:
        assert store.delivery("slack", "C1", DAY).status == "sent"
        assert store.claim("slack", "C1", DAY, at(600)) is None
        assert [c.channel for c in store.expired_claims(at(600))] == ["C2"]
        taken = store.claim("slack", "C2", DAY, at(600))
        assert taken is not None and taken.check_destination
        assert store.claim_many(keys("C1", "C2", "C3"), at(601)) != []  # only C3 is free
        assert [c.channel for c in store.claim_many(keys("C3"), at(602))] == []
    finally:
        store.close()
