"""The first or last day of a gathering asked as a noun: put as when it started or ended, which the date routes answer.

    "last day of the hague conference"         -> "when did the hague conference end"
    "first day of tirana conference"           -> "when did tirana conference start"
    "hague conference closing day"             -> "when did hague conference end"
    "rutte first day as secretary general"     -> unchanged (a role's first day: ``role_handover``)

Only a gathering counts: its words are a gathering's, a place's or a year (no person, verb or "or"). Pure; normalised
text, shorthand spelt out; tried only when "day" is there.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES

_DAY_OF = lazy_pattern(r"^(?:(?:what|when|which day) (?:was|is|were) )?(?:the )?(?P<which>first|1st|last|final|opening|closing) day (?:of|at) (?P<event>.+?)(?: date| when)?$")
_EVENT_DAY = lazy_pattern(r"^(?!what |when |who |which |how )(?P<event>.+?)(?: s)? (?P<which>first|1st|last|final|opening|closing) day(?: date| when)?$")
_GATHERINGS = frozenset("conference conferences summit exercise meeting event pledge coalition".split())
#: The only words a gathering named here is made of, beside places and years: "the 2024 nato cyber defence pledge conference".
_EVENT_WORDS = _GATHERINGS | frozenset("the a nato cyber defence annual first second third 1st 2nd 3rd inaugural".split())
_ENDS = frozenset("last final closing".split())


def event_day(text: str) -> str:
    """``text`` as "when did <event> start|end" when it asks a gathering's first or last day; else ``text`` as it is."""
    if " day" not in text or (asked := _DAY_OF.match(text) or _EVENT_DAY.match(text)) is None:
        return text
    words = asked["event"].split()
    if not all(w in _EVENT_WORDS or w in PLACES or w.isdigit() for w in words) or _GATHERINGS.isdisjoint(words) and not any(w in PLACES for w in words):
        return text  # "stoltenberg in rome: opening day or the last day": his day there, the speech-day step's
    return f"when did {asked['event']} {'end' if asked['which'] in _ENDS else 'start'}"
