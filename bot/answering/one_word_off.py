"""A short phrase quoted with one word wrong: the speaker's line that says it with its own word there.

Fact-checkers test a remembered phrase by changing one word ("permanently contested
space" for "constantly contested space"). Too short for a paraphrase (``paraphrased.py``
needs five words held), such a phrase is still plainly one line: the same words in the same
places, one word other:

    one_word_off("permanently contested space", stoltenberg_quotes)      -> [the "constantly contested space" line]
    one_word_off("stepping up their budgets", rutte_quotes)              -> [the "stepping up their investment" line]
    one_word_off("constantly contested space", stoltenberg_quotes)      -> [] (word for word: not this step's)
    one_word_off("the future of cyber", stoltenberg_quotes)             -> [] (the words held say nothing)

Only the named speaker's lines are weighed (callers pass them), at least three words typed,
exactly one of them other, and a word held that is not a stopword. Callers show the line as
close, never as said.
"""

from __future__ import annotations

from ..knowledge.model import Quote
from .search import STOPWORDS, normalize

WORDS_LEAST = 3  # words typed: two with one wrong is one word held, which says nothing


def one_word_off(words: str, pool: list[Quote]) -> list[Quote]:
    """The lines of ``pool`` holding ``words`` with exactly one word other, when they are one speaker's; else []."""
    typed = normalize(words).split()
    if len(typed) < WORDS_LEAST:
        return []
    found = [quote for quote in pool
             if any(wording and _holds_but_one(typed, normalize(wording).split()) for wording in (quote.text, quote.original))]
    return found if len({quote.speaker for quote in found}) == 1 else []


def _holds_but_one(typed: list[str], said: list[str]) -> bool:
    """Whether ``said`` has a run of words as long as ``typed``, the same but for one, and the same held words say something."""
    size = len(typed)
    for start in range(len(said) - size + 1):
        window = said[start:start + size]
        other = [n for n in range(size) if window[n] != typed[n]]
        if len(other) == 1 and any(w not in STOPWORDS for n, w in enumerate(typed) if n != other[0]):
            return True
    return False
