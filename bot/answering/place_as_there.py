"""A follow-up naming the last event's own city: "there", so it points back at that event.

    after "who spoke at the tirana cyber defence conference 2025":
    "and was he actually in tirana"    -> "and was he actually there"
    "did she go to berlin in person"   -> unchanged after a Tirana answer (another city: a question of its own)
    after "what do you have on the hague"
    "can i quote ollongren from that one?" -> "can i quote ollongren there?" (the gathering, though she is named)

Answered alone, "was he in tirana" names a place and no one; read as "there", "he" is the speaker the last
answer named and "there" its event. Only a city (or a city's country) of the subject event, after "in", "at"
or "to", and only in a message with "he", "she" or "they" pointing back. Pure.
"""

from __future__ import annotations

from ..reply import ItemRef
from ..patterns import lazy_pattern
from .lookup import Lookup
from .search import normalize

_POINTING = lazy_pattern(r"\b(?:he|she|they|him|her|them)\b", 2)
_THING_POINTED = lazy_pattern(r"\b(?:this|that|it)\b", 2)
#: The last gathering as where something was said or done: "quote ollongren from that one", "was geoana at this one".
_AT_THAT_ONE = lazy_pattern(r"\b(?:from|at|in|during) (?:that|this|the same) one\b", 2)


def as_there(lookup: Lookup, text: str, subject: ItemRef | None) -> str:
    """``text`` with "in <the subject event's city or country>" read as "there"; else ``text``. A quote's event is
    the place it was said: "was he actually there in albania", after Rutte's Tirana line."""
    if subject is not None and subject.type == "event" and " one" in text and (one := _AT_THAT_ONE.search(text)):
        return f"{text[:one.start()]}there{text[one.end():]}"  # "can i quote ollongren from that one": there, she named
    if subject is None or subject.type not in ("event", "quote") or not _POINTING.search(text):
        return text
    if subject.type == "quote":
        if _THING_POINTED.search(text):  # "was he in tirana when he said this": the quote stays what "this" points at
            return text
        quote = lookup.knowledge.quotes.get(subject.id)
        subject = ItemRef("event", quote.event) if quote is not None and quote.event else None
    event = lookup.knowledge.events.get(subject.id) if subject is not None else None
    if event is None or not event.city:
        return text
    words = normalize(text).split()
    for place in filter(None, (normalize(event.city), normalize(event.country or ""))):
        size = len(place.split())
        for n in range(len(words) - 1):
            at = n + 2 if words[n + 1] == "the" else n + 1  # "in the netherlands"
            if words[n] in ("in", "at", "to") and " ".join(words[at:at + size]) == place:
                there = n - 1 if n and words[n - 1] == "there" else n  # "there in albania": there
                return " ".join([*words[:there], "there", *words[at + size:]])
    return text
