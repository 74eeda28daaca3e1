"""Whether someone wrote a piece: "did rutte write an article?" -> the knowledge records nothing he wrote (his spoken
words are what it holds); "did stoltenberg write an op-ed?" is left to the routes, which find his 2016 op-ed.

A piece asked of by its year ("stoltenberg's 2018 op-ed, what's it called", "the 2019 op-ed by stoltenberg") is his
piece of that year, or, when he wrote none then, said first to be missing, with the one the knowledge has
(``answer_piece_of_year``): never a gathering of that year, nor his piece of another year as if it were the one asked.

A piece written is a publication among the events the person is a speaker of. Only asked as "did/has <person> write
(a|an|any) <piece>"; someone the knowledge has never heard of ("did macron write an article") is said to be unknown,
never answered with another's op-ed. Pure.
"""

from __future__ import annotations

import datetime as dt

from ...patterns import lazy_pattern
from ...reply import Block, Reply
from ..lookup import Lookup
from ..phrasing import event_label, item_refs, source_refs
from ..shorthand import PIECES
from .general import not_found

_WRITINGS = r"(?:op ed|oped|column|essay|opinion piece|piece|commentary|blog post)"
_WROTE = lazy_pattern(r"^(?:did|has|have|had) (?P<who>.+?) (?:ever )?(?:write|written|pen|penned|author|authored|publish|published) "
                      rf"(?:an?|any|the) {PIECES}s?\b")


#: A writing asked of by its year, with its author: "stoltenberg 2018 op ed", "the 2018 op ed by stoltenberg", "op ed by
#: stoltenberg in 2018" (who, year, piece).
_OF_YEAR = tuple(lazy_pattern(p) for p in (
    rf"\b(?P<year>(?:19|20)\d\d) (?P<piece>{_WRITINGS}) (?:by|from|of) (?P<who>[a-z]+(?: [a-z]+)?)\b",
    rf"\b(?P<piece>{_WRITINGS}) (?:by|from|of) (?P<who>[a-z]+(?: [a-z]+)?) (?:in|from|of) (?P<year>(?:19|20)\d\d)\b",
    rf"\b(?P<who>[a-z]+(?: [a-z]+)?) (?P<year>(?:19|20)\d\d) (?P<piece>{_WRITINGS})\b"))
_WRITING_CUES = ("op ed", "oped", "column", "essay", "opinion", "piece", "commentary", "blog")
_SHOWN_AS = {"op ed": "op-ed", "oped": "op-ed"}


def answer_piece_of_year(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """The honest miss for a writing of a year its author wrote none in; None when they did (the routes answer),
    or when the question asks no such thing. Most questions: a few substring tests."""
    if not any(cue in question for cue in _WRITING_CUES):
        return None
    asked = next((m for pattern in _OF_YEAR if (m := pattern.search(question))), None)
    named = lookup.named(asked["who"], on=today) if asked else None
    if named is None or len(named.people) != 1:
        return None
    person, year, piece = named.people[0], int(asked["year"]), _SHOWN_AS.get(asked["piece"], asked["piece"])
    written = [e for e in lookup.events_with(person) if e.kind == "publication"]
    if not written:
        return _nothing_written(lookup, person)
    if any(e.when.start.year == year for e in written):
        return None  # "stoltenberg's 2016 op-ed": the routes find it
    labels = "; ".join(event_label(e) for e in written)
    return Reply("not_found", f"I have no {piece} by {person.name} in {year}",
                 blocks=(Block(f"What the knowledge has by {person.name}: {labels}."),), items=item_refs(written),
                 sources=source_refs(lookup.knowledge, written), suggestions=tuple(f"event {e.name}" for e in written[:2]) + (f"who {person.name}",))


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
    return _nothing_written(lookup, person)


def _nothing_written(lookup: Lookup, person) -> Reply:
    """The knowledge records nothing ``person`` wrote: their spoken quotes are what it holds."""
    quotes = lookup.quotes_of(person)
    more = f"It records {len(quotes)} spoken quote{'s' if len(quotes) != 1 else ''} of theirs." if quotes else ""
    reply = not_found(f"The knowledge records no article or other piece written by {person.name}", more,
                      (f"quotes {person.name}",) if quotes else (f"who {person.name}",))
    return Reply(reply.kind, reply.title, blocks=reply.blocks, items=item_refs([person]), sources=source_refs(lookup.knowledge, [person]),
                 suggestions=reply.suggestions)
