"""A day's entries arranged once at load, so that "on this day" shows the best quote and counts the rest
without walking every quote of the day (a hundred thousand quotes put ~300 on each day, a million ~3,000).

Each (month, day) list of the day index is sorted in place: events and pledges newest first, then
quotes best first (verified words, then newest, then file order). Beside it, per day: where its quotes
start, their years in ascending order (how many were said before a year is one bisection), and how
many of them, in that order, share the first one's speaker ("quotes Rutte" when one person said them all).
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Iterable
from itertools import islice

from ..answering.phrasing import trust_rank

#: (month, day) -> (index of the first quote in the day's list, years ascending, first speaker, how many share it)
DayQuotes = dict[tuple[int, int], tuple[int, array, str, int]]


def arrange(calendar: dict[tuple[int, int], list[tuple]]) -> DayQuotes:
    """Sort each day's (kind, item, day, order) entries in place as the module says; the quotes' summary per day."""
    summary: DayQuotes = {}
    for month_day, entries in calendar.items():
        entries.sort(key=_best_first)
        start = next((n for n, entry in enumerate(entries) if entry[0] == "quote"), len(entries))
        if start == len(entries):
            continue
        by_year = sorted(entries[start:], key=lambda entry: entry[2].year)
        first = by_year[0][1].speaker
        same = next((n for n, entry in enumerate(by_year) if entry[1].speaker != first), len(by_year))
        summary[month_day] = (start, array("H", (entry[2].year for entry in by_year)), first, same)
    return summary


def _best_first(entry: tuple) -> tuple:
    kind, item, day, order = entry
    return (1, trust_rank(item), -day.toordinal(), order) if kind == "quote" else (0, 0, -day.toordinal(), order)


def quotes_before(calendar: dict, summary: DayQuotes, month_days: Iterable[tuple[int, int]], year: int,
                  limit: int) -> tuple[list[tuple], int, str | None]:
    """The best ``limit`` quotes said on these days before ``year``, how many were, and their one speaker (None: several)."""
    best: list[tuple] = []
    count, speakers = 0, set()
    for month_day in month_days:
        if month_day not in summary:
            continue
        start, years, first, same = summary[month_day]
        before = bisect.bisect_left(years, year)
        if not before:
            continue
        count += before
        speakers.add(first if before <= same else None)  # None: several speakers
        best += _said_before(calendar[month_day], start, year, limit)
    best.sort(key=_best_first)
    return best[:limit], count, speakers.pop() if len(speakers) == 1 else None


def _said_before(entries: list[tuple], start: int, year: int, limit: int):
    """The first ``limit`` quotes of the arranged list said before ``year`` (only later quotes are skipped)."""
    found = 0
    for entry in islice(entries, start, None):
        if found == limit:
            return
        if entry[2].year < year:
            found += 1
            yield entry
