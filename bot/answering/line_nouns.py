"""A terse ask for a line said somewhere, put with the word the quote routes know: "line" is a quote.

    "russia energy line from berlin"   -> "russia energy quote from berlin"
    "the china bit from berlin"        -> "the china quote from berlin"
    "berlin china line"                -> "berlin china quote"
    "tirana investment lines"          -> "tirana investment quotes"
    "what is the saceur line in berlin" -> "the saceur quote in berlin" (what the line says: the line)

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


#: "what is the X line in Y", "what X line in Y": what a line says is the line itself ("what was rutte line": his, asked otherwise).
_WHAT_IS = lazy_pattern(r"^what (?:(?:is|was|s|exactly|exactly is|exactly was) (?=(?:the|that|this) )|(?=[a-z]+ ))(?=(?:the |that |this )?(?:[a-z]+ ){1,3}?(?:line|lines|bit|remark|passage|soundbite) (?:from|in|at|during) )")


def lines_as_quotes(text: str) -> str:
    """``text`` (normalised) with the line it asks for called a quote, when it only asks for one; else as it is."""
    if _NOUNS.keys().isdisjoint(words := text.split()):
        return text
    typed = text
    if words[0] == "what" and (what := _WHAT_IS.match(text)):  # not "what was rutte s line in tirana": what he said there
        text, words = text[what.end():], words[len(what[0].split()):]
    if not _ASKING.isdisjoint(words[:4]):
        return typed
    if (asked := _LINE_FROM.match(text)) or ((asked := _PLACE_FIRST.match(text)) and asked["place"] in PLACES):
        return f"{asked['lead']} {_NOUNS[asked['noun']]} {asked['tail'].strip()}".strip()
    return typed
