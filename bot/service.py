"""The bot as adapters see it: one ``handle(request) -> Reply`` call.

``Bot`` holds the current knowledge (swapped whole on reload), the clock and,
when digests are configured, the subscription store. It reads the clock at
this boundary and passes dates into the pure answering code.

Answers are memoised per knowledge load: the engine is pure, so the same
text on the same date gets the same reply, and the memo is built with the
engine and replaced with it on reload (``Answering``), so no answer from the
old knowledge survives a reload.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from .errors import CyberbotError, KnowledgeError, PermissionDenied, StoreError, UsageError
from .answering.phrasing import count_phrase
from .reply import Block, Reply
from .request import Request

if TYPE_CHECKING:
    from .answering.engine import Engine
    from .knowledge.model import Knowledge

log = logging.getLogger(__name__)

Clock = Callable[[], dt.datetime]

REPLY_CACHE_SIZE = 512  # distinct (text, date) answers kept per knowledge load
CACHEABLE_TEXT = 300  # longer texts are one-offs: answered, not memoised
STORE_TROUBLE = "The digest store is busy or unavailable right now; please try again in a minute (the details are logged)."


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


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
    ):
        self.reply_cache_size = reply_cache_size  # 0: answer every request afresh
        self._answering = Answering(engine, reply_cache_size)
        self.knowledge_path = knowledge_path
        self.clock = clock
        self.digests = digests  # bot.digests.commands.DigestCommands, or None
        self.reload_lock = threading.Lock()  # one reload at a time: the watcher, SIGHUP or an admin's `reload`

    @classmethod
    def from_path(cls, path: str | None, **kwargs) -> Bot:
        """Load and validate a knowledge file (None: the shipped one); raise KnowledgeError."""
        from .knowledge_cache import load_engine
        from .paths import default_knowledge_path

        path = str(path or default_knowledge_path())
        return cls(load_engine(path), knowledge_path=path, **kwargs)

    @property
    def engine(self) -> Engine:
        return self._answering.engine

    @property
    def knowledge(self) -> Knowledge:
        return self._answering.engine.knowledge

    def reload(self) -> Reply:
        """Load the knowledge file again; keep serving the old one if the new one is broken.

        Serialised by ``reload_lock``, so a slow load of an older copy of the file
        can never be swapped in over a newer one loaded by another trigger.
        """
        with self.reload_lock:
            return self._reload()

    def _reload(self) -> Reply:
        from .knowledge_cache import load_engine

        try:
            fresh = load_engine(self.knowledge_path)
        except KnowledgeError as error:
            log.error("knowledge reload refused, still serving the last good file:\n%s", error)
            lines = [str(p) for p in error.problems]
            shown = lines[:10] + ([f"… and {len(lines) - 10} more"] if len(lines) > 10 else [])
            return Reply(
                "error",
                "Reload refused: the knowledge file has problems",
                blocks=(Block("Still answering from the last good file.\n" + "\n".join(shown)),),
            )
        # One reference swap of the engine with its (empty) memo: requests see the old or the new, never a mix.
        self._answering = Answering(fresh, self.reply_cache_size)
        counts = fresh.counts()
        log.info("knowledge reloaded from %s: %s", self.knowledge_path, counts)
        return Reply("answer", "Knowledge reloaded", blocks=(Block(count_phrase(counts)),))

    def handle(self, request: Request) -> Reply:
        """Answer one request; never raises."""
        now = self.clock()
        try:
            return self._dispatch(request, now)
        except UsageError as error:
            return Reply("usage", str(error), suggestions=error.suggestions)
        except PermissionDenied as error:
            return Reply("denied", str(error))
        except StoreError as error:  # its text names the database file and is meant for the operator
            log.error("request %r failed: %s", request.text[:200], error)
            return Reply("error", STORE_TROUBLE)
        except CyberbotError as error:
            log.warning("request %r failed: %s", request.text[:200], error)
            return Reply("error", str(error))
        except Exception:
            log.exception("unexpected error answering %r", request.text[:200])
            return Reply("error", "Something went wrong; it has been logged.")

    def _dispatch(self, request: Request, now: dt.datetime) -> Reply:
        answering = self._answering
        today = local_date(now, request.timezone)
        key = (request.text, today, request.platform, request.can_manage)
        remembered = answering.recall(key)
        if remembered is not None:
            return remembered
        engine = answering.engine
        command = engine.parse(request.text)
        if command.name == "reload":
            if not request.can_manage:
                raise PermissionDenied(
                    "Only admins can reload the knowledge (Slack: workspace admins or CYBERBOT_SLACK_ADMINS; "
                    "Discord: people who can manage the channel)."
                )
            return self.reload()
        if command.name == "digest":  # reads and writes the subscription store: never memoised
            if self.digests is not None:
                return self.digests.handle(command, request, now, engine)
            return engine.answer(command, today=today, request=request)
        reply = engine.answer(command, today=today, request=request)
        answering.remember(key, reply)
        return reply


class Answering:
    """An engine and the memo of its replies, built together and replaced together on reload.

    The key is ``(text, the caller's date, platform, can_manage)``: the text
    and date are all ``Engine.parse`` and ``Engine.answer`` read today (they are
    pure, and answer by date, not by the time of day); platform and can_manage
    are in the key so that an answer that comes to depend on them stays right.
    Only engine answers are
    remembered, never ``reload``, ``digest`` or an exception. Thread-safe: one
    dict read or write per call, and the dict is emptied rather than evicted
    entry by entry when full.
    """

    def __init__(self, engine: Engine, size: int):
        self.engine = engine
        self.size = size
        self._replies: dict[tuple, Reply] = {}

    def recall(self, key: tuple) -> Reply | None:
        return self._replies.get(key)

    def remember(self, key: tuple, reply: Reply) -> None:
        if self.size <= 0 or len(key[0]) > CACHEABLE_TEXT:
            return
        if len(self._replies) >= self.size:
            self._replies.clear()  # a new day or a flood of one-off questions: start again
        self._replies[key] = reply


def local_date(now: dt.datetime, zone: str | None) -> dt.date:
    """Today's date where the caller is, or in UTC when their zone is unknown."""
    if zone:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            return now.astimezone(ZoneInfo(zone)).date()
        except (ZoneInfoNotFoundError, ValueError):
            pass
    return now.date()
