"""A season named with a year, read as the year: the knowledge dates events by day, and no question names a season
that the year and the rest of its words do not already pick out.

    "which building was the autumn 2024 nato cyber defence conference in" -> "which building was the 2024 nato cyber defence conference in"
    "what happened at the summit in the summer of 2016"                  -> "what happened at the summit in 2016"
    "the 2023 fall conference"                                            -> "the 2023 conference"

Only a season right before or after a four-digit year, and only where a series (pledge conference, cyber defence
conference, summit) or a place is named too: "the autumn 2024 conference" (two conferences that year) and "fall"
alone stay as typed. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES

#: Words naming a series or kind held at most once a year: with one of them (or a place) the year alone picks the event.
_ONE_A_YEAR = frozenset("pledge summit summits exercise".split())
_SEASONS = frozenset("spring summer autumn fall winter".split())
_SEASON = r"(?:(?:early|late|mid) )?(?:spring|summer|autumn|fall|winter)"
#: "the autumn of 2023" after "in"/"during", "autumn 2024", "2023 fall".
_SEASON_YEAR = lazy_pattern(rf"\b(?:(?P<in>in|during|over) )?(?:the )?{_SEASON}(?: of)? (?P<year>(?:19|20)\d\d)\b|\b(?P<before>(?:19|20)\d\d) {_SEASON}\b")


def without_season(text: str) -> str:
    """``text`` (normalised) with a season next to a year dropped, the year kept."""
    words = text.split()
    if _SEASONS.isdisjoint(words) or not (_ONE_A_YEAR.intersection(words) or "cyber defence conference" in text or any(w in PLACES for w in words)):
        return text  # most questions: no season; "the autumn 2024 conference": the season tells two conferences of 2024 apart
    return _SEASON_YEAR.sub(_year_only, text)


def _year_only(match) -> str:
    if match["before"]:
        return match["before"]
    return f"{match['in']} {match['year']}" if match["in"] else match["year"]
