"""Pausing Python's cyclic garbage collector while a load builds millions of small objects.

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
