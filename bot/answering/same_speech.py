"""After an answer about a quote, another quote of the same speaker and occasion asked for by its topic.

    after Stoltenberg's Rome quote on recommitting
    "and the other quote from that speech, the one about peace and crisis?"
        -> "what did Jens Stoltenberg say in Rome about peace and crisis"
    after Stoltenberg's Berlin quote on not repeating a mistake
    "and the russia energy sentence just before it, its original wording?"
        -> "what was the original wording of the russia energy quote by Jens Stoltenberg"

Only a text that points at the same occasion ("the other quote", "from that speech", "just before it") and names a
topic is read so; the speaker and the place come from the last answer's quote. Without a topic, the other quotes of the
article the last quote comes from (``same_article``):

    after Rutte's Tirana quote on actors working against us
    "are there other quotes from him in the same article? list them pls"
        -> "the Mark Rutte quotes in the Europe Diplomatic article"
    "any other quotes in that piece?" -> "the quotes in the Europe Diplomatic article"

Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

_POINTS = lazy_pattern(r"\b(?:other|another|same)\b|\b(?:that|this) (?:speech|address|talk|article|piece|op ed|conference|event|remarks)\b"
                       r"|\b(?:just )?(?:before|after) (?:it|that|this)\b")
_NOUNS = frozenset("quote quotes quotation line lines sentence sentences passage bit part remark one".split())
_ABOUT = lazy_pattern(r"\b(?:about|on|regarding) (?P<topic>(?:(?!(?:what|which|how|was|is|can|could|did|and what)\b)\S+ ?)+)")
_NAMED = lazy_pattern(r"\bthe (?P<topic>(?:(?!(?:other|same|next|previous|that|this|one)\b)\S+ ){1,4}?)(?:sentence|line|quote|passage|bit|remark|part)\b")
_CLAUSE = lazy_pattern(r"[;?!]|\s[-\u2013\u2014]+\s|,(?= *(?:what|which|how|is|was|can|could|its|their|the original|original)\b)")
_WORDING = frozenset("original wording verbatim english exact transcript".split())
#: The article the last quote came from: "in the same article", "from that piece", "does the article quote him elsewhere".
_SAME_ARTICLE = lazy_pattern(r"\b(?:same|that|this|the) (?:article|piece|report|source|text|story|write up)\b")
_OTHERS = lazy_pattern(r"\b(?:other|others|more|else|elsewhere|further|rest)\b")
_PERSONAL = frozenset("he him his she her".split())


def same_speech(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """The question ``text`` asks of another quote by the speaker of the quote ``subject`` names, or None."""
    if subject.type != "quote":
        return None
    words = normalize(text)
    if _NOUNS.isdisjoint(words.split()) or not _POINTS.search(words):
        return None
    quote = lookup.item(subject)
    speaker = lookup.knowledge.people.get(getattr(quote, "speaker", "") or "")
    clauses = [normalize(c) for c in _CLAUSE.split(text)]
    match = next((m for c in clauses if (m := _ABOUT.search(c))), None) or next((m for c in clauses if (m := _NAMED.search(c))), None)
    if speaker is None or match is None or not (topic := match["topic"].strip()):
        return same_article(lookup, words, quote, speaker)
    if not _WORDING.isdisjoint(words.split()):
        return f"what was the original wording of the {topic} quote by {speaker.name}"
    event = lookup.knowledge.events.get(quote.event or "")
    where = f" in {event.city}" if event is not None and event.city else ""
    return f"what did {speaker.name} say{where} about {topic}"


def same_article(lookup: Lookup, words: str, quote, speaker) -> str | None:
    """"the <speaker> quotes in the <outlet> article" when ``words`` ask for the other quotes of the article ``quote``
    came from ("of him" when a pronoun names the speaker); None otherwise, or when the quote cites no seed article."""
    if not _SAME_ARTICLE.search(words) or not _OTHERS.search(words):
        return None
    source = lookup.knowledge.sources.get(getattr(quote, "source", None) or "")
    if source is None or not source.seed or not source.publisher:
        return None
    by = f"{speaker.name} " if speaker is not None and not _PERSONAL.isdisjoint(words.split()) else ""
    return f"the {by}quotes in the {source.publisher} article"
