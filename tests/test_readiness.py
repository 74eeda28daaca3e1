"""``/readyz`` from outside, as a container platform probes it: a broken knowledge file or an unreachable
store makes a running process not ready (503, one line), and it becomes ready once the cause is gone.

Every test runs the real ``cyberbot`` as a subprocess against the local fakes.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import re
import signal
import subprocess
import sys
import time

from fakes.fake_discord import BOT_ID, FakeDiscord
from fakes.fake_slack import APP_TOKEN, BOT_TOKEN, FakeSlack
from fakes.fake_slack_socket import FakeSocketMode
from fakes.knowledge_files import SMALL_KNOWLEDGE, knowledge_copy
from fakes.probes import free_port, get
from test_slack_cli import ROOT, ask, clean_env, http_mode

from adapters.health import STORE_CLOSED, STORE_DOWN
from bot.awaiting import NOT_LOADED

BROKEN = SMALL_KNOWLEDGE.replace("start: 2025-10-09", "start: sometime in October", 1)
BROKEN_LINE = SMALL_KNOWLEDGE.split("start: 2025-10-09")[0].count("\n") + 1


def wait_for(port: int, path: str, status: int, timeout: float = 30) -> tuple[int, str]:
    """The first answer to ``path`` with ``status``, or the last one seen when ``timeout`` runs out."""
    deadline, last = time.monotonic() + timeout, (0, "never answered")
    while time.monotonic() < deadline:
        try:
            last = get(port, path)
        except OSError:
            pass  # not listening yet
        if last[0] == status:
            return last
        time.sleep(0.1)
    return last


def port_of(url: str) -> int:
    return int(url.rsplit(":", 1)[1].split("/")[0])


def test_http_mode_with_a_broken_knowledge_file_serves_unready_then_answers_once_it_is_fixed(tmp_path):
    knowledge = knowledge_copy(tmp_path)
    knowledge.write_text(BROKEN, encoding="utf-8")
    with FakeSlack() as slack, http_mode(slack, CYBERBOT_KNOWLEDGE=str(knowledge)) as url:
        port = port_of(url)
        healthy, unready = get(port, "/healthz"), get(port, "/readyz")
        status, notice = ask(slack, url, "quote rutte")
        before = get(port, "/metrics")[1]
        knowledge.write_text(SMALL_KNOWLEDGE, encoding="utf-8")  # the operator's fix; the watcher picks it up
        ready = wait_for(port, "/readyz", 200)
        _, answer = ask(slack, url, "quote rutte")
        after = get(port, "/metrics")[1]
    assert healthy == (200, "ok\n")
    assert unready[0] == 503
    assert re.fullmatch(rf"knowledge: {re.escape(str(knowledge))}:{BROKEN_LINE}:\d+: events\.[\w-]+\.start: .+\n", unready[1])
    assert (status, notice) == (200, NOT_LOADED)
    assert ready == (200, "ready\n")
    assert "Rutte" in answer
    assert "cyberbot_knowledge_loaded 0.0" in before and "cyberbot_knowledge_loaded 1.0" in after
    assert 'cyberbot_requests_total{command="-",outcome="not_loaded",platform="slack"} 1.0' in before
    assert "cyberbot_knowledge_reloads_total 1.0" in after
    assert re.search(r'cyberbot_knowledge_info\{sha256="[0-9a-f]{12}"\} 1.0', after)


def test_digests_wait_for_the_knowledge_instead_of_skipping_the_day(tmp_path):
    """A digest due while the file is broken is posted once it is fixed, not recorded as having nothing to post."""
    from test_digest_runner import subscribe

    from adapters.slack.render import render_message
    from bot.digests.content import digest_for
    from bot.knowledge.model import Knowledge

    knowledge = knowledge_copy(tmp_path)
    knowledge.write_text(BROKEN, encoding="utf-8")
    database = tmp_path / "cyberbot.db"
    subscribe(database, "slack", "C1")
    with FakeSlack() as slack, http_mode(slack, CYBERBOT_KNOWLEDGE=str(knowledge), CYBERBOT_DB=str(database)) as url:
        unready = wait_for(port_of(url), "/readyz", 503)
        knowledge.write_text(SMALL_KNOWLEDGE, encoding="utf-8")
        (post,) = slack.wait_for("chat.postMessage", timeout=30)
    assert unready[1].startswith("knowledge: ")
    assert post.body["channel"] == "C1"
    today = dt.datetime.now(dt.timezone.utc).date()
    from_nothing = {render_message(digest_for(Knowledge(str(knowledge)), today + dt.timedelta(days=d), when_empty="quote"))["text"]
                    for d in (-1, 0, 1)}  # what a scheduler started on no knowledge would have posted
    assert post.body["text"] not in from_nothing, post.body["text"]


def test_socket_mode_health_port_says_the_knowledge_is_broken(tmp_path):
    knowledge = knowledge_copy(tmp_path)
    knowledge.write_text(BROKEN, encoding="utf-8")
    port = free_port()
    with FakeSlack() as slack, FakeSocketMode() as socket:
        slack.ws_url = socket.url
        env = {**clean_env(), "SLACK_BOT_TOKEN": BOT_TOKEN, "SLACK_APP_TOKEN": APP_TOKEN, "SLACK_API_URL": slack.api_url,
               "CYBERBOT_KNOWLEDGE": str(knowledge)}
        process = subprocess.Popen([sys.executable, "-m", "bot", "slack", "--health-port", str(port)], env=env, cwd=ROOT,
                                   stderr=subprocess.PIPE, text=True)
        try:
            socket.wait_connected(timeout=30)
            unready = wait_for(port, "/readyz", 503)
            healthy = get(port, "/healthz")
        finally:
            process.terminate()
            _, stderr = process.communicate(timeout=10)
    assert healthy == (200, "ok\n")
    assert unready[0] == 503 and unready[1].startswith(f"knowledge: {knowledge}:{BROKEN_LINE}:"), unready
    assert "Traceback" not in stderr


async def test_discord_with_a_broken_knowledge_file_tells_users_and_its_health_port(tmp_path):
    knowledge = knowledge_copy(tmp_path)
    knowledge.write_text(BROKEN, encoding="utf-8")
    fake = await FakeDiscord().start()
    env = {"DISCORD_TOKEN": fake.token, "DISCORD_API_URL": fake.api_url, "DISCORD_GATEWAY_URL": fake.gateway_url,
           "CYBERBOT_KNOWLEDGE": str(knowledge)}
    port = free_port()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "discord", "--health-port", str(port), env=os.environ | env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    try:
        await fake.wait_until(lambda: fake.identify_intents is not None, timeout=30)
        await fake.user_says(f"<@{BOT_ID}> quote rutte")
        [reply] = [c.json for c in await fake.wait_until(lambda: fake.posted("/messages"), timeout=10)]
        unready = await asyncio.to_thread(wait_for, port, "/readyz", 503)
    finally:
        process.send_signal(signal.SIGTERM)
        _, stderr = await asyncio.wait_for(process.communicate(), 30)
        await fake.close()
    assert NOT_LOADED in str(reply)
    assert unready[0] == 503 and unready[1].startswith(f"knowledge: {knowledge}:{BROKEN_LINE}:"), unready
    assert process.returncode == 0 and "Traceback" not in stderr.decode(), stderr.decode()[-2000:]


def test_http_mode_is_unready_while_its_postgres_store_is_gone(postgres_server, postgres_url):
    import psycopg

    with FakeSlack() as slack, http_mode(slack, CYBERBOT_DB=postgres_url) as url:
        port = port_of(url)
        ready = wait_for(port, "/readyz", 200)
        with psycopg.connect(postgres_server.url(), autocommit=True) as admin:  # the database goes away under it
            admin.execute(f'DROP DATABASE "{postgres_url.rsplit("/", 1)[1]}" WITH (FORCE)')
        unready = wait_for(port, "/readyz", 503)
        _, answer = ask(slack, url, "quote rutte")  # answers need no store
        metrics = get(port, "/metrics")[1]
    assert ready == (200, "ready\n")
    assert unready == (503, STORE_DOWN + "\n")
    assert "Rutte" in answer
    assert re.search(r'cyberbot_store_errors_total\{operation="subscriptions_version"\} [1-9]', metrics), metrics


def test_http_mode_is_unready_when_its_store_cannot_be_opened_at_start():
    closed = f"postgresql://cyberbot@127.0.0.1:{free_port()}/nothing"  # nothing listens there
    with FakeSlack() as slack, http_mode(slack, CYBERBOT_DB=closed) as url:
        unready = get(port_of(url), "/readyz")
        _, answer = ask(slack, url, "quote rutte")
    assert unready == (503, STORE_CLOSED + "\n")
    assert "Rutte" in answer

