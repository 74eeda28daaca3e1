"""How two things differ, asked with "different": read as the comparison the comparison route knows.

    "how are the hague and london conferences different"                     -> "compare the hague and london conferences"
    "two nato cyber events in 2024 the hague and london how are they different" -> "compare the hague 2024 and london 2024"
    "how is the rome pledge conference different from the tallinn one"       -> "compare the rome pledge conference and the tallinn one"
    "what makes berlin different from tirana"                                 -> "compare berlin and tirana"

A lead naming the pair ("two nato cyber events in 2024") gives its year to each one named without a year.
Runs its pattern only when "different" or "differ" is in the (normalised) question. Pure.
"""

from __future__ import annotations

from .constraints import YEARS
from ..patterns import lazy_pattern
from .normalizing import normalize, word_set

_CUES = frozenset("different differ differs differed".split())
#: "two nato cyber events in 2024", "both 2024 conferences": the pair described before it is named, and its year.
_PAIR = r"(?:(?:the )?(?:two|both|these|those|2) (?:\S+ ){0,4}?(?:events|conferences|meetings|summits|gatherings|ones|confs)(?: (?:in|of|from) (?P<year>(?:19|20)\d\d))? (?:and )?)?"
_THEY = r"(?:how|in what ways?|in which ways?) (?:are|were|do|did) (?:they|those|these|the two|both|them|the 2)(?: two)? (?:different|differ)"
_DIFFERENT = lazy_pattern(
    rf"^{_PAIR}(?P<a>.+?) (?:and|&) (?P<b>.+?) (?:so )?{_THEY}$"  # "the hague and london how are they different"
    r"|^(?:how|in what ways?|in which ways?) (?:are|were) (?P<a2>.+?) (?:and|&) (?P<b2>.+?) different(?: (?:events|conferences|things|meetings))?$"
    r"|^(?:how|in what ways?|in which ways?) (?:is|was|are|were) (?P<a3>.+?) different (?:from|to|than) (?P<b3>.+)$"
    r"|^what (?:makes|made) (?P<a4>.+?) different (?:from|to|than) (?P<b4>.+)$"
)


def different_ask(text: str) -> str:
    """"how are A and B different" (and its other orders) -> "compare A and B"; other text as it is."""
    if _CUES.isdisjoint(word_set(text)) or not (match := _DIFFERENT.match(text)):
        return text
    a, b = next((match[f"a{n}"], match[f"b{n}"]) for n in ("", "2", "3", "4") if match[f"a{n}"])
    if year := match["year"]:  # "two events in 2024, the hague and london": each of them in 2024
        a, b = (part if YEARS.search(part) else f"{part} {year}" for part in (a, b))
    return f"compare {a} and {b}"


def compared_text(text: str) -> str:
    """``text`` as typed, or where it asks how two things differ, the comparison it asks for (commas read as "and":
    "two events in 2024, the hague and london - how are they different" -> "compare the hague 2024 and london 2024")."""
    if _CUES.isdisjoint(flat := normalize(text.replace(",", " and ")).split()):
        return text
    flat_text = " ".join(flat)
    compared = different_ask(flat_text)
    return text if compared == flat_text else compared
