"""A long-running bot whose knowledge file is broken at start: it comes up anyway, and waits for a fix.

``cyberbot slack`` and ``cyberbot discord`` start with ``load_or_await``: a
file that loads gives the ordinary ``Bot``; a broken one (or none at the path)
gives a ``KnowledgeAwaited`` bot, so a container platform sees the process
serve (``/healthz``) but not ready (``/readyz``: ``knowledge_problem``, one
line), and chat users get a short notice instead of a crash. Once the file is
fixed, the watcher's or SIGHUP's reload (or an admin's ``reload``) swaps the
knowledge in as for any reload and the bot answers as usual.

Short-lived commands (``ask``, ``console``, ``validate``) still stop on a
broken file with every problem on stderr.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from .errors import KnowledgeError
from .reply import Block, Reply
from .request import Request
from .service import Answered, Bot

log = logging.getLogger(__name__)

NOT_LOADED = "The knowledge is not loaded yet, so I cannot answer now; the operator has been told (it is in the log). Please try again later."
RELOAD_REFUSED = "Reload refused: the knowledge file still has problems"
REASON_LENGTH = 300  # characters of the first problem shown by /readyz


def load_or_await(path: str | None, **kwargs) -> Bot:
    """``Bot.from_path(path, **kwargs)``, or a ``KnowledgeAwaited`` bot when the file is refused (logged in full)."""
    from .paths import default_knowledge_path

    try:
        return Bot.from_path(path, **kwargs)
    except KnowledgeError as error:
        path = str(path or default_knowledge_path())
        log.error("the knowledge file %s was refused; serving no answers until it is fixed:\n%s", path, error)
        return KnowledgeAwaited(path, error, **kwargs)


def problem_line(error: KnowledgeError) -> str:
    """``knowledge: <file>:<line>:<column>: <field>: <message>`` for the first problem, on one line."""
    lines = str(error).splitlines() or ["the file could not be loaded"]
    more = len(error.problems) - 1 if error.problems else 0
    first = " ".join(lines[0].split())
    if len(first) > REASON_LENGTH:
        first = first[: REASON_LENGTH - 1] + "…"
    return f"knowledge: {first}" + (f" (and {more} more)" if more > 0 else "")


def when_loaded(bot: Bot, start: Callable[[], None]) -> None:
    """Call ``start`` now if ``bot`` has its knowledge, else once a reload brings it (the digest scheduler:
    run on no knowledge, it would mark every due digest of the day as having nothing to post)."""
    if not isinstance(bot, KnowledgeAwaited) or not bot.wait_for_knowledge(start):
        start()


class KnowledgeAwaited(Bot):
    """A ``Bot`` with no knowledge yet: ``knowledge_problem`` says why; every request but ``reload`` gets ``NOT_LOADED``."""

    def __init__(self, path: str, error: KnowledgeError, **kwargs):
        from .answering.engine import Engine
        from .knowledge.model import Knowledge

        super().__init__(Engine(Knowledge(path)), knowledge_path=path, **kwargs)
        self.knowledge_problem: str | None = problem_line(error)
        self._on_loaded: list[Callable[[], None]] = []  # called once, when a reload brings the knowledge
        self._loaded_lock = threading.Lock()

    def handle(self, request: Request) -> Reply:
        if self.knowledge_problem is None or self._is_reload(request):
            return super().handle(request)
        if self.observe is not None:
            try:
                self.observe(Answered(request.platform, "-", "not_loaded", 0.0))
            except Exception:
                log.exception("the request observer failed")
        return Reply("error", NOT_LOADED)

    def reload(self, confirm: bool = False) -> Reply:
        """Try the file again: on success the bot answers from it, else ``knowledge_problem`` names the new first problem."""
        if self.knowledge_problem is None:
            return super().reload(confirm)
        from .knowledge_cache import load_engine

        try:
            load_engine(self.knowledge_path)  # the check; the cache makes the load below cheap for a large file
        except KnowledgeError as error:
            self.knowledge_problem = problem_line(error)
            log.error("knowledge reload refused, still no knowledge loaded:\n%s", error)
            return Reply("error", RELOAD_REFUSED, blocks=(Block(self.knowledge_problem),))
        swapped = self.reloads
        reply = super().reload(confirm=True)  # nothing is served yet, so nothing can be removed by mistake
        if self.reloads > swapped:
            with self._loaded_lock:
                self.knowledge_problem = None
                waiting, self._on_loaded = self._on_loaded, []
            log.info("knowledge loaded from %s: ready to answer", self.knowledge_path)
            for start in waiting:
                try:
                    start()
                except Exception:
                    log.exception("starting what waited for the knowledge failed")
        return reply

    def wait_for_knowledge(self, start: Callable[[], None]) -> bool:
        """Keep ``start`` for when the knowledge is loaded; False (and nothing kept) when it is loaded already."""
        with self._loaded_lock:
            if self.knowledge_problem is None:
                return False
            self._on_loaded.append(start)
            return True

    def _is_reload(self, request: Request) -> bool:
        try:
            return self.engine.parse(request.text).name == "reload"
        except Exception:  # a misspelt command: not a reload
            return False
