"""Where a pattern may start matching, read from its source with ``re``'s own parser: the literal text every match begins with.

    starts_of(r"(?:thanks|thank you|cheers)(?: a lot)?")  -> frozenset({"thanks", "thank you", "cheers"})
    starts_of(r"(?:\\S+ )?thanks")                         -> None (a match may begin with any letter)

``TrailingUnits`` uses it: a pattern of units closing a text, ``(?:\\s+(?:unit))+$``, is run only from the runs of white
space a unit's start follows, not from every one, with the same result as its ``sub``. A start is cut at ``_LONGEST``
letters; a pattern ignoring case, or a match that may begin with any of many letters, has none (``None``: run everywhere).
"""

from __future__ import annotations

import re
from re import _parser as _sre  # the parser ``re.compile`` itself uses

from .patterns import lazy_pattern

_LONGEST = 8  # letters of a start: enough to tell most words apart
_MOST = 4000  # starts at the most; a pattern with more is run everywhere
_FEW = 8  # letters of a character class read as so many starts
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = tuple(op for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None)) if op is not None)
_GROUPS = tuple(op for op in (_sre.SUBPATTERN, getattr(_sre, "ATOMIC_GROUP", None)) if op is not None)


class _Unknown(Exception):
    """A match may begin with too many texts to list."""


def starts_of(source: str, flags: int = 0) -> frozenset[str] | None:
    """The texts every match of ``source`` begins with (one of them), or None when a match may begin with anything or
    with nothing at all."""
    parsed = _sre.parse(source, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    try:
        starts = _sequence(list(parsed), {("", True)})
    except _Unknown:
        return None
    found = frozenset(text for text, _ in starts)
    return None if "" in found else found


def _sequence(items: list, starts: set[tuple[str, bool]]) -> set[tuple[str, bool]]:
    """``starts`` (a text, and whether what follows it is still read) carried through ``items``, one after the other."""
    for op, av in items:
        starts = {found for start in starts for found in (_item(op, av, start) if start[1] else (start,))}
        if len(starts) > _MOST:
            raise _Unknown
    return starts


def _item(op, av, start: tuple[str, bool]) -> set[tuple[str, bool]]:
    text = start[0]
    if len(text) >= _LONGEST:
        return {(text, False)}
    if op is _sre.LITERAL:
        return {(text + chr(av), True)}
    if op is _sre.IN and len(av) <= _FEW and all(kind is _sre.LITERAL for kind, _ in av):
        return {(text + chr(letter), True) for _, letter in av}
    if op in _ZERO_WIDTH:
        return {start}
    if op in _GROUPS:
        if op is _sre.SUBPATTERN and av[1] & re.IGNORECASE:
            return {(text, False)}
        return _sequence(list(av[-1]), {start})
    if op is _sre.BRANCH:
        return {found for branch in av[1] for found in _sequence(list(branch), {start})}
    if op in _REPEATS:
        least, most, item = av
        once = _sequence(list(item), {start}) if most else set()
        once = once if most == 1 else {(found, False) for found, _ in once}  # more of it may follow: read no further
        return once | ({start} if least == 0 else set())
    return {(text, False)}  # any letter, a class of many, a group referred back to: the start ends here


_SPACE_RUN = lazy_pattern(r"\s+")


class TrailingUnits:
    """``(?:\\s+(?:unit))+$``: units closing a text, each after white space ("... thanks a lot, cheers"); ``sub`` tries it only
    at runs of white space a start of ``unit`` follows (the leftmost match begins a run: more space before it matches too)."""

    def __init__(self, unit: str):
        self.pattern = lazy_pattern(rf"(?:\s+(?:{unit}))+$")
        self._unit = unit
        self._starts: dict[str, tuple[str, ...]] | None = None

    def sub(self, repl, text: str) -> str:
        if self._starts is None:
            self._starts = _by_opening(starts_of(self._unit))
        if not self._starts:  # no starts known: the pattern run everywhere
            return self.pattern.sub(repl, text)
        starts = self._starts
        for run in _SPACE_RUN.finditer(text):
            at = run.end()
            if (text[at:at + 1] in starts or text[at:at + 2] in starts or text.startswith(starts.get(text[at:at + _OPENING], ()), at)) \
                    and (match := self.pattern.match(text, run.start())):
                return text[: match.start()] + (repl(match) if callable(repl) else match.expand(repl)) + text[match.end():]
        return text


_OPENING = 3  # letters a start is found by; a shorter start is found whole


def _by_opening(starts: frozenset[str] | None) -> dict[str, tuple[str, ...]]:
    """``starts`` by their first ``_OPENING`` letters (a shorter one by itself); none at all when a start may be white
    space (a unit may begin inside a run)."""
    if starts is None or any(_SPACE_RUN.match(start[0]) for start in starts):
        return {}
    found: dict[str, list[str]] = {}
    for start in starts:
        found.setdefault(start[:_OPENING], []).append(start)
    return {opening: tuple(texts) for opening, texts in found.items()}
