"""A follow-up naming one of the people the last answer listed by their country: "what did the romanian one say?".

    after "Speakers at The Hague 2024: Kajsa Ollongren, Luminița Odobescu, Mircea Geoană and Ernest Noorman"
    "what did the romanian one say?"     -> "what did Luminița Odobescu say?"
    "and the dutch minister, who is she" -> "and Kajsa Ollongren, who is she"
    "the nato guy - what was his role"   -> "Mircea Geoană - what was his role"

The country (or NATO) is read as the participants route reads it; the person is the one of them whose role,
held at the event the conversation is about, is that country's. None when no one or several fit.
"""

from __future__ import annotations

import datetime as dt

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

_ONE = lazy_pattern(r"\bthe (?P<who>[a-z]+(?: [a-z]+)?) (?P<noun>one|guy|woman|man|lady|minister|speaker|official|representative|delegate)\b")


def one_of_them(lookup: Lookup, text: str, subject: ItemRef, people: tuple[ItemRef, ...], today: dt.date) -> str | None:
    """``text`` with "the <country> one" replaced by the one of ``people`` who stood for that country, or None."""
    if len(people) < 2 or (match := _ONE.search(question := normalize(text))) is None:
        return None
    from .topics.participants import find_party, role_then  # here: the topics import the follow-up steps

    found = find_party(f"the {match['who']} official")
    if found is None:
        return None
    party = found[0]
    event = lookup.item(subject) if subject.type == "event" else None
    day = event.when.start.first_day() if event is not None else today
    fits = [person for ref in people if (person := lookup.item(ref)) is not None and party.holds(role_then(person, day))]
    if len(fits) != 1:
        return None
    return f"{question[:match.start()]}{fits[0].name}{question[match.end():]}"
