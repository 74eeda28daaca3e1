"""Which day of a gathering someone spoke on, however it is asked: one step, one source of the day.

    "did rutte speak on the first or the second day in tirana"   -> "Day one: Mark Rutte spoke by video on 9 October 2025 ..."
    "did geoana speak on day two of the hague conference"        -> "Yes: Mircea Geoană spoke on 17 May 2024, day 2 ..."
    "did stoltenberg talk on both days in rome or only one"      -> "Only one day is recorded: ... 10 November 2022 ..."
    "which of the two days did odobescu speak at the hague"      -> the knowledge does not say which day; the event's days
    "did baerbock speak on both days in oslo"                    -> no event in Oslo where she spoke (never Berlin instead)

The day is ``day_spoken``'s (the speaker's dated quotes, else the summary). Only a question naming a person and
asking about the days of a gathering is this step's: None otherwise, after a word-set check.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...knowledge.model import Event, Person
from ...patterns import lazy_pattern
from ...reply import Reply
from ..constraints import unmet
from ..day_spoken import day_spoken, how_spoke
from ..lookup import Lookup
from ..mentions import find_mentions
from ..phrasing import when_text
from ..shorthand import spell_out_shorthand
from ..search import normalize
from .events import event_reply
from .general import not_found

_NUMBERS = {"first": 1, "1st": 1, "one": 1, "1": 1, "opening": 1, "second": 2, "2nd": 2, "two": 2, "2": 2,
            "third": 3, "3rd": 3, "three": 3, "3": 3, "last": -1, "final": -1, "closing": -1}
_DAY_NAMES = {1: "Day one", 2: "Day two", 3: "Day three"}
_ORDINAL = r"(?:first|1st|second|2nd|third|3rd|opening|last|final|closing)"
_NUMBER = r"(?:one|two|three|[123])"
#: The days a question offers: "day one", "day 1 or 2", "the first day", "the first or the second day",
#: "the first day or the second" (an ordinal after "or" borrows the other's "day").
_OFFERED = lazy_pattern(rf"\bday (?P<number>{_NUMBER})\b(?: or (?:day )?(?P<other>{_NUMBER})\b)?"
                        rf"|\b(?P<ordinal>{_ORDINAL})(?= day\b| or (?:on )?(?:the )?{_ORDINAL} day\b)"
                        rf"|(?<=\bor )(?:on )?(?:the )?(?P<after>{_ORDINAL})\b(?! (?:annual|nato|cyber|pledge|conference|summit|edition)\b)")
#: Every day of it: "both days", "all three days", "each of the two days", "every day of the conference".
_EVERY = lazy_pattern(r"\b(?:both|all|each of the|all of the|every one of the|the two|the three|the whole|all three|both of the)"
                      r"(?: (?:two|three))? days\b|\b(?:every|each) day of\b")
#: Which day, asked: "which of the two days", "on which day of the hague conference", "what day exactly".
_WHICH = lazy_pattern(r"\b(?:which|what) (?:one )?(?:of the (?:two |three )?days|(?:exact |precise |specific |particular )?day)\b")
#: The words that make a question about a day one about speaking or being there.
_SPOKE = frozenset("speak spoke speaking talk talked address addressed speech keynote remarks video appear appeared attend "
                   "attended there present give gave deliver delivered".split())


def answer_spoke_day(lookup: Lookup, text: str, question: str, today: dt.date) -> Reply | None:
    """The day of its gathering a person spoke on, against the day(s) ``question`` (``text`` normalised) asks about;
    else None. "which day did X speak" is read in ``text``: normalising made it "when did X speak"."""
    if "day" not in text.lower():  # most questions: no day of a gathering asked
        return None
    typed = spell_out_shorthand(normalize(text))  # "the sg": the secretary general
    offered = _offered(question) or _offered(typed)  # "when did X give his rome speech, day 1 or day 2?": a tail the question lost
    which_typed = not _WHICH.search(question) and _WHICH.search(typed) is not None  # "which day did" made "when did"
    which = len(offered) < 2 and (which_typed or _WHICH.search(question) is not None)  # "which of the two days": not every one
    every = not which and len(offered) < 2 and _EVERY.search(question) is not None  # "both days, or only the first?"
    read = typed if which_typed else question  # the places and years named are read where the day was asked
    if not (offered or every or which) or (not offered and set(read.split()).isdisjoint(_SPOKE)):
        return None
    named = lookup.named(read, on=today)
    if not named.people:
        return None
    person, event, failed = _event_spoken_at(lookup, named, read, today)
    if failed:  # "did stoltenberg speak on both days in oslo": no such event of theirs, and no other one instead
        who = person.name if person else f"the {named.role}"
        return not_found(f"The knowledge records no event {' '.join(failed)} where {who} spoke", suggestions=(f"who {who}",))
    if event is None or person is None or not (days := event.when.days()):
        return None
    reply = event_reply(lookup, event, "when")
    if len(days) == 1:  # "the opening or the closing day", "both days" of a one-day gathering
        return replace(reply, title=f"{event.name} is recorded on one day, {when_text(event.when)}: {person.name} spoke then")
    ran = f"{event.name} ran {when_text(event.when)}"
    spoke = day_spoken(lookup, person, event)
    if spoke is None or spoke not in days:
        return replace(reply, title=f"The knowledge does not say on which day{'s' if every else ''} {person.name} spoke: {ran}")
    number = days.index(spoke) + 1
    said = f"{person.name} spoke{how_spoke(lookup, person, event)} on {spoke.day} {spoke:%B %Y}, day {number} ({ran})"
    if every:
        return replace(reply, title=f"Only one day is recorded: {said}")
    if which:
        return replace(reply, title=f"{_DAY_NAMES.get(number, f'Day {number}')}: {said}")
    asked = [len(days) if n == -1 else n for n in offered]
    if len(asked) == 1:  # "did geoana speak on day two": yes or no
        return replace(reply, title=f"{'Yes' if number in asked else 'No'}: {said}")
    if number not in asked:
        return replace(reply, title=f"Neither: {said}")
    return replace(reply, title=f"{_DAY_NAMES.get(number, f'Day {number}')}: {said}")


def _offered(question: str) -> list[int]:
    """The days ``question`` offers as numbers (-1 for the last), in the order asked."""
    offered = []
    for match in _OFFERED.finditer(question):
        offered += [_NUMBERS[n] for n in (match["number"], match["other"], match["ordinal"], match["after"]) if n]
    return offered


def _event_spoken_at(lookup: Lookup, named, question: str, today: dt.date) -> tuple[Person | None, Event | None, list[str]]:
    """The one gathering the person ``named`` spoke at that the question names (by place, year, month or series), with
    that person (a role: its holder on that gathering's day, "the sg in rome" is Stoltenberg); and the constraints no
    gathering of theirs meets ("in Oslo") when none is left."""
    if named.role:
        pairs = [(p, e) for p, n in lookup.role_holders(named.role) for e in lookup.events_with(p) if p.roles[n].held_on(e.when.start.first_day())]
    else:
        pairs = [(named.people[0], e) for e in lookup.events_with(named.people[0])]
    pairs = [(p, e) for p, e in pairs if e.kind != "publication" and p.id in e.speakers]
    mentions = find_mentions(lookup, question, today)
    one = named.people[0] if not named.role else None
    if mentions.places or mentions.year is not None or mentions.month is not None or mentions.series:
        meeting = [(p, e) for p, e in pairs if not unmet(e, mentions)]
        if not meeting:
            failed = [f"in {p.name}" for p in mentions.places] + ([f"in {mentions.year}"] if mentions.year is not None else [])
            return one, None, failed or ["of that description"]
        pairs = meeting
    if len(pairs) > 1 and mentions.loose_series:  # "the first annual conference": that series' gatherings
        pairs = [(p, e) for p, e in pairs if e.series == mentions.loose_series] or pairs
    if len(pairs) > 1:
        pairs = [(p, e) for p, e in pairs if len(e.when.days()) > 1]  # days asked apart: a gathering of several days
    return (*pairs[0], []) if len(pairs) == 1 else (one, None, [])
