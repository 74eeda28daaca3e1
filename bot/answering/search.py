"""Fuzzy search over the knowledge: an inverted token index in front of rapidfuzz.

Built once per knowledge load. A query is normalised (lowercase, accents and
punctuation stripped), each token is looked up in the index, a misspelt token
is corrected against the vocabulary (``stoltenbreg`` -> ``stoltenberg``), and
only the best 100 candidates are scored with rapidfuzz. No query scans every
string: over 100,000 quotes an answer takes a few milliseconds, where a
rapidfuzz scan of every quote takes ~300 ms (benchmarks/README.md).

    >>> index = SearchIndex([Doc(ItemRef("event", "tirana"), "nato cyber defence conference tirana albania")])
    >>> index.search("tiranna")[0].ref.id
    'tirana'
"""

from __future__ import annotations

import heapq
import math
import re
import unicodedata
from array import array
from bisect import bisect_left
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass
from operator import itemgetter

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from ..reply import ItemRef

_NOT_ALNUM = re.compile(r"[^0-9a-z]+")

#: Words too common to find anything by; they never count as query tokens.
STOPWORDS = frozenset(
    """a an and are as at be been by can could did do does for from had has have he her his i in is it its
    me my of on or our she so than that the their them then there these they this to us was we were what
    when where which who whom whose why will with would you your about tell show give please any some
    say said says saying""".split()
)

GUESSED = 0.8  # weight of a corrected or completed word against one typed exactly
CANDIDATES = 100  # how many index hits rapidfuzz rescores
GATHER_LIMIT = 1_000  # a word in more docs than this does not gather candidates, it only adds weight
RESCORE = 300  # how many of the best candidates a common word adds weight to


def normalize(text: str) -> str:
    """``"Luminița Odobescu's"`` -> ``"luminita odobescu s"``: ascii, lowercase, single spaces."""
    if text.isascii():
        return _NOT_ALNUM.sub(" ", text.lower()).strip()
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NOT_ALNUM.sub(" ", ascii_text.lower()).strip()


def tokens(text: str) -> list[str]:
    """The meaningful tokens of already-normalised text (stopwords dropped)."""
    return [t for t in text.split() if t not in STOPWORDS]


@dataclass(frozen=True)
class Doc:
    """One searchable item, all text normalised.

    ``key`` holds its names and keywords (weighted double), ``body`` the rest;
    ``names`` are its whole names and aliases, so that a query naming it
    exactly ("cyber defence pledge") beats items that only contain the words.
    """

    ref: ItemRef
    key: str
    body: str = ""
    names: tuple[str, ...] = ()


@dataclass(frozen=True)
class Hit:
    """A ranked result: ``coverage`` is the share of the query's (idf-weighted) tokens it holds."""

    ref: ItemRef
    score: float
    coverage: float


class Vocabulary:
    """Every token of the corpus, with typo correction and prefix completion.

    Typos are found SymSpell-style: each word is filed under its one-letter
    deletions, so a query token finds the words one edit away (and most
    transpositions) with a few dict look-ups instead of a scan.
    """

    def __init__(self, frequencies: dict[str, int]):
        self.frequencies = frequencies
        self.sorted = sorted(frequencies)
        self._deletes: dict[str, list[str]] = {}
        for word in self.sorted:
            if len(word) >= 4 and not word.isdigit():
                for variant in _deletions(word):
                    self._deletes.setdefault(variant, []).append(word)

    def __contains__(self, word: str) -> bool:
        return word in self.frequencies

    def correct(self, token: str, *, among: Container[str] = frozenset()) -> str | None:
        """The closest known word to a misspelt ``token``, or None (short tokens are never guessed).

        Words in ``among`` (say, people's names) win over other words as close.
        """
        if len(token) < 4 or token.isdigit():
            return None
        candidates = set(self._deletes.get(token, ()))
        for variant in _deletions(token):
            if variant in self.frequencies:
                candidates.add(variant)
            candidates.update(self._deletes.get(variant, ()))
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


class SearchIndex:
    """Ranked fuzzy search over docs of several item types.

    ``search("stoltenbreg berlin", types=("quote",))`` -> hits, best first.
    """

    def __init__(self, docs: Sequence[Doc]):
        self.docs = tuple(docs)
        self._types = [doc.ref.type for doc in self.docs]
        self._padded = [(f" {doc.key} ", f" {doc.body} ") for doc in self.docs]
        key_postings: dict[str, list[int]] = {}
        body_postings: dict[str, list[int]] = {}
        for n, doc in enumerate(self.docs):
            key_words = set(doc.key.split())
            for word in key_words:
                key_postings.setdefault(word, []).append(n)
            for word in set(doc.body.split()) - key_words:
                body_postings.setdefault(word, []).append(n)
        frequencies = {w: len(p) for w, p in key_postings.items()}
        for word, docs_with in body_postings.items():
            frequencies[word] = frequencies.get(word, 0) + len(docs_with)
        self._key = {w: array("I", p) for w, p in key_postings.items()}
        self._body = {w: array("I", p) for w, p in body_postings.items()}
        self.vocabulary = Vocabulary(frequencies)
        self._idf = {w: math.log(1 + len(self.docs) / f) for w, f in frequencies.items()}

    def expand(self, token: str, *, prefix: bool = False) -> tuple[str, ...]:
        """The index words a query token stands for: itself, its correction, or (``prefix``) its completions."""
        if token in self.vocabulary:
            return (token,)
        if prefix:
            completions = self.vocabulary.completions(token)
            if completions:
                return tuple(completions)
        corrected = self.vocabulary.correct(token)
        return (corrected,) if corrected else ()

    def search(
        self,
        query: str,
        *,
        types: Iterable[str] | None = None,
        limit: int = 10,
        prefix: bool = False,
    ) -> list[Hit]:
        """Docs matching ``query``, best first; ``prefix`` completes the last token (autocomplete)."""
        query_tokens = tokens(normalize(query))
        if not query_tokens:
            return []
        wanted = set(types) if types is not None else None
        groups = [self.expand(t, prefix=prefix and n == len(query_tokens) - 1) for n, t in enumerate(query_tokens)]
        groups = [g for g in groups if g]
        if not groups:
            return []
        total = sum(max(self._idf[w] for w in g) for g in groups) * 2
        scores = self._gather(groups, exact={t for t in query_tokens if t in self.vocabulary})
        if wanted is not None:
            types = self._types
            scores = {n: s for n, s in scores.items() if types[n] in wanted}
        candidates = heapq.nlargest(CANDIDATES, scores.items(), key=itemgetter(1))
        text = " ".join(g[0] for g in groups)
        hits = []
        for n, gathered in candidates:
            doc = self.docs[n]
            coverage = min(gathered / total, 1.0)
            similarity = _similarity(text, doc) / 100
            hits.append((-round(0.7 * coverage + 0.3 * similarity, 4), n, Hit(doc.ref, 0.0, coverage)))
        hits.sort()  # best first; ties in file order
        return [Hit(hit.ref, -score, hit.coverage) for score, _, hit in hits[:limit]]

    def _gather(self, groups: list[tuple[str, ...]], exact: set[str]) -> dict[int, float]:
        """Doc number -> summed idf weight of the query words it holds (names count double).

        A corrected or completed word counts for less than one typed exactly,
        so a guessed word found only in a body does not make a match alone.
        Rare words gather candidates, rarest first; a common word (in more than
        ``GATHER_LIMIT`` docs) only adds weight to the best ``RESCORE``
        candidates so far, checked in their text, so no query walks a posting
        list of half the corpus.
        """
        scores: dict[int, float] = {}
        for rank, group in enumerate(sorted(groups, key=self._document_frequency)):
            if rank == 0 or self._document_frequency(group) <= GATHER_LIMIT:
                best: dict[int, float] = {}
                for word in group:
                    idf = self._idf[word] * (1.0 if word in exact else GUESSED)
                    for weight, postings in ((2.0 * idf, self._key.get(word, ())), (idf, self._body.get(word, ()))):
                        for n in postings[: 2 * GATHER_LIMIT]:
                            if best.get(n, 0.0) < weight:
                                best[n] = weight
                for n, value in best.items():
                    scores[n] = scores.get(n, 0.0) + value
                continue
            padded = [(f" {word} ", self._idf[word] * (1.0 if word in exact else GUESSED)) for word in group]
            for n, _ in heapq.nlargest(RESCORE, scores.items(), key=itemgetter(1)):
                key, body = self._padded[n]
                weight = max((2.0 * idf if word in key else idf if word in body else 0.0) for word, idf in padded)
                scores[n] += weight
        return scores

    def _document_frequency(self, group: tuple[str, ...]) -> int:
        return sum(len(self._key.get(w, ())) + len(self._body.get(w, ())) for w in group)


def _similarity(text: str, doc: Doc) -> float:
    if doc.names:
        return max(fuzz.ratio(text, name, processor=None) for name in doc.names)
    return fuzz.token_set_ratio(text, doc.key, processor=None)
