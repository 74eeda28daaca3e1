"""A terse ask for a line said somewhere, put with the word the quote routes know: "line" is a quote.

    "russia energy line from berlin"   -> "russia energy quote from berlin"
    "the china bit from berlin"        -> "the china quote from berlin"
    "berlin china line"                -> "berlin china quote"
    "tirana investment lines"          -> "tirana investment quotes"

Only a message that is nothing but the topic, the noun and where it was said: "what is the bottom line from
berlin" asks something else, and a place must open "<place> <topic> line". Pure; a set test for most questions.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .places import PLACES

_NOUNS = {"line": "quote", "lines": "quotes", "bit": "quote", "bits": "quotes", "remark": "quote", "remarks": "quotes",
          "soundbite": "quote", "soundbites": "quotes", "passage": "quote", "passages": "quotes"}
#: The nouns a line said somewhere is called by ("the nothing immoral bit"): words that describe a line, not type it out.
LINE_NOUNS = frozenset(_NOUNS)
_LINE_FROM = lazy_pattern(r"^(?P<lead>(?:the |that |this )?(?:[a-z]+ ){0,3}?[a-z]+) (?P<noun>" + "|".join(_NOUNS) + r") (?P<tail>(?:from|in|at|during) \S.*)$")
_PLACE_FIRST = lazy_pattern(r"^(?P<lead>(?P<place>[a-z]+) (?:[a-z]+ ){0,2}?[a-z]+) (?P<noun>" + "|".join(_NOUNS) + r")(?P<tail>(?: \S+)*)$")
#: Words that ask something of their own: the message is no bare request for a line.
_ASKING = frozenset("who whom whose what when where which how why did does do is was were are any every all full bottom punch time "
                    "dead head front date".split())


def lines_as_quotes(text: str) -> str:
    """``text`` (normalised) with the line it asks for called a quote, when it only asks for one; else as it is."""
    if _NOUNS.keys().isdisjoint(words := text.split()) or not _ASKING.isdisjoint(words[:4]):
        return text
    if (asked := _LINE_FROM.match(text)) or ((asked := _PLACE_FIRST.match(text)) and asked["place"] in PLACES):
        return f"{asked['lead']} {_NOUNS[asked['noun']]} {asked['tail'].strip()}".strip()
    return text
