"""How far a group of quotes can be trusted: one event's, one person's, or one person's at one event.

    "ngl the hague quotes feel kinda cap, are they legit"                      -> the Hague 2024 quotes, each with its label
    "Are the Berlin 2023 Stoltenberg quotes his exact words or a translation?" -> his Berlin quotes: all re-translated
    "are rutte's quotes verified?"                                             -> every quote of his, with its label

A question about a single quote's wording goes to the verify checks; this
answers the plural ask, each quote with its trust label and source, the labels
counted in the title. A person named with no quote at the event named is told so.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

from ...reply import Block, Reply
from .. import messages, quote_messages
from ..lookup import Lookup
from ..places import places_in
from ..search import normalize
from ..phrasing import TRUST_LABELS, by_trust, item_refs, quote_block, source_refs
from .events import find_event
from .quotes import no_quote_by

#: Words that ask whether words can be trusted, slang included ("cap": a lie, "legit": genuine),
#: or whether they are the speaker's own ("exact", "translation", "original").
TRUST_WORDS = frozenset("legit real cap fake verified verbatim genuine accurate trustworthy reliable authentic true invented "
                        "trust trusted believe believed believable credible dodgy sketchy confirmed made sus bogus "
                        "exact exactly translation translations translated original machine wording literal reliably own english".split())
_PLURAL = frozenset("quotes quotations statements remarks lines".split())
SHOWN = 4


def answer_event_quotes_trust(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """The trust of every quote of the group the question names (an event, a person, or both), or None for any other question."""
    words = set(question.text.split())
    if words.isdisjoint(TRUST_WORDS):
        return None
    if words.isdisjoint(_PLURAL) and _PLURAL.isdisjoint(normalize(typed).split()):  # "stoltenberg berlin quotes: translated?" is
        return None  # read "quote stoltenberg berlin translated" (fragments): the plural is in what was typed
    mentions = question.mentions
    named_people = lookup.named(question.text, on=today).people if not lookup.name_words.isdisjoint(words) else ()
    people = [p for p in named_people if lookup.quotes_of(p)]
    places = mentions.places or [place for _, place in places_in(question.text)]  # "the hague quotes": a place as an adjective
    named = " ".join([*(p.name for p in places), *([str(mentions.year)] if mentions.year else [])])
    if named or not named_people:
        rest = " ".join(w for w in question.text.split() if w not in TRUST_WORDS and w not in _PLURAL and w not in lookup.name_words)
        event = find_event(lookup, named or rest)
    else:
        event = None  # "are rutte's quotes verified": all of his
    if named_people and not people:
        return no_quote_by(lookup, named_people[0].name, named_people[0])  # "are baerbock's quotes translated": she has none
    if people:
        person = people[0]
        quotes = [q for q in lookup.quotes_of(person) if event is None or q.event == event.id]
        if not quotes:
            return no_quote_by(lookup, person.name, person, f" at {event.name}" if event else "")
        group = quote_messages.quotes_of(person.name, event.name if event else None)
    elif event is not None and lookup.quotes_at(event):
        quotes, group = lookup.quotes_at(event), quote_messages.quotes_of(None, event.name)
    else:
        return None
    quotes = by_trust(quotes)
    knowledge = lookup.knowledge
    blocks = []
    for quote in quotes[:SHOWN]:
        source = knowledge.sources.get(quote.source)
        blocks += [quote_block(knowledge, quote), Block(messages.trust_detail(
            TRUST_LABELS[quote.trust], source.title if source else quote.source, source.publisher if source else None))]
    counts = Counter(TRUST_LABELS[q.trust] for q in quotes)
    suggestions = (*((f"event {event.name}",) if event else ()), *((f"quotes {people[0].name}",) if people else ()), "sources")
    return Reply("answer", quote_messages.group_trust(group, len(quotes), counts), blocks=tuple(blocks), items=item_refs(quotes[:SHOWN]),
                 sources=source_refs(knowledge, quotes[:SHOWN]), suggestions=suggestions[:3])
