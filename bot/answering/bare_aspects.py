"""A request for one detail that names no subject, after a clause that does: asked of "it", so the lead is its subject.

    "could you kindly tell me exact dates"   -> "when was it"     ("the hague conference article has no date. ...")
    "what were the dates"                    -> "when was it"
    "please give me the venue"               -> "what was the venue of it"
    "could you tell me the city"             -> "where was it"
    "tell me exact date please"              -> "when was it"
    "exact dates of the hague conference"    -> unchanged (names its subject)
    "date"                                   -> unchanged ("most recent conference - name, city, date": a list of details)

Read alone, "exact dates" is a search for the word "exact"; as "when was it" the clause before it says what
"it" is (``question_text.question_clause``). Pure; a clause whose last word is no detail costs one set test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_WHEN = frozenset("date dates day days".split())
_WHERE = frozenset("venue location place city".split())  # the venue is the building; the others, the city
_DETAIL = lazy_pattern(r"^(?:(?:could|can|would|will) (?:you|u) (?:please |kindly )?(?:tell|give|send|share|let)(?: me| us)? |(?:please |kindly )?(?:tell|give|send|share)(?: me| us)? "
                       r"|what (?:were|was|are|is) )?(?:the |its |their )?(?:(?:exact|precise|actual|correct|full) )?(?P<detail>dates?|days?|venue|location|place|city)(?: please)?$")


def detail_as_it(clause: str) -> str:
    """``clause`` (normalised) as "when was it" / "where was it" when it asks only for a date or place; else unchanged."""
    words = clause.split()
    if not words or (words[-1] not in _WHEN and words[-1] not in _WHERE and words[-1] != "please"):
        return clause
    if not (match := _DETAIL.match(clause)) or not match.start("detail"):
        return clause  # a bare "date" among others ("name, city, date") lists what is wanted
    detail = match["detail"]
    return "when was it" if detail in _WHEN else "what was the venue of it" if detail == "venue" else "where was it"
