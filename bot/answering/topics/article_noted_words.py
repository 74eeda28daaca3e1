"""Words of an article in quotation marks that are no one's line but what the knowledge notes of that article.

    "The op-ed credits 'Defence News' as the original publisher. Is that the outlet's correct name?"
        -> the op-ed's card, led by its note: ... "originally published by Defence News on 8 July" (the US outlet is spelt
           Defense News) ...
    "The Berlin piece ends with '(tags for translation)' and 'Source link'. Is it a translation?"
        -> the oicanadian article, led by its note: Undated machine translation ...; "(tags for translation)" is left in the text
    "In the op-ed: '... alongside air, land and sea done.' Is 'done' in the original?" -> the op-ed, its note on the stray "done"

Only a message that names an article (article, piece, op-ed, report ...) and quotes words the notes of a seed article
hold as typed, and no quote holds: those are an outlet's name, a leftover tag or a slip the article has, not a line
anyone said, so "No quote in the knowledge says 'Defence News'" answered nothing. When the message names which article,
only that article's notes count; an article with an entry of its own (the op-ed) is led by it. Tried by the quote
checks (``quoted_words``) only when no line, title or written sentence holds the words, just before they would say
"No quote in the knowledge says ...", or when the message asks what the words mean, tell or how they are spelt ("what
does that mean?", which the quote checks do not ask). Costs a question with no article word nothing beyond a set check.
"""

from __future__ import annotations

from dataclasses import replace

from ...knowledge.model import Source
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import item_refs, sentences
from ..quote_pool import quotes_holding_phrase
from ..quoted import quoted_spans
from ..search import normalize
from .articles import article_named
from .general import source_reply

_ARTICLE_WORDS = frozenset("article articles piece op oped report story seed headline byline text".split())
_LEAST_LETTERS = 4  # a span of one word shorter than this ("a", "of") names nothing of a note


def answer_article_noted_words(lookup: Lookup, text: str) -> Reply | None:
    """The card of the article whose notes hold the words ``text`` quotes, led by those notes; None if it asks nothing so."""
    if (spans := quoted_spans(text)) == () or _ARTICLE_WORDS.isdisjoint(question := normalize(text).split()):
        return None
    phrases = [p for p in map(normalize, spans) if len(p) >= _LEAST_LETTERS and not quotes_holding_phrase(lookup, p)]
    if not phrases:
        return None  # every quoted span is (in) someone's line: the quote checks answer
    named = article_named(lookup, " ".join(question))[0]
    articles = [named] if named is not None else [s for s in lookup.knowledge.sources.values() if s.seed]
    noted = [(source, said) for source in articles if (said := _noted(source, phrases))]
    if len(noted) != 1:
        return None  # nothing noted of those words, or several articles' notes: not one article asked about
    source, said = noted[0]
    card = source_reply(source)
    outlet = f" ({source.publisher})" if source.publisher else ""
    own = [e for e in lookup.knowledge.events.values() if e.kind == "publication" and source.id in e.sources][:1]  # the op-ed's entry leads
    return replace(card, title=f"“{source.title}”{outlet}: {' '.join(said)}", items=(*item_refs(own), *card.items))


def _noted(source: Source, phrases: list[str]) -> list[str]:
    """The sentences of ``source``'s notes that hold one of ``phrases`` (normalised) word for word, in the notes' order."""
    return [s for s in sentences(" ".join((source.notes or "").split())) if any(f" {p} " in f" {normalize(s)} " for p in phrases)]
