"""Writing the knowledge cache in a forked copy of the process, while the bot starts answering.

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

import gc
import os
import threading
from collections.abc import Callable
from pathlib import Path

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
        reaper = threading.Thread(target=os.waitpid, args=(pid, 0), name="knowledge-cache-writer", daemon=True)
        _WRITERS[cache] = reaper
        reaper.start()


def wait_for(cache: Path) -> None:
    """Return once no child of this process is writing ``cache``."""
    with _LOCK:
        writer = _WRITERS.pop(cache, None)
    if writer is not None:
        writer.join()
