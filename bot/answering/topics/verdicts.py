"""A quote's verdict: the quote with its trust label first, its source, and whose words they are.

    verdict(lookup, quote)                     # "is that quote real?", "did X really say ...?" (the quote, its speaker, its event)
    not_theirs(lookup, "Mark Rutte", words, [quote])   # someone else's words: theirs, told as not his
"""

from __future__ import annotations

from dataclasses import replace

from ...knowledge.model import Quote
from ...reply import Block, Reply
from .. import check_messages, messages, quote_messages
from ..constraints import at_place
from ..fitting import cut_at_sentence
from ..lookup import Lookup
from ..places import Place
from ..phrasing import TRUST_LABELS, item_refs, quote_block, source_refs
from ..quote_match import COMMON_WORDS
from ..quote_pool import quotes_holding_phrase
from ..quote_rank import scored_quotes
from ..search import normalize, tokens
from .general import not_found
from .written_words import answer_written


def verdict(lookup: Lookup, quote: Quote) -> Reply:
    """A quote with its trust label first, its source, and the speaker's own English where known."""
    knowledge = lookup.knowledge
    person = knowledge.people.get(quote.speaker)
    name = person.name if person else quote.speaker
    source = knowledge.sources.get(quote.source)
    event = knowledge.events.get(quote.event) if quote.event else None  # where and when it was said: what a citation needs
    blocks = [quote_block(knowledge, quote)]
    detail = messages.trust_detail(TRUST_LABELS[quote.trust], source.title if source else quote.source, source.publisher if source else None)
    blocks.append(Block(detail, heading="Trust"))
    if quote.note:
        blocks.append(Block(cut_at_sentence(quote.note, 300), heading="Note"))
    return Reply(
        "answer",
        messages.trust_title(quote.trust, name),
        blocks=tuple(blocks),
        items=item_refs([quote, *([person] if person else []), *([event] if event else [])]),
        sources=source_refs(knowledge, [quote]),
        suggestions=(f"quotes {name}", "sources " + quote.source),
    )


def said_by_another(lookup: Lookup, person, words: str, least: float) -> Reply | None:
    """Someone else's quote holding ``words`` (four or more of a line's own words), told as not ``person``'s; else None."""
    if len([t for t in tokens(normalize(words)) if t not in COMMON_WORDS]) < 4:
        return None
    scored = [(1.0, q) for q in quotes_holding_phrase(lookup, normalize(words))] or scored_quotes(lookup, None, words, topics=False, least=least)
    others = [q for _, q in scored if q.speaker != person.id]
    return not_theirs(lookup, person.name, words, others[:1]) if others else None


def not_theirs(lookup: Lookup, name: str, words: str, others: list[Quote]) -> Reply:
    """The first of ``others`` (quotes holding the words asked of ``name``), told as not theirs; none: an honest miss."""
    if not others:  # words no quote holds may be a line someone wrote ("did stoltenberg say no country is invulnerable")
        return answer_written(lookup, (words,)) or not_found(messages.no_quote_by_with(name, words), suggestions=(f"quotes {name}", f"search {words[:40]}"))
    real = lookup.knowledge.people.get(others[0].speaker)
    reply = verdict(lookup, others[0])
    return replace(reply, title=quote_messages.said_it_not(real.name if real else others[0].speaker, name))


def said_elsewhere(lookup: Lookup, quote: Quote, words: str, said_in: Place | None) -> Reply | None:
    """``quote`` put to a city it was not said in ("is it true that stoltenberg said china is not our enemy in rome"):
    "No: ... said “X” at <event>, not in Rome", with its verdict; None when said there, or no city is named."""
    event = lookup.knowledge.events.get(quote.event) if quote.event else None
    if said_in is None or event is None or at_place(event, said_in):
        return None
    said = check_messages.said_at_not(speaker_of(lookup, quote), words, occasion_of(lookup, quote), f" in {said_in.name}")
    return replace(verdict(lookup, quote), title=check_messages.claim_wrong(said))


def speaker_of(lookup: Lookup, quote: Quote) -> str:
    person = lookup.knowledge.people.get(quote.speaker)
    return person.name if person else quote.speaker


def occasion_of(lookup: Lookup, quote: Quote) -> str:
    """"First annual NATO Cyber Defence Conference (Berlin, 9 November 2023)", or the day alone."""
    event = lookup.knowledge.events.get(quote.event) if quote.event else None
    if event is None:
        return str(quote.said) if quote.said else "a time the knowledge does not record"
    return f"{event.name} ({', '.join(filter(None, (event.city, str(quote.said or event.when))))})"
