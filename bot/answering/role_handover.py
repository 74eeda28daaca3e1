"""A role's handover, or someone's first or last day in a role, asked as a noun: put as the ask the succession routes know.

    "when sg handover", "sg handover date"        -> "when did the current secretary general take over"
    "when did the secretary general change"       -> "when did the current secretary general take over"
    "rutte first day as secretary general"        -> "when did rutte start as secretary general"
    "stoltenberg last day as sg"                  -> "when did stoltenberg step down as secretary general"

Only a role counts before "handover" (``is_role``: "secretary general", "dutch defence minister"); the cue words are
"handover", "transition", "change", "changed", "changeover", "first", "last". Pure; normalised text, shorthand spelt out.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .role_guesses import is_role
from .normalizing import word_set

_CUES = frozenset("handover handoff transition change changed changeover first 1st last".split())
_HANDOVER = lazy_pattern(r"^(?:(?:when|what date)(?: was| did| is| were)? )?(?:the )?(?P<role>(?:\S+ ){0,4}?\S+) (?:handover|hand over|handoff|hand off|transition|changeover|change over|change|changed)"
                         r"(?: (?:date|day|when|happen|happened|take place|took place))?$")
_DAY_AS = lazy_pattern(r"^(?:(?:when|what) (?:was|is) )?(?P<who>(?!the |when |what |who )\S+(?: \S+)?) (?:s )?(?P<which>first|1st|last) day (?:in office )?as (?:the )?(?P<role>.+?)(?: when)?$")


def role_handover(text: str) -> str:
    """``text`` put as a succession ask when it asks a role's handover or a first or last day in a role; else as it is."""
    if _CUES.isdisjoint(word_set(text)):
        return text
    if (handover := _HANDOVER.match(text)) and is_role(handover["role"].split()):
        return f"when did the current {handover['role']} take over"
    if (day := _DAY_AS.match(text)) and is_role(day["role"].split()):
        return f"when did {day['who']} {'step down' if day['which'] == 'last' else 'start'} as {day['role']}"
    return text
