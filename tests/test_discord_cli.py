"""``cyberbot discord`` as a real subprocess against the fake Discord: one line and exit 2 on a setup problem."""

from __future__ import annotations

import asyncio
import os
import signal
import sys

import pytest
from fakes.fake_discord import BOT_ID, GUILD_ID, FakeDiscord
from fakes.probes import free_port, get, wait_ready

from adapters.discord.run import (
    BAD_GUILD_ID,
    BAD_TOKEN,
    MISSING_TOKEN,
    PRIVILEGED_INTENT,
    UNREACHABLE,
)


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
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "discord", "--sync", "--health-port", str(port), env=os.environ | env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        await fake.wait_until(lambda: fake.posted(f"/guilds/{GUILD_ID}/commands", method="PUT"), timeout=30)
        await fake.wait_until(lambda: fake.identify_intents is not None)
        await fake.user_says(f"<@{BOT_ID}> quote rutte")
        [reply] = [c.json for c in await fake.wait_until(lambda: fake.posted("/messages"), timeout=10)]
        ready = await asyncio.to_thread(wait_ready, port)
        metrics = (await asyncio.to_thread(get, port, "/metrics"))[1]
    finally:
        process.send_signal(signal.SIGTERM)  # a container stop: a clean exit
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
        await fake.close()
    assert "Rutte" in reply["embeds"][0]["title"]
    assert ready == (200, "ready\n")
    assert 'cyberbot_requests_total{command="quote",outcome="answered",platform="discord"} 1.0' in metrics
    assert reply["allowed_mentions"] == {"parse": [], "replied_user": False}
    assert process.returncode == 0, stderr.decode()[-2000:]
    assert "Traceback" not in stderr.decode(), stderr.decode()
    assert fake.token not in stderr.decode()


async def test_no_network_stops_with_one_line_and_no_traceback():
    import socket

    with socket.socket() as closed:  # a port nobody listens on: what a host without network sees
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    env = {"DISCORD_TOKEN": "x", "DISCORD_API_URL": f"http://127.0.0.1:{port}/api/v10"}
    code, out, err = await run_cyberbot(env)
    assert (code, out) == (1, "")
    assert err.startswith(UNREACHABLE.split("{")[0]) and err.count("\n") == 1, err
    assert "Traceback" not in err


async def test_two_processes_each_identify_as_their_own_shard():
    """`--shards 2 --shard-ids i` in two processes: one gateway session each, [0, 2] and [1, 2]."""
    fake = await FakeDiscord().start()
    env = {"DISCORD_TOKEN": fake.token, "DISCORD_API_URL": fake.api_url, "DISCORD_GATEWAY_URL": fake.gateway_url}
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot", "discord", "--shards", "2", "--shard-ids", str(shard), env=os.environ | env,
            stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
        for shard in (0, 1)
    ]
    try:
        await fake.wait_until(lambda: len(fake.identified) == 2, timeout=60)
    finally:
        for process in processes:
            if process.returncode is None:
                process.send_signal(signal.SIGINT)
        codes = [await asyncio.wait_for(process.wait(), 30) for process in processes]
        await fake.close()
    assert sorted(tuple(i["shard"]) for i in fake.identified) == [(0, 2), (1, 2)]
    assert codes == [0, 0]  # both ran until asked to stop (a READY they could not read once crashed them)


@pytest.mark.parametrize(("args", "line"), [
    (["--shards", "0"], "cyberbot discord: --shards/DISCORD_SHARD_COUNT must be a whole number of shards from 1 up, not '0'."),
    (["--shards", "2", "--shard-ids", "2"], "cyberbot discord: --shard-ids/DISCORD_SHARD_IDS must list shard numbers from 0 to 1, e.g. 0,1; not '2'."),
    (["--shard-ids", "1"], "cyberbot discord: --shard-ids/DISCORD_SHARD_IDS needs --shards/DISCORD_SHARD_COUNT, the number of shards in all."),
])
async def test_wrong_shard_settings_stop_with_one_line(args, line):
    assert await run_cyberbot({"DISCORD_TOKEN": "x"}, *args) == (2, "", line + "\n")
