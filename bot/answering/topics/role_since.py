"""Since when a quote's speaker held the office they spoke in, when a message about the quote asks it.

    "for the 'no one stands alone in nato' line: what office did the speaker hold when he said it, and since when?"
        -> the quote, and "Mark Rutte had been NATO Secretary General since 1 October 2024 when he said it."

Only when the message asks "since when", "how long" or when they took office; the role is the one held on the
day the words were said. Pure but for the lookup; the pattern runs only when a cue word is typed.
"""

from __future__ import annotations

from dataclasses import replace

from ...knowledge.model import Quote
from ...patterns import lazy_pattern
from ...reply import Block, Reply
from ..lookup import Lookup
from .participants import role_then

_CUES = ("since", "how long", "office", "took over", "appointed")
_ASKS_SINCE = lazy_pattern(r"\bsince when\b|\bsince what (?:date|year)\b|\bhow long had (?:he|she|they) been\b"
                           r"|\bwhen did (?:he|she|they) (?:take office|take over|become|get appointed|start)\b|\bin office since\b")


def with_role_since(lookup: Lookup, reply: Reply, quote: Quote, context: str) -> Reply:
    """``reply`` with the speaker's office on the day ``quote`` was said and its start, when ``context`` asks since when."""
    if not any(cue in context for cue in _CUES) or not _ASKS_SINCE.search(context) or quote.said is None:
        return reply
    person = lookup.knowledge.people.get(quote.speaker)
    role = role_then(person, quote.said.first_day()) if person else None
    if role is None or role.start is None:
        return reply
    line = f"{person.name} had been {role.title} since {role.start} when the words were said ({quote.said})."
    return replace(reply, blocks=(Block(line, heading="In office"), *reply.blocks))
