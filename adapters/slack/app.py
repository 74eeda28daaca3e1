"""cyberbot in Slack: the Bolt app and its listeners, in three steps each.

*to request* (``to_request``: a payload becomes a ``Request``), the core's
``Bot.handle``, *render* (``render``: the ``Reply`` becomes Block Kit), then
*send*: the slash command's acknowledgement (``slash``), ``chat.postMessage``
for mentions and DMs, ``response_url`` for buttons. No answering logic and no
reading of the command's words here: the core says whether a command needs
the caller's roles, and only then are they looked up (``roles``), from a
cache within the acknowledgement, or after it.

Mentions, DMs and button clicks are acknowledged at once and answered by lazy
listeners, because they need Web API calls that may be slow or retried after a 429.

    app = build_app(bot, settings)          # a slack_bolt.App
    make_http_server(app, "0.0.0.0", 3000, signing_secret=secret)  # HTTP mode; or SocketModeHandler(app, xapp).start()
"""

from __future__ import annotations

import logging
import re
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, replace

from slack_bolt import App
from slack_sdk import WebClient

from bot.curation.feedback import NOT_RECORDED, VERDICTS, feedback_value
from bot.ratelimit import RateLimiter
from bot.reply import Reply
from bot.request import Request, split_share
from bot.safe_values import text_field, visible

from . import to_request
from .bolt_logging import bolt_logger
from .render import (
    SHARE_ACTION,
    SUGGEST_ACTION_PREFIX,
    RenderMemo,
    ack_body,
    render_notice,
    unescape,
)
from .roles import SlackDirectory
from .sender import make_web_client
from .settings import SlackSettings
from .slash import FAILURE, SlashCommand

log = logging.getLogger(__name__)

BROKEN_BUTTON = "That button carries nothing I can run; type `{command} help` to see what I can do."
SLOW_DOWN = "You're asking faster than I can keep up: please wait {seconds} s and try again."
SEEN_EVENTS = 1000  # event ids remembered to drop Slack's redeliveries


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
        self.directory = SlackDirectory(settings.admins)
        self._lock = threading.Lock()  # for the redelivered-event memo; the server is threaded
        self._seen_events: OrderedDict[str, None] = OrderedDict()
        self._rendered = RenderMemo(settings.command)

    def register(self, app: App) -> None:
        app.use(SlashCommand(self.settings.command, self.command_now, self.command_later))
        app.event("app_mention")(ack=_ack_nothing, lazy=[self.on_mention])
        app.event("message")(ack=_ack_nothing, lazy=[self.on_direct_message])
        app.action(re.compile(rf"^{SUGGEST_ACTION_PREFIX}\d+$"))(ack=_ack_nothing, lazy=[self.on_suggestion])
        app.action(SHARE_ACTION)(ack=_ack_nothing, lazy=[self.on_share])
        app.action(re.compile(f"^({'|'.join(VERDICTS)})$"))(ack=_ack_nothing, lazy=[self.on_feedback])

    # -- the core call, shared by every listener ---------------------------------------------

    def answer(self, request: Request, client: WebClient | None, *, share_button: bool) -> Answer | None:
        """Ask the bot; a rate limit or any exception becomes a short private notice.

        With ``client`` None (inside a slash command's acknowledgement) a caller whose roles
        are not cached gives None: answer again with a client once acknowledged.
        """
        try:
            request = self._with_roles(request, client)
            if request is None:
                return None
            wait = self.limiter.wait(f"{request.workspace}:{request.user}")
            if wait is not None:
                self.bot.note_rate_limited("slack")
                return Answer(render_notice(SLOW_DOWN.format(seconds=wait)), None)
            reply = self.bot.handle(request)
            share = request.text if share_button and reply.ok and request.text else None  # nothing to re-ask for a bare /cyber
            recorder = getattr(self.bot, "recorder", None)  # a bot without one records nothing
            feedback = feedback_value(request.text, reply) if recorder is not None and recorder.settings.feedback else None
            return Answer(self._rendered.render(reply, share, feedback), reply, share, feedback)
        except Exception:
            rid = uuid.uuid4().hex[:12]
            log.exception("slack request %s failed", rid)
            log.debug("slack request %s was %r from %s in %s", rid, request.text[:200], request.user, request.channel)
            return Answer(render_notice(FAILURE.format(rid=rid)), None)

    def _with_roles(self, request: Request, client: WebClient | None) -> Request | None:
        """``request`` with the caller's roles and zone, when the core says the command needs them."""
        if self.bot.required_permission(request) == "anyone":
            return request
        standing = self.directory.cached(request.user)
        if standing is None:
            if client is None:
                return None
            standing = self.directory.look_up(request.user, client)
        return replace(request, roles=standing.roles, timezone=standing.timezone)

    # -- listeners ------------------------------------------------------------------------------

    def command_now(self, body: dict, client: WebClient, bot_user: str) -> str | None:
        """``/cyber ...``: the acknowledgement's JSON, or None when the answer must wait for a look-up."""
        request, public = self._command_request(body, bot_user)
        answer = self.answer(request, None, share_button=not public)
        if answer is None:
            return None
        response_type = "in_channel" if public and answer.shareable else "ephemeral"
        if answer.reply is None:  # a notice: rare, not worth remembering
            return ack_body(answer.message, response_type)
        return self._rendered.ack_body(answer.reply, answer.share_query, response_type, answer.feedback)

    def command_later(self, body: dict, client: WebClient, bot_user: str) -> dict:
        """The same answer, after the acknowledgement: the message for the command's ``response_url``."""
        request, public = self._command_request(body, bot_user)
        answer = self.answer(request, client, share_button=not public)
        response_type = "in_channel" if public and answer.shareable else "ephemeral"
        return {**answer.message, "response_type": response_type}

    def _command_request(self, body: dict, bot_user: str) -> tuple[Request, bool]:
        """Private with a Share button, or public for ``/cyber share ...`` (or when public by default)."""
        share, words = split_share(unescape(body.get("text", "")))
        return to_request.from_command(body, words, bot_user), share or self.settings.public_by_default

    def on_mention(self, event: dict, body: dict, client: WebClient, context) -> None:
        """``@cyberbot quote rutte`` in a channel: answer in a thread under the mention (not to other bots)."""
        if event.get("bot_id") or not self._first_delivery(body):
            return
        thread = event.get("thread_ts") or event.get("ts")
        self._converse(client, to_request.from_event(event, body, context.bot_user_id or ""), thread, dm=False)

    def on_direct_message(self, event: dict, body: dict, client: WebClient, context) -> None:
        """A message in the bot's DM: answer there. Other message events are not ours."""
        if event.get("channel_type") != "im" or event.get("subtype") or event.get("bot_id"):
            return
        if not self._first_delivery(body):
            return
        request = to_request.from_event(event, body, context.bot_user_id or "")
        self._converse(client, request, event.get("thread_ts"), dm=True)

    def on_suggestion(self, body: dict, action: dict, respond, client: WebClient) -> None:
        """A follow-up button: run that command for the one who clicked, privately."""
        if self._refuse_broken_button(action, respond):
            return
        answer = self.answer(to_request.from_action(body, action), client, share_button=True)
        _safely(lambda: respond(**answer.message, response_type="ephemeral", replace_original=False))

    def on_share(self, body: dict, action: dict, respond, client: WebClient) -> None:
        """"Share in channel": post the same answer for everyone, then delete the private one."""
        if self._refuse_broken_button(action, respond):
            return
        answer = self.answer(to_request.from_action(body, action), client, share_button=False)
        if not answer.shareable:
            _safely(lambda: respond(**answer.message, response_type="ephemeral", replace_original=False))
        elif _safely(lambda: respond(**answer.message, response_type="in_channel", replace_original=False)):
            _safely(lambda: respond(delete_original=True))

    def on_feedback(self, body: dict, action: dict, respond) -> None:
        """"Helpful" / "Not right": recorded once per person and answer; the thanks is private."""
        clicker, recorder = to_request.from_action(body, action), getattr(self.bot, "recorder", None)
        verdict = VERDICTS[action.get("action_id", "")]
        voter = f"{clicker.workspace}:{clicker.user}"
        text = recorder.rate("slack", voter, clicker.text, verdict, self.bot.clock()) if recorder else NOT_RECORDED
        _safely(lambda: respond(**render_notice(text), response_type="ephemeral", replace_original=False))

    # -- helpers ----------------------------------------------------------------------------------

    def _refuse_broken_button(self, action: dict, respond) -> bool:
        """A malformed payload (no text value to run) gets a polite private notice instead of an answer."""
        if visible(text_field(action, "value")):
            return False
        notice = render_notice(BROKEN_BUTTON.format(command=self.settings.command))
        _safely(lambda: respond(**notice, response_type="ephemeral", replace_original=False))
        return True

    def _converse(self, client: WebClient, request: Request, thread: str | None, *, dm: bool) -> None:
        answer = self.answer(request, client, share_button=False)
        where = {"channel": request.channel, "thread_ts": thread, **answer.message}
        if answer.reply is not None or dm:  # asked in public: answer in public, notices aside
            _safely(lambda: client.chat_postMessage(**where, link_names=False))
        else:
            _safely(lambda: client.chat_postEphemeral(**where, user=request.user))

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


def make_client(settings: SlackSettings) -> WebClient:
    """The app's Web API client (see ``sender.make_web_client``)."""
    return make_web_client(settings.bot_token, settings.api_url)


def build_app(bot, settings: SlackSettings, *, client: WebClient | None = None,
              listener_executor: Executor | None = None) -> App:
    """A Bolt app answering with ``bot``. Calls ``auth.test`` once (BoltError if the token is refused).

    ``listener_executor`` runs the listeners that answer after the acknowledgement (Bolt's
    default: a pool of 10 threads); one thread answers events strictly in turn.
    """
    app = App(
        listener_executor=listener_executor,
        client=client or make_client(settings),
        signing_secret=settings.signing_secret or "unused-in-socket-mode",
        request_verification_enabled=not settings.socket_mode,
        process_before_response=True,
        logger=bolt_logger(),
    )
    SlackCyberbot(bot, settings).register(app)
    return app
