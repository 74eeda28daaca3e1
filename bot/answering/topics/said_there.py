"""Words asked of with the place they were said: "who said X at the hague", "who said Y in tirana". A place at the end
of the words is a constraint the line found must meet, unless the line's own words name it ("... attacks in estonia").

    "who said cyber is a contested space in tirana" -> "No quote in the knowledge says “cyber is a contested space” in
                                                       Tirana; Jens Stoltenberg said them at NATO Cyber Defence Pledge
                                                       Conference 2022", the Rome line shown
    "who said nothing immoral in berlin"            -> the Berlin line, said there: as asked

Pure; words that do not end on a place pay one pattern.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from .. import check_messages
from ..constraints import at_place
from ..lookup import Lookup
from ..held_names import names_of
from ..places import AMBIGUOUS, PLACES, as_said
from ..search import normalize
from .verdicts import occasion_of, speaker_of

_PLACE_AT_END = lazy_pattern(r"^(?P<rest>.+?) (?:in|at|from|during) (?P<where>(?:the )?(?:\S+ )??\S+?)(?: (?:conference|conf|summit|speech|event|meeting))?(?: (?:19|20)\d\d)?$")


def said_there(lookup: Lookup, words: str, answer: Callable[[str], Reply]) -> Reply:
    """``answer`` to ``words`` without a place named at their end; a line found said elsewhere is told so first."""
    split = _place_at_end(normalize(words))
    if split is None:
        return answer(words)
    rest, place = split
    whole = answer(words)
    quote = quote_of(lookup, whole)
    if quote is not None and any(f" {name} " in f" {normalize(quote.text)} " for name in names_of(place)):
        return whole  # "who said cyber attacks in estonia ...": the place is in the words
    reply = answer(rest)
    quote = quote_of(lookup, reply)
    if quote is None:
        return whole  # no line holds the words: the miss names the place asked too
    event = lookup.knowledge.events.get(quote.event) if quote.event else None
    if event is None or at_place(event, place):
        return reply
    title = check_messages.said_there_instead(rest, f" in {as_said(place.name)}", speaker_of(lookup, quote), occasion_of(lookup, quote))
    return replace(reply, kind="not_found", title=title)


def _place_at_end(words: str):
    """(the words before, the place) when normalised ``words`` end on a place: "x at the hague" -> ("x", The Hague)."""
    if (match := _PLACE_AT_END.match(words)) is None:
        return None
    where = match["where"]
    name = where if where in PLACES else where.removeprefix("the ")
    return (match["rest"], PLACES[name]) if name in PLACES and name not in AMBIGUOUS else None


def quote_of(lookup: Lookup, reply: Reply):
    """The quote an answer leads with, or None."""
    first = reply.items[0] if reply.kind == "answer" and reply.items else None
    return lookup.knowledge.quotes.get(first.id) if first is not None and first.type == "quote" else None
