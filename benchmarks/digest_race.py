"""Digests handed out by several processes at once, on SQLite and on PostgreSQL, 10k and 100k subscriptions.

    python benchmarks/digest_race.py [--processes 3] [--sizes 10000,100000] [--postgres URL]

Each worker process runs the real ``DigestScheduler`` on its own store
connection through one whole day (a pass at every distinct firing instant),
racing the others for every claim; its sender only records what it posted.
Prints the wall time of the day, how the posts were shared, and checks that
every channel got exactly one digest (posted once, recorded as sent), or had an
empty day that some process skipped (empty days leave no record). Without
``--postgres`` a temporary PostgreSQL server is started as the tests do
(``tests/postgres_server.py``), where its binaries are installed.

The lease is one day here: each worker walks the simulated day at its own
pace, so a short lease would expire in simulated time while its holder is
merely behind (takeovers are measured by the tests, not here).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import multiprocessing
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.digest import knowledge, subscriptions, zones  # noqa: E402
from bot.digests.schedule import cached_slot  # noqa: E402
from bot.store import open_store  # noqa: E402

UTC = dt.timezone.utc
DAY = dt.date(2026, 11, 9)
LEASE = dt.timedelta(days=1)


class Recorder:
    def __init__(self):
        self.posted: list[str] = []

    async def send(self, channel_id, reply, tag=None) -> None:
        self.posted.append(channel_id)


def prepare(location: str, count: int, zone_count: int) -> list[dt.datetime]:
    """Subscribe ``count`` channels in one transaction; the day's distinct firing instants."""
    subs = subscriptions(count, zones(zone_count))
    store = open_store(location)
    with store._write() as db:
        for s in subs:
            db.execute(
                "INSERT INTO subscriptions (platform, workspace, channel, local_time, timezone, when_empty, active, "
                "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, 1, '', ?)",
                (s.platform, s.workspace, s.channel, s.local_time, s.timezone, s.when_empty, s.created_at),
            )
    store.close()
    start = dt.datetime.combine(DAY, dt.time(0), tzinfo=UTC)
    local_days = (DAY - dt.timedelta(1), DAY, DAY + dt.timedelta(1))
    instants = {cached_slot(d, s.local_time, s.timezone).fires_at for s in subs for d in local_days}
    return sorted(t for t in instants if start <= t < start + dt.timedelta(days=1))


def worker(location: str, instants: list[dt.datetime], ready, go, results) -> None:
    from bot.digests.scheduler import DigestScheduler

    store = open_store(location)
    k = knowledge()
    sender = Recorder()
    scheduler = DigestScheduler(store, lambda: k, {"slack": sender}, grace=dt.timedelta(minutes=1), lease=LEASE, spread=True)
    ready.release()
    go.wait()
    started = time.perf_counter()
    outcomes: Counter = Counter()
    empty: set[str] = set()

    async def day() -> None:
        for instant in instants:
            for o in await scheduler.run_due(instant):
                outcomes[o.status] += 1
                if o.status == "skipped":
                    empty.add(o.channel)

    asyncio.run(day())
    store.close()
    results.put((sender.posted, dict(outcomes), time.perf_counter() - started, empty))


def race(location: str, count: int, zone_count: int, processes: int) -> dict:
    instants = prepare(location, count, zone_count)
    context = multiprocessing.get_context("spawn")
    ready, go, results = context.Semaphore(0), context.Event(), context.Queue()
    workers = [context.Process(target=worker, args=(location, instants, ready, go, results)) for _ in range(processes)]
    for w in workers:
        w.start()
    for _ in workers:
        ready.acquire()  # every worker imported and connected: the race starts for all at once
    started = time.perf_counter()
    go.set()
    done = [results.get(timeout=3600) for _ in workers]
    wall = time.perf_counter() - started
    for w in workers:
        w.join()
    posted = [channel for posts, _, _, _ in done for channel in posts]
    empty = set().union(*(channels for _, _, _, channels in done))  # an empty day is skipped by whoever sees it
    store = open_store(location)
    recorded = dict(store._read("SELECT status, count(*) FROM deliveries GROUP BY status"))
    store.close()
    return {
        "wall": wall, "posted": len(posted), "distinct": len(set(posted)), "skipped": len(empty),
        "shares": sorted(len(p) for p, _, _, _ in done), "recorded": recorded,
        "exactly once": len(posted) == len(set(posted)) and len(posted) + len(empty) == count
        and not empty & set(posted) and recorded == {"sent": len(posted)},
    }


def backends(postgres_url: str | None, folder: Path):
    """(name, a fresh location per run) for SQLite and, where it can be had, PostgreSQL."""
    yield "SQLite", lambda n: str(folder / f"race-{n}.db")
    if postgres_url:
        yield "PostgreSQL", lambda n: _fresh_database(postgres_url, n)
        return
    from tests.postgres_server import PostgresServer, find_binaries

    bin_dir, why_not = find_binaries()
    if bin_dir is None:
        print(f"PostgreSQL skipped: {why_not}")
        return
    server = PostgresServer(bin_dir).start()
    try:
        yield "PostgreSQL", lambda n: server.create_database(f"race_{n}")
    finally:
        server.stop()


def _fresh_database(url: str, n: int) -> str:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f"DROP DATABASE IF EXISTS cyberbot_race_{n}")
        connection.execute(f"CREATE DATABASE cyberbot_race_{n}")
    return url.rsplit("/", 1)[0] + f"/cyberbot_race_{n}"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=3)
    parser.add_argument("--sizes", default="10000,100000", help="subscription counts, comma-separated")
    parser.add_argument("--zones", type=int, default=400)
    parser.add_argument("--postgres", help="a postgresql:// URL of a server to create test databases on")
    args = parser.parse_args(argv)
    sizes = [int(n) for n in args.sizes.split(",")]
    print(f"{args.processes} processes racing through 24 h of {DAY}, {args.zones} zones, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as folder:
        for name, location_for in backends(args.postgres, Path(folder)):
            first = None
            for n, size in enumerate(sizes):
                f = race(location_for(n), size, args.zones, args.processes)
                first = first or (size, f["wall"])
                growth = (f["wall"] / first[1]) / (size / first[0])
                print(f"  {name:<10} {size:>7,} subscriptions: {f['wall']:6.1f} s wall, {f['wall'] / size * 1e6:5.0f} µs each, "
                      f"{f['posted']:,} posted + {f['skipped']:,} empty days, posts shared {f['shares']}, "
                      f"exactly once: {'yes' if f['exactly once'] else 'NO ' + str(f)}"
                      + (f", time/size vs {first[0]:,}: {growth:.2f}x" if size != first[0] else ""))


if __name__ == "__main__":
    main()
