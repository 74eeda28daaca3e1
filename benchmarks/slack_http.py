"""Throughput and latency of signed ``/cyber`` slash commands over loopback.

Every server gets the same requests: a fixed rotating mix of real commands
(``MIX``), each signed, from 50 users. Compared in one run, behind the same
threaded WSGI server with the same ``process_before_response=True``:

  bare      a slack-bolt app whose handler only acks a fixed text, on waitress as ours,
            and on the standard library's pooled server;
  bare, AsyncApp   the same on slack-bolt's own aiohttp server; the faster of it and
            "bare" is the target's baseline;
  bare, our answers   a slack-bolt app that acks our answers to the mix, rendered once
            at start: the cost of sending real answers (1.7-7 KB of Block Kit JSON
            instead of 15 bytes), with no work to find them;
  ours      the real adapter: signature check, rate limiter, the real Bot on the
            shipped knowledge, Block Kit rendering, the answer in the
            acknowledgement (from a middleware after Bolt's own). The Bot
            memoises its replies per (text, date) and the adapter the JSON of
            each, so after the first round every request is a memo hit;
  ours, no memo   the same with the reply memo off: every request is parsed,
            answered and rendered afresh (the cost of a question not asked
            before);
  ours, stdlib pool   ours on the standard library's pooled WSGI server without the
            guard (what HTTP mode ran on before waitress).

``--servers`` adds ours behind a thread per request and a single thread (what
``App.start()`` is). Besides wall-clock figures, each line shows the server
process's CPU time per request, which the other work on a shared machine
disturbs far less than throughput.

    python benchmarks/slack_http.py [--requests 1000] [--clients 1 8] [--rounds 6] [--servers] [--keep-alive]

``--keep-alive``: each client keeps one HTTP/1.1 connection (as Slack's do), instead
of a new connection per request. Targets (issue 11): ours, with never-seen
questions, >= 0.9x the faster bare baseline, >= 1,500 req/s sequential, p99 < 20 ms
at 8 clients; ours with the memo is shown after it.
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import itertools
import json
import multiprocessing
import socket
import statistics
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from slack_bolt import App
from slack_bolt.adapter.wsgi import SlackRequestHandler

from adapters.slack.app import build_app, make_client
from adapters.slack.http_server import (
    LISTEN_BACKLOG,
    HTTPServer,
    ThreadPerRequestWSGIServer,
    make_http_server,
    make_wsgi_server,
)
from adapters.slack.render import render_message
from adapters.slack.settings import read_settings
from bot.request import Request
from bot.service import Bot

SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench"
MIX = ("quote rutte", "event tirana", "when was the Berlin conference?", "help")


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


class _OneThreadWSGIServer(WSGIServer):
    request_queue_size = LISTEN_BACKLOG  # as the threaded servers: a backlog of 5 drops SYNs at 8 clients


def bare_app(settings) -> App:
    app = App(client=make_client(settings), signing_secret=SECRET, process_before_response=True)

    @app.command("/cyber")
    def fixed(ack):
        ack("A fixed answer.")

    return app


def serve_bare_async(api_url: str) -> str:
    """slack-bolt's own aiohttp server (``AsyncApp``, ``process_before_response=True``) acking a fixed text."""
    import asyncio

    from aiohttp import web
    from slack_bolt.async_app import AsyncApp
    from slack_sdk.web.async_client import AsyncWebClient

    app = AsyncApp(client=AsyncWebClient(token=TOKEN, base_url=api_url), signing_secret=SECRET,
                   process_before_response=True)

    @app.command("/cyber")
    async def fixed(ack):
        await ack("A fixed answer.")

    loop = asyncio.new_event_loop()
    runner = web.AppRunner(app.web_app(), access_log=None)
    loop.run_until_complete(runner.setup())
    site = web.TCPSite(runner, "127.0.0.1", 0, backlog=LISTEN_BACKLOG)
    loop.run_until_complete(site.start())
    port = site._server.sockets[0].getsockname()[1]
    threading.Thread(target=loop.run_forever, daemon=True).start()
    return f"127.0.0.1:{port}"


def canned_app(settings, bot: Bot) -> App:
    """A bare app that acks our answers to ``MIX``, rendered once at start: what sending them costs alone."""
    app = App(client=make_client(settings), signing_secret=SECRET, process_before_response=True)
    canned = {text: render_message(bot.handle(Request(text, "slack")), share_query=text) for text in MIX}

    @app.command("/cyber")
    def fixed(ack, command):
        ack(response_type="ephemeral", **canned[command["text"]])

    return app


def serve(server) -> str:
    threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True).start()
    return f"127.0.0.1:{server.server_port}"


def signed_request(host: str, n: int) -> float:
    """Request ``n`` of the mix, signed, on a fresh connection; seconds until the server closed it.

    Raw HTTP on a socket: ``http.client`` parses each answer's headers with the
    email parser, which made the load generator, not the servers, the limit at
    8 clients. The WSGI server speaks HTTP/1.0 and closes after each answer.
    """
    body = _BODIES[n % len(_BODIES)] + f"{next(_NONCES)}".encode()  # a fresh trigger_id: no two alike, as from Slack
    ts = str(int(time.time()))
    signature = "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    address, port = host.split(":")
    head = (f"POST /slack/events HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\nX-Slack-Request-Timestamp: {ts}\r\nX-Slack-Signature: {signature}\r\n"
            "Connection: close\r\n\r\n")
    start = time.perf_counter()
    with socket.create_connection((address, int(port)), timeout=10) as connection:
        connection.sendall(head.encode() + body)
        chunks = []
        while chunk := connection.recv(65536):
            chunks.append(chunk)
    elapsed = time.perf_counter() - start
    answer = b"".join(chunks)
    status, _, rest = answer.partition(b"\r\n")
    if not status.endswith(b" 200 OK") or not rest.partition(b"\r\n\r\n")[2]:
        raise RuntimeError(f"unexpected answer: {answer[:300]!r}")
    return elapsed


_BODIES = [  # every (command, user) pair of the rotation: 4 commands x 50 users
    urllib.parse.urlencode({
        "command": "/cyber", "text": MIX[n % len(MIX)], "team_id": "T1", "channel_id": "C1", "user_id": f"U{n % 50}",
        "response_url": "http://127.0.0.1:9/unused", "trigger_id": "",
    }).encode()
    for n in range(200)
]
_NONCES = itertools.count()  # ends each body: the guard refuses a signed body it has seen (a replay)


class KeptAlive:
    """One client's connection, reused request after request (HTTP/1.1 keep-alive) while the server allows it."""

    def __init__(self, host: str):
        self.host = host
        self.sock: socket.socket | None = None
        self.buffer = b""

    def request(self, n: int) -> float:
        body = _BODIES[n % len(_BODIES)] + f"{next(_NONCES)}".encode()
        ts = str(int(time.time()))
        signature = "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
        head = (f"POST /slack/events HTTP/1.1\r\nHost: {self.host}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                f"Content-Length: {len(body)}\r\nX-Slack-Request-Timestamp: {ts}\r\nX-Slack-Signature: {signature}\r\n\r\n")
        start = time.perf_counter()
        if self.sock is None:
            address, port = self.host.split(":")
            self.sock, self.buffer = socket.create_connection((address, int(port)), timeout=10), b""
        self.sock.sendall(head.encode() + body)
        status, closing = self._read_answer()
        elapsed = time.perf_counter() - start
        if closing:  # an HTTP/1.0 server (wsgiref) closes after each answer
            self.sock.close()
            self.sock = None
        if not status.endswith(b" 200 OK"):
            raise RuntimeError(f"unexpected answer: {status!r}")
        return elapsed

    def _read_answer(self) -> tuple[bytes, bool]:
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self._recv()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        lines = head.split(b"\r\n")
        headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(b":") for line in lines[1:])}
        closing = headers.get(b"connection", b"").lower() == b"close" or lines[0].startswith(b"HTTP/1.0")
        if b"content-length" in headers:
            length = int(headers[b"content-length"])
            while len(self.buffer) < length:
                self.buffer += self._recv()
            self.buffer = self.buffer[length:]
        else:  # no length: the body runs to the end of the connection
            while chunk := self.sock.recv(65536):
                self.buffer += chunk
            self.buffer, closing = b"", True
        return lines[0], closing

    def _recv(self) -> bytes:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise RuntimeError("the server closed the connection mid-answer")
        return chunk


def load(host: str, requests: int, clients: int, server_cpu, keep_alive: bool = False) -> dict:
    for n in range(len(MIX)):  # warm up (imports, first-request caches)
        signed_request(host, n)
    cpu = server_cpu()
    start = time.perf_counter()
    if keep_alive:
        connections = [KeptAlive(host) for _ in range(clients)]
        per_client = [range(c, requests, clients) for c in range(clients)]
        with ThreadPoolExecutor(clients) as pool:
            runs = pool.map(lambda c: [connections[c].request(n) for n in per_client[c]], range(clients))
            latencies = sorted(t for run in runs for t in run)
    else:
        with ThreadPoolExecutor(clients) as pool:
            latencies = sorted(pool.map(lambda n: signed_request(host, n), range(requests)))
    wall = time.perf_counter() - start
    return {
        "rps": requests / wall,
        "p50": statistics.median(latencies) * 1000,
        "p99": latencies[int(len(latencies) * 0.99) - 1] * 1000,
        "cpu_us": (server_cpu() - cpu) / requests * 1e6,
    }


def run_servers(connection, all_servers: bool) -> None:
    """In a child process, so the load generator does not share the servers' GIL; answers CPU-time queries."""
    api = ThreadingHTTPServer(("127.0.0.1", 0), _AuthTest)
    serve(api)
    settings = read_settings({
        "SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "CYBERBOT_RATE_LIMIT": "1000000/1",
        "SLACK_API_URL": f"http://127.0.0.1:{api.server_port}/api/",
    })
    bot = Bot.from_path(None)
    ours_app = build_app(bot, settings)
    def production(app):  # waitress with the guard in front: what `cyberbot slack` serves
        return serve(make_http_server(app, "127.0.0.1", 0, signing_secret=SECRET))

    hosts = {
        "bare": serve(HTTPServer(SlackRequestHandler(bare_app(settings)), "127.0.0.1", 0)),
        "bare, AsyncApp": serve_bare_async(settings.api_url),
        "bare, stdlib pool": serve(make_wsgi_server(SlackRequestHandler(bare_app(settings)), "127.0.0.1", 0)),
        "bare, our answers": serve(HTTPServer(SlackRequestHandler(canned_app(settings, bot)), "127.0.0.1", 0)),
        "ours": production(ours_app),
        "ours, no memo": production(build_app(Bot.from_path(None, reply_cache_size=0), settings)),
        "ours, stdlib pool": serve(make_wsgi_server(SlackRequestHandler(ours_app), "127.0.0.1", 0)),
    }
    if all_servers:
        hosts["ours, new thread"] = serve(make_wsgi_server(SlackRequestHandler(ours_app), "127.0.0.1", 0,
                                                           ThreadPerRequestWSGIServer))
        one_thread = make_server("127.0.0.1", 0, SlackRequestHandler(ours_app), _OneThreadWSGIServer, _Quiet)
        hosts["ours, 1 thread"] = serve(one_thread)
    connection.send(hosts)
    while connection.recv() == "cpu":
        connection.send(time.process_time())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=1000, help="per run")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--rounds", type=int, default=6, help="let the servers take turns this many times")
    parser.add_argument("--servers", action="store_true", help="also ours behind a thread per request and one thread")
    parser.add_argument("--keep-alive", action="store_true", help="each client keeps its connection (HTTP/1.1)")
    options = parser.parse_args()

    ours_end, servers_end = multiprocessing.Pipe()
    servers = multiprocessing.Process(target=run_servers, args=(servers_end, options.servers), daemon=True)
    servers.start()
    try:
        while not ours_end.poll(0.2):
            if not servers.is_alive():
                raise SystemExit("the servers failed to start (see above)")
        hosts = ours_end.recv()

        def server_cpu() -> float:
            ours_end.send("cpu")
            return ours_end.recv()

        measure(hosts, server_cpu, options)
    finally:
        servers.terminate()


def measure(hosts: dict[str, str], server_cpu, options) -> None:
    print(f"{options.requests} signed /cyber requests per run, rotating {' | '.join(MIX)}; "
          f"the servers take turns, best of {options.rounds} runs each")
    print(f"{'server':<19}{'clients':>8}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'server CPU':>13}")
    for clients in options.clients:
        runs: dict[str, list[dict]] = {name: [] for name in hosts}
        for _ in range(options.rounds):
            for name, host in hosts.items():
                runs[name].append(load(host, options.requests, clients, server_cpu, options.keep_alive))
        best = {name: max(results, key=lambda r: r["rps"]) for name, results in runs.items()}
        baseline = max(("bare", "bare, AsyncApp"), key=lambda name: best[name]["rps"])  # the faster bare Bolt
        for name, r in best.items():
            print(f"{name:<19}{clients:>8}{r['rps']:>9.0f}{r['p50']:>9.2f}{r['p99']:>9.2f}{r['cpu_us']:>8.0f} µs/req")
        for name in ("ours, no memo", "ours"):  # never-seen questions first: the memo hides the real cost
            ratio = best[name]["rps"] / best[baseline]["rps"]
            typical = statistics.median(o["rps"] / b["rps"] for o, b in zip(runs[name], runs[baseline]))
            verdict = "OK" if ratio >= 0.9 and best[name]["p99"] < 20 else "MISSED"
            print(f"  {name}/{baseline} at {clients} client(s): {ratio:.2f}x best to best ({typical:.2f}x median of "
                  f"the rounds), p99 {best[name]['p99']:.2f} ms (target >= 0.90x, p99 < 20 ms: {verdict})")


if __name__ == "__main__":
    main()
