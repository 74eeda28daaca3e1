"""A follow-up asking about a role "then": at the time of the event the conversation last talked about.

    after "who wrote the 2016 op-ed 'time to raise our game'" (the op-ed by Jens Stoltenberg)
    "was he already sg back then?"  -> "was Jens Stoltenberg already sg at the time of Stoltenberg op-ed ..."
    after "when was the hague pledge conf"
    "who was sg by then"            -> "who was sg at the time of NATO Cyber Defence Pledge Conference 2024"
    "was rutte still pm then?"      -> "was rutte still pm at the time of NATO Cyber Defence Pledge Conference 2024"
    "thank you. and who was sg at that time?" -> the same, the thanks before it dropped
    after "who said 'no one stands alone in nato'?"
    "how long had he been sg at that point" -> "how long had Mark Rutte been sg at the time of NATO Cyber Defence Conference 2025"

    after "what is the cyber defence pledge"
    "who was nato boss that time?"  -> "who was nato boss at the time of NATO Warsaw Summit 2016"

Only a yes-or-no or who/what question ending on its "then" is read so ("and then?" and
"what happened then" ask something else); a quote's "then" is the event it was said at, a pledge's the gathering that agreed it,
an initiative's the gathering of its related ones held on the day it was established (none: not read so).
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

#: "was he already sg back then", "who was sg at that time", "was she still minister by then"
_THEN = lazy_pattern(r"^(?P<asked>(?:(?:and|so|ok|okay|wait|hmm|thanks|thank you|many thanks|cheers|great|perfect|right|understood|noted)\s+)*(?:was|were|is|did|had|who|what|which|how long|how many (?:years|months|days))\b.*?)\s+"
                     r"(?:back then|then|by then|(?:at|in|on|during) that time|that time|at the time|at that point|by that time|at that stage)$")  # "that time": a learner's


def at_that_time(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """``text`` with its closing "then" read as the time of the event ``subject`` is (or a quote was said at), else None."""
    if "then" not in text and "time" not in text and "point" not in text and "stage" not in text:
        return None
    if (match := _THEN.match(normalize(text))) is None or (event := _event_of(lookup, subject)) is None:
        return None
    return f"{match['asked']} at the time of {event.name}"


def _event_of(lookup: Lookup, subject: ItemRef):
    item = lookup.item(subject)
    if subject.type in ("quote", "pledge") and item is not None and getattr(item, "event", None):
        return lookup.knowledge.events.get(item.event)  # a pledge's time is the gathering that agreed it: the Warsaw summit
    if subject.type == "initiative" and item is not None and item.established is not None and item.established.day:
        founded = item.established.as_date()  # the NICC's time: the summit that set it up, the day it was established
        return next((event for event in map(lookup.knowledge.events.get, item.events) if event is not None and event.when.contains(founded)), None)
    return item if subject.type == "event" else None
