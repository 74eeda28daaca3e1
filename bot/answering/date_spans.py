"""A stretch of time whose ends are days, months, years, "now" or the end of one: the first and last day it covers.

    span_between("which events fall between 1 january 2018 and 31 december 2019", today)
        -> (1 Jan 2018, 31 Dec 2019, "between 1 January 2018 and 31 December 2019")
    span_between("anything between may 2024 and 2025", today)             -> (1 May 2024, 31 Dec 2025, ...)
    span_between("everything from july 2022 through the end of 2023", today) -> (1 Jul 2022, 31 Dec 2023, ...)
    span_between("anything between now and the end of january", 24 Dec 2024)  -> (24 Dec 2024, 31 Jan 2025, ...)

An end without a year takes the other end's (the later end the next year when it would fall before the first).
Pure; the pattern runs only when "between", "from" or "since" is typed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from ..patterns import lazy_pattern

_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = "(?:" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + ")"


def _end(n: int) -> str:
    return (rf"(?:(?P<now{n}>now|today)|(?:the )?(?:(?P<edge{n}>end|start|beginning) of (?:the year )?)?"
            rf"(?:(?P<d{n}>[0-3]?\d)(?:st|nd|rd|th)? )?(?:(?P<m{n}>{_MONTH})\b)? ?(?:of )?(?P<y{n}>(?:19|20)\d\d)?)")


#: "between 1 january 2018 and 31 december 2019", "from july 2022 through the end of 2023", "between now and the end of january".
_SPAN = lazy_pattern(rf"\b(?:between|from|since) {_end(1)} (?:and|to|through|thru|until|till|up to|up until) {_end(2)}(?=\s|$)")
_CUES = ("between ", "from ", "since ")


def span_between(text: str, today: dt.date) -> tuple[dt.date, dt.date, str, re.Match] | None:
    """The first and last day of the stretch ``text`` (normalised) names with a day or month at an end, its label, and the match."""
    if not any(cue in text for cue in _CUES):
        return None
    for match in _SPAN.finditer(text):
        if (span := _days(match, today)) is not None:
            return (*span, match)
    return None


def _days(match: re.Match, today: dt.date) -> tuple[dt.date, dt.date, str] | None:
    ends = [{k[:-1]: v for k, v in match.groupdict().items() if k.endswith(str(n))} for n in (1, 2)]
    if any(not (e["now"] or e["m"] or e["y"]) for e in ends) or not any(e["now"] or e["m"] or e["d"] or e["edge"] for e in ends):
        return None  # "between 2018 and 2019" is periods' own; an end must name a month or a year
    years = [int(e["y"]) if e["y"] else today.year if e["now"] else None for e in ends]
    if years[0] is None and years[1] is None:
        return None
    years[0] = years[1] if years[0] is None else years[0]
    first = _day(ends[0], years[0], today, last=False)
    later = _day(ends[1], years[1] or years[0], today, last=True)
    if years[1] is None and first and later and later < first:
        later = _day(ends[1], years[0] + 1, today, last=True)
    if first is None or later is None or not first <= later <= first + dt.timedelta(days=366 * 60):
        return None
    return first, later, f"between {_label(first)} and {_label(later)}"


def _day(end: dict, year: int, today: dt.date, *, last: bool) -> dt.date | None:
    if end["now"]:
        return today
    month = _MONTHS[end["m"]] if end["m"] else None
    at_end = end["edge"] == "end" if end["edge"] else last
    if month is None:
        return dt.date(year, 12, 31) if at_end else dt.date(year, 1, 1)
    if end["d"]:
        day = int(end["d"])
        return dt.date(year, month, day) if 1 <= day <= calendar.monthrange(year, month)[1] else None
    return dt.date(year, month, calendar.monthrange(year, month)[1] if at_end else 1)


def _label(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"
