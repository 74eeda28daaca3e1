"""Time between two days by the calendar: whole years, months, weeks and days.

    years_between(dt.date(2016, 7, 8), dt.date(2026, 7, 7))  -> 9   (the anniversary not yet reached)
    months_between(dt.date(2025, 10, 9), dt.date(2026, 5, 16)) -> 7
"""

from __future__ import annotations

import datetime as dt


def years_between(start: dt.date, end: dt.date) -> int:
    """Whole years from ``start`` to ``end``: an anniversary counts once it is reached."""
    return end.year - start.year - ((end.month, end.day) < (start.month, start.day))


def months_between(start: dt.date, end: dt.date) -> int:
    """Whole calendar months from ``start`` to ``end``."""
    return (end.year - start.year) * 12 + end.month - start.month - (end.day < start.day)


def spans(start: dt.date, end: dt.date) -> dict[str, int]:
    """Whole years, months, weeks and days from ``start`` to ``end``."""
    days = (end - start).days
    return {"years": years_between(start, end), "months": months_between(start, end), "weeks": days // 7, "days": days}
