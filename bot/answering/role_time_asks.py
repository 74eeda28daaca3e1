"""A role typed with a time and no question word asks who held it then.

    "deputy secretary general at the time of the hague 2024 conference" -> "who was deputy secretary general at the time of ..."
    "the dutch defence minister during the hague pledge conference"      -> "who was the dutch defence minister during ..."
    "estonian prime minister when the 2021 pledge conference was held"  -> "who was estonian prime minister when ..."
    "stoltenberg at the time of the rome conference"                      -> unchanged (a person, no role)
    "which general was saceur when stoltenberg spoke in berlin"          -> "who was saceur when stoltenberg spoke in berlin"

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


#: "which general was saceur when ...", "what official is nato secretary general": who held the role.
_WHICH_HOLDER = lazy_pattern(r"^(?:which|what) (?:general|admiral|officer|commander|person|official|man|woman|politician|diplomat|leader) (?P<be>was|is|were) (?P<rest>\S.*)$")
#: Roles the knowledge may hold no one in, asked for all the same ("saceur").
_HELD_WORDS = frozenset("saceur secretary general minister president chancellor ambassador commander".split())


def who_held_then(text: str) -> str:
    """``text`` as "who was <role> <time>" when it is a bare role and a time, or asks which person held a role; else
    ``text`` as it is."""
    if text.startswith(("which ", "what ")) and (which := _WHICH_HOLDER.match(text)) and _names_role(which["rest"].split()):
        return f"who {which['be']} {which['rest']}"  # "which general was saceur in 2023"
    return f"who was {text}" if asks_holder_then(text) else text


def _names_role(words: list[str]) -> bool:
    """Whether ``words`` start with a role: "saceur when ...", "the nato secretary general in 2019"."""
    return words[0] in _HELD_WORDS or any(is_role(words[:n]) for n in range(1, min(len(words), 4) + 1))
