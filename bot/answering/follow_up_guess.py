"""A follow-up with the asker's guess of the place after it, as a question of its own: the guess joined to the follow-up.

    "and the one in 2021? Tallinn?"   -> "and the one in 2021, Tallinn?"
    "and the 2024 one? The Hague?"    -> "and the 2024 one, The Hague?"
    "what about 2019? London?"        -> "what about 2019, London?"
    "and the one in 2021? why?"       -> unchanged: no place guessed

Read as two questions, the follow-up lost its year to the guess ("Nothing in the knowledge matches “the one in
2021”"), or the guess was taken for a question of its own. Only a message opening as a follow-up ("and", "what about",
"how about") whose last sentence is a place alone, with a question mark. Pure; a message not opening so pays one match.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .normalizing import normalize
from .places import PLACES

_FOLLOW_UP_THEN_GUESS = lazy_pattern(r"^(?P<asked>\s*(?:and|what about|how about)\b[^?]{1,80}?)\s*\?\s+(?P<guess>[^?!.,;:]{2,30}?)\s*\?+\s*$",
                                     re.IGNORECASE)


def guess_joined(text: str) -> str:
    """``text`` with a place guessed after a follow-up joined to it by a comma, else as it is."""
    if text.count("?") < 2 or (match := _FOLLOW_UP_THEN_GUESS.match(text)) is None:
        return text
    guess = normalize(match["guess"])
    if guess not in PLACES and guess.removeprefix("the ") not in PLACES:
        return text
    return f"{match['asked']}, {match['guess']}?"
