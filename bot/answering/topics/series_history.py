"""A series' history: where and when it began, an edition that did not take place, whether a country ever hosted one.

    "when did the pledge conferences start?"              -> its first edition: Paris, 15 May 2018
    "where was it decided to hold the annual conference?" -> the gathering whose summary says it agreed to: Vilnius 2023
    "was there a pledge conference in 2020?"               -> there was none: what the knowledge says became of it
    "which year was the pledge conference skipped?"        -> the same, for the year between its editions that had none
    "did estonia ever host one of the pledge conferences?" -> "Yes: Estonia hosted Cyber Defence Pledge Conference 2021 ..."

Tried before the main routes on questions that name a series (or a kind of event, for hosting);
each step checks a few words first, so most questions pay for a set intersection.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...reply import Block, ItemRef, Reply
from .. import event_messages
from ..constraints import at_place, missed, nearest
from ..edition_said import AGREED
from ..editions import series_of, skipped_edition
from ..lookup import Lookup
from ..mentions import Mentions, find_kind, find_series, loose_series, series_entries, series_events
from ..phrasing import event_label, sentences, when_text, where_text
from ..parse import parse_year
from ..places import PLACES, places_in
from ..regions import region_countries
from ..normalizing import normalize, word_set
from .events import answer_events_list, event_reply
from .named_event import event_named
from ...patterns import lazy_pattern

_START_WORDS = frozenset("start started starts begin began begun beginning begins origin origins originate originated kick kicked "
                         "launched inaugural inaugurated since long running earliest history".split())
_STARTED = lazy_pattern(r"\b(?:start|started|starts|begin|began|begun|beginning|begins|origins?|originated?|kick(?:ed)? off|launched"
                      r"|inaugurated|since when|how long (?:have|has|had) .*\b(?:been|run|existed)|been (?:running|going|held)|earliest|history)\b")
_HOST_WORDS = frozenset("host hosted hosts co organised organized organise organize".split())
_EVER_HOSTED = lazy_pattern(r"^(?:did|has|have|had|does) (?P<who>.+?) (?:ever |also |once |already )*(?:co )?(?:host|hosted|organi[sz]ed?)"
                          r"(?: any| one| one of| an?| some)?(?: of)?(?: the| its)? (?P<rest>.+)$")


def answer_series_history(lookup: Lookup, question, today: dt.date) -> Reply | None:
    """The reply to a question about a series' history (``question`` as understood), or None for the other routes."""
    text, mentions = question.text, question.mentions
    words = word_set(text)
    if words & _HOST_WORDS and (hosted := _ever_hosted(lookup, text)) is not None:
        return hosted
    series = mentions.series or mentions.loose_series
    if not series:
        return None
    if mentions.year is not None and not mentions.places and not mentions.month and question.focus not in ("speakers", "hosts") \
            and not text.startswith("who") and words.isdisjoint(_SAID_WORDS) and not any(e.when.start.year <= mentions.year <= (e.when.end or e.when.start).year
                                                       for e in series_events(lookup, series)):
        return skipped_edition(lookup, series, [f"in {mentions.year}"], series_events(lookup, series)[:1])
    if words & _GAP_WORDS and mentions.year is None and _GAP.search(text) and (gap := _gap_year(lookup, series)) is not None:
        return gap  # "which year was skipped", "was there a year with no pledge conference": the year between editions
    if words & _DECIDED_WORDS and mentions.year is None and (decided := _decided_at(lookup, series, question.focus)) is not None:
        return decided  # "where was it decided to start the annual conference": the gathering that agreed it, not its first edition
    if words & _START_WORDS and mentions.year is None and not mentions.places and mentions.ordinal in (None, 1) \
            and question.focus not in ("speakers", "hosts") and _STARTED.search(text):
        return _began(lookup, series)
    return None


#: Words asked of what someone said there: the quote routes answer, and say the edition was not held.
_SAID_WORDS = frozenset("say said says quote quotes line lines words remark remarks statement statements".split())
_BOTH_SERIES = lazy_pattern(r"\bpledge\b.*\bor\b.*\b(?:annual|cyber defen[cs]e conf)|\b(?:annual|cyber defen[cs]e conf)\w*\b.*\bor\b.*\bpledge\b")


_ORDER_ASKED = lazy_pattern(r"\b(?:came|come|comes|happened|held|was|were) (?:first|earlier|later|sooner|before|after)\b"
                            r"|\bwhich (?:one )?(?:was )?(?:first|earlier|older|newer|later|more recent)\b")
_VAGUE_KIND = lazy_pattern(r"\b(?:meeting|event|gathering|thing|one)s?\b")


def answer_which_series(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """"was the hague one the pledge conf or the annual cyber defence conf?": the series the event belongs to, and its edition."""
    lowered = text.lower()
    if "pledge" not in lowered or " or " not in lowered:
        return None  # most questions
    full = normalize(text)
    if not _BOTH_SERIES.search(full) or _ORDER_ASKED.search(full):
        return None  # "which came first, the rome pledge conf or the berlin cyber defence conf": the comparison's
    event = event_named(lookup, _VAGUE_KIND.sub(" ", _BOTH_SERIES.sub(" ", full)), today)  # "the london 2024 meeting": which one
    if event is None or not event.series:
        return None
    editions = series_events(lookup, event.series)
    position = next((n for n, e in enumerate(editions, 1) if e is event), 0)
    others = sorted({e.series for e in lookup.knowledge.events.values() if e.series and e.series != event.series and e.kind == event.kind})
    return replace(event_reply(lookup, event), title=event_messages.of_series(event.name, event.series, position, others))


_GAP_WORDS = frozenset("skipped skip missed missing gap break no none without pause paused cancelled canceled postponed".split())
#: A year the series was not held, asked without naming it: "which year was skipped", "a year with no pledge conference".
_GAP = lazy_pattern(r"\b(?:skipped|skip|missed|missing|gap|break|pause|paused|cancell?ed|postponed)\b|\b(?:year|years) (?:with |had |was there |were there )?(?:no|none|without)\b"
                    r"|^when (?:had|was there|were there) no\b|\bno (?:\S+ ){0,3}?(?:conference|edition|meeting)s? (?:in )?(?:which|what|one) year\b")


def _gap_year(lookup: Lookup, series: str) -> Reply | None:
    """The first year between a series' first and last editions with none held, as what became of it; None when none is missing."""
    held = {e.when.start.year for e in series_events(lookup, series)}
    missing = [y for y in range(min(held, default=0), max(held, default=0)) if y not in held]
    return next((r for y in missing if (r := skipped_edition(lookup, series, [f"in {y}"], series_events(lookup, series)[:1])) is not None), None)


_DECIDED_WORDS = frozenset("decided decide decision agreed agree agreement approved approve".split())


def _decided_at(lookup: Lookup, series: str, focus) -> Reply | None:
    """The gathering before the series' first edition whose summary says it agreed to hold the series, if the knowledge has one."""
    editions = series_events(lookup, series)
    if not editions:
        return None
    name, start = normalize(series), editions[0].when.start.first_day()
    for event in lookup.events_by_date:
        if event.when.start.first_day() >= start or series.lower() not in (event.summary or "").lower():
            continue
        said = next((s for s in sentences(event.summary) if name in normalize(s) and AGREED.search(s)), None)
        if said is not None:
            reply = event_reply(lookup, event, focus)
            return replace(reply, title=event_messages.series_agreed(series, event.name, where_text(event), when_text(event.when)),
                           blocks=(Block(said), *reply.blocks), items=(*reply.items, *series_entries(lookup, series)))  # the series decided
    return None


_PLANNED_WORDS = frozenset("supposed meant due scheduled planned set going expected".split())
#: "estonia was supposed to host (the pledge conference) in 2020": a host planned for a year.
_PLANNED = lazy_pattern(r"\b(?P<who>[a-z]+(?: [a-z]+)?) (?:was|were|had been|is) (?:originally |initially |first )?(?:supposed|meant|due|scheduled|planned|set|going|expected) to host\b")


def answer_planned_host(lookup: Lookup, text: str, question) -> Reply | None:
    """A year's edition a place was to host and did not: what became of it (the series it hosted, when none is named).
    ``text`` as typed, whose clause naming the plan may not be the one asked ("tallinn was due to host in 2020, why
    didn't it?"). Tried before the steps that read a year as a period asked."""
    if "host" not in text.lower() or _PLANNED_WORDS.isdisjoint(words := normalize(text).split()):
        return None
    whole = " ".join(words)
    if (match := _PLANNED.search(whole)) is None or not (places := [p for _, p in places_in(match["who"])]):
        return None
    if (year := question.mentions.year or parse_year(whole)) is None:
        return None
    hosted = {e.series for e in lookup.events_by_date if e.series and at_place(e, places[0])}
    series = question.mentions.series or find_series(whole) or (hosted.pop() if len(hosted) == 1 else None)
    held = series and any(e.when.start.year == year for e in series_events(lookup, series))
    return None if not series or held else skipped_edition(lookup, series, [f"in {year}"], series_events(lookup, series)[:1])


def _began(lookup: Lookup, series: str) -> Reply | None:
    """"when did the pledge conferences start": the first edition, where and when, with the series beside it."""
    editions = series_events(lookup, series)
    if not editions:
        return None
    first = editions[0]
    reply = event_reply(lookup, first, "when")
    title = event_messages.series_began(series, first.name, where_text(first), when_text(first.when))
    initiatives = series_of(lookup, series, [first])[:1]
    about = [Block(i.summary, heading=event_messages.THE_SERIES.format(name=i.name)) for i in initiatives]
    items = (*reply.items[:1], *(ItemRef("initiative", i.id) for i in initiatives), *reply.items[1:])  # the series named beside its first edition
    return replace(reply, title=title, blocks=(*reply.blocks, *about), items=items)


def _ever_hosted(lookup: Lookup, text: str) -> Reply | None:
    """"did estonia ever host one of the pledge conferences": the editions held in (or hosted by) that country."""
    match = _EVER_HOSTED.match(text)
    if match is None:
        return None
    places = [p for _, p in places_in(match["who"])]
    series, kind = find_series(match["rest"]) or loose_series(match["rest"]), find_kind(match["rest"])
    region = region_countries(match["who"]) if not places else None  # "has a baltic country ever hosted one"
    if region:
        places = [PLACES[c] for c in region[1]]
    if not (len(places) == 1 or region) or not (series or kind):
        return None
    pool = series_events(lookup, series) if series else [e for e in lookup.events_by_date if e.kind == kind]
    held = [e for e in pool if any(at_place(e, p) for p in places)]
    noun, where = series or kind, event_messages.region_member(region[0], places) if region else places[0].name
    if not held:
        near = nearest(lookup, Mentions(series=series, kind=kind), kind)
        return missed(lookup, noun, [f"in {where}"], near)
    if region:  # the member that hosted: "Estonia (a Baltic country)"
        where = event_messages.region_member(region[0], [p for p in places if any(at_place(e, p) for e in held)])
    if len(held) == 1:
        reply = event_reply(lookup, held[0], "hosts")
        return replace(reply, kind="answer", title=event_messages.hosted_yes(where, [event_label(held[0])]))
    return answer_events_list(lookup, held, event_messages.hosted_yes(where, [event_label(e) for e in held]))
