"""Several real processes on one SQLite file never post the same digest twice.

Each worker is a separate Python process running the real ``DigestScheduler``
against the same database file, on one simulated clock; its sender records
every post in a ``posts`` table of a second database file (the "channel"),
which the test counts, and which ``find_posted`` reads on a takeover. Races
on an injected clock in one process are in tests/test_digest_takeover.py.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bot.store import Store, Subscription

ROOT = Path(__file__).resolve().parent.parent

START = "2026-11-09T08:00:00+00:00"  # 09:00 in Brussels

WORKER = r'''
import asyncio, datetime as dt, os, random, sqlite3, sys, time
from bot.knowledge.model import Knowledge, Quote
from bot.digests.scheduler import DigestScheduler
from bot.store import Store

db_path, posts_path, go_path, mode, minutes, speed = sys.argv[1:7]
knowledge = Knowledge("k", quotes={"q": Quote("q", "someone", "Words.", "src")})
posts = sqlite3.connect(posts_path, timeout=30, isolation_level=None)
rng = random.Random(os.getpid())

class Sender:
    async def find_posted(self, channel_id, reply, tag):
        return posts.execute("SELECT count(*) FROM posts WHERE channel = ?", (channel_id,)).fetchone()[0] > 0

    async def send(self, channel_id, reply, tag):
        if mode == "hang":
            open(go_path + ".claimed", "w").close()
            await asyncio.sleep(3600)  # killed here, mid-send
        await asyncio.sleep(rng.random() / 1000)  # let the processes interleave
        posts.execute("INSERT INTO posts VALUES (?, ?)", (channel_id, os.getpid()))

async def main():
    store = Store.open(db_path)
    open(f"{go_path}.ready.{os.getpid()}", "w").close()  # imported, opened: at the start line
    while not os.path.exists(go_path):
        time.sleep(0.005)
    # one simulated clock shared by every worker: START at the go file's time, `speed` times faster
    epoch, start = os.path.getmtime(go_path), dt.datetime.fromisoformat("%s")
    clock = lambda: start + dt.timedelta(seconds=(time.time() - epoch) * float(speed))
    # a lease of 10 simulated minutes: a second or more of real time at these speeds
    scheduler = DigestScheduler(store, lambda: knowledge, {"slack": Sender()}, clock, lease=dt.timedelta(minutes=10))
    end = start + dt.timedelta(minutes=int(minutes))
    while clock() < end:
        await scheduler.run_due()

asyncio.run(main())
''' % START


def prepare(tmp_path, channels: int):
    db_path, posts_path = tmp_path / "cyberbot.db", tmp_path / "posts.db"
    store = Store.open(db_path)
    for n in range(channels):
        store.subscribe(Subscription("slack", "T1", f"C{n:04d}", "09:00", "Europe/Brussels", "quote", created_at=START))
    store.close()
    posts = sqlite3.connect(posts_path)
    posts.execute("CREATE TABLE posts (channel TEXT, pid INTEGER)")
    posts.commit()
    posts.execute("PRAGMA journal_mode = WAL")
    posts.close()
    return db_path, posts_path


def start_race(tmp_path, db_path, posts_path, count: int, mode: str, minutes: int, speed: int, go: str = "go"):
    """``count`` worker processes that run a day from START ``speed`` times faster, all from the same instant.

    Each says when it is at the start line (imported, store open); only then does ``go`` appear,
    so a worker slow to import cannot start its day late and miss the race.
    """
    go_path = tmp_path / go
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    args = [str(db_path), str(posts_path), str(go_path), mode, str(minutes), str(speed)]
    workers = [
        subprocess.Popen([sys.executable, "-c", WORKER, *args],
                         env=env, stderr=subprocess.PIPE, text=True)
        for _ in range(count)
    ]
    deadline = time.monotonic() + 60
    while len(list(tmp_path.glob(f"{go}.ready.*"))) < count:
        assert time.monotonic() < deadline, "a worker never reached the start line"
        assert all(w.poll() is None for w in workers), "a worker died before the start"
        time.sleep(0.01)
    go_path.touch()
    return workers


def finish(workers) -> None:
    for worker in workers:
        _, err = worker.communicate(timeout=120)
        assert worker.returncode == 0, err


def posts_per_channel(posts_path) -> dict[str, int]:
    db = sqlite3.connect(posts_path)
    return dict(db.execute("SELECT channel, count(*) FROM posts GROUP BY channel").fetchall())


def test_four_processes_racing_post_each_digest_exactly_once(tmp_path):
    db_path, posts_path = prepare(tmp_path, channels=150)
    finish(start_race(tmp_path, db_path, posts_path, count=4, mode="steady", minutes=2, speed=60))
    counts = posts_per_channel(posts_path)
    assert len(counts) == 150
    assert set(counts.values()) == {1}
    pids = sqlite3.connect(posts_path).execute("SELECT count(DISTINCT pid) FROM posts").fetchone()[0]
    assert pids >= 2, "the race never happened: one process did all the work"


def test_a_process_killed_mid_send_leaves_a_claim_another_takes_over_when_its_lease_ends(tmp_path):
    db_path, posts_path = prepare(tmp_path, channels=1)
    (hung,) = start_race(tmp_path, db_path, posts_path, count=1, mode="hang", minutes=1, speed=60)
    deadline = time.monotonic() + 30
    while not (tmp_path / "go.claimed").exists():
        assert time.monotonic() < deadline, "the hanging worker never claimed"
        time.sleep(0.01)
    hung.kill()
    hung.wait()
    status = sqlite3.connect(db_path).execute("SELECT status FROM deliveries").fetchone()[0]
    assert status == "claimed"
    # two more processes from 08:00 to 08:15 UTC: the lease ends after 10 minutes and the claim is taken over once
    finish(start_race(tmp_path, db_path, posts_path, count=2, mode="steady", minutes=15, speed=600, go="go2"))
    assert posts_per_channel(posts_path) == {"C0000": 1}
    status, attempts, claimed_at = sqlite3.connect(db_path).execute("SELECT status, attempts, claimed_at FROM deliveries").fetchone()
    assert (status, attempts) == ("sent", 2)
    assert "2026-11-09T08:10:00+00:00" <= claimed_at < "2026-11-09T08:11:00+00:00"  # taken over once the lease ended
