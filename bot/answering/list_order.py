"""A list of events in the order the question asks: oldest first when it says "chronologically", "in date order",
"oldest first" or "from first to last" (lists are newest first otherwise).

    "all summits in chronological order"        -> Warsaw 2016, Vilnius 2023, Washington 2024 (not Washington first)
    "sort all the nato summits you have by date" -> "list all the nato summits" (``sorted_asked``), then as above

Only a whole list, one line per event, is put in order: a page of a longer list stays newest first with its command
for the next page (its first page would otherwise hold the newest events in the wrong order). Pure.
"""

from __future__ import annotations

from dataclasses import replace

from ..patterns import lazy_pattern
from ..reply import Reply
from .search import normalize

_OLDEST_FIRST = lazy_pattern(r"\b(?:chronologically|chronological(?: order)?|in (?:date|time) order|by date|by year|oldest first|earliest first"
                             r"|(?:from )?(?:the )?(?:first|oldest|earliest) to (?:the )?(?:last|latest|newest|most recent)|ascending)\b")
_NEWEST_NAMED = lazy_pattern(r"\breverse chronological|\b(?:newest|latest|most recent) first\b")
#: "sort all the nato summits you have chronologically": a list asked for with a verb of ordering.
_SORTED = lazy_pattern(r"^(?:please |pls )?(?:sort|order|arrange|rank|line up)(?: me)?(?: all)?(?: of)?(?: the)? (?P<what>.+?)(?: (?:you have|you know|you ve got|in the knowledge))?"
                       r"(?= (?:chronologically|by date|by year|in (?:chronological|date|time) order|oldest first|newest first)\b|$)")
_CUES = frozenset("chronologically chronological order date year first ascending".split())


def sorted_asked(text: str) -> str:
    """``text`` (normalised) asking to sort a kind of thing, as a list asked for: "sort the summits by date" -> "list the
    summits by date"; other text as it is."""
    if not text.startswith(("sort", "order", "arrange", "rank", "line up", "please", "pls")) or (asked := _SORTED.match(text)) is None:
        return text
    return f"list all the {asked['what']}{text[asked.end():]}"


def in_the_order_asked(lookup, typed: str, reply: Reply) -> Reply:
    """``reply``, a whole list of events, oldest first when ``typed`` asks so; any other reply as it is."""
    if reply.kind != "list" or reply.more_hint or len(reply.items) < 2 or _CUES.isdisjoint(words := normalize(typed).split()):
        return reply
    text = " ".join(words)
    if not _OLDEST_FIRST.search(text) or _NEWEST_NAMED.search(text) or len(reply.blocks) != len(reply.items):
        return reply
    if any(ref.type != "event" for ref in reply.items) or any(block.style != "item" for block in reply.blocks):
        return reply
    events = [lookup.knowledge.events.get(ref.id) for ref in reply.items]
    if None in events:
        return reply
    order = sorted(range(len(events)), key=lambda n: events[n].when.start.first_day())
    return replace(reply, blocks=tuple(reply.blocks[n] for n in order), items=tuple(reply.items[n] for n in order))
