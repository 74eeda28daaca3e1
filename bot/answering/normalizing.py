"""Text as the search index and the answers compare it: normalised (ascii, lowercase, one space), and its tokens.

    normalize("Luminița Odobescu's")   -> "luminita odobescu s"
    tokens("who said no one stands alone")  -> ["no", "one", "stands", "alone"]
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from ..patterns import lazy_pattern

_ALNUM_OR_SPACE = bytes(c if chr(c) in "0123456789abcdefghijklmnopqrstuvwxyz\0" else 32 for c in range(256))
_ALNUM_ONLY = bytes(c if chr(c) in "0123456789abcdefghijklmnopqrstuvwxyz" else 32 for c in range(256))  # any other byte: a space

#: Words too common to find anything by; they never count as query tokens.
STOPWORDS = frozenset(
    ["a", "an", "and", "are", "as", "at", "be", "been", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "i", "in", "is", "it", "its", "me", "my", "of", "on", "or", "our", "she", "so", "than", "that", "the", "their", "them", "then", "there", "these", "they", "this", "to", "us", "was", "we", "were", "what", "when", "where", "which", "who", "whom", "whose", "why", "will", "with", "would", "you", "your", "about", "tell", "show", "give", "please", "any", "some", "say", "said", "says", "saying"]
)


#: Letters NFKD leaves whole, so that folding to ASCII would drop them: Polish "ł" ("była", "mówił", "dokładnie"),
#: Danish and Norwegian "ø", Croatian "đ", Turkish dotless "ı" ("yapıldı", "hakkında").
#: Dashes and the minus sign separate words as a hyphen does ("2018–2024": two years, never "20182024"); so do a
#: phone's curly apostrophes as the straight one does ("stoltenberg’s": "stoltenberg s", never "stoltenbergs").
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i",
                               **dict.fromkeys("\u2010\u2011\u2012\u2013\u2014\u2015\u2212", "-"), **dict.fromkeys("\u2018\u2019\u02bc", "'")})


def ascii_folded(text: str) -> str:
    """``text`` in ASCII letters, accents dropped: ``"była w Łodzi"`` -> ``"byla w Lodzi"``."""
    return unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)).encode("ascii", "ignore").decode("ascii")


@lru_cache(maxsize=8192)  # remembered: answers normalise the same knowledge texts (a speaker's quotes) again and again
def normalize(text: str) -> str:
    """``"Luminița Odobescu's"`` -> ``"luminita odobescu s"``: ascii, lowercase, single spaces (every byte but a
    letter or digit a space, the runs of them one: a third of a pattern's time)."""
    folded = text if text.isascii() else ascii_folded(text)
    return " ".join(folded.lower().encode("ascii").translate(_ALNUM_ONLY).decode("ascii").split())


def normalize_all(texts: list[str]) -> list[str]:
    """``normalize`` of each text, in a few passes over all of them joined (a hundred thousand quotes at each
    load of a large file): NFKD of the non-ASCII texts alone, spaces squeezed in the bytes."""
    joined = "\0".join([text if text.isascii() else unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED)) for text in texts])
    if joined.count("\0") != max(len(texts) - 1, 0):
        return list(map(normalize, texts))
    data = _SPACES.sub(b" ", joined.encode("ascii", "ignore").lower().translate(_ALNUM_OR_SPACE))  # runs of anything else: one space
    return list(map(str.strip, data.decode("ascii").split("\0"))) if texts else []


_SPACES = lazy_pattern(rb"  +")


#: Texts whose word sets are kept: the few that one question's steps read again and again (the question, as typed,
#: its clauses), never enough to outlive it.
WORD_SETS_KEPT = 16
_WORD_SETS: dict[str, frozenset[str]] = {}


def word_set(text: str) -> frozenset[str]:
    """``frozenset(text.split())``, split and hashed once for the last few texts: most steps of a question first ask
    whether it holds any of their words (``CUES.isdisjoint(word_set(question))``)."""
    words = _WORD_SETS.get(text)
    if words is None:
        words = _WORD_SETS[text] = frozenset(text.split())
        if len(_WORD_SETS) > WORD_SETS_KEPT:
            try:
                del _WORD_SETS[next(iter(_WORD_SETS))]  # the oldest
            except (RuntimeError, StopIteration, KeyError):  # another thread changed it meanwhile: trimmed next time
                pass
    return words


def tokens(text: str) -> list[str]:
    """The meaningful tokens of already-normalised text (stopwords dropped)."""
    return [t for t in text.split() if t not in STOPWORDS]
