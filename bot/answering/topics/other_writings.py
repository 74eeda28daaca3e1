"""What else someone wrote: the knowledge holds only the articles it cites, so anything beyond them is an honest miss.

    "what else has roxana stanica written"  -> "The knowledge records no other writing by Roxana Stanica" (and names hers)
    "has stanica written anything else"     -> the same
    "what else has baerbock written"         -> "The knowledge records no writing by Annalena Baerbock"

Only questions holding "else" or "other" are read; the people come from the question's names (``Lookup.named``).
"""

from __future__ import annotations

import datetime as dt

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from .general import not_found

_WROTE = r"(?:written|write|wrote|published|publish|authored)"
_ELSE = lazy_pattern(rf"^(?:what (?:else|other (?:articles?|pieces?|things?)) (?:has|have|did|does) (?P<a>.+?) {_WROTE}"
                     rf"|(?:has|did|does) (?P<b>.+?) (?:ever )?{_WROTE} (?:anything|something|much) else"
                     r"|(?:are there |any )?other (?:articles?|pieces?|writings?|work) (?:by|from) (?P<c>\S+(?: \S+){0,2}))\b")  # what follows: the asker's


def answer_other_writings(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The honest miss for "what else has X written" (normalised), or None when it asks no such thing."""
    if ("else" not in question and "other" not in question) or (match := _ELSE.match(question)) is None:
        return None
    people = lookup.named(match["a"] or match["b"] or match["c"], on=today).people
    if len(people) != 1:
        return None
    person = people[0]
    written = [f"“{s.title}” ({s.publisher})" if s.publisher else f"“{s.title}”" for s in lookup.knowledge.sources.values() if s.author == person.name]
    if not written:
        return not_found(f"The knowledge records no writing by {person.name}", suggestions=(f"who {person.name}", "sources"))
    return not_found(f"The knowledge records no other writing by {person.name}", f"Only {'; '.join(written)}.", (f"who {person.name}", "sources"))
