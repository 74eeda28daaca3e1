"""The quotes a question's words can point to, found through the search index's postings, not a scan of every quote.

    quotes_holding_phrase(lookup, "no one stands alone")          -> the quotes holding those words running
    quotes_sharing(lookup, [("rutte",), ("investment", "invest")], least=0.6)
                                                                  -> the quotes that may hold 60% of the word groups

A question checked against every quote ("is the quote '…' real?") normalised each
quote's text: a second per question at 100,000 quotes. A quote holding a share of
the groups holds a word of one of the rarest groups (if it held none of the rarest
``len - need + 1``, it would hold fewer than ``need``), so only those groups'
postings are read. Both give quotes in file order, as a scan would. Where more
than ``POOL_LIMIT`` quotes qualify (every word common), the ones holding the most
groups are taken, the first ``POOL_LIMIT`` in file order: a scan of all of them is what this module is for avoiding.
"""

from __future__ import annotations

import math

from ..knowledge.model import Quote
from .lookup import Lookup
from .search import normalize

POOL_LIMIT = 1_000  # quotes a question's words may gather before only those (the first) holding the most of them are kept


def quotes_holding_phrase(lookup: Lookup, phrase: str, *, rare_only: bool = False) -> list[Quote]:
    """The quotes whose text holds ``phrase`` (normalised) word for word, in file order; ``rare_only``: none when
    every word of it is in more than ``POOL_LIMIT`` quotes."""
    words = phrase.split()
    if not words:
        return []
    index = lookup.index
    rarest = min(words, key=lambda w: index.document_frequency((w,)))
    if index.document_frequency((rarest,)) > POOL_LIMIT:  # every word common: the quotes holding them all
        if rare_only:
            return []
        numbers = index.numbers_holding_most([(w,) for w in dict.fromkeys(words)], "quote", POOL_LIMIT)
    else:
        numbers = index.numbers_holding([(rarest,)], "quote")
    padded = f" {phrase} "
    numbers = [n for n in numbers if padded in f" {index.key_of(n)} "]  # the index's texts, normalised at load
    return [q for q in _quotes(lookup, numbers) if padded in f" {normalize(q.text)} "]  # not across the text and its topics


def quote_holding_phrase(lookup: Lookup, phrase: str) -> Quote | None:
    """Of the quotes holding ``phrase`` word for word, the one whose text is nearest its length, or None: a
    phrase of little words ("we are all in this") runs in many quotes, and the one it is most of is the one meant.
    None too when every word of it is in more than ``POOL_LIMIT`` quotes: reading that many texts costs
    milliseconds, and the search's own ranking (``SearchIndex.search``) already prefers such texts."""
    held = quotes_holding_phrase(lookup, phrase, rare_only=True)
    return min(held, key=lambda quote: abs(len(quote.text) - len(phrase)), default=None)


def quotes_sharing(lookup: Lookup, groups: list[tuple[str, ...]], least: float) -> list[Quote]:
    """The quotes that may hold at least ``least`` of ``groups`` (a group held by holding any of its words), in
    file order: a superset of those that do, for the caller to score. A quote holding none is never one, whatever
    ``least`` is: that would be every quote, the scan this module avoids."""
    groups = [g for g in groups if g]
    if not groups:
        return []
    index = lookup.index
    need = max(1, math.ceil(least * len(groups) - 1e-9))
    rarest = sorted(groups, key=index.document_frequency)[: len(groups) - need + 1]
    if sum(map(index.document_frequency, rarest)) > POOL_LIMIT:
        return _quotes(lookup, index.numbers_holding_most(groups, "quote", POOL_LIMIT))
    return _quotes(lookup, index.numbers_holding(rarest, "quote"))


def _quotes(lookup: Lookup, numbers: list[int]) -> list[Quote]:
    quotes = lookup.knowledge.quotes
    return [quotes[quote_id] for quote_id in map(lookup.index.id_of, numbers) if quote_id in quotes]
