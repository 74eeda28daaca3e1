"""The day a person spoke at a gathering, and whether by video or in person: one source for every step that says so.

The day comes from the speaker's quotes there dated to the day, else from the gathering's summary naming a day
right after the speaker ("Geoana (on 17 May)", "Stoltenberg spoke in person on 10 November"). How they took part
is read in a clause of the gathering's text naming them ("Rutte addressed it by video; Rama spoke": Rutte's clause,
not Rama's), or in a note on their quotes there. Reads only the quotes of that one gathering, never all quotes.
"""

from __future__ import annotations

import datetime as dt
import re

from ..knowledge.model import Event, Person
from ..patterns import lazy_pattern
from .lookup import Lookup
from .parse import MONTHS
from .phrasing import sentences
from .search import normalize

#: A day named in an event's summary: "on 10 November", "on Thursday 9 October", "(on 17 May)".
_ON_DAY = lazy_pattern(r"^[^,;.]{0,40}?\bon (?:[A-Z][a-z]+day )?(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)")
_ASCII = str.maketrans("ățșâîşţ", "atsaist")
#: How the knowledge says someone took part from afar, or was there ("a Reuters video carries the spoken words" is neither).
BY_VIDEO = lazy_pattern(r"\b(?:by video|video address|video message|video link|virtually|remotely|online address|was not in)\b")
IN_PERSON = lazy_pattern(r"\b(?:in person|on site|travelled to|traveled to)\b")
_CLAUSE_BREAK = lazy_pattern(r",\s+|;\s+|\s+(?:although|though|but|while|whereas)\s+")


def day_spoken(lookup: Lookup, person: Person, event: Event) -> dt.date | None:
    """The day ``person`` spoke at ``event``, or None when neither their quotes nor the summary date it."""
    dated = {q.said.first_day() for q in lookup.quotes_at(event) if q.speaker == person.id and q.said and q.said.precision == "day"}
    if len(dated) == 1:
        return next(iter(dated))
    summary, surname = event.summary or "", person.name.split()[-1]
    for name in {surname, surname.translate(_ASCII)}:
        at = summary.find(name)
        if at >= 0 and (found := _ON_DAY.match(summary[at + len(name):])) and found["month"].lower() in MONTHS:
            return dt.date(event.when.start.first_day().year, MONTHS[found["month"].lower()], int(found["day"]))
    return None


def how_spoke(lookup: Lookup, person: Person, event: Event) -> str:
    """" by video" or " in person" as the knowledge says ``person`` took part in ``event``, else ""."""
    if said_of(lookup, person, event, BY_VIDEO):
        return " by video"
    return " in person" if said_of(lookup, person, event, IN_PERSON) else ""


def said_of(lookup: Lookup, person: Person, event: Event, pattern: re.Pattern) -> bool:
    """Whether the knowledge says ``pattern`` (by video, in person) of ``person`` at ``event``: in a clause of the
    event's text naming them, or in a note on their quotes there."""
    if any(pattern.search(normalize(q.note or "")) for q in lookup.quotes_at(event) if q.speaker == person.id):
        return True
    surname = normalize(person.name).split()[-1]
    clauses = (c for s in sentences(f"{event.summary or ''} {event.notes or ''}".strip()) for c in _CLAUSE_BREAK.split(s))
    return any(surname in (words := normalize(c)).split() and pattern.search(words) for c in clauses)
