"""Writing the knowledge cache in a forked copy of the process, while the bot starts answering.

    write(cache, header, value)         # the cache file, replaced whole
    write_in_background(cache, write)   # write() runs in a child forked now; returns at once
    wait_for(cache)                     # before reading that cache: its writer has exited

Pickling 100,000 quotes' knowledge and index takes over a second. A fork of
the process shares the loaded knowledge with it (copy on write, and the
knowledge is frozen out of the collector first, so the bot itself never
touches most of those pages again), writes the file and exits without
cleaning up: the bot answers meanwhile, and no request waits on the
interpreter lock for the pickling. Where there is no ``os.fork``, the cache
is written here before returning.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import threading
from collections.abc import Callable
from pathlib import Path

log = logging.getLogger(__name__)

_WRITERS: dict[Path, threading.Thread] = {}
_LOCK = threading.Lock()


def write_in_background(cache: Path, write: Callable[[], None]) -> None:
    """Run ``write`` in a forked child (here, where the platform cannot fork); the child never returns."""
    if not hasattr(os, "fork"):
        write()
        return
    gc.freeze()  # the child's collector never walks (and so never copies) the parent's pages
    with _LOCK:
        pid = os.fork()
        if pid == 0:  # the child: write, then leave without running the parent's exit handlers or freeing anything
            status = 1
            try:
                write()
                status = 0
            finally:
                os._exit(status)
        reaper = threading.Thread(target=_reap, args=(pid,), name="knowledge-cache-writer", daemon=True)
        _WRITERS[cache] = reaper
        reaper.start()


def _reap(pid: int) -> None:
    with contextlib.suppress(ChildProcessError):  # already reaped (SIGCHLD ignored): nothing to wait for
        os.waitpid(pid, 0)


def wait_for(cache: Path) -> None:
    """Return once no child of this process is writing ``cache``."""
    with _LOCK:
        writer = _WRITERS.pop(cache, None)
    if writer is not None:
        writer.join()


def write(cache: Path, header: bytes, value) -> None:
    """The cache file: ``header``, then (engine, day index, per-load values) in ``cache_format``; replaced whole, never half-written."""
    import pickle
    import tempfile

    from . import cache_format

    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=cache.parent, prefix=".tmp-", suffix=".pickle")
        try:
            with os.fdopen(handle, "wb") as file:
                file.write(header)
                knowledge = value[0].knowledge
                entries = [item for name in knowledge.counts() for item in getattr(knowledge, name).values()]
                cache_format.dump(cache_format.packed(value), entries, file)
            os.replace(temporary, cache)
        except BaseException:
            os.unlink(temporary)
            raise
    except (OSError, pickle.PicklingError, RecursionError) as error:
        log.warning("could not write the knowledge cache %s: %s", cache, error)
