"""Gatherings of one kind asked of a place ("any confs in the us", "conferences held in the uk"): those held there.

    "conferences held in the uk"       -> the London conferences of 2019 and 2024 (was: no conference "matching uk")
    "any confs in the us"              -> the place filter's answer (was: every conference, "the us" dropped as a pronoun)
    "which summits took place in estonia" -> "No summits in Estonia in the knowledge"
    "pledge conferences in the uk"     -> None: a series named, the usual routes answer

The place filter (``place_filter.answer_events_at``) answers; this step only takes the asking words away. Tried only
when a kind word leads the question and the rest names a place.
"""

from __future__ import annotations

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..places import places_in
from .place_filter import answer_events_at
from ..normalizing import word_set

_KIND_FIRST = lazy_pattern(r"^(?:(?:list|show|which|what|any|all|name) )*(?:the |me |of the )?(?P<kind>conferences|summits|events|exercises|gatherings)"
                           r" (?P<rest>(?:(?:were|was|have|has|been|did|ever|there|held|take|took|place|happen|happened|organised|organized|staged) )*(?:in|at) .+)$")
_KINDS = frozenset("conferences summits events exercises gatherings".split())
_ASKING = lazy_pattern(r"\b(?:were|was|have|has|been|did|ever|there|take|took|place|happen|happened|organised|organized|staged|so far|to date|yet)\b")


def answer_kind_at_place(lookup: Lookup, question: str) -> Reply | None:
    """The gatherings of the kind asked held at the place named; None when the question is not one."""
    if _KINDS.isdisjoint(word_set(question)) or (asked := _KIND_FIRST.match(question)) is None or not places_in(asked["rest"]):
        return None
    return answer_events_at(lookup, f"{_ASKING.sub(' ', asked['rest'])} {asked['kind']}")
