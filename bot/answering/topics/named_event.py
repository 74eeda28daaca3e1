"""The one event a question names, checked against the year, month, places, series and edition it names.

    event_named(lookup, "who represented romania at the 2024 pledge conference", today) -> The Hague 2024
    event_named(lookup, "... at that conference in may 2024", today)                    -> The Hague 2024
    event_named(lookup, "... attended the farnesina conference", today)                 -> Rome 2022 (a name it goes by)
    event_named(lookup, "... at the conference", today)                                 -> None: no conference named

Used by the answers about the people at an event, its venue, and events side by side;
``no_such_event`` is the honest miss for an event named by a year or place the knowledge lacks.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...knowledge.model import Event
from ...patterns import lazy_pattern
from ...reply import Reply
from ..constraints import LOOSE_KINDS, could_meet, missed, nearest, unmet
from ..lookup import Lookup
from ..mentions import Mentions, find_mentions, series_events
from ..parse import MONTHS
from ..places import places_in
from ..search import tokens
from .events import find_event

EVENT_NOUNS = r"(?:conferences?|summits?|pledge|cyber|events?|meetings?|exercises?|one)"
EVENT_WORDS = rf"(?:{EVENT_NOUNS}|defen[cs]e)"
_EVENT_WORDS = lazy_pattern(EVENT_WORDS)
GATHERINGS = frozenset("conference summit meeting exercise".split())
NAMED_OUTRIGHT = 0.75  # coverage of the words in an event's names (a match only in its text is at most 0.5)
_GENERIC = frozenset("nato cyber defence defense pledge annual conference conferences summit summits exercise exercises event "
                     "events meeting meetings one".split())
_DATE_WORDS = frozenset(MONTHS) | frozenset(str(y) for y in range(1950, 2100)) | frozenset(
    "q1 q2 q3 q4 h1 h2 quarter half spring summer autumn fall winter early mid late week wk cw".split())  # "in q4 2024": a time, no event
#: Where the words about the event start: "... at the rome conference in 2022", "... attended the farnesina conference".
_EVENT_START = lazy_pattern(r"\b(?:at|in|to|during|from|of|for|attended|attend|attending|joined|visited|addressed) (?=\S)")



def event_named(lookup: Lookup, text: str, today: dt.date) -> Event | None:
    """The one event ``text`` names and whose year, month and places it meets; None if not exactly one."""
    mentions = find_mentions(lookup, text, today)
    if cities := [p for _, p in places_in(text) if p.is_city and p not in mentions.places]:  # "when tallinn hosted it"
        mentions = replace(mentions, places=(*mentions.places, *cities))
    if mentions.ordinal is not None:  # "the second pledge conference": that edition of the series, or none
        series = mentions.series or mentions.loose_series
        editions = series_events(lookup, series) if series else []
        edition = editions[mentions.ordinal - 1] if 0 < mentions.ordinal <= len(editions) else None
        return edition if edition is not None and not unmet(edition, mentions) else None
    phrase = event_phrase(text, bool(mentions.places))
    event = find_event(lookup, phrase) if phrase else None
    dated_kind = mentions.kind in GATHERINGS and (mentions.year or mentions.month)  # "that conference in may 2024"
    if not (mentions.places or mentions.series or dated_kind) and (
        not {t for t in tokens(phrase) if not t.isdigit()} - _GENERIC - _DATE_WORDS or lookup.best(phrase, ("event",), min_coverage=NAMED_OUTRIGHT) is not event
    ):
        return None  # "at the conference", "in 2021": no event named; "at lancaster house" is one
    if event is not None and event.kind != "publication" and not unmet(event, mentions):
        return event
    if not (mentions.places or mentions.series or dated_kind):
        return None  # "in which country was the 2016 cyber coalition held": a year alone names no gathering
    fits = fitting(lookup, mentions)
    return fits[0] if len(fits) == 1 else None


def fitting(lookup: Lookup, mentions: Mentions) -> list[Event]:
    """The gatherings (conferences, summits ...) that meet the places, year and series named; [] when none is named."""
    if not (mentions.places or mentions.year or mentions.series):
        return []
    kind = mentions.kind if mentions.kind in GATHERINGS else None  # "the article skips it" names no kind of event
    kinds = LOOSE_KINDS.get(kind or "", {kind})  # "the hague meeting": the conference there
    return [e for e in could_meet(lookup, mentions) if e.kind in GATHERINGS and (kind is None or e.kind in kinds) and not unmet(e, mentions)]


def event_phrase(text: str, places: bool) -> str:
    """The words naming the event: after the first "at", "in", "attended" ... followed by an event word or a place
    (``places``: the text names one), else after the first of them; "" when there is none."""
    starts = [m.end() for m in _EVENT_START.finditer(text)]
    start = next((n for n in starts if places or _EVENT_WORDS.search(text[n:])), starts[0] if starts else None)
    return text[start:].strip() if start is not None else ""


def no_such_event(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """"... at the 2020 pledge conference": the honest miss for an event named by year, place or series that the
    knowledge lacks, with the nearest entries as suggestions; None when ``text`` names no such thing."""
    mentions = find_mentions(lookup, text, today)
    if not (mentions.year or mentions.places) or not (mentions.series or mentions.kind or mentions.places):
        return None
    noun = mentions.series or mentions.kind or "event"
    named = [f"in {p.name}" for p in mentions.places] + ([f"in {mentions.year}"] if mentions.year else [])
    return missed(lookup, noun, named, nearest(lookup, mentions, mentions.kind if mentions.kind in GATHERINGS else None))
