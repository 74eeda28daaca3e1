"""Values built once per knowledge load, on first use, for the last few loads only (as ``digests.content.day_index``)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
KEPT = 4  # loads whose values are kept: a reload builds anew, old loads are let go
builds = 0  # values built so far: a bot's warm-up builds them all, so questions never pay for one (tests count)


def per_load(cache: dict[int, tuple[object, T]], lookup, build: Callable[[object], T]) -> T:
    """``build(lookup)``, built once per ``lookup`` (one knowledge load) and kept in ``cache``."""
    global builds
    cached = cache.get(id(lookup))
    if cached is None or cached[0] is not lookup:
        builds += 1
        cached = cache[id(lookup)] = (lookup, build(lookup))
        while len(cache) > KEPT:
            del cache[next(iter(cache))]
    return cached[1]
