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
#: "say it", "say that": the "it" after a saying verb is the words said.
_SAID_IT = lazy_pattern(r"\b(say|said|says|write|wrote|use|used|mean|meant)\s+(?:it|that|this)\b")
_QUOTATION_MARKS = frozenset("\"“”«»‘’")


def points_back(text: str) -> bool:
    """Cheap gate: whether ``text`` holds a word that may point back at all."""
    return not _MAY_POINT.isdisjoint(normalize(text).split())  # memoised: the routes normalise the same text


def follow_up(lookup: Lookup, text: str, subject: ItemRef, today: dt.date) -> str | None:
    """``text`` with its pointer replaced by ``subject``, or None when it names its own subject or points at nothing."""
    if not _QUOTATION_MARKS.isdisjoint(text):
        return None  # the question carries its own words
    question = normalize(text)
    pointer = _POINTER.search(question)
    if pointer is None or ((saying := _SAYING.search(question)) and saying.start() < pointer.start()):
        return None
    if _names_its_own(lookup, question, today):
        return None
    word = pointer[0].split()[0]
    named = _name(lookup, subject, personal=word in _PERSONAL)
    if named is None:
        return None
    if word == "there":
        named = f"at {named}"
    elif word in ("his", "her", "its", "their"):
        named = f"{named} s"
    rest = question[pointer.end():]
    if subject.type == "quote" and word in _PERSONAL:  # "when did he say it?": the speaker, and the words he said
        rest = _SAID_IT.sub(lambda m: f"{m[1]} {_name(lookup, subject, personal=False)}", rest, count=1)
    return f"{question[: pointer.start()]}{named}{rest}"


def _names_its_own(lookup: Lookup, question: str, today: dt.date) -> bool:
    """Whether the question names a person, role, place, year or series itself."""
    mentions = find_mentions(lookup, question, today)
    if mentions.places or mentions.year or mentions.series or mentions.date:
        return True
    named = lookup.named(question, on=today)
    return bool(named.people or named.role) or _names_an_entry(lookup, question)


def _names_an_entry(lookup: Lookup, question: str) -> bool:
    """"when did cyber coalition start and where is it run": an event, pledge or initiative named by its name or an
    alias, which the "it" after it stands for (one search; the best hit's own names are the only ones read)."""
    hits = lookup.hits(question, ("event", "pledge", "initiative"), limit=1, min_coverage=_ENTRY_COVERAGE)
    item = lookup.item(hits[0].ref) if hits else None
    return item is not None and any(f" {normalize(n)} " in f" {question} " for n in (item.name, *item.aliases) if len(n) > 3)


_ENTRY_COVERAGE = 0.3  # of the question's words: its name among the question's other words


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
