"""A claim about when and where a pledge was agreed or an initiative set up, checked to the day.

    pledge_claim(lookup, pledge, "was adopted on 9 july", False)  -> "No: Cyber Defence Pledge was agreed on 8 July 2016 at ..."
    initiative_claim(lookup, nicc, "was set up in 2023", False)    -> "No: ... dates from 10 July 2024 (NATO Washington Summit 2024)"

The year, month and days claimed are checked as an event's are (``claim_facts.check_event_dates``); another
gathering is named only by its kind or year ("signed by 30 countries" names none), a city by its name.
"""

from __future__ import annotations

from ...knowledge.model import DateSpan, Initiative, Pledge
from ...reply import Reply
from ..lookup import Lookup
from ..mentions import find_kind, find_year
from ..phrasing import where_text
from ..places import locations_in
from ..search import normalize
from .claim_facts import check_event_dates
from .claim_people import Findings
from .claim_subjects import beside_name
from .claimed_event import event_in, held_in
from .initiative_place import based_in, place_claim
from .initiatives import initiative_reply
from .pledges import pledge_reply


def pledge_claim(lookup: Lookup, pledge: Pledge, predicate: str, negated: bool) -> Reply:
    """"the pledge was agreed at the wales summit in 2014": when and where it was agreed."""
    event = lookup.knowledge.events.get(pledge.event) if pledge.event else None
    where = f" at {event.name}" + (f" ({where_text(event)})" if where_text(event) else "") if event else ""
    fact = f"{pledge.name} was agreed {'on' if pledge.date.day else 'in'} {pledge.date}{where}"
    places = locations_in(predicate)  # an event claimed names its kind or year: "signed by 30 countries", "in brussels" name none
    claimed = event_in(lookup, beside_name(predicate, pledge)) if find_year(predicate) or find_kind(predicate) else None
    at_another = claimed is not None and claimed is not event
    elsewhere = bool(places) and not (event and all(held_in(event, p) for p in places))  # "agreed in brussels": not in that city
    if elsewhere and (based := next(filter(None, (based_in(i, places) for i in _set_up_by(lookup, pledge))), None)):
        elsewhere, fact = False, f"{fact}; {based}"  # "nato built a cyber centre in mons in 2024": agreed in washington, based there
    if at_another:
        fact += f", not at {claimed.name}"
    elif elsewhere:
        fact += f", not in {places[0].name}"
    found = Findings()
    check_event_dates(DateSpan(pledge.date), predicate, fact, found)  # "agreed on 9 july": the year, month and day claimed
    if not (claimed or places or found.wrong or found.right):
        return pledge_reply(lookup, pledge)
    found.add(not (at_another or elsewhere), fact)
    return found.lead(pledge_reply(lookup, pledge, headline=fact), negated)


def _set_up_by(lookup: Lookup, pledge: Pledge) -> list[Initiative]:
    """The initiatives a decision names ("Establishment of the NATO Integrated Cyber Defence Centre": the centre)."""
    name = normalize(pledge.name)
    return [i for i in lookup.knowledge.initiatives.values() if normalize(i.name) in name]


def initiative_claim(lookup: Lookup, initiative: Initiative, predicate: str, negated: bool) -> Reply:
    """"the NICC was decided at the Vilnius Summit in 2023": when it was established, and at which of its events."""
    if (based := place_claim(lookup, initiative, predicate)) is not None:
        return based  # "the nicc is based in brussels": where its text says it is, not an event in Brussels
    events = [lookup.knowledge.events[e] for e in initiative.events if e in lookup.knowledge.events]
    founded = initiative.established
    at = next((e for e in events if founded and e.when.start.first_day() <= founded.first_day() <= (e.when.end or e.when.start).last_day()), None)
    claimed = event_in(lookup, predicate)
    reply = initiative_reply(lookup, initiative)
    if founded is None:
        return reply
    fact = f"{initiative.name} dates from {founded}" + (f" ({at.name})" if at else "")
    if claimed is not None and at is not None and claimed is not at:
        fact += f", not {claimed.name}"
    found = Findings()
    check_event_dates(DateSpan(founded), predicate, fact, found)  # "set up in 2023", "... in july 2023"
    if not (claimed or found.wrong or found.right):
        return reply
    found.add(not (claimed is not None and at is not None and claimed is not at), fact)
    return found.lead(reply, negated)
