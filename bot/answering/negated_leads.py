"""Lead clauses that say what a question's "it" is NOT: dropped when another lead names what it is.

    "the annual cyber defence conference of 2022, i mean, not the rome pledge meeting: who hosted it?"
        leads ["the annual cyber defence conference of 2022", "i mean", "not the rome pledge meeting"]
        -> ["the annual cyber defence conference of 2022"]   (it: the annual one, never Rome)
    "the summit in vilnius, rather than the one in washington - when was it?" -> ["the summit in vilnius"]
    "the annual conference in rome, not the pledge meeting - who opened it?"
        leads ["the annual conference in rome", "annual"]   ("not the pledge ..." spelt out as the other series)
        -> ["the annual conference in rome"]
    "not the pledge one, when was it?" -> ["not the pledge one"]   (nothing else named: kept as it was)

Pure, used by ``question_text.question_clause`` for the clauses before a question that refers back.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

#: "not the rome pledge meeting", "rather than the one in washington", "i don t mean the pledge one".
_NOT_THAT = lazy_pattern(r"^(?:and |but |so |i mean |mind you )?(?:not|rather than|as opposed to|instead of|i don t mean|i do not mean"
                         r"|i m not asking about|i am not asking about|never mind)\b")
#: A clause that only marks a correction: "i mean", "that is", "to be clear".
_MARKER = lazy_pattern(r"^(?:i mean|that is|i e|mind you|to be clear|i should say|to be precise)$")
#: What "not the pledge one" is spelt out as: the other series alone ("annual one"), which the lead before already names.
_SERIES_ONLY = lazy_pattern(r"^(?:the )?(?:annual|pledge)(?: (?:one|ones|series|conference|conferences|meeting))?$")


def without_negated(leads: list[str]) -> list[str]:
    """``leads`` without the clauses naming what is not meant, when any lead is left to name what is."""
    kept = [a for a in leads if not _NOT_THAT.match(a) and not _MARKER.match(a) and not _SERIES_ONLY.match(a)]
    return kept if kept else leads
