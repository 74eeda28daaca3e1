"""Building the search index at load: batch normalisation and columns give what one text at a time gives."""

from __future__ import annotations

import dataclasses
import pickle
import sys
from pathlib import Path

import pytest

from bot.answering import documents
from bot.answering.search import Doc, SearchIndex, normalize, normalize_all
from bot.knowledge import plain_yaml
from bot.knowledge.loader import load_knowledge
from bot.paths import default_knowledge_path
from bot.reply import ItemRef

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generated import Sizes, write_corpus  # noqa: E402 -- the benchmarks' corpus, as tests/test_index_beside.py reads it

TEXTS = [
    "Luminița Odobescu's", "NATO — “No one stands alone”", "  spaces\tand\nlines  ", "", "...", "Ünïcödé ﬁ ligature ②",
    "CAPITALS and digits 2024", "a\u00a0b", "trailing punctuation!!!", "émigré café", "x" * 300, "日本語 mixed text",
]


@pytest.mark.parametrize("texts", [TEXTS, TEXTS[:1], [], ["ascii only", "Nothing else"], ["a\0b", "c"], ["", ""]])
def test_normalising_all_at_once_is_normalising_each(texts):
    assert normalize_all(texts) == [normalize(text) for text in texts]


def test_the_index_of_columns_is_the_index_of_docs():
    knowledge = load_knowledge(default_knowledge_path())
    columns = documents.index_columns(knowledge)
    docs = [Doc(ItemRef(t, i), key, body, names) for t, i, key, body, names in zip(*columns)]
    by_docs, by_columns = SearchIndex(docs), SearchIndex.from_columns(*columns)
    assert by_columns.search("tirana conference")[0] == by_docs.search("tirana conference")[0]
    for name, value in vars(by_docs).items():
        other = vars(by_columns)[name]
        assert (value.frequencies == other.frequencies) if name == "vocabulary" else (value == other), name


def test_the_quotes_columns_as_read_give_the_columns_the_quotes_themselves_give(tmp_path):
    """A loader's child makes the knowledge without its quotes and hands the index their columns as read."""
    path = write_corpus(tmp_path, Sizes.for_quotes(400), root=Path(__file__).resolve().parent.parent)
    knowledge = load_knowledge(path)
    quotes = plain_yaml.read(Path(path).read_text(encoding="utf-8"))["quotes"]
    assert "topics" in quotes.columns and any(topics is plain_yaml.ABSENT for topics in quotes.columns["topics"])  # some have none
    without = dataclasses.replace(knowledge, quotes={})
    assert documents.index_columns(without, quotes) == documents.index_columns(knowledge)


def test_the_index_read_back_from_its_cache_form_is_the_same():
    knowledge = load_knowledge(default_knowledge_path())
    index = SearchIndex.from_columns(*documents.index_columns(knowledge))
    again = pickle.loads(pickle.dumps(index))
    for name, value in vars(index).items():
        assert (value.frequencies == vars(again)[name].frequencies) if name == "vocabulary" else (value == vars(again)[name]), name
    assert [h.ref for h in again.search("stoltenberg", limit=5)] == [h.ref for h in index.search("stoltenberg", limit=5)]


def test_each_words_postings_are_the_docs_that_hold_it_in_order():
    """The postings built in bulk are, word by word, what a scan of the docs finds: key words in ``_key``,
    the body's other words in ``_body``, each doc once, in doc order."""
    knowledge = load_knowledge(default_knowledge_path())
    types, ids, keys, bodies, names = documents.index_columns(knowledge)
    index = SearchIndex.from_columns(types, ids, keys, bodies, names)
    expected_key: dict[str, list[int]] = {}
    expected_body: dict[str, list[int]] = {}
    for n, (key, body) in enumerate(zip(keys, bodies)):
        for word in sorted(set(key.split())):
            expected_key.setdefault(word, []).append(n)
        for word in sorted(set(body.split()) - set(key.split())):
            expected_body.setdefault(word, []).append(n)
    assert {w: list(p) for w, p in vars(index)["_key"].items()} == expected_key
    assert {w: list(p) for w, p in vars(index)["_body"].items()} == expected_body
    assert index.vocabulary.frequencies == {w: len(expected_key.get(w, ())) + len(expected_body.get(w, ())) for w in {*expected_key, *expected_body}}
