"""An anniversary counted in years, asked as a planner asks it, and the weekday it falls on.

    "3rd anniversary of the Hague pledge conf next year - what weekday does it land on?" -> 16 May 2027 (Sunday)
    "Tirana's 2nd anniversary next October falls on a...?"                              -> 9 October 2027 (Saturday)
    "the cyber defence pledge turns 11 next july, which weekday will that be?"          -> 8 July 2027 (Thursday)
    "did I already miss the pledge's 10th anniversary this year?? when was it"           -> 8 July 2026, 124 days ago

Read from the message as typed, before its clauses are split (the clause naming the anniversary is rarely the
one with the question word), and answered by ``day_asks.anniversary_of`` as "when is the Nth anniversary of X".
The year or month the asker adds ("next year") is where the anniversary falls, never an edition's year. A message
without "anniversar" or "turn" costs a substring test.
"""

from __future__ import annotations

import datetime as dt

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..search import normalize
from ..shorthand import spell_out_shorthand
from .day_asks import anniversary_of
from .weekdays import asks_weekday, with_weekday

_CLAUSES = lazy_pattern(r"[?!;:,]+\s*|\s+[-\u2013\u2014]+\s+|\.\.\.|\u2026")
_NTH_OF = lazy_pattern(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)? anniversary (?:of|for) (?P<what>.+)")
_WHOSE_NTH = lazy_pattern(r"^(?P<what>.+?)(?: s)? (?P<n>\d{1,3})(?:st|nd|rd|th) anniversary\b")
_TURNS = lazy_pattern(r"^(?P<what>.+?) (?:turns|will turn|is turning|turned|becomes|will be) (?P<n>\d{1,3})(?: years?(?: old)?)?\b")
#: Words before what an anniversary is of: "did i already miss the pledge s 10th", "when is the tirana conference s".
_LEAD = lazy_pattern(r"^(?:(?:did|do|does|have|has|had|i|we|you|already|miss|missed|when|is|was|s|what|whats|will|so|ok|and|hey|quick|q)\s)+")
#: When the asker places the anniversary, after its subject: "next year", "this year", "next october", "in 2027".
#: What asks when it falls, besides a weekday: "when is it", "what date", "did i miss it".
_WHEN_ASKED = lazy_pattern(r"\b(?:when|what date|which date|what day|miss|missed|passed|gone by|coming up)\b")
_WHEN_SAID = lazy_pattern(r"\s(?:(?:next|this|last|coming) (?:year|month|week|january|february|march|april|may|june|july|august|september|october|november|december)"
                          r"|in (?:19|20)\d\d|(?:19|20)\d\d)\b.*$")


def answer_nth_anniversary(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """When the Nth anniversary (or Nth birthday, "turns N") ``text`` names falls, with its weekday if asked; else None."""
    lowered = text.lower()
    if "anniversar" not in lowered and "turn" not in lowered:
        return None
    clauses = [spell_out_shorthand(normalize(c)) for c in _CLAUSES.split(text) if c.strip()]  # "pledge conf": conference
    for clause in clauses:
        match = _NTH_OF.search(clause) or _WHOSE_NTH.match(clause) or _TURNS.match(clause)
        if match is None:
            continue
        what = _WHEN_SAID.sub("", _LEAD.sub("", match["what"])).strip()
        weekday = any(asks_weekday(c) for c in clauses) or "weekday" in lowered or "day of the week" in lowered
        if not what or "today" in clause.split() or not (weekday or any(_WHEN_ASKED.search(c) for c in clauses)):
            return None  # "is today its 5th anniversary?", "does 2026 mark its 10th?": checked by the day steps
        reply = anniversary_of(lookup, what, today, today, when=True, asked=f"when is the {int(match['n'])}th anniversary")
        if reply.kind != "answer" or "anniversary" not in reply.title:
            return None  # "the pledge turns out ...": no anniversary counted; anything the knowledge lacks, to the steps after
        return with_weekday(reply) if weekday else reply
    return None
