"""A yes-or-no question put plainly: a hedge before the year or place it names asks the same without it, and so
does a negative question about what something is.

    "was the hague pledge conference sometime in 2023"       -> "was the hague pledge conference in 2023"
    "was not the hague pledge conference sometime in 2023"   -> "was not the hague pledge conference in 2023"
    "was the berlin conference at some point in 2022"        -> "was the berlin conference in 2022"
    "was the tirana conference somewhere in germany"         -> "was the tirana conference in germany"
    "were not the dutch the hosts of the berlin conference"  -> "were the dutch the hosts of the berlin conference"
    "is not rutte dutch"                                     -> "is rutte dutch"

A hedge that stands alone, naming no time ("stoltenberg wrote an op ed at some point, when"), says nothing either and
is dropped from the message as typed (``without_vague_time``), before its clauses are read:

    "stoltenberg wrote an op ed on cyber attacks at some point, when" -> "stoltenberg wrote an op ed on cyber attacks, when"
    "rutte spoke in tirana at one point - when was that"              -> "rutte spoke in tirana - when was that"

"Sometime", "at some point", "somewhere" only hedge the year or place the claim names; left in, the question is
not read as the claim it is. "Isn't X Y?" asks whether X is Y; one whose rest says where, when or by whom ("wasn't the
pledge agreed in warsaw") is left negative, for the claim step (``claims``) to read. Only a question starting with a
verb is read ("when sometime in 2024" is left). Pure.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_HEDGE = lazy_pattern(r"\b(?:sometime|some time|at some point|somewhere|some point|roughly|around|about) (?=in (?:the )?\S)")
#: A hedge with no time after it, ending a statement that a question word follows: "X at some point, when", "X a while
#: back - where" (never "at some point in 2016", nor a yes-or-no question's "wasn't he pm at one time?", a claim to check).
_VAGUE_TIME = lazy_pattern(r"\s*\b(?:at (?:some|one|a certain|an earlier) (?:point|stage|time)|some ?time (?:back|ago|or other)|a while (?:back|ago))\b"
                           r"(?=\s*(?:[,;:]|\s[-\u2013\u2014]+)\s*(?:so |and |but )?(?:when|where|what|which|who|how)\b)", re.IGNORECASE)
_VAGUE_CUES = ("point", "stage", "time", "while", " back", " ago")
#: A time told loosely last, that names no year: "... nato's websites some years back", "... a few years ago".
_VAGUE_LAST = lazy_pattern(r"[\s,]+(?:(?:some|a few|a couple of|a couple|several|quite a few|a number of) (?:years|months|weeks)|a while|some ?time|a good while)"
                           r" (?:back|ago)\s*(?=[?!.]*\s*$)", re.IGNORECASE)
_NEGATIVE_BE = lazy_pattern(r"^(was|were|is|are) not (?!it\b|there\b)(?=\S)")
#: Words after which the claim step reads a negative question itself: "wasn't the pledge agreed in warsaw".
_CLAIM_REST = frozenset("in at on by from held agreed signed hosted organised organized made opened founded established launched based located".split())
_AUXILIARIES = frozenset("was were is are did does do has have had could would should can will".split())
_HEDGE_CUES = frozenset("sometime some somewhere roughly around about".split())


def without_hedge(text: str) -> str:
    """``text`` (normalised) with a yes-or-no question's hedge before its year or place dropped, and "isn't X Y" as "is X Y"."""
    words = text.split()
    if not words or words[0] not in _AUXILIARIES:
        return text
    if words[1:2] == ["not"] and _CLAIM_REST.isdisjoint(words):
        text = _NEGATIVE_BE.sub(r"\1 ", text, count=1)
    return text if _HEDGE_CUES.isdisjoint(words) else _HEDGE.sub("", text)


def without_vague_time(typed: str) -> str:
    """``typed`` without a hedge that names no time ("at some point", "a while back") before its question; most messages:
    four substring tests."""
    if not any(cue in typed for cue in _VAGUE_CUES):
        return typed
    return _VAGUE_LAST.sub("", _VAGUE_TIME.sub("", typed))
