"""The search index's data: built from its docs, and packed for the knowledge cache.

``built(...)`` gives ``SearchIndex``'s attributes: columns of the docs, each
word's postings (the sorted numbers of the docs holding it, in their key or
only in their body), the words' frequencies and idf, and a bitmap of the docs
holding each common word, and each doc's length band (one byte a doc).

``packed(vars(index))`` and ``unpacked(state)`` are ``SearchIndex``'s pickled
state: each word's postings a slice of one array, and the words and the docs'
normalised texts one newline-separated string each, so reading the cache back
makes no object per posting list or text through the unpickler, only a slice
per word and one ``str.split``.
"""

from __future__ import annotations

import math
import sys
from array import array
from bisect import bisect_left
from collections import defaultdict, deque
from functools import cache, partial
from heapq import nlargest
from itertools import accumulate, compress, count, groupby, repeat
from operator import itemgetter

from ..patterns import lazy_pattern
from .vocabulary import Vocabulary


def built(types: list[str], ids: list[str], keys: list[str], bodies: list[str], names: list[tuple[str, ...]], *,
          gather_limit: int) -> dict:
    """The index attributes of the docs these columns describe (texts normalised), for ``SearchIndex``."""
    size = len(ids)
    key_postings: dict[str, array] = defaultdict(_numbers)
    body_postings: dict[str, array] = defaultdict(_numbers)
    postings_of, append, consume = key_postings.__getitem__, array.append, deque(maxlen=0).extend
    for n, key_words in enumerate(map(set, map(str.split, keys))):  # the bulk (quotes): no call per doc but these, in C
        consume(map(append, map(postings_of, key_words), repeat(n)))
    for n in compress(count(), bodies):  # the few docs with a body (no quote has one)
        _append_each(n, map(body_postings.__getitem__, set(bodies[n].split()).difference(keys[n].split())))
    key_postings, body_postings = dict(key_postings), dict(body_postings)  # plain dicts: a look-up never adds a word
    frequencies = dict(zip(key_postings, map(len, key_postings.values())))
    for word, docs_with in body_postings.items():
        frequencies[word] = frequencies.get(word, 0) + len(docs_with)
    types = list(map(sys.intern, types))
    common = [w for w, f in frequencies.items() if f > gather_limit]
    return {
        "_types": types,
        "_ids": list(ids),
        "_keys": list(keys),
        "_names": {n: doc_names for n, doc_names in enumerate(names) if doc_names},
        "_key": key_postings,
        "_body": body_postings,
        "vocabulary": Vocabulary(frequencies),
        "_idf": {w: math.log(1 + size / f) for w, f in frequencies.items()},
        "gather_limit": gather_limit,
        "_type_ranges": _type_ranges(types),
        "_key_bits": {w: bitmap(key_postings[w], size) for w in common if w in key_postings},
        "_body_bits": {w: bitmap(body_postings[w], size) for w in common if w in body_postings},
        "_length_bands": length_bands(keys),
    }


#: Docs are banded by their text's length, each band 1.5 times as long as the one before: WRatio, which ranks
#: the candidates, gives its full ratio only to texts within 1.5 times the query's length (a longer or shorter
#: text gets a partial ratio, scaled down).
_BAND_RATIO = math.log(1.5)


def length_band(length: int) -> int:
    return int(math.log(max(length, 1)) / _BAND_RATIO)


def _band_table(longest: int) -> bytes:
    """``length_band`` of every length up to ``longest``, one byte each: a run per band, its end found near
    1.5 to the next band's power, not a logarithm per length (10,000 of them cost every start milliseconds)."""
    table = bytearray()
    while len(table) <= longest:
        start, band = len(table), length_band(len(table))
        end = max(start + 1, int(1.5 ** (band + 1)) - 2)
        while end > start + 1 and length_band(end - 1) > band:
            end -= 1
        while end <= longest and length_band(end) == band:
            end += 1
        table += bytes((band,)) * (min(end, longest + 1) - start)
    return bytes(table)


_LONGEST = 10_000  # characters: a longer text is in this length's band
_BAND_OF = _band_table(_LONGEST)


def length_bands(keys: list[str]) -> bytes:
    """Each doc's length band (``length_band`` of its normalised text), one byte per doc: looked up, in C, not a
    logarithm per doc (40 ms at 100,000 quotes)."""
    return bytes(map(_BAND_OF.__getitem__, map(min, map(len, keys), repeat(_LONGEST))))


def best_scored(scores: dict[int, float], limit: int, preferences, bands: bytes, length: int) -> list[tuple[int, float]]:
    """The ``limit`` best (doc, score) of ``scores``, best first. Where docs scored alike straddle the cut
    (every one holding the same rare words), those holding the most of ``preferences()`` (bitmaps of words: the
    query's common words, its stopwords in "why for osmiex"; the first deciding first) are taken first, and
    among them, then among the rest, those nearest the query's ``length``: not the first in the file."""
    best = nlargest(limit, scores.items(), key=itemgetter(1))
    if len(scores) <= limit:
        return best
    cut = best[-1][1]
    tied = [n for n, score in scores.items() if score == cut]
    above = [pair for pair in best if pair[1] > cut]
    need = limit - len(above)
    if len(tied) <= need:
        return best
    held = preferred = int.from_bytes(bitmap(tied, max(tied) + 1), "little")
    for words in preferences():
        if both := preferred & words:
            preferred = both
    chosen = nearest_in_length(set_bits(preferred, len(tied)) if preferred != held else tied, bands, length, need)
    if len(chosen) < need:
        taken = set(chosen)
        chosen += nearest_in_length([n for n in tied if n not in taken], bands, length, need - len(chosen))
    return above + [(n, cut) for n in chosen]


def nearest_in_length(numbers: list[int], bands: bytes, length: int, limit: int) -> list[int]:
    """Up to ``limit`` of ``numbers``: those whose text is nearest ``length`` first (by band, shorter before
    longer, then in the order given). Where more docs than ``limit`` hold every word asked, these are the ones
    WRatio scores highest; the first in the file would be an arbitrary choice."""
    if len(numbers) <= limit:
        return numbers
    distances = bytes(map(bands.__getitem__, numbers)).translate(_distances_from(length_band(length)))
    return [numbers[i] for i in sorted(range(len(numbers)), key=distances.__getitem__)[:limit]]  # C calls only: no frame per doc


@cache
def _distances_from(band: int) -> bytes:
    """A ``bytes.translate`` table: each band's distance from ``band``, a longer one a step behind a shorter one."""
    return bytes(min(2 * abs(other - band) + (other > band), 255) for other in range(256))


def _type_ranges(types: list[str]) -> dict[str, tuple[int, int] | None]:
    """Each type's (first, end) doc numbers when its docs are together (``documents`` lists them so), else None."""
    ranges: dict[str, tuple[int, int] | None] = {}
    start = 0
    for item_type, run in groupby(types):
        end = start + len(list(run))
        ranges[item_type] = (start, end) if item_type not in ranges else None
        start = end
    return ranges


def bitmap(postings: array, size: int) -> bytes:
    """One bit per doc, set for the docs in ``postings``: membership in O(1), intersections as ints."""
    bits = bytearray((size + 7) // 8)
    for n in postings:
        bits[n >> 3] |= 1 << (n & 7)
    return bytes(bits)


_numbers = partial(array, "I")  # a new posting list (a C call: a defaultdict makes one per word)


def _append_each(number: int, postings) -> None:
    """Append ``number`` to each of ``postings`` (in C: one posting list per word of a doc, 100,000 docs)."""
    deque(map(array.append, postings, repeat(number)), maxlen=0)


def packed(attributes: dict) -> dict:
    """``SearchIndex``'s attributes as the knowledge cache stores them."""
    state = dict(attributes)
    state["_keys"] = _joined(attributes["_keys"])
    state["_idf"] = (_joined(attributes["_idf"]), array("d", attributes["_idf"].values()))
    for name in ("_key", "_body"):
        postings: dict[str, array] = attributes[name]
        every = array("I")
        for numbers in postings.values():
            every += numbers
        state[name] = (_joined(postings), array("I", map(len, postings.values())), every)
    return state


def unpacked(state: dict) -> dict:
    """What ``packed`` was given; raises ValueError when the parts do not fit together (a damaged cache)."""
    state = dict(state)
    state["_keys"] = _split(state["_keys"], len(state["_types"]))
    words, values = state["_idf"]
    state["_idf"] = dict(zip(_split(words, len(values)), values, strict=True))
    for name in ("_key", "_body"):
        words, lengths, every = state[name]
        ends = list(accumulate(lengths))
        if (ends[-1] if ends else 0) != len(every):
            raise ValueError(f"the search index's {name} postings are damaged")
        slices = map(slice, [0, *ends], ends)
        state[name] = dict(zip(_split(words, len(lengths)), map(every.__getitem__, slices), strict=True))
    return state


def _joined(texts) -> str | list[str]:
    """Texts as one newline-separated string, for ``_split``; left a list when one of them holds a newline."""
    texts = list(texts)
    joined = "\n".join(texts)
    return joined if joined.count("\n") == max(len(texts) - 1, 0) else texts


def _split(joined: str | list[str], count: int) -> list[str]:
    """The ``count`` texts ``_joined`` made ``joined`` of (one empty text and none join alike)."""
    texts = joined if isinstance(joined, list) else joined.split("\n") if count else []
    if len(texts) != count:
        raise ValueError("the search index's texts are damaged")
    return texts


def within(postings, ranges: list[tuple[int, int]]):
    """The doc numbers of sorted ``postings`` that fall in ``ranges``."""
    if not postings:
        return ()
    if len(ranges) == 1 and ranges[0][0] <= postings[0] and postings[-1] < ranges[0][1]:
        return postings
    return [n for start, end in ranges for n in postings[bisect_left(postings, start) : bisect_left(postings, end)]]


_NONZERO_BYTE = lazy_pattern(rb"[^\x00]")
_BITS_OF = tuple(tuple(bit for bit in range(8) if value >> bit & 1) for value in range(256))


def set_bits(mask: int, limit: int) -> list[int]:
    """The positions of the first ``limit`` set bits of ``mask``, lowest first."""
    found: list[int] = []
    data = mask.to_bytes((mask.bit_length() + 7) // 8, "little")
    for match in _NONZERO_BYTE.finditer(data):
        start = match.start()
        found.extend(map((8 * start).__add__, _BITS_OF[data[start]]))
        if len(found) >= limit:
            return found[:limit]
    return found
