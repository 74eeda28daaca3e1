"""Gatherings compared for what each decided: each one's pledges and decisions named beside it.

    "Wales 2014 vs Warsaw 2016, what did each add on cyber?"  -> side by side, then "Agreed at NATO Wales Summit 2014:
                                                                 Enhanced Cyber Defence Policy ..." for each
    "what did the vilnius and washington summits each decide?" -> the same, the decisions among the items

Only when the message asks what came of them (added, agreed, decided, brought, outcomes …) and the comparison names
two or more events; the side-by-side reply is kept as it is otherwise. Pure.
"""

from __future__ import annotations

from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Block, Reply
from ..lookup import Lookup
from ..phrasing import item_refs, join_words
from ..search import normalize

AGREED_AT_EACH = "Agreed at each"
NONE_AGREED = "The knowledge records no decision or pledge agreed at any of them."

#: What came of a gathering: "what did each add", "decided at each", "the outcomes", "what came out of both".
_ASKS_OUTCOME = lazy_pattern(r"\b(?:add|added|adds|agree|agreed|decide|decided|bring|brought|produce|produced|deliver|delivered|adopt|adopted|launch|launched"
                             r"|outcomes?|decisions?|commitments?|deliverables?|came out of|come out of|result(?:ed)? in)\b")


def with_outcomes(lookup: Lookup, reply: Reply | None, text: str) -> Reply | None:
    """``reply`` (a comparison, or None) with what each compared event agreed, when ``text`` asks for it."""
    if reply is None or reply.kind != "answer" or not _ASKS_OUTCOME.search(normalize(text)):
        return reply
    events = [lookup.knowledge.events[i.id] for i in reply.items if i.type == "event" and i.id in lookup.knowledge.events]
    decided = {e.id: [p for p in lookup.knowledge.pledges.values() if p.event == e.id] for e in events}
    if len(events) < 2:
        return reply
    if not any(decided.values()):  # "london 2024 vs berlin 2023 - what did each decide?": said, not left out
        return replace(reply, blocks=(*reply.blocks, Block(NONE_AGREED, heading=AGREED_AT_EACH)))
    lines = [f"- {e.name}: " + (join_words(f"{p.name} ({p.date})" for p in decided[e.id]) if decided[e.id] else "no decision recorded") for e in events]
    pledges = [p for e in events for p in decided[e.id]]
    return replace(reply, blocks=(*reply.blocks, Block("\n".join(lines), heading=AGREED_AT_EACH)), items=tuple(dict.fromkeys((*reply.items, *item_refs(pledges)))))
