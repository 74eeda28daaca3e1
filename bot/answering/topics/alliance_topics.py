"""What NATO said on a topic none of its decisions holds, but its speakers spoke of: that topic's quotes, said so.

    "what has nato said about china in the cyber context?"  -> the quotes on china (Stoltenberg, Berlin 2023)
    "has nato said a cyber attack can trigger article 5?"   -> the quote on article 5
    "did the alliance say anything about ukraine"           -> the quotes on ukraine
    "what has nato said about resilience"                   -> the quote on resilience (Odobescu, The Hague 2024)

``alliance_said`` puts these as "nato: X"; a decision, pledge or initiative X names outright keeps answering ("nato:
cyber defence at wales" -> the Wales policy), and a year none of the topic's lines was said in is left to the misses
("nato: the 2007 cyber attacks on estonia"). Only a text opening with "nato" whose best entry is none or a quote is
looked at here; its words are matched against the quote topics (a few dozen phrases), nothing more.
"""

from __future__ import annotations

from dataclasses import replace

from ...knowledge.model import Quote
from ...reply import Block, Reply
from ..lookup import Lookup
from ..phrasing import join_words
from .quote_replies import quote_reply

SHOWN = 4
#: Topics too wide to be what a question about the Alliance's words is about ("defence", "conference").
_TOO_WIDE = frozenset({"defence", "conference", "threat", "cooperation", "air", "land", "sea", "history", "welcome"})


def topic_named(lookup: Lookup, words: list[str]) -> str | None:
    """The longest quote topic all of whose words are among ``words`` (a plural matched by its singular), else None."""
    held = set(words) | {w.removesuffix("s") for w in words} | {f"{w}s" for w in words}
    fits = [t for t in lookup.topics if t not in _TOO_WIDE and set(t.split()) <= held]
    return max(fits, key=lambda t: (len(t.split()), len(lookup.topics[t])), default=None)


def alliance_topic_quotes(lookup: Lookup, text: str, item: object | None) -> Reply | None:
    """The quotes on the topic "nato X" names when no decision or pledge answers it, or None for another text."""
    words = text.split()
    if words[:1] != ["nato"] or len(words) < 2 or (item is not None and not isinstance(item, Quote)):
        return None
    if (topic := topic_named(lookup, words[1:])) is None:
        return None
    quotes = list(lookup.topics[topic])
    if (years := {w for w in words if len(w) == 4 and w.isdigit()}) and not any(q.said and str(q.said.first_day().year) in years for q in quotes):
        return None  # "nato 2007 cyber attacks": a year none of these lines was said in is a thing the knowledge lacks
    people = lookup.knowledge.people
    speakers = join_words(dict.fromkeys(people[q.speaker].name if q.speaker in people else q.speaker for q in quotes))
    title = f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''} on {topic}, by {speakers}"
    reply = quote_reply(lookup, quotes[:SHOWN], title, more=f"quote {topic}" if len(quotes) > SHOWN else None)
    note = Block(f"No NATO decision or pledge in the knowledge is about {topic}; these are the words of speakers at NATO's events.")
    return replace(reply, blocks=(note, *reply.blocks))
