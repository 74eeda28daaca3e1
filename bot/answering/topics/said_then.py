"""Words asked of with the time they were said: "who said X in 2022", "who called for Y in nov 2022", "the Z quote, late
2023, who said that". The time is no part of the words searched; it is a constraint the line found must meet.

    "who said recommit to cyber defence in november 2022" -> the Rome line, said 10 November 2022: "... said it"
    "who said no one stands alone in q2 2024"             -> "No quote in the knowledge says “no one stands alone” in Q2
                                                              2024; Mark Rutte said them at NATO Cyber Defence Conference 2025 ..."

``said_within`` also serves a speaker's line asked about a topic at a time ("ollongren ... about standing together in
spring 2024": her line of 2024 on it, said in May). Pure; a question naming no year pays one digit test.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from .. import check_messages
from ..calendar_periods import CALENDAR_PERIOD, calendar_span
from ..lookup import Lookup
from ..search import normalize
from .quotes import answer_who_said
from .said_there import quote_of, said_there
from .verdicts import occasion_of, speaker_of

_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_TIME = rf"(?:(?:in|during|from|around|back in|circa|about|sometime in|at some point in) )?(?P<time>{CALENDAR_PERIOD}|(?:(?:early|mid|late) )?{_MONTH} (?:19|20)\d\d|(?:19|20)\d\d)"
#: A time at the end or the start of the words: "... in nov 2022", "late 2023 the starlink quote".
_TIME_AT_END = lazy_pattern(rf"(?:^|\s){_TIME}$")
_TIME_AT_START = lazy_pattern(rf"^{_TIME}(?=\s)")
_DIGIT = lazy_pattern(r"\d")


def time_split(words: str, *, keep_year: bool = False) -> tuple[str, tuple[dt.date, dt.date, str] | None]:
    """``words`` (normalised) without a time said at their end or start, and that time's first and last day and label.
    ``keep_year``: a part of one year leaves its year in the words ("... spring 2024" -> "... 2024"), and a bare year is
    no time split off (the answers read a year themselves)."""
    if not _DIGIT.search(words):
        return words, None
    match = _TIME_AT_END.search(words) or _TIME_AT_START.match(words)
    if match is None or not (rest := f"{words[: match.start()]} {words[match.end():]}".strip()) or (span := _span(match["time"])) is None:
        return words, None
    if keep_year and match["time"].isdigit():
        return words, None
    if keep_year and span[0].year == span[1].year:
        rest = f"{words[: match.start()]} {span[0].year} {words[match.end():]}".strip()
    return rest, span


def answer_who_said_then(lookup: Lookup, words: str) -> Reply:
    """Who said ``words``, their time and place left out of the search and checked against the line found."""
    return said_within(lookup, words, lambda rest: said_there(lookup, rest, lambda words: answer_who_said(lookup, words)))


def said_within(lookup: Lookup, words: str, answer: Callable[[str], Reply], *, keep_year: bool = False) -> Reply:
    """``answer`` to ``words`` (as typed) without the time they name; a line found said outside that time is told so first."""
    rest, span = time_split(normalize(words), keep_year=keep_year) if _DIGIT.search(words) else (words, None)
    if span is None:
        return answer(words)
    reply = answer(rest)
    quote = quote_of(lookup, reply)
    if quote is None or (day := said_day(lookup, quote)) is None or span[0] <= day <= span[1]:
        return reply
    title = (check_messages.said_there_instead(rest, f" {span[2]}", speaker_of(lookup, quote), occasion_of(lookup, quote)) if not keep_year
             else check_messages.said_then_instead(span[2], speaker_of(lookup, quote), occasion_of(lookup, quote)))
    return replace(reply, kind="not_found", title=title)


def said_day(lookup: Lookup, quote) -> dt.date | None:
    """The first day ``quote`` can have been said: its own date, else its event's first day."""
    if quote.said is not None:
        return quote.said.first_day()
    event = lookup.knowledge.events.get(quote.event) if quote.event else None
    return event.when.start.first_day() if event else None


def _span(time: str) -> tuple[dt.date, dt.date, str] | None:
    if time.isdigit():
        return dt.date(int(time), 1, 1), dt.date(int(time), 12, 31), f"in {time}"
    narrowed = time.split()
    if narrowed[0] in ("early", "mid", "late") and len(narrowed) == 3:  # "mid may 2024": the month
        time = " ".join(narrowed[1:])
    return calendar_span(time)
