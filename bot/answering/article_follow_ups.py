"""Follow-ups about the article the conversation last talked about, asked of it by its title.

    after "who wrote 'Continuing NATO Cooperation and Strengthening Cyber Defences'?" (that article)
    "and when was it published?"                    -> "when was it published the article “Continuing NATO Cooperation …”"
    after "who wrote the hague article?" (Roxana Stanica): "and when was it published?" -> the same, of her article
    after "which article has 'cyber is a constantly contested space'?" (the rmndigital.com article)
    "what's the publication date of that article?"  -> "when was it published the article “What Is NATO Doing About Cyber Attacks?”"
    "who's the author?", "which site ran it?", "link?" -> who wrote it, which site published it, its url
    after a quote (its sources shown): "who wrote it?", "when was it published?" -> of the seed article reporting it

Only after an answer about a seed article, and only for what is asked of an article (its author, date, publisher or
address); a question naming an article of its own ("and the hague one?") is left alone. Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .normalizing import normalize, word_set
from .topics.articles import ARTICLE_ASKS, article_named

#: What each ask becomes, said of an article named by its title: the words ``titled_articles`` and ``articles`` read it by.
_ASKED_AS = {"author": "who wrote", "published": "when was it published", "publisher": "which website published", "link": "the url of"}


def article_asked(lookup: Lookup, text: str, subject: ItemRef | None) -> str | None:
    """``text`` asked of the seed article ``subject`` is, by its title in quotation marks; None otherwise."""
    question = normalize(text)
    if (source := _article_of(lookup, subject, question)) is None:
        return None
    asked = [_ASKED_AS[name] for name, pattern in ARTICLE_ASKS if name in _ASKED_AS and pattern.search(question)
             and (subject.type != "quote" or name in _OF_A_QUOTE)]
    if not asked or article_named(lookup, question)[0] is not None:
        return None  # "and the hague article, who wrote it?": the one it names, asked as typed
    return f"{', '.join(dict.fromkeys(asked))} the article “{source.title}”"


def _article_of(lookup: Lookup, subject: ItemRef | None, question: str):
    """The seed article ``subject`` is; after its writer ("who wrote the hague article?"), the one article they wrote,
    when the question points at "it" ("and when was it published?"), not at them."""
    if subject is None:
        return None
    sources = lookup.knowledge.sources
    if subject.type == "source":
        return sources[subject.id] if subject.id in sources and sources[subject.id].seed else None
    if subject.type == "quote" and not _IT.isdisjoint(word_set(question)) and not _A_PIECE_NAMED.search(question) \
            and (quote := lookup.item(subject)) is not None:
        return sources[quote.source] if quote.source in sources and sources[quote.source].seed else None  # "who wrote it", after its source
    if subject.type != "person" or _IT.isdisjoint(word_set(question)) or (person := lookup.knowledge.people.get(subject.id)) is None:
        return None
    written = [s for s in sources.values() if s.seed and s.author == person.name]
    return written[0] if len(written) == 1 else None


_IT = frozenset("it its article piece".split())
#: A piece the question names itself, not the one a quote was reported in: "the op-ed claims it first ran ...".
_A_PIECE_NAMED = lazy_pattern(r"\b(?:the|an?) (?:op ed|oped|editorial|\w+ article|\w+ piece)\b")
#: Asked of a quote, "it" is the article that reports it only for these: "link?" is the quote's own sources.
_OF_A_QUOTE = frozenset(("author", "published", "publisher"))
