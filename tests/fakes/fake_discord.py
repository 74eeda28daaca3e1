"""A fake Discord on 127.0.0.1: an aiohttp REST API and a gateway websocket.

The real discord.py client logs into it unchanged once ``discord.http.Route.BASE``
and ``DiscordWebSocket.DEFAULT_GATEWAY`` point here (``fake.patch_discord``), so
tests exercise its real login, IDENTIFY/READY, heartbeats, rate-limit retries,
RESUME, command sync and interaction callbacks, and assert on the JSON the bot
put on the wire. Written from ../shared/testing-slack-discord.md, section 3.4.

It behaves like Discord where that matters to a bot:
- ``Content-Type`` exactly ``application/json`` (discord.py compares it verbatim);
- 429s carry ``Via`` (without it discord.py assumes a Cloudflare ban);
- IDENTIFY with a wrong token closes with 4004, with a privileged intent the
  portal has not enabled with 4014;
- no MESSAGE_CREATE without GUILD_MESSAGES, and blank ``content`` without
  MESSAGE_CONTENT unless the bot is mentioned or it is a DM;
- what the bot posts comes back as MESSAGE_CREATE (so reply loops show);
- ``effective_pings`` applies Discord's allowed-mentions rules.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import re
import time
from dataclasses import dataclass, field

from aiohttp import WSMsgType, web

TOKEN = "fake-bot-token.for-tests-only"
BOT_ID = 810000000000000001
APP_ID = 810000000000000002
GUILD_ID = 810000000000000010
CHANNEL_ID = 810000000000000011
DM_CHANNEL_ID = 810000000000000012
MOD_ROLE_ID = 810000000000000013
USER_ID = 810000000000000020
ADMIN_ID = 810000000000000021
OTHER_BOT_ID = 810000000000000022
BOT_ROLE_ID = 810000000000000014  # the role Discord makes for the bot when it joins (managed, tagged with its id)

GUILD_MESSAGES, DIRECT_MESSAGES, MESSAGE_CONTENT = 1 << 9, 1 << 12, 1 << 15
PRIVILEGED_INTENTS = (1 << 1) | (1 << 8) | MESSAGE_CONTENT
MANAGE_CHANNELS = 1 << 4
EVERYONE_PERMISSIONS = 0x0000_0000_0006_4C40  # view, send, read history, embed links, …
TIMESTAMP = "2026-11-23T12:00:00.000000+00:00"

_USER_MENTION = re.compile(r"<@!?(\d+)>")
_ROLE_MENTION = re.compile(r"<@&(\d+)>")


def user(user_id: int, name: str, *, bot: bool = False) -> dict:
    return {"id": str(user_id), "username": name, "discriminator": "0", "global_name": name, "avatar": None, "bot": bot}


USERS = {
    BOT_ID: user(BOT_ID, "cyberbot", bot=True),
    USER_ID: user(USER_ID, "analyst"),
    ADMIN_ID: user(ADMIN_ID, "moderator"),
    OTHER_BOT_ID: user(OTHER_BOT_ID, "otherbot", bot=True),
}


def member(user_id: int) -> dict:
    roles = [str(MOD_ROLE_ID)] if user_id == ADMIN_ID else []
    return {"roles": roles, "joined_at": TIMESTAMP, "deaf": False, "mute": False, "flags": 0}


def effective_pings(content: str | None, allowed_mentions: dict | None, replied_to: int | None = None) -> set[str]:
    """Who Discord would notify for ``content`` under ``allowed_mentions`` (embeds never ping).

    Omitted ``allowed_mentions`` parses everything, and a reply pings its author.
    """
    content = content or ""
    rules = allowed_mentions if allowed_mentions is not None else {"parse": ["everyone", "users", "roles"], "replied_user": True}
    parse = set(rules.get("parse", []))
    pings: set[str] = set()
    if "everyone" in parse:
        pings |= {word for word in ("@everyone", "@here") if word in content}
    pings |= {f"user:{u}" for u in _USER_MENTION.findall(content) if "users" in parse or u in rules.get("users", [])}
    pings |= {f"role:{r}" for r in _ROLE_MENTION.findall(content) if "roles" in parse or r in rules.get("roles", [])}
    if replied_to and rules.get("replied_user", False):
        pings.add(f"user:{replied_to}")
    return pings


@dataclass
class Call:
    """One REST request the bot made, as it arrived."""

    method: str
    path: str
    query: dict
    json: object
    at: float = field(default_factory=time.perf_counter)


class FakeDiscord:
    """Start with ``await fake.start()``; ``api_url`` and ``gateway_url`` then point here."""

    def __init__(self, *, token: str = TOKEN, privileged_allowed: bool = False, identify_close_code: int | None = None):
        self.token = token
        self.privileged_allowed = privileged_allowed
        self.identify_close_code = identify_close_code  # e.g. 4014: the portal revoked an intent
        self.calls: list[Call] = []
        self.unhandled: list[str] = []
        self.gateway_log: list[dict] = []  # every op the client sent, heartbeats included
        self.identify_intents: int | None = None
        self.session_id = "fake-session-1"
        self.rate_limit_messages = 0  # answer this many message POSTs with 429 first
        self.identified: list[dict] = []  # every accepted IDENTIFY's data, "shard" included when sharded
        self.gone_channels: dict[int, tuple[int, int, str]] = {}  # channel -> (status, code, message)
        self.channel_messages: dict[int, list[dict]] = {}  # what was posted where, oldest first
        self.server_errors_after_posting = 0  # answer this many message POSTs with 500 after posting them
        self._ids = itertools.count(820000000000000000)
        self._seq = 0
        self._ws: web.WebSocketResponse | None = None
        self._changed = asyncio.Condition()
        self._runner: web.AppRunner | None = None
        self.port = 0

    # -- lifecycle ---------------------------------------------------------------------

    async def start(self) -> FakeDiscord:
        app = web.Application()
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{path:.*}", self._rest)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]
        return self

    async def close(self) -> None:
        if self._ws is not None and not self._ws.closed:
            await self._ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/gateway"

    def patch_discord(self, monkeypatch) -> None:
        """Point discord.py at this fake for one test (``monkeypatch`` undoes it)."""
        import discord
        import yarl

        monkeypatch.setattr(discord.http.Route, "BASE", self.api_url)
        monkeypatch.setattr(discord.gateway.DiscordWebSocket, "DEFAULT_GATEWAY", yarl.URL(self.gateway_url))

    async def wait_until(self, predicate, timeout: float = 5.0):
        """Wait until ``predicate()`` is truthy (checked whenever the fake records something)."""
        async with self._changed:
            await asyncio.wait_for(self._changed.wait_for(predicate), timeout)
        return predicate()

    async def _changed_now(self) -> None:
        async with self._changed:
            self._changed.notify_all()

    def posted(self, path_part: str = "/messages", method: str = "POST") -> list[Call]:
        return [c for c in self.calls if c.method == method and path_part in c.path]

    # -- gateway -----------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.WebSocketResponse:
        ws = web.WebSocketResponse()
        await ws.prepare(request)
        self._ws = ws
        await ws.send_json({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
        async for msg in ws:
            if msg.type is not WSMsgType.TEXT:
                break
            await self._on_gateway_op(ws, json.loads(msg.data))
        return ws

    async def _on_gateway_op(self, ws: web.WebSocketResponse, payload: dict) -> None:
        self.gateway_log.append(payload)
        op, data = payload["op"], payload.get("d")
        if op == 1:
            await ws.send_json({"op": 11, "d": None, "s": None, "t": None})
        elif op == 2:
            await self._identify(ws, data)
        elif op == 6:
            if data.get("session_id") != self.session_id or data.get("token") != self.token:
                await ws.send_json({"op": 9, "d": False, "s": None, "t": None})
            else:
                await self.dispatch("RESUMED", {})
        await self._changed_now()

    async def _identify(self, ws: web.WebSocketResponse, data: dict) -> None:
        if data.get("token") != self.token:
            await ws.close(code=4004, message=b"Authentication failed.")
            return
        self.identify_intents = data.get("intents", 0)
        if self.identify_close_code or (self.identify_intents & PRIVILEGED_INTENTS and not self.privileged_allowed):
            await ws.close(code=self.identify_close_code or 4014, message=b"Disallowed intent(s).")
            return
        self._seq = 0
        self.identified.append(data)
        await self.dispatch("READY", {
            "v": 10, "user": USERS[BOT_ID], "guilds": [{"id": str(GUILD_ID), "unavailable": True}],
            "session_id": self.session_id, "resume_gateway_url": self.gateway_url,
            "application": {"id": str(APP_ID), "flags": 0}, "private_channels": [], "relationships": [],
            **({"shard": data["shard"]} if "shard" in data else {}),  # Discord echoes a sharded IDENTIFY's [id, count]
        })
        await self.dispatch("GUILD_CREATE", self.guild_payload())

    async def dispatch(self, event: str, data: dict) -> None:
        """Send one DISPATCH (op 0) to the connected client."""
        self._seq += 1
        await self._ws.send_json({"op": 0, "t": event, "s": self._seq, "d": data})

    async def send_reconnect(self) -> None:
        await self._ws.send_json({"op": 7, "d": None, "s": None, "t": None})

    def guild_payload(self) -> dict:
        everyone = {"id": str(GUILD_ID), "name": "@everyone", "permissions": str(EVERYONE_PERMISSIONS), "position": 0,
                    "color": 0, "hoist": False, "managed": False, "mentionable": False, "flags": 0}
        mods = everyone | {"id": str(MOD_ROLE_ID), "name": "mods", "position": 1, "permissions": str(EVERYONE_PERMISSIONS | MANAGE_CHANNELS)}
        own = everyone | {"id": str(BOT_ROLE_ID), "name": "cyberbot", "position": 2, "managed": True,
                          "tags": {"bot_id": str(BOT_ID)}}
        return {
            "id": str(GUILD_ID), "name": "NATO cyber fans", "owner_id": "810000000000000099", "unavailable": False,
            "member_count": 4, "large": False, "features": [], "emojis": [], "stickers": [], "threads": [],
            "stage_instances": [], "guild_scheduled_events": [], "voice_states": [], "presences": [],
            "roles": [everyone, mods, own], "joined_at": TIMESTAMP, "verification_level": 0, "mfa_level": 0,
            "explicit_content_filter": 0, "default_message_notifications": 0, "premium_tier": 0,
            "preferred_locale": "en-GB", "system_channel_flags": 0, "nsfw_level": 0,
            "channels": [{"id": str(CHANNEL_ID), "type": 0, "name": "general", "position": 0,
                          "permission_overwrites": [], "guild_id": str(GUILD_ID), "nsfw": False}],
            "members": [member(BOT_ID) | {"user": USERS[BOT_ID]}],
        }

    # -- what users do -------------------------------------------------------------------

    async def user_says(self, content: str, *, author: int = USER_ID, dm: bool = False) -> dict:
        """A user posts ``content`` in #general (or a DM); delivered as Discord would."""
        message = self.message_payload(content, author=author, channel=DM_CHANNEL_ID if dm else CHANNEL_ID, guild=not dm)
        await self._deliver(message)
        return message

    async def _deliver(self, message: dict) -> None:
        intents = self.identify_intents or 0
        if not intents & (DIRECT_MESSAGES if "guild_id" not in message else GUILD_MESSAGES):
            return
        exempt = "guild_id" not in message or any(m["id"] == str(BOT_ID) for m in message["mentions"]) or message["author"]["id"] == str(BOT_ID)
        if not intents & MESSAGE_CONTENT and not exempt:
            message = message | {"content": "", "embeds": []}
        await self.dispatch("MESSAGE_CREATE", message)

    def message_payload(self, content: str, *, author: int, channel: int, guild: bool, **extra) -> dict:
        mentioned = [int(u) for u in _USER_MENTION.findall(content or "") if int(u) in USERS]
        message = {
            "id": str(next(self._ids)), "channel_id": str(channel), "author": USERS[author], "content": content or "",
            "timestamp": TIMESTAMP, "edited_timestamp": None, "tts": False,
            "mention_everyone": "@everyone" in (content or "") or "@here" in (content or ""),
            "mentions": [USERS[u] | ({"member": member(u)} if guild else {}) for u in mentioned],
            "mention_roles": _ROLE_MENTION.findall(content or ""), "attachments": [], "embeds": [],
            "pinned": False, "type": 0, "flags": 0,
        } | extra
        if guild:
            message |= {"guild_id": str(GUILD_ID), "member": member(author)}
        return message

    async def interaction(self, options: list[dict], *, sub: str, autocomplete: bool = False,
                          author: int = USER_ID, dm: bool = False) -> dict:
        """Someone runs ``/cyber <sub> …`` (type 2) or types in one of its options (type 4)."""
        payload = {
            "id": str(next(self._ids)), "application_id": str(APP_ID), "type": 4 if autocomplete else 2,
            "token": f"itoken-{next(self._ids)}", "version": 1, "attachment_size_limit": 10_485_760,
            "locale": "en-GB", "entitlements": [], "authorizing_integration_owners": {"0": str(GUILD_ID)},
            "app_permissions": str(EVERYONE_PERMISSIONS),
            "data": {"id": "830000000000000001", "name": "cyber", "type": 1,
                     "options": [{"name": sub, "type": 1, "options": options}]},
        }
        if dm:
            payload |= {"user": USERS[author], "context": 1,
                        "channel": {"id": str(DM_CHANNEL_ID), "type": 1, "recipients": [USERS[author]]}, "channel_id": str(DM_CHANNEL_ID)}
        else:
            perms = EVERYONE_PERMISSIONS | (MANAGE_CHANNELS if author == ADMIN_ID else 0)
            payload |= {"guild_id": str(GUILD_ID), "guild_locale": "en-GB", "context": 0, "channel_id": str(CHANNEL_ID),
                        "channel": {"id": str(CHANNEL_ID), "type": 0, "guild_id": str(GUILD_ID), "name": "general", "position": 0, "permission_overwrites": []},
                        "member": member(author) | {"user": USERS[author], "permissions": str(perms)}}
        await self.dispatch("INTERACTION_CREATE", payload)
        return payload

    # -- REST ----------------------------------------------------------------------------

    async def _rest(self, request: web.Request) -> web.Response:
        body = await request.read()
        payload = json.loads(body) if body and request.content_type == "application/json" else None
        path = "/" + request.match_info["path"]
        call = Call(request.method, path, dict(request.query), payload)
        unauthenticated = path.startswith(("/interactions/", "/webhooks/"))  # these carry their own token
        if not unauthenticated and request.headers.get("Authorization") != f"Bot {self.token}":
            self.calls.append(call)
            return _json({"message": "401: Unauthorized", "code": 0}, status=401)
        response = await self._route(call)
        if response is None:
            self.unhandled.append(f"{request.method} {path}")
            response = _json({"message": "404: Not Found", "code": 0}, status=404)
        else:
            self.calls.append(call)
        await self._changed_now()
        return response

    async def _route(self, call: Call) -> web.Response | None:
        method, path = call.method, call.path
        if (method, path) == ("GET", "/users/@me"):
            return _json(USERS[BOT_ID] | {"verified": True, "mfa_enabled": False, "flags": 0})
        if (method, path) == ("GET", "/oauth2/applications/@me"):
            return _json({"id": str(APP_ID), "name": "cyberbot", "description": "", "icon": None, "bot_public": True,
                          "bot_require_code_grant": False, "owner": USERS[ADMIN_ID], "verify_key": "00", "flags": 0})
        if match := re.fullmatch(r"/channels/(\d+)/messages", path):
            if method == "GET":
                limit = int(call.query.get("limit", 50))
                listed = list(reversed(self.channel_messages.get(int(match[1]), [])))[:limit]
                return _json([{k: v for k, v in m.items() if k != "nonce"} for m in listed])  # as Discord: no nonce here
            return await self._create_message(call, int(match[1])) if method == "POST" else None
        if method == "PUT" and re.fullmatch(rf"/applications/{APP_ID}(/guilds/\d+)?/commands", path):
            return _json([self._registered(c, path) for c in call.json])
        if method == "POST" and (match := re.fullmatch(r"/interactions/(\d+)/([^/]+)/callback", path)):
            return _json(self._callback_response(int(match[1]), call.json))
        if method == "POST" and re.fullmatch(rf"/webhooks/{APP_ID}/[^/]+", path):
            return _json(self.message_payload(call.json.get("content"), author=BOT_ID, channel=CHANNEL_ID, guild=True,
                                              embeds=call.json.get("embeds", [])))
        return None

    async def _create_message(self, call: Call, channel: int) -> web.Response:
        if channel in self.gone_channels:
            status, code, text = self.gone_channels[channel]
            return _json({"message": text, "code": code}, status=status)
        if self.rate_limit_messages > 0:
            self.rate_limit_messages -= 1
            body = {"message": "You are being rate limited.", "retry_after": 0.05, "global": False}
            return _json(body, status=429, headers={"Via": "1.1 google", "Retry-After": "1", "X-RateLimit-Scope": "user"})
        sent = call.json or {}
        nonce = sent.get("nonce")
        if nonce and sent.get("enforce_nonce"):  # Discord returns the first message for a repeated nonce
            for earlier in self.channel_messages.get(channel, []):
                if earlier.get("nonce") == nonce:
                    return _json(earlier)
        reference = {"message_reference": sent["message_reference"] | {"type": 0}} if sent.get("message_reference") else {}
        message = self.message_payload(sent.get("content"), author=BOT_ID, channel=channel, guild=channel == CHANNEL_ID,
                                       embeds=sent.get("embeds", []), **reference, **({"nonce": nonce} if nonce else {}))
        self.channel_messages.setdefault(channel, []).append(message)
        asyncio.get_running_loop().create_task(self._deliver(message))  # Discord echoes the bot's own posts
        if self.server_errors_after_posting > 0:
            self.server_errors_after_posting -= 1
            return _json({"message": "500: Internal Server Error", "code": 0}, status=500)
        return _json(message)

    def _registered(self, command: dict, path: str) -> dict:
        guild = re.search(r"/guilds/(\d+)/", path)
        return command | {"id": str(next(self._ids)), "application_id": str(APP_ID), "version": "1",
                          "type": command.get("type", 1), "default_member_permissions": None, "nsfw": False,
                          **({"guild_id": guild[1]} if guild else {})}

    def _callback_response(self, interaction_id: int, body: dict) -> dict:
        data = body.get("data") or {}
        answer = {"interaction": {"id": str(interaction_id), "type": 2, "response_message_id": str(next(self._ids)),
                                  "response_message_loading": body["type"] == 5,
                                  "response_message_ephemeral": bool(data.get("flags", 0) & 64)},
                  "resource": {"type": body["type"]}}
        if body["type"] == 4:
            answer["resource"]["message"] = self.message_payload(data.get("content"), author=BOT_ID, channel=CHANNEL_ID,
                                                                 guild=True, embeds=data.get("embeds", []))
        return answer

    # -- what the bot put on the wire ------------------------------------------------------

    def callbacks(self) -> list[dict]:
        """Bodies of every interaction callback (type 4 message, 5 defer, 8 autocomplete)."""
        return [c.json for c in self.posted("/callback")]


def _json(payload, *, status: int = 200, headers: dict | None = None) -> web.Response:
    """JSON with ``Content-Type: application/json`` exactly, as discord.py expects."""
    return web.Response(body=json.dumps(payload).encode(), status=status,
                        headers={"Content-Type": "application/json", **(headers or {})})
