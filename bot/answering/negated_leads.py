"""Lead clauses that say what a question's "it" is NOT, dropped when another lead names what it is, and those that
only place the lead before in time ("the year after warsaw"), read with it.

    "the annual cyber defence conference of 2022, i mean, not the rome pledge meeting: who hosted it?"
        leads ["the annual cyber defence conference of 2022", "i mean", "not the rome pledge meeting"]
        -> ["the annual cyber defence conference of 2022"]   (it: the annual one, never Rome)
    "the summit in vilnius, rather than the one in washington - when was it?" -> ["the summit in vilnius"]
    "the annual conference in rome, not the pledge meeting - who opened it?"
        leads ["the annual conference in rome", "annual"]   ("not the pledge ..." spelt out as the other series)
        -> ["the annual conference in rome"]
    "not the pledge one, when was it?" -> ["not the pledge one"]   (nothing else named: kept as it was)
    "the pledge conference of 2017, the year after warsaw: who hosted it?"
        -> ["the pledge conference of 2017 the year after warsaw"]   (2017 and "after warsaw" both asked)

Pure, used by ``question_text.question_clause`` for the clauses before a question that refers back.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

#: "not the rome pledge meeting", "rather than the one in washington", "i don t mean the pledge one".
_NOT_THAT = lazy_pattern(r"^(?:and |but |so |i mean |mind you )?(?:not|rather than|as opposed to|instead of|i don t mean|i do not mean"
                         r"|i m not asking about|i am not asking about|never mind)\b")
#: A clause that only marks a correction: "i mean", "that is", "to be clear".
_MARKER = lazy_pattern(r"^(?:i mean|that is|i e|mind you|to be clear|i should say|to be precise)$")
#: What "not the pledge one" is spelt out as: the other series alone ("annual"), which the lead before already names.
_SERIES_ONLY = lazy_pattern(r"^(?:annual|pledge)(?: ones?)?$")


#: A lead placing the one before it next to another: "the year after warsaw", "the one right before the hague".
_NEXT_TO = lazy_pattern(r"^(?:the |a )?(?:year|one|edition|conference|summit) (?:right |just |immediately |directly |straight )?(?:after|before|following|preceding) ")
_RIGHT = lazy_pattern(r"\b(?:right|just|immediately|directly|straight) (?=after|before|following|preceding)")


def without_negated(leads: list[str]) -> list[str]:
    """``leads`` without the clauses naming what is not meant, when any lead is left to name what is; a lead only
    placing the one before it in time joined to that one."""
    kept = [a for a in leads if not _NOT_THAT.match(a) and not _MARKER.match(a) and not _SERIES_ONLY.match(a)]
    joined: list[str] = []
    for lead in kept or leads:
        if joined and _NEXT_TO.match(lead):
            joined[-1] = f"{joined[-1]} {_RIGHT.sub('', lead)}"  # "right" would end the subject ("the one right after")
        else:
            joined.append(lead)
    return joined
