"""Values built once per knowledge load, on first use, for the last few loads only (as ``digests.content.day_index``).

    _SIZED = PerLoad("topics.sizes.sized")          # at module level, one per kind of value
    sized = per_load(_SIZED, lookup, build)          # build(lookup), once per load

Each kind is registered by name, so that the knowledge cache can keep what a
load built (``built_for``) and hand it back to the next start (``adopt``):
a second start then reads these values instead of building them again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
KEPT = 4  # loads whose values are kept: a reload builds anew, old loads are let go
builds = 0  # values built so far: a bot's warm-up builds them all, so questions never pay for one (tests count)


class PerLoad(dict):
    """One kind of per-load value: ``{id(lookup): (lookup, value)}``, registered under ``name``."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self.name = name
        _KINDS[name] = self


_KINDS: dict[str, PerLoad] = {}
_ADOPTED: dict[int, tuple[object, dict[str, object]]] = {}  # id(lookup) -> (lookup, values read back from the cache)


def per_load(cache: PerLoad, lookup, build: Callable[[object], T]) -> T:
    """``build(lookup)``, built once per ``lookup`` (one knowledge load) and kept in ``cache``."""
    global builds
    cached = cache.get(id(lookup))
    if cached is None or cached[0] is not lookup:
        adopted = _ADOPTED.get(id(lookup))
        if adopted is not None and adopted[0] is lookup and cache.name in adopted[1]:
            value = adopted[1][cache.name]
        else:
            builds += 1
            value = build(lookup)
        cached = cache[id(lookup)] = (lookup, value)
        while len(cache) > KEPT:
            del cache[next(iter(cache))]
    return cached[1]


def built_for(lookup) -> dict[str, object]:
    """Every value built so far for ``lookup``, by kind: what the knowledge cache keeps beside the engine."""
    return {name: kind[id(lookup)][1] for name, kind in _KINDS.items() if kind.get(id(lookup), (None,))[0] is lookup}


def adopt(lookup, values: dict[str, object]) -> None:
    """Values a knowledge cache kept for ``lookup``'s load: ``per_load`` returns them instead of building them."""
    _ADOPTED[id(lookup)] = (lookup, values)
    while len(_ADOPTED) > KEPT:
        del _ADOPTED[next(iter(_ADOPTED))]
