"""Throughput and latency of signed ``/cyber quote rutte`` requests over loopback.

Compares, in one run and behind the same threaded WSGI server with the same
``process_before_response=True``:

  ours  the real adapter: signature check, rate limiter, the real Bot on the
        shipped knowledge, Block Kit rendering, the answer inside ``ack``;
  bare  a slack-bolt app whose handler only acks a fixed text.

Also shows ours behind a single-threaded server (what ``App.start()`` is) to
show what the threaded server buys under concurrency.

    python benchmarks/slack_http.py [--requests 2000] [--clients 1 8] [--rounds 3]

Targets (issue 3): ours >= 0.9x bare's throughput, p99 < 20 ms.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import http.client
import json
import multiprocessing
import statistics
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from adapters.slack_adapter import build_app, make_client, make_http_server
from adapters.slack_http_server import ThreadPerRequestWSGIServer
from adapters.slack_settings import read_settings
from bot.service import Bot

SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench"


class _AuthTest(BaseHTTPRequestHandler):
    """Answers the one ``auth.test`` Bolt makes at start; the benchmark makes no other Web API call."""

    def do_POST(self):
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps({"ok": True, "team_id": "T1", "user_id": "UBOT", "bot_id": "B1"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


class _Quiet(WSGIRequestHandler):
    def log_message(self, *args):
        pass


def bare_app(settings) -> App:
    app = App(client=make_client(settings), signing_secret=SECRET, process_before_response=True)

    @app.command("/cyber")
    def fixed(ack):
        ack("A fixed answer.")

    return app


def serve(server) -> str:
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return f"127.0.0.1:{server.server_port}"


def signed_request(host: str, n: int) -> float:
    """One signed slash command on a fresh connection (the WSGI server speaks HTTP/1.0); seconds taken."""
    body = urllib.parse.urlencode({
        "command": "/cyber", "text": "quote rutte", "team_id": "T1", "channel_id": "C1", "user_id": f"U{n % 50}",
        "response_url": "http://127.0.0.1:9/unused", "trigger_id": "1",
    })
    ts = str(int(time.time()))
    signature = "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:{body}".encode(), hashlib.sha256).hexdigest()
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Slack-Request-Timestamp": ts,
               "X-Slack-Signature": signature}
    start = time.perf_counter()
    connection = http.client.HTTPConnection(host, timeout=10)
    connection.request("POST", "/slack/events", body=body, headers=headers)
    response = connection.getresponse()
    data = response.read()
    connection.close()
    elapsed = time.perf_counter() - start
    if response.status != 200 or not data:
        raise RuntimeError(f"unexpected answer {response.status}: {data[:200]!r}")
    return elapsed


def load(host: str, requests: int, clients: int) -> dict:
    signed_request(host, 0)  # warm up (imports, first-request caches)
    start = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        latencies = sorted(pool.map(lambda n: signed_request(host, n), range(requests)))
    wall = time.perf_counter() - start
    return {
        "rps": requests / wall,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[int(len(latencies) * 0.99) - 1] * 1000,
    }


def run_servers(hosts_out) -> None:
    """In a child process, so the load generator does not share the servers' GIL."""
    api = ThreadingHTTPServer(("127.0.0.1", 0), _AuthTest)
    serve(api)
    settings = read_settings({
        "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "CYBERBOT_RATE_LIMIT": "1000000/1",
        "SLACK_API_URL": f"http://127.0.0.1:{api.server_port}/api/",
    })
    bot = Bot.from_path(None)
    ours_app = build_app(bot, settings)
    hosts = {
        "bare": serve(make_http_server(bare_app(settings), "127.0.0.1", 0)),
        "ours": serve(make_http_server(ours_app, "127.0.0.1", 0)),
        "ours, new thread": serve(make_http_server(ours_app, "127.0.0.1", 0, ThreadPerRequestWSGIServer)),
        "ours, 1 thread": serve(make_server("127.0.0.1", 0, SlackRequestHandler(ours_app), WSGIServer, _Quiet)),
    }
    hosts_out.put(hosts)
    threading.Event().wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--rounds", type=int, default=3, help="alternate the apps this many times; keep the best")
    options = parser.parse_args()

    hosts_queue = multiprocessing.Queue()
    servers = multiprocessing.Process(target=run_servers, args=(hosts_queue,), daemon=True)
    servers.start()
    try:
        measure(hosts_queue.get(timeout=60), options)
    finally:
        servers.terminate()


def measure(hosts: dict[str, str], options) -> None:
    print(f"{options.requests} signed '/cyber quote rutte' requests per run, best of {options.rounds} rounds")
    print(f"{'server':<16}{'clients':>8}{'req/s':>10}{'p50 ms':>9}{'p99 ms':>9}")
    for clients in options.clients:
        best: dict[str, dict] = {}
        for _ in range(options.rounds):
            for name, host in hosts.items():
                result = load(host, options.requests, clients)
                if name not in best or result["rps"] > best[name]["rps"]:
                    best[name] = result
        for name, r in best.items():
            print(f"{name:<16}{clients:>8}{r['rps']:>10.0f}{r['p50']:>9.2f}{r['p99']:>9.2f}")
        ratio = best["ours"]["rps"] / best["bare"]["rps"]
        verdict = "OK" if ratio >= 0.9 and best["ours"]["p99"] < 20 else "MISSED"
        print(f"  ours/bare throughput at {clients} client(s): {ratio:.2f}x, ours p99 {best['ours']['p99']:.2f} ms "
              f"(target >= 0.90x, p99 < 20 ms: {verdict})")


if __name__ == "__main__":
    main()
