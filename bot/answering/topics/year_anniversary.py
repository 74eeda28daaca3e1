"""An anniversary asked of a year, not a day: "is this year the 10th anniversary of the pledge?", "does the berlin conference turn 5 in 2028?".

The years from the entry's date to the year asked are the anniversary that year; a number claimed is checked
("Yes:" or "No:"), and the day it falls on is given. A question naming a day is left to ``anniversary_of``.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from ..mentions import ORDINALS

_YEAR = lazy_pattern(r"\b(?P<which>this|next|last) year\b|\b(?:in |of )?(?P<year>(?:19|20)\d\d)\b")
_NUMBER = lazy_pattern(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)? (?:anniversary|birthday|years?)\b|\bturns? (?P<turns>\d{1,3})\b")
_SHIFT = {"this": 0, "next": 1, "last": -1}


def year_meant(text: str, today: dt.date) -> int | None:
    """The year an anniversary question names ("this year", "2026"), or None when it names none."""
    match = _YEAR.search(text)
    if match is None:
        return None
    return today.year + _SHIFT[match["which"]] if match["which"] else int(match["year"])


def year_anniversary(reply: Reply, name: str, date: dt.date, text: str, year: int) -> Reply:
    """``reply`` (the entry's) titled with its anniversary in ``year``: "Yes: 2026 is the 10th anniversary of X (8 July 2016; on 8 July 2026)"."""
    years = year - date.year
    on = date.replace(year=year) if (date.month, date.day) != (2, 29) else dt.date(year, 3, 1)
    fact = f"{year} is the {_nth(years)} anniversary of {name} ({date.day} {date:%B %Y}; on {on.day} {on:%B %Y})" if years > 0 else (
        f"{name} dates from {date.day} {date:%B %Y}, not before {year}")
    claimed = _claimed(text, year)
    lead = "" if claimed is None else ("Yes: " if claimed == years else "No: ")
    return replace(reply, title=f"{lead}{fact}")


def _claimed(text: str, year: int) -> int | None:
    match = _NUMBER.search(text.replace(str(year), " "))
    if match:
        return int(match["n"] or match["turns"])
    return next((n for word, n in ORDINALS.items() if f" {word} " in f" {text} " and word != "first"), None)


def _nth(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"
