"""A clause that only goads the bot about its answer: no part of the question, like a sign-off.

    "which came first, berlin or the hague conf, and dont get it wrong" -> "which came first, berlin or the hague conf"
    "where was the 2019 conference, don't lie to me"                     -> "where was the 2019 conference"
    "who hosted rome, be honest for once"                                 -> "who hosted rome"
    "when was tirana, no pressure lol"                                    -> "when was tirana"

Pure: ``without_taunts`` on the text as typed (``answer_question``), ``is_taunt`` by ``sign_offs.before_sign_off``.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .search import normalize

#: Words one of the taunts needs: most clauses are passed over by a set check.
_CUES = frozenset("wrong lie lying honest mess screw up pressure accurate right careful bet essays essay chance".split())
_TAUNT = lazy_pattern(
    r"^(?:and |but |so |now |just |please |pls )*(?:(?:do not|don t|dont|try not to|better not|no) (?:get (?:it|this|that) wrong|lie(?: to (?:me|us))?|lying|mess (?:it |this |that )?up"
    r"|screw (?:it |this |that )?up|make (?:stuff|things|it|anything) up|making (?:stuff|things|it|anything) up|be (?:wrong|lazy)|pressure|essays?)"
    r"|be (?:honest|accurate|careful|right|truthful)(?: (?:for once|this time|now|pls|please))?|get (?:it|this|that) right(?: (?:for once|this time))?"
    r"|i (?:bet|dare) (?:you|u) (?:get|can t|cannot|won t|dont|don t)\b.*|bet (?:you|u) (?:get|can t|cannot|won t|dont|don t)\b.*|no chance you know(?: this)?)"
    r"(?: (?:for once|this time|lol|lmao|haha|pls|please|ok|okay|bot|mate))*$")


def is_taunt(clause: str) -> bool:
    """``clause`` (normalised) only goads the bot: "and dont get it wrong", "be honest for once", "no pressure"."""
    return not _CUES.isdisjoint(clause.split()) and _TAUNT.match(clause) is not None


_CLAUSE_END = lazy_pattern(r"(?<=[?!.;:,])\s+|\s+[-\u2013\u2014]+\s+")


def without_taunts(typed: str) -> str:
    """``typed`` without the clauses after its first that only goad the bot (a question of nothing but a taunt kept)."""
    if _CUES.isdisjoint(normalize(typed).split()) or len(clauses := _CLAUSE_END.split(typed)) < 2:
        return typed
    kept = [clauses[0], *(c for c in clauses[1:] if not is_taunt(normalize(c)))]
    return typed if len(kept) == len(clauses) else " ".join(kept).rstrip(" ,;:-")
