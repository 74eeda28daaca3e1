"""HTTP mode: connections that never send a request cannot starve the server's worker threads."""

from __future__ import annotations

import socket
import threading

import pytest
from fakes.slack_harness import SlackHarness

from adapters.slack.http_server import PooledWSGIServer
from bot.service import Bot


@pytest.fixture(scope="module")
def bot():
    return Bot.from_path(None)


def test_idle_connections_time_out_and_a_real_command_is_still_answered(bot):
    with SlackHarness(bot) as harness:
        idle = [socket.create_connection(("127.0.0.1", harness.server.server_port)) for _ in range(PooledWSGIServer.workers)]
        for sock in idle:
            sock.sendall(b"POST /slack/events HTTP/1.1\r\n")  # half a request, then silence
        answered: list = []
        asker = threading.Thread(target=lambda: answered.append(harness.command("about")), daemon=True)
        asker.start()
        asker.join(timeout=20)
        for sock in idle:
            sock.close()
        assert answered, "every worker thread was held by a connection that never finished its request"
        status, body = answered[0]
        assert status == 200 and "cyberbot" in body["text"].lower()
