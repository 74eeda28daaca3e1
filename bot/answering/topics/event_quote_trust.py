"""How far the quotes of one event can be trusted: "ngl the hague quotes feel kinda cap, are they legit".

A question about a single quote's wording goes to the verify checks; this
answers the plural ask about an event's quotes, each with its trust label and
source, the least trustworthy counted in the title.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from ...reply import Block, Reply
from .. import messages, topic_messages as say
from ..lookup import Lookup
from ..places import places_in
from ..phrasing import TRUST_LABELS, by_trust, item_refs, quote_block, source_refs
from .events import find_event

#: Words that ask whether words can be trusted, slang included ("cap": a lie, "legit": genuine).
TRUST_WORDS = frozenset("legit real cap fake verified verbatim genuine accurate trustworthy reliable authentic true invented "
                        "trust trusted believe believed believable credible dodgy sketchy confirmed made sus bogus".split())
_PLURAL = frozenset("quotes quotations statements remarks".split())
SHOWN = 4


def answer_event_quotes_trust(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """The trust of every quote at the event the question names, or None for any other question."""
    words = set(question.text.split())
    if words.isdisjoint(_PLURAL) or words.isdisjoint(TRUST_WORDS):
        return None
    mentions = question.mentions
    places = mentions.places or [place for _, place in places_in(question.text)]  # "the hague quotes": a place as an adjective
    named = " ".join([*(p.name for p in places), *([str(mentions.year)] if mentions.year else [])])
    event = find_event(lookup, named or " ".join(w for w in question.text.split() if w not in TRUST_WORDS and w not in _PLURAL))
    quotes = by_trust(lookup.quotes_at(event)) if event is not None else []
    if not quotes:
        return None
    knowledge = lookup.knowledge
    blocks = []
    for quote in quotes[:SHOWN]:
        source = knowledge.sources.get(quote.source)
        blocks += [quote_block(knowledge, quote), Block(messages.trust_detail(
            TRUST_LABELS[quote.trust], source.title if source else quote.source, source.publisher if source else None))]
    counts = Counter(TRUST_LABELS[q.trust] for q in quotes)
    return Reply("answer", say.quotes_trust(event.name, len(quotes), counts), blocks=tuple(blocks), items=item_refs(quotes[:SHOWN]),
                 sources=source_refs(knowledge, quotes[:SHOWN]), suggestions=(f"event {event.name}", "sources"))
