"""A SIGTERM whose KeyboardInterrupt Python drops still stops ``cyberbot slack`` (``bot.stopping``).

The flake this pins down: ``test_sigterm_to_cyberbot_slack_mid_digest_lets_the_post_finish_and_exits_0``
once saw the bot still running 30 s after its SIGTERM. The signal had landed
while the main thread ran a weakref callback (the import system frees module
locks through them, and the bot imports its HTTP server just as the digest
goes out), where the handler's KeyboardInterrupt is printed and dropped; the
bot went on to serve. ``tests.fakes.lost_signal`` puts the signal there on
purpose, in the real CLI as a subprocess. Once the bot serves, a signal raises
nothing (``StopRequest.serving``): the same signal mid-digest only sets the flag.
"""

from __future__ import annotations

import asyncio
import sys

from tests.fakes.fake_slack import BOT_TOKEN, SIGNING_SECRET, FakeSlack
from tests.test_digest_runner import cli_env, run_once, subscribe

DROPPED = "Exception ignored in"  # the interpreter's words for the KeyboardInterrupt it dropped


async def run_losing_a_sigterm(when: str, env: dict[str, str]) -> tuple[int, str]:
    """``cyberbot slack --port 0`` with a SIGTERM lost at ``when``: (exit code, stderr) once it has exited."""
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "tests.fakes.lost_signal", when, "slack", "--port", "0", env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        _, err = await asyncio.wait_for(process.communicate(), 60)
    finally:
        if process.returncode is None:  # still serving: the stop was lost; fail rather than hang the suite
            process.kill()
            await process.wait()
    return process.returncode, err.decode()


def slack_env(tmp_path, slack: FakeSlack) -> dict[str, str]:
    env = cli_env(tmp_path, SLACK_SIGNING_SECRET=SIGNING_SECRET, CYBERBOT_SLACK_HOST="127.0.0.1")
    env.update(SLACK_BOT_TOKEN=BOT_TOKEN, SLACK_API_URL=slack.api_url)
    return env


async def test_a_sigterm_mid_digest_in_a_weakref_callback_lets_the_post_finish_and_exits_0(tmp_path):
    with FakeSlack() as slack:
        slack.post_delay = 1.0  # the post is still in flight when the signal is lost
        env = slack_env(tmp_path, slack)
        subscribe(env["CYBERBOT_DB"], "slack", "C1")
        code, err = await run_losing_a_sigterm("mid-digest", env)
        assert DROPPED not in err and "Traceback" not in err  # serving, a signal only sets the flag: nothing to lose
        assert code == 0, err[-2000:]
        assert "listening on" in err
        assert len(slack.posted_to("C1")) == 1
        assert (await run_once(env))[:2] == (0, "digests: nothing due\n")  # recorded as sent before the exit


async def test_a_sigterm_lost_in_the_warm_up_stops_the_bot_before_it_serves_or_posts(tmp_path):
    with FakeSlack() as slack:
        env = slack_env(tmp_path, slack)
        subscribe(env["CYBERBOT_DB"], "slack", "C1")
        code, err = await run_losing_a_sigterm("warm-up", env)
        assert DROPPED in err and "KeyboardInterrupt" in err
        assert code == 0, err[-2000:]
        assert "listening on" not in err
        assert slack.calls_to("chat.postMessage") == []


def test_a_signal_while_serving_only_sets_the_flag():
    """Before ``serving()`` a stop interrupts the main thread (the quick way out of a load); after it, the serve loop
    reads the flag, and no interrupt can land inside a library's half-built object."""
    import os
    import signal

    import pytest

    from bot.stopping import stop_signals

    with stop_signals() as stop:
        with pytest.raises(KeyboardInterrupt):
            os.kill(os.getpid(), signal.SIGTERM)
            signal.sigtimedwait([], 0)  # a bytecode boundary: the handler runs here at the latest
        assert stop.requested
        stop.requested = False
        stop.serving()
        os.kill(os.getpid(), signal.SIGTERM)
        signal.sigtimedwait([], 0)
        assert stop.requested
