"""A time of day asked of an event: "what time did his Berlin speech start?", "at what hour did Rome open?".

The knowledge dates events by day only; a date is not the hour asked for. When the
event named says no time of day, the reply says the knowledge does not record it
and gives the day it does record. Tried only when the typed text asks a clock time
(``_CLOCK``); must not answer a question about a day, a year or a span of time.
"""

from __future__ import annotations

import datetime as dt

from ...reply import Reply
from .. import messages
from ..lookup import Lookup
from ..search import normalize
from .general import not_found
from .named_event import event_named
from ...patterns import lazy_pattern

#: A time of day asked: "what time", "at which time", "what hour", "o'clock", "time of day", the German "Uhrzeit".
_CLOCK = lazy_pattern(r"\b(?:(?:at )?(?:what|which) (?:exact )?(?:time|hour)(?! (?:of (?:the )?year|period|span|frame|zone))|time of day|o ?clock|uhrzeit)\b")
#: A clock time in an entry's text: "10:00", "9.30 am", "3 pm", "at noon".
_A_TIME = lazy_pattern(r"\b\d{1,2}[:.]\d{2}\b|\b\d{1,2} ?(?:am|pm|a m|p m)\b|\bo ?clock\b|\bnoon\b|\bmidday\b|\bmorning\b|\bafternoon\b|\bevening\b")
#: Words that ask rather than name: left out when finding the event.
_ASKING = lazy_pattern(r"\b(?:what|which|at|time|hour|exact|exactly|uhrzeit|of|day|o|clock|did|does|was|were|is|the|start|started|starts|begin|began"
                       r"|begins|open|opened|opening|end|ended|finish|finished|session|ceremony|panel|keynote|speech|speak|spoke|talk|address|s)\b")


def answer_clock_time(lookup: Lookup, typed: str, today: dt.date) -> Reply | None:
    """"The knowledge does not record the time of day of <event>", with its date; None when no clock time is asked,
    no event is named, or the event's own text gives a time."""
    text = normalize(typed)
    if not _CLOCK.search(text):
        return None
    rest = _ASKING.sub(" ", text)
    event = (event_named(lookup, rest, today) or lookup.best(rest, ("event",))) if rest.strip() else None
    if event is None or _A_TIME.search(normalize(f"{event.summary or ''} {getattr(event, 'notes', '') or ''}")):
        return None
    return not_found(messages.not_recorded("the time of day of", event.name),
                     f"It records the date only: {event.when}.", (f"event {event.name}",))
