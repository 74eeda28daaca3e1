"""How long someone held a role the knowledge records without dates: "how long has Ollongren been defence minister?".

The person's card, its title saying the role has no dates in the knowledge ("Kajsa Ollongren:
Minister of Defence of the Netherlands; the knowledge has no dates for this role, so how long
is not known"), never "nothing matches". Must not answer for a role with dates
(``checks.answer_tenure`` does) nor for text naming no one person.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...reply import Reply
from ..lookup import Lookup
from .people import person_reply


def undated_tenure(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The card for "<who> <role>" whose person holds roles without a start date only, else None."""
    words = text.split()
    for cut in range(1, min(len(words), 3) + 1):
        named = lookup.named(" ".join(words[:cut]), on=today)
        if len(named.people) == 1 and not (named.role or named.rest or named.unknown):
            person = named.people[0]
            if person.roles and all(r.start is None for r in person.roles):
                title = f"{person.name}: {person.roles[0].title}; the knowledge has no dates for this role, so how long is not known"
                return replace(person_reply(lookup, person), title=title)
    return None
