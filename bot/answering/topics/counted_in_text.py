"""A count an entry's own text gives: "how many took part in cyber coalition 2016" -> "more than 700 participants";
"how many content creators did stoltenberg meet for protect the future" -> "met 10 young content creators".

The knowledge records no headcount as a field, but an entry's text may say
one ("The ninth edition (2016) took place in Estonia with more than 700
participants."). The sentence holding a number and a word of what is
counted answers, with its entry; a year asked must stand in it.
"""

from __future__ import annotations

from dataclasses import replace

from ..constraints import YEARS
from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import sentences
from .events import event_reply
from .initiatives import initiative_reply

#: What a count of people at a gathering is asked with, and the words its text would use.
_TAKING_PART = frozenset("took take part participated participate participants attended attend attendees joined delegates people".split())
_SAID_OF_PEOPLE = lazy_pattern(r"\b(?:participants|attendees|delegates|people|experts|countries|nations|allies|teams|took part|attended)\b")
_NUMBER = lazy_pattern(r"\b\d[\d,]*\b")
_COUNTING = frozenset("how many much took take part participated participate participants attended attend attendees joined delegates people "
                      "in at of the were was did there number".split())


def count_in_text(lookup: Lookup, rest: str) -> Reply | None:
    """The reply to "how many <rest>" from the sentence of an entry's text giving that count, or None."""
    words = set(rest.split())
    if words.isdisjoint(_TAKING_PART):
        return None
    named = " ".join(w for w in rest.split() if w not in _COUNTING)
    item = lookup.best(named, ("event", "initiative"), min_coverage=0.75) if named else None
    if item is None:
        return None
    years = set(YEARS.findall(rest))
    said = [s for text in (item.summary, getattr(item, "notes", None)) for s in sentences(text)
            if _SAID_OF_PEOPLE.search(s.lower()) and any(not YEARS.fullmatch(n) for n in _NUMBER.findall(s)) and years <= set(YEARS.findall(s))]
    if not said:
        return None
    reply = event_reply(lookup, item) if hasattr(item, "when") else initiative_reply(lookup, item)
    return replace(reply, title=f"{item.name}: {said[0]}")


#: Who a person met or spoke to, counted in the text of an event of theirs: "how many content creators did stoltenberg meet".
MET_NOUNS = frozenset("creators influencers students participants delegates attendees people guests".split())


def count_met_by(lookup: Lookup, person, rest: str) -> Reply | None:
    """The sentence of one of ``person``'s events counting the people ``rest`` asks of (a year asked must stand in it), or None."""
    nouns, years = set(rest.split()) & MET_NOUNS, set(YEARS.findall(rest))
    if not nouns:
        return None
    for event in lookup.events_with(person):
        said = [s for s in sentences(event.summary) if _NUMBER.search(s) and not nouns.isdisjoint(s.lower().split()) and years <= {str(event.when.start.year)} | set(YEARS.findall(s))]
        if said:
            return replace(event_reply(lookup, event), title=f"{event.name}: {said[0]}")
    return None
