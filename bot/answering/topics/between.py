"""The event between two others: "where was the one in between berlin and tirana?", "berlin was the 1st and tirana the 3rd ... the one in between?"

    "which cyber defence conference came between berlin and tirana"  -> London 2024
    "so berlin was the 1st and tirana the 3rd - where was the one in between?" -> London 2024 (the two named earlier)
    "any pledge conference between paris and rome?"                 -> London 2019 and Tallinn 2021
    "which edition came between berlin and tirana, and when?"       -> London 2024 (a further "and ..." asks of it)
    "what happened between the 2014 ddos and the warsaw summit"    -> the Wales Summit (every event, of any kind)
    "what did nato decide between wales and vilnius"              -> the events where a decision was made

The two events are those the words after "between" name, or else the places the whole message names (one event
each). The events between them are of their shared series, else of the kind asked or the first one's; asked what
happened (no kind named) between two of no one series, every event between them; none between is said so. A
question without "between" costs a set test; "the difference between X and Y" is a comparison, not this.
"""

from __future__ import annotations

import datetime as dt

from ...knowledge.model import Event
from ...reply import Reply
from .. import terse_messages as say
from ..constraints import at_place
from ..event_index import in_series, in_year, series_key, with_words_of
from ..lookup import Lookup
from ..mentions import find_series, loose_series
from ..places import places_in
from ..search import normalize
from ..understanding import focus_of
from ...patterns import lazy_pattern
from .events import answer_events_list, event_reply, find_event
from .period_events import events_between

_ASKED = lazy_pattern(r"\b(?:(?:the |a |an |any )?(?P<noun>one|ones|conference|conferences|conf|edition|editions|summit|summits|event|events|gathering)"
                      r"(?: that)?(?: (?:came|was|were|held|took place|happened))?|(?:came|held|took place|happened|happen|was there|were there|went on|go on|going on"
                      r"|(?P<decided>decide|decided|agree|agreed))(?: (?:on|about|in|for) cyber(?: defen[cs]e)?)?)"
                      r" (?:in )?between\b(?P<anchors>.*)$")
_AND = lazy_pattern(r"\s+(?:and|&)\s+")
_ENDS = lazy_pattern(r"\s+(?:conferences?|confs?|ones?|editions?|summits?)$")


def answer_between(lookup: Lookup, typed: str, question: str, today: dt.date) -> Reply | None:
    """The events between the two the message names, or None when it asks something else."""
    if "between" not in question.split() or (match := _ASKED.search(question)) is None:
        return None
    anchors = _ENDS.sub("", match["anchors"].strip())
    pair = _named_pair(lookup, _AND.split(anchors)[:2]) if " and " in f" {anchors} " else _places_named(lookup, normalize(typed))
    if pair is None:
        return None
    first, last = sorted(pair, key=lambda e: e.when.start.first_day())
    series = first.series if first.series and series_key(first.series) == series_key(last.series or "") else None
    start, end = first.when.start.first_day(), last.when.start.first_day()
    if series is None and match["noun"] is None or match["decided"]:
        return _anything_between(lookup, first, last, question, decided=bool(match["decided"]))
    series = series or find_series(question) or loose_series(question)
    pool = in_series(lookup.event_index, series) if series else [  # the years between them from the index, not every event
        e for year in range(start.year, end.year + 1) for e in in_year(lookup.event_index, year) if e.kind == first.kind]
    found = [e for e in pool if start < e.when.start.first_day() < end and e.id not in (first.id, last.id)]
    noun = series or first.kind
    if not found:
        return Reply("not_found", say.none_between(noun, first.name, last.name), suggestions=(f"event {first.name}", f"event {last.name}"))
    if len(found) == 1:
        return event_reply(lookup, found[0], focus_of(question))
    return answer_events_list(lookup, found, say.several_between(len(found), noun, first.name, last.name))


def _anything_between(lookup: Lookup, first: Event, last: Event, question: str, *, decided: bool) -> Reply:
    """"what happened between the 2014 ddos and the warsaw summit": every event between two of no one series, when no kind
    is asked; "what did nato decide between ...": those where a decision was made."""
    start, end = first.when.start.first_day(), last.when.start.first_day()
    found = [e for e in events_between(lookup, start, end) if start < e.when.start.first_day() < end]
    if decided:
        found = [e for e in found if lookup.pledges_at(e)]
    noun = "decision" if decided else "event"
    if not found:
        return Reply("not_found", say.none_between(noun, first.name, last.name), suggestions=(f"event {first.name}", f"event {last.name}"))
    if len(found) == 1:
        return event_reply(lookup, found[0], focus_of(question))
    return answer_events_list(lookup, found, say.all_between(len(found), first.name, last.name, decided=decided))


def _named_pair(lookup: Lookup, parts: list[str]) -> tuple[Event, Event] | None:
    events = [find_event(lookup, part) for part in parts]
    if len(events) != 2 or None in events or events[0].id == events[1].id:
        return None
    return events[0], events[1]


def _places_named(lookup: Lookup, message: str) -> tuple[Event, Event] | None:
    """"berlin was the 1st and tirana the 3rd ...": the one event at each of the two places the message names,
    of the series it names if several are there."""
    series = find_series(message) or loose_series(message)
    places = [place for _, place in places_in(message)]
    if len(places) != 2:
        return None
    found = []
    for place in places:
        there = [e for e in with_words_of(lookup.event_index, place.name) if at_place(e, place)]
        if series and len(there) > 1:
            there = [e for e in there if e.series and series_key(e.series) == series_key(series)]
        if len(there) != 1:
            return None
        found.append(there[0])
    return (found[0], found[1]) if found[0].id != found[1].id else None
