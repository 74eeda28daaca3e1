"""A period asked about loosely, and the years a span of years covers.

    "anything at all in august 2017"             -> "what happened in august 2017"
    "anything in may"                            -> "what happened in may" (every year's May)
    "what falls in may", "what's on in july"     -> "what happened in may", "... in july" (a calendar slot)
    "everything you have between 2020 and 2023"  -> "what happened between 2020 and 2023"
    "what did 2024 look like all events"         -> "what happened in 2024"
    period_years("between 2020 and 2023")        -> (["2020", "2021", "2022", "2023"], "")
    period_years("geoana in the early 2020s")    -> (["2020", "2021", "2022", "2023"], "geoana")

A month or a year with nothing in it then gets the events list's honest miss, never a quote
that happens to share a word. Pure; the patterns run only when a year is typed.
"""

from __future__ import annotations

import re

from ..patterns import lazy_pattern
from .calendar_periods import calendar_span

_MONTH = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
          r"|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)")
_YEAR = r"(?:19|20)\d\d"
_SPAN = r"(?:to|through|thru|until|till|and)"
#: A month and year, a year, or a span of years, as typed after "in", "during", "between"...
_PERIOD = (rf"(?:(?:in|during|for|over|within|from|between|across) )?(?:the (?:year|month) )?(?:of )?"
           rf"(?:{_MONTH} (?:of )?{_YEAR}|{_YEAR}(?: {_SPAN})? {_YEAR}|{_YEAR})")
#: "anything (at all) (you have) in august 2017", "everything between 2020 and 2023", "all events in 2024".
_LOOSE = lazy_pattern(rf"^(?:is there |was there |do you have |have you got |got )?(?:anything|everything|something|any events?|all events|all the events|stuff|whatever)"
                      r"(?: at all| else| whatsoever)?(?: (?:you|u|we) (?:have|ve got|got|hold|know of|know)| on (?:file|record)| in the knowledge| nato| cyber"
                      rf"| related| happening| happened| that happened| going on| recorded| listed)*(?P<p> {_PERIOD}| (?:in|during) {_MONTH})"
                      r"(?: (?:at all|please|pls|then|for the timeline|for the wiki))?$")
#: "what did 2024 look like (all events)", "what was 2024 like", "how did 2023 look".
_LOOKED = lazy_pattern(rf"^(?:what (?:did|does) (?P<a>{_PERIOD}) look like|what (?:was|were) (?P<b>{_PERIOD}) like|how (?:did|does) (?P<c>{_PERIOD}) look)"
                       r"(?: (?:all|every|the) (?:events?|of it))?$")
#: Two years that mean every year between: "between 2020 and 2023", "from 2020 to 2023", "2020 2023" (typed "2020-2023").
_RANGE = lazy_pattern(rf"(?:\b(?:between|from) )?\b(?P<a>{_YEAR})(?: (?:to|through|thru|until|till|and) | ?[-–] ?| )(?P<b>{_YEAR})\b", re.IGNORECASE)
_RANGE_CUE = lazy_pattern(r"\b(?:between|from|to|through|thru|until|till)\b|[-–]", re.IGNORECASE)
_YEARS = lazy_pattern(rf"\b{_YEAR}\b")
_DECADE = lazy_pattern(r"\b(?:(?:in|during) )?(?:the )?(?P<decade>(?:(?:early|mid|late) )?(?:19|20)\d0) ?'?s\b", re.IGNORECASE)
_IN_MONTH = lazy_pattern(rf"\b(?:in|during|for) {_MONTH}\b")
#: What a calendar slot holds: "what falls in may", "what's on in july", "what do we have for october", "which events fall in may".
_FALLS = lazy_pattern(r"^(?:what|anything|which (?:events?|dates?|anniversaries)|what (?:events?|dates?|anniversaries)) (?:else )?"
                      r"(?:falls?|lands?|lies|is on|s on|are on|was on|were on|was|were|went on|happens|happened|takes place|took place|(?:do|did|can) (?:we|you|i) (?:have|got|use|post)"
                      rf"|have (?:we|you) got|is there|was there|comes up|is coming up)(?: on)? (?P<p>(?:in|during|for) {_MONTH}(?: {_YEAR})?)"
                      r"(?: (?:any year|every year|across the years|over the years|at all|please|pls|then|for (?:the|our|my) (?:calendar|timeline|wiki|posts|slots?)))*$")
_CHATTER_END = lazy_pattern(r"(?: (?:please|pls|for (?:the|our|my) (?:calendar|timeline|wiki|posts|slots?)))+$")


def period_ask(text: str) -> str:
    """``text`` (normalised) put as "what happened <period>" when it only asks what a period held; else ``text``."""
    if not text[:1].isalpha() or not (_YEARS.search(text) or _IN_MONTH.search(text)):  # "anything in may": a month of any year
        return text
    if falls := _FALLS.match(text):
        period = falls["p"]  # "what falls in may": every year's may
    elif loose := _LOOSE.match(_CHATTER_END.sub("", text)):
        period = loose["p"].strip()
    elif looked := _LOOKED.match(text):
        period = looked["a"] or looked["b"] or looked["c"]
    else:
        return text
    return f"what happened {period if period.split()[0] in ('in', 'during', 'between', 'from') else 'in ' + period.removeprefix('for ')}"


def decade_named(args: str) -> str | None:
    """"in the early 2020s" when ``args`` names that decade (or part of one), for a list's title; else None."""
    return f"in the {decade['decade'].lower()}s" if (decade := _DECADE.search(args)) else None


def period_years(args: str) -> tuple[list[str], str]:
    """The years ``args`` names, every one of a span ("between 2020 and 2023") or decade ("the early 2020s"), and ``args``
    without the span's words."""
    if (decade := _DECADE.search(args)) and (span := calendar_span(f"{decade['decade'].lower()}s")):
        return [str(y) for y in range(span[0].year, span[1].year + 1)], " ".join(f"{args[: decade.start()]} {args[decade.end():]}".split())
    years = sorted(set(_YEARS.findall(args)))
    if len(years) == 2 and (span := _RANGE.search(args)) and int(span["a"]) < int(span["b"]) <= int(span["a"]) + 50:
        has_cue = _RANGE_CUE.search(span[0]) is not None or " and " not in span[0]
        if has_cue:  # "2023 and 2024" alone stays those two years (the same, when they follow each other)
            years = [str(y) for y in range(int(span["a"]), int(span["b"]) + 1)]
            args = _RANGE_CUE.sub(" ", args)
    return years, " ".join(args.split())
