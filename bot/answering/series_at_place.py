"""A place swapped into the last question keeps its series only where that series met.

    after "when was the rome pledge conference?"
    "and berlin?"            -> "when was the berlin pledge conference?" -> "when was the berlin conference?"
                                (no Pledge Conference met in Berlin; the annual conference did)
    after "when was the berlin cyber defence conference?"
    "and the hague?"         -> "when was the hague conference?"
    after "where was the 2024 pledge conference?"
    "and london?"            -> "where was the london pledge conference?" (kept: the 2019 one met there)

The user named only the place; the series came along from the last question, so it
yields to the place. Where no event at all met at the place the series stays, and the
answer says what it does not have. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .constraints import at_place
from .lookup import Lookup
from .mentions import loose_series, series_events
from .search import normalize

#: The words that name a series before the noun: "pledge", "cyber defence", "nato annual cyber defence".
_SERIES_WORDS = lazy_pattern(
    r"\b(?:nato )?(?:annual )?(?:nato )?(?:cyber )?(?:defen[cs]e )?(?:pledge|cyber defen[cs]e|annual)\s+(?=(?:conference|meeting|one|thing)\b)",
    flags=2)  # re.IGNORECASE


def series_yields(lookup: Lookup, swapped: str, place) -> str:
    """``swapped`` without its series words when no event of that series met at ``place`` but another event did."""
    series = loose_series(normalize(swapped))
    if series is None or any(at_place(e, place) for e in series_events(lookup, series)):
        return swapped
    if not any(at_place(e, place) for e in lookup.knowledge.events.values()):
        return swapped  # "and oslo?": the miss names the series asked
    return " ".join(_SERIES_WORDS.sub("", swapped).split())
