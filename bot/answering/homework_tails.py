"""What a young asker says about themselves after a question typed without punctuation: no part of what is asked.

    "where is tirana lol never heard of it"                          -> "where is tirana"
    "the hague conference what month was it my article doesnt say"  -> "the hague conference what month was it"
    "who hosted berlin my teacher didnt tell us"                     -> "who hosted berlin"
    "when was the wales summit im so confused"                       -> "when was the wales summit"

``ASKER_TAILS`` is a regex fragment joined into ``chatter_patterns.TRAILING_CHATTER`` (read on normalised text:
"doesn't" is "does not" there). What their source does not say, that they never heard of it, that they are lost: the
answer settles it anyway. A source that *says* something ("my book says 2016") is a claim and stays. Pure.
"""

from __future__ import annotations

_NOT = r"(?:does not|doesnt|did not|didnt|do not|dont|will not|wont|cannot|can not|cant|never)"
_SOURCE = (r"(?:article|book|textbook|text book|teacher|worksheet|work sheet|notes|homework|sheet|source|paper|assignment|project"
           r"|class|lesson|google|website|site|video|mum|mom|dad)")

ASKER_TAILS = (
    r"(?:i (?:have |ve )?|i d |we (?:have |ve )?)?(?:never|not) (?:even )?heard of (?:it|that|this|them|him|her|that place|this place|that one)(?: before| til now| until now)?"
    rf"|(?:my|our|the) {_SOURCE} {_NOT} (?:say|tell|show|mention|give|list|explain|have|know)(?: (?:it|that|this|us|me|anything|which|when|where|who))?"
    r"|(?:i m|im|i am) (?:so |really |super |kinda |totally )?(?:confused|lost|stuck)"
)
