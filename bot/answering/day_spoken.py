"""The day a person spoke at a gathering, and whether they spoke there by video: one source for every step that says so.

The day comes from the speaker's quotes there dated to the day, else from the gathering's summary naming a day
right after the speaker ("Geoana (on 17 May)", "Stoltenberg spoke in person on 10 November"). Reads only the
quotes of that one gathering, never all quotes.
"""

from __future__ import annotations

import datetime as dt

from ..knowledge.model import Event, Person
from ..patterns import lazy_pattern
from .lookup import Lookup
from .parse import MONTHS

#: A day named in an event's summary: "on 10 November", "on Thursday 9 October", "(on 17 May)".
_ON_DAY = lazy_pattern(r"^[^,;.]{0,40}?\bon (?:[A-Z][a-z]+day )?(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)")
_ASCII = str.maketrans("ățșâîşţ", "atsaist")


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


def by_video(lookup: Lookup, person: Person, event: Event) -> str:
    """" by video" when the person's quotes at ``event`` say it was a video address (they were not at the place), else ""."""
    theirs = (q for q in lookup.quotes_at(event) if q.speaker == person.id)
    return " by video" if any("video address" in (q.note or "").lower() for q in theirs) else ""
