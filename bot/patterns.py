"""Regular expressions compiled on first use, or all at once when a long-running bot loads.

The answering code matches questions against some 900 patterns. ``cyberbot
ask`` (one question, one process) compiles only the few hundred its question
needs; a server compiles them all while it loads (``compile_all``, called by
``Bot.from_path``), so no request pays for a first use. Either way the
matchers' programs come from the previous run where it kept them
(``pattern_cache``).

    _ROUTES = tuple((lazy_pattern(p), route) for p, route in ...)
    _ROUTES[0][0].match(text)   # compiled here the first time, a plain re.Pattern method after
"""

from __future__ import annotations

from . import pattern_cache

PROGRAMS_BESIDE_MIN = 200  # patterns with no program kept: worth a child generating them while the knowledge loads
_PENDING: list[LazyPattern] = []
_MADE: list[LazyPattern] = []  # every lazy pattern, compiled or not (``made``)
_METHODS = ("match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "groups", "groupindex")


class LazyPattern:
    """``re.compile(source, flags)``, done on the first attribute looked up.

    After that, ``search``, ``match`` and the rest are the compiled pattern's
    own bound methods, stored on the instance: no Python call in between.
    """

    def __init__(self, source: str, flags: int = 0):
        self.pattern = source
        self.flags = flags
        _PENDING.append(self)
        _MADE.append(self)

    def __getattr__(self, name: str):  # only for attributes not yet stored: the first use
        if name.startswith("__"):
            raise AttributeError(name)
        compiled = pattern_cache.compiled(self.pattern, self.flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        return getattr(compiled, name)


def lazy_pattern(source: str, flags: int = 0) -> LazyPattern:
    return LazyPattern(source, flags)


class GatedPattern:
    """A pattern whose ``sub`` first asks ``may_match(text)``, a cheap test true of every text the pattern matches in
    (a literal every match holds, a last word every match ends with): a text failing it is returned as it is."""

    def __init__(self, pattern: LazyPattern, may_match):
        self.pattern = pattern
        self.may_match = may_match

    def sub(self, repl, text: str, count: int = 0) -> str:
        return self.pattern.sub(repl, text, count) if self.may_match(text) else text


def compile_all() -> None:
    """Compile every lazy pattern made so far (a long-running bot, at load), and keep their programs for the next start."""
    while _BESIDE:
        child = _BESIDE.pop()
        programs = child.result()
        child.drop()
        if programs is not None:
            pattern_cache.adopt(programs)
    for pattern in list(_PENDING):
        pattern.search  # noqa: B018 -- the first look-up compiles
    _PENDING.clear()
    pattern_cache.save(only_used=True)


def generate_beside() -> None:
    """Where most pending patterns have no program kept (a first start), generate theirs in a forked child now,
    for ``compile_all`` to adopt. For a large knowledge file: the seconds its loading takes leave the other core
    idle at times, and the ~900 programs cost 0.4 s of this process's time otherwise."""
    from .knowledge.background import core_to_spare, in_fork

    keys = pattern_cache.missing([(pattern.pattern, int(pattern.flags)) for pattern in _PENDING])
    if len(keys) >= PROGRAMS_BESIDE_MIN and core_to_spare() and (child := in_fork(lambda: pattern_cache.generate(keys))):
        _BESIDE.append(child)


_BESIDE: list = []  # the child generating programs (``generate_beside``), until ``compile_all`` adopts them


def made() -> list[tuple[str, int]]:
    """The source and flags of every lazy pattern made so far (the modules imported)."""
    return [(pattern.pattern, int(pattern.flags)) for pattern in _MADE]
