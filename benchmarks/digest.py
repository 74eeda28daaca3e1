"""Digests at scale: 10,000 subscriptions over 400 zones, one whole day as the bot runs it, SQLite, no-op sender.

    python benchmarks/digest.py [--subscriptions 10000] [--zones 400] [--date 2026-11-09]
    python benchmarks/digest.py --race [--processes 3] [--sizes 10000,100000] [--postgres URL]

``--race``: several processes hand out the day on SQLite and PostgreSQL
(``benchmarks/digest_race.py``), exactly once, and how the time grows with size.

The day is the scheduler's own loop (``DigestScheduler.run_forever``) on a
simulated clock: it plans the day from the subscriptions in the store (opened
as the bot opens it), sleeps until ``next_wakeup`` (at most a minute), and
claims, builds, sends (no-op) and records every delivery; sleeping only moves
the clock on, so the figure is the work of a day of passes. Also printed: the
setup, and what one pass with nothing due costs. Target: a day of 100,000
subscriptions under 10 s, and 10x the subscriptions at most 10.5x the time.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import random
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from zoneinfo import available_timezones

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.digests.schedule import zone_named  # noqa: E402
from bot.digests.scheduler import DigestScheduler  # noqa: E402
from bot.knowledge.model import DateSpan, Event, FuzzyDate, Knowledge, Quote  # noqa: E402
from bot.store import Subscription, open_store  # noqa: E402

UTC = dt.timezone.utc


class Timer:
    """Wall-clock and CPU seconds of a block into ``figures[name]`` and ``figures[name + " cpu"]``."""

    def __init__(self, figures: dict, name: str):
        self.figures, self.name = figures, name

    def __enter__(self):
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def __exit__(self, *exc):
        self.figures[self.name] = time.perf_counter() - self.wall
        self.figures[self.name + " cpu"] = time.process_time() - self.cpu


class SimulatedDay:
    """The scheduler's clock and sleep: sleeping moves the clock on; at the day's end the scheduler is stopped."""

    def __init__(self, start: dt.datetime, end: dt.datetime):
        self.at, self.end, self.passes, self.scheduler = start, end, 0, None

    def now(self) -> dt.datetime:
        return self.at

    async def sleep(self, seconds: float) -> None:
        self.passes += 1  # the scheduler sleeps once after each pass
        self.at += dt.timedelta(seconds=max(seconds, 0.001))
        if self.at >= self.end:
            self.scheduler.stop()


class NoOpSender:
    def __init__(self):
        self.posts = 0

    async def send(self, channel_id, reply, tag=None) -> None:
        self.posts += 1


def knowledge() -> Knowledge:
    events = {
        f"e{n}": Event(f"e{n}", f"Event {n}", "conference", DateSpan(FuzzyDate(2000 + n % 25, 1 + n % 12, 1 + n % 28)))
        for n in range(200)
    }
    quotes = {f"q{n}": Quote(f"q{n}", "someone", f"Words {n}.", "src") for n in range(50)}
    return Knowledge("bench", events=events, quotes=quotes)


def zones(count: int) -> list[str]:
    """``count`` zones spread evenly over the sorted IANA names."""
    names = sorted(z for z in available_timezones() if "/" in z)
    step = len(names) / count
    return [names[int(i * step)] for i in range(count)]


def subscriptions(count: int, zone_names: list[str]) -> list[Subscription]:
    rng = random.Random(42)
    return [
        Subscription("slack", f"T{n % 50}", f"C{n:05d}", f"{rng.randrange(24):02d}:{rng.choice((0, 15, 30, 45)):02d}",
                     zone_names[n % len(zone_names)], rng.choice(("quote", "nothing")), created_at="2026-01-01T00:00:00+00:00")
        for n in range(count)
    ]


def run(count: int, zone_count: int, day: dt.date) -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        store = open_store(str(path))  # as the bot opens it: SQLite, WAL, migrated
        subs = subscriptions(count, zones(zone_count))
        with Timer(figures, "subscribe"):
            for sub in subs:
                store.subscribe(sub)

        # load the zone data once (cold: reads ~400 files from tzdata)
        with Timer(figures, "zones"):
            for name in {s.timezone for s in subs}:
                zone_named(name).utcoffset(dt.datetime(2026, 1, 1))

        # the day as the bot runs it: the scheduler's own loop (run_forever) plans the day from the
        # subscriptions in the store, wakes when next_wakeup says, claims, builds, sends (no-op) and
        # records every delivery; the clock and sleep are simulated, so a day of passes takes its CPU time
        start = dt.datetime.combine(day, dt.time(0), tzinfo=UTC)
        end = start + dt.timedelta(days=1)
        sender = NoOpSender()
        k = knowledge()
        clock = SimulatedDay(start, end)
        # spread as the bot runs it; a grace of one minute keeps out the catch-up of the 6 hours before
        # the day that a bot started at midnight would do, so each channel is handed out once
        scheduler = DigestScheduler(store, lambda: k, {"slack": sender}, clock.now, clock.sleep,
                                    grace=dt.timedelta(minutes=1), spread=True)
        clock.scheduler = scheduler
        with Timer(figures, "day"):
            asyncio.run(scheduler.run_forever())
        figures["passes"] = clock.passes
        with sqlite3.connect(path) as db:
            outcomes = dict(db.execute("SELECT status, count(*) FROM deliveries GROUP BY status").fetchall())
        figures["outcomes"] = sum(outcomes.values())
        figures["posts"] = sender.posts
        figures["skipped"] = outcomes.get("skipped", 0)

        # what the running scheduler does between firings: a pass with nothing due (a second scheduler
        # at noon, after a first pass that plans its day and settles what the day already delivered)
        later = DigestScheduler(store, lambda: k, {"slack": sender}, grace=dt.timedelta(minutes=1))
        noon = start + dt.timedelta(hours=12, minutes=5, seconds=30)
        later.due(noon)
        idle = [noon + dt.timedelta(seconds=1 + n) for n in range(50)]
        started = time.perf_counter()
        for instant in idle:
            later.due(instant)
            later.next_wakeup(instant)
        figures["idle pass"] = (time.perf_counter() - started) / len(idle)
        store.close()
    return figures


def main() -> None:
    if "--race" in sys.argv:
        from benchmarks.digest_race import main as race

        race([a for a in sys.argv[1:] if a != "--race"])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscriptions", type=int, default=10_000)
    parser.add_argument("--zones", type=int, default=400)
    parser.add_argument("--date", type=dt.date.fromisoformat, default=dt.date(2026, 11, 9))
    args = parser.parse_args()
    f = run(args.subscriptions, args.zones, args.date)
    print(f"{args.subscriptions:,} subscriptions over {args.zones} zones, 24 h from {args.date} 00:00 UTC, "
          f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version} as the bot opens it (WAL, a file)")
    print("                                            wall      CPU")
    row = "  {:<40} {:>6.0f} ms {:>6.0f} ms  {}"
    print(row.format("subscribe (setup, a transaction each)", f["subscribe"] * 1000, f["subscribe cpu"] * 1000, ""))
    print(row.format("load the zone data (once per process)", f["zones"] * 1000, f["zones cpu"] * 1000, ""))
    print(row.format("the day: plan, claim, send, record", f["day"] * 1000, f["day cpu"] * 1000,
                     f"{int(f['passes']):,} passes; {int(f['outcomes']):,} deliveries: {int(f['posts']):,} posted, "
                     f"{int(f['skipped']):,} empty days skipped"))
    print(f"  target < 10 s at 100,000: {'met' if f['day'] < 10 else 'MISSED'} (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    print(f"  one scheduler pass with nothing due:     {f['idle pass'] * 1e6:>6.0f} µs")


if __name__ == "__main__":
    main()
