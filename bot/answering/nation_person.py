"""Someone asked after by their country, or by "the boss", and nothing else.

    "whos the romanian lady"      -> "which romanian people are in the knowledge"   (Luminița Odobescu)
    "who is the albanian guy"     -> "which albanian people are in the knowledge"
    "who was the dutch woman"     -> "which dutch people are in the knowledge"       (the three, to pick from)
    "who is the old lady"         -> as typed (no country)
    "who is the boss", "who was the boss in 2020" -> "who is the nato boss" ... (the Secretary General; not "the boss of the nicc")

Asked at a gathering ("the romanian lady at the hague") the routes find who spoke there. ``NATION_PERSON_ASKS`` are
``(cue, pattern, replacement)`` entries of ``shorthand``'s spelling out in context. Pure.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .places import PLACES

_PEOPLE_WORDS = ("lady", "woman", "man", "guy", "dude", "girl", "boy", "person", "gentleman", "fella", "bloke", "politician", "leader")
_NATION_PERSON = lazy_pattern(r"^(?:who is|who s|whos|who was|who are|who were) (?:the|that|this|a) (?P<nation>[a-z]+) (?:" + "|".join(_PEOPLE_WORDS) + r")$")


def _people_of(match: re.Match) -> str:
    return f"which {match['nation']} people are in the knowledge" if match["nation"] in PLACES else match[0]


#: "the boss" with no organisation named, in a bot about NATO: NATO's.
_THE_BOSS = lazy_pattern(r"^(who (?:is|was|s|were|will be) )(?:the |ur |your )?(?:big |top |main )?(?:boss|chief|head|leader)\b(?! of\b)(?! (?:at|in|for) (?:the )?(?:nicc|ccdcoe|centre|center|team|teams)\b)")

NATION_PERSON_ASKS = (*((cue, _NATION_PERSON, _people_of) for cue in _PEOPLE_WORDS),
                      *((cue, _THE_BOSS, r"\1the nato boss") for cue in ("boss", "chief", "head", "leader")))
