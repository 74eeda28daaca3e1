"""A line asked for from someone the knowledge never quotes: an honest miss, with where they do appear.

    "Edi Rama said something memorable in Tirana. what was it?"   -> There is no quote by Edi Rama in the knowledge
    "Florence Parly at the Paris pledge conference - any quote?"  -> There is no quote by Florence Parly in the knowledge
    "kaja kallas had a line at the 2021 conference, what was it"  -> There is no quote by Kaja Kallas in the knowledge
    "Jeremy Hunt at the London 2019 conference - anything quotable?" -> There is no quote by “Jeremy Hunt” in the knowledge

Only when every person the message names by name is quoted nowhere, and the message asks for words (a quote, a line,
something quotable or memorable) on no topic and quotes none: the event they spoke at is no answer to that, nor is
someone else's line; "what did geoana say about <words>" is left to the route that says whose words those are.
"""

from __future__ import annotations

import datetime as dt

from ...reply import Reply
from ..lookup import Lookup
from ..search import normalize
from ...patterns import lazy_pattern
from ..places import PLACES
from ..common_words import COMMON_WORDS
from ..quoted import quoted_spans
from .quote_replies import no_quote_by

#: A full name in capitals after any titles ("Admiral Rob Bauer", "Lt Gen Sarah Whitfield", "Ursula von der Leyen"): its first name, then the rest.
_FULL_NAME = lazy_pattern(r"\b(?:(?:Lt|Gen|Col|Maj|Adm|Admiral|General|Colonel|Major|Dr|Mr|Mrs|Ms|Sir|Dame|Prof|President|Minister|Chancellor|Senator)\.? )*"
                          r"([A-Z][a-z]+)((?:(?: (?:von|van|der|den|de|da|du|di|la|le))* [A-Z][a-z]+){1,2})\b")
_ABOUT = frozenset("about regarding on concerning".split())
_WORDS_ASKED = frozenset("quote quotes quoted quotation quotations line lines quotable soundbite soundbites sentence memorable".split())


def answer_unquoted_speaker(lookup: Lookup, text: str, question: str, today: dt.date) -> Reply | None:
    """"There is no quote by X" when ``text`` asks for words of people none of whom is quoted; else None."""
    typed = normalize(text).split()
    if _WORDS_ASKED.isdisjoint(typed):
        return None  # most questions
    if (stranger := _stranger_quoted(lookup, text)) is not None:
        return no_quote_by(lookup, stranger)  # "Macron quote on NATO cyber defence?": not another speaker's line on it
    if quoted_spans(text) or not _ABOUT.isdisjoint(typed):
        return None  # "baerbock said 'china is not our enemy'", "geoana on the line between peace …": words someone else may have said
    words = set(question.split()) | set(typed)
    named = [p for p in lookup.named(question, on=today).people if _named_by_name(p, words)]
    if not named:
        stranger = _stranger(lookup, text)  # "Jeremy Hunt at the London 2019 conference - anything quotable?": nobody so called
        return no_quote_by(lookup, stranger) if stranger else None
    if any(p.id in lookup.quote_speakers for p in named):
        return None
    return no_quote_by(lookup, named[0].name, named[0])


def _stranger(lookup: Lookup, text: str) -> str | None:
    """A full name typed in capitals whose first name the knowledge has never seen ("Jeremy Hunt"), or whose first name
    is a known person's and whose last it has never seen ("Mark Milley"), or None."""
    vocabulary = lookup.index.vocabulary
    for found in _FULL_NAME.finditer(text):
        first, last = found[1].lower(), found[2].rsplit(" ", 1)[-1].lower()
        if (first in COMMON_WORDS and first not in lookup.name_words) or last in lookup.name_words:
            continue  # "Did Rutte say ...", "Minister Baerbock": a sentence's first word, or someone on record
        if (first not in vocabulary and first not in PLACES) or (first in lookup.name_words and last not in vocabulary and last not in PLACES):
            return found[1] + found[2]
    return None


def stranger_named(lookup: Lookup, text: str) -> str | None:
    """The full name of someone the knowledge has never seen, typed in capitals in ``text`` ("Admiral Rob Bauer
    supposedly said '...'" -> "Rob Bauer", "Ursula von der Leyen"), or None: a quote checked of them is no one's on record."""
    return _stranger(lookup, text)


#: A name put to the words asked for: "Macron quote", "Scholz's best line", "quotes from Biden", "any Sunak quotes".
_LINES = r"(?:quotes?|quotations?|lines?|soundbites?)"
_LIKED = r"(?: (?:best|famous|exact|good|most quotable|key|big))?"
_NAME_ON_WORDS = lazy_pattern(rf"\b(?:(?P<a>[A-Z][a-z]+)(?:['’]s)?|(?P<c>[a-z]+)['’]s){_LIKED} {_LINES}\b"  # "Macron quote", "macron's best line"
                              rf"|\b(?:{_LINES}|words) (?:from|by|of) (?P<b>[A-Z][a-z]+(?: (?:von|van|der|den|de|da|du|di|la|le|[A-Z][a-z]+))*)\b")


def _stranger_quoted(lookup: Lookup, text: str) -> str | None:
    """The name a message puts to the words it asks for, when the knowledge has never seen it, else None."""
    for found in _NAME_ON_WORDS.finditer(text):
        name = (typed := found["a"] or found["b"] or found["c"]).split()[0].lower()
        if name not in lookup.index.vocabulary and name not in PLACES and name not in COMMON_WORDS and len(name) > 2:
            return typed
    return None


def _named_by_name(person, words: set[str]) -> bool:
    """Whether the message names ``person`` by a name of theirs, not by a role ("the albanian pm")."""
    return any(w in words for name in (person.name, *person.aliases) for w in normalize(name).split()
               if len(w) > 3 and w not in _TITLES)


_TITLES = frozenset("minister secretary general president prime chancellor ambassador deputy foreign defence defense".split())
