"""A follow-up asking who of one country or of NATO took part, after an answer about an event.

    after "when was the hague pledge conf?"
    "ok and who from nato spoke"   -> "ok and who from nato spoke at NATO Cyber Defence Pledge Conference 2024"
    "which nato official spoke?"   -> "which nato official spoke at NATO Cyber Defence Pledge Conference 2024"
    "anyone from the uk speak?"    -> "anyone from the uk speak at NATO Cyber Defence Pledge Conference 2024"
    "who was there from romania"   -> "who was at NATO Cyber Defence Pledge Conference 2024 from romania"
    "who spoke for the dutch government?" -> "who spoke for the dutch government at NATO Cyber Defence Pledge Conference 2024"

The party is read as the participants route reads it (``topics.participants.find_party``); once it is taken out,
what is left must only ask who spoke or took part ("ok and who spoke"), naming nothing else: "who from nato
spoke in berlin" names its own event and is left alone. After a quote, the event it was said at is the one asked of
("what did the romanian one say" then "did anyone from nato speak there"). None when the last answer was about neither.
"""

from __future__ import annotations

from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

#: Words that may mean a party at all: a cheap gate before the participants route's pattern is run.
_PARTY_CUES = frozenset("from for representing represented nato alliance official officials minister ministers".split())
#: The words that ask who took part.
_TAKING_PART = frozenset("who whom which spoke speak speaking speakers speaker talked talk represented attended attend came "
                         "opened anyone anybody someone somebody".split())
#: The small words around them, and the nouns a party's people go by ("which nato official spoke").
_AROUND = frozenset("ok okay and so also then wait what the a an any some people person official officials minister ministers "
                    "rep reps representative representatives delegate delegates guy guys exactly again too pls please was were "
                    "is are did do does actually even there government govt side delegation team".split())  # "who spoke for the british government"


def party_asked(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """``text`` asked of the event ``subject`` when it only asks who of a party took part there, else None."""
    if subject.type not in ("event", "quote") or _PARTY_CUES.isdisjoint((question := normalize(text)).split()):
        return None
    if (event := event_talked_of(lookup, subject)) is None:
        return None
    from .topics.participants import find_party  # here: the topics import the follow-up steps

    found = find_party(question)
    if found is None:
        return None
    rest = found[1].split()
    if not rest or _TAKING_PART.isdisjoint(rest) or not (_TAKING_PART | _AROUND).issuperset(rest):
        return None
    if "there" in rest:  # "who was there from germany": "there" is the event
        return f" {question} ".replace(" there ", f" at {event.name} ", 1).strip()
    return f"{question} at {event.name}"


def event_talked_of(lookup: Lookup, subject: ItemRef):
    """The event ``subject`` is, or the one the quote ``subject`` was said at; None when there is none."""
    item = lookup.item(subject)
    if subject.type == "quote":
        return lookup.knowledge.events.get(item.event) if item is not None and item.event else None
    return item
