"""``cyberbot discord`` as a real subprocess against the fake Discord: one line and exit 2 on a setup problem."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

from adapters.discord.run import BAD_GUILD_ID, BAD_TOKEN, MISSING_TOKEN, PRIVILEGED_INTENT
from fakes.fake_discord import BOT_ID, GUILD_ID, FakeDiscord


async def run_cyberbot(env: dict[str, str], *args: str) -> tuple[int, str, str]:
    """Run ``python -m bot discord`` without blocking the loop the fake serves on."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "discord", *args, env=os.environ | env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    stdout, stderr = await asyncio.wait_for(process.communicate(), 60)
    return process.returncode, stdout.decode(), stderr.decode()


async def test_a_rejected_token_stops_with_one_line_that_names_the_fix():
    fake = await FakeDiscord().start()
    try:
        wrong = "not-the-token.really-not"
        env = {"DISCORD_TOKEN": wrong, "DISCORD_API_URL": fake.api_url, "DISCORD_GATEWAY_URL": fake.gateway_url}
        result = await run_cyberbot(env)
    finally:
        await fake.close()
    assert result == (2, "", BAD_TOKEN + "\n")
    assert wrong not in result[2]
    assert [(c.method, c.path) for c in fake.calls] == [("GET", "/users/@me")]  # refused there, at login
    assert fake.gateway_log == []


async def test_a_refused_privileged_intent_stops_with_one_line():
    fake = await FakeDiscord(identify_close_code=4014).start()
    try:
        env = {"DISCORD_TOKEN": fake.token, "DISCORD_API_URL": fake.api_url, "DISCORD_GATEWAY_URL": fake.gateway_url}
        result = await run_cyberbot(env)
    finally:
        await fake.close()
    assert result == (2, "", PRIVILEGED_INTENT + "\n")
    assert [p["op"] for p in fake.gateway_log if p["op"] != 1] == [2]


async def test_a_missing_token_stops_with_one_line_before_anything_else():
    assert await run_cyberbot({"DISCORD_TOKEN": "  "}) == (2, "", MISSING_TOKEN + "\n")


async def test_a_guild_id_that_is_not_a_number_is_refused():
    result = await run_cyberbot({"DISCORD_TOKEN": "x", "DISCORD_GUILD_ID": "my server"})
    assert result == (2, "", BAD_GUILD_ID.format(value="my server") + "\n")


async def test_cyberbot_discord_sync_registers_in_the_test_server_and_answers_from_the_shipped_knowledge():
    fake = await FakeDiscord().start()
    env = {"DISCORD_TOKEN": fake.token, "DISCORD_API_URL": fake.api_url, "DISCORD_GATEWAY_URL": fake.gateway_url,
           "DISCORD_GUILD_ID": str(GUILD_ID)}
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "discord", "--sync", env=os.environ | env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        await fake.wait_until(lambda: fake.posted(f"/guilds/{GUILD_ID}/commands", method="PUT"), timeout=30)
        await fake.wait_until(lambda: fake.identify_intents is not None)
        await fake.user_says(f"<@{BOT_ID}> quote rutte")
        [reply] = [c.json for c in await fake.wait_until(lambda: fake.posted("/messages"), timeout=10)]
    finally:
        process.send_signal(signal.SIGTERM)  # a container stop: a clean exit
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
        await fake.close()
    assert "Rutte" in reply["embeds"][0]["title"]
    assert reply["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert process.returncode == 0, stderr.decode()[-2000:]
    assert "Traceback" not in stderr.decode(), stderr.decode()
    assert fake.token not in stderr.decode()
