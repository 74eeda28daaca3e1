"""Something done "at a summit", then "which summit was that?": asked as at which summit it was done.

    "He also mentioned that the Allies agreed a new concept for cyber defence at a summit. Which summit was that, and what year?"
        -> "At which summit the Allies agreed a new concept for cyber defence, and what year?"
    "NATO set up a new centre at a summit, I gather. What summit was it?"
        -> "At which summit NATO set up a new centre?"
    "Which summit was the first?"  -> as typed (nothing was said done "at a summit" before it)

Someone's report of it ("he mentioned that", "Stoltenberg said") only says where the asker heard it. Pure; a message
without "at a" or "at an" and a "which" or "what" pays two substring tests.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_KINDS = r"(?P<kind>summit|conference|meeting|gathering|event|exercise)"
_WHICH_WAS_THAT = lazy_pattern(rf"(?:^|(?<=[.!?])\s+)(?:(?:and|so|now|but) )?(?:which|what) {_KINDS} (?:was|is) (?:that|it|this)\b(?P<rest>[^.!?]*)[.!?]*\s*$", re.IGNORECASE)
_AT_ONE = lazy_pattern(r"\s*\bat an? (summit|conference|meeting|gathering|event|exercise)\b", re.IGNORECASE)
_SENTENCE_END = lazy_pattern(r"(?<=[.!?])\s+")
#: Who reported it: "He also mentioned that", "Stoltenberg said", "I gather".
_REPORTED = lazy_pattern(r"^(?:[^,.!?]{0,40}?\b(?:said|says|mentioned|mentions|told (?:us|me)|wrote|writes|noted|added|explained|claimed|gather|believe|think|understand|heard|read|(?:am|m) told)(?: that)? )", re.IGNORECASE)


def at_which_gathering(text: str) -> str:
    """``text`` asked as "at which <kind> <what was done>" when its last question asks which gathering "that" was."""
    low = text.lower()
    if ("at a " not in low and "at an " not in low) or ("which " not in low and "what " not in low) or not (asked := _WHICH_WAS_THAT.search(text)):
        return text
    kind = asked["kind"].lower()
    at_one = next((m for s in reversed(_SENTENCE_END.split(text[: asked.start()])) if (m := _AT_ONE.search(s)) and m[1].lower() == kind), None)
    if at_one is None:
        return text
    done = _REPORTED.sub("", at_one.string[: at_one.start()]).strip(" ,")
    return f"At which {kind} {done}{asked['rest'].rstrip()}?" if done else text
