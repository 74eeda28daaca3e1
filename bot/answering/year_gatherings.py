"""A year's gatherings asked with what to tell of each ("2024 had two nato cyber conferences?? which cities + which months"):
the list of that year's gatherings, one line each with its day and place.

    "which cities which months 2024 had two nato cyber conferences" -> "which conferences were held in 2024"
    "nato cyber conferences in 2024"                                -> "which conferences were held in 2024"
    "where and when were the 2023 pledge conferences"               -> "which pledge conferences were held in 2023"

Only a message of a plural gathering noun, one year and words that ask for a day or a place is put so ("how many",
a city or a person named are other questions). Read whole, such a message named the series' card.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_PLURAL = {"conferences": "conferences", "confs": "conferences", "summits": "summits", "events": "events", "meetings": "events"}
_YEAR = lazy_pattern(r"\b(?:19|20)\d\d\b")
_ASKING = frozenset(
    "which what where when cities city months month dates date places place venues venue days day locations location "
    "were was are is held in on the had have has there two three both nato nato s cyber defence defense and or did take "
    "took all list of s same year that this those these annual".split()
)


def year_gatherings(text: str) -> str:
    """``text`` (normalised) asking for a year's gatherings by their days or places, as the list of them; other text as it is."""
    words = text.split()
    nouns = [w for w in words if w in _PLURAL]
    if len(nouns) != 1 or len(years := _YEAR.findall(text)) != 1:
        return text
    series = "pledge " if "pledge" in words else ""
    if any(w not in _ASKING and w not in _PLURAL and w != years[0] and w != "pledge" for w in words):
        return text
    return f"which {series}{_PLURAL[nouns[0]]} were held in {years[0]}"
