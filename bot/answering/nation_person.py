"""Someone asked after by their country and nothing else: "who is the romanian lady" -> the Romanians the knowledge holds.

    "whos the romanian lady"      -> "which romanian people are in the knowledge"   (Luminița Odobescu)
    "who is the albanian guy"     -> "which albanian people are in the knowledge"
    "who was the dutch woman"     -> "which dutch people are in the knowledge"       (the three, to pick from)
    "who is the old lady"         -> as typed (no country)

Asked at a gathering ("the romanian lady at the hague") the routes find who spoke there. ``NATION_PERSON_ASKS`` are
``(cue, pattern, replacement)`` entries of ``shorthand``'s spelling out in context. Pure.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .places import PLACES

_PEOPLE_WORDS = ("lady", "woman", "man", "guy", "dude", "girl", "boy", "person", "gentleman", "fella", "bloke", "politician", "leader")
_NATION_PERSON = lazy_pattern(r"^(?:who is|who s|whos|who was|who are|who were) (?:the|that|this|a) (?P<nation>[a-z]+) (?:" + "|".join(_PEOPLE_WORDS) + r")$")


def _people_of(match: re.Match) -> str:
    return f"which {match['nation']} people are in the knowledge" if match["nation"] in PLACES else match[0]


NATION_PERSON_ASKS = tuple((cue, _NATION_PERSON, _people_of) for cue in _PEOPLE_WORDS)
