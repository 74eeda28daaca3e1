"""Asking what the knowledge holds from someone, put as a request for their quotes.

    "what do you have from kajsa ollongren"   -> "quotes by kajsa ollongren"
    "what have you got from rutte"            -> "quotes by rutte"
    "anything from odobescu"                  -> "quotes by odobescu"

Only a message that names no more than a speaker (up to three words, no year, no gathering): "what do you have
from 2016" or "anything from the rome conference" ask about other things. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_HAVE_FROM = lazy_pattern(r"^(?:(?:so |ok |and )?(?:what|which) (?:do|did) (?:you|u) (?:have|hold|keep|know)|what (?:have|ve) (?:you|u) got|what (?:you|u) got"
                          r"|(?:got |have you got |do you have )?anything)(?: at all)?(?: on record| on file)? (?:from|by) (?P<who>[a-z]+(?: [a-z]+){0,2})$")
_NOT_A_SPEAKER = frozenset("the a an this that conference summit event article piece op ed meeting pledge nato allies today yesterday".split())


def have_from(text: str) -> str:
    """``text`` (normalised) as "quotes by <who>" when it asks what is held from a speaker; else unchanged."""
    if " from " not in text and " by " not in text:
        return text  # most questions
    if (asked := _HAVE_FROM.match(text)) and _NOT_A_SPEAKER.isdisjoint(asked["who"].split()):
        return f"quotes by {asked['who']}"
    return text
