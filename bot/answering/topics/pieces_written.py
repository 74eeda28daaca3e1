"""Whether someone wrote a piece: "did rutte write an article?" -> the knowledge records nothing he wrote (his spoken
words are what it holds); "did stoltenberg write an op-ed?" is left to the routes, which find his 2016 op-ed.

A piece written is a publication among the events the person is a speaker of. Only asked as "did/has <person> write
(a|an|any) <piece>"; someone the knowledge has never heard of ("did macron write an article") is said to be unknown,
never answered with another's op-ed. Pure.
"""

from __future__ import annotations

import datetime as dt

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import item_refs, source_refs
from ..shorthand import PIECES
from .general import not_found

_WROTE = lazy_pattern(r"^(?:did|has|have|had) (?P<who>.+?) (?:ever )?(?:write|written|pen|penned|author|authored|publish|published) "
                      rf"(?:an?|any|the) {PIECES}s?\b")


def answer_piece_written(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The honest miss for a piece asked of someone who wrote none the knowledge records; None otherwise."""
    if ("write" not in question and "wr" not in question and "pen" not in question) or (asked := _WROTE.match(question)) is None:
        return None
    named = lookup.named(asked["who"], on=today)
    if not named.people and named.unknown and not any(map(lookup.index.expand, asked["who"].split())):
        return not_found(f"There is nobody called “{asked['who']}” in the knowledge, and no piece by them", suggestions=("who", "events"))
    if len(named.people) != 1 or named.unknown:
        return None
    person = named.people[0]
    if any(e.kind == "publication" for e in lookup.events_with(person)):
        return None  # "did stoltenberg write an op-ed": his op-ed answers
    quotes = lookup.quotes_of(person)
    more = f"It records {len(quotes)} spoken quote{'s' if len(quotes) != 1 else ''} of theirs." if quotes else ""
    reply = not_found(f"The knowledge records no article or other piece written by {person.name}", more,
                      (f"quotes {person.name}",) if quotes else (f"who {person.name}",))
    return Reply(reply.kind, reply.title, blocks=reply.blocks, items=item_refs([person]), sources=source_refs(lookup.knowledge, [person]),
                 suggestions=reply.suggestions)
