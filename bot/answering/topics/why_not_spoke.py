""""Why didn't <someone> speak at <gathering>?": who that was then, and whether they did speak there.

The question assumes an absence. For a role ("the nato chief", "the secretary general") the holder is the one on the
gathering's day; the reply leads with that person and says what the knowledge records:

    "dutch pm rutte sent a video to tirana - why didnt the nato chief speak instead?"
        -> "Mark Rutte was NATO Secretary General at NATO Cyber Defence Conference 2025 and did speak there, by video"
    "why didn't the dutch defence minister speak in london in 2024?"
        -> "Kajsa Ollongren, Minister of Defence of the Netherlands on 25 November 2024, is not recorded among the speakers …"

The gathering is the one event the whole message names (a clause before the question may name it). Tried only when
the question asks "why" with a "not" and a word of speaking; an unknown person or no one gathering: None.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from ..constraints import could_meet, unmet
from ..day_spoken import BY_VIDEO, said_of
from ..lookup import Lookup
from ..mentions import find_mentions
from ..phrasing import item_refs, join_words, role_on, when_text
from ..search import normalize
from .people import person_reply

_WHY_NOT = lazy_pattern(r"\bwhy (?:did not|didn t|didnt|was not|wasn t) (?P<who>.+?) (?:speak|talk|attend|come|show up|turn up|address|give a speech|appear)\b")
_CUES = ("why", "not")


def answer_why_not_spoke(lookup: Lookup, text: str, question: str, today: dt.date) -> Reply | None:
    """The person a "why didn't X speak at E" asks about, on E's day, and whether they spoke there; or None."""
    if not all(cue in question for cue in _CUES) or not (asked := _WHY_NOT.search(question)):
        return None
    whole = normalize(text)
    mentions = find_mentions(lookup, whole, today)
    events = [e for e in could_meet(lookup, mentions) if not unmet(e, mentions) and e.speakers] if mentions.places or mentions.year else []
    if len(events) != 1:
        return None
    event = events[0]
    day = event.when.start.first_day()
    named = lookup.named(asked["who"], on=day)
    if len(named.people) != 1 or named.rest:
        return None
    person = named.people[0]
    role = role_on(person, day) or named.role or ""
    people = lookup.knowledge.people
    if person.id in event.speakers:
        video = ", by video" if said_of(lookup, person, event, BY_VIDEO) else ""
        title = f"{person.name} was {role} at {event.name} ({when_text(event.when)}) and did speak there{video}"
    else:
        speakers = join_words(people[p].name for p in event.speakers if p in people)
        title = f"{person.name}, {role} on {when_text(event.when)}, is not recorded among the speakers at {event.name}: the speakers were {speakers}"
    reply = person_reply(lookup, person)
    return replace(reply, title=title, kind="answer", items=tuple(dict.fromkeys((*reply.items[:1], *item_refs([event]), *reply.items[1:]))))
