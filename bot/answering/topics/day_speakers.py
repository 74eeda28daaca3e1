"""Who spoke on a day: "2024-05-17: did a senior nato official give a speech that day?", "who spoke on 16 may 2024?".

    -> "On 17 May 2024, NATO Cyber Defence Pledge Conference 2024 (16–17 May 2024) was under way; the knowledge
        records these speakers there: ..." with the event's card and its speakers

The knowledge records who spoke at an event, not on which of its days, so the reply says so
rather than putting anyone on the day. None when no event was under way that day (the day's
own answer then says what happened), or for any other question.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from ..claim_messages import speakers_that_day
from ..lookup import Lookup
from ..parse import parse_date
from ..phrasing import when_text
from .events import event_reply, happening_on
from ..normalizing import word_set

_DIGIT = lazy_pattern(r"\d")  # a quicker test than any(c.isdigit() for c in text)
#: Words asking who spoke (most questions hold none of them and a digit).
SPEECH_WORDS = frozenset("spoke speak speaks speech speeches speaker speakers address addressed remarks keynote talk talked".split())


def answer_day_speakers(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The speakers of the one event under way on the day ``question`` names; None otherwise."""
    if SPEECH_WORDS.isdisjoint(word_set(question)) or not _DIGIT.search(question):
        return None
    day = parse_date(question, today=today)
    events = [e for e in happening_on(lookup, day) if e.speakers] if day is not None else []
    if len(events) != 1:
        return None
    event = events[0]
    reply = event_reply(lookup, event, "speakers")
    names = ", ".join(lookup.knowledge.people[p].name for p in event.speakers if p in lookup.knowledge.people)
    days = None if event.when.end is None else when_text(event.when)
    return replace(reply, title=speakers_that_day(day, event.name, days, names))
