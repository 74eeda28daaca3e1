"""Questions that check or measure: is a quote real, how long ago, who was behind, which edition.

    "did Rutte really say no one stands alone?"   -> the quote, its trust label and source
    "is the china quote verified?"                 -> the same, for the quote those words name
    "how many years since the Warsaw summit?"      -> "NATO Warsaw Summit 2016 was 10 years ago (8–9 July 2016)"
    "who was behind the DDoS on NATO websites?"    -> the sentence of the knowledge that says who claimed it
    "when was the second cyber defence conference" -> the second edition of that series, or "I have no ..."
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from ...knowledge.model import Event, Pledge, Quote
from ...reply import Block, Reply
from .. import messages
from ..constraints import missed
from ..fitting import cut_at_sentence
from ..lookup import ROLE_WORDS, Lookup
from ..mentions import ANNUAL_SERIES, PLEDGE_SERIES, Mentions, series_events
from ..phrasing import TRUST_LABELS, event_label, item_refs, join_words, quote_block, source_refs
from ..search import normalize, tokens
from .events import Focus, event_reply
from .general import not_found
from .quotes import WORDS_COVERAGE, scored_quotes

_QUOTE_TALK = re.compile(r"\b(?:the|this|that|quote|quotation|statement|words|line|about|on|his|her|real|verified|true)\b")
_HAPPENED = re.compile(r"^(?:did |was |were )?(?:nato allies |the allies |allies |nato )?|\b(?:made|make|agreed|agree|signed|sign|held|hold|"
                       r"adopted|adopt|happened|happen|take place|took place|launched|launch|founded|established|establish)\b")
_CLAIM = re.compile(r"[^.]*\b(?:claimed|claim|attributed|behind|responsible|blamed|carried out|group calling itself)\b[^.]*\.")


def answer_verify(lookup: Lookup, who: str, words: str, today: dt.date) -> Reply:
    """"Did X really say W?", "is the quote W real?": the quote those words name, its trust and source.

    Never attributes the words to the person asked about when someone else said them.
    """
    person, holders = None, {}
    if who.strip():
        named = lookup.named(who, on=today)
        if named.role:  # "did the secretary general really say ...": whoever held the role when it was said
            holders = {p.id: p.roles[n] for p, n in lookup.role_holders(named.role)}
        if not named.people and not holders:
            return not_found(messages.no_quote_by_anyone(who), suggestions=("quote", "search " + words[:40] if words else "quote"))
        person = named.people[0] if named.people else next(iter(lookup.knowledge.people[p] for p in holders))
    if not tokens(normalize(words)):
        if person is None:
            return not_found(messages.WHICH_QUOTE, suggestions=("quote", "how many quotes"))
        quotes = lookup.quotes_of(person)
        return not_found(messages.which_quote_of(person.name, len(quotes)), suggestions=(f"quotes {person.name}",))
    as_typed = normalize(words)
    words = " ".join(_QUOTE_TALK.sub(" ", as_typed).split())
    if person is None and (named := lookup.named(words, on=today)).people and not named.rest:
        person, words = named.people[0], ""  # "is the ollongren quote verified"
        quotes = lookup.quotes_of(person)
        if len(quotes) == 1:
            return verdict(lookup, quotes[0])
        return not_found(messages.which_quote_of(person.name, len(quotes)), suggestions=(f"quotes {person.name}",))
    pool = list(lookup.knowledge.quotes.values())
    typed = [q for q in pool if len(as_typed.split()) >= 3 and f" {as_typed} " in f" {normalize(q.text)} "]
    scored = [(1.0, q) for q in typed] or scored_quotes(lookup, pool, words, topics=False, least=WORDS_COVERAGE)
    if person is not None:
        theirs = [q for _, q in scored if q.speaker == person.id or _held_then(holders.get(q.speaker), q)]
        if not theirs:
            others = [q for _, q in scored if q.speaker != person.id]
            return _not_theirs(lookup, person.name, words, others[:1])
        return verdict(lookup, theirs[0])
    if not scored:
        return not_found(messages.no_such_quote(words), suggestions=(f"search {words[:40]}", "quote"))
    return verdict(lookup, scored[0][1])


def _held_then(role, quote: Quote) -> bool:
    return role is not None and quote.said is not None and role.held_on(quote.said.first_day())


def verdict(lookup: Lookup, quote: Quote) -> Reply:
    """A quote with its trust label first, its source, and the speaker's own English where known."""
    knowledge = lookup.knowledge
    person = knowledge.people.get(quote.speaker)
    name = person.name if person else quote.speaker
    source = knowledge.sources.get(quote.source)
    blocks = [quote_block(knowledge, quote)]
    detail = messages.trust_detail(TRUST_LABELS[quote.trust], source.title if source else quote.source, source.publisher if source else None)
    blocks.append(Block(detail, heading="Trust"))
    if quote.note:
        blocks.append(Block(cut_at_sentence(quote.note, 300), heading="Note"))
    return Reply(
        "answer",
        messages.trust_title(quote.trust, name),
        blocks=tuple(blocks),
        items=item_refs([quote, *([person] if person else [])]),
        sources=source_refs(knowledge, [quote]),
        suggestions=(f"quotes {name}", "sources " + quote.source),
    )


def _not_theirs(lookup: Lookup, name: str, words: str, others: list[Quote]) -> Reply:
    if not others:
        return not_found(messages.no_quote_by_with(name, words), suggestions=(f"quotes {name}", f"search {words[:40]}"))
    real = lookup.knowledge.people.get(others[0].speaker)
    reply = verdict(lookup, others[0])
    return replace(reply, title=messages.said_by_other(name, real.name if real else others[0].speaker))


_YEAR_ONLY = re.compile(r"(?:in |the year )?((?:19|20)\d\d)")
_BECAME = re.compile(r"(?:did )?(?P<who>.+?) (?:become|became|take office|took office|start as|started as|take over|took over)\b(?P<rest>.*)")


def answer_how_long(lookup: Lookup, text: str, today: dt.date) -> Reply:
    """"How long ago was X?", "how many years since X?": the years from X's date to ``today``."""
    year_only = _YEAR_ONLY.fullmatch(text.strip())
    if year_only:
        years = today.year - int(year_only[1])
        return Reply("answer", messages.years_since_year(int(year_only[1]), years, today.year))
    text = _HAPPENED.sub(" ", text).strip()
    if became := _BECAME.match(text):
        named = lookup.named(became["who"], on=today)
        role = next((r for p in named.people[:1] for r in p.roles if r.start and (not became["rest"].strip() or
                     set(tokens(normalize(became["rest"]))) <= set(normalize(r.title).split()) | ROLE_WORDS)), None)
        if role is not None:
            day = role.start.first_day()
            name = f"{named.people[0].name} became {role.title}"
            return answer_how_long_reply(lookup, named.people[0], messages.years_ago(name, _years_between(day, today), str(role.start), False))
    item = lookup.best(text, ("event", "pledge", "initiative"))
    if item is None:
        return not_found(messages.nothing_matches(text), messages.NOTHING_MATCHES_MORE, ("events", "pledges"))
    day = item.when.start.first_day() if isinstance(item, Event) else item.date.first_day() if isinstance(item, Pledge) else None
    if day is None:
        return not_found(messages.no_date_for(item.name))
    when = str(item.when) if isinstance(item, Event) else str(item.date)
    title = messages.years_ago(item.name, _years_between(day, today), when, (day.month, day.day) == (today.month, today.day))
    reply = event_reply(lookup, item, "when") if isinstance(item, Event) else None
    if reply is not None:
        return replace(reply, title=title)
    return Reply("answer", title, items=item_refs([item]), sources=source_refs(lookup.knowledge, [item]))


def answer_how_long_reply(lookup: Lookup, person, title: str) -> Reply:
    return Reply("answer", title, items=item_refs([person]), sources=source_refs(lookup.knowledge, [person]), suggestions=(f"who {person.name}",))


def _years_between(day: dt.date, today: dt.date) -> int:
    return today.year - day.year - ((today.month, today.day) < (day.month, day.day))


def answer_behind(lookup: Lookup, text: str, today: dt.date) -> Reply:
    """"Who was behind the attack on NATO's websites?": the knowledge's own sentence naming a claimant."""
    item = lookup.best(text, ("event", "pledge", "initiative"))
    if item is None:
        return not_found(messages.nothing_matches(text), messages.NOTHING_MATCHES_MORE, ("events",))
    if isinstance(item, Pledge):
        return Reply("answer", messages.pledge_by(item.name, item.by), items=item_refs([item]), sources=source_refs(lookup.knowledge, [item]))
    found = [m[0].strip() for part in (getattr(item, "summary", ""), getattr(item, "notes", "")) if part for m in _CLAIM.finditer(part)]
    if not found:
        hosts = getattr(item, "hosts", ())
        if hosts:
            return replace(event_reply(lookup, item, "hosts"), title=messages.organised_by(item.name, join_words(hosts)))
        return Reply("not_found", messages.not_said_who_behind(item.name), suggestions=(f"event {item.name}",))
    reply = event_reply(lookup, item, "when") if isinstance(item, Event) else Reply("answer", item.name)
    return replace(reply, title=messages.behind(item.name, found[0]), items=item_refs([item]), sources=source_refs(lookup.knowledge, [item]))


def answer_edition(lookup: Lookup, mentions: Mentions, focus: Focus | None) -> Reply | None:
    """"The second cyber defence conference", "the first pledge conference": an edition of a series.

    None when the question names no edition. Without a series named, both series
    are tried; when both have that edition, both are named.
    """
    ordinal = mentions.ordinal
    if ordinal is None:
        return None
    if mentions.kind == "summit":  # the knowledge holds only some summits: it cannot number them
        return not_found(messages.no_numbering(mentions.kind), suggestions=(f"events {mentions.kind}s", "events"))
    if mentions.kind not in (None, "conference"):
        return None
    named = mentions.series or mentions.loose_series
    series = (named,) if named else (ANNUAL_SERIES, PLEDGE_SERIES)
    found = [(name, series_events(lookup, name)) for name in series]
    editions = [(name, events[ordinal - 1]) for name, events in found if len(events) >= ordinal]
    if not editions:
        name, events = found[0]
        near = events[::-1]
        return missed(lookup, messages.nth(ordinal, name), [], near)
    if len(editions) == 1 or named:
        reply = event_reply(lookup, editions[0][1], focus)
        if focus is None:
            reply = replace(reply, title=messages.edition_is(ordinal, editions[0][0], editions[0][1].name))
        return reply
    blocks = tuple(Block("", style="item", heading=messages.edition_is(ordinal, name, event_label(e))) for name, e in editions)
    events = [e for _, e in editions]
    return Reply(
        "answer",
        messages.two_editions(ordinal),
        blocks=blocks,
        items=item_refs(events),
        sources=source_refs(lookup.knowledge, events),
        suggestions=tuple(f"event {e.name}" for e in events),
    )
