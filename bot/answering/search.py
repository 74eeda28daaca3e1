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

import math
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from rapidfuzz import fuzz

from ..reply import ItemRef
from . import search_data
from .normalizing import STOPWORDS, normalize, normalize_all, tokens  # noqa: F401 — where callers have always found them
from .vocabulary import Vocabulary  # noqa: F401 — where callers have always found it

GUESSED = 0.8  # weight of a corrected or completed word against one typed exactly
CANDIDATES = 100  # how many index hits rapidfuzz rescores
GATHER_LIMIT = 1_000  # a word in more docs than this does not gather candidates, it only adds weight
RESCORE = 300  # how many of the best candidates a common word adds weight to
COMMON_CANDIDATES = 1_000  # candidates taken from a query of common words only, holding the most of them
NEAREST_OF = 4  # ... those nearest the query's length, of this many times as many (the first in the file)


class Doc(NamedTuple):
    """One searchable item, all text normalised.

    ``key`` holds its names and keywords (weighted double), ``body`` the rest;
    ``names`` are its whole names and aliases, so that a query naming it
    exactly ("cyber defence pledge") beats items that only contain the words.
    """

    ref: ItemRef
    key: str
    body: str = ""
    names: tuple[str, ...] = ()


class Hit(NamedTuple):
    """A ranked result: ``coverage`` is the share of the query's (idf-weighted) tokens it holds."""

    ref: ItemRef
    score: float
    coverage: float


class SearchIndex:
    """Ranked fuzzy search over docs of several item types.

    ``search("stoltenbreg berlin", types=("quote",))`` -> hits, best first.
    """

    def __init__(self, docs: Sequence[Doc]):
        self._from_columns([d.ref.type for d in docs], [d.ref.id for d in docs], [d.key for d in docs],
                           [d.body for d in docs], [d.names for d in docs])

    @classmethod
    def from_columns(cls, types: list[str], ids: list[str], keys: list[str], bodies: list[str],
                     names: list[tuple[str, ...]]) -> SearchIndex:
        """The index of the docs whose parts these lists hold, the n-th of each for the n-th doc (no Doc objects)."""
        index = cls.__new__(cls)
        index._from_columns(types, ids, keys, bodies, names)
        return index

    def _from_columns(self, types, ids, keys, bodies, names) -> None:
        #: A word in more docs than ``gather_limit`` only adds weight; it is looked up in a bitmap (one bit per doc).
        gather_limit = max(GATHER_LIMIT, len(ids) // 100)
        vars(self).update(search_data.built(types, ids, keys, bodies, names, gather_limit=gather_limit))

    def __getstate__(self) -> dict:
        return search_data.packed(vars(self))

    def __setstate__(self, state: dict) -> None:
        vars(self).update(search_data.unpacked(state))

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
        min_coverage: float = 0.0,
        lacking: int = 0,
    ) -> list[Hit]:
        """Docs matching ``query``, best first; ``prefix`` completes the last token (autocomplete).

        Docs holding less than ``min_coverage`` of the query's weight are left out before rapidfuzz scores any.
        ``lacking``: how many of the query's words name something no doc holds ("shield" in "cyber shield"); each
        weighs as a word of one doc (idf as if in one), so "cyber" alone no longer covers the query (``answering.unnamed``).
        """
        normalized = normalize(query)
        query_tokens = tokens(normalized)
        if not query_tokens:
            return []
        groups = [self.expand(t, prefix=prefix and n == len(query_tokens) - 1) for n, t in enumerate(query_tokens)]
        groups = [g for g in groups if g]
        if not groups:
            return []
        total = (sum(max(self._idf[w] for w in g) for g in groups) + lacking * math.log(1 + len(self._ids))) * 2
        ranges = self._ranges_of(types)
        scores = self._gather(groups, {t for t in query_tokens if t in self.vocabulary}, ranges, normalized)
        if ranges is None and types is not None:  # docs of one type are not together: filter one by one
            wanted = set(types)
            scores = {n: s for n, s in scores.items() if self._types[n] in wanted}
        least = min_coverage * total
        candidates = [c for c in self._best(scores, CANDIDATES, [], normalized) if c[1] >= least]
        similarities = self._similarities(" ".join(g[0] for g in groups), normalized, [n for n, _ in candidates])
        ranked = sorted(  # best first; ties in file order
            (-round(0.7 * min(gathered / total, 1.0) + 0.003 * similarity, 4), n, min(gathered / total, 1.0))
            for (n, gathered), similarity in zip(candidates, similarities)
        )
        return [Hit(ItemRef(self._types[n], self._ids[n]), -score, coverage) for score, n, coverage in ranked[:limit]]

    def numbers_holding(self, groups: Iterable[tuple[str, ...]], item_type: str) -> list[int]:
        """The numbers of ``item_type``'s docs holding a word of any of ``groups``, ascending (file order)."""
        ranges, found = self._ranges_of((item_type,)) or [(0, len(self._keys))], set()
        for word in {w for group in groups for w in group}:
            for postings in (self._key.get(word), self._body.get(word)):
                found.update(search_data.within(postings, ranges))
        return sorted(n for n in found if self._types[n] == item_type)

    def numbers_holding_most(self, groups: list[tuple[str, ...]], item_type: str, limit: int = COMMON_CANDIDATES) -> list[int]:
        """Up to ``limit`` numbers of ``item_type``'s docs (the first) holding as many of ``groups`` as any (``_holding_most``)."""
        ranges = self._ranges_of((item_type,)) or [(0, len(self._keys))]
        held = self._holding_most(sorted(groups, key=self.document_frequency), ranges, [], limit)
        return [n for n in held if self._types[n] == item_type]

    def key_of(self, number: int) -> str:
        """The normalised names and keywords of doc ``number`` (a quote's: its text and topics)."""
        return self._keys[number]

    def id_of(self, number: int) -> str:
        """The id of the entry doc ``number`` is of."""
        return self._ids[number]

    def _ranges_of(self, types: Iterable[str] | None) -> list[tuple[int, int]] | None:
        """The doc number ranges holding ``types`` (all docs when None), or None when a type's docs are scattered."""
        if types is None:
            return [(0, len(self._keys))]
        ranges = [self._type_ranges.get(t, (0, 0)) for t in dict.fromkeys(types)]
        return None if any(r is None for r in ranges) else sorted(r for r in ranges if r[0] < r[1])

    def _similarities(self, words: str, phrase: str, numbers: list[int]) -> list[float]:
        """rapidfuzz similarity (0-100) of the query to each doc: its ``words`` to the doc's closest name, else the
        whole ``phrase`` as typed, stopwords included, to the doc's text (WRatio, as a scan of every text would rank)."""
        names, keys, ratio, wratio = self._names, self._keys, fuzz.ratio, fuzz.WRatio
        return [
            max(ratio(words, name, processor=None) for name in names[n]) if n in names else wratio(phrase, keys[n], processor=None)
            for n in numbers
        ]

    def _gather(self, groups: list[tuple[str, ...]], exact: set[str], ranges: list[tuple[int, int]] | None,
                phrase: str = "") -> dict[int, float]:
        """Doc number -> summed idf weight of the query words it holds (names count double), docs in ``ranges`` only.

        A corrected or completed word counts for less than one typed exactly,
        so a guessed word found only in a body does not make a match alone.
        Words in at most ``gather_limit`` docs gather candidates from their
        postings. A common word only adds weight to the best ``RESCORE``
        candidates so far; when every word of the query is common, the
        candidates are the docs that hold the most of them (bitmask
        intersections, rarest word first), so no query walks a posting list of
        half the corpus and none is answered from whichever docs come first in
        the file: among docs holding as many, those holding more of the query's
        word pairs (``phrase``, stopwords included) come first.
        """
        ranges = ranges if ranges is not None else [(0, len(self._keys))]
        scores: dict[int, float] = {}
        common = []
        for group in sorted(groups, key=self.document_frequency):
            if self.document_frequency(group) > self.gather_limit:
                common.append(group)
                continue
            best = self._weights(group, exact, ranges)
            for n in best.keys() & scores.keys():
                best[n] += scores[n]
            scores.update(best)  # as adding doc by doc would: the sums, and new docs after the others in best's order
        if not common:
            return scores
        if scores:
            chosen = [n for n, _ in self._best(scores, RESCORE, common, phrase)]
        else:
            chosen = self._holding_most(common, ranges, [w for w in phrase.split() if w in STOPWORDS], length=len(phrase))
            pairs = [" ".join(pair) for pair in zip(phrase.split(), phrase.split()[1:])]
            if pairs and len(chosen) > RESCORE:
                keys = self._keys
                chosen.sort(key=lambda n: -sum(map(keys[n].__contains__, pairs)))  # map: no generator frame per doc
            chosen = chosen[:RESCORE]
            scores = dict.fromkeys(chosen, 0.0)
        for group in common:
            weighted = [(self._key_bits.get(w), self._body_bits.get(w), self._idf[w] * (1.0 if w in exact else GUESSED))
                        for w in group]
            for n in chosen:
                byte, bit, best = n >> 3, 1 << (n & 7), 0.0
                for key_bits, body_bits, idf in weighted:
                    weight = 2.0 * idf if key_bits and key_bits[byte] & bit else idf if body_bits and body_bits[byte] & bit else 0.0
                    best = max(best, weight)
                scores[n] += best
        return scores

    def _weights(self, group: tuple[str, ...], exact: set[str], ranges: list[tuple[int, int]]) -> dict[int, float]:
        """Doc number -> the greatest weight any word of ``group`` has in it (a word's key weighs twice its body)."""
        if len(group) == 1:  # most words: its key and body postings hold no doc in common, so no doc is weighed twice
            idf = self._idf[group[0]] * (1.0 if group[0] in exact else GUESSED)
            best = dict.fromkeys(search_data.within(self._key.get(group[0]), ranges), 2.0 * idf)
            best.update(dict.fromkeys(search_data.within(self._body.get(group[0]), ranges), idf))
            return best
        best = {}
        for word in group:
            idf = self._idf[word] * (1.0 if word in exact else GUESSED)
            for weight, postings in ((2.0 * idf, self._key.get(word)), (idf, self._body.get(word))):
                for n in search_data.within(postings, ranges):
                    if best.get(n, 0.0) < weight:
                        best[n] = weight
        return best

    def _holding_most(self, groups: list[tuple[str, ...]], ranges: list[tuple[int, int]], little: list[str],
                      limit: int = COMMON_CANDIDATES, length: int | None = None) -> list[int]:
        """Up to ``limit`` docs in ``ranges`` holding as many of these words' groups as any doc does (bitmask
        intersections, rarest first; a word below the gather limit has its bitmap made from its postings).

        Where more docs than that hold them all, those also holding the question's ``little`` words
        (its stopwords: "the of of cyber") are kept, then (given the query's ``length``) those nearest it in length,
        so the choice is not the docs that come first.
        """
        held = sum((1 << end) - (1 << start) for start, end in ranges)
        for n, words in enumerate([*groups, *((w,) for w in little)]):  # rarest first, then the little words
            if n >= len(groups) and held.bit_count() <= limit:
                break
            if both := held & self._mask(words):
                held = both
        if length is None:
            return search_data.set_bits(held, limit)
        nearest_of = search_data.set_bits(held, NEAREST_OF * limit)  # sorting every doc of a corpus costs more than it gains
        return search_data.nearest_in_length(nearest_of, self._length_bands, length, limit)

    def _best(self, scores: dict[int, float], limit: int, common: list[tuple[str, ...]], phrase: str) -> list[tuple[int, float]]:
        """The ``limit`` best-scored docs; docs scored alike at the cut are taken holding the ``common`` words (that
        add weight only later), then the query's stopwords, then nearest its length (``search_data.best_scored``)."""
        little = [w for w in dict.fromkeys(phrase.split()) if w in STOPWORDS]
        return search_data.best_scored(scores, limit, lambda: [*map(self._mask, common), *(self._mask((w,)) for w in little)],
                                       self._length_bands, len(phrase))

    def _mask(self, words: Iterable[str]) -> int:
        """One bit per doc, set for the docs holding any of ``words`` (in key or body)."""
        mask, size = 0, len(self._keys)
        for word in words:
            for bits, postings in ((self._key_bits.get(word), self._key.get(word)), (self._body_bits.get(word), self._body.get(word))):
                if postings:
                    mask |= int.from_bytes(bits or search_data.bitmap(postings, size), "little")
        return mask

    def document_frequency(self, group: tuple[str, ...]) -> int:
        """How many docs hold a word of ``group`` (a doc holding two counts twice)."""
        return sum(len(self._key.get(w, ())) + len(self._body.get(w, ())) for w in group)
