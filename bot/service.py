"""The bot as adapters see it: one ``handle(request) -> Reply`` call.

``Bot`` holds the current knowledge (swapped whole on reload), the clock and,
when digests are configured, the digest service. ``handle`` is the dispatcher:
it parses the text, looks the command up in the registry (``bot.commands``),
refuses a caller whose roles the entry does not allow, and calls the entry's
handler (``bot.handlers``). It reads the clock at this boundary and passes
dates into the pure answering code. It never imports an adapter or a platform
library, and never turns an error into anything but a ``Reply``.

Answers are memoised per knowledge load: the engine is pure, so the same
text on the same date gets the same reply, and the memo is built with the
engine and replaced with it on reload (``Answering``), so no answer from the
old knowledge survives a reload.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from collections.abc import Callable
from typing import TYPE_CHECKING, NamedTuple

from .commands import Permission, find_command, permitted, rule_for
from .conversations import Conversations
from .answering.as_typed import question_as_typed
from .corrections import corrected, parse_correcting
from .errors import CyberbotError, PermissionDenied, StoreError, UsageError
from .handlers import Call, answer
from .reply import Reply
from .request import Request

if TYPE_CHECKING:
    from .answering.completion import Choice
    from .answering.engine import Engine
    from .knowledge.model import Knowledge

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]

REPLY_CACHE_SIZE = 512  # distinct (text, date) answers kept per knowledge load
CACHEABLE_TEXT = 300  # longer texts are one-offs: answered, not memoised
PERMISSION_MEMO_SIZE = 4096  # texts whose required permission is remembered (Bot.required_permission)
STORE_TROUBLE = "The digest store is busy or unavailable right now; please try again in a minute (the details are logged)."
REFUSED = {
    "manager": "Only people who can manage this channel can {action}. Ask a channel manager or an admin.",
    "admin": "Only admins can {action}. Ask an admin of this workspace or server.",
}


OUTCOMES = {"answer": "answered", "list": "answered", "help": "answered", "not_found": "not_found",
            "usage": "usage_error", "denied": "denied", "error": "error"}


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Answered(NamedTuple):
    """What ``Bot.handle`` tells an observer (metrics) about each request: never who asked or what they wrote.

    ``command`` is a registry name, ``"question"``, or ``"unknown"`` (a misspelt command);
    ``outcome`` one of ``OUTCOMES``' values.
    """

    platform: str
    command: str
    outcome: str
    seconds: float


class Bot:
    """Answers requests from every adapter.

    >>> bot = Bot.from_path(None)          # the shipped knowledge
    >>> bot.handle(Request("quote rutte")).title
    """

    def __init__(
        self,
        engine: Engine,
        *,
        knowledge_path: str | None = None,
        clock: Clock = utc_now,
        digests=None,
        reply_cache_size: int = REPLY_CACHE_SIZE,
        observe: Callable[[Answered], None] | None = None,
    ):
        self.reply_cache_size = reply_cache_size  # 0: answer every request afresh
        self._answering = Answering(engine, reply_cache_size)
        self.knowledge_path = knowledge_path
        self.clock = clock
        self.digests = digests  # bot.digests.commands.DigestCommands, or None
        self.reload_lock = threading.Lock()  # one reload at a time: the watcher, SIGHUP or an admin's `reload`
        self.observe = observe  # called after each request (metrics); never raises into handle
        self.reloads = 0  # knowledge loads swapped in since start
        self.recorder = None  # bot.curation.recorder.Recorder: what was asked and missed, when the operator allows
        self.conversations = Conversations(clock=lambda: self.clock().timestamp())  # for "and who hosted it?"

    @classmethod
    def from_path(cls, path: str | None, *, warm: bool = True, **kwargs) -> Bot:
        """Load and validate a knowledge file (None: the shipped one); raise KnowledgeError.

        ``warm`` also does now what the first requests would otherwise pay for
        (``warm_up``); a one-question process (``cyberbot ask``) passes False.
        """
        from .knowledge_cache import load_engine
        from .paths import default_knowledge_path

        path = str(path or default_knowledge_path())
        bot = cls(load_engine(path, starting=True), knowledge_path=path, **kwargs)  # nothing answered yet: compiled here
        if warm:
            bot.warm_up()
        return bot

    def warm_up(self) -> None:
        """Compile every pattern and build the engine's lazy indexes now, at load, rather than in some request's
        time, and set the garbage collector to run rarely (``bot.knowledge.collector``)."""
        from .knowledge.collector import collect_rarely
        from .patterns import compile_all

        compile_all()
        self.engine.warm()
        collect_rarely()

    @property
    def engine(self) -> Engine:
        return self._answering.engine

    @property
    def knowledge(self) -> Knowledge:
        return self._answering.engine.knowledge

    def reload(self, confirm: bool = False) -> Reply:
        """Load the knowledge file again; keep serving the old one if the new one is broken,
        or would remove more than a quarter of any kind of entry unless ``confirm``
        (``bot.reloading``).

        Serialised by ``reload_lock``, so a slow load of an older copy of the file
        can never be swapped in over a newer one loaded by another trigger.
        """
        from .reloading import reload_knowledge

        with self.reload_lock:
            outcome = reload_knowledge(self.knowledge_path, self.knowledge, confirm=confirm)
            if outcome.engine is not None:
                outcome.engine.warm()  # before the swap, not in the first questions' time
                # One reference swap of the engine with its (empty) memo: requests see the old or the new, never a mix.
                self._answering = Answering(outcome.engine, self.reply_cache_size)
                self.reloads += 1
            return outcome.reply

    def handle(self, request: Request) -> Reply:
        """Answer one request; never raises."""
        started = time.perf_counter()
        command = ["unknown"]  # the command's name once parsed, for the observer
        reply = self._answer(request, command)
        if self.recorder is not None:  # never raises: a store that cannot be written is logged once
            self.recorder.observe(request, reply, self.clock())
        if self.observe is not None:
            answered = Answered(request.platform, command[0], OUTCOMES.get(reply.kind, "answered"),
                                time.perf_counter() - started)
            try:
                self.observe(answered)
            except Exception:
                log.exception("the request observer failed")
        return reply

    def note_rate_limited(self, platform: str) -> None:
        """An adapter held a caller back before asking (their rate limit): tell the observer."""
        if self.observe is not None:
            self.observe(Answered(platform, "-", "rate_limited", 0.0))

    def _answer(self, request: Request, command: list[str]) -> Reply:
        now = self.clock()
        try:
            return self._dispatch(request, now, command)
        except UsageError as error:
            return Reply("usage", str(error), suggestions=error.suggestions)
        except PermissionDenied as error:
            return Reply("denied", str(error))
        except StoreError as error:  # its text names the database file and is meant for the operator
            log.error("%s request failed: %s", request.platform, error)
            _log_text(request)
            return Reply("error", STORE_TROUBLE)
        except CyberbotError as error:
            log.warning("%s request failed: %s", request.platform, error)
            _log_text(request)
            return Reply("error", str(error))
        except Exception:
            log.exception("unexpected error answering a %s request", request.platform)
            _log_text(request)
            return Reply("error", "Something went wrong; it has been logged.")

    def required_permission(self, request: Request) -> Permission:
        """Who may run what ``request`` asks (``"anyone"`` for a question or a typo).

        For adapters that learn the caller's roles slowly (Slack's ``users.info``):
        they look them up only when this is not ``"anyone"``, and after acknowledging.
        """
        answering, text = self._answering, request.addressed_text
        if (known := answering.permissions.get(text)) is not None:
            return known
        try:
            command = answering.engine.parse(text)
        except CyberbotError:
            return "anyone"
        rule = rule_for(command.name, command.sub)
        permission = rule.allowed if rule else "anyone"
        if len(text) <= CACHEABLE_TEXT:  # pure (text and registry only), so kept even with the reply memo off
            if len(answering.permissions) >= PERMISSION_MEMO_SIZE:
                answering.permissions.clear()
            answering.permissions[text] = permission
        return permission

    def complete(self, kind: str, prefix: str, limit: int = 25) -> list[Choice]:
        """Autocomplete choices for an argument kind (``bot.commands.ArgumentKind``); never slow."""
        return self._answering.engine.complete(kind, prefix, limit)

    def _dispatch(self, request: Request, now: dt.datetime, name: list[str]) -> Reply:
        answering = self._answering
        today = local_date(now, request.timezone)
        text = question_as_typed(request.addressed_text, answering.engine.lookup)  # ":eyes:", "<#C1|cyber>", "🙏", "hey cyberbot,": no words of it
        if (said := self.conversations.recent(request)) is not None:
            text = answering.engine.follow_up(text, said.subject, today, said.people, said.title, said.asked, said.listed, said.more) or text
        key = (text, today, request.platform, request.roles)
        remembered = answering.recall(key)
        if remembered is not None:
            name[0] = remembered[1]
            self.conversations.note(request, remembered[0], text)
            return remembered[0]
        command, misspelt, correction = parse_correcting(answering.engine, text)  # "evnts 2024": events 2024, said so
        name[0] = command.name or "question"
        rule = rule_for(command.name, command.sub)
        if rule is not None and not permitted(rule.allowed, request.roles):
            raise PermissionDenied(REFUSED[rule.allowed].format(action=rule.refusal or f"run {command.name}"))
        spec = find_command(command.name) if command.name else None
        call = Call(command, request, now, today, answering.engine, self)
        handler = spec.handler if spec else None
        reply = corrected(answer, call, handler, misspelt, correction) if misspelt and correction else answer(call, handler)
        if spec is None or spec.pure:
            answering.remember(key, (reply, name[0]))
        self.conversations.note(request, reply, text)
        return reply


class Answering:
    """An engine and the memo of its replies, built together and replaced together on reload.

    The key is ``(text, the caller's date, platform, roles)``: the text and
    date are all the pure handlers read today (they answer by date, not by
    the time of day); platform and roles are in the key so that an answer
    that comes to depend on them stays right. Only answers of commands the
    registry marks ``pure`` (and of questions) are remembered, never
    ``reload``, ``digest`` or an exception. Thread-safe: one dict read per
    recall; writes take a lock. When full, the oldest reply makes room for each
    new one (emptying the whole memo at once froze one request for the time it
    takes to free hundreds of replies).
    """

    def __init__(self, engine: Engine, size: int):
        self.engine = engine
        self.size = size
        self._replies: dict[tuple, tuple[Reply, str]] = {}
        self._writing = threading.Lock()
        self.permissions: dict[str, Permission] = {}  # text -> who may run it (``Bot.required_permission``)

    def recall(self, key: tuple) -> tuple[Reply, str] | None:
        """The remembered reply and the name of the command it answered."""
        return self._replies.get(key)

    def remember(self, key: tuple, reply: tuple[Reply, str]) -> None:
        if self.size <= 0 or len(key[0]) > CACHEABLE_TEXT:
            return
        replies = self._replies
        with self._writing:
            while len(replies) >= self.size:
                del replies[next(iter(replies))]  # the oldest (dicts keep insertion order)
            replies[key] = reply


def _log_text(request: Request) -> None:
    """What the user wrote is theirs: in the log only at debug level."""
    log.debug("the request that failed: %r", request.text[:200])


def local_date(now: dt.datetime, zone: str | None) -> dt.date:
    """Today's date where the caller is, or in UTC when their zone is unknown or absurd (``bot.safe_values``)."""
    if not zone:  # most requests: no import statement run (a few microseconds each)
        return now.date()
    from .safe_values import local_date as checked_local_date

    return checked_local_date(now, zone)
