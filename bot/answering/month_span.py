"""A month, or a part of the year (quarter, half, season, week), named with a year, as the span of days it covers:
"sg in may 2024", "who was sg dec 2024", "sg in q4 2024", "who was sg mid-2024".

    month_span("secretary general in may 2024", 2024) -> (1 May 2024, 31 May 2024, "in May 2024")
    month_span("secretary general in q4 2024", 2024)  -> (1 Oct 2024, 31 Dec 2024, "in Q4 2024")

Who held a role is then asked over that month, not the whole year. Pure.
"""

from __future__ import annotations

import calendar
import datetime as dt

from ..patterns import lazy_pattern
from .calendar_periods import CALENDAR_PERIOD, calendar_span

_MONTHS = {name.lower(): n for n, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): n for n, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
#: A month word right before the year ("may 2024", "dec 2024") or after "in"/"during" with the year after it.
_MONTH_YEAR = lazy_pattern(r"\b(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r") (?:of )?((?:19|20)\d\d)\b")
#: A part of a year with its year: "q4 2024", "the second half of 2016", "mid 2024" (not a decade: it has no one year).
_PART_YEAR = lazy_pattern(rf"\b(?!the (?:early |mid |late )?(?:19|20)\d0 ?s\b)(?!(?:early |mid |late )?(?:19|20)\d0 ?s\b){CALENDAR_PERIOD}")


def month_span(text: str, year: int) -> tuple[dt.date, dt.date, str] | None:
    """The first and last day of the month ``text`` names just before ``year``, and "in <Month> <year>"; else None."""
    match = _MONTH_YEAR.search(text)
    if match is None and (part := _PART_YEAR.search(text)) and (span := calendar_span(part[0])) and span[0].year == year:
        return span
    if match is None or int(match[2]) != year:
        return None
    month = _MONTHS[match[1]]
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, 1), dt.date(year, month, last), f"in {calendar.month_name[month]} {year}"


def without_month(text: str) -> str:
    """``text`` with a month or part of a year before a year taken out: "secretary general in may 2024" -> "secretary general
    in 2024", "sg in q4 2024" -> "sg in 2024"."""
    return _PART_YEAR.sub(lambda part: str(calendar_span(part[0])[0].year) if calendar_span(part[0]) else part[0], _MONTH_YEAR.sub(r"\2", text))
