"""After an honest miss, "there" and "the last one" point at what the missed question named: its place, its series.

    after "what did rutte say in berlin 2023" (no quote by him there)
    "who spoke there then"          -> "who spoke in berlin in 2023 then"
    "and what was said there?"      -> "and what was said in berlin in 2023"
    after "nato cyber conference 2026 where" (none in 2026)
    "and the last one?"             -> "the last nato cyber conference where"
    after "when is the 2027 pledge conference"
    "ok and the latest one"         -> "when is the last pledge conference"

A miss keeps no entry to point at (``bot.conversations``), only the question; without this, "there" was a search for the
word "then" and "the last one" a quote holding "the last". A "there" of nothing ("was there a quote from rome", "are
there other pledge conferences") is no pointer, nor one of a place the message names itself; "the last one" is read
so only as the whole message; a missed question naming no place (or no year to drop) leaves the message alone. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import places_in
from .search import normalize

#: "there" pointing at a place ("who was there"), not at nothing ("was there a quote", "there was").
_THERE = lazy_pattern(r"\bthere\b(?! (?:is|are|was|were|s|a|an|any|one|no|anything|something|anyone|anybody)\b)")
_THE = lazy_pattern(r"\bthe ")
_YEAR = lazy_pattern(r"\s*\b(?:in |of )?(?:19|20)\d\d\b")
#: The latest edition of what the missed question asked about: "and the last one?", "what about the most recent one".
_LAST_ONE = lazy_pattern(r"^(?:(?:ok|okay|and|so|then|what about|how about)\s+)*(?:the\s+)?(?:last|latest|most recent|newest|previous)(?:\s+(?:one|edition))?(?:\s+(?:then|too|instead|pls|please))?$")


def pointed_after_miss(text: str, asked: str) -> str | None:
    """``text`` with its "there" as the place the missed question ``asked`` named, or "the last one" as the newest of
    what it asked about; None when ``text`` points no such way or ``asked`` names nothing to point at."""
    if not asked:
        return None
    typed = normalize(text)
    words = typed.split()
    if "there" in words and (pointer := _THERE.search(typed)) is not None and not _of_nothing(typed, pointer.start()) \
            and not places_in(typed) and (place := _place_asked(asked)) is not None:  # "who hosted tirana and did rutte go there": its own
        return f"{typed[: pointer.start()]}{place}{typed[pointer.end():]}"
    if not {"last", "latest", "recent", "newest", "previous"}.isdisjoint(words) and _LAST_ONE.match(typed):
        undated = _YEAR.sub("", normalize(asked)).strip()
        if undated == normalize(asked) or not undated:
            return None  # no year to drop: "the last one" of nothing the question dated
        return _THE.sub("the last ", undated, count=1) if _THE.search(undated) else f"the last {undated}"  # "when is the last pledge conference"
    return None


def _of_nothing(typed: str, at: int) -> bool:
    """The "there" at ``at`` follows a verb that makes it one of nothing: "were there 2 conferences in 2024", "what
    initiatives are there", "has there been one in estonia"; "who was there" still asks who attended."""
    before = typed[:at].split()[-1:]
    return bool(before) and before[0] in _BE and not typed.startswith(("who ", "whom "))


_BE = frozenset("is are was were s has have had t isnt arent wasnt werent hasnt".split())


def _place_asked(asked: str) -> str | None:
    """"in berlin in 2023": the first place the missed question named, with its year when it named one."""
    question = normalize(asked)
    if not (named := places_in(question)):
        return None
    year = _YEAR.search(question)
    return f"in {named[0][0]}" + (f" in {year[0].strip().split()[-1]}" if year else "")
