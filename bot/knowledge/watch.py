"""Live reload: pick up an edited knowledge file without a restart.

Two triggers, both ending in ``Bot.reload()`` (which validates the new file
first, swaps it in whole, and keeps the last good one when it is broken):

    start_live_reload(bot)                   # both of the below, for a long-running bot

    watcher = KnowledgeWatcher(bot)          # polls every 2 s
    watcher.start_thread()                   # a daemon thread, or:
    task = asyncio.create_task(watcher.run())  # inside an event loop

    install_sighup_reload(bot)               # kill -HUP <pid> reloads

The watcher compares the file's size and modification time (to the
nanosecond) on each poll and, when either moved, its SHA-256: an edit
reloads, a ``touch`` does not, and a broken file is tried once, not on every
poll. A changed file is loaded only once it has stayed the same (size, mtime
and hash) for ``settle`` seconds, so a file being written in place is not
read half-way; a load that would still remove more than a quarter of any kind
of entry is held (``bot.reloading``). Only a regular file is read: a FIFO or
device put in its place is reported, never opened for reading. Seed files are
read on reload but not watched.

To replace the file in one step, write the new version next to it and rename
it over the old one (``mv new.yaml knowledge.yaml``; ``os.replace``): the
watcher then sees either the old file or the new one, never a mix.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .files import NotARegularFile, read_regular_bytes, regular_file_problem

if TYPE_CHECKING:
    from ..reply import Reply
    from ..service import Bot

log = logging.getLogger(__name__)

DEFAULT_INTERVAL = 2.0


@dataclass(frozen=True)
class FileStamp:
    """What the watcher remembers of the file between polls."""

    mtime_ns: int
    size: int
    sha256: str


def stamp_file(path: str, previous: FileStamp | None = None) -> FileStamp | None:
    """The file's stamp (None when it cannot be read or is not a regular file); hashes only when size or mtime moved."""
    try:
        stat = os.stat(path)
        if regular_file_problem(stat.st_mode):
            return None
        if previous and (stat.st_mtime_ns, stat.st_size) == (previous.mtime_ns, previous.size):
            return previous
        digest = hashlib.sha256(read_regular_bytes(path)).hexdigest()
    except (OSError, NotARegularFile):
        return None
    return FileStamp(stat.st_mtime_ns, stat.st_size, digest)


def reload_and_log(bot: Bot, reason: str) -> Reply:
    """Reload the bot's knowledge and log why (``Bot.reload`` runs one reload at a time, whichever trigger fired)."""
    log.info("reloading knowledge from %s (%s)", bot.knowledge_path, reason)
    return bot.reload()  # logs the counts and removals, or every problem at ERROR


class KnowledgeWatcher:
    """Polls the bot's knowledge file and reloads the bot once new content has settled."""

    def __init__(
        self,
        bot: Bot,
        *,
        interval: float = DEFAULT_INTERVAL,
        settle: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ):
        if not bot.knowledge_path:
            raise ValueError("this bot was not loaded from a file; build it with Bot.from_path() to watch its knowledge")
        self.bot = bot
        self.path = bot.knowledge_path
        self.interval = interval
        self.settle = interval if settle is None else settle  # unchanged this long before it is read
        self.clock = clock
        self._last = stamp_file(self.path)  # the content last loaded (or tried)
        self._pending: FileStamp | None = None  # new content, waiting to settle
        self._pending_since = 0.0
        self._unreadable = False
        self._stop = threading.Event()

    def check(self) -> Reply | None:
        """Reload once if the content changed and has settled since; return the reload's reply."""
        current = stamp_file(self.path, self._pending or self._last)
        if current is None:
            if not self._unreadable:
                log.warning("knowledge file %s cannot be read or is not a regular file; still serving the last good one", self.path)
            self._unreadable, self._last, self._pending = True, None, None
            return None
        self._unreadable = False
        if self._last is not None and current.sha256 == self._last.sha256:
            self._pending = None  # back to what is loaded: nothing to do
            return None
        if current != self._pending:  # new, or still being written
            self._pending, self._pending_since = current, self.clock()
            return None
        if self.clock() - self._pending_since < self.settle:
            return None
        self._last, self._pending = current, None  # a broken file is tried once, not on every poll
        return reload_and_log(self.bot, "file changed")

    def start_thread(self) -> threading.Thread:
        """Poll in a daemon thread until ``stop()``."""
        thread = threading.Thread(target=self._poll, name="knowledge-watcher", daemon=True)
        thread.start()
        return thread

    def stop(self) -> None:
        self._stop.set()

    async def run(self) -> None:
        """Poll inside an event loop until cancelled; the reload itself runs in a worker thread."""
        while not self._stop.is_set():
            await asyncio.sleep(self.interval)
            await asyncio.to_thread(self._check_logged)

    def _poll(self) -> None:
        while not self._stop.wait(self.interval):
            self._check_logged()

    def _check_logged(self) -> None:
        try:
            self.check()
        except Exception:  # keep watching whatever one reload did
            log.exception("knowledge watcher failed; will try again")


def install_sighup_reload(bot: Bot, loop: asyncio.AbstractEventLoop | None = None) -> bool:
    """Reload the knowledge on SIGHUP; False where the platform has no SIGHUP or this is not the main thread.

    With ``loop``, the signal is handled by the event loop; otherwise by a
    ``signal.signal`` handler. Either way the reload runs in a worker thread,
    never inside the signal handler.
    """
    if not hasattr(signal, "SIGHUP"):
        return False

    def reload_in_background() -> None:
        threading.Thread(target=reload_and_log, args=(bot, "SIGHUP"), name="knowledge-sighup", daemon=True).start()

    try:
        if loop is not None:
            loop.add_signal_handler(signal.SIGHUP, reload_in_background)
        else:
            signal.signal(signal.SIGHUP, lambda signum, frame: reload_in_background())
    except (ValueError, RuntimeError, NotImplementedError) as error:  # not the main thread; a loop without signals
        log.warning("cannot reload on SIGHUP here: %s", error)
        return False
    return True


def start_live_reload(bot: Bot, *, interval: float = DEFAULT_INTERVAL, loop: asyncio.AbstractEventLoop | None = None) -> KnowledgeWatcher:
    """Watch the bot's knowledge file in a daemon thread and reload on SIGHUP too; call once at startup."""
    watcher = KnowledgeWatcher(bot, interval=interval)
    watcher.start_thread()
    install_sighup_reload(bot, loop)
    return watcher
