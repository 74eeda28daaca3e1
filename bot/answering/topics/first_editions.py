"""The first or last few editions of a series, asked by their count: "which were the first two pledge conferences?".

    "what were the first two pledge conferences and where?"     -> Paris 2018 and London 2019
    "the last three nato cyber defence conferences"             -> Berlin 2023, London 2024, Tirana 2025
    "Tallinn was the 'third annual' pledge conference. Which were the first two?" -> the series from the message

The series is the one the question names, else the one the whole message names; tried only when "first", "last" or
the like and a count are words of the question.
"""

from __future__ import annotations

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..mentions import find_series, loose_series, series_events
from ..phrasing import event_label
from ..search import normalize
from .events import answer_events_list

_ENDS = frozenset("first earliest last latest".split())
_COUNTS = {"two": 2, "three": 3, "four": 4, "2": 2, "3": 3, "4": 4}
_FIRST_FEW = lazy_pattern(r"\b(?P<end>first|earliest|last|latest|most recent) (?P<count>two|three|four|2|3|4)\b(?! (?:days?|years?|months?|weeks?)\b)")


def answer_first_editions(lookup: Lookup, question: str, text: str) -> Reply | None:
    """The reply to "the first / last N <series>" (``question`` normalised, ``text`` the message as typed), or None."""
    words = question.split()
    if _ENDS.isdisjoint(words) or not any(w in _COUNTS for w in words) or (match := _FIRST_FEW.search(question)) is None:
        return None
    series = loose_series(question[match.end():]) or find_series(normalize(text))
    if series is None:
        return None
    editions, count = series_events(lookup, series), _COUNTS[match["count"]]
    if len(editions) < count:
        return None
    first = match["end"] in ("first", "earliest")
    chosen = editions[:count] if first else editions[-count:]
    title = f"The {'first' if first else 'last'} {count} editions of the {series}: " + "; ".join(event_label(e) for e in chosen)
    return answer_events_list(lookup, chosen, title)
