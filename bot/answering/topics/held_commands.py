"""The ``event`` and ``sources`` commands held to every constraint their argument names, as questions are.

A command's argument names an edition, a place, a year or a series just as a
question does, and the nearest entry is never the answer to one the knowledge
lacks:

    answer_event_named(lookup, "2nd pledge conference", today)   -> London 2019 (the second edition)
    answer_event_named(lookup, "7th pledge conference", today)   -> "I have no seventh Cyber Defence Pledge Conference."
    answer_event_named(lookup, "madrid summit", today)           -> "I have no summit in Madrid." (not Wales)
    answer_event_named(lookup, "pledge conference 2023", today)  -> "I have no Cyber Defence Pledge Conference in 2023."
    answer_sources_named(lookup, "bucharest summit", today)      -> "I have no summit in Bucharest."
"""

from __future__ import annotations

import datetime as dt

from ...reply import Reply
from ..lookup import Lookup
from ..understanding import guard, understand
from .checks import answer_edition
from .events import answer_event
from .general import answer_sources


def answer_event_named(lookup: Lookup, args: str, today: dt.date) -> Reply:
    """``event <query>``: the edition an ordinal names, else the event found, checked against the place, year and series named."""
    if not args.strip():
        return answer_event(lookup, args)  # the usage reply
    question = understand(lookup, args, today)
    if question.mentions.ordinal is not None and (question.mentions.series or question.mentions.loose_series):
        if (edition := answer_edition(lookup, question.mentions, None)) is not None:
            return edition  # "event 2nd pledge conference", "event 4th cyber defence conference": that edition or none
    return guard(lookup, answer_event(lookup, args), question)


def answer_sources_named(lookup: Lookup, args: str, today: dt.date) -> Reply:
    """``sources <entry>``: the sources of the entry named, when it meets the place and year the argument names."""
    reply = answer_sources(lookup, args)
    if not args.strip() or not reply.items or reply.items[0].type != "event":
        return reply
    return guard(lookup, reply, understand(lookup, args, today))
