"""Events with more than one host country: "which of these conferences were co-hosted by two countries?".

    "which conferences were co-hosted"                  -> Rome 2022 (Italy, the United States), The Hague 2024 (...)
    "any summits with more than one host country?"      -> none recorded: said so

A host counts as a country when its text names one ("Germany (Federal Foreign Office)" is Germany; "NATO's
International Staff (support)" is none). The events with two or more are listed once per knowledge load
(``per_load``, built at warm-up); asked which a country hosted, an event with no host recorded counts
where it was held in that country, and says so; a question pays a set test unless it asks for co-hosted events.
"""

from __future__ import annotations

import datetime as dt

from ...knowledge.model import Event
from ...reply import Block, Reply
from .. import event_messages as say
from ..lookup import Lookup
from ..mentions import find_kind, find_series
from ..per_load import PerLoad, per_load
from ..phrasing import event_label, item_refs, join_words, source_refs
from ..places import places_in
from ..normalizing import normalize, word_set
from ...patterns import lazy_pattern

_CUES = frozenset("co cohosted jointly joint two several multiple more host hosted organise organize organised organized".split())
_ASKS = lazy_pattern(r"^(?:which|what|list|show|any|were there any|are there any|were any|are any|was any|name)\b.*\b(?:events|conferences|confs|summits|ones|editions|meetings)\b.*"
                     r"\b(?:co ?hosted|co ?organi[sz]ed|jointly (?:hosted|organi[sz]ed)|joint hosts?|(?:two|2|several|multiple|more than one) (?:host|hosts|host countries|countries|nations|co hosts))\b"
                     r"|^(?:which|what|list|show|any)\b.*\bco ?hosted (?:\S+ ){0,3}?(?:events|conferences|confs|summits|ones|editions)\b")
#: "which conferences did romania co-host", "how many summits has the uk hosted", "what did albania host": the events a country hosted.
_BY = lazy_pattern(r"^(?:which|what|how many) (?:\S+ ){0,4}?(?:events|conferences|confs|summits|ones|editions|meetings) (?:did|has|have|had) (?P<who>.+?) "
                   r"(?:co ?host|host|co ?organi[sz]e|organi[sz]e)(?:ed|d|s)?\b(?P<rest>.*)$"
                   r"|^(?:what|anything) (?:did|has|have|had) (?P<whom>.+?) (?:ever )?(?:co ?host|host|co ?organi[sz]e|organi[sz]e)(?:ed|d|s)?(?: (?:so far|to date|ever))?$")
_COHOSTED = PerLoad("topics.cohosted.cohosted")


def cohosted_events(lookup: Lookup) -> tuple[tuple[Event, tuple[str, ...]], ...]:
    """The events whose hosts name two or more countries, oldest first, each with those countries."""
    def build(lookup: Lookup):
        found = []
        for event in lookup.events_by_date:
            countries = _countries(event)
            if len(countries) >= 2:
                found.append((event, countries))
        return tuple(found)

    return per_load(_COHOSTED, lookup, build)


_BY_COUNTRY = PerLoad("topics.cohosted.by_country")


def _countries(event: Event) -> tuple[str, ...]:
    """The countries the event's hosts name, once each."""
    return tuple(dict.fromkeys(p.country for host in event.hosts for _, p in places_in(normalize(host)) if not p.is_city))


def host_countries(lookup: Lookup) -> dict[str, tuple[Event, ...]]:
    """Country -> the events whose hosts name it, oldest first."""
    def build(lookup: Lookup):
        found: dict[str, list[Event]] = {}
        for event in lookup.events_by_date:
            for country in _countries(event) or ((event.country,) if event.country else ()):  # no host recorded: where it was held
                found.setdefault(country, []).append(event)
        return {country: tuple(events) for country, events in found.items()}

    return per_load(_BY_COUNTRY, lookup, build)


def answer_cohosted(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The events hosted by more than one country (of the kind or series named), or None for another question."""
    if _CUES.isdisjoint(word_set(question)):
        return None
    kind, series = find_kind(question), find_series(question)
    noun = series or kind or "event"
    if by := _BY.match(question):
        return _hosted_by(lookup, by["who"] or by["whom"], kind, series, noun)
    if not _ASKS.search(question):
        return None
    found = [(e, c) for e, c in cohosted_events(lookup) if (kind is None or e.kind == kind) and (series is None or e.series == series)]
    if not found:
        return Reply("not_found", say.none_cohosted(noun), suggestions=("events",))
    return _listed(lookup, [e for e, _ in found], say.cohosted(len(found), noun))


def _hosted_by(lookup: Lookup, who: str, kind: str | None, series: str | None, noun: str) -> Reply | None:
    """The events of the kind or series asked whose hosts name the country ``who`` names (None when it names none)."""
    named = [place for _, place in places_in(who) if not place.is_city]
    if len(named) != 1:
        return None
    country = named[0].country
    found = [e for e in host_countries(lookup).get(country, ()) if (kind is None or e.kind == kind) and (series is None or e.series == series)]
    if not found:
        return Reply("not_found", say.none_hosted_by(noun, country), suggestions=("events",))
    one = f": {event_label(found[0])}" if len(found) == 1 else ""  # the one named in the title, which a message of several asks shows alone
    return _listed(lookup, found, say.hosted_by_country(len(found), noun, country) + one)


def _listed(lookup: Lookup, events: list[Event], title: str) -> Reply:
    blocks = tuple(Block(say.hosted_by(join_words(e.hosts)) if e.hosts else say.NO_HOST, style="item", heading=f"{e.when} — {e.name}, {e.place}") for e in events)
    return Reply("list", title, blocks=blocks, items=item_refs(events),
                 sources=source_refs(lookup.knowledge, events), suggestions=tuple(f"event {e.name}" for e in events[:2]))
