"""Python's cyclic garbage collector around loads and answers: paused while a load builds
millions of small objects, and run rarely while the bot serves.

Kept apart from the loader so that reading the knowledge cache pauses the
collector without importing the YAML parser and the checks it does not need.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection while a load builds millions of small objects (none of them cyclic).

    CPython's collector runs every few hundred allocations and walks ever more
    live objects as the tree grows: a 10 MB file took five times as long to
    compose with it on. Memory is still freed by reference counting.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


#: Net new container objects before a young collection while serving. CPython's 700 made one answer in
#: fifty or so pay a collection of the replies kept in the memo (0.3-0.7 ms, and 5-8 ms
#: for the generation above every tenth time): enough of them to set the 99th percentile. At this
#: threshold the memo fills (512 replies of about 14 objects) without one; the pause that comes
#: later is a few milliseconds, once in thousands of answers.
SERVING_THRESHOLD = 20_000


def collect_rarely() -> None:
    """Serve with young collections rare (``SERVING_THRESHOLD``); older generations keep their ratios."""
    _, middle, oldest = gc.get_threshold()
    gc.set_threshold(SERVING_THRESHOLD, middle, oldest)
