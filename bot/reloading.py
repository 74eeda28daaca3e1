"""One reload of the knowledge file: load and validate it, compare it with what is served, decide.

``Bot.reload`` calls ``reload_knowledge`` under its lock and swaps in the
engine it returns (if any). A broken file is refused; a file that would remove
more than a quarter of any kind of entry (what a file cut short while it is
written looks like), or that is the served knowledge with only its last
entries missing, is held until an admin sends ``reload confirm``; any other removal is applied and named, kind by kind, in the log and the reply.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .answering.phrasing import count_phrase
from .errors import KnowledgeError
from .knowledge.changes import SHOWN_IDS, removals
from .reply import Block, Code, Reply, plain

if TYPE_CHECKING:
    from .answering.engine import Engine
    from .knowledge.model import Knowledge

log = logging.getLogger(__name__)

SHOWN_PROBLEMS = 10
LOGGED_IDS = 1_000  # per kind in the log: exact for any real edit, bounded for a file cut to nothing
CONFIRM_HINT = ("If these removals are intended, an admin can apply them with ", Code("reload confirm"), ".")


@dataclass(frozen=True)
class ReloadOutcome:
    reply: Reply
    engine: Engine | None = None  # the engine to serve from now on; None keeps the current one


def reload_knowledge(path: str, serving: Knowledge, *, confirm: bool = False) -> ReloadOutcome:
    """Load ``path`` and decide whether it replaces ``serving``; never raises KnowledgeError."""
    from .knowledge_cache import load_engine

    try:
        engine = load_engine(path)  # the collector paused while it loads; a large load frozen out of it afterwards
        fresh = engine.knowledge
    except KnowledgeError as error:
        return ReloadOutcome(_refused(error))
    removed = removals(serving, fresh)
    if removed.suspicious() and not confirm:
        log.warning(
            "knowledge reload held, still serving the last good file: %s would remove %s (%s)\n%s\n%s",
            path, removed.summary(), removed.why_suspicious(), "\n".join(removed.lines(LOGGED_IDS)), plain(CONFIRM_HINT),
        )  # fmt: skip
        text = f"Still answering from the last good file: {removed.why_suspicious()}.\n"
        return ReloadOutcome(
            Reply(
                "error",
                f"Reload held: the new file would remove {removed.summary()}",
                blocks=(Block((text + "Would remove:\n" + "\n".join(removed.lines(SHOWN_IDS)) + "\n", *CONFIRM_HINT)),),
            )
        )
    counts = engine.counts()
    blocks = [Block(count_phrase(counts))]
    if removed:
        log.warning("knowledge reloaded from %s, removing %s\n%s", path, removed.summary(), "\n".join(removed.lines(LOGGED_IDS)))
        blocks.append(Block("Removed:\n" + "\n".join(removed.lines(SHOWN_IDS))))
    else:
        log.info("knowledge reloaded from %s: %s", path, counts)
    return ReloadOutcome(Reply("answer", "Knowledge reloaded", blocks=tuple(blocks)), engine)


def _refused(error: KnowledgeError) -> Reply:
    log.error("knowledge reload refused, still serving the last good file:\n%s", error)
    lines = str(error).splitlines()
    shown = lines[:SHOWN_PROBLEMS] + ([f"… and {len(lines) - SHOWN_PROBLEMS} more"] if len(lines) > SHOWN_PROBLEMS else [])
    return Reply(
        "error",
        "Reload refused: the knowledge file has problems",
        blocks=(Block("Still answering from the last good file.\n" + "\n".join(shown)),),
    )
