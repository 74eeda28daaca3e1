"""An article named by its title in quotation marks, and who wrote an article, put as a claim to check.

    "who wrote 'Continuing NATO Cooperation and Strengthening Cyber Defences'?"   -> that article: by Roxana Stanica
    "is there an author or a publication date on 'What Is NATO Doing About Cyber Attacks?'" -> it names neither
    "does 'First in NATO! We must not repeat this mistake.' carry a byline? which site ran it?" -> no byline; oicanadian.com
    "Roxana Stanica wrote the Berlin 'First in NATO!' article, correct?"   -> No: it names no author; she wrote the Hague one
    "did stanica write the rome article?", "is stoltenberg the author of the hague article?" -> the same check

Quoted words are a title when they are three or more words of one seed article's title, one after another, and no
quote holds them: "'we must not repeat this mistake'" is Stoltenberg's line as well as part of a headline, so it stays
his line. What is asked is read from the rest of the message, never from the title's own words ("mistake", "what is
nato doing"). The op-ed, a publication with an entry of its own, is left to ``written_words`` (its own card leads).
Tried only when the message holds a quotation mark, or a word of writing beside a word of authorship. Pure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...knowledge.model import Person, Source
from ...patterns import lazy_pattern
from ...reply import ItemRef, Reply
from .. import check_messages
from ..lookup import Lookup
from ..places import places_in
from ..quote_pool import quotes_holding_phrase
from ..quoted import quoted_spans, without_quoted
from ..search import normalize
from .articles import ARTICLE_ASKS, ARTICLE_WORDS, article_named, article_title
from .general import source_reply

_TITLE_LEAST = 3  # words of a title, one after another, that name its article
#: Words that put who wrote a piece: "X wrote the berlin article", "is X the author of ...", "the byline is X".
_AUTHORSHIP = frozenset("wrote write writes written author authored penned byline".split())
_DATE_ASKED = lazy_pattern(r"\b(?:date|dated|when)\b")  # "does it carry a byline or a date": its publication date
_ASKED_ORDER = ("author", "published", "publisher", "link", "errors")


def answer_titled_article(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """The reply to a question about a seed article named by its quoted title (``text`` as typed), or to a claim that
    someone wrote a seed article; None for any other question."""
    spans = quoted_spans(text) or _unclosed(text)
    words = set(normalize(text).split())
    if not spans and (_AUTHORSHIP.isdisjoint(words) or ARTICLE_WORDS.isdisjoint(words)):
        return None  # most questions: no quotation mark, no "wrote" beside "article"
    rest = normalize(without_quoted(text) if quoted_spans(text) else text.replace(spans[0], " ") if spans else text)
    claimed = _author_claimed(lookup, rest, today)
    source = _titled(lookup, spans) if spans else None
    if source is None and (claimed is None or ARTICLE_WORDS.isdisjoint(rest.split())):
        return None  # no title quoted: only a claim of who wrote an article is answered here
    if source is None:
        unnamed = " ".join(lookup.named(rest, on=today).rest)  # "stanica wrote the berlin article": the berlin one, hers aside
        source, event = article_named(lookup, unnamed)
        if source is None or event is not None and event.kind == "publication":
            return None  # "did rutte write the op-ed": the op-ed's own entry answers (``written_words``)
    elif any(e.kind == "publication" and source.id in e.sources for e in _publications(lookup)):
        return None
    if claimed is not None:
        return _authorship_checked(lookup, source, claimed)
    asked = [name for name in _ASKED_ORDER if _asks(name, rest)] if spans else []
    if not asked or _names_occasion(rest):  # "berlin 2023 - when? the article 'first in nato' has no date": the event's date
        return None
    return _article_facts(lookup, source, list(dict.fromkeys(asked)))


#: A quotation opened and never closed, to the end of the message: "... on 'What Is NATO Doing About Cyber Attacks?" (the
#: closing mark lost with the question mark it followed).
_UNCLOSED = lazy_pattern(r"(?:^|\s)['‘\"“](?P<span>[^'’\"”]{8,})$")


def _unclosed(text: str) -> tuple[str, ...]:
    if "'" not in text and "‘" not in text and '"' not in text and "“" not in text:
        return ()  # most questions: no opening mark
    return (match["span"].strip(" .,;:!?"),) if (match := _UNCLOSED.search(text.strip())) else ()


def _titled(lookup: Lookup, spans: tuple[str, ...]) -> Source | None:
    """The one seed article whose title holds a quoted span of ``_TITLE_LEAST`` words or more that no quote holds."""
    for span in map(normalize, spans):
        if len(span.split()) < _TITLE_LEAST:
            continue
        titled = [s for s in lookup.knowledge.sources.values() if s.seed and f" {span} " in f" {normalize(s.title)} "]
        if len(titled) != 1 or quotes_holding_phrase(lookup, span) or _entry_named(lookup, span):
            continue  # "'we must not repeat this mistake'": his line; "the annual 'nato cyber defence conference'": the series
        return titled[0]
    return None


def _names_occasion(rest: str) -> bool:
    """Whether the message, its title aside, names a place or a year: then a gathering is asked about, not the article."""
    return bool(_YEAR.search(rest)) or bool(places_in(rest))


_YEAR = lazy_pattern(r"\b(?:19|20)\d\d\b")


def _entry_named(lookup: Lookup, span: str) -> bool:
    """Whether ``span`` (normalised) is (part of) the name of an event, pledge or initiative: that entry, not a title."""
    item = lookup.best(span, ("event", "pledge", "initiative"), min_coverage=0.75)
    return item is not None and any(f" {span} " in f" {normalize(name)} " for name in (item.name, *item.aliases))


def _publications(lookup: Lookup):
    return (e for e in lookup.knowledge.events.values() if e.kind == "publication")


def _asks(name: str, rest: str) -> bool:
    """Whether ``rest`` (the message without the title) asks ``name`` of the article."""
    if name == "published" and _DATE_ASKED.search(rest):
        return True
    return any(pattern.search(rest) for asked, pattern in ARTICLE_ASKS if asked == name)


def _author_claimed(lookup: Lookup, rest: str, today: dt.date) -> Person | None:
    """The one person ``rest`` puts as the writer of the article ("stanica wrote the berlin article, correct?", "is
    stoltenberg the author of the hague piece"), else None: never a denial ("geoana never wrote an article") nor an aside
    ("the article of stanica does not write the date", "stanica, who wrote the hague article, what else ...")."""
    if not _CLAIMED_WRITER.match(rest) or _NOT_A_CLAIM.search(rest):
        return None
    people = lookup.named(rest, on=today).people
    return people[0] if len(people) == 1 else None


#: "X wrote the ...", "did X write the ...", "is X the author of the ...", "was the ... written by X".
_CLAIMED_WRITER = lazy_pattern(r"^(?:(?:so |and )?(?:did|does|has|had) (?:\S+ ){1,2}?(?:write|author|pen)|(?:\S+ ){0,2}?\S+ (?:wrote|authored|penned)"
                               r"|(?:is|was) (?:\S+ ){1,2}?(?:the )?(?:author|writer) of|(?:is|was) (?:the|that|this) (?:\S+ ){0,4}?(?:written|authored|penned) by) ")
_NOT_A_CLAIM = lazy_pattern(r"\b(?:never|not|nt|who|whom|whose|else|other|what|when|which)\b")


def _article_facts(lookup: Lookup, source: Source, asked: list[str]) -> Reply:
    """The article's card, titled with each fact asked (its author, date, publisher, address) or that it has none."""
    author = _author(lookup, source)
    lead = [ItemRef("source", source.id), *([ItemRef("person", author.id)] if author else [])]
    if asked == ["author"]:
        lead.reverse()  # "who wrote '...'": the writer leads, as for "who wrote the hague article"
    if len(asked) == 1:
        title = article_title(source, asked[0])
        kind = "not_found" if asked == ["author"] and not source.author else "answer"
    else:
        name = f"“{source.title}” ({source.publisher})" if source.publisher else f"“{source.title}”"
        title = f"{name}: " + "; ".join(filter(None, (_fact(source, a) for a in asked)))
        kind = "answer"
    return replace(source_reply(source), title=title, kind=kind, items=tuple(dict.fromkeys(lead)))


def _fact(source: Source, asked: str) -> str:
    if asked == "author":
        return f"written by {source.author}" if source.author else "no byline (no author named)"
    if asked == "published":
        return f"published {source.published}" if source.published else "no publication date"
    if asked == "publisher":
        return f"published by {source.publisher}" if source.publisher else "no publisher recorded"
    if asked == "link":
        return source.url or "no address recorded"
    return "what the knowledge notes about it below"


def _author(lookup: Lookup, source: Source) -> Person | None:
    return next((p for p in lookup.knowledge.people.values() if source.author and p.name == source.author), None)


def _authorship_checked(lookup: Lookup, source: Source, claimed: Person) -> Reply:
    """"X wrote <article>, right?": yes, or no with who did (or that it names no one) and what X did write."""
    name = f"“{source.title}” ({source.publisher})" if source.publisher else f"“{source.title}”"
    reply = source_reply(source)
    if source.author == claimed.name:
        return replace(reply, title=check_messages.claim_yes(f"{name} was written by {claimed.name}"),
                       items=(ItemRef("person", claimed.id), ItemRef("source", source.id)))
    theirs = [s for s in lookup.knowledge.sources.values() if s.seed and s.author == claimed.name]
    fact = f"{name} was written by {source.author}, not {claimed.name}" if source.author else f"{name} names no author"
    if theirs:
        fact += f"; {claimed.name} wrote “{theirs[0].title}”" + (f" ({theirs[0].publisher})" if theirs[0].publisher else "")
    items = (ItemRef("person", claimed.id), *(ItemRef("source", s.id) for s in theirs), ItemRef("source", source.id))
    return replace(reply, title=check_messages.claim_wrong(fact), items=tuple(dict.fromkeys(items)))
