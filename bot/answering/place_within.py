"""A follow-up asking where within the last event's own city it was: the city only says where to look.

    after "who hosted the 2019 pledge conference" (London)
    "where in london exactly was it held?"  -> "where exactly was it held?"
    "whereabouts in london was it?"         -> "where exactly was it?"
    "where in london?", "whereabouts in london exactly" -> "where exactly was it"

Left in, the city names a gathering of its own (London 2024) and the follow-up loses the event it asks about.
Only when the city is the last event's; pure, no knowledge read beyond that event's city.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .search import normalize

_WITHIN = lazy_pattern(r"^(?P<lead>(?:\W*(?:and|so|ok|okay|thanks|thank you)\W+)*)(?:where|whereabouts)(?: exactly)? in (?P<city>[a-z]+(?: [a-z]+)??)(?: exactly)?(?: (?P<rest>(?:was|is|did|were) (?:it|that|this|they)\b.*))?(?: exactly| though| tho| then)?$")


def within_its_city(text: str, city: str | None) -> str:
    """``text`` without "in <city>" after "where" when ``city`` is the city of the event it follows up (then normalised)."""
    if not city or "where" not in text.lower() or not (within := _WITHIN.match(normalize(text))) or within["city"] != normalize(city):
        return text
    return f"where exactly {within['rest'] or 'was it'}"  # "thanks. where in london ...": the thanks dropped too; "where in london?": was it
