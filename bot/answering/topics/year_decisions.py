"""A year's decisions beside its events, when all that is asked is what the year holds.

    "anything from 2016?"        -> 2 events in 2016 ... and "Also decided in 2016": the Cyber Defence Pledge, cyberspace
                                    as a domain of operations, staying defensive
    "what happened in 2014"      -> the Wales Summit, the DDoS ... and the Enhanced Cyber Defence Policy
    "what happened in berlin"    -> unchanged (a place, not a year)

The pledges are the knowledge's own entries of that year, newest first as the events are, after them (which stay first); a year with
no pledge, or a reply that is not a list of events, is left as it is. Pure; only a question asking about one year alone.
"""

from __future__ import annotations

from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Block, Reply
from ..lookup import Lookup
from ..phrasing import item_refs, source_refs

#: Only a year: "from 2016", "in 2016", "2016", "during 2016?".
_YEAR_ALONE = lazy_pattern(r"^(?:(?:in|from|during|of) )?(?:the year )?(?P<year>(?:19|20)\d\d)$")


def with_year_decisions(lookup: Lookup, reply: Reply, asked: str) -> Reply:
    """``reply`` (the events of the year ``asked`` names) with that year's pledges after them; else ``reply``."""
    if reply.kind != "list" or (year := _YEAR_ALONE.match(asked.strip())) is None:
        return reply
    pledges = sorted((p for p in lookup.knowledge.pledges.values() if p.date.year == int(year["year"])), key=lambda p: p.date.first_day(), reverse=True)
    if not pledges:
        return reply
    events = lookup.knowledge.events
    lines = "\n".join(f"• {p.date} — {p.name}" + (f" ({events[p.event].name})" if p.event in events else "") for p in pledges)
    return replace(reply, blocks=(*reply.blocks, Block(f"Also decided in {year['year']}:\n{lines}")),
                   items=item_refs((*(lookup.item(i) for i in reply.items), *pledges)),
                   sources=(*reply.sources, *(s for s in source_refs(lookup.knowledge, pledges) if s not in reply.sources)))
