"""The quotes a question's words point to, found through the index: the same quotes a scan of every quote finds.

``quote_pool`` reads the search index's postings instead of normalising every quote's
text per question (a second at 100,000 quotes). These tests hold it to the scan's
answer on a generated knowledge, phrases and shares of words drawn from its own quotes,
and to the cap where every word asked is common.
"""

from __future__ import annotations

import math
import random
import sys
from collections import Counter
from pathlib import Path

import pytest

from bot.answering import quote_pool
from bot.answering.lookup import Lookup
from bot.answering.search import STOPWORDS, normalize, tokens
from bot.knowledge.loader import load_knowledge

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from generated import Sizes, write_corpus  # noqa: E402


@pytest.fixture(scope="module")
def lookup(tmp_path_factory) -> Lookup:
    path = write_corpus(tmp_path_factory.mktemp("corpus"), Sizes.for_quotes(3_000), root=ROOT)
    return Lookup(load_knowledge(path))


def _phrases(lookup: Lookup, count: int) -> list[str]:
    rng = random.Random(7)
    quotes = list(lookup.knowledge.quotes.values())
    phrases = []
    for quote in rng.sample(quotes, count):
        words = normalize(quote.text).split()
        size = min(len(words), rng.randint(1, 5))
        start = rng.randrange(len(words) - size + 1)
        phrases.append(" ".join(words[start : start + size]))
    return phrases + ["no such words at all", "nato"]


def test_quotes_holding_a_phrase_are_those_a_scan_finds(lookup, monkeypatch):
    monkeypatch.setattr(quote_pool, "POOL_LIMIT", 10**9)  # no cap: the exact answer
    quotes = list(lookup.knowledge.quotes.values())
    for phrase in _phrases(lookup, 60):
        scanned = [q for q in quotes if f" {phrase} " in f" {normalize(q.text)} "]
        assert quote_pool.quotes_holding_phrase(lookup, phrase) == scanned, phrase


def test_quotes_sharing_words_hold_every_quote_that_holds_that_share(lookup, monkeypatch):
    monkeypatch.setattr(quote_pool, "POOL_LIMIT", 10**9)
    quotes = list(lookup.knowledge.quotes.values())
    for phrase in _phrases(lookup, 60):
        groups = [(w,) for w in dict.fromkeys(tokens(phrase))]
        for least in (0.34, 0.6, 1.0):
            pool = quote_pool.quotes_sharing(lookup, groups, least)
            holding = [q for q in quotes if groups and sum(g[0] in normalize(q.text).split() for g in groups) >= math.ceil(least * len(groups))]
            assert set(map(id, holding)) <= set(map(id, pool)), (phrase, least)
            assert pool == sorted(pool, key=list(lookup.knowledge.quotes.values()).index)  # file order


def test_where_every_word_is_common_the_pool_is_capped_to_the_quotes_holding_the_most(lookup, monkeypatch):
    monkeypatch.setattr(quote_pool, "POOL_LIMIT", 20)
    texts = [set(normalize(" ".join((q.text, *q.topics))).split()) for q in lookup.knowledge.quotes.values()]
    counts = Counter(w for words in texts for w in words if w not in STOPWORDS)
    common = [w for w, _ in counts.most_common(3)]
    pool = quote_pool.quotes_sharing(lookup, [(w,) for w in common], 0.6)
    best = max(sum(w in words for w in common) for words in texts)
    held = {sum(w in normalize(" ".join((q.text, *q.topics))).split() for w in common) for q in pool}
    assert len(pool) == 20 and held == {best}
