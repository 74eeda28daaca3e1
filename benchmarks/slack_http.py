"""Signed ``/cyber`` slash commands over loopback: cyberbot's HTTP mode against bare slack-bolt apps.

Issue 11's target, measured exactly: ``cyberbot slack`` (the real command, as a
subprocess, with its own load path and settings) answering questions it has
never seen, at least 0.9x the faster of two bare slack-bolt apps that ack a
fixed text, each server one process:

  bare, waitress   a slack-bolt ``App`` (``process_before_response=True``) on the server cyberbot
                   uses (``adapters.slack.http_server.HTTPServer``), no guard;
  bare, aiohttp    slack-bolt's ``AsyncApp`` (``process_before_response=True``) on its own aiohttp
                   server (``app.web_app()``);
  ours             ``cyberbot slack --port 0``: guard, Bolt, the real Bot on the shipped knowledge,
                   Block Kit, metrics, the answer in the acknowledgement;
  ours, recording off   the same with CYBERBOT_RECORD_QUESTIONS=off and CYBERBOT_FEEDBACK=off: what
                   writing each question to the question log costs;
  ours, repeated   the first process asked a mix of four questions again and again (its reply memo),
                   shown after: not the target.

Every request of "ours" is a question it has never been asked (``questions.fresh_questions``);
the bare apps get the same requests. Each client keeps one HTTP/1.1 connection (as Slack does)
and sends its requests one after the other; with 1 and 8 clients. The servers take turns, a few
rounds; each line is the best round, and "server CPU" the server process's CPU time per request
(from ``/proc``), which the rest of a shared machine disturbs far less than throughput. It also
prints what the core costs per fresh question here (``Bot.handle`` and ``render_message``).

    python benchmarks/slack_http.py [--requests 1500] [--clients 1 8] [--rounds 3]
"""

from __future__ import annotations

import argparse
import hashlib
import hmac
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from questions import fresh_questions  # noqa: E402

SECRET = "bench-signing-secret"
TOKEN = "xoxb-bench"
MIX = ("quote rutte", "event tirana", "when was the Berlin conference?", "help")
WARM_UP = 30  # requests before each timed run, never timed
ROOT = Path(__file__).parent.parent
TICK = os.sysconf("SC_CLK_TCK")


class _AuthTest(BaseHTTPRequestHandler):
    """Answers the one ``auth.test`` each app makes at start; the benchmark makes no other Web API call."""

    def do_POST(self):  # noqa: N802 - the stdlib's name
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        body = json.dumps({"ok": True, "team_id": "T1", "user_id": "UBOT", "bot_id": "B1"}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


# ---- the bare apps, each run as ``slack_http.py --serve NAME --api URL`` in a process of its own ----

def serve_bare_waitress(api_url: str) -> None:
    from slack_bolt import App
    from slack_bolt.adapter.wsgi import SlackRequestHandler
    from slack_sdk import WebClient

    from adapters.slack.http_server import HTTPServer

    app = App(client=WebClient(token=TOKEN, base_url=api_url), signing_secret=SECRET, process_before_response=True)

    @app.command("/cyber")
    def fixed(ack):
        ack("A fixed answer.")

    server = HTTPServer(SlackRequestHandler(app), "127.0.0.1", 0)
    print(server.server_port, flush=True)
    server.serve_forever()


def serve_bare_aiohttp(api_url: str) -> None:
    import asyncio

    from aiohttp import web
    from slack_bolt.async_app import AsyncApp
    from slack_sdk.web.async_client import AsyncWebClient

    app = AsyncApp(client=AsyncWebClient(token=TOKEN, base_url=api_url), signing_secret=SECRET,
                   process_before_response=True)

    @app.command("/cyber")
    async def fixed(ack):
        await ack("A fixed answer.")

    async def main():
        runner = web.AppRunner(app.web_app(), access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=128)
        await site.start()
        print(site._server.sockets[0].getsockname()[1], flush=True)
        await asyncio.Event().wait()

    asyncio.run(main())


SERVERS = {"bare, waitress": serve_bare_waitress, "bare, aiohttp": serve_bare_aiohttp}


def start(name: str, api_url: str) -> tuple[subprocess.Popen, str]:
    """Start one server process; (process, "127.0.0.1:port")."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    if name.startswith("ours"):
        if name == "ours, recording off":  # what the question log (on by default) costs per request
            env.update({"CYBERBOT_RECORD_QUESTIONS": "off", "CYBERBOT_FEEDBACK": "off"})
        env["XDG_STATE_HOME"] = tempfile.mkdtemp(prefix="cyberbot-bench-")  # its own question log and digest store
        env.update({"SLACK_BOT_TOKEN": TOKEN, "SLACK_SIGNING_SECRET": SECRET, "SLACK_API_URL": api_url,
                    "CYBERBOT_SLACK_HOST": "127.0.0.1", "CYBERBOT_RATE_LIMIT": "1000000/1"})
        env.pop("SLACK_APP_TOKEN", None)
        command = [sys.executable, "-m", "bot", "slack", "--port", "0"]
        process = subprocess.Popen(command, env=env, cwd=ROOT, stderr=subprocess.PIPE, text=True)
        line = process.stderr.readline()
        while line and "listening on" not in line:
            line = process.stderr.readline()
        if not line:
            raise SystemExit(f"cyberbot slack did not start: {process.stderr.read()[-2000:]}")
        threading.Thread(target=process.stderr.read, daemon=True).start()  # keep its stderr drained
        return process, line.split("http://", 1)[1].split("/", 1)[0]
    process = subprocess.Popen([sys.executable, __file__, "--serve", name, "--api", api_url], env=env, cwd=ROOT,
                               stdout=subprocess.PIPE, text=True)
    return process, f"127.0.0.1:{int(process.stdout.readline())}"


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / TICK  # utime + stime


# ---- the load -----------------------------------------------------------------------------

def signed(host: str, text: str, n: int, ts: str) -> bytes:
    body = urllib.parse.urlencode({
        "command": "/cyber", "text": text, "team_id": "T1", "channel_id": "C1", "user_id": f"U{n % 50}",
        "response_url": "http://127.0.0.1:9/unused", "trigger_id": f"{n}.bench",  # no two bodies alike, as from Slack
    }).encode()
    signature = "v0=" + hmac.new(SECRET.encode(), f"v0:{ts}:".encode() + body, hashlib.sha256).hexdigest()
    return (f"POST /slack/events HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-www-form-urlencoded\r\n"
            f"Content-Length: {len(body)}\r\nX-Slack-Request-Timestamp: {ts}\r\nX-Slack-Signature: {signature}\r\n\r\n"
            ).encode() + body


class KeptAlive:
    """One client's HTTP/1.1 connection, reused request after request."""

    def __init__(self, host: str):
        import socket

        address, port = host.split(":")
        self.sock = socket.create_connection((address, int(port)), timeout=10)
        self.buffer = b""

    def request(self, raw: bytes) -> float:
        start = time.perf_counter()
        self.sock.sendall(raw)
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self._recv()
        head, self.buffer = self.buffer.split(b"\r\n\r\n", 1)
        length = int(next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")))
        while len(self.buffer) < length:
            self.buffer += self._recv()
        self.buffer = self.buffer[length:]
        elapsed = time.perf_counter() - start
        if not head.startswith(b"HTTP/1.1 200"):
            raise RuntimeError(f"unexpected answer: {head[:200]!r}")
        return elapsed

    def _recv(self) -> bytes:
        chunk = self.sock.recv(65536)
        if not chunk:
            raise RuntimeError("the server closed the connection")
        return chunk


def run(host: str, pid: int, texts: list[str], clients: int) -> dict:
    """Send ``texts`` (after ``WARM_UP`` of them untimed) from ``clients`` kept-alive connections."""
    ts = str(int(time.time()))
    raws = [signed(host, text, n, ts) for n, text in enumerate(texts)]
    connections = [KeptAlive(host) for _ in range(clients)]
    for n, raw in enumerate(raws[:WARM_UP]):
        connections[n % clients].request(raw)
    timed = raws[WARM_UP:]
    cpu, start = cpu_seconds(pid), time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        runs = pool.map(lambda c: [connections[c].request(raw) for raw in timed[c::clients]], range(clients))
        latencies = sorted(t for run in runs for t in run)
    wall = time.perf_counter() - start
    cpu = cpu_seconds(pid) - cpu
    for connection in connections:
        connection.sock.close()
    return {"rps": len(timed) / wall, "p50": statistics.median(latencies) * 1000,
            "p99": latencies[int(len(latencies) * 0.99) - 1] * 1000, "cpu_us": cpu / len(timed) * 1e6}


def core_cost(texts: list[str]) -> tuple[float, float]:
    """CPU µs per fresh question of ``Bot.handle`` and of ``render_message``, in this process."""
    from adapters.slack.render import render_message
    from bot.request import Request
    from bot.service import Bot

    bot = Bot.from_path(None)
    requests = [Request(text, "slack", user="U1", channel="C1", workspace="T1") for text in texts]
    start = time.process_time()
    replies = [bot.handle(request) for request in requests]
    handled = time.process_time()
    for reply, text in zip(replies, texts):
        render_message(reply, share_query=text)
    rendered = time.process_time()
    return (handled - start) / len(texts) * 1e6, (rendered - handled) / len(texts) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=1500, help="timed requests per run")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--rounds", type=int, default=3, help="the servers take turns this many times")
    parser.add_argument("--serve", choices=sorted(SERVERS), help=argparse.SUPPRESS)
    parser.add_argument("--api", help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.serve:
        return SERVERS[options.serve](options.api)

    from bot.service import Bot

    per_run = WARM_UP + options.requests
    texts = [q.text for q in fresh_questions(Bot.from_path(None).knowledge, per_run * options.rounds * len(options.clients) + 2000)]
    api = ThreadingHTTPServer(("127.0.0.1", 0), _AuthTest)
    threading.Thread(target=api.serve_forever, daemon=True).start()
    api_url = f"http://127.0.0.1:{api.server_port}/api/"
    servers = {name: start(name, api_url) for name in (*SERVERS, "ours", "ours, recording off")}
    try:
        measure(servers, texts, options)
    finally:
        for process, _ in servers.values():
            process.terminate()
    handle_us, render_us = core_cost(texts[-2000:])
    print(f"the core per fresh question, in one process: Bot.handle {handle_us:.0f} µs, "
          f"render_message {render_us:.0f} µs of CPU")


def measure(servers: dict, texts: list[str], options) -> None:
    print(f"{options.requests} signed /cyber requests per run, each client on one kept-alive connection; "
          f"questions never asked before; the servers take turns, best of {options.rounds} rounds")
    print(f"{'server':<20}{'clients':>8}{'req/s':>9}{'p50 ms':>9}{'p99 ms':>9}{'server CPU':>14}")
    per_run, offset = WARM_UP + options.requests, 0
    for clients in options.clients:
        runs: dict[str, list[dict]] = {name: [] for name in (*servers, "ours, repeated")}
        for _ in range(options.rounds):
            fresh, offset = texts[offset:offset + per_run], offset + per_run
            for name, (process, host) in servers.items():
                runs[name].append(run(host, process.pid, fresh, clients))
            process, host = servers["ours"]
            runs["ours, repeated"].append(run(host, process.pid, [MIX[n % 4] for n in range(per_run)], clients))
        best = {name: max(results, key=lambda r: r["rps"]) for name, results in runs.items()}
        for name, r in best.items():
            print(f"{name:<20}{clients:>8}{r['rps']:>9.0f}{r['p50']:>9.2f}{r['p99']:>9.2f}{r['cpu_us']:>9.0f} µs/req")
        baseline = max(SERVERS, key=lambda name: best[name]["rps"])
        ratio = best["ours"]["rps"] / best[baseline]["rps"]
        typical = statistics.median(o["rps"] / b["rps"] for o, b in zip(runs["ours"], runs[baseline]))
        checks = [f"{ratio:.2f}x {baseline} ({typical:.2f}x median of the rounds; target >= 0.90x)"]
        if clients == 1:
            checks.append(f"{best['ours']['rps']:,.0f} req/s (target >= 1,500)")
        if clients == 8:
            checks.append(f"p99 {best['ours']['p99']:.1f} ms (target < 20 ms)")
        met = ratio >= 0.9 and (clients != 1 or best["ours"]["rps"] >= 1500) and (clients != 8 or best["ours"]["p99"] < 20)
        print(f"  ours, fresh questions, {clients} client(s): {'; '.join(checks)}: {'MET' if met else 'MISSED'}")


if __name__ == "__main__":
    main()
