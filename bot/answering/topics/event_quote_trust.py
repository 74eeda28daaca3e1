"""How far a group of quotes can be trusted: an event's, a person's (or several people's), theirs at an event, a topic's, all.

    "ngl the hague quotes feel kinda cap, are they legit"                      -> the Hague 2024 quotes, each with its label
    "Are the Berlin 2023 Stoltenberg quotes his exact words or a translation?" -> his Berlin quotes: all re-translated
    "are rutte's quotes verified?"                                             -> every quote of his, with its label
    "are the china quotes real?", "can i trust the quotes you have?"          -> the quotes on china; all of them

A question about a single quote's wording goes to the verify checks; this
answers the plural ask, each quote with its trust label and source, the labels
counted in the title. A person named with no quote at the event named is told so.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Block, ItemRef, Reply
from .. import messages, quote_messages
from ..lookup import Lookup
from ..places import places_in
from ..search import normalize, tokens
from ..phrasing import TRUST_LABELS, by_trust, item_refs, join_words, quote_block, source_refs
from ..quoted import quoted_spans, real_line_asked
from ..trust_filter import asked_label, has_label
from .events import find_event
from .named_event import NAMED_OUTRIGHT
from .quote_replies import no_quote_by

#: Words that ask whether words can be trusted, slang included ("cap": a lie, "legit": genuine),
#: or whether they are the speaker's own ("exact", "translation", "original").
TRUST_WORDS = frozenset("legit real cap fake verified verbatim genuine accurate trustworthy reliable authentic true invented "
                        "trust trusted believe believed believable credible dodgy sketchy confirmed made sus bogus "
                        "exact exactly translation translations translated original machine wording literal literally reliably own english word unedited "
                        "unverified unconfirmed retranslated safe safely".split())
_PLURAL = frozenset("quotes quotations citations statements everything".split())  # not "remarks": "her opening remarks" is a speech
SHOWN = 4
#: Words asking for a line's very wording, not whether a group of lines is to be trusted.
_FORM_ONLY = frozenset("exact exactly wording own english word words".split())
_SETTING_WORDS = frozenset("by from of in at mr mrs ms dr said say quote quotes line lines".split())
_HELD = frozenset("how you your u have got hold know all any every post posting use using publish share tweet list show give".split())  # "... safe to post"
#: How a group's quotes are counted in the title: "2 verified verbatim, 1 unverified".
_ON_A_TOPIC = lazy_pattern(r"\b(?:on|about|regarding) (?!the (?:day|stage)\b)\S")  # "the berlin quote on china": one quote, asked by its topic
_COUNTED = {"verified": "verified verbatim", "unverified": "unverified", "translated": "machine re-translated"}


def answer_event_quotes_trust(lookup: Lookup, typed: str, question, today: dt.date) -> Reply | None:
    """The trust of every quote of the group the question names (an event, a person, or both), or None for any other question."""
    words, typed_words = set(question.text.split()), set(normalize(typed).split())  # what was typed: "quote - real or not?" is read
    if words.isdisjoint(TRUST_WORDS) and typed_words.isdisjoint(TRUST_WORDS):  # "quote odobescu or not"
        return None
    label = asked_label(question.text) or asked_label(normalize(typed))  # "which quotes are unverified": a part of the group
    one = label is None and words.isdisjoint(_PLURAL) and _PLURAL.isdisjoint(typed_words)  # "stoltenberg berlin quotes: translated?" is read
    if one and "quote" not in words | typed_words:  # "quote stoltenberg berlin translated" (fragments): the plural was typed
        return None
    if quoted_spans(typed) or real_line_asked(typed):
        return None  # "berlin quotes translated right? was 'china is not our enemy' his words": the words quoted are asked about
    mentions = question.mentions
    named_people = lookup.named(question.text, on=today).people if not lookup.name_words.isdisjoint(words) else ()
    people = [p for p in named_people if lookup.quotes_of(p)]
    places = mentions.places or [place for _, place in places_in(question.text)]  # "the hague quotes": a place as an adjective
    named = " ".join([*(p.name for p in places), *([str(mentions.year)] if mentions.year else [])])
    dropped = _PLURAL | {"quote", "lines", "line"} if label else _PLURAL  # "which quote is unverified": one of them, asked of all
    rest = " ".join(w for w in question.text.split() if w not in TRUST_WORDS and w not in dropped and w not in lookup.name_words)
    if one and (len(people) != 1 or (len(lookup.quotes_of(people[0])) != 1 and (
            not named or _ON_A_TOPIC.search(normalize(typed)) or set(tokens(rest)) - _HELD - {"quote", *normalize(named).split()}))):
        return None  # "odobescu quote - real or not?": her one quote; "stoltenberg berlin quote translated?": his there, if alike
    if label is None and _FORM_ONLY.isdisjoint(words | typed_words) is False and len(set(tokens(rest)) - _HELD - _SETTING_WORDS - set(normalize(named).split())) >= 4:
        return None  # "the exact words of his appeal in rome to renew their commitment": one line by its topic, not the group's trust
    if named:
        event = find_event(lookup, named)
    elif not named_people and (asked := [t for t in tokens(rest) if t not in _HELD]) and (topic := lookup.topic(asked)):  # "are the china quotes real": the quotes on china
        return _trust_reply(lookup, by_trust(lookup.topics[topic]), quote_messages.quotes_on(topic), None, [])
    else:  # "are rutte's quotes verified": all of his; otherwise only an event named outright ("the vilnius summit quotes")
        event = None if named_people else lookup.best(rest, ("event",), min_coverage=NAMED_OUTRIGHT)
    if named_people and not people:
        return no_quote_by(lookup, named_people[0].name, named_people[0])  # "are baerbock's quotes translated": she has none
    if people:  # "the ollongren and odobescu quotes": each of theirs
        quotes = [q for person in people for q in lookup.quotes_of(person) if event is None or q.event == event.id]
        if not quotes:
            return no_quote_by(lookup, people[0].name, people[0], f" at {event.name}" if event else "")
        group = quote_messages.quotes_of(join_words([p.name for p in people]), event.name if event else None)
    elif event is not None and lookup.quotes_at(event):
        quotes, group = lookup.quotes_at(event), quote_messages.quotes_of(None, event.name)
    elif not named and not set(tokens(rest)) - _HELD and lookup.knowledge.quotes:  # "can i trust the quotes you have": all of them
        quotes, group = list(lookup.knowledge.quotes.values()), quote_messages.ALL_QUOTES
    else:
        return None
    if one and len({q.trust for q in quotes}) > 1:
        return None  # which one of differently labelled quotes: the verify checks' to find
    if label is not None:
        kept = [q for q in quotes if has_label(q, label)]
        title = quote_messages.labelled_of(group, len(kept), len(quotes), label, Counter(_COUNTED.get(q.trust, q.trust) for q in quotes))
        return _trust_reply(lookup, by_trust(kept or quotes), group, event, people, title=title)
    reply = _trust_reply(lookup, by_trust(quotes), group, event, people)
    return with_articles(lookup, reply, quotes) if not _ARTICLE_WORDS.isdisjoint(words | typed_words) else reply


#: Words naming the article the quotes come from: "the berlin article reads like a machine translation".
_ARTICLE_WORDS = frozenset("article articles piece op ed oped story report".split())


def with_articles(lookup: Lookup, reply: Reply, quotes: list) -> Reply:
    """``reply`` naming, after its quotes, the articles they come from: the article asked about is part of the answer."""
    sources = dict.fromkeys(q.source for q in quotes if q.source in lookup.knowledge.sources)
    return replace(reply, items=(*reply.items, *(ItemRef("source", s) for s in sources)))


def _trust_reply(lookup: Lookup, quotes: list, group: str, event, people: list, title: str | None = None) -> Reply:
    knowledge = lookup.knowledge
    blocks = []
    for quote in quotes[:SHOWN]:
        source = knowledge.sources.get(quote.source)
        blocks += [quote_block(knowledge, quote), Block(messages.trust_detail(
            TRUST_LABELS[quote.trust], source.title if source else quote.source, source.publisher if source else None))]
    counts = Counter(_COUNTED.get(q.trust, q.trust) for q in quotes)
    suggestions = (*((f"event {event.name}",) if event else ()), *((f"quotes {people[0].name}",) if people else ()), "sources")
    return Reply("answer", title or quote_messages.group_trust(group, len(quotes), counts), blocks=tuple(blocks), items=item_refs(quotes[:SHOWN]),
                 sources=source_refs(knowledge, quotes[:SHOWN]), suggestions=suggestions[:3])
