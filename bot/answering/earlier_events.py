"""A person's events asked as "an earlier one": those before the latest, of the series named.

    earlier_ones([tallinn_2021, hague_2024], "at an earlier pledge conference as well") -> [tallinn_2021]
    earlier_ones([tallinn_2021, hague_2024], "at the hague")                            -> unchanged

"Earlier" is said of the gathering the talk is about, the person's latest one; "another" names none and is left to
list all. Pure; a text without one of the words pays one pattern search.
"""

from __future__ import annotations

from ..knowledge.model import Event
from ..patterns import lazy_pattern
from .mentions import find_series, loose_series

EARLIER = lazy_pattern(r"\b(?:earlier|previous|prior|preceding|an older)\b")


def earlier_ones(events: list[Event], text: str) -> list[Event]:
    """``events`` but the latest (and of the series ``text`` names) when ``text`` asks for an earlier one; else ``events``."""
    if len(events) < 2 or not EARLIER.search(text):
        return events
    series = find_series(text) or loose_series(text)
    kept = sorted((e for e in events if not series or e.series == series), key=lambda e: e.when.start.first_day())
    return kept[:-1] or events
