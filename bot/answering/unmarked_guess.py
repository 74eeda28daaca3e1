"""A guess typed after a whole question with no mark between them, marked as the guess it is ("...? london?").

    "which was the first annual conference london"   -> "which was the first annual conference? london?"
    "when was the tirana conference september"        -> "when was the tirana conference? september?"
    "who co-hosted the hague pledge conference estonia" -> "who co-hosted the hague pledge conference? estonia?"
    "who spoke at the pledge conference in london"    -> unchanged: the place is where, after "in"

Read whole, such a message took the guess for one more thing the answer must meet: "I have no conference in
Tirana." of a conference the knowledge has, or London's conference as "the first annual". Only a message with no
mark at all, opening with a question word, whose last word or two are a place or a month after no linking word,
and whose question before them already names its entry by a place, a year or an ordinal.
"""

from __future__ import annotations

import calendar

from ..patterns import lazy_pattern
from .normalizing import normalize
from .places import AMBIGUOUS, PLACES, places_in

_OPENERS = frozenset("who whom when where which what".split())
_MONTHS = frozenset(name.lower() for name in calendar.month_name if name)
#: Words a place or month follows as part of the question: "held in london", "the conference of may", "rome and berlin".
_LINKING = frozenset("in at from of to on by and or than between since until till near for the a an about with as vs versus".split())
_ORDINALS = frozenset("first second third fourth fifth sixth seventh last latest earliest newest oldest recent 1st 2nd 3rd 4th 5th 6th".split())
_MARKED = lazy_pattern(r"[?!.,;:()\"“”]")
SHORTEST = 5  # words: a question and its guess


def guess_marked(text: str) -> str:
    """``text`` with its trailing guess marked off ("<question>? <guess>?"), or ``text`` itself."""
    if _MARKED.search(text) or len(typed := text.split()) < SHORTEST:
        return text
    words = normalize(text).split()
    if not words or words[0] not in _OPENERS:
        return text
    for size in (2, 1):
        guess = " ".join(words[-size:])
        if (guess in PLACES and guess not in AMBIGUOUS or size == 1 and guess in _MONTHS) and normalize(" ".join(typed[-size:])) == guess:
            break
    else:
        return text
    rest = words[:-size]
    if rest[-1] in _LINKING or rest[-1].isdigit() or not _names_its_entry(rest):
        return text
    return f"{' '.join(typed[:-size])}? {' '.join(typed[-size:])}?"


def _names_its_entry(words: list[str]) -> bool:
    """Whether the question already names which entry it asks of: a place, a year or an ordinal."""
    return bool(places_in(" ".join(words))) or any(len(w) == 4 and w.isdigit() for w in words) or not _ORDINALS.isdisjoint(words)
