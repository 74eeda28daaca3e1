"""``cyberbot digest run --once`` as a real subprocess, posting through the Slack and Discord stand-ins."""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import sqlite3
import sys

from bot.store import Store, Subscription
from tests.fakes.fake_discord import CHANNEL_ID, FakeDiscord
from tests.fakes.fake_slack import BOT_TOKEN, FakeSlack

UTC = dt.timezone.utc


def zone_where_it_is_about_noon() -> tuple[str, str]:
    """(an Etc/GMT zone where it is now 11:30-12:30, a local time an hour ago), so a digest is due."""
    now = dt.datetime.now(UTC)
    offset = 12 - now.hour
    zone = "Etc/GMT" if offset == 0 else f"Etc/GMT{'-' if offset > 0 else '+'}{abs(offset)}"
    local_time = (now + dt.timedelta(hours=offset - 1)).strftime("%H:%M")
    return zone, local_time


def subscribe(db_path, platform: str, channel: str) -> None:
    zone, local_time = zone_where_it_is_about_noon()
    store = Store.open(db_path)
    store.subscribe(Subscription(platform, "W1", channel, local_time, zone, "quote", created_at="2026-01-01T00:00:00+00:00"))
    store.close()


def cli_env(tmp_path, **settings) -> dict[str, str]:
    env = dict(os.environ)  # tests/conftest.py has taken out the SLACK_, DISCORD_ and CYBERBOT_ settings
    env["CYBERBOT_DB"] = str(tmp_path / "cyberbot.db")
    env.update(settings)
    return env


async def run_once(env: dict[str, str], *extra: str) -> tuple[int, str, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "digest", "run", *(extra or ("--once",)), env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode, out.decode(), err.decode()


def active_channels(db_path) -> list[str]:
    store = Store.open(db_path)
    try:
        return [s.channel for s in store.subscriptions()]
    finally:
        store.close()


async def test_slack_digest_is_posted_once_through_the_web_api(tmp_path):
    env = cli_env(tmp_path)
    subscribe(env["CYBERBOT_DB"], "slack", "C1")
    with FakeSlack() as slack:
        env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_API_URL=slack.api_url)
        assert await run_once(env) == (0, "digests: 1 sent\n", "")
        (post,) = slack.calls_to("chat.postMessage")
        assert post.body["channel"] == "C1"
        assert post.body["blocks"] and "On this day" in post.body["text"]
        assert await run_once(env) == (0, "digests: nothing due\n", "")
        assert len(slack.calls_to("chat.postMessage")) == 1


async def test_a_slack_channel_that_is_gone_disables_the_subscription(tmp_path):
    env = cli_env(tmp_path)
    subscribe(env["CYBERBOT_DB"], "slack", "C1")
    with FakeSlack() as slack:
        slack.fail_next("chat.postMessage", "channel_not_found")
        env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_API_URL=slack.api_url)
        code, out, err = await run_once(env)
    assert (code, out) == (0, "digests: 1 disabled\n")
    assert "digest for slack channel C1 disabled" in err
    assert active_channels(env["CYBERBOT_DB"]) == []


async def test_a_failed_slack_send_exits_1_and_the_next_run_posts_it(tmp_path):
    env = cli_env(tmp_path)
    subscribe(env["CYBERBOT_DB"], "slack", "C1")
    with FakeSlack() as slack:
        slack.fail_next("chat.postMessage", "internal_error")
        env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_API_URL=slack.api_url)
        code, out, _ = await run_once(env)
        assert (code, out) == (1, "digests: 1 failed\n")
        with sqlite3.connect(env["CYBERBOT_DB"]) as db:  # let the retry time come now rather than in a minute
            db.execute("UPDATE deliveries SET next_attempt_at = '2000-01-01T00:00:00+00:00'")
        assert (await run_once(env))[:2] == (0, "digests: 1 sent\n")
        assert len(slack.calls_to("chat.postMessage")) == 2  # one refused, one posted


async def test_discord_digest_is_posted_over_rest_and_pings_nobody(tmp_path):
    env = cli_env(tmp_path)
    subscribe(env["CYBERBOT_DB"], "discord", str(CHANNEL_ID))
    fake = await FakeDiscord().start()
    try:
        env.update(DISCORD_TOKEN=fake.token, DISCORD_API_URL=fake.api_url)
        assert await run_once(env) == (0, "digests: 1 sent\n", "")
        (post,) = fake.posted(f"/channels/{CHANNEL_ID}/messages")
        assert post.json["embeds"][0]["title"].startswith("On this day")
        assert post.json["allowed_mentions"]["parse"] == []
        assert await run_once(env) == (0, "digests: nothing due\n", "")
        assert len(fake.posted(f"/channels/{CHANNEL_ID}/messages")) == 1
    finally:
        await fake.close()


async def test_a_discord_channel_that_is_gone_disables_the_subscription(tmp_path):
    env = cli_env(tmp_path)
    subscribe(env["CYBERBOT_DB"], "discord", str(CHANNEL_ID))
    fake = await FakeDiscord().start()
    fake.gone_channels[CHANNEL_ID] = (404, 10003, "Unknown Channel")
    try:
        env.update(DISCORD_TOKEN=fake.token, DISCORD_API_URL=fake.api_url)
        code, out, err = await run_once(env)
    finally:
        await fake.close()
    assert (code, out) == (0, "digests: 1 disabled\n")
    assert "Unknown Channel" in err
    assert active_channels(env["CYBERBOT_DB"]) == []


async def test_a_rejected_discord_token_is_one_line(tmp_path):
    env = cli_env(tmp_path)
    fake = await FakeDiscord().start()
    try:
        env.update(DISCORD_TOKEN="wrong-token", DISCORD_API_URL=fake.api_url)
        code, out, err = await run_once(env)
    finally:
        await fake.close()
    assert (code, out) == (2, "")
    assert err.strip().splitlines() == [
        "cyberbot digest run: Discord rejected DISCORD_TOKEN; reset it in the Developer Portal (your application → Bot → Reset Token)."
    ]
    assert "wrong-token" not in err


async def test_without_tokens_it_says_what_to_set(tmp_path):
    assert await run_once(cli_env(tmp_path)) == (
        2, "", "cyberbot digest run: set SLACK_BOT_TOKEN and/or DISCORD_TOKEN so there is somewhere to post.\n")


async def test_without_once_it_explains(tmp_path):
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "digest", "run", env=cli_env(tmp_path, SLACK_BOT_TOKEN=BOT_TOKEN),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, err = await asyncio.wait_for(process.communicate(), 60)
    finally:
        if process.returncode is None:  # it started the loop instead of explaining: fail, do not hang the suite
            process.kill()
            await process.wait()
    assert process.returncode == 2
    assert err.decode().startswith("cyberbot digest run: add --once")


# ---- the scheduler inside the running adapters ---------------------------------------------

NOV_9_0800 = dt.datetime(2026, 11, 9, 8, 0, tzinfo=UTC)  # 09:00 in Brussels


async def last_post_in_chat(bot, platform: str, channel: str) -> str:
    """The "Last post" of `digest status` asked in that channel, once the scheduler has marked the post sent."""
    from bot.request import Request

    status = Request("digest status", platform=platform, workspace="W1", channel=channel)
    for _ in range(100):  # the post is marked sent just after the platform answered
        last = {f.name: f.value for f in bot.handle(status).fields}["Last post"]
        if last != "none yet":
            break
        await asyncio.sleep(0.05)
    return last


def subscribe_at_nine(db_path, platform: str, channel: str) -> None:
    store = Store.open(db_path)
    store.subscribe(Subscription(platform, "W1", channel, "09:00", "Europe/Brussels", "quote", created_at="2026-11-01T00:00:00+00:00"))
    store.close()


async def test_the_slack_digest_service_posts_a_due_digest_and_answers_digest_commands(tmp_path):
    from slack_sdk import WebClient

    from adapters.slack.sender import SlackDigestSender
    from bot.digests.service import DigestService
    from bot.request import EVERY_ROLE, Request
    from bot.service import Bot

    env = {"CYBERBOT_DB": str(tmp_path / "cyberbot.db"), "CYBERBOT_TZ": "Europe/Brussels"}
    subscribe_at_nine(env["CYBERBOT_DB"], "slack", "C1")
    service = DigestService.open(env)
    bot = Bot.from_path(None, clock=lambda: NOV_9_0800, digests=service.commands)
    with FakeSlack() as slack:
        service.start(bot, {"slack": SlackDigestSender(WebClient(token=BOT_TOKEN, base_url=slack.api_url))})
        try:
            (post,) = await asyncio.to_thread(slack.wait_for, "chat.postMessage")
            assert post.body["channel"] == "C1" and "On this day, 9 November" in post.body["text"]
            assert await last_post_in_chat(bot, "slack", "C1") == "Monday 9 November 2026, 09:00 CET (08:00 UTC)"
            reply = bot.handle(Request("digest subscribe 07:30", platform="slack", workspace="W1", channel="C2", roles=EVERY_ROLE))
            assert reply.title == "Daily digest on: every day at 07:30 (Europe/Brussels)"
        finally:
            await asyncio.to_thread(service.stop)
    assert not service.running


async def test_the_discord_client_starts_the_digest_service_and_stops_it_when_it_closes(tmp_path, monkeypatch):
    from adapters.discord.client import CyberClient
    from bot.digests.service import DigestService
    from bot.ratelimit import RateLimiter
    from bot.service import Bot

    env = {"CYBERBOT_DB": str(tmp_path / "cyberbot.db")}
    subscribe_at_nine(env["CYBERBOT_DB"], "discord", str(CHANNEL_ID))
    service = DigestService.open(env)
    bot = Bot.from_path(None, clock=lambda: NOV_9_0800, digests=service.commands)
    fake = await FakeDiscord().start()
    fake.patch_discord(monkeypatch)
    client = CyberClient(bot, limiter=RateLimiter.from_setting("1000/1"), digests=service, guild_ready_timeout=0.1)
    running = asyncio.create_task(client.start(fake.token))
    try:
        (post,) = await fake.wait_until(lambda: fake.posted(f"/channels/{CHANNEL_ID}/messages"))
        assert post.json["embeds"][0]["title"] == "On this day, 9 November"
        assert post.json["allowed_mentions"]["parse"] == []
        # `digest status` in chat reads the same store the service marked the post sent in
        assert await last_post_in_chat(client.bot, "discord", str(CHANNEL_ID)) == "Monday 9 November 2026, 09:00 CET (08:00 UTC)"
    finally:
        await client.close()
        await asyncio.wait_for(running, 5)
        await fake.close()
    assert not service.running  # the digest thread ended with the client


def test_the_grace_window_and_the_lease_come_from_the_environment(caplog):
    from bot.digests.settings import grace_window, lease_length

    assert grace_window({}) == dt.timedelta(hours=6)
    assert grace_window({"CYBERBOT_DIGEST_GRACE_HOURS": "1.5"}) == dt.timedelta(hours=1.5)
    assert grace_window({"CYBERBOT_DIGEST_GRACE_HOURS": "0"}) == dt.timedelta(0)
    assert grace_window({"CYBERBOT_DIGEST_GRACE_HOURS": "soon"}) == dt.timedelta(hours=6)
    assert "CYBERBOT_DIGEST_GRACE_HOURS must be a number of hours from 0 to 24, not 'soon'" in caplog.text
    assert lease_length({}) == dt.timedelta(seconds=120)
    assert lease_length({"CYBERBOT_DIGEST_LEASE_SECONDS": "2"}) == dt.timedelta(seconds=2)
    assert lease_length({"CYBERBOT_DIGEST_LEASE_SECONDS": "0"}) == dt.timedelta(seconds=120)


async def test_beyond_a_short_grace_window_cron_posts_nothing(tmp_path):
    env = cli_env(tmp_path, CYBERBOT_DIGEST_GRACE_HOURS="0.5")
    subscribe(env["CYBERBOT_DB"], "slack", "C1")  # due an hour ago
    with FakeSlack() as slack:
        env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_API_URL=slack.api_url)
        assert await run_once(env) == (0, "digests: nothing due\n", "")
        assert slack.calls_to("chat.postMessage") == []


async def test_a_malformed_slack_token_is_one_line_naming_it_and_nothing_is_posted(tmp_path):
    env = cli_env(tmp_path, SLACK_BOT_TOKEN="xapp-not-a-bot-token")
    subscribe(env["CYBERBOT_DB"], "slack", "C1")
    code, out, err = await run_once(env)
    assert (code, out) == (2, "")
    assert err.startswith("cyberbot digest run: SLACK_BOT_TOKEN does not look right") and "xapp-not" not in err
    assert err.count("\n") == 1


async def test_sigterm_mid_send_lets_the_send_finish_exits_0_and_the_digest_is_posted_exactly_once(tmp_path):
    import signal

    env = cli_env(tmp_path)
    for channel in ("C1", "C2"):
        subscribe(env["CYBERBOT_DB"], "slack", channel)
    with FakeSlack() as slack:
        slack.post_delay = 2.0  # Slack takes its time: the signal comes while the first post is in flight
        env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_API_URL=slack.api_url)
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "digest", "run", "--once", env=env,
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
        )
        await asyncio.to_thread(slack.wait_for, "chat.postMessage", 1, 30)
        process.send_signal(signal.SIGTERM)
        out, err = await asyncio.wait_for(process.communicate(), 30)
        assert (process.returncode, out.decode()) == (0, "digests: 1 sent\n"), err.decode()
        assert "Traceback" not in err.decode()
        slack.post_delay = 0
        assert (await run_once(env))[:2] == (0, "digests: 1 sent\n")  # the other channel, on the next run
        assert (await run_once(env))[:2] == (0, "digests: nothing due\n")
        assert sorted(len(slack.posted_to(c)) for c in ("C1", "C2")) == [1, 1]
