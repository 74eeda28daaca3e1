"""Questions about the articles themselves: what one gets wrong, who wrote it, when and where it was published.

    "what does the rome article get wrong?"      -> that article's card, with what the knowledge notes of it
    "is the berlin article reliable?"            -> the same: its notes say what can and cannot be trusted
    "the berlin article has odd quote marks, is it a translation?" -> the same (``answer_article_trusted``, an early step)
    "who wrote the hague article?"               -> its author, or that it has no byline
    "in which magazine did stoltenberg publish the op-ed?" -> its publisher
    "which article is about tirana?", "link to the berlin article" -> the article, its date and address

The article is the seed source behind the event, place or year the question names. A question about what an
article *quotes* ("the berlin article quotes stoltenberg saying …") is a quote question and is left to those routes.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from functools import lru_cache

from ...knowledge.model import Event, Source
from ...reply import ItemRef, Reply
from ..lookup import Lookup
from ..places import Place, places_in
from ..phrasing import shorten
from ..quoted import without_quoted
from ..normalizing import normalize, word_set
from .events import event_reply
from .general import not_found, source_reply
from ...patterns import lazy_pattern

#: A word that names an article; only a question holding one is tried here.
ARTICLE_WORDS = frozenset("article articles piece op ed oped story write report".split())
_ARTICLE = lazy_pattern(r"\b(?:article(?! \d)|piece|op ed|oped|story|write up|news report|report)s?\b")  # "article 5" is the treaty's
#: "article 5", "articles five and six": the treaty's articles, never a news article.
TREATY_ARTICLE = lazy_pattern(r"\barticles? (?:[2-6]|two|three|four|five|six)\b")
#: What an article leaves out, asked of it: "what does the rome article leave out", "... not say", "what is missing from it".
_OMITS = (r"\b(?:leaves? out|left out|omit\w*|missing|gaps?|silent on|lacks?|skips?|skipped"
          r"|(?:not|never) (?:say|said|mention|mentioned|tell|cover|give|include|state|name|report)"
          r"|(?:does|do|did) not (?:\S+ ){1,4}?(?:say|mention|tell|cover|give|include|state|name|report))\b")  # "what does not the rome article say"
#: What is asked of the article, by the words that ask it.
ARTICLE_ASKS = _ASKS = (
    ("errors", lazy_pattern(r"\b(?:wrong|errors?|mistakes?|inaccura\w*|reliable|accurate|trust\w*|correct|right|credible|misleading|translation"
                          r"|fact check\w*|problems?|issues?|flaws?|bias\w*)\b|" + _OMITS)),
    ("author", lazy_pattern(r"\b(?:who (?:wrote|penned|authored)|wrote it|written by|author|byline|journalist|writer)\b")),
    ("published", lazy_pattern(r"\b(?:when (?:was|is|did)\b.*\b(?:published|written|posted|out|appear\w*)|publication date|date of|(?:come|came) out)\b"
                               # "what's the date of the tirana article (on europediplomatic)", read as "when was the tirana article ...": its date
                               r"|^when (?:was|is) (?:the|that|this) (?:\S+ ){0,3}?(?:article|op ed|oped|write up|news report)(?: (?:on|in|at|from|by) (?:\S+ ){0,2}?\S+)?$")),
    ("publisher", lazy_pattern(r"\b(?:which|what|where) (?:\S+ )?(?:site|website|magazine|paper|newspaper|outlet|publication|publisher|media)\b"
                             r"|\bwhere (?:was|is|did)\b.*\b(?:published|appear\w*|run|posted)|\bpublished (?:in|by|on) (?:which|what)\b|\bwho (?:published|posted|ran|printed|carried)\b")),
    # "which article is about tirana", "link to the berlin article", "where can i read the op-ed": the article itself
    ("link", lazy_pattern(r"\b(?:url|links? (?:to|for|of)|links?$|where can i (?:read|find|see)|(?:which|what) (?:article|piece|story|report)|^(?:the )?(?:article|piece|story|op ed) (?:about|on))\b")),
    # "is the berlin article a machine translation", "can i lift the quotes straight from it": what it notes of its wording
    ("errors", lazy_pattern(r"^(?:is|was) (?:the |this |that |my )?(?:\S+ ){0,3}?(?:article|piece|report|story) (?:a |an )?(?:\S+ )?(?:machine )?translat\w*"
                            r"|\b(?:lift|copy|reuse|take)\b(?: \S+){0,3}? (?:quotes|lines|quotations)\b")),
)
#: Where an article's text comes from: "is the rome article original reporting or based on a release", "an english
#: original or a translation?", "how does it differ from the nato release". Asked only as the whole message asks it.
_ORIGIN = lazy_pattern(r"\b(?:based on|original (?:reporting|report|piece|article|story|text|work)|own reporting|reporting of its own"
                       r"|original or (?:an? )?(?:\S+ )?translat\w*|translat\w* or (?:an? )?(?:\S+ )?original|(?:re ?edit|rewrit|reprint|republish)\w*"
                       r"|(?:change|changed|alter|altered|differ|differs) (?:\S+ )?(?:from|compared (?:with|to))|(?:compared|compare) (?:with|to) the (?:\S+ )?(?:release|original)|(?:vs|versus) (?:the )?(?:\S+ )?(?:release|original)"
                       r"|translated from|(?:another|other|foreign|some other) language)\b")
#: Words of a quote question: "the berlin article quotes stoltenberg saying …" asks about the quote, not the article.
_QUOTING = lazy_pattern(r"\b(?:says?|said|saying|quotes?|quoted|quotation|words|wording|called)\b")
_OMITTING = lazy_pattern(_OMITS)  # "what does the rome article not say": what it leaves out, no quote
_CARRIED_QUOTE = r"\b(?:with|carrying|containing|featuring|that has|which has) (?:the |a |that |this |his |her |their )?(?:\S+ ){0,2}?(?:quotes?|lines?|quotation)$"
_CARRIED = lazy_pattern(_CARRIED_QUOTE)  # "... with the ollongren quote": which article, not what it is about
#: ... unless it asks whether the article's quotes can be used as they stand: "can i lift the quotes straight from it",
#: or names the article by a quote it carries: "who wrote the hague article with the ollongren quote".
_ITS_QUOTES = lazy_pattern(r"\b(?:lift|copy|use|reuse|take|trust|print|rely on)\b(?: \S+){0,3}? (?:quotes|lines|quotations)\b(?: \S+){0,2}? (?:from|in|of) (?:it|(?:the|this|that|my)(?: \S+){0,2}? (?:article|piece|report|story))\b"
                           r"|\b(?:its|the article s|the piece s) (?:quotes|lines|quotations)\b"
                           r"|" + _CARRIED_QUOTE)
_NOT_A_SUBJECT = lazy_pattern(r"\b(?:come|came|out|and|the|a|an|this|that|these|article|piece|op ed|oped|story|report|about|on|of|in|nato|s|what|which|who|when|where|how"
                            r"|does|do|did|is|was|were|are|any|get|gets|got|it|its|there|have|has|had|by|with|wrote|write|written|published"
                            r"|publish|posted|appeared|magazine|website|site|paper|newspaper|outlet|publication|publisher|author|byline|date"
                            r"|wrong|errors?|mistakes?|reliable|accurate|trust\w*|correct|right|credible|misleading|problems?|issues?|flaws?"
                            r"|url|link|links|to|for|talks?|read|find|see|can|i|me|give|send"
                            r"|translat\w*|machine|garbled|bad|reads?|like|lift|copy|usable|reuse|use|straight|directly|quotes?|lines|sounds?|looks?|seems?"
                            r"|or|from|based|original(?= or| reporting| report| text| work)|own|reporting|else|something|anything|english|release|press|compared|compare|changed?|altered|alter"
                            r"|differs?|reprint\w*|rewrit\w*|republish\w*|re ?edit\w*|vs|versus|another|other|foreign|language|up|their|lifted|originally|copied"
                            r"|leaves?|left|omit\w*|missing|gaps?|silent|lacks?|skips?|skipped|not|never|say|mention\w*|tell|cover|give|include|state|name)\b")
OP_ED = "op ed"
#: A fact asked beside words on an article's origin: left to the routes that answer it.
_FACT_ASKED = lazy_pattern(r"\b(?:when|where|who|date|dates|day)\b")
#: A detail of the text an article came from, asked by name: "which outlet was it translated from", "the original's headline".
_ORIGIN_DETAIL = lazy_pattern(r"\b(?:which|what) (?:\S+ ){0,2}(?P<noun>outlet|site|website|paper|newspaper|publication|publisher|language|headline|title|author|journalist|url|link)s?\b")


def answer_article(lookup: Lookup, question: str, today: dt.date, asked: str | None = None) -> Reply | None:
    """The reply to a question about a seed article itself (``asked`` of it, else read from ``question``), or None when
    the question is not one."""
    if not _ARTICLE.search(question) or _QUOTING.search(question) and not _ITS_QUOTES.search(question) and not _OMITTING.search(question):
        return None
    untitled = _without_titles(lookup, question)  # "who wrote 'first in nato! we must not repeat this mistake'": no error asked
    if (asked := asked or next((name for name, pattern in _ASKS if pattern.search(untitled)), None)) is None:
        return None
    if asked == "publisher" and _ORIGIN.search(question):
        asked = "origin"  # "which outlet was the berlin article translated from": not the one that ran it
    source, event = article_named(lookup, question)
    if asked == "published" and event is not None and event.kind == "publication":
        return None if question.startswith("how ") else event_reply(lookup, event, "when")  # "when was stoltenberg s article published": its own card
    if source is None:
        articles = [f"{s.title} ({s.publisher})" if s.publisher else s.title for s in lookup.knowledge.sources.values() if s.seed]
        return not_found(f"I have no article about “{shorten(_subject(question), 60)}”", f"The articles: {'; '.join(articles)}.", ("sources",))
    if asked == "origin" and (detail := _ORIGIN_DETAIL.search(question)):  # "which outlet was the berlin article translated from"
        return replace(source_reply(source), title=f"The knowledge does not record the {detail['noun']} of the text “{source.title}” comes from; what it notes of its origin")
    title = article_title(source, asked)
    if asked == "author" and source.published and ARTICLE_ASKS[2][1].search(question):  # "who wrote it and when did it come out"
        title += f"; published {source.published}"
    reply = replace(source_reply(source), title=title, kind="not_found" if asked == "author" and not source.author and not ARTICLE_ASKS[2][1].search(question) else "answer")
    if asked == "author" and not ARTICLE_ASKS[2][1].search(question) and (author := next((p for p in lookup.knowledge.people.values() if p.name == source.author), None)):
        reply = replace(reply, items=(ItemRef("person", author.id), *reply.items))  # "who wrote it": the writer is the answer
    if event is not None and (asked == "publisher" or event.kind == "publication"):  # "where did the tirana article run": its event leads
        reply = replace(reply, items=(ItemRef("event", event.id), *reply.items))
    return reply


#: The article itself asked to be trusted: "is the berlin article reliable", "can i trust the article about berlin".
_TRUSTED_WRITING = r"(?:the|this|that) (?:[a-z]+ ){0,3}?(?:article|piece|op ed|report|story)(?: (?:about|on) (?:the )?[a-z]+(?: conference| summit)?)?"
_ARTICLE_TRUSTED = lazy_pattern(rf"^(?:is|was) {_TRUSTED_WRITING} (?:a |an )?(?:machine )?(?:translat\w*|reliable|accurate|trustworthy|credible|legit)$"
                                rf"|^(?:(?:can|should) (?:i|we) trust|how (?:reliable|accurate|trustworthy) is) {_TRUSTED_WRITING}$")


def answer_article_trusted(lookup: Lookup, question: str, today: dt.date) -> Reply | None:
    """"is the article about berlin a translation", "can i trust the berlin article": the article's card and its notes,
    before a note on one of its quotes or the event's quotes; None for other questions."""
    return answer_article(lookup, question, today) if _ARTICLE_TRUSTED.match(question) else None


def answer_article_origin(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """"how does the rome piece differ from the nato release": where an article's text (``text`` as typed) comes from,
    asked before the comparisons read "the rome piece" and "the nato release" as two entries to set side by side."""
    question = normalize(text)
    if ARTICLE_WORDS.isdisjoint(word_set(question)) or not _ORIGIN.search(question) or _FACT_ASKED.search(question):
        return None
    unquoted = normalize(without_quoted(text))
    if any(pattern.search(unquoted) for _, pattern in _ASKS):  # "'first in nato! we must not repeat this mistake'": its title
        return None  # "the berlin article, which reads as if translated, omits the date: when was it?": the date is asked
    return answer_article(lookup, question, today, "origin")


def article_named(lookup: Lookup, question: str) -> tuple[Source | None, Event | None]:
    """The seed article behind the one event the question names ("the rome article", "the op-ed")."""
    articles = [s for s in lookup.knowledge.sources.values() if s.seed]
    subject = _subject(question)
    if len(titled := [s for s in articles if _names_title(s, question)]) == 1:
        piece = next((e for e in lookup.knowledge.events.values() if e.kind == "publication" and titled[0].id in e.sources), None)
        return titled[0], piece  # "who wrote 'continuing nato cooperation' something something": named by its title; the op-ed's own entry
    words = subject.split()  # "the hague article on thediplomaticaffairs": the publisher names the article, not the event
    by = next((s for s in articles if (pub := _publisher_words(s)) and pub <= set(words)), None)
    if by is None and (spaced := next(((s, n) for s in articles if (n := _publisher_spaced(s, words))), None)):
        by, words = spaced[0], [w for w in words if w not in spaced[1]]  # "the diplomatic affairs article": thediplomaticaffairs.com
    if by is None and (authored := next((s for s in articles if s.author and normalize(s.author).split()[-1] in words), None)) is not None:
        named = lookup.best(subject, ("event",))  # "the article of stanica": hers; "stoltenberg s op ed" is an entry of its own
        by = authored if named is None or named.kind != "publication" else None
    subject = " ".join(w for w in words if by is None or w not in _publisher_words(by) | set(normalize(by.author or "").split()))
    if by is not None and not subject:
        return by, None  # "who wrote the oicanadian article"
    if OP_ED in question or "oped" in question.split():
        subject = f"{subject} op ed"
    event = lookup.best(subject, ("event",)) if subject.strip() else None
    if event is None or any(_elsewhere(event, place) for _, place in places_in(subject)):
        return None, None  # "the article about the oslo conference": no article is about one
    cited = [s for s in articles if s.id in event.sources and (by is None or s is by)]
    return (cited[0] if len(cited) == 1 else None), event


_TITLE_RUN = 3  # words of a title, one after another, that name its article


def _names_title(source: Source, question: str) -> bool:
    """Whether ``question`` (normalised) holds a run of words of the article's title ("continuing nato cooperation")."""
    spaced = f" {question} "
    return any(run in spaced for run in _title_runs(source.title))


@lru_cache(maxsize=256)  # a few seed titles, read for every question naming an article
def _title_runs(title: str) -> tuple[str, ...]:
    """Each run of ``_TITLE_RUN`` words of ``title``, normalised and spaced as a spaced question would hold it."""
    words = normalize(title).split()
    return tuple(f" {' '.join(words[n : n + _TITLE_RUN])} " for n in range(len(words) - _TITLE_RUN + 1))


def _without_titles(lookup: Lookup, question: str) -> str:
    """``question`` (normalised) with any seed article's whole title blanked, so a title's words never ask anything."""
    for source in lookup.knowledge.sources.values():
        if source.seed and (title := normalize(source.title)) in question:
            question = question.replace(title, " ")
    return question


def _publisher_words(source: Source) -> set[str]:
    """"thediplomaticaffairs.com" -> {"thediplomaticaffairs"}: the words naming where an article ran."""
    return set(_publisher_names(source.publisher or ""))


@lru_cache(maxsize=256)  # a few seed publishers, read for every question naming an article
def _publisher_names(publisher: str) -> tuple[str, ...]:
    """``_publisher_words`` of a publisher, in the order their set is read (``_publisher_spaced`` takes the first that fits)."""
    return tuple(set(normalize(publisher).split()) - _WEB_WORDS)


def _publisher_spaced(source: Source, words: list[str]) -> set[str]:
    """The words of ``words`` that spell a run-together publisher apart, else none: "diplomatic affairs" (or
    "diplomaticaffairs") for "thediplomaticaffairs.com", "rmn digital" for "rmndigital.com"."""
    runs = _runs_joined(tuple(words))
    for name in _publisher_names(source.publisher or ""):
        bare = name[3:] if name.startswith("the") and len(name) > 6 else name
        if len(bare) > 4 and (found := [runs[joined] for joined in (name, bare) if joined in runs]):
            start, end = min(found)
            return set(words[start:end])
    return set()


@lru_cache(maxsize=64)  # one question's words, asked of each seed article's publisher in turn
def _runs_joined(words: tuple[str, ...]) -> dict[str, tuple[int, int]]:
    """Each run of one to three of ``words`` run together ("diplomaticaffairs"), with where its first run starts and ends."""
    runs: dict[str, tuple[int, int]] = {}
    for start in range(len(words)):
        for end in range(start + 1, min(start + 3, len(words)) + 1):
            runs.setdefault("".join(words[start:end]), (start, end))
    return runs


_WEB_WORDS = frozenset("com org net www co uk news the".split())


def _subject(question: str) -> str:
    return " ".join(_NOT_A_SUBJECT.sub(" ", _CARRIED.sub(" ", question)).split())


def _elsewhere(event, place: Place) -> bool:
    """Whether ``event`` was held away from ``place``; a piece held nowhere ("the op-ed about warsaw") is about the places it names."""
    if not (event.city or event.country):
        return f" {normalize(place.name)} " not in f" {normalize(' '.join((event.name, event.summary or '', event.notes or '')))} "
    return place.name != event.city and place.country != event.country


def article_title(source: Source, asked: str) -> str:
    """The title of a reply about ``source`` for what is ``asked`` of it: its author, date, publisher, address or notes."""
    name = f"“{source.title}” ({source.publisher})" if source.publisher else f"“{source.title}”"
    if asked == "author":
        return f"{name} was written by {source.author}" if source.author else f"{name} names no author"
    if asked == "published":
        return f"{name} was published {source.published}" if source.published else f"{name} gives no publication date"
    if asked == "publisher":
        return f"“{source.title}” was published by {source.publisher}" if source.publisher else f"{name}: no publisher recorded"
    if asked == "link":  # the article itself, where to read it
        return f"{name}" + (f", {source.published}" if source.published else "") + (f": {source.url}" if source.url else "")
    if asked == "origin":
        return f"{name}: where its text comes from, as the knowledge notes it"
    return f"{name}: what the knowledge notes about it"
