"""Misspelt words the questions themselves use, mended even when the knowledge never holds them.

The typo index (``Vocabulary.correct``) knows only the knowledge's words, so a
word users ask with but the knowledge never writes ("quote": it holds only
"quotes") stays misspelt and the routes never see it:

    asking_word_near("qoute")     -> "quote"     (two letters swapped)
    asking_word_near("quoet")     -> "quote"
    asking_word_near("verifed")   -> "verified"  (a letter dropped)
    asking_word_near("speakrs")   -> "speakers"
    asking_word_near("quota")     -> None        (only the last letter other: as often another word)
    asking_word_near("remark")    -> None        (another ending of "remarks": a word as typed)
    asking_word_near("qoo")       -> None        (too short to guess)

One slip only (a letter changed, dropped, added, or two swapped), the first
letter kept, not the last letter changed nor an ending added or dropped, and only for words of five letters or more: a shorter word is
one slip from too many others. Callers pass words neither the knowledge nor
everyday English holds (``spelling.correct_spelling``).
"""

from __future__ import annotations

from rapidfuzz.distance import OSA

#: Words the routes read that the knowledge's own text may lack.
ASKING_WORDS = frozenset(
    "quote quoted speech speeches speakers summits verified verbatim exactly happened adopted founded "
    "president really actually attended announced statement remarks between average interval chronological".split())  # "days betwen x and y"
WORD_LEAST = 5  # letters of a word guessed: a shorter one is a slip from too many words


def asking_word_near(word: str) -> str | None:
    """The one word of ``ASKING_WORDS`` one slip from ``word`` (lowercase), with its first letter; else None."""
    if len(word) < WORD_LEAST or word in ASKING_WORDS:
        return None
    near = [known for known in ASKING_WORDS
            if known[0] == word[0] and abs(len(known) - len(word)) <= 1 and known[:-1] != word[:-1] and not _another_ending(word, known)
            and OSA.distance(word, known, score_cutoff=1) <= 1]
    return near[0] if len(near) == 1 else None


def _another_ending(word: str, known: str) -> bool:
    """Whether one word is the other with a letter more at the end: "announce", "announced"."""
    return known.startswith(word) or word.startswith(known)
