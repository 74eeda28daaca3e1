"""The events of a stretch of time that is not one month or one year: spans, open ends, parts of a year.

    "which events took place between 2016 and 2019"  -> the events from 1 January 2016 to 31 December 2019
    "anything between may and november 2024"          -> the events from 1 May to 30 November 2024
    "everything before 2016", "events since 2024"     -> the events before 1 January 2016, from 1 January 2024 on
    "conferences in the autumn of 2024", "q4 2024"    -> the conferences of September to December 2024

Only a question that asks for nothing but the events of the stretch is this step's (``_ASKS_EVENTS``): "who was sg
between 2014 and 2024" is the roles'. A stretch with none gets the honest miss, never the nearest event instead.
The events are found by bisecting the start days, built once per knowledge load.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import re

from ...patterns import lazy_pattern
from ...reply import Reply
from .. import messages
from ..calendar_periods import CALENDAR_PERIOD, POINT, calendar_span
from ..date_spans import span_between
from ..lookup import Lookup
from ..mentions import find_series
from ..per_load import PerLoad, per_load
from .events import KIND_WORDS, answer_events_list
from .general import not_found

_DIGIT = lazy_pattern(r"\d")  # a quicker test than any(c.isdigit() for c in text)
_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"
_YEAR = r"(?:19|20)\d\d"
_TO = r"(?:and|to|through|thru|until|till|up to)"
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_PERIOD = lazy_pattern(
    rf"(?:(?:between|from) )?(?P<y1>{_YEAR}) (?:{_TO} )?(?P<y2>{_YEAR})"
    rf"|(?:between|from) (?P<m1>{_MONTH})(?: (?P<my1>{_YEAR}))? {_TO} (?P<m2>{_MONTH}) (?P<my2>{_YEAR})"
    rf"|(?P<open>after|since|before|until|till|up to|prior to) (?:the (?:end|start) of )?(?P<y>{_YEAR})(?: onwards| onward| on)?"
    rf"|(?P<onward>from) (?P<yf>{_YEAR}) (?:onwards|onward|on)"  # "from 2007" alone is 2007
    rf"|(?:between|from) (?P<c1>{POINT}) {_TO} (?P<c2>{POINT})"  # "between q3 2023 and q2 2024"
    rf"|(?P<cal>{CALENDAR_PERIOD})"  # "q4 2024", "the autumn of 2024", "week 20 of 2024", "the early 2020s"
    rf"|(?:the )?(?:past|last|previous) (?P<back>\d\d?|{'|'.join(_COUNTS)}) (?P<unit>year|month)s?(?: (?:from|before|until|up to) (?:today|now))?")
#: The words a question asking only for events may hold around the stretch.
_ASKS_EVENTS = lazy_pattern(
    r"^(?:(?:what|which|list|show|show me|give me|tell me|any|all|all the|every|everything|anything|whatever|stuff|nato|cyber|defen[cs]e|pledge|annual"
    r"|events?|conferences?|summits?|exercises?|meetings?|incidents?|happened|happen|happening|took place|take place|occurred|held|went on|was on|going on"
    r"|do|did|does|you|we|have|has|had|got|on file|on record|in the knowledge|recorded|there|is|are|was|were|the|of|on|in|during|over|for|please|pls|that|else"
    r"|fall|falls|fell|scheduled|planned|noteworthy|relevant|decisions|either series|both series|either|both|series|kinds|at all|i|miss|missed|thing|things|a|an)\s)*$")
#: What a list of a stretch's events may be asked with after the stretch: "- conferences, summits - in date order please".
_LIST_TAIL = lazy_pattern(r"^(?:\s*(?:events|conferences|summits|meetings|decisions|and|in|date|order|chronological|chronologically|please|pls|for|the|a|my"
                          r"|our|timeline|annex|note|briefing|that|i|we|should|put|forward|look|sorted|by|oldest|first|at|all|then|on|record"
                          r"|inclusive|included|both ends|list|with|dates|from|today|pls|either series|both series|either|both|series))*\s*$")
_FIRST, _LAST = dt.date(1000, 1, 1), dt.date(9999, 12, 31)  # an open end: "before 2016", "since 2024"
_STARTS = PerLoad("topics.period_events.starts")


def answer_period(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The events of the stretch ``question`` (normalised) names, when it asks only for those; else None."""
    if (stretch := stretch_asked(question, today, _ASKS_EVENTS)) is None:
        return None
    first, last, label, lead = stretch
    kind = next((KIND_WORDS[w] for w in lead.split() if w in KIND_WORDS), None)
    series = find_series(lead)
    events = [e for e in events_between(lookup, first, last) if (kind is None or e.kind == kind)
              and (series is None or (e.series or "").lower() == series.lower())]
    noun = f"{series}s" if series else f"{kind}s" if kind else "events"
    if not events:
        return not_found(messages.no_events(noun, label), suggestions=("events",))
    events.reverse()  # newest first, as every list of events
    return answer_events_list(lookup, events, f"{len(events)} {noun[:-1] if len(events) == 1 else noun} {label}", newest_first=True)


def stretch_asked(question: str, today: dt.date, asks: re.Pattern) -> tuple[dt.date, dt.date, str, str] | None:
    """The stretch's first and last day, its label and the words before it, when ``question`` asks only for what the
    words before the stretch match (``asks``: a list of events, of decisions ...)."""
    if (_DIGIT.search(question) or " years" in question or " months" in question) and (match := _PERIOD.search(question)) is not None and asks.match(lead := question[: match.start()]):
        tail = question[match.end():].strip()
        asked_after = not lead and asks.match(f"{tail} ")  # "q4 2022 - any nato cyber events?", "h2 2023 which events fell"
        if (asked_after or _LIST_TAIL.match(tail)) and (span := _span(match, today)) is not None:
            return (*span, f"{tail} " if asked_after else lead)
    if (between := span_between(question, today)) is not None:  # "between 1 january 2018 and 31 december 2019", "... now and the end of january"
        first, last, label, match = between
        if asks.match(question[: match.start()]) and _LIST_TAIL.match(question[match.end():]):
            return first, last, label, question[: match.start()]
    return None


def events_between(lookup: Lookup, first: dt.date, last: dt.date) -> list:
    """The events that start or run within ``first``..``last``, oldest first (a bisect of the start days)."""
    starts = start_days(lookup)
    low = bisect.bisect_left(starts, first - dt.timedelta(days=400))  # an event that began before and ran into the stretch
    high = bisect.bisect_right(starts, last)
    return [e for e in lookup.events_by_date[low:high] if (e.when.end or e.when.start).last_day() >= first]


def start_days(lookup: Lookup) -> list[dt.date]:
    """The events' first days, oldest first (``lookup.events_by_date``'s order), once per knowledge load."""
    return per_load(_STARTS, lookup, lambda lookup: [e.when.start.first_day() for e in lookup.events_by_date])


def _span(match, today: dt.date) -> tuple[dt.date, dt.date, str] | None:
    if match["back"]:  # "in the past 2 years", "the last 18 months": up to today
        n = _COUNTS.get(match["back"]) or int(match["back"])
        months = n * 12 if match["unit"] == "year" else n
        year, month = divmod(today.year * 12 + today.month - 1 - months, 12)
        return dt.date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1])), today, f"in the past {n} {match['unit']}{'s' if n != 1 else ''}"
    if match["y1"]:
        y1, y2 = int(match["y1"]), int(match["y2"])
        return (dt.date(y1, 1, 1), dt.date(y2, 12, 31), f"between {y1} and {y2}") if y1 < y2 <= y1 + 60 else None
    if match["m1"]:
        m1, m2, y2 = _MONTHS[match["m1"]], _MONTHS[match["m2"]], int(match["my2"])
        y1 = int(match["my1"]) if match["my1"] else y2 if m1 <= m2 else y2 - 1
        first, last = dt.date(y1, m1, 1), dt.date(y2, m2, calendar.monthrange(y2, m2)[1])
        return (first, last, f"between {calendar.month_name[m1]} {y1} and {calendar.month_name[m2]} {y2}") if first <= last else None
    if match["open"] or match["onward"]:
        year, side = int(match["y"] or match["yf"]), match["open"] or "from"
        if side in ("after", "since", "from"):
            start = dt.date(year + (side == "after"), 1, 1)
            return start, _LAST, f"{'after' if side == 'after' else 'since'} {year}"
        return _FIRST, dt.date(year - (side in ("before", "prior to") and "end of" not in match[0]), 12, 31), f"{'before' if side in ('before', 'prior to') and 'end of' not in match[0] else 'up to'} {year}"
    if match["c1"]:
        if (start := calendar_span(match["c1"])) is None or (end := calendar_span(match["c2"])) is None or end[1] < start[0]:
            return None
        return start[0], end[1], f"between {start[2].removeprefix('in ')} and {end[2].removeprefix('in ')}"
    return calendar_span(match["cal"])
