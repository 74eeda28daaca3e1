"""When and where questions: about an event, else a pledge (when and where it was agreed), else an initiative.

"when was the rome conference?", "where was the pledge agreed?"; and the edition a year names that did not take place
("when was the 2020 pledge conference?"), which no route may answer with another one.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import replace

from .named_phrase import PLEDGE_MADE_AT, named_as_phrase
from ...knowledge.model import Initiative, Pledge
from ...reply import Reply
from .. import event_messages
from ..lookup import Lookup
from ..event_index import series_key
from ..mentions import ANNUAL_SERIES, find_mentions, loose_series
from ..parse import parse_year
from ..phrasing import shorten
from ..places import PLACES, places_in
from ..search import normalize, tokens
from .events import answer_events_list, answer_where_spoke, event_reply
from .general import not_found, nothing_about
from .initiatives import initiative_reply
from .named_event import fitting
from .people import person_reply
from .pledges import pledge_reply
from .timeline import answer_next, events_named
from .unnamed_things import only_mentioned, unnamed_reply
from .. import unnamed_messages as say_unnamed
from ..thing_nouns import unmet_noun
from ..own_places import names_own_city
from ..unnamed import lacking_words, names_only_mentioned
from ...patterns import lazy_pattern

Route = Callable[[Lookup, re.Match, dt.date], Reply]
#: Words that name a kind of event, not which one ("the conference in 2024" names none of two).
GENERIC_EVENT_WORDS = frozenset("nato cyber defence defense pledge annual conference conferences summit summits exercise exercises event events meeting meetings gathering gatherings forum".split())
#: A kind of event as typed: "pledge conference", "nato summit", "events".
EVENT_WORD = r"(?:(?:nato|cyber|defence|defense|pledge|annual)\s+)*(?:conference|summit|exercise|event|meeting|gathering|forum)s?\b"


_EVENT_WORD = lazy_pattern(EVENT_WORD)


def several_fit(lookup: Lookup, rest: str, today: dt.date) -> list:
    """The gatherings a phrase naming only a place and a kind fits ("the london conference"); [] when it names more."""
    if not ((typed := places_in(rest)) or names_own_city(lookup, rest)) or any(word[:1].isdigit() for word in rest.split()):
        return []  # most questions: no place named, or a year that picks one
    mentions = find_mentions(lookup, rest, today)
    if not mentions.places or mentions.year or mentions.series or mentions.ordinal or mentions.month:
        return []
    named = {word for place in mentions.places for word in normalize(place.name).split()} | {word for said, _ in typed for word in said.split()}
    if set(tokens(rest)) - GENERIC_EVENT_WORDS - {normalize(p.name) for p in mentions.places} - named:  # "uk": the United Kingdom
        return []  # "the london cyber security centre event": more than a place and a kind
    return fitting(lookup, mentions)


def no_edition(lookup: Lookup, rest: str, today: dt.date) -> Reply | None:
    """The reply when ``rest`` names a year and a kind of event but no single event of it that year, else None:
    "the 2020 pledge conference" (there was none), "the conference in 2024" (there were two)."""
    year = parse_year(rest)
    if not year or not _EVENT_WORD.search(rest):
        return None
    that_year = events_named(lookup, rest, year)[0]
    if not that_year or (len(that_year) > 1 and not set(tokens(rest)) - GENERIC_EVENT_WORDS - {str(year)}):
        return answer_next(lookup, rest, today, year=year)
    return None


def edition_asked(lookup: Lookup, rest: str, today: dt.date, focus) -> Reply | None:
    """The annual conference a year names among others that year (its reply), the miss for an edition not held, or None."""
    if (edition := the_edition(lookup, rest)) is not None:
        return event_reply(lookup, edition, focus)
    return no_edition(lookup, rest, today)


def the_edition(lookup: Lookup, rest: str):
    """The one annual conference a year names among others that year ("the nato cyber defence conference 2024"), or None."""
    year = parse_year(rest)
    if not year or "pledge" in rest or loose_series(rest) != ANNUAL_SERIES:
        return None
    that_year = events_named(lookup, rest, year)[0]
    annual = [e for e in that_year if series_key(e.series or "") == series_key(ANNUAL_SERIES)]
    return annual[0] if len(annual) == 1 and len(that_year) > 1 else None


_NAME_LEAST = 4  # letters of a lacking word that may be a name: not "teh", "bot" or "le"
_VAGUE = frozenset("one thing things event do meeting gathering forum".split())
_MAIN_KINDS = ("conference", "summit")


def _vaguely_named(lookup: Lookup, rest: str, today: dt.date) -> list:
    """The gatherings a vague phrase with a year or a place fits ("the 2022 one", "that albania thing"): conferences
    and summits first; [] when the phrase names no year or place, or more than a vague noun."""
    words = set(rest.split())
    if not words & _VAGUE:
        return []
    mentions = find_mentions(lookup, rest, today)
    if more := [p for _, p in places_in(rest) if p not in mentions.places]:  # "that albania thing": a country, however put
        mentions = replace(mentions, places=(*mentions.places, *more))
    fits = fitting(lookup, mentions)
    return [e for e in fits if e.kind in _MAIN_KINDS] or fits


#: Verbs that only say "happened" in a when/where question: "where was the pledge agreed?".
_HAPPENED = lazy_pattern(
    r"\b(?:agreed|decided|adopted|endorsed|approved|signed|make|made|issued|held|founded|established|set up|created|launched|opened|"
    r"take place|took place|happen|happened|start|started|begin|began|end|ended|located|based|run|ran|going to be|will be)\b"
)


def when_or_where(focus: str) -> Route:
    """When/where: about an event, else a pledge (when and where it was agreed), else an initiative."""

    def route(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
        rest = _HAPPENED.sub(" ", match["rest"]).strip()
        if (edition := the_edition(lookup, rest)) is not None:
            return event_reply(lookup, edition, focus)  # "the nato cyber defence conference 2024": that series' one, not a pledge one
        if (missing := no_edition(lookup, rest, today)) is not None:
            return missing  # "when was the 2020 pledge conference?": there was none
        if len(several := several_fit(lookup, rest, today)) > 1:  # "when was the london conference": there were two
            return answer_events_list(lookup, several, event_messages.several_fit(len(several), shorten(rest, 60)))
        if vague := _vaguely_named(lookup, rest, today):  # "where was the 2022 one", "that albania thing"
            return event_reply(lookup, vague[0], focus) if len(vague) == 1 else answer_events_list(
                lookup, vague, event_messages.several_fit(len(vague), shorten(rest, 60)))
        pledge = named_as_phrase(lookup, rest, "pledge", not_a_gathering=True) if _EVENT_WORD.search(rest) and PLEDGE_MADE_AT.search(match["rest"]) else None  # "the pledge issued at the warsaw summit"
        types = ("event",) if _EVENT_WORD.search(rest) and pledge is None else ("event", "pledge", "initiative")  # a conference is no pledge
        if (only := names_only_mentioned(lookup, rest)) and (unnamed := only_mentioned(lookup, " ".join(only), "", (*types, "person"))) is not None:
            return unnamed
        if any(len(w) >= _NAME_LEAST for w in lacking_words(lookup, rest)) and (unnamed := unnamed_reply(lookup, rest, "", (*types, "person"), mentioned=False)) is not None:
            return unnamed  # "when was the locked shields exercise first held": no entry holds "shields"  # "when was the ccdcoe in tallinn founded": no entry is the CCDCOE, only texts mention it
        item = pledge or lookup.best(rest, types)
        if item is not None and len(types) > 1 and (noun := unmet_noun(rest, (item.name, *item.aliases), getattr(item, "kind", "") or "", getattr(item, "summary", "") or "")) is not None:
            return not_found(say_unnamed.no_such_kind(noun, shorten(rest, 60)))  # "when was the cyber defence strategy agreed"
        if item is None:
            named = lookup.named(rest, on=today)
            if named.people and named.rest:  # "when was stoltenberg s berlin speech": where and when the person spoke
                return answer_where_spoke(lookup, named.people[0].name, " ".join(named.rest), focus, today)
            return person_reply(lookup, named.people[0]) if named.people else nothing_about(lookup, rest)
        if isinstance(item, Pledge):
            event = lookup.knowledge.events.get(item.event) if item.event else None
            where = f" at {event.name}" + (f", {event.place}" if event.place else "") if event else ""
            return pledge_reply(lookup, item, f"{item.name}: agreed {item.date}{where}")
        if isinstance(item, Initiative):
            return initiative_reply(lookup, item, focus)
        return event_reply(lookup, item, focus)

    return route


def hosts_asked(match) -> str:
    """What "which <adjective> city / country hosted <rest>" asks about: the rest, with a demonym read as its country
    ("which dutch city hosted a nato cyber event" -> "netherlands a nato cyber event")."""
    adj = [PLACES[w].country.lower() if w in PLACES else w for w in (match.groupdict().get("adj") or "").split()]
    return " ".join([*adj, match["rest"].strip()])
