"""A follow-up naming the last event's own city: "there", so it points back at that event.

    after "who spoke at the tirana cyber defence conference 2025":
    "and was he actually in tirana"    -> "and was he actually there"
    "did she go to berlin in person"   -> unchanged after a Tirana answer (another city: a question of its own)

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


def as_there(lookup: Lookup, text: str, subject: ItemRef | None) -> str:
    """``text`` with "in <the subject event's city>" read as "there"; else ``text``."""
    if subject is None or subject.type != "event" or not _POINTING.search(text):
        return text
    event = lookup.knowledge.events.get(subject.id)
    if event is None or not event.city:
        return text
    city = normalize(event.city)
    words = normalize(text).split()
    for n in range(len(words) - 1):
        if words[n] in ("in", "at", "to") and " ".join(words[n + 1:n + 1 + len(city.split())]) == city:
            return " ".join([*words[:n], "there", *words[n + 1 + len(city.split()):]])
    return text
