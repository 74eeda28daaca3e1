"""A claim that nothing of a kind came before an event, asked as the list of those that did.

    "is it true that before berlin in nov 2023 nato never held any cyber conference at all"
        -> "which cyber conferences were held before berlin in nov 2023"
    "before wales nato had never held a summit, right"      -> "which summits were held before wales"

The list answers the claim: the earlier ones, or none. Pure; a normalised question without "never" or "no" and
"before" pays two substring tests.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_NEVER_BEFORE = lazy_pattern(r"^(?:is it true that |so |and )?(?:before (?P<x>.+?) )?(?:(?:nato|the alliance|allies|the allies|they) (?:had |has )?(?:never|not|didn t|did not|hadn t|had not)"
                             r"|(?:there (?:was|were|had been)|was there|were there) (?:no|never|not))"
                             r" (?:ever )?(?:held|hold|had|have|hosted|host|ran|run|organi[sz]ed|organi[sz]e|been)?(?: any| a| a single| one)? ?(?P<kind>(?:[a-z]+ ){0,2}?(?:conference|summit|event|meeting|exercise))s?"
                             r"(?: at all| ever)?(?: before (?P<y>.+?))?(?: at all| ever)?(?: correct| right| yes| true)?$")


def never_held_asked(text: str) -> str:
    """``text`` (normalised) claiming no gathering of a kind came before an event, as which came before it; else ``text``."""
    if " before " not in f" {text} " or (" never " not in f" {text} " and " no " not in f" {text} " and " not " not in f" {text} "):
        return text
    if (claim := _NEVER_BEFORE.match(text)) is None or not claim["x"]:
        return text  # "nato never ran one before rome, did it": the negative claim's own check (topics/negated_claims.py)
    return f"which {claim['kind']}s were held before {claim['x']}"
