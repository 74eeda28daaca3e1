"""A piece of writing asked for by an outlet or a writer the knowledge holds nothing from: an honest miss.

    "do you have the David Ignatius column on NATO and cyber?"     -> "I have no column by or from David Ignatius"
    "url for Der Spiegel's report on the Berlin cyber conference?" -> "I have no report by or from Der Spiegel"
    "is there a Foreign Affairs article by Stoltenberg?"           -> "I have no article by or from Foreign Affairs"

The name is the run of capitalised words (as typed) right before the word for the piece. It names nothing the
knowledge holds when it is no publisher of a source, no person, place or entry: "the Parliament Magazine op-ed", "the
Diplomatic Affairs article", "Stoltenberg's op-ed", "the Berlin piece" and "the NATO release" are left to the routes,
which answer them. The reply lists the articles the knowledge is built on. Tried only when the message holds a word
for a piece of writing and a capital letter.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..places import places_in
from ..search import normalize
from .general import not_found

_PIECES = frozenset("column columns article articles op ed oped piece report story essay editorial interview feature".split())
_NAMED_PIECE = lazy_pattern(r"(?<![\w'’])(?P<name>(?:[A-Z][\w.-]*\s){0,2}[A-Z][\w.-]*)(?:['’]s)?\s(?P<piece>column|article|op-ed|oped|piece|report|story|essay|editorial|interview|feature)\b")
#: Capitalised words that name no outlet: a question's or sentence's first word, a title of respect ("One report calls ...").
_NOT_A_NAME = frozenset("the a an this that these those which what whose is was does do did any your my our his her their its i where who "
                        "when how can could please need ok so and or but if mr mrs ms dr sir one another some every each no all other same "
                        "first last latest original earlier later".split())
_WEB_WORDS = frozenset("the com org net www co eu".split())


def answer_unheld_outlet(lookup: Lookup, text: str, today: dt.date) -> Reply | None:
    """"I have no <piece> by or from <name>" when ``text`` (as typed) asks for a piece by a name the knowledge has
    nothing of; None for any other question."""
    if _PIECES.isdisjoint(normalize(text).split()) or text.islower():
        return None
    for match in _NAMED_PIECE.finditer(text):
        words = normalize(match["name"]).split()
        while words and words[0] in _NOT_A_NAME:
            words = words[1:]
        if words and not _held(lookup, words, today):
            name = " ".join(match["name"].split()[-len(words):])
            return not_found(f"I have no {match['piece'].lower()} by or from {name}", _articles(lookup), ("sources",))
    return None


def _held(lookup: Lookup, words: list[str], today: dt.date) -> bool:
    """Whether ``words`` name a place, a publisher of a source, a person or an entry the knowledge holds (the cheapest
    look-up first: "the berlin article" is a place's)."""
    phrase = " ".join(words)
    if places_in(phrase):
        return True
    asked, run = tuple(words), "".join(words)
    for source in lookup.knowledge.sources.values():
        publisher, joined = _publisher_words(source.publisher or "")
        if publisher and (publisher[: len(asked)] == asked or run in (joined, joined.removeprefix("the"))):
            return True  # "the parliament magazine op-ed", "the diplomatic affairs article": thediplomaticaffairs.com
    if lookup.named(phrase, on=today).people:
        return True
    return lookup.best(phrase, ("event", "pledge", "initiative", "person"), min_coverage=0.75) is not None


@lru_cache(maxsize=256)  # a few publishers, read for every question naming a piece by a capitalised name
def _publisher_words(publisher: str) -> tuple[tuple[str, ...], str]:
    """A publisher's normalised words but the web's ("the", "com", "www" ...), and those words run together."""
    words = tuple(w for w in normalize(publisher).split() if w not in _WEB_WORDS)
    return words, "".join(words)


def _articles(lookup: Lookup) -> str:
    seeds = [f"{s.title} ({s.publisher})" if s.publisher else s.title for s in lookup.knowledge.sources.values() if s.seed]
    return f"The articles the knowledge is built on: {'; '.join(seeds)}."
