"""A summit asked about by its announcement: "at the time of the rome conference the SG also announced the next summit.
which city and which dates?".

    "which summit was announced during the rome conference"        -> NATO Vilnius Summit 2023 (and the announcement)
    "stoltenberg announced the next summit at the time of rome. which city and dates?" -> likewise
    "when was the vilnius summit announced", "on what date was the next summit announced" -> None (the announcement's day)
    "stoltenberg announced the vilnius summit dates in 2023 in brussels?"  -> None (the summit named: a claim to check)
    "when is the vilnius summit that stoltenberg announced in rome?"      -> NATO Vilnius Summit 2023 (the summit asked)

An announcement is an event of kind "announcement" whose text names a summit's city; the one asked about is the one
made within a few days of the gathering the question names (or the only one). The summit answers, and the
announcement follows it, so where and when it was said is one click away. Tried only when the question holds both
"announced" (or "announce") and "summit".
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...knowledge.model import Event
from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import item_refs
from ..search import normalize
from .events import event_reply
from .named_event import event_named

_CUES = frozenset("announced announce announces announcing".split())
_NEAR_DAYS = 3  # an announcement made around a gathering: "at the time of the rome conference"
#: Words that ask which summit, where or when, rather than when the announcement itself was made.
_ASKS_SUMMIT = frozenset("which what where city dates date place".split())
#: When the announcement was made, asked in the same sentence: "on what date was the next summit announced".
_WHEN_ANNOUNCED = lazy_pattern(r"\b(?:when|what date|which date|what day|which day|on what)\b[^.?!]*\bannounc", re.IGNORECASE)


#: The summit itself asked, the announcement a clause of it: "when is the vilnius summit that stoltenberg announced in rome".
_SUMMIT_THAT = lazy_pattern(r"\bsummit (?:that|which|(?=\S+ (?:had |has )?announced\b))(?: \S+){0,3}? (?:had |has )?announced\b")


def answer_announced_summit(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The summit an announcement named, for a question asking which summit was announced; else None."""
    words = set(normalize(text).split())
    if "summit" not in words or words.isdisjoint(_CUES):
        return None
    if clause := bool(_SUMMIT_THAT.search(normalize(text))):
        if (reply := _summit_of_clause(lookup, words)) is not None:
            return reply  # "the vilnius summit that stoltenberg announced in the rome article, the dates": the summit's
    if words.isdisjoint(_ASKS_SUMMIT | {"when"} if clause else _ASKS_SUMMIT) or (not clause and _WHEN_ANNOUNCED.search(text)):
        return None  # "when is the summit that stoltenberg announced": the summit, its city unnamed
    announcements = [e for e in lookup.knowledge.events.values() if e.kind == "announcement" and _summit_named(lookup, e)]
    if not announcements or any(normalize(s.city) in words for a in announcements if (s := _summit_named(lookup, a)) and s.city):
        return None  # "stoltenberg announced the vilnius summit dates in brussels?": the summit is named, the claim is checked
    rest = normalize(text).replace("summit", " ").replace("announced", " ")
    near = event_named(lookup, rest, today)
    if near is not None and near.kind != "announcement":
        start = near.when.start.first_day()
        announcements = [a for a in announcements if abs((a.when.start.first_day() - start).days) <= _NEAR_DAYS]
    if len(announcements) != 1 or (summit := _summit_named(lookup, announcements[0])) is None:
        return None
    return _then_announcement(event_reply(lookup, summit), announcements[0])


def _summit_of_clause(lookup: Lookup, words: set[str]) -> Reply | None:
    """The summit an announcement named whose city the question names too, then the announcement; None when none is named."""
    for announcement in (e for e in lookup.knowledge.events.values() if e.kind == "announcement"):
        if (summit := _summit_named(lookup, announcement)) is not None and summit.city and normalize(summit.city) in words:
            return _then_announcement(event_reply(lookup, summit), announcement)
    return None


def _then_announcement(reply: Reply, announcement) -> Reply:
    """The summit's card with its announcement named right after the summit (before what the summit decided)."""
    return replace(reply, items=(*reply.items[:1], *item_refs([announcement]), *reply.items[1:]))


def _summit_named(lookup: Lookup, announcement: Event) -> Event | None:
    """The summit after ``announcement`` whose city its text names, or None."""
    said = normalize(f"{announcement.name} {announcement.summary or ''}")
    day = announcement.when.start.first_day()
    return next((e for e in sorted(lookup.knowledge.events.values(), key=lambda e: e.when.start.first_day())
                 if e.kind == "summit" and e.city and normalize(e.city) in said.split() and e.when.start.first_day() > day), None)
