"""Whether two things happened on the same day, each named by its own words:

    "was the vilnius announcement the same day as the rome speech?"
        -> "No: Announcement of the 2023 Vilnius Summit dates: 9 November 2022; Jens Stoltenberg's speech at
            NATO Cyber Defence Pledge Conference 2022: 10 November 2022 (the day after)"
    "stoltenberg announced vilnius summit dates - same day as his rome speech or different?" -> the same
    "were the vilnius announcement and the rome speech on the same day?"                    -> the same

Each side is the event its words name best; a side naming a speech ("his rome speech", "the keynote") is the day its
speaker, named on either side, spoke there (``day_spoken``). A side the knowledge dates only to a month or year, or
that names nothing, leaves the question to the other steps. Tried only when "same" is asked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...knowledge.model import Event
from ...patterns import lazy_pattern
from ...reply import Reply
from ..day_messages import day_text
from ..day_spoken import day_spoken
from ..lookup import Lookup
from ..phrasing import item_refs
from .events import event_reply
from .named_event import event_named

_SAME_DAY = lazy_pattern(r"^(?:(?:so|and|but) )?(?:(?:was|is|were|did) )?(?P<a>.+?) (?:(?:on|in|at) )?(?:the )?(?:very )?same (?:day|date) as (?P<b>.+?)"
                         r"(?: or (?:on )?(?:a |another )?(?:different|separate|other|not)(?: days?| dates?| ones?)?)?$")
#: "were the vilnius announcement and the rome speech on the same day": both named first.
_BOTH_SAME_DAY = lazy_pattern(r"^(?:(?:so|and|but) )?(?:were|was|are|did) (?P<a>.+?) (?:and|&) (?P<b>.+?) (?:(?:both )?(?:on|in|at|held on|happen on) )?(?:the )?(?:very )?same (?:day|date)$")
_SPEECH = frozenset("speech keynote address remarks spoke talk speaking".split())
_OPENING = frozenset("opened opening began started start first".split())


def answer_same_day(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """Whether the two things ``question`` names were on one day, with each one's day; None for other questions."""
    if "same" not in question.split() or (asked := _SAME_DAY.match(question) or _BOTH_SAME_DAY.match(question)) is None:
        return None
    sides = [_event_of(lookup, asked[side], today) for side in ("a", "b")]
    speakers = [lookup.knowledge.people[p] for e in sides if e for p in e.speakers if p in lookup.knowledge.people]
    people = [*lookup.named(question, on=today).people, *speakers]  # "his rome speech" after "stoltenberg announced ...", or its speaker
    a, b = (_dated(event, asked[side], people, lookup) if event else None for event, side in zip(sides, ("a", "b")))
    if a is None or b is None or a == b:
        return None
    (day_a, event_a, label_a), (day_b, event_b, label_b) = a, b
    gap = (day_b - day_a).days
    said = "Yes" if gap == 0 else "No"
    apart = "" if gap == 0 else " (the day after)" if gap == 1 else " (the day before)" if gap == -1 else ""
    reply = event_reply(lookup, event_a)
    return replace(reply, title=f"{said}: {label_a}: {day_text(day_a)}; {label_b}: {day_text(day_b)}{apart}",
                   items=(*item_refs([event_a] if event_a.id == event_b.id else [event_a, event_b]), *(i for i in reply.items if i.id not in (event_a.id, event_b.id))))


def _event_of(lookup: Lookup, words: str, today: dt.date) -> Event | None:
    """The event ``words`` name best, a speaker's name aside ("stoltenberg's rome keynote": the rome conference)."""
    event = lookup.best(words, ("event",))
    if not isinstance(event, Event):  # "the rome keynote": the gathering it names, a speaker's name aside
        named = lookup.named(words, on=today)
        event = event_named(lookup, " ".join(named.rest) if named.people and named.rest else words, today)
    return event if isinstance(event, Event) else None


def _dated(event: Event, words: str, people, lookup: Lookup) -> tuple[dt.date, Event, str] | None:
    """The day ``words`` name at ``event`` and how to call it; None unless dated to one day."""
    if not _SPEECH.isdisjoint(words.split()):
        for person in (p for p in people if p.id in event.speakers):
            if (day := day_spoken(lookup, person, event)) is not None:
                return day, event, f"{person.name}'s speech at {event.name}"
    start, end = event.when.start, event.when.end
    if not _OPENING.isdisjoint(words.split()) and start.precision == "day":
        return start.first_day(), event, f"the opening of {event.name}"  # "the day the tirana conference opened": its first
    if start.precision != "day" or (end is not None and end != start):
        return None  # a span of days or a month: no one day to compare
    return start.first_day(), event, event.name
