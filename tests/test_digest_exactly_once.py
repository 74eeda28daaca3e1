"""From outside: racing `cyberbot digest run --once` processes against the fake Slack Web API post every
channel's digest exactly once, with 429s, 500s, a lease shorter than a post, and a process killed with
SIGKILL right after Slack accepted its post. On SQLite, and on PostgreSQL as if from two hosts."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time

from bot.store import Subscription, open_store
from tests.fakes.fake_slack import BOT_TOKEN, FakeSlack
from tests.test_digest_runner import zone_where_it_is_about_noon

CHANNELS = [f"C{n:03d}" for n in range(30)]


def subscribe_all(location: str) -> None:
    zone, local_time = zone_where_it_is_about_noon()
    store = open_store(location)
    for channel in CHANNELS:
        store.subscribe(Subscription("slack", "T1", channel, local_time, zone, "quote", created_at="2026-01-01T00:00:00+00:00"))
    store.close()


def start(env: dict[str, str], host: str) -> subprocess.Popen:
    """One `digest run --once`, in a folder of its own as on another host: only CYBERBOT_DB is shared."""
    folder = env["HOSTS"] + "/" + host
    os.makedirs(folder, exist_ok=True)
    own = {k: v for k, v in env.items() if k != "HOSTS"} | {"XDG_STATE_HOME": folder, "HOME": folder}
    return subprocess.Popen([sys.executable, "-m", "bot", "digest", "run", "--once"], env=own, cwd=folder,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def sent_channels(location: str) -> set[str]:
    store = open_store(location)
    try:
        rows = store._read("SELECT channel FROM deliveries WHERE status = 'sent'")
        return {row[0] for row in rows}
    finally:
        store.close()


def race(location: str, tmp_path) -> FakeSlack:
    env = dict(os.environ, CYBERBOT_DB=location, SLACK_BOT_TOKEN=BOT_TOKEN, CYBERBOT_DIGEST_LEASE_SECONDS="2",
               PYTHONPATH=os.path.dirname(os.path.dirname(os.path.abspath(__file__))), HOSTS=str(tmp_path / "hosts"))
    subscribe_all(location)
    slack = FakeSlack().__enter__()
    env["SLACK_API_URL"] = slack.api_url
    slack.post_delay = 3.0  # slower than the lease: only renewing keeps a claim
    # first, a process killed with SIGKILL the moment Slack has accepted its first post
    doomed = start(env, "doomed")
    killed = threading.Event()

    def kill_once(message):
        if not killed.is_set():
            killed.set()
            doomed.send_signal(signal.SIGKILL)

    slack.after_post = kill_once
    doomed.wait(60)
    assert killed.is_set() and doomed.returncode == -signal.SIGKILL
    slack.after_post = None
    slack.rate_limit_next("chat.postMessage", retry_after=1, times=2)
    slack.server_error_next("chat.postMessage", after_posting=True)  # posted, but the answer is a 500
    slack.server_error_next("chat.postMessage", after_posting=False)  # refused with a 500
    # then rounds of 4 racing processes, as cron would start them, until every channel is done
    deadline = time.monotonic() + 240
    while sent_channels(location) != set(CHANNELS):
        assert time.monotonic() < deadline, f"not sent: {sorted(set(CHANNELS) - sent_channels(location))}"
        racers = [start(env, f"host{n % 2}-{n}") for n in range(4)]
        for racer in racers:
            _, err = racer.communicate(timeout=180)
            assert racer.returncode in (0, 1), err
            assert "Traceback" not in err, err
    return slack


def assert_exactly_once(slack: FakeSlack) -> None:
    try:
        counts = {channel: len(slack.posted_to(channel)) for channel in CHANNELS}
        assert counts == {channel: 1 for channel in CHANNELS}
    finally:
        slack.__exit__(None, None, None)


def test_racing_cron_runs_on_sqlite_post_every_digest_exactly_once(tmp_path):
    assert_exactly_once(race(str(tmp_path / "cyberbot.db"), tmp_path))


def test_racing_cron_runs_on_two_hosts_sharing_postgresql_post_every_digest_exactly_once(tmp_path, postgres_url):
    assert_exactly_once(race(postgres_url, tmp_path))
