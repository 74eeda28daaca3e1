"""A large file's list read in two processes (``plain_split``) gives exactly what reading it in one does."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

from bot.knowledge import plain_split, plain_yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generated import Sizes, write_corpus
from test_plain_yaml import LEFT_TO_THE_PARSER, READ_HERE, _unfolded

ROOT = Path(__file__).resolve().parent.parent


def read_in_one(text: str, monkeypatch) -> dict | None:
    with monkeypatch.context() as patch:
        patch.setattr(plain_split, "SPLIT_MIN_CHARS", float("inf"))
        return plain_yaml.read(text)


def read_in_two(text: str, monkeypatch, share: float) -> dict | None:
    with monkeypatch.context() as patch:
        patch.setattr(plain_split, "SPLIT_MIN_CHARS", 0)
        patch.setattr(plain_split, "TAIL_SHARE", share)
        return plain_yaml.read(text)


def assert_same(text: str, monkeypatch, share: float) -> bool:
    one, two = read_in_one(text, monkeypatch), read_in_two(text, monkeypatch, share)
    assert (one is None) == (two is None), text
    if one is not None:
        assert _unfolded(one) == _unfolded(two), text
    return one is not None


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> str:
    return write_corpus(tmp_path_factory.mktemp("corpus"), Sizes.for_quotes(300), root=ROOT).read_text()


@pytest.mark.parametrize("share", [0.02, 0.3, 0.55, 0.8, 0.97, 1.0])
def test_a_generated_file_reads_alike_wherever_it_is_split(corpus, monkeypatch, share):
    """Split in the quotes (joined), the events, the people with their roles (read in one instead) or nowhere."""
    assert assert_same(corpus, monkeypatch, share)
    assert assert_same(corpus + "notes: 1\n", monkeypatch, share)  # a key after the list


def test_the_tail_is_read_by_the_child_and_joined(corpus, monkeypatch):
    tables: list = []
    original = plain_yaml._joined

    def joined(head, tail_table):
        tables.append(tail_table())
        return original(head, lambda: tables[-1])

    monkeypatch.setattr(plain_yaml, "_joined", joined)
    found = read_in_two(corpus, monkeypatch, 0.55)
    assert tables and tables[0] is not None and 0 < tables[0].count < found["quotes"].count
    assert _unfolded(found) == _unfolded(read_in_one(corpus, monkeypatch))


def test_a_list_followed_by_more_sections_reads_alike(corpus, monkeypatch):
    head, quotes = corpus.split("\nquotes:\n")
    text = "version: 1\nquotes:\n" + quotes + head.replace("version: 1\n", "") + "\n"
    for share in (0.2, 0.5, 0.9):
        assert assert_same(text, monkeypatch, share)


@pytest.mark.parametrize("text", READ_HERE + LEFT_TO_THE_PARSER[:-2])
def test_small_texts_read_alike(text, monkeypatch):
    for share in (0.3, 0.7, 1.0):
        assert_same(text, monkeypatch, share)


@pytest.mark.parametrize("seed", range(2))
def test_mangled_files_read_alike(corpus, monkeypatch, seed):
    """Characters that matter to YAML inserted, dropped or replaced at random, on either side of the split."""
    rng = random.Random(seed)
    marks = [*" -:#\"'[]{},&*!|>%@`?\n\\~x0", "  ", "- ", ": ", " #", "\\u00e9", "null", "''", "\t", "\x07"]
    read_here = 0
    for _ in range(60):
        text = corpus
        for _ in range(rng.randint(1, 2)):
            at, mark = rng.randrange(len(text)), rng.choice(marks)
            text = rng.choice((text[:at] + mark + text[at:], text[:at] + text[at + rng.randint(1, 3) :], text[:at] + mark + text[at + 1 :]))
        read_here += assert_same(text, monkeypatch, rng.choice((0.3, 0.55, 0.8)))
    assert read_here > 5
