"""Figures over a whole conference series: the average gap between its editions, and how many places have hosted it.

    "average gap between the annual cyber defence conferences?"      -> 350 days on average (Berlin 2023 to Tirana 2025), each gap
    "avg interval between pledge conferences 2018-2024"               -> the mean gap of the Pledge Conferences of those years
    "how far apart are the pledge conferences, on average"            -> the same
    "how many distinct host countries has the annual cyber defence conf had" -> 3: Germany, the United Kingdom and Albania
    "how many different cities have hosted pledge conferences"        -> 5 cities, each edition listed

Counted over the editions the knowledge records, and said so. A question naming one edition (a place, a single year) is
not this step's; "cyber defence conferences" with no series word means both series, each counted apart. Tried before
the routes: a question without one of the cue words below pays a word-set check.
"""

from __future__ import annotations

from ...knowledge.model import Event
from ...patterns import lazy_pattern
from ...reply import Block, Reply
from .. import series_messages
from ..constraints import YEARS
from ..lookup import Lookup
from ..mentions import ANNUAL_SERIES, PLEDGE_SERIES, series_entries, series_events
from ..phrasing import item_refs, join_words, source_refs
from ..places import places_in
from .events import event_line

_AVERAGE = frozenset("average avg mean typical typically usual usually".split())
_GAP = frozenset("gap gaps interval intervals spacing apart between time break breaks".split())
_SERIES = frozenset("pledge annual conference conferences editions".split())
_HOSTED = frozenset("host hosts hosted hosting held staged organised organized".split())
#: "how many distinct host countries", "how many different cities have hosted": the places, not the editions.
_HOW_MANY_PLACES = lazy_pattern(r"\bhow many (?:distinct |different |unique |separate |individual )?(?:host |hosting )?(?P<what>countries|nations|cities|capitals|places|hosts)\b")
_SINCE = lazy_pattern(r"\b(?:since|from|after) (?:19|20)\d\d\b")
_UNTIL = lazy_pattern(r"\b(?:until|till|to|up to|through|before|by) (?:19|20)\d\d\b")


def answer_series_figures(lookup: Lookup, question: str, typed: str) -> Reply | None:
    """The average gap or the count of host places of the series ``question`` (as understood) names, or None; ``typed``
    normalised as typed ("on average, how long between ...": the understanding drops the lead that says "average")."""
    words = set(question.split()) | set(typed.split())
    if words.isdisjoint(_AVERAGE) and "how" not in words or words.isdisjoint(_SERIES) or places_in(question):
        return None  # most questions
    averaged = not words.isdisjoint(_AVERAGE) and not words.isdisjoint(_GAP)
    places = None if averaged or words.isdisjoint(_HOSTED) else _HOW_MANY_PLACES.search(question)
    if not averaged and places is None:
        return None
    named = _series_named(words)
    editions = {series: _within_years(series_events(lookup, series), question) for series in named}
    if any(found is None for found in editions.values()):
        return None  # one year named: that edition, answered by the routes
    if averaged:
        return _average_gap(lookup, editions)
    return _host_places(lookup, editions, "cities" if places["what"] in ("cities", "capitals") else "countries")


def _series_named(words: set[str]) -> list[str]:
    """The Pledge Conferences, the annual ones, or both ("cyber defence conferences" names no one series)."""
    pledge, annual = "pledge" in words, "annual" in words
    return [s for s, named in ((PLEDGE_SERIES, pledge or not annual), (ANNUAL_SERIES, annual or not pledge)) if named]


def _within_years(events: list[Event], question: str) -> list[Event] | None:
    """The editions held in the years asked: all, a span ("2018 2024", "since 2019"), or None for one year alone."""
    years = sorted({int(y) for y in YEARS.findall(question)})
    if not years:
        return events
    if len(years) == 2:
        first, last = years
    elif _SINCE.search(question):
        first, last = years[0], 9999
    elif _UNTIL.search(question):
        first, last = 0, years[0]
    else:
        return None
    return [e for e in events if first <= e.when.start.year <= last]


def _average_gap(lookup: Lookup, editions: dict[str, list[Event]]) -> Reply | None:
    """Each series' mean gap between consecutive editions (first days), with every gap listed."""
    counted = {s: events for s, events in editions.items() if len(events) >= 2}
    if not counted:
        return None
    parts, blocks = [], []
    for series, events in counted.items():
        gaps = [(a, b, (b.when.start.first_day() - a.when.start.first_day()).days) for a, b in zip(events, events[1:])]
        mean = round(sum(days for _, _, days in gaps) / len(gaps))
        parts.append(series_messages.average_gap(series_messages.plural_name(series), mean, len(gaps), _edition(events[0]), _edition(events[-1])))
        blocks += [Block("", style="item", heading=series_messages.one_gap(_edition(a), _edition(b), days)) for a, b, days in gaps]
    return _reply(lookup, counted, "; ".join(parts), blocks)


def _host_places(lookup: Lookup, editions: dict[str, list[Event]], what: str) -> Reply | None:
    """How many countries (or cities) the series' editions were held in, named in order of their first edition."""
    events = sorted((e for found in editions.values() for e in found), key=lambda e: e.when.start.first_day())
    if not events:
        return None
    places = list(dict.fromkeys(p for e in events if (p := e.city if what == "cities" else e.country)))
    title = series_messages.host_places(len(places), what, join_words(map(series_messages.plural_name, editions)), join_words(places))
    return _reply(lookup, editions, title, [event_line(e) for e in events])


def _reply(lookup: Lookup, editions: dict[str, list[Event]], title: str, blocks: list[Block]) -> Reply:
    events = [e for found in editions.values() for e in found]
    series = [ref for s in editions for ref in series_entries(lookup, s)]
    return Reply("answer", title, blocks=tuple(blocks), items=(*series, *item_refs(events)), sources=source_refs(lookup.knowledge, events),
                 suggestions=tuple(f"events {series_messages.short_name(s).lower()}" for s in editions))


def _edition(event: Event) -> str:
    """"Berlin (9 November 2023)"."""
    return f"{event.city or event.country or event.name} ({event.when})"
