"""Where a list is asked to come from, which filters nothing: "every rutte quote you've got" -> "every rutte quote".

    "give me every rutte quote you ve got"     -> "give me every rutte quote"
    "every stoltenberg quote you have from rome" -> "every stoltenberg quote from rome"
    "list all the summits in your knowledge"   -> "list all the summits"
    "what do you know"                          -> unchanged (it asks for no list)

Pure; one set test for a question that names neither a holder nor a list.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

#: "list every conference you've got", "summits in your knowledge": where the list comes from, not a filter.
HOLDING_WORDS = frozenset("you u knowledge database records record file data".split())
_WHERE_HELD = r"(?: there| on (?:file|record|the record)| in (?:the|your) (?:knowledge|database|records?|data|files?))"
#: "... that dealt with cyber", "... about cyber defence": every entry is about cyber, so this filters nothing either.
_ABOUT_CYBER = (r"(?: (?:that |which )?(?:(?:dealt|deal|deals|dealing|had to do|have to do|has to do|related|relating|relate|touched|touching"
                r"|concerned|concerning|involved|involving)(?: with| to| on)?|about|on|regarding|re|covering|covered)(?: nato)? cyber"
                r"(?: defen[cs]e| security| matters| issues| topics| stuff)?)?(?=$| (?:from|at|in|during|since|before|after|between|by) \S)")  # "every quote you have | from rome"
YOU_HOLD = lazy_pattern(rf"\b(?:(?:that|which) )?(?:(?:do|have|did) )?(?:you|u) (?:ve got|have got|got|have|know(?: of| about)?|hold|keep|can find|ve)"
                        rf"{_WHERE_HELD}?{_ABOUT_CYBER}|\b(?:in (?:the|your) (?:knowledge|database|records?|data|files?)|on (?:file|record)){_ABOUT_CYBER}")
#: Words that ask for a list: only then is the holder's phrase dropped ("what do you know" asks something else).
_LISTING = frozenset("every all list give show any each".split())


def without_holding(text: str) -> str:
    """``text`` (normalised) without a last phrase that says where a list comes from; unchanged when it asks no list."""
    words = text.split()
    if HOLDING_WORDS.isdisjoint(words) or _LISTING.isdisjoint(words):
        return text
    held = " ".join(YOU_HOLD.sub("", text).split())
    return held if len(held.split()) > 1 else text
