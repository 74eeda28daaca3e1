"""A rushed asker's tail after the question that only says how soon, or restates what the question asks: no part of it.

    "which city? need it NOW"                                   -> "which city?"
    "who wrote the hague article? need the byline"              -> "who wrote the hague article?"
    "who spoke for the UK? name + title asap"                   -> "who spoke for the UK?"
    "published where?? boss wants the magazine name"            -> "published where??"
    "what did stoltenberg ask allies for in rome? the 3 things" -> "what did stoltenberg ask allies for in rome?"
    "what did rutte say in tirana? need quotes"                 -> "what did rutte say in tirana?" (what was said is its quotes)
    "who spoke in rome? need the dates too"                     -> as typed (the dates are asked besides)

``SOON`` is a regex fragment joined into ``chatter_patterns.TRAILING_CHATTER`` ("asap", "urgent"); ``restates_asked``
reads one clause after the question mark: a need of the very thing its question word asks (the byline of "who wrote",
the magazine of "where"), a name and title for "who", or a count of what is asked ("the 3 things"). Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .answer_shape import ANSWER_SHAPE
from .normalizing import word_set

#: How soon: "asap", "urgent", "need it now".
SOON = (r"asap|urgent|urgently|very urgent|stat|pronto|no time|hurry(?: up)?"
        r"|(?:i |we )?need (?:it|this|that|them|an answer|the answer|answers) (?:now|asap|fast|quick|quickly|today|urgently|right now|rn)")

#: What each question word asks for, as a rushed asker names it.
_ASKED_BY = {
    "who": frozenset(("byline", "author", "author s name", "writer", "name", "names", "full name", "title", "titles", "job title", "role", "surname")),
    "where": frozenset(("magazine", "magazine name", "paper", "paper name", "outlet", "outlet name", "publication", "publication name", "publisher",
                        "location", "venue", "city", "address", "place")),
    "when": frozenset(("date", "dates", "exact date", "exact dates", "day", "days", "year")),
    "said": frozenset(("quote", "quotes", "quotation", "quotations", "words", "exact words", "line", "lines", "exact quote", "exact quotes")),
}
_THING = "|".join(sorted(set().union(*_ASKED_BY.values()), key=len, reverse=True))  # the longest first: "magazine name", not "magazine"
_NEEDS = lazy_pattern(
    r"^(?:(?:(?:i |we )?(?:need|needs|want|wants|would like|d like|am after|m after)"
    r"|(?:(?:my|the|our|his|her) )?(?:boss|manager|chief|principal|minister|director|ambassador|editor|exec|executive|team)"
    r" (?:needs|wants|wanted|asked for|asks for|is asking for|would like|needs to know|wants to know)) )?"  # or only the thing: "exact dates pls"
    rf"(?:the |a |an |his |her |their |its |exact |full |correct |proper |official |right )?(?P<thing>{_THING})"
    r"(?: (?:of|for) (?:it|him|her|them|that|this))?(?: (?:asap|pls|please|plz|now|today|urgently))?$")
#: A question asking what was said: "what did rutte say in tirana", "what has he said".
_SAYING = frozenset("say said says".split())
#: "the 3 things", "all five points": how many the answer holds, which it shows anyway.
_COUNTED = lazy_pattern(r"^(?:the |all |those |these |his |her )?(?:2|3|4|5|two|three|four|five) (?:things|points|asks|items|parts|bits|elements|pillars|priorities)(?: (?:pls|please))?$")
_SOON_ONLY = lazy_pattern(rf"^(?:pls |please )?(?:{SOON})(?: (?:pls|please|thx|thanks))?$")
_SHAPE_ONLY = lazy_pattern(rf"^(?:{ANSWER_SHAPE})(?: (?:asap|pls|please|plz|now))?$")
_WH = lazy_pattern(r"\b(?:whose|who|where|when|which|what) ?(?P<noun>[a-z]*)")
_WHICH_NOUNS = {"who": frozenset("person speaker minister official author writer".split()),
                "where": frozenset("magazine paper outlet publication city place venue".split()), "when": frozenset("date day year month".split())}


def restates_asked(question: str, clause: str) -> bool:
    """Whether ``clause`` (normalised, after the question mark) asks nothing ``question`` (normalised) does not."""
    if _SOON_ONLY.match(clause) or _COUNTED.match(clause) or _SHAPE_ONLY.match(clause):
        return True
    if not (need := _NEEDS.match(clause)):
        return False
    thing = need["thing"]
    return any(thing in _ASKED_BY[word] for word in _asks(question))


def _asks(question: str) -> set[str]:
    """The question words ``question`` asks with: "who", "where", "when" ("which magazine" asks where)."""
    asked = set()
    for match in _WH.finditer(question):
        word = match[0].split()[0]
        if word in _ASKED_BY:
            asked.add(word)
        asked.update(w for w, nouns in _WHICH_NOUNS.items() if match["noun"] in nouns)
    if question.startswith(("what ", "and what ")) and not _SAYING.isdisjoint(word_set(question)):
        asked.add("said")  # "what did rutte say there? need quotes": the quotes are what it asks
    return asked
