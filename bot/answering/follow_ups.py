"""Follow-up questions: "it", "there", "he" and "that one" mean what the conversation last talked about.

    after "when was the hague pledge conference?"
    "who organised it?"            -> "who organised NATO Cyber Defence Pledge Conference 2024?"
    "and the dates for that one?"  -> "and the dates for NATO Cyber Defence Pledge Conference 2024?"
    "who spoke there"              -> "who spoke at NATO Cyber Defence Pledge Conference 2024"
    after a quote by Mark Rutte
    "is that quote real?"          -> "is “every day state and non state actors are working …” real?"
    "what else did he say"         -> "what else did Mark Rutte say"

Only a question that names nothing of its own is read this way: "when was the Berlin
one?" names Berlin, and "did he say that allies must invest" keeps its own "that".
Pure: the bot keeps what each conversation last talked about (``bot.conversations``).
"""

from __future__ import annotations

import datetime as dt

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .mentions import find_mentions
from .search import normalize

_PERSONAL = frozenset("he she him his her they them their".split())
#: Words that point back. "that" and "this" point back only before a noun or at the end ("how long ago was that").
_NOUNS = ("one", "quote", "quotation", "line", "statement", "event", "conference", "summit", "meeting", "thing", "attack",
          "pledge", "initiative", "centre", "center", "person", "guy", "man", "woman", "minister", "article")
#: A pronoun and what it stands for: "that one", "this conference", "it", "there", "his".
_POINTER = lazy_pattern(r"\b(?:(?:that|this) (?:" + "|".join(_NOUNS) + r")|(?:that|this)$|it|its|(?<!is )(?<!are )(?<!was )(?<!were )there(?! is| are| was| were)"
                      r"|he|she|him|his|her|they|them|their)\b")  # "is there", "there were": no place pointed at
_MAY_POINT = frozenset("it its there he she him his her they them their that this".split())
QUOTE_WORDS = 8  # of a quote, put in quotation marks for "is that quote real?"
#: Words after which a pronoun belongs to the words quoted: "who said that is why this conference matters".
_SAYING = lazy_pattern(r"\b(?:said|say|says|saying|wrote|write|words|line|called|mentioned)\b")
_QUOTATION_MARKS = frozenset("\"“”«»‘’")


def points_back(text: str) -> bool:
    """Cheap gate: whether ``text`` holds a word that may point back at all."""
    return not _MAY_POINT.isdisjoint(normalize(text).split())  # memoised: the routes normalise the same text


def follow_up(lookup: Lookup, text: str, subject: ItemRef, today: dt.date) -> str | None:
    """``text`` with its pointer replaced by ``subject``, or None when it names its own subject or points at nothing."""
    if not _QUOTATION_MARKS.isdisjoint(text):
        return None  # the question carries its own words
    question = normalize(text)
    if "?" in text.rstrip("? ") and (asked := normalize(text.partition("?")[0])):  # "and the english of that? my editor wants it":
        question = asked if _POINTER.search(asked) else question  # the question ends at its mark
    pointer = _POINTER.search(question)
    if pointer is None or ((saying := _SAYING.search(question)) and saying.start() < pointer.start()):
        return None
    if _names_its_own(lookup, question, today):
        return None
    word = pointer[0].split()[0]
    if word in _PERSONAL and subject.type == "event" and (said_there := _said_there(lookup, question, subject)):
        return said_there
    named = _name(lookup, subject, personal=word in _PERSONAL)
    if named is None:
        return None
    if word == "there":
        named = f"at {named}"
    elif word in ("his", "its", "their") or (word == "her" and _before_a_noun(question, pointer.end())):
        named = f"{named} s"  # "her role", not "any quotes from her?"
    return f"{question[: pointer.start()]}{named}{question[pointer.end():]}"


#: "what did he say there", "anything she said there": words said at the event the conversation is about.
_SAID_THERE = lazy_pattern(r"\b(?:say|said|says|talk about|talked about|speak about|spoke about|mention|mentioned)\b(?: \S+){0,3}? there\b")


def _said_there(lookup: Lookup, question: str, subject: ItemRef) -> str | None:
    """After an answer about an event, "what did he say there" asks what was said at it, whoever "he" is:
    the event's quotes, each with its speaker."""
    if not _SAID_THERE.search(question) or (event := lookup.item(subject)) is None:
        return None
    return f"quotes from {event.name}"
def _before_a_noun(question: str, end: int) -> bool:
    """Whether the word after ``end`` is one "her" owns ("her speech"), not the question's end or a preposition ("ask her about")."""
    after = question[end:].split()[:1]
    return bool(after) and after[0] not in _NOT_OWNED


_NOT_OWNED = frozenset("at in on about from to for with by during and or again too then now there".split())


def bare_ask(text: str) -> bool:
    """Cheap gate: ``text`` only asks ("and who spoke?", "hosts?", "when exactly"), naming and pointing at nothing."""
    words = normalize(text).split()
    return 0 < len(words) <= 6 and not _ASKS.isdisjoint(words) and _BARE.issuperset(words)


def ask_about(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """A bare ask about the event the conversation last talked about: "and who spoke?" -> "and who spoke <event>"."""
    item = lookup.item(subject) if subject.type == "event" else None
    return f"{normalize(text)} {item.name}" if item is not None else None


#: What a bare ask is made of: asking words, and the small words around them.
_ASKS = frozenset("who when where date dates day days venue location city place host hosts hosted cohosts co speakers spoke opened".split())
_BARE = _ASKS | frozenset("and so also ok okay then what which about the a an exactly again too pls please was were is are did "
                          "held speak speaker main key".split())


def _names_its_own(lookup: Lookup, question: str, today: dt.date) -> bool:
    """Whether the question names a person, role, place, year or series itself."""
    mentions = find_mentions(lookup, question, today)
    if mentions.places or mentions.year or mentions.series or mentions.date:
        return True
    named = lookup.named(question, on=today)
    return bool(named.people or named.role)


def _name(lookup: Lookup, subject: ItemRef, *, personal: bool) -> str | None:
    """How to name ``subject`` in a question: a person's or entry's name, or a quote's first words in quotation marks."""
    item = lookup.item(subject)
    if item is None:
        return None
    if subject.type == "quote":
        if personal:
            speaker = lookup.knowledge.get("person", item.speaker)
            return speaker.name if speaker else None
        words = normalize(item.text).split()
        return f"“{' '.join(words[:QUOTE_WORDS])}”"
    if personal and subject.type != "person":
        return None  # "he" after an event: nobody to point at
    return getattr(item, "name", None)
