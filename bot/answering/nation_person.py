"""Someone asked after as "the boss", and nothing else: NATO's.

    "who is the boss", "who was the boss in 2020" -> "who is the nato boss" ... (the Secretary General; not "the boss of the nicc")

Someone asked after by their country ("whos the romanian lady") is a description ``described_people.country_person``
reads. ``NATION_PERSON_ASKS`` are ``(cue, pattern, replacement)`` entries of ``shorthand``'s spelling out in context. Pure.
"""

from __future__ import annotations


from ..patterns import lazy_pattern

#: "the boss" with no organisation named, in a bot about NATO: NATO's.
_THE_BOSS = lazy_pattern(r"^(who (?:is|was|s|were|will be) )(?:the |ur |your )?(?:big |top |main )?(?:boss|chief|head|leader)\b(?! of\b)(?! (?:at|in|for) (?:the )?(?:nicc|ccdcoe|centre|center|team|teams)\b)")

NATION_PERSON_ASKS = tuple((cue, _THE_BOSS, r"\1the nato boss") for cue in ("boss", "chief", "head", "leader"))
