"""Claims put in the negative — "X never did Y" — checked as "X did Y", the yes and the no swapped:

    "stoltenberg never wrote anything about cyber"        -> "No: Jens Stoltenberg wrote <the 2016 op-ed> ..."
    "nato never held any cyber conference before berlin"  -> "No: NATO held 4 conferences before <Berlin>: ..."
    "rutte never spoke at tirana"                          -> "No: Mark Rutte spoke by video at ..." (the plain claim's check, turned)

Where the knowledge does not settle the positive claim, the facts answer alone (``claim_checks``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Callable

from ...knowledge.model import Event
from ...reply import Reply
from ..check_messages import claim_wrong, no_earlier, nothing_written
from ..lookup import Lookup
from ..phrasing import event_label, when_text
from ..search import tokens
from .events import event_reply
from ...patterns import lazy_pattern

_NEVER = lazy_pattern(r"\b(?:never|not once|at no point) (?:ever )?")
_WROTE = lazy_pattern(r"^(?P<who>.+?) (?:has |had )?(?:wrote|written|published|authored|penned|put out)\b")
#: "nato held any cyber conference before berlin": earlier events of that kind.
_BEFORE = lazy_pattern(r"\b(?:held|had|organi[sz]ed|hosted|ran|did|run|convened) (?:any|a|an|one)?\s*(?P<what>(?:\S+ ){0,4}?)(?P<kind>conference|summit|exercise|event|meeting)s?"
                     r"\b.*?\b(?:before|prior to|until|earlier than) (?:the )?(?P<event>.+)$")
_KINDS = {"event": None, "conference": "conference", "summit": "summit", "exercise": "exercise", "meeting": "meeting"}
_SWAPPED = {"Yes: ": "No: ", "No: ": "Yes: "}
_NOT_HELD = frozenset(("incident", "publication", "announcement"))  # "any event nato held": not an attack on it, nor an op-ed
_SHOWN = 4  # earlier events named in the answer


def answer_negated(lookup: Lookup, claim: str, today: dt.date, check: Callable[[str], Reply | None]) -> Reply | None:
    """The reply to a negated claim (normalised, without "is it true that"), or None when it is none; ``check``
    checks the positive claim."""
    if "never" not in claim.split() and "not once" not in claim and "at no point" not in claim:
        return None
    positive = _NEVER.sub("", claim, count=1)
    if (wrote := _WROTE.match(positive)) and (reply := _written_by(lookup, wrote["who"], today)):
        return reply
    if " before " in positive or " prior " in positive or " until " in positive or " earlier " in positive:
        if (before := _BEFORE.search(positive)) and (reply := _held_before(lookup, _KINDS[before["kind"]], before["event"])):
            return reply
    reply = check(positive)
    if reply is None or not reply.title.startswith(tuple(_SWAPPED)):
        return reply
    opening = next(o for o in _SWAPPED if reply.title.startswith(o))
    return replace(reply, title=_SWAPPED[opening] + reply.title[len(opening):])


def _written_by(lookup: Lookup, who: str, today: dt.date) -> Reply | None:
    named = lookup.named(who, on=today)
    if not named.people:
        return None
    person = named.people[0]
    pieces = [e for e in lookup.events_with(person) if e.kind == "publication" and person.id in e.speakers]
    if not pieces:  # "geoana never published anything": the knowledge cannot say so either way
        return Reply(title=nothing_written(person.name), kind="not_found")
    listed = "; ".join(f"{e.name} ({when_text(e.when)})" for e in pieces)
    return replace(event_reply(lookup, pieces[0]), title=claim_wrong(f"{person.name} wrote {listed}"), kind="answer")


def _held_before(lookup: Lookup, kind: str | None, named: str) -> Reply | None:
    if named.isdigit() and len(named) == 4:  # "before 2018"
        event, start, label = None, dt.date(int(named), 1, 1), named
    else:
        event = lookup.best(named, ("event",)) if tokens(named) else None
        if not isinstance(event, Event) or (start := event.when.start.first_day()) is None:
            return None
        label = event_label(event)
    earlier = [e for e in lookup.events_by_date if (e.kind == kind if kind else e.kind not in _NOT_HELD) and e is not event  # sorted at load
               and (day := e.when.start.first_day()) is not None and day < start]
    if not earlier:
        title = no_earlier(kind or "event", label)
        return replace(event_reply(lookup, event), title=title) if event else Reply(title=title, kind="answer")
    shown = ", ".join(event_label(e) for e in earlier[:_SHOWN]) + (f" and {len(earlier) - _SHOWN} more" if len(earlier) > _SHOWN else "")
    things = f"{kind or 'event'}{'s' if len(earlier) > 1 else ''}"
    title = claim_wrong(f"the knowledge holds {len(earlier)} {things} before {label}: {shown}")
    return replace(event_reply(lookup, earlier[0]), title=title, kind="answer")
