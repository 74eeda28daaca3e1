"""Speakers two gatherings share, asked as what they have "in common" or "share": who spoke at both.

    "which speaker do rome 2022 and berlin 2023 have in common"      -> "who spoke at both rome 2022 and berlin 2023"
    "which speakers did the berlin and tirana conferences share"     -> "who spoke at both the berlin and tirana conferences"
    "what do the rome and berlin conferences have in common speaker wise" -> "who spoke at both the rome and berlin conferences"

The route for "who spoke at both X and Y" names the people at both, or says none was. Tried only when the text
holds "common" or "share"; other text comes back as it is.
"""

from __future__ import annotations

from ..patterns import lazy_pattern

_PEOPLE = r"(?:speakers?|people|persons?|officials?|ministers?|names?|participants?|figures?)"
_SHARED = lazy_pattern(
    rf"^(?:(?:which|what) {_PEOPLE}|who) (?:do|did|does) (?P<a>.+?) and (?P<b>.+?) (?:have in common|share|both have|have both)$"
    rf"|^(?:(?:which|what) {_PEOPLE}|who) (?:is|are|was|were) (?:common to|shared by|in common (?:to|between)) (?P<a2>.+?) and (?P<b2>.+)$"
    rf"|^what do (?P<a3>.+?) and (?P<b3>.+?) have in common (?:speaker wise|speakers wise|in (?:terms of )?{_PEOPLE}|as to {_PEOPLE}|by way of {_PEOPLE})$"
)


def shared_speakers(text: str) -> str:
    """``text`` (normalised) asking which speakers two gatherings share, as who spoke at both; other text as it is."""
    if ("common" not in text and "share" not in text) or not (shared := _SHARED.match(text)):
        return text
    a, b = next((shared[x], shared[y]) for x, y in (("a", "b"), ("a2", "b2"), ("a3", "b3")) if shared[x])
    return f"who spoke at both {a} and {b}"
