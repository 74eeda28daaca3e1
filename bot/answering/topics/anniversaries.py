"""Anniversaries over a stretch of days, for whoever plans posts ahead:

    "any cyber anniversaries this week?"          -> the days from today to six days on, each with what happened
    "nato cyber anniversaries coming up"          -> the next 30 days
    "what anniversaries are there in november?"   -> that month
    "which events had their 10th anniversary this year"  -> those dated ten years before this year

Events and pledges, one line each in date order with how many years it will be; quotes
are left to the day answer ("on this day 9 november"). Tried only when the question holds
an anniversary word (``answer_day_asks`` gates it) and names a stretch, not a day.
"""

from __future__ import annotations

import calendar
import datetime as dt

from ...digests.content import day_index
from ...reply import Block, Reply
from .. import day_messages as say_day
from ..lookup import Lookup
from ..parse import MONTHS
from ..phrasing import item_refs, source_refs
from .year_anniversary import year_meant
from ...patterns import lazy_pattern

AHEAD_DAYS = 30  # "coming up", "upcoming", "soon"
SHOWN = 15
_STRETCH = lazy_pattern(r"\b(?P<which>this|next|coming|upcoming) (?P<unit>week|month|weeks|days)\b|\b(?P<soon>coming up|upcoming|soon|ahead)\b"
                        r"|\bin (?P<month>january|february|march|april|may|june|july|august|september|october|november|december)\b")
_KINDS = ("event", "pledge")


#: "left in november", "the rest of this month": from today on; "after this week": from the day after it.
_LEFT = lazy_pattern(r"\b(?:left|remaining|still to come|yet to come|rest of)\b")
_AFTER_THIS_WEEK = lazy_pattern(r"\bafter (?:this|the current) week\b")
#: "any conference anniversaries": of that kind of event only.
_KIND_ASKED = lazy_pattern(r"\b(?P<kind>conference|summit|exercise)s? anniversar")


def stretch_asked(text: str, today: dt.date) -> tuple[dt.date, dt.date] | None:
    """The first and last day a normalised question's stretch covers ("left", "after this week": what is still to come),
    or None when it names none."""
    match = _STRETCH.search(text)
    if match is None:
        return None
    first, last = _stretch(match, today)
    if first <= today <= last and _LEFT.search(text):
        first = today  # "anniversaries left in november"
    if _AFTER_THIS_WEEK.search(text):
        first = max(first, today + dt.timedelta(days=7))
    return (first, last) if first <= last else None


def kind_asked(text: str) -> str | None:
    """"any conference anniversaries" -> "conference": the kind of event asked, or None for any."""
    return (found := _KIND_ASKED.search(text)) and found["kind"]


def _stretch(match, today: dt.date) -> tuple[dt.date, dt.date]:
    if match["month"]:
        month = MONTHS[match["month"]]
        year = today.year if month >= today.month else today.year + 1  # "in march", asked in november: the coming one
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if match["soon"] or match["unit"] in ("weeks", "days"):
        return today, today + dt.timedelta(days=AHEAD_DAYS)
    if match["unit"] == "week":
        start = today + dt.timedelta(days=7 if match["which"] == "next" else 0)
        return start, start + dt.timedelta(days=6)
    start = today.replace(day=1)
    if match["which"] == "next":
        start = (start + dt.timedelta(days=32)).replace(day=1)
    return start, dt.date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])


def answer_anniversaries(lookup: Lookup, first: dt.date, last: dt.date, kind: str | None = None) -> Reply:
    """The events and pledges (events of ``kind`` only, if given) whose day falls from ``first`` to ``last`` in an earlier
    year, in date order."""
    index = day_index(lookup.knowledge)
    found = []
    day = first
    while day <= last:
        for entry, item, happened, _ in index.calendar.get((day.month, day.day), ()):
            if entry in _KINDS and happened.year < day.year and happened == _first_day(item, happened) and kind in (None, getattr(item, "kind", None)):
                found.append((day, happened, item))
        day += dt.timedelta(days=1)
    if not found:
        return Reply("not_found", say_day.no_anniversaries(first, last), suggestions=("today", "events"))
    lines = [Block("", style="item", heading=say_day.anniversary_line(day, happened, item.name)) for day, happened, item in found[:SHOWN]]
    if len(found) > SHOWN:
        lines.append(Block(say_day.more_anniversaries(len(found) - SHOWN)))
    items = [item for _, _, item in found[:SHOWN]]
    return Reply("list", say_day.anniversaries_title(len(found), first, last), blocks=tuple(lines), items=item_refs(items),
                 sources=source_refs(lookup.knowledge, items), suggestions=("today",))


def _first_day(item, happened: dt.date) -> dt.date:
    """An event of several days has its anniversary on the first: the day index holds every one of them."""
    when = getattr(item, "when", None)
    return when.start.first_day() if when is not None and when.start.first_day() else happened


#: "which events had their 10th anniversary this year", "what turns 5 in 2027", "any 10th anniversaries next year": entries of
#: one age in a year, not one entry's anniversary ("the 10th anniversary of the pledge").
_NTH_IN_YEAR = lazy_pattern(r"^(?:which|what|any|anything|list|show)\b.*?\b(?:(?P<n>\d{1,3})(?:st|nd|rd|th)? anniversar(?:y|ies)(?! of\b)"
                            r"|turns? (?P<turns>\d{1,3})(?: years? old)?)\b")


def nth_in_year(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The events and pledges whose Nth anniversary falls in the year a normalised question names, or None when it asks
    no such thing."""
    if (asked := _NTH_IN_YEAR.search(text)) is None or (year := year_meant(text[asked.end():] or text, today)) is None:
        return None
    years = int(asked["n"] or asked["turns"])
    index = day_index(lookup.knowledge)
    found = sorted({(happened, item.id): item for entries in index.calendar.values() for kind, item, happened, _ in entries
                    if kind in _KINDS and happened.year == year - years and happened == _first_day(item, happened)}.items())
    if not found:
        return Reply("not_found", say_day.no_nth_anniversaries(years, year), suggestions=("today", "events"))
    lines = [Block("", style="item", heading=say_day.anniversary_line(happened.replace(year=year), happened, item.name))
             for (happened, _), item in found[:SHOWN]]
    items = [item for _, item in found[:SHOWN]]
    return Reply("list", say_day.nth_anniversaries_title(len(found), years, year), blocks=tuple(lines), items=item_refs(items),
                 sources=source_refs(lookup.knowledge, items), suggestions=("today",))
