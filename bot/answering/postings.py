"""Each word's postings (the sorted numbers of the docs holding it), built here, or partly by the child that read the last quotes.

    key, body = postings(keys, bodies)              # every doc, here
    part = quotes_part(table)                       # in that child (``plain_split``): its quotes' keys and postings
    key, body = postings(keys, bodies, (start, part))   # docs start .. start + part.count - 1 taken from the part

Building the postings of 100,000 quotes (two million of them) and normalising
their texts is most of the search index's cost, a doc at a time. On a busy
machine, where no child builds the whole index, the child that read the last
~55% of the quotes hands their columns over and goes on to normalise their
texts and build their postings while this process checks and builds the
model, and hands them back packed (a few megabytes, read in milliseconds). The parent builds the others', and
joins the part's postings between its own in doc order, so the words, their
order and every posting list are those a build of all docs here gives.
"""

from __future__ import annotations

from array import array
from collections import defaultdict, deque
from collections.abc import Iterable
from itertools import accumulate, count, islice, repeat
from typing import NamedTuple

from ..knowledge.table import ABSENT, Table
from .normalizing import normalize_all


class Part(NamedTuple):
    """The last quotes' normalised key texts and key postings (numbered from 0), packed: newline-joined texts and
    words (normalised text holds no newline), the postings as one array sliced by ``lengths``."""

    count: int
    first_id: str
    last_id: str
    keys: str
    words: str
    lengths: array
    every: array

    def key_texts(self) -> list[str]:
        return self.keys.split("\n") if self.count else []


def quote_keys(texts: Iterable[str], topics: Iterable[tuple[str, ...]]) -> list[str]:
    """Each quote's key text before normalising: its words, then its topics."""
    return [" ".join(filter(None, (text, *more))) for text, more in zip(texts, topics)]


def quotes_part(table: Table) -> Part | None:
    """In the child: the ``Part`` of the quotes in ``table`` (raw columns as read); None if they are not quotes'."""
    columns = table.columns
    if not {"id", "text"} <= columns.keys() or not table.count:
        return None
    topics = [() if value is ABSENT else value for value in columns.get("topics", repeat(ABSENT, table.count))]
    keys = normalize_all(quote_keys(columns["text"], topics))
    own, _ = postings(keys, repeat("", len(keys)))
    ids = columns["id"]
    return Part(len(keys), ids[0], ids[-1], "\n".join(keys), "\n".join(own), array("I", map(len, own.values())), _flat(own.values()))


def postings(keys: list[str], bodies: Iterable[str], part: tuple[int, Part] | None = None) -> tuple[dict[str, array], dict[str, array]]:
    """Each word's docs by key and by body only (a word of both counts as the key's); ``part``: (the first doc's
    number, its ``Part``), whose docs (quotes: no body) are not read here."""
    key_postings: defaultdict[str, array] = defaultdict(_numbers)
    body_postings: defaultdict[str, array] = defaultdict(_numbers)
    bodies = list(bodies)
    spans = [(0, len(keys))] if part is None else [(0, part[0]), (part[0] + part[1].count, len(keys))]
    for at, (start, stop) in enumerate(spans):
        if at:
            _join(key_postings, *part)  # type: ignore[misc]
        for n, key, body in zip(count(start), islice(keys, start, stop), islice(bodies, start, stop)):
            key_words = set(key.split())
            _append_each(n, map(key_postings.__getitem__, key_words))
            if body:
                _append_each(n, map(body_postings.__getitem__, set(body.split()) - key_words))
    return dict(key_postings), dict(body_postings)  # plain dicts: a look-up never adds a word


def _join(key_postings: defaultdict[str, array], start: int, part: Part) -> None:
    """The part's postings, numbered from ``start``, after each word's own (new words in the part's order)."""
    every = array("I", map(start.__add__, part.every))
    ends = list(accumulate(part.lengths))
    words = part.words.split("\n") if part.lengths else []
    if len(words) != len(ends) or len(every) != (ends[-1] if ends else 0):
        raise ValueError("a part's postings do not fit together")
    for word, begin, end in zip(words, [0, *ends], ends):
        key_postings[word] += every[begin:end]


def _flat(arrays: Iterable[array]) -> array:
    every = array("I")
    for numbers in arrays:
        every += numbers
    return every


def _numbers() -> array:
    return array("I")


def _append_each(number: int, postings: Iterable[array]) -> None:
    """Append ``number`` to each of ``postings`` (in C: one posting list per word of a doc, 100,000 docs)."""
    deque(map(array.append, postings, repeat(number)), maxlen=0)
