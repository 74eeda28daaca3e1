"""The corpus's words, for typo correction and prefix completion in search and autocomplete.

Built once per knowledge load, with the search index (``bot.answering.search``), and
stored in the knowledge cache; only read afterwards.

    >>> Vocabulary({"stoltenberg": 3, "stockholm": 1}).correct("stoltenbreg")
    'stoltenberg'
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Container

from rapidfuzz.distance import OSA


CORRECTIONS_KEPT = 4096  # misspelt tokens whose correction is remembered
LONGEST_GUESSED = 30  # letters: longer runs are never a misspelt word
_UNKNOWN = object()


class Vocabulary:
    """Every token of the corpus, with typo correction and prefix completion.

    Typos are found SymSpell-style: each word is filed under its one-letter
    deletions, so a query token finds the words one edit away (and most
    transpositions) with a few dict look-ups instead of a scan.
    """

    def __init__(self, frequencies: dict[str, int]):
        self.frequencies = frequencies
        self.sorted = sorted(frequencies)
        # The typo index is built by the first correction (or ``build``, when a long-running bot
        # loads): most of a one-question process's load time otherwise, for questions without a typo.
        self._variants: list[str] | None = None
        self._matches: list[str] = []
        self._corrected: dict[tuple, str | None] = {}

    def build(self) -> None:
        """File each word under its one-letter deletions (SymSpell), once."""
        if self._variants is not None:
            return
        deletes: dict[str, str] = {}  # each variant's words as one string, joined as they come: most have one word
        for word in self.sorted:
            if len(word) >= 4 and not word.isdigit():
                for variant in _deletions(word):
                    if (held := deletes.setdefault(variant, word)) is not word:
                        deletes[variant] = f"{held} {word}"
        # Sorted variants beside one string of words each ("word" or "word1 word2"): no dict of a
        # hundred thousand lists to keep, collect or read back from the cache; found by binary search.
        variants = sorted(deletes)
        self._matches = list(map(deletes.__getitem__, variants))
        self._variants = variants  # last: another thread sees no variants before their matches

    def __contains__(self, word: str) -> bool:
        return word in self.frequencies

    def __getstate__(self) -> dict:
        """Words and variants as a few long strings (tokens never hold a newline): the knowledge
        cache reads them back with ``str.split`` and ``dict(zip(...))`` instead of one object at a time."""
        self.build()
        return {
            "words": "\n".join(self.sorted),
            "counts": array("I", (self.frequencies[w] for w in self.sorted)),
            "variants": "\n".join(self._variants),
            "matches": "\n".join(self._matches),
        }

    def __setstate__(self, state: dict) -> None:
        self.sorted = state["words"].split("\n") if state["words"] else []
        self.frequencies = dict(zip(self.sorted, state["counts"]))
        self._variants = state["variants"].split("\n") if state["variants"] else []
        self._matches = state["matches"].split("\n") if state["variants"] else []
        self._corrected = {}

    def _words_one_deletion_from(self, variant: str) -> list[str]:
        at = bisect_left(self._variants, variant)
        return self._matches[at].split() if at < len(self._variants) and self._variants[at] == variant else []

    def correct(self, token: str, *, among: Container[str] = frozenset()) -> str | None:
        """The closest known word to a misspelt ``token``, or None (short tokens and endless ones are never guessed).

        Words in ``among`` (say, people's names) win over other words as close.
        Remembered per token (one question asks about the same word in several steps).
        """
        if len(token) < 4 or len(token) > LONGEST_GUESSED or token.isdigit():
            return None  # a run of letters longer than any word ("reloadreloadreload…") is no typo, and its deletions take seconds
        key = (token, among) if isinstance(among, frozenset) else None
        if key is not None and (known := self._corrected.get(key, _UNKNOWN)) is not _UNKNOWN:
            return known
        corrected = self._closest(token, among)
        if key is not None:
            if len(self._corrected) >= CORRECTIONS_KEPT:
                self._corrected.clear()
            self._corrected[key] = corrected
        return corrected

    def _closest(self, token: str, among: Container[str]) -> str | None:
        self.build()
        candidates = set(self._words_one_deletion_from(token))
        for variant in _deletions(token):
            if variant in self.frequencies:
                candidates.add(variant)
            candidates.update(self._words_one_deletion_from(variant))
        limit = 1 if len(token) < 7 else 2
        scored = [(OSA.distance(token, w), w not in among, -self.frequencies[w], w) for w in candidates]
        scored = [s for s in scored if s[0] <= limit]
        return min(scored)[-1] if scored else None

    def completions(self, prefix: str, limit: int = 20) -> list[str]:
        """Words starting with ``prefix`` (at least 3 letters), most frequent first."""
        if len(prefix) < 3:
            return []
        start = bisect_left(self.sorted, prefix)
        found = []
        for word in self.sorted[start : start + 500]:
            if not word.startswith(prefix):
                break
            found.append(word)
        found.sort(key=lambda w: (-self.frequencies[w], w))
        return found[:limit]


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}
