"""What the asker tells about themselves after their last question: dropped, for it names nothing asked.

    "where was last year's conference? I lose track of the years now, they all blur" -> "where was last year's conference?"
    "who wrote the hague article? There's a name at the bottom but my glasses are in the other room" -> "who wrote the hague article?"
    "where in london and who spoke? Two questions sorry!"                             -> "where in london and who spoke?"
    "who hosted it? I mean the 2024 one"                                             -> as typed (the asker narrows the question)
    "who spoke for the UK? name + title asap"                                        -> "who spoke for the UK?" (``needed_tails``)

A sentence after the last question mark that speaks of the asker (I, my, we) or only exclaims ("...!") is an anecdote,
unless it quotes words, names a year or a place, asks for something ("I need the date") or reports a claim ("my boss says no"). Pure, no knowledge read.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .needed_tails import restates_asked
from .lead_clauses import names_year_or_place
from .quoted import quoted_spans
from .search import normalize

_SENTENCE_END = lazy_pattern(r"(?<=[.!])\s+")
#: A clause ends at a mark, not at a dot inside a word: "dd.mm.yyyy", "u.s." are one clause each.
_CLAUSE_END = lazy_pattern(r"(?:[!,;:]|\.(?!\w))+\s*|\s+[-\u2013\u2014]+\s+")
_ASKER = frozenset("i im i'm i’m ive i've i'd id me my we we're our us myself".split())
#: The asker narrowing or asking after all: "I mean the 2024 one", "I need the day too", "please also give the city".
_STILL_ASKING = lazy_pattern(r"^(?:i (?:mean|meant|need|want|would like|d like|am asking|m asking|only need|just need|am after|m after)|please|pls|also|and)\b")
#: Someone's claim the answer settles: "my boss says no", "my prof thinks it was 2019".
_REPORTED = frozenset("says said say thinks think thought reckons reckon claims claimed insists insisted swears swore told tells".split())


def without_asker_after(text: str) -> str:
    """``text`` up to its last question mark, when every sentence after it is the asker's anecdote or exclamation."""
    end = text.rfind("?")
    after = text[end + 1 :].strip()
    if end < 0 or not after or quoted_spans(after):
        return text
    if all(restates_asked(normalize(text[:end]), normalize(c)) for c in _CLAUSE_END.split(after) if normalize(c)):
        return text[: end + 1]  # "need the byline", "boss wants the magazine name", "asap": what the answer gives anyway
    sentences = [s for s in _SENTENCE_END.split(after) if s.strip()]
    return text[: end + 1] if all(_is_anecdote(s) for s in sentences) else text


def _is_anecdote(sentence: str) -> bool:
    read = normalize(sentence)
    if not read or _STILL_ASKING.match(read) or names_year_or_place(read):
        return False
    said = [w.strip(".,!;:()").lower() for w in sentence.split()]
    words = set(said)
    reported = any(w in _REPORTED and (n == 0 or said[n - 1] not in _ASKER) for n, w in enumerate(said))  # not "a lady i think": a hedge
    return not reported and (not _ASKER.isdisjoint(words) or sentence.rstrip().endswith("!"))
