"""An order of date asked in other words, put as the comparison route (topics/comparisons.py) or the date-order
route (topics/date_order.py) reads it.

    "did the rapid reaction teams predate cyber coalition or the other way round?"
        -> "did the rapid reaction teams come before or after cyber coalition?"
    "please put these in chronological order with dates: the warsaw pledge, the first pledge conference, the ddos"
        -> "sort chronologically: the warsaw pledge, the first pledge conference, the ddos"
    "can u put these in order for my timeline: tirana conf, warsaw summit" -> "sort chronologically: tirana conf, warsaw summit"
    "the nicc, the wales policy and the vilnius concept - oldest first please"
        -> "sort chronologically: the nicc, the wales policy and the vilnius concept"
    "hague 2024 or london 2024 - which came first in the year?"
        -> "which came first in the year, hague 2024 or london 2024?"
    "before rome 2022, how many pledge conferences had there been, and where?"
        -> "how many pledge conferences had there been before rome 2022, and where?"

Pure, on the text as typed (``answer_question``); a message without a cue word costs a few substring tests.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern

_EITHER_CUES = ("other way", "vice versa", "reverse")
_EITHER_WAY = lazy_pattern(
    r"^(?P<lead>(?:did|was|were|is|does|do) )(?P<a>.+?) (?:(?:come|came|happen|happened|take place|took place|start|started) )?"
    r"(?:(?:pre|ante)date[sd]?|precede[sd]?|before|earlier than|prior to|(?:post)date[sd]?|after|later than) (?P<b>.+?),?"
    r" or (?:was it |is it |did it )?(?:the other way (?:round|around)|vice versa|the reverse|in reverse)(?P<end>[?!. ]*)$", re.IGNORECASE)
_SORT_CUES = ("chronolog", "order", "sort", "by date", "oldest first", "earliest first", "timeline")
_ORDER = (r"(?:in (?:the )?(?:right |correct )?(?:chronological|date|time) order|chronologically|by date|in order(?: of (?:date|time))?"
          r"|oldest first|earliest first|from (?:earliest|oldest|first) to (?:latest|newest|last)|on a timeline)"
          r"(?:,? (?:with|and give|giving|including|and add|plus) (?:the |their |its )?dates?)?(?:,? (?:please|pls))?")
_SORT_FIRST = lazy_pattern(rf"^(?:(?:please|pls|(?:can|could|would) (?:you|u)|kindly) )?(?:put|order|sort|arrange|list|rank|line up|place)"
                           rf"(?: (?:these|those|them|the following|these events|the following events|these things))? {_ORDER}"
                           r"(?:,? (?:please|pls))?(?: for (?:me|us|(?:my|our|the) (?:timeline|notes|episode|podcast|show|outline|script|piece|slides)))?"
                           r" ?[:\u2013\u2014-] ?(?P<listed>.+?)[.?!]*$", re.IGNORECASE)
_SORT_LAST = lazy_pattern(rf"^(?P<listed>.+?) ?[:\u2013\u2014-] ?(?:(?:please|pls|can you|could you) )?(?:(?:put|order|sort|arrange|list|rank) (?:them|these|those) )?"
                          rf"{_ORDER}[.?!]*$", re.IGNORECASE)

#: A list that asks, or is cut into parts, rather than naming entries one by one.
_NOT_NAMED = lazy_pattern(r"^(?:anything|everything|something|what|which|who|when|where|how|list|all|every|each|any|events|conferences|summits|decisions)\b"
                          r"|\s[\u2013\u2014-]\s|:|\b(?:between|since|until|from) (?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.IGNORECASE)


def as_compared(typed: str) -> str:
    """``typed`` with an order asked in other words put as "before or after", "sort chronologically" or "... before X"; else unchanged."""
    return _which_came_first(_first_of_two(_before_or_after(_fronted_order(typed))))


#: "Before X, how many ... had there been": the entry the list starts from, said first.
_FRONTED = lazy_pattern(r"^(?P<order>before|after|prior to|until|up to) (?P<x>[^,?]{3,60}?), (?P<ask>(?:how many|which|what|list|name)\b[^,?]*)(?P<end>.*)$",
                        re.IGNORECASE)


def _fronted_order(typed: str) -> str:
    """"before rome 2022, how many pledge conferences had there been?" -> "how many pledge conferences had there been before rome 2022?"."""
    if typed[:1] not in "BbAaPpUu" or (fronted := _FRONTED.match(typed.strip())) is None:
        return typed
    return f"{fronted['ask']} {fronted['order'].lower()} {fronted['x']}{fronted['end']}"


def _before_or_after(typed: str) -> str:
    """"A predates B or the other way round" -> "A came before or after B"."""
    lowered = typed.lower()
    if not any(cue in lowered for cue in _EITHER_CUES) or (asked := _EITHER_WAY.match(typed.strip())) is None:
        return typed
    verb = "come " if asked["lead"].lower().startswith(("did", "does", "do")) else ""
    return f"{asked['lead']}{asked['a']} {verb}before or after {asked['b']}{asked['end'] or '?'}"


#: "A or B - which came first (in the year)?": the two named before the ask.
_ORDER_ASK = (r"which (?:one |of them |of the two )?(?:came|was|happened|took place|was held|is|comes) (?:first|earlier|sooner|later|last)"
              r"(?: in the year| that year| of the two| of them)?")
_TWO_THEN_ASK = lazy_pattern(rf"^(?:in (?P<year>(?:19|20)\d\d),? )?(?:there (?:was|were) )?(?P<two>[^?:]{{3,80}}?(?: or | vs | versus | and )[^?:]{{2,80}}?) ?[:,\u2013\u2014-] ?(?P<ask>{_ORDER_ASK})\s*[?.!]*$", re.IGNORECASE)
_ORDER_CUES = (" first", " earlier", " sooner", " later", " last")
_VERSUS = lazy_pattern(r" (?:vs|versus|and)\.? ", re.IGNORECASE)


def _first_of_two(typed: str) -> str:
    """"hague 2024 or london 2024 - which came first in the year?" -> "which came first, hague 2024 or london 2024?"."""
    lowered = typed.lower()
    if "which" not in lowered or not any(cue in lowered for cue in _ORDER_CUES) or (asked := _TWO_THEN_ASK.match(" ".join(typed.split()))) is None:
        return typed
    two = _VERSUS.sub(" or ", asked["two"])
    if asked["year"]:  # "in 2024 there was the hague and london, which came first": each of that year
        two = " or ".join(f"{side} {asked['year']}" for side in two.split(" or "))
    return f"{asked['ask']}, {two}?"


def _which_came_first(typed: str) -> str:
    """"put these in chronological order: A, B, C", "A, B and C - oldest first" -> "sort chronologically: A, B, C"."""
    lowered = typed.lower()
    if not any(cue in lowered for cue in _SORT_CUES):
        return typed
    flat = " ".join(typed.split())
    asked = _SORT_FIRST.match(flat) or _SORT_LAST.match(flat)
    if asked is None or ("," not in asked["listed"] and " and " not in asked["listed"]) or _NOT_NAMED.search(asked["listed"]):
        return typed  # "anything between may 2024 and 2025 - conferences, summits - in date order": a period, not entries named
    return f"sort chronologically: {asked['listed']}"
