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
poll. Seed files are read on reload but not watched.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import signal
import threading
from dataclasses import dataclass
from typing import TYPE_CHECKING

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
    """The file's stamp (None when it cannot be read); hashes only when size or mtime moved."""
    try:
        stat = os.stat(path)
        if previous and (stat.st_mtime_ns, stat.st_size) == (previous.mtime_ns, previous.size):
            return previous
        with open(path, "rb") as file:
            digest = hashlib.sha256(file.read()).hexdigest()
    except OSError:
        return None
    return FileStamp(stat.st_mtime_ns, stat.st_size, digest)


def reload_and_log(bot: Bot, reason: str) -> Reply:
    """Reload the bot's knowledge and log why (``Bot.reload`` runs one reload at a time, whichever trigger fired)."""
    log.info("reloading knowledge from %s (%s)", bot.knowledge_path, reason)
    return bot.reload()  # logs the counts, or every problem at ERROR


class KnowledgeWatcher:
    """Polls the bot's knowledge file and reloads the bot when its content changes."""

    def __init__(self, bot: Bot, *, interval: float = DEFAULT_INTERVAL):
        if not bot.knowledge_path:
            raise ValueError("this bot was not loaded from a file; build it with Bot.from_path() to watch its knowledge")
        self.bot = bot
        self.path = bot.knowledge_path
        self.interval = interval
        self._last = stamp_file(self.path)
        self._stop = threading.Event()

    def check(self) -> Reply | None:
        """Reload once if the content changed since the last check; return the reload's reply."""
        current = stamp_file(self.path, self._last)
        if current is None:
            if self._last is not None:
                log.warning("knowledge file %s cannot be read; still serving the last good one", self.path)
            self._last = None
            return None
        changed = self._last is None or current.sha256 != self._last.sha256
        self._last = current  # a broken file is tried once, not on every poll
        return reload_and_log(self.bot, "file changed") if changed else None

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
