"""Which known event an article reports on (same place and dates), or a new event stub.

    match_events(knowledge, text, dates)[0].event_id  ->  'tirana-cyber-defence-conference-2025'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..knowledge.model import Event, FuzzyDate, Knowledge
from .dates import DateMention

NEAR_PUBLICATION = dt.timedelta(days=31)  # an article with no dates reports on what happened around its publication
_KINDS = {
    "conference": "conference", "summit": "summit", "exercise": "exercise", "campaign": "campaign",
    "meeting": "meeting", "ministerial": "meeting", "forum": "conference", "symposium": "conference",
    "incident": "incident", "announcement": "announcement", "report": "publication",
}
_EVENT_WORD = re.compile(r"(?<!\w)(" + "|".join(_KINDS) + r")s?(?!\w)", re.IGNORECASE)
_EVENT_NAME = re.compile(
    r"(?:(?:[A-Z][\w’'.-]*|\d{4})[ \t]+)*(?:(?:[A-Z][\w’'.-]*[ \t]+)?(?:Conference|Summit|Exercise|Meeting|Forum|Symposium|Ministerial)"
    r"|[A-Z][\w’'.-]*[ \t]+(?:conference|summit|exercise|meeting|forum|symposium))(?!\w)(?:[ \t]+\d{4}(?!\w))?"
)
_PLACE = re.compile(r"(?<!\w)in\s+(?P<city>(?:The\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)(?:,\s+(?P<country>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?))?")


@dataclass(frozen=True)
class EventMatch:
    """A known event the article reports on, with the article's dates for it."""

    event_id: str
    label: str  # "Tirana, 9–10 October 2025", for the curator
    dates: tuple[DateMention, ...]
    by_date: bool  # False: matched by place and publication date only


@dataclass(frozen=True)
class EventStub:
    """A new event drafted from the article's words."""

    name: str | None
    kind: str
    start: FuzzyDate | None
    end: FuzzyDate | None
    city: str | None
    country: str | None


def match_events(knowledge: Knowledge, text: str, dates: list[DateMention], published: dt.date | None = None) -> list[EventMatch]:
    """Known events in a place the article names on dates it gives, most mentioned first."""
    found = []
    for event in knowledge.events.values():
        if not _place_named(event, text):
            continue
        first, last = event.when.start.first_day(), (event.when.end or event.when.start).last_day()
        on_dates = tuple(m for m in dates if m.first.precision == "day" and m.overlaps(first, last))
        if on_dates:
            found.append(EventMatch(event.id, _label(event), on_dates, True))
        elif published and not dates and first - NEAR_PUBLICATION <= published <= last + NEAR_PUBLICATION:
            found.append(EventMatch(event.id, _label(event), (), False))
    return sorted(found, key=lambda match: (not match.by_date, -len(match.dates)))


def _place_named(event: Event, text: str) -> bool:
    places = [p for p in (event.city, event.country) if p]
    return bool(places) and any(re.search(rf"(?<!\w){re.escape(place)}(?!\w)", text) for place in places)


def _label(event: Event) -> str:
    return ", ".join(part for part in (event.place, str(event.when)) if part)


def event_stub(text: str, dates: list[DateMention]) -> EventStub:
    """The event of the article's most repeated day-precise date, named and placed from its words."""
    days = [m for m in dates if m.first.precision == "day"]
    support = {m: sum(other.overlaps(m.first.first_day(), (m.last or m.first).last_day()) for other in days) for m in days}
    eventful = {m: bool(_EVENT_WORD.search(_sentence_around(text, m.start))) for m in days}
    main = max(days, key=lambda m: (support[m], eventful[m], m.last is not None, m.start), default=None)  # ties: not the dateline
    sentence = _sentence_around(text, main.start) if main else ""
    place = _PLACE.search(sentence)
    kind = _EVENT_WORD.search(sentence) or _most_common_kind(text)
    names = [re.sub(r"^(?:The|A|An)\s+", "", m.group().strip()) for m in _EVENT_NAME.finditer(text)]
    return EventStub(
        name=max(names, key=lambda n: (names.count(n), len(n))) if names else None,
        kind=_KINDS[kind.group(1).lower()] if kind else "conference",
        start=main.first if main else None,
        end=main.last if main else None,
        city=place.group("city") if place else None,
        country=place.group("country") if place else None,
    )


def _most_common_kind(text: str) -> re.Match | None:
    found = list(_EVENT_WORD.finditer(text))
    words = [m.group(1).lower() for m in found]
    return max(found, key=lambda m: (words.count(m.group(1).lower()), -m.start()), default=None)


def _sentence_around(text: str, offset: int) -> str:
    start = max(text.rfind(". ", 0, offset) + 1, text.rfind("\n", 0, offset) + 1)
    end_candidates = [i for i in (text.find(". ", offset), text.find("\n", offset)) if i != -1]
    return text[start : min(end_candidates) if end_candidates else len(text)]
