"""Look-ups remembered for a while, per knowledge load: one question's steps ask the same of the knowledge again and again.

    remembered(lookup, ("hits", query, types), lambda: search(...))   # searched once; the next step asking gets the same
    @text_memo                                                          # a pure text -> text step, run once per text

The steps of one question search the same words, read the same text's mentions and find the same event several
times over (a gate, then the step's own reading, then the route's). Only pure look-ups are remembered, keyed by
everything they read, and only for the load they were made on: the first look-up on another load starts afresh,
so no answer from an old knowledge outlives a reload. The load is held weakly: the memo never keeps it alive.
"""

from __future__ import annotations

import functools
import weakref
from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")
SIZE = 1024  # look-ups kept: a few questions' worth, the oldest let go first
_MISSING = object()
_state: tuple[weakref.ref, dict] = (lambda: None, {})


def remembered(lookup, key: tuple, build: Callable[[], T]) -> T:
    """``build()``, or what it returned when ``key`` was last looked up on this ``lookup`` (the values must not be
    changed by those who get them)."""
    global _state
    state = _state
    if state[0]() is not lookup:
        try:
            state = _state = (weakref.ref(lookup), {})
        except TypeError:  # a stand-in that cannot be referred to weakly (tests): nothing remembered
            return build()
    values = state[1]
    found = values.get(key, _MISSING)
    if found is _MISSING:
        found = values[key] = build()
        if len(values) > SIZE:
            try:
                del values[next(iter(values))]
            except (RuntimeError, StopIteration, KeyError):  # another thread changed it meanwhile: it is trimmed next time
                pass
    return found


def text_memo(step: Callable[..., str]) -> Callable[..., str]:
    """``step`` (pure, text -> text; any further arguments hashable) run once per text and arguments for its last ``SIZE``.
    As ``step`` does, it returns the very text it was given when it changed nothing (some callers ask ``is``), and a
    text of its own otherwise."""
    values: dict = {}

    @functools.wraps(step)
    def remembered_step(text: str, *more) -> str:
        key = (text, *more) if more else text
        found = values.get(key)
        if found is None:
            result = step(text, *more)
            found = values[key] = (result is text, result)
            if len(values) > SIZE:
                try:
                    del values[next(iter(values))]
                except (RuntimeError, StopIteration, KeyError):
                    pass
        return text if found[0] else found[1]

    return remembered_step
