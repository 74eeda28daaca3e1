"""Which day of an event someone spoke on, asked as a choice: "did stoltenberg give his rome keynote on day one or day two?".

    "did rutte speak on the first or the second day in tirana"  -> "Day one: Mark Rutte spoke on 9 October 2025 ..."
    "was geoana's speech on day one or day two of the hague"    -> "Day two: ..."
    "did ollongren speak on day one or day two at the hague"    -> the knowledge does not say which day; the event's days

The day comes from the speaker's quotes dated to the day, else from the event's summary naming a day right
after the speaker ("Geoana (on 17 May)", "Stoltenberg spoke in person on 10 November"). Only a question
naming two days of an event and a person who spoke there is this step's: None otherwise, cheaply.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...knowledge.model import Event, Person
from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..mentions import find_mentions
from ..parse import MONTHS
from ..phrasing import when_text
from ..places import places_in
from ..search import normalize
from .events import event_reply
from .general import not_found

_ORDINALS = {"first": 1, "1st": 1, "one": 1, "1": 1, "opening": 1, "second": 2, "2nd": 2, "two": 2, "2": 2,
             "third": 3, "3rd": 3, "three": 3, "3": 3, "last": -1, "final": -1, "closing": -1}
_DAY_NAMES = {1: "Day one", 2: "Day two", 3: "Day three"}
_ORDINAL = r"(?:first|1st|second|2nd|third|3rd|opening|last|final|closing)"
#: "day one", "day 2", "the first day", "the first or the second day" (the first ordinal borrows the second's "day").
_DAY = lazy_pattern(rf"\bday (?P<number>one|two|three|[123])\b|\b(?P<ordinal>{_ORDINAL})(?= day\b| or (?:the |on the )?{_ORDINAL} day\b)")
#: A day named in an event's summary: "on 10 November", "on Thursday 9 October", "(on 17 May)".
_ON_DAY = lazy_pattern(r"^[^,;.]{0,40}?\bon (?:[A-Z][a-z]+day )?(?P<day>\d{1,2}) (?P<month>[A-Z][a-z]+)")


def answer_speech_day(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The day of its event a person spoke on, against the days the question offers; None when not asked so."""
    words = question.split()
    if "day" not in words or "or" not in words:  # most questions: not a choice of days
        return None
    asked = [_ORDINALS[m["number"] or m["ordinal"]] for m in _DAY.finditer(question)]
    named = lookup.named(question, on=today)
    if len(asked) < 2 or not named.people:
        return None
    if (event := _event_spoken_at(lookup, named.people[0], question, today)) is None:
        if named_places := places_in(question):  # "did stoltenberg speak on day one or day two in oslo"
            return not_found(f"The knowledge records no event in {named_places[0][1].name} where {named.people[0].name} spoke",
                             suggestions=(f"who {named.people[0].name}",))
        return None
    person, days = named.people[0], event.when.days()
    if len(days) == 1:  # "the opening or the closing day" of a one-day event
        return replace(event_reply(lookup, event, "when"), title=f"{event.name} is recorded on one day, {when_text(event.when)}: "
                                                                   f"{person.name} spoke then")
    if not days:
        return None
    asked = [len(days) if n == -1 else n for n in asked]
    spoke = _day_spoken(lookup, person, event)
    reply = event_reply(lookup, event, "when")
    ran = f"{event.name} ran {when_text(event.when)}"
    if spoke is None or spoke not in days:
        return replace(reply, title=f"The knowledge does not say on which day {person.name} spoke: {ran}")
    number = days.index(spoke) + 1
    said = f"{person.name} spoke on {spoke.day} {spoke:%B %Y}, day {number} ({ran})"
    if number not in asked:
        return replace(reply, title=f"Neither: {said}")
    return replace(reply, title=f"{_DAY_NAMES.get(number, f'Day {number}')}: {said}")


def _event_spoken_at(lookup: Lookup, person: Person, question: str, today: dt.date) -> Event | None:
    """The one event ``person`` spoke at that the question's place or year names (a span of days first)."""
    words = set(question.split())
    events = [e for e in lookup.events_with(person) if e.kind != "publication" and person.id in e.speakers]
    at = [e for e in events if _named_place(e.city, words) or _named_place(e.country, words)]
    if at or places_in(question):  # "in oslo": no event of theirs there, so none
        events = at
    if (year := find_mentions(lookup, question, today).year) is not None:
        events = [e for e in events if e.when.start.year == year]
    if len(events) > 1:
        events = [e for e in events if len(e.when.days()) > 1]  # "on day one or day two": an event of several days
    return events[0] if len(events) == 1 else None


def _named_place(place: str | None, words: set[str]) -> bool:
    named = set(normalize(place or "").split()) - {"the"}
    return bool(named) and named <= words


def _day_spoken(lookup: Lookup, person: Person, event: Event) -> dt.date | None:
    """The day ``person`` spoke at ``event``: from their quotes dated to the day, else from the summary."""
    dated = {q.said.first_day() for q in lookup.quotes_at(event) if q.speaker == person.id and q.said and q.said.precision == "day"}
    if len(dated) == 1:
        return next(iter(dated))
    summary, surname = event.summary or "", person.name.split()[-1]
    for name in {surname, surname.replace("ă", "a").replace("ț", "t").replace("ș", "s").replace("â", "a").replace("î", "i")}:
        at = summary.find(name)
        if at >= 0 and (found := _ON_DAY.match(summary[at + len(name):])) and found["month"].lower() in MONTHS:
            return dt.date(event.when.start.first_day().year, MONTHS[found["month"].lower()], int(found["day"]))
    return None
