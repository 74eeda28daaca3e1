"""A role typed with a time and no question word asks who held it then.

    "deputy secretary general at the time of the hague 2024 conference" -> "who was deputy secretary general at the time of ..."
    "the dutch defence minister during the hague pledge conference"      -> "who was the dutch defence minister during ..."
    "estonian prime minister when the 2021 pledge conference was held"  -> "who was estonian prime minister when ..."
    "stoltenberg at the time of the rome conference"                      -> unchanged (a person, no role)

Terse power users drop "who was" ("dsg at the time of the hague conf?"). Only a role counts (``is_role``: its
last word a role's, the words before a role's or a country's); the cue is the time phrase. Pure; normalised
text, shorthand spelt out ("dsg", "pm").
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .role_guesses import is_role

_TIME_CUES = (" at the time of ", " during ", " when ", " while ", " around the time of ", " by the time of ")
_ROLE_THEN = lazy_pattern(r"^(?P<role>(?:\S+ ){0,5}?\S+) (?:at the time of|around the time of|by the time of|during|back when|when|while) \S")


def asks_holder_then(text: str) -> bool:
    """Whether ``text`` is a bare role and a time: "dsg at the time of the hague conference"."""
    return any(cue in text for cue in _TIME_CUES) and (bare := _ROLE_THEN.match(text)) is not None and is_role(bare["role"].split())


def who_held_then(text: str) -> str:
    """``text`` as "who was <role> <time>" when it is a bare role and a time; else ``text`` as it is."""
    return f"who was {text}" if asks_holder_then(text) else text
