"""Digests at scale: 10,000 subscriptions over 400 zones, whole days as the bot runs them, SQLite, no-op sender.

    python benchmarks/digest.py [--subscriptions 10000] [--zones 400] [--date 2026-11-09] [--days 2]
    python benchmarks/digest.py --race [--processes 3] [--sizes 10000,100000] [--postgres URL]

``--race``: several processes hand out the day on SQLite and PostgreSQL
(``benchmarks/digest_race.py``), exactly once, and how the time grows with size.

The subscriptions are made as the bot makes them: a ``digest subscribe HH:MM
Area/City [quiet]`` command per channel through ``Bot.handle``, by a manager,
each in its own transaction. The days are the scheduler's own loop
(``DigestScheduler.run_forever``) on a simulated clock: it plans the day from
the subscriptions in the store (opened as the bot opens it), sleeps until
``next_wakeup`` (at most a minute), and claims, builds, sends (no-op) and
records every delivery; sleeping only moves the clock on, so each figure is the
work of a day of passes. The first day also plans from nothing and catches up
on the slots that fired before it began; the second runs on a store that
already holds a day of deliveries, as every later day of a running bot does.
Also printed: what one pass with nothing due costs. Target: a day of 100,000
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
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from zoneinfo import available_timezones

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.answering.engine import Engine  # noqa: E402
from bot.digests.commands import DigestCommands  # noqa: E402
from bot.digests.schedule import zone_named  # noqa: E402
from bot.digests.scheduler import DigestScheduler  # noqa: E402
from bot.knowledge.model import DateSpan, Event, FuzzyDate, Knowledge, Quote  # noqa: E402
from bot.request import MANAGER, Request  # noqa: E402
from bot.service import Bot  # noqa: E402
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


class SimulatedDays:
    """The scheduler's clock and sleep: sleeping moves the clock on. At each midnight UTC the day's wall and
    CPU time, passes and deliveries are noted (the counting itself is left out of the times); after the last
    day the scheduler is stopped."""

    def __init__(self, start: dt.datetime, days: int, count: Callable[[], dict[str, int]]):
        self.at, self.passes, self.scheduler, self.count = start, 0, None, count
        self.midnights = [start + dt.timedelta(days=n) for n in range(1, days + 1)]
        self.days: list[dict] = []
        counts = count()
        self._started = (time.perf_counter(), time.process_time(), 0, counts)

    def now(self) -> dt.datetime:
        return self.at

    async def sleep(self, seconds: float) -> None:
        self.passes += 1  # the scheduler sleeps once after each pass
        self.at += dt.timedelta(seconds=max(seconds, 0.001))
        if self.at >= self.midnights[len(self.days)]:
            wall, cpu = time.perf_counter(), time.process_time()
            wall0, cpu0, passes0, counts0 = self._started
            counts = self.count()  # the days' outcomes, read outside the days' times
            self.days.append({"wall": wall - wall0, "cpu": cpu - cpu0, "passes": self.passes - passes0,
                              **{status: counts.get(status, 0) - counts0.get(status, 0) for status in ("sent", "skipped")}})
            self._started = (time.perf_counter(), time.process_time(), self.passes, counts)
            if len(self.days) == len(self.midnights):
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


def subscribe_all(store, subs: list[Subscription], k: Knowledge, at: dt.datetime) -> None:
    """Each subscription as a manager makes it in its channel: ``digest subscribe HH:MM Area/City [quiet]``."""
    bot = Bot(Engine(k), clock=lambda: at, digests=DigestCommands(store))
    for sub in subs:
        words = f"digest subscribe {sub.local_time} {sub.timezone}{' quiet' if sub.when_empty == 'nothing' else ''}"
        reply = bot.handle(Request(words, platform=sub.platform, workspace=sub.workspace, channel=sub.channel,
                                   user="U1", roles=frozenset({MANAGER})))
        if reply.kind != "answer":
            raise SystemExit(f"{words!r} in {sub.channel}: {reply.title}")


def run(count: int, zone_count: int, day: dt.date, days: int) -> dict[str, float]:
    figures: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.db"
        store = open_store(str(path))  # as the bot opens it: SQLite, WAL, migrated
        subs = subscriptions(count, zones(zone_count))
        k = knowledge()
        start = dt.datetime.combine(day, dt.time(0), tzinfo=UTC)
        # load the zone data once (cold: reads ~400 files from tzdata)
        with Timer(figures, "zones"):
            for name in {s.timezone for s in subs}:
                zone_named(name).utcoffset(dt.datetime(2026, 1, 1))
        with Timer(figures, "subscribe"):
            subscribe_all(store, subs, k, start - dt.timedelta(days=1))

        # the days as the bot runs them: the scheduler's own loop (run_forever) plans the day from the
        # subscriptions in the store, wakes when next_wakeup says, claims, builds, sends (no-op) and
        # records every delivery; the clock and sleep are simulated, so a day of passes takes its CPU time
        sender, tally = NoOpSender(), Counter()
        clock = SimulatedDays(start, days, lambda: dict(tally))
        # spread as the bot runs it; a grace of one minute keeps out the catch-up of the 6 hours before
        # the day that a bot started at midnight would do, so each channel is handed out once a day
        scheduler = DigestScheduler(store, lambda: k, {"slack": sender}, clock.now, clock.sleep,
                                    grace=dt.timedelta(minutes=1), spread=True)
        clock.scheduler = scheduler
        run_due = scheduler.run_due

        async def counted(now=None, *, into=None):  # each pass's outcomes tallied (empty days leave no record to count)
            outcomes = await run_due(now, into=into)
            tally.update(o.status for o in outcomes)
            return outcomes

        scheduler.run_due = counted
        asyncio.run(scheduler.run_forever())
        figures["days"] = clock.days

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
    parser.add_argument("--days", type=int, default=2)
    args = parser.parse_args()
    f = run(args.subscriptions, args.zones, args.date, args.days)
    print(f"{args.subscriptions:,} subscriptions over {args.zones} zones, {args.days} x 24 h from {args.date} 00:00 UTC, "
          f"Python {sys.version.split()[0]}, SQLite {sqlite3.sqlite_version} as the bot opens it (WAL, a file)")
    print("                                                wall      CPU")
    row = "  {:<44} {:>6.0f} ms {:>6.0f} ms  {}"
    print(row.format("load the zone data (once per process)", f["zones"] * 1000, f["zones cpu"] * 1000, ""))
    print(row.format("subscribe: a `digest subscribe` each", f["subscribe"] * 1000, f["subscribe cpu"] * 1000,
                     f"{f['subscribe cpu'] / args.subscriptions * 1e6:.0f} µs CPU a subscription"))
    for n, d in enumerate(f["days"]):
        what = "day 1: plan, catch up, claim, send, record" if n == 0 else f"day {n + 1}: plan, claim, send, record"
        deliveries = d["sent"] + d["skipped"]
        print(row.format(what, d["wall"] * 1000, d["cpu"] * 1000,
                         f"{d['passes']:,} passes; {deliveries:,} deliveries: {d['sent']:,} posted, {d['skipped']:,} empty "
                         f"days skipped; {d['cpu'] / max(deliveries, 1) * 1e6:.0f} µs CPU a delivery"))
    worst = max(d["wall"] for d in f["days"])
    verdict = ("met" if worst < 10 else "MISSED") if args.subscriptions >= 100_000 else "run with --subscriptions 100000"
    print(f"  target: a day of 100,000 in < 10 s: {verdict} (slowest day {worst:.1f} s wall; "
          f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)")
    print(f"  one scheduler pass with nothing due:     {f['idle pass'] * 1e6:>6.0f} µs")


if __name__ == "__main__":
    main()
