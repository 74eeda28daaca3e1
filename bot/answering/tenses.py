"""Questions in the future tense or about how often, put in the present the routes read.

    "when will the next cyber defence conference be"       -> "when is the next cyber defence conference"
    "where will the next pledge conference be held"        -> "where is the next pledge conference"
    "how often is the cyber defence conference held"       -> "what is the cyber defence conference"   (its entry: annual)
    "how often are pledge conferences held"                -> "what is the pledge conference"
    "was there meant to be a pledge conf in tallinn in 2020" -> "was there a pledge conf in tallinn in 2020"
    "wasnt there going to be a summit in 2015"             -> "was there a summit in 2015"

The knowledge records what happened; "will" asks about the next edition, which the routes answer or say is
not recorded; what was meant to happen asks whether it did (an edition postponed says so). Pure, and only
tried on a question holding "will", "often" or one of the words of a plan ("meant", "going", ...).
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_WILL = lazy_pattern(r"^(?P<ask>when|where|in which city|which city|who) will (?P<x>.+?)(?: be)?(?: (?:held|hosted|take place|happen|happening|organi[sz]ed))?$")
_OFTEN = lazy_pattern(r"^how (?:often|frequently) (?:is|are|was|were|does|do) (?:the )?(?:nato )?(?P<x>(?:\S+ ){0,4}?(?:conferences?|summits?|meetings?|exercises?))"
                      r"(?: (?:held|organi[sz]ed|hosted|take place|happen|meet|run))?$")  # a gathering: its series' entry says
_PLANNED = lazy_pattern(r"^(?P<was>(?:was|were|is|are) (?:not )?there) (?:meant|supposed|going|planned|scheduled|due|expected|set|slated) to "
                        r"(?:be|happen|take place|be held) (?P<x>.+)$")
_PLAN_WORDS = frozenset("meant supposed going planned scheduled due expected set slated".split())


def in_present(question: str) -> str:
    """``question`` (normalised) in the tense the routes read, or as it was."""
    words = question.split()
    if "will" in words and (will := _WILL.match(question)):
        return f"{will['ask']} is {will['x']}"
    if "often" in words or "frequently" in words:
        if often := _OFTEN.match(question):
            series = often["x"].removesuffix("s") if often["x"].endswith("conferences") else often["x"]
            return f"what is the {series.removeprefix('the ')}"
    if not _PLAN_WORDS.isdisjoint(words) and (planned := _PLANNED.match(question)):
        return f"{planned['was']} {planned['x']}"
    return question
