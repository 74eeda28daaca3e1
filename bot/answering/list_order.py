"""A list of events in the order the question asks: oldest first when it says "chronologically", "in date order",
"oldest first" or "from first to last" (lists are newest first otherwise).

    "all summits in chronological order"        -> Warsaw 2016, Vilnius 2023, Washington 2024 (not Washington first)
    "sort all the nato summits you have by date" -> "list all the nato summits" (``sorted_asked``), then as above

Only a whole list, one line per event, is put in order: a page of a longer list stays newest first with its command
for the next page (its first page would otherwise hold the newest events in the wrong order). Pure.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..patterns import lazy_pattern
from ..reply import Reply
from .search import normalize

#: "sort all the nato summits you have chronologically": a list asked for with a verb of ordering.
_SORTED = lazy_pattern(r"^(?:please |pls )?(?:sort|order|arrange|rank|line up)(?: me)?(?: all)?(?: of)?(?: the)? (?P<what>.+?)(?: (?:you have|you know|you ve got|in the knowledge))?"
                       r"(?= (?:chronologically|by date|by year|in (?:chronological|date|time) order|oldest first|newest first)\b|$)")
_CUES = frozenset("chronologically chronological order date year first ascending".split())


#: How a command's list is asked to be ordered: "events chronologically", "events 2024 oldest first", "/events sort by date".
_ORDER_ASKED = lazy_pattern(r"(?:^|\s)(?:(?:sort(?:ed)?|order(?:ed)?|arrange(?:d)?|list(?:ed)?)\s*)?(?:(?P<newest>in reverse chronological order"
                            r"|reverse chronological(?:ly)?|(?:newest|latest|most recent) first|descending)"
                            r"|(?:(?:in )?chronological(?:ly)?(?: order)?|in (?:date|time) order|by (?:date|year|time)|(?:oldest|earliest) first|ascending"
                            r"|(?:from )?(?:the )?(?:first|oldest|earliest) to (?:the )?(?:last|latest|newest|most recent)))(?=\s|$)"
                            r"|(?:^|\s)(?:sort(?:ed)?|ordered)(?=\s|$)", re.IGNORECASE)


def order_asked(args: str) -> tuple[str, bool]:
    """A command's ``args`` without the words that order its list, and whether they ask for the oldest first (a bare
    "sorted" or "by date" does; "newest first" is the lists' own order): "2024 oldest first" -> ("2024", True)."""
    if (oldest := _order_of(args)) is None:
        return args, False
    return " ".join(_ORDER_ASKED.sub(" ", args).split()), oldest


def _order_of(text: str) -> bool | None:
    """True where ``text`` asks for the oldest first, False for the newest first, None where it asks no order."""
    if not _CUES_TYPED.search(text) or not (found := list(_ORDER_ASKED.finditer(text))):
        return None
    return not any(match["newest"] for match in found)


_CUES_TYPED = lazy_pattern(r"chrono|first|date|year|time|sort|order|ascending|descending|from", re.IGNORECASE)


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
    if _order_of(" ".join(words)) is not True or len(reply.blocks) != len(reply.items):
        return reply
    if any(ref.type != "event" for ref in reply.items) or any(block.style != "item" for block in reply.blocks):
        return reply
    events = [lookup.knowledge.events.get(ref.id) for ref in reply.items]
    if None in events:
        return reply
    order = sorted(range(len(events)), key=lambda n: events[n].when.start.first_day())
    return replace(reply, blocks=tuple(reply.blocks[n] for n in order), items=tuple(reply.items[n] for n in order))
