"""The digest service: one per process, wired by ``bot.cli`` for every platform alike.

It owns the store, answers ``digest ...`` commands (``commands``) and posts
due digests through the senders an adapter hands it: ``run_once`` for
``cyberbot digest run --once``, ``start``/``stop`` for a running bot, where
the scheduler runs on a thread of its own with its own event loop (its store
work never stalls an adapter's loop). A sender that must run on another
loop (Discord's) hands its own work over.

Must not: import a platform library, print, or exit: ``open`` raises
StoreError, which the CLI turns into a log line or an exit code.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Mapping

from ..store import SqlStore, open_store, redact
from .commands import DigestCommands
from .delivery import Outcome, Sender
from .scheduler import DigestScheduler
from .settings import DigestSettings

log = logging.getLogger(__name__)

STOP_WAIT = 10.0  # seconds an in-flight send may take to finish after a stop


class DigestService:
    """``service = DigestService.open(env)``; ``Bot(..., digests=service.commands)``; ``service.start(bot, senders)``."""

    def __init__(self, store: SqlStore, settings: DigestSettings):
        self.store = store
        self.settings = settings
        self.commands = DigestCommands(store, settings.default_timezone, grace=settings.grace)
        self._scheduler: DigestScheduler | None = None
        self._thread: threading.Thread | None = None
        self._task: asyncio.Task | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False

    @classmethod
    def open(cls, env: Mapping[str, str]) -> DigestService:
        """Read the settings and open the store; StoreError when it cannot be opened."""
        settings = DigestSettings.from_env(env)
        store = open_store(settings.location)
        log.info("daily digests: store %s", redact(store.location))
        return cls(store, settings)

    def scheduler(self, bot, senders: Mapping[str, Sender]) -> DigestScheduler:
        """A scheduler on the bot's knowledge and clock."""
        for platform, sender in senders.items():
            check = getattr(sender, "check_channel", None)
            if check is not None:
                self.commands.channel_checks[platform] = check
        return DigestScheduler(self.store, lambda: bot.knowledge, dict(senders), bot.clock,
                               grace=self.settings.grace, lease=self.settings.lease)

    async def run_once(self, bot, senders: Mapping[str, Sender], *, stop_signals: tuple[int, ...] = ()) -> list[Outcome]:
        """Post what is due now, on the caller's loop.

        Each of ``stop_signals`` stops taking claims and lets an in-flight send
        finish, for at most ``STOP_WAIT`` s (then its claim is given back).
        """
        scheduler = self._scheduler = self.scheduler(bot, senders)
        loop, task = asyncio.get_running_loop(), asyncio.current_task()
        outcomes: list[Outcome] = []

        def on_signal() -> None:
            log.warning("stopping: no more digests taken; waiting up to %g s for one in flight", STOP_WAIT)
            scheduler.stop()
            loop.call_later(STOP_WAIT, task.cancel)

        for number in stop_signals:
            loop.add_signal_handler(number, on_signal)
        try:
            await scheduler.run_due(into=outcomes)
        except asyncio.CancelledError:
            log.warning("stopped while a send was in flight; its claim was given back")
        finally:
            for number in stop_signals:
                loop.remove_signal_handler(number)
        return outcomes

    def start(self, bot, senders: Mapping[str, Sender]) -> None:
        """Post due digests from a thread of its own until ``stop()``."""
        scheduler = self._scheduler = self.scheduler(bot, senders)
        ready = threading.Event()

        def run() -> None:
            async def main() -> None:
                self._loop, self._task = asyncio.get_running_loop(), asyncio.current_task()
                ready.set()
                await scheduler.run_forever()

            try:
                asyncio.run(main())
            except asyncio.CancelledError:
                log.warning("digest scheduler stopped while a send was in flight; its claim was given back")

        self._thread = threading.Thread(target=run, name="cyberbot-digests", daemon=True)
        self._thread.start()
        ready.wait(5)

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self, wait: float = STOP_WAIT) -> None:
        """Take no more claims, let an in-flight send finish (at most ``wait`` s, else give its claim back), close the store."""
        if self._scheduler is not None:
            self._scheduler.stop()
        if self._thread is not None:
            self._thread.join(wait)
            if self._thread.is_alive() and self._loop is not None and self._task is not None:
                self._loop.call_soon_threadsafe(self._task.cancel)
                self._thread.join(5)
        if not self._closed:
            self._closed = True
            self.store.close()
