"""A stretch of the calendar named the way planners name it, as its first and last day and a label: a quarter, a half,
a season, the start, middle or end of a year, an ISO week number, a decade or part of one.

    calendar_span("q4 2022")          -> (1 Oct 2022, 31 Dec 2022, "in Q4 2022")
    calendar_span("the h2 of 2016")   -> (1 Jul 2016, 31 Dec 2016, "in H2 2016")
    calendar_span("early autumn 2014") -> (1 Sep 2014, 31 Oct 2014, "in early autumn 2014")
    calendar_span("week 20 of 2024")  -> (13 May 2024, 19 May 2024, "in week 20 of 2024 (13–19 May)")
    calendar_span("the late 2010s")   -> (1 Jan 2017, 31 Dec 2019, "in the late 2010s")

``CALENDAR_PERIOD`` is the pattern (no groups) other patterns embed; ``calendar_span`` reads what it matched.
``POINT`` is one end of a span between two periods ("between q3 2023 and q2 2024"). Pure.
"""

from __future__ import annotations

import calendar
import datetime as dt

from ..patterns import lazy_pattern
from .parse import MONTHS

#: Parts of a year, as (first month, last month).
PARTS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 12), "q1": (1, 3), "q2": (4, 6),
         "q3": (7, 9), "q4": (10, 12), "first half": (1, 6), "second half": (7, 12), "h1": (1, 6), "h2": (7, 12),
         "first quarter": (1, 3), "second quarter": (4, 6), "third quarter": (7, 9), "fourth quarter": (10, 12), "last quarter": (10, 12),
         "early": (1, 4), "late": (9, 12), "end": (10, 12), "start": (1, 3), "beginning": (1, 3), "middle": (5, 8), "mid": (5, 8)}
_SEASONS = ("spring", "summer", "autumn", "fall", "winter")
_YEAR = r"(?:19|20)\d\d"
_PART = "(?:" + "|".join(sorted(PARTS, key=len, reverse=True)) + ")"
_NARROWED = r"(?:(?:early|mid|late) )?"  # "early autumn 2014": the first two of its months
_WEEK = r"(?:calendar week|week|wk|cw|kw|w) ?(?:no |number |nr |n )?\d\d?"
_DECADE = r"(?:early |mid |late )?(?:19|20)\d0 ?s"
#: A part of a year with its year, a week with its year (either order) or a decade: "q4 2022", "the 2024 w20", "the 2010s".
CALENDAR_PERIOD = rf"(?:the )?(?:{_DECADE}\b|{_NARROWED}{_PART}(?: of| in)? {_YEAR}\b|{_WEEK}(?: of| in)? {_YEAR}\b|{_YEAR} {_WEEK}\b)"
#: One end of a span between two periods: a part of a year or a month, with its year.
POINT = rf"(?:{_NARROWED}{_PART}|january|february|march|april|may|june|july|august|september|october|november|december) {_YEAR}\b"
_READ = lazy_pattern(rf"^(?:the )?(?:(?P<narrow>early|mid|late) (?=(?:{'|'.join(_SEASONS)}) ))?(?P<part>{_PART})(?: of| in)? (?P<py>{_YEAR})$"
                     rf"|^(?:the )?(?:(?P<wy1>{_YEAR}) )?(?:calendar week|week|wk|cw|kw|w) ?(?:no |number |nr |n )?(?P<week>\d\d?)(?:(?: of| in)? (?P<wy2>{_YEAR}))?$"
                     rf"|^(?:the )?(?P<dpart>early|mid|late)? ?(?P<decade>(?:19|20)\d0) ?s$"
                     rf"|^(?P<month>[a-z]+) (?P<my>{_YEAR})$")
#: Only a span between two periods, as a lead: "between q3 2023 and q2 2024", "from spring 2018 to h1 2019".
_STRETCH = lazy_pattern(rf"^(?:(?:in|during|over|for) )?(?:(?:between|from) )?(?:{POINT}|{CALENDAR_PERIOD}|{_YEAR}) (?:and|to|through|until|till) (?:{POINT}|{CALENDAR_PERIOD}|{_YEAR})$")
_DECADE_PARTS = {"early": (0, 3), "mid": (4, 6), "late": (7, 9), None: (0, 9)}


def calendar_span(text: str) -> tuple[dt.date, dt.date, str] | None:
    """The first and last day of the period ``text`` (what ``CALENDAR_PERIOD`` or ``POINT`` matched) names, and its label."""
    match = _READ.match(text.strip())
    if match is None:
        return None
    if match["week"]:
        return _week(int(match["week"]), int(match["wy1"] or match["wy2"]))
    if match["decade"]:
        low, high = _DECADE_PARTS[match["dpart"]]
        start = int(match["decade"])
        label = f"in the {match['dpart'] + ' ' if match['dpart'] else ''}{start}s"
        return dt.date(start + low, 1, 1), dt.date(start + high, 12, 31), label
    if match["month"]:
        month, year = MONTHS.get(match["month"]), int(match["my"])
        return (dt.date(year, month, 1), _last_day(year, month), f"in {calendar.month_name[month]} {year}") if month else None
    first, last = PARTS[match["part"]]
    if match["narrow"] and last > first:  # "early autumn": its first two months; "mid summer": its middle one
        first, last = {"early": (first, first + 1), "late": (last - 1, last), "mid": (first + 1, first + 1)}[match["narrow"]]
    year = int(match["py"])
    return dt.date(year, first, 1), _last_day(year, last), _part_label(match["part"], match["narrow"], year)


def names_a_stretch(clause: str) -> bool:
    """Whether ``clause`` (normalised) is only a span between two periods: "between q3 2023 and q2 2024"."""
    return any(c.isdigit() for c in clause) and _STRETCH.match(clause) is not None


def _part_label(part: str, narrow: str | None, year: int) -> str:
    """"in Q4 2022", "in the second half of 2016", "in mid-2024", "at the end of 2023", "in early autumn 2014"."""
    if part[0] in "qh" and part[1:].isdigit():
        return f"in {part.upper()} {year}"
    if part.endswith(("half", "quarter")):
        return f"in the {part} of {year}"
    if part in ("end", "start", "beginning", "middle"):
        return f"at the {part} of {year}"
    return f"in mid-{year}" if part == "mid" else f"in {narrow + ' ' if narrow else ''}{part} {year}"


def _week(week: int, year: int) -> tuple[dt.date, dt.date, str] | None:
    """ISO week ``week`` of ``year``, Monday to Sunday, labelled with its days."""
    try:
        monday = dt.date.fromisocalendar(year, week, 1)
    except ValueError:  # "week 54"
        return None
    sunday = monday + dt.timedelta(days=6)
    days = (f"{monday.day}–{sunday.day} {calendar.month_name[monday.month]}" if monday.month == sunday.month
            else f"{monday.day} {calendar.month_name[monday.month]} – {sunday.day} {calendar.month_name[sunday.month]}")
    return monday, sunday, f"in week {week} of {year} ({days})"


def _last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])
