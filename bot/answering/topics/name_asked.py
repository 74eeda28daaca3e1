"""A person's full name, its spelling or their office asked of a name as an article gives it: the person's card.

    "the berlin article only says 'minister baerbock'. full name and office, please"  -> Annalena Baerbock
    "the hague article spells it 'luminita odobescu'. what's the correct spelling?"   -> Luminița Odobescu
    "how do you spell geoana's name properly?"                                         -> Mircea Geoană

Tried only when a message asks for a name or its spelling (``_ASKS``) and names exactly one person.
"""

from __future__ import annotations

import datetime as dt

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from .people import person_reply

_CUES = ("name", "spell", "spelt")
_ASKS = lazy_pattern(r"\b(?:full name|whole name|first name|given name|correct spelling|right spelling|proper spelling|spelling of (?:her|his|their|the) name"
                     r"|spell(?:s|ed|t)? (?:it|her name|his name|(?:her|his|the|that) (?:\S+ )?name)\b|how (?:do|does|should) (?:you|i|one|we) spell"
                     r"|name and (?:full )?(?:office|title|role|position|job|post)|(?:office|title|role|position|job) and (?:full )?name)\b")


def answer_name_asked(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The card of the one person ``question`` (normalised) names when it asks their full name or its spelling."""
    if not any(cue in question for cue in _CUES) or not _ASKS.search(question):
        return None
    people = lookup.named(question, on=today).people
    return person_reply(lookup, people[0]) if len(people) == 1 else None
