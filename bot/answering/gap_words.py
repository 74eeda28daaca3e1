"""How long after the first of two dated entries the second came, in words for a "which came first" title.

    later_by(date(2022, 11, 9), date(2023, 11, 9))   -> ", 1 year later"
    later_by(date(2018, 5, 15), date(2019, 5, 23))   -> ", about 1 year later"
    later_by(date(2024, 5, 16), date(2024, 11, 25))  -> ", about 6 months later"
    later_by(date(2023, 11, 9), date(2025, 10, 9), "earlier") -> ", about 2 years earlier"
    later_by(date(2023, 11, 9), date(2023, 11, 9))   -> ""   (no gap to tell)

Whole years when the days match, else rounded to years (a year or more), months or days. Pure.
"""

from __future__ import annotations

import datetime as dt


def later_by(first: dt.date, then: dt.date, side: str = "later") -> str:
    """", N years later" (or months, days; ``side`` "earlier" when the later one is named first) from ``first`` to
    ``then``; "" when ``then`` is not later."""
    days = (then - first).days
    if days <= 0:
        return ""
    if (then.month, then.day) == (first.month, first.day):
        years = then.year - first.year
        return f", {years} year{'s' * (years != 1)} {side}"
    if days >= 335:
        years = round(days / 365.25)
        return f", about {years} year{'s' * (years != 1)} {side}"
    if days >= 45:
        months = round(days / 30.44)
        return f", about {months} month{'s' * (months != 1)} {side}"
    return f", {days} day{'s' * (days != 1)} {side}"
