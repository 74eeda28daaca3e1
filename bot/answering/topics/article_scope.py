"""What an article says or leaves open, answered from the entries that article is a source of.

    "the tirana article mentions the NICC without a date; when was it agreed?"   -> the NICC decision (Washington, 2024)
    "the rome piece says stoltenberg announced the vilnius dates; on what day?"  -> the announcement (9 November 2022)
    "are the stoltenberg quotations in the rmndigital piece verbatim?"           -> those quotes, with their trust
    "the berlin article says SACEUR gets the authority to respond; verified?"    -> that quote, and how far to trust it
    "the berlin piece calls it nato's first cyber defence conference; accurate?" -> the claim checked on the event

A question that names a seed article (by its place, outlet, author or "op-ed") and asks about
something in it is answered from the entries citing that article, by the telling words they share
with the question; the article's place is then no constraint ("no summit in Tirana"). Below a
threshold the question is left to the other routes. A question about the article itself (who wrote
it, what it gets wrong) is ``articles.py``'s. Tried only when the question holds a word naming an
article, so most questions pay a set intersection.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import replace
from typing import NamedTuple

from ...knowledge.model import Event, Knowledge, Source
from ...patterns import lazy_pattern
from ...reply import Reply
from .. import article_messages, event_messages
from ..lookup import Lookup
from ..other_languages import read_in_english
from ..per_load import PerLoad, per_load
from ..phrasing import item_refs, sentences
from ..places import places_in
from ..normalizing import STOPWORDS, normalize, word_set
from .articles import ARTICLE_ASKS, answer_article
from .claim_checks import answer_claim
from .events import event_reply
from .general import source_reply
from .initiatives import initiative_reply
from .pledges import pledge_reply
from .quotes import quote_reply

#: Words naming an article: only a question holding one is tried.
SCOPE_WORDS = frozenset("article articles piece op oped version report story write wrote".split())
_STEMS = ("article", "piece", "op-ed", "op ed", "oped", "version", "report", "story", "wrote", "tribune")  # "sa tribune": his op-ed
_MAIN_KINDS = frozenset({"conference", "publication"})
#: Words that frame the question rather than tell which entry: the article, its verbs, checking and asking words.
_FRAME = frozenset(
    "article articles piece op ed oped version report story write up says say said mentions mention mentioned talks talk "
    "calls call called claims claim describes describe gives give states refers writes wrote actually really accurate right "
    "correct true verified verify confirmed confirm anywhere outside only translated translation this that it its these those "
    "nato cyber defence defense conference given came before what which when where who how did does do is was were are has "
    "have had been any can could should would will there without".split()
)
#: "the berlin piece calls this nato s first …; is that accurate": a claim about the article's own event.
_CALLS = lazy_pattern(r"\b(?:calls?|called|describes?|described)\s+(?:this|it|the conference|the event)\s+(?:as\s+)?(?P<claim>.+?)"
                    r"(?:\s+(?:is|was|are)\s+(?:that|this|it)\b.*)?$")
_QUOTE_ASK = lazy_pattern(r"\b(?:quotations?|quotes|verbatim|word for word|verif\w*|confirm\w*|cite)\b")
#: What the article says, put as the question's premise: "the tirana article mentions …", "the quotations in the rome piece".
_FRAMED = lazy_pattern(r"\b(?:article|piece|op ed|oped|version|report)\b(?:\W+\w+){0,3}?\W+(?:says?|mentions?|calls?|talks?|claims?|describes?"
                     r"|gives?|change\w*)\b|\b(?:quotations?|quotes)(?: (?:are|appear|does|do|is there))? in the\b|\bwrote in\b"
                     r"|\b(?:quotations|quotes) (?:does|do) (?:the|that|this) .*\b(?:carry|contain|have|include|hold|use)\b")
#: All of an article's quotes asked for, no speaker named: "which quotes are in the oicanadian article", "list the quotes in …".
_ALL_QUOTES = lazy_pattern(r"^(?:(?:so|and|ok) )?(?:which|what|list|show|give me|the|all|any|are there any|any other|other)\b(?: (?:the|all|of the|other))*"
                           r" (?:quotations|quotes)\b")
#: Asks left to their own routes: the words an article quotes, how long ago.
_NOT_OURS = lazy_pattern(r"\b(?:saying|how long|how many (?:years|months|days))\b")
#: "which nato official spoke at the hague? the article only mentions the two ministers": whom the article leaves out is asked.
_ONLY_NAMES = lazy_pattern(r"\bonly (?:mentions?|names?|quotes?|lists?|features?)\b")
_COMMON = frozenset("com eu org net magazine the".split())  # words of an outlet's name that name no outlet
_CHANGE = frozenset("change changed changes alter altered wording reworded drop dropped omit omitted edited edit differ differs".split())
THRESHOLD = 5.0  # telling words' weight an entry must share with the question
LEAD = 1.15  # ... and how far ahead of the next entry
WEIGHED_TOGETHER = 5_000  # entries citing articles up to which their words are weighed all together


class _Entry(NamedTuple):
    kind: str
    item: object
    words: frozenset[str]


class _Scope(NamedTuple):
    items: dict[str, list[tuple[str, object]]]  # by source id: (kind, entry) of what cites the article, its notes' sentences
    outlets: dict[str, frozenset[str]]  # source id -> words naming the article's outlet
    authors: dict[str, frozenset[str]]  # ... and its author
    places: dict[str, frozenset[str]]  # ... and the place of the event it reports
    events: dict[str, Event]  # source id -> the event it reports
    sources: dict[str, Source]  # the seed articles, by id
    scored: dict[str, tuple[tuple[_Entry, ...], dict[str, float]]]  # an article's entries and their words' weights, once asked

    def entries(self, sid: str) -> tuple[tuple[_Entry, ...], dict[str, float]]:
        """The article's entries with their telling words, and each word's weight: how rare it is among the entries.

        A word is weighed by its rarity among every article's entries (a word found across articles tells
        less), where they are at most ``WEIGHED_TOGETHER``; a larger knowledge (where every quote may cite an
        article) makes an article's entries when a question first asks about it, and weighs them among themselves.
        """
        if sid not in self.scored:
            together = sum(map(len, self.items.values())) <= WEIGHED_TOGETHER
            made = {s: tuple(_Entry(kind, item, _words(_text(kind, item))) for kind, item in self.items[s])
                    for s in (self.items if together else (sid,))}
            counts: dict[str, int] = {}
            for entry in (e for entries in made.values() for e in entries):
                for word in entry.words:
                    counts[word] = counts.get(word, 0) + 1
            total = sum(map(len, made.values()))
            weight = {w: math.log((total + 1) / n) for w, n in counts.items()}
            self.scored.update({s: (entries, weight) for s, entries in made.items()})
        return self.scored[sid]


#: Words of an entry's name that do not name it alone: "NATO Cyber Defence Conference" is not named by "the conference".
_GENERIC = frozenset("nato cyber defence defense the of".split())
_BUILT = PerLoad("topics.article_scope.built")  # per knowledge load (``per_load``)

#: A claim about the gathering an article covers, as ``claims.claim_of_report`` puts it: "is it true that the tirana conference …".
_GATHERING_CLAIMED = lazy_pattern(r"^is it true that the [a-z]+(?: [a-z]+)? (?:conference|summit|meeting|event|gathering) ")


#: The article's day against another entry's: "did the op-ed come out before or after the warsaw summit".
_ORDER_ASKED = lazy_pattern(r"\b(?:before or after|after or before|(?:come|came|published|out|written|appeared|run|ran) (?:before|after|earlier than|later than|prior to) the)\b")

def answer_in_article(lookup: Lookup, text: str, question: str, today: dt.date) -> Reply | None:
    """The reply from the entry of the article ``question`` (normalised) names that answers it, or None."""
    lowered = text.lower()
    if SCOPE_WORDS.isdisjoint(word_set(question)) and not any(stem in lowered for stem in _STEMS):
        return None  # most questions: no article named
    understood, question = question, normalize(read_in_english(text, normalize(text).split()))  # as typed: the understood text may have dropped
    # "the tirana article mentions …" (French read: "in his tribune of 2016 ...")
    if _ORDER_ASKED.search(question):
        return None  # "did the op-ed come out before or after the warsaw summit": its day against another's (comparisons)
    if any(pattern.search(question) for name, pattern in ARTICLE_ASKS if name != "errors"):
        return answer_article(lookup, understood, today)  # "who wrote the hague article": the article itself
    if understood.startswith("who is ") and lookup.named(understood[7:], on=today).people:
        return None  # "the hague article just says 'minister ollongren'. what is her full name?": who she is, not the article's entry
    if _GATHERING_CLAIMED.match(understood) and (claim := answer_claim(lookup, understood, today)) is not None and claim.kind == "answer":
        return claim  # "did the tirana piece say it took place in october": its gathering's own facts, checked
    if not _FRAMED.search(question) or _NOT_OURS.search(question) or understood.startswith(("who ", "which ")) and _ONLY_NAMES.search(question):
        return None  # "writing a piece on the hague conference", "the article quotes him saying '…'": other routes'
    scope = article_index(lookup)
    source = _source_named(scope, question)
    if source is None:
        return None
    event = scope.events.get(source.id)
    if event is not None and (match := _CALLS.search(question)):  # "calls this nato s first conference; is that accurate"
        claimed = match["claim"].replace("defense", "defence")  # the article's spelling, not NATO's
        claim = answer_claim(lookup, f"is it true that {event.city or event.name} was {claimed}", today)
        if claim is not None and claim.kind == "answer":
            return claim
    asked = _words(question) - scope.outlets[source.id] - scope.authors[source.id] - scope.places[source.id]
    entries, weight = scope.entries(source.id)
    if _QUOTE_ASK.search(question) and (quotes := _quotes_asked(lookup, entries, asked, weight) or _all_quotes(entries, question)):
        noted = len(quotes) == 1 and quotes[0].note  # "has that been verified": the knowledge's note on that quote says
        return quote_reply(lookup, quotes, article_messages.quote_noted(source.title, event_messages.noted(sentences(quotes[0].note)[0])) if noted
                           else article_messages.quotes_in(source.title, source.publisher, [q.trust for q in quotes]))
    named = [e for e in entries if e.kind in ("initiative", "pledge") and len(own := _words(e.item.name) - _GENERIC) > 1 and own <= asked]
    if len(named) == 1:  # "when was the cyber threat assessment cell set up? the op-ed mentions it": the thing it mentions, by its name
        return (initiative_reply if named[0].kind == "initiative" else pledge_reply)(lookup, named[0].item)
    boost = {"note": 1.5 if asked & _CHANGE else 1.0}  # "did the rmndigital version change nato s wording": its notes say
    ranked = sorted(((math.fsum(weight.get(w, 0.0) for w in asked & e.words) * boost.get(e.kind, 1.0), e) for e in entries),
                    key=lambda s: -s[0])
    if not ranked or ranked[0][0] < THRESHOLD or (len(ranked) > 1 and ranked[0][0] < LEAD * ranked[1][0]):
        return None
    if any(e.kind == "quote" for _, e in ranked[:2]):
        return None  # "the article says ollongren opened it", "does it say saceur got authority": the quote checks'
    entry = ranked[0][1]
    if entry.kind == "note":  # the article's own note; an op-ed is its own entry, which leads ("is that date legit?")
        reply = replace(source_reply(source), title=event_messages.noted(entry.item))
        return replace(reply, items=(*item_refs([event]), *reply.items)) if event is not None and event.kind == "publication" else reply
    if entry.kind == "event":
        return event_reply(lookup, entry.item)
    if entry.kind == "pledge":
        return pledge_reply(lookup, entry.item)
    return initiative_reply(lookup, entry.item)


def _quotes_asked(lookup: Lookup, entries: tuple[_Entry, ...], asked: frozenset[str], weight: dict[str, float]) -> list:
    """The article's quote the question's words point to, or its quotes by the people the question names
    ("the two stoltenberg quotations in the rome piece")."""
    quotes = [(math.fsum(weight.get(w, 0.0) for w in asked & e.words), e.item) for e in entries if e.kind == "quote"]
    best = max(quotes, key=lambda s: s[0], default=(0.0, None))
    if best[0] >= THRESHOLD:
        return [best[1]]
    people = lookup.knowledge.people
    return [q for _, q in quotes if q.speaker in people and _words(people[q.speaker].name) & asked]


def _all_quotes(entries: tuple[_Entry, ...], question: str) -> list:
    """Every quote of the article, when the question asks for its quotes as a whole ("which quotes are in the … article")."""
    return [e.item for e in entries if e.kind == "quote"] if _ALL_QUOTES.match(question) else []


def _source_named(scope: _Scope, question: str) -> Source | None:
    """The one seed article the question names by its outlet, author, op-ed or its event's place."""
    words = word_set(question)
    places = [p for _, p in places_in(question)]
    op_ed = "op ed" in question or "oped" in words
    tiers = (
        [sid for sid, outlet in scope.outlets.items() if outlet & words],  # "the rmndigital piece"
        [sid for sid, event in scope.events.items() if any(p.name == event.city or (not p.is_city and p.country == event.country) for p in places)
         or (op_ed and event.kind == "publication")],  # "the berlin article", "the op-ed"
        [sid for sid, author in scope.authors.items() if author & words],  # "when stoltenberg wrote …"
    )
    named = next((tier for tier in tiers if tier), [])
    return scope.sources[named[0]] if len(named) == 1 else None


def article_index(lookup: Lookup) -> _Scope:
    """Built once per knowledge load (kept for the last few loads, so a reload never rebuilds the live one's)."""
    return per_load(_BUILT, lookup, lambda lookup: _build_scope(lookup.knowledge))


def _build_scope(knowledge: Knowledge) -> _Scope:
    seeds = {s.id: s for s in knowledge.sources.values() if s.seed}
    items: dict[str, list[tuple[str, object]]] = {sid: [] for sid in seeds}
    events: dict[str, Event] = {}
    for kind, entries in (("event", knowledge.events), ("pledge", knowledge.pledges), ("initiative", knowledge.initiatives)):
        for item in entries.values():
            for sid in set(item.sources) & seeds.keys():
                items[sid].append((kind, item))
                if kind == "event" and item.kind in _MAIN_KINDS and sid not in events:
                    events[sid] = item
    for quote in knowledge.quotes.values():
        if quote.source in seeds:
            items[quote.source].append(("quote", quote))
    for sid, source in seeds.items():  # what the knowledge notes of the article itself, a sentence each
        items[sid].extend(("note", sentence) for sentence in sentences(" ".join((source.notes or "").split())) if sentence)
    outlets = {sid: _words(s.publisher or "") - _COMMON for sid, s in seeds.items()}
    authors = {sid: _words(s.author or "") for sid, s in seeds.items()}
    places = {sid: _words(f"{e.city or ''} {e.country or ''}") for sid, e in events.items()} | {sid: frozenset() for sid in seeds if sid not in events}
    scope = _Scope(items, outlets, authors, places, events, seeds, {})
    if seeds and sum(map(len, items.values())) <= WEIGHED_TOGETHER:
        scope.entries(next(iter(seeds)))  # every article's entries at once, now (at load): they are weighed together
    return scope


def _text(kind: str, item) -> str:
    """The words an entry is found by: a quote's text, note and original; an event's names, summary and notes."""
    if kind == "note":
        return item
    if kind == "quote":
        return " ".join((item.text, item.note or "", item.original or ""))
    return " ".join((item.name, *item.aliases, item.summary or "", getattr(item, "notes", None) or ""))


def _words(text: str) -> frozenset[str]:
    return frozenset(w for w in normalize(text).split() if w not in STOPWORDS and w not in _FRAME and len(w) > 1)
