"""Quoted words that describe a decision, asked when it was made: "he says 'we added the cyber domain' - when was that decided?".

The decision whose entry lists the quote (``Pledge.quotes``) answers, headed by when
and where it was agreed. Tried only when the rest of the message asks when something
was decided or agreed (``_WHEN_DECIDED``); reads the pledges, never the quotes.
"""

from __future__ import annotations

from ...knowledge.model import Quote
from ...reply import Reply
from .. import topic_messages as say
from ..lookup import Lookup
from ..phrasing import where_text
from .pledges import pledge_reply
from ...patterns import lazy_pattern

_WHEN_DECIDED = lazy_pattern(r"\b(?:when|what year|which year|what date)\b(?: \S+){0,4}? (?:decided|agreed|adopted|decide|agree|adopt|recogni[sz]ed|made|taken)\b")


def asks_when_decided(context: str) -> bool:
    """Whether the rest of the message (normalised) asks when something was decided: "- when was that agreed?"."""
    return _WHEN_DECIDED.search(context) is not None


def decision_quoted(lookup: Lookup, context: str, quote: Quote) -> Reply | None:
    """The decision whose entry holds ``quote``, when ``context`` (normalised) asks when it was decided; else None."""
    if not asks_when_decided(context):
        return None
    pledge = next((p for p in lookup.knowledge.pledges.values() if quote.id in p.quotes), None)
    if pledge is None:
        return None
    event = lookup.knowledge.events.get(pledge.event) if pledge.event else None
    where = f"{event.name}, {where_text(event)}" if event and where_text(event) else (event.name if event else "")
    return pledge_reply(lookup, pledge, say.pledge_made(pledge.name, str(pledge.date), where))
