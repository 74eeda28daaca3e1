"""cyberbot in Slack: the only module that imports slack_bolt.

Thin on purpose: a Slack payload becomes a ``Request``, the core's ``Bot``
answers it, ``slack_render`` turns the ``Reply`` into Block Kit. Slash commands
are answered in the acknowledgement itself (``process_before_response=True``:
no 10 ms polling floor), by a middleware that runs after Bolt's own (signature,
authorization) and hands Bolt the answer's JSON, encoded once per memoised reply;
mentions, DMs and button clicks are acknowledged at once and answered by lazy
listeners, because they need Web API calls that may be slow or retried after a 429.

    app = build_app(bot, settings)          # a slack_bolt.App
    make_http_server(app, "0.0.0.0", 3000)  # HTTP mode, or SocketModeHandler(app, xapp).start()
"""

from __future__ import annotations

import logging
import re
import sys
import threading
import time
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from wsgiref.simple_server import WSGIServer, make_server

from slack_bolt import App, BoltResponse
from slack_bolt.adapter.wsgi import SlackRequestHandler
from slack_bolt.error import BoltError
from slack_bolt.middleware import Middleware
from slack_bolt.request import BoltRequest
from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.commands import find_command
from bot.curation.feedback import NOT_RECORDED, VERDICTS, feedback_value
from bot.ratelimit import RateLimiter
from bot.reply import Reply
from bot.request import Request

from .http_server import PooledWSGIServer, QuietHandler
from .render import SHARE_ACTION, SUGGEST_ACTION_PREFIX, RenderMemo, ack_body, render_notice, unescape
from .sender import SlackDigestSender, make_web_client  # SlackDigestSender re-exported for the scheduler
from .settings import SettingsError, SlackSettings, command_setting, read_settings

log = logging.getLogger(__name__)

FAILURE = "Something went wrong; it has been logged (request id {rid})."
SLOW_DOWN = "You're asking faster than I can keep up: please wait {seconds} s and try again."
ADMIN_CACHE_SECONDS = 600.0
SEEN_EVENTS = 1000  # event ids remembered to drop Slack's redeliveries
_LEADING_MENTION = re.compile(r"^\s*(<@[A-Z0-9]+(\|[^>]*)?>[\s,:]*)+")


@dataclass(frozen=True)
class Caller:
    """Who asked, and where: Slack ids."""

    team: str
    channel: str
    user: str


@dataclass(frozen=True)
class Answer:
    """A message ready to send, the reply behind it (None for a rate-limit or failure notice), and
    the words its Share button re-asks (None: no button)."""

    message: dict
    reply: Reply | None
    share_query: str | None = None
    feedback: str | None = None  # what the "Helpful" / "Not right" buttons carry (None: no buttons)

    @property
    def shareable(self) -> bool:
        """A real answer: worth posting for everyone (notices, "not found" and errors stay private)."""
        return self.reply is not None and self.reply.ok


class SlackCyberbot:
    """The listeners: Slack in, ``bot.handle``, Block Kit out."""

    def __init__(self, bot, settings: SlackSettings):
        self.bot = bot
        self.settings = settings
        self.limiter = RateLimiter.from_setting(settings.rate_limit)
        self._lock = threading.Lock()  # for the redelivered-event memo; the server is threaded
        self._admin_cache: dict[str, tuple[bool, str | None, float]] = {}
        self._seen_events: OrderedDict[str, None] = OrderedDict()
        self._rendered = RenderMemo(settings.command)

    def register(self, app: App) -> None:
        app.use(SlashCommand(self.settings.command, self.on_command))
        app.event("app_mention")(ack=_ack_nothing, lazy=[self.on_mention])
        app.event("message")(ack=_ack_nothing, lazy=[self.on_direct_message])
        app.action(re.compile(rf"^{SUGGEST_ACTION_PREFIX}\d+$"))(ack=_ack_nothing, lazy=[self.on_suggestion])
        app.action(SHARE_ACTION)(ack=_ack_nothing, lazy=[self.on_share])
        app.action(re.compile(f"^({'|'.join(VERDICTS)})$"))(ack=_ack_nothing, lazy=[self.on_feedback])

    # -- the core call, shared by every listener ---------------------------------------------

    def answer(self, caller: Caller, text: str, client: WebClient, *, share_button: bool) -> Answer:
        """Ask the bot; a rate limit or any exception becomes a short private notice."""
        try:
            wait = self.limiter.wait(f"{caller.team}:{caller.user}")
            if wait is not None:
                return Answer(render_notice(SLOW_DOWN.format(seconds=wait)), None)
            can_manage, zone = self._admin_and_zone(caller.user, client) if self._needs_admin(text) else (False, None)
            request = Request(text, "slack", caller.team, caller.channel, caller.user, can_manage=can_manage, timezone=zone)
            reply = self.bot.handle(request)
            share = text if share_button and reply.ok and text else None  # nothing to re-ask for a bare /cyber
            recorder = getattr(self.bot, "recorder", None)  # a bot without one records nothing
            feedback = feedback_value(text, reply) if recorder is not None and recorder.settings.feedback else None
            return Answer(self._rendered.render(reply, share, feedback), reply, share, feedback)
        except Exception:
            rid = uuid.uuid4().hex[:12]
            log.exception("slack request %s failed: %r from %s in %s", rid, text[:200], caller.user, caller.channel)
            return Answer(render_notice(FAILURE.format(rid=rid)), None)

    # -- listeners ------------------------------------------------------------------------------

    def on_command(self, command: dict, client: WebClient) -> str:
        """``/cyber ...``: the acknowledgement's JSON, private with a Share button, or public for ``/cyber share ...``."""
        caller = Caller(command.get("team_id", ""), command.get("channel_id", ""), command.get("user_id", ""))
        words = unescape(command.get("text", "")).strip()
        public = self.settings.public_by_default
        first, _, rest = words.partition(" ")
        if first.lower() == "share":
            public, words = True, rest.strip()
        answer = self.answer(caller, words, client, share_button=not public)
        response_type = "in_channel" if public and answer.shareable else "ephemeral"
        if answer.reply is None:  # a notice: rare, not worth remembering
            return ack_body(answer.message, response_type)
        return self._rendered.ack_body(answer.reply, answer.share_query, response_type, answer.feedback)

    def on_mention(self, event: dict, body: dict, client: WebClient) -> None:
        """``@cyberbot quote rutte`` in a channel: answer in a thread under the mention (not to other bots)."""
        if event.get("bot_id") or not self._first_delivery(body):
            return
        text = unescape(_LEADING_MENTION.sub("", event.get("text", ""), count=1)).strip()
        thread = event.get("thread_ts") or event.get("ts")
        self._converse(client, self._event_caller(event, body), text, thread, dm=False)

    def on_direct_message(self, event: dict, body: dict, client: WebClient) -> None:
        """A message in the bot's DM: answer there. Other message events are not ours."""
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        if not self._first_delivery(body):
            return
        text = unescape(event.get("text", "")).strip()
        self._converse(client, self._event_caller(event, body), text, event.get("thread_ts"), dm=True)

    def on_suggestion(self, body: dict, action: dict, respond, client: WebClient) -> None:
        """A follow-up button: run that command for the one who clicked, privately."""
        answer = self.answer(_action_caller(body), unescape(action.get("value", "")), client, share_button=True)
        _safely(lambda: respond(**answer.message, response_type="ephemeral", replace_original=False))

    def on_share(self, body: dict, action: dict, respond, client: WebClient) -> None:
        """"Share in channel": post the same answer for everyone, then delete the private one."""
        answer = self.answer(_action_caller(body), unescape(action.get("value", "")), client, share_button=False)
        if not answer.shareable:
            _safely(lambda: respond(**answer.message, response_type="ephemeral", replace_original=False))
        elif _safely(lambda: respond(**answer.message, response_type="in_channel", replace_original=False)):
            _safely(lambda: respond(delete_original=True))

    def on_feedback(self, body: dict, action: dict, respond) -> None:
        """"Helpful" / "Not right": recorded once per person and answer; the thanks is private."""
        caller, recorder = _action_caller(body), getattr(self.bot, "recorder", None)
        verdict = VERDICTS[action.get("action_id", "")]
        value = unescape(action.get("value", ""))
        text = recorder.rate("slack", f"{caller.team}:{caller.user}", value, verdict, self.bot.clock()) if recorder else NOT_RECORDED
        _safely(lambda: respond(**render_notice(text), response_type="ephemeral", replace_original=False))

    # -- helpers ----------------------------------------------------------------------------------

    def _converse(self, client: WebClient, caller: Caller, text: str, thread: str | None, *, dm: bool) -> None:
        answer = self.answer(caller, text, client, share_button=False)
        where = {"channel": caller.channel, "thread_ts": thread, **answer.message}
        if answer.reply is not None or dm:  # asked in public: answer in public, notices aside
            _safely(lambda: client.chat_postMessage(**where, link_names=False))
        else:
            _safely(lambda: client.chat_postEphemeral(**where, user=caller.user))

    def _first_delivery(self, body: dict) -> bool:
        """False for an event Slack delivers again (a retry after a slow or lost ack): answer once."""
        event_id = body.get("event_id")
        if not event_id:
            return True
        with self._lock:
            if event_id in self._seen_events:
                return False
            self._seen_events[event_id] = None
            if len(self._seen_events) > SEEN_EVENTS:
                self._seen_events.popitem(last=False)
        return True

    @staticmethod
    def _event_caller(event: dict, body: dict) -> Caller:
        return Caller(body.get("team_id") or event.get("team", ""), event.get("channel", ""), event.get("user", ""))

    @staticmethod
    def _needs_admin(text: str) -> bool:
        """Whether ``text`` names an admin command (``reload``, ``digest subscribe``): only then ask Slack."""
        words = text.lower().split()
        spec = find_command(words[0]) if words else None
        if spec is None:
            return False
        if spec.admin:
            return True
        sub = next((s for s in spec.subcommands if len(words) > 1 and s.name == words[1]), None)
        return bool(sub and sub.admin)

    def _admin_and_zone(self, user: str, client: WebClient) -> tuple[bool, str | None]:
        """In ``CYBERBOT_SLACK_ADMINS``, or a workspace admin or owner per ``users.info`` (cached);
        with the user's Slack time zone from the same look-up, the default for ``digest subscribe``."""
        if user in self.settings.admins:
            return True, None
        cached = self._admin_cache.get(user)
        if cached and cached[2] > time.monotonic():
            return cached[0], cached[1]
        try:
            profile = client.users_info(user=user)["user"]
        except SlackApiError as error:
            log.warning("users.info failed for %s: %s", user, error.response.get("error"))
            return False, None
        verdict = bool(profile.get("is_admin") or profile.get("is_owner") or profile.get("is_primary_owner"))
        zone = profile.get("tz") or None
        self._admin_cache[user] = (verdict, zone, time.monotonic() + ADMIN_CACHE_SECONDS)
        return verdict, zone


class SlashCommand(Middleware):
    """Answers one slash command with ``answer(command, client) -> JSON``, as Bolt's last middleware.

    Registered with ``app.use``, so it runs after Bolt's built-in middleware:
    a request with a bad signature or a stale timestamp is refused (401)
    before it gets here. Answering here rather than in an ``app.command``
    listener spares each request Bolt's listener matching, the arguments it
    builds for the listener and ``ack``'s encoding of the message (the JSON
    comes already encoded); any other request goes on to the listeners.
    """

    def __init__(self, command: str, answer: Callable[[dict, WebClient], str]):
        self.command = command
        self.answer = answer

    def process(self, *, req: BoltRequest, resp: BoltResponse, next: Callable[[], BoltResponse]):  # noqa: A002
        if req.body.get("command") != self.command:
            return next()
        body = self.answer(req.body, req.context.client)
        return BoltResponse(status=200, body=body, headers={"content-type": "application/json;charset=utf-8"})


def _safely(send: Callable[[], object]) -> bool:
    """Send a message; a failure is logged with a request id, never raised into Bolt's thread pool."""
    try:
        send()
        return True
    except Exception:
        log.exception("slack send failed (request id %s)", uuid.uuid4().hex[:12])
        return False


def _ack_nothing(ack) -> None:
    ack()


def _action_caller(body: dict) -> Caller:
    user = body.get("user") or {}
    team = (body.get("team") or {}).get("id") or user.get("team_id", "")
    return Caller(team, (body.get("channel") or {}).get("id", ""), user.get("id", ""))


# -- wiring ----------------------------------------------------------------------------------------


def make_client(settings: SlackSettings) -> WebClient:
    """The app's Web API client (see ``slack_sender.make_web_client``)."""
    return make_web_client(settings.bot_token, settings.api_url)


class _NoClientTokenWarning(logging.Filter):
    """Bolt reads SLACK_BOT_TOKEN itself and warns that our client's token wins; it is the same token."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "`token` will be unused" not in record.getMessage()


_BOLT_LOG = logging.getLogger("slack_bolt")
_BOLT_LOG.addFilter(_NoClientTokenWarning())


def _bolt_logger() -> logging.Logger:
    """Bolt's logger with a level of its own, as Bolt gives its default loggers (the root's level).

    Bolt tests ``logger.level <= DEBUG`` (the logger's own level, not the effective one) before it
    formats a debug line for each of its six middlewares: a NOTSET logger formats them on every
    request, to be thrown away.
    """
    if _BOLT_LOG.level == logging.NOTSET:
        _BOLT_LOG.setLevel(_BOLT_LOG.getEffectiveLevel())
    return _BOLT_LOG


def build_app(bot, settings: SlackSettings, *, client: WebClient | None = None) -> App:
    """A Bolt app answering with ``bot``. Calls ``auth.test`` once (BoltError if the token is refused)."""
    app = App(
        client=client or make_client(settings),
        signing_secret=settings.signing_secret or "unused-in-socket-mode",
        request_verification_enabled=not settings.socket_mode,
        process_before_response=True,
        logger=_bolt_logger(),
    )
    SlackCyberbot(bot, settings).register(app)
    return app


def make_http_server(app: App, host: str, port: int, server_class: type[WSGIServer] = PooledWSGIServer) -> WSGIServer:
    """A WSGI server for ``/slack/events`` on a pool of threads (``App.start()`` serves one at a time)."""
    return make_server(host, port, SlackRequestHandler(app), server_class, QuietHandler)


def _start_digests(bot, client: WebClient, env) -> None:
    """Answer ``digest ...`` commands and post due digests through ``SlackDigestSender(client)`` (a daemon thread)."""
    from ..digest_runner import start_digest_thread

    start_digest_thread(bot, "slack", SlackDigestSender(client, command_setting(env)), env)


def run_slack(args, env) -> int:
    """``cyberbot slack``: Socket Mode with SLACK_APP_TOKEN, else HTTP on ``--port``."""
    try:
        if args.manifest:
            from .manifest import manifest_yaml

            print(manifest_yaml(command_setting(env), env.get("CYBERBOT_SLACK_REQUEST_URL") or None), end="")
            return 0
        settings = read_settings(env)
    except SettingsError as error:
        print(f"cyberbot slack: {error}", file=sys.stderr)
        return 2
    from bot.service import Bot
    from bot.curation.recorder import attach_recorder
    from bot.knowledge.watch import start_live_reload

    bot = Bot.from_path(args.knowledge)
    attach_recorder(bot, env)  # what was asked and missed, for `cyberbot insights`
    client = make_client(settings)
    try:
        app = build_app(bot, settings, client=client)
    except BoltError:
        print("cyberbot slack: SLACK_BOT_TOKEN was refused by Slack (auth.test): copy the current Bot User OAuth Token", file=sys.stderr)
        return 2
    except OSError as error:
        print(f"cyberbot slack: cannot reach Slack at {settings.api_url}: {error}", file=sys.stderr)
        return 1
    if settings.socket_mode:
        try:  # check the app token first, so a refusal is one line rather than the client's retry log
            client.apps_connections_open(app_token=settings.app_token)
        except SlackApiError as error:
            reason = error.response.get("error")
            print(f"cyberbot slack: SLACK_APP_TOKEN was refused by Slack ({reason}): create an app-level token "
                  "with the connections:write scope and turn Socket Mode on", file=sys.stderr)
            return 2
    start_live_reload(bot)  # an edited knowledge file, or SIGHUP, reloads it (this is the main thread)
    _start_digests(bot, client, env)
    if settings.socket_mode:
        from slack_bolt.adapter.socket_mode import SocketModeHandler

        print("cyberbot slack: connecting in Socket Mode; Ctrl-C to stop", file=sys.stderr, flush=True)
        SocketModeHandler(app, settings.app_token).start()
        return 0
    host = env.get("CYBERBOT_SLACK_HOST", "0.0.0.0")  # 127.0.0.1 behind a reverse proxy
    server = make_http_server(app, host, args.port)
    where = f"http://{host}:{server.server_port}/slack/events"
    print(f"cyberbot slack: listening on {where}; Ctrl-C to stop", file=sys.stderr, flush=True)
    try:
        server.serve_forever()
    finally:
        server.server_close()
    return 0
