"""A local Socket Mode server: an aiohttp websocket on 127.0.0.1 in its own thread and loop.

It greets each connection with ``hello``, pushes envelopes as Slack does, and
records what the client sends back (the acks). ``FakeSlack.ws_url`` points
``apps.connections.open`` at it.
"""

from __future__ import annotations

import asyncio
import json
import threading
import time
import uuid

from aiohttp import WSMsgType, web


class FakeSocketMode:
    def __init__(self):
        self.received: list[dict] = []
        self._changed = threading.Condition()
        self._sockets: list[web.WebSocketResponse] = []
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
        self._runner: web.AppRunner | None = None
        self.port = 0

    def __enter__(self) -> FakeSocketMode:
        self._thread.start()
        asyncio.run_coroutine_threadsafe(self._start(), self._loop).result(10)
        return self

    def __exit__(self, *exc) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
        self._loop.call_soon_threadsafe(self._loop.stop)

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/link"

    async def _start(self) -> None:
        app = web.Application()
        app.router.add_get("/link", self._serve)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def _serve(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._sockets.append(ws)
        await ws.send_str(json.dumps({"type": "hello", "num_connections": 1, "debug_info": {"host": "fake"}}))
        async for message in ws:
            if message.type == WSMsgType.TEXT:
                with self._changed:
                    self.received.append(json.loads(message.data))
                    self._changed.notify_all()
        return ws

    def wait_connected(self, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while not self._sockets and time.monotonic() < deadline:
            time.sleep(0.02)
        assert self._sockets, "the client never connected"

    def send_envelope(self, kind: str, payload: dict) -> str:
        """Push one envelope (``slash_commands``, ``events_api``, ``interactive``); returns its id."""
        envelope_id = uuid.uuid4().hex
        frame = json.dumps({"envelope_id": envelope_id, "type": kind, "payload": payload,
                            "accepts_response_payload": kind != "events_api", "retry_attempt": 0})
        asyncio.run_coroutine_threadsafe(self._sockets[-1].send_str(frame), self._loop).result(5)
        return envelope_id

    def wait_for_ack(self, envelope_id: str, timeout: float = 10.0) -> dict:
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                for frame in self.received:
                    if frame.get("envelope_id") == envelope_id:
                        return frame
                left = deadline - time.monotonic()
                assert left > 0, f"no ack for {envelope_id}; got {self.received}"
                self._changed.wait(left)
