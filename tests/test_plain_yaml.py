"""The fast reader of plain block YAML gives what the YAML parser composes, or leaves the text to it."""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
import yaml

from bot.knowledge import plain_yaml
from bot.knowledge.yaml_nodes import (
    MappingNode,
    SequenceNode,
    compose,
    has_foreign_tag,
    is_null,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from generated import Sizes, write_corpus


class NotPlainData(Exception):
    pass


def _plain(node):
    """What the loader reads from a node tree, as plain data; raises for what it reports as a problem."""
    if has_foreign_tag(node):
        raise NotPlainData("a tag")
    if isinstance(node, MappingNode):
        found = {}
        for key, value in node.value:
            if not isinstance(key.value, str) or is_null(key) or key.value in found:
                raise NotPlainData("an odd or repeated key")
            found[key.value] = _plain(value)
        return found
    if isinstance(node, SequenceNode):
        return [_plain(item) for item in node.value]
    return None if is_null(node) else node.value


def _unfolded(data):
    return {key: value.rows() if isinstance(value, plain_yaml.Table) else value for key, value in data.items()}


def same_as_the_parser(text: str) -> bool:
    """True when the fast reader read ``text``, asserting it read what the YAML parser composes; False when it left it."""
    fast = plain_yaml.read(text)
    if fast is None:
        return False
    assert _unfolded(fast) == _plain(compose(text)), text
    return True


READ_HERE = [
    'version: 1\nquotes:\n  - id: "q1"\n    topics: [nato, cyber]\n',
    'a: "x\\/y"\nb: "x\\u00e9y"\nc: "\\x41"\nd: "a\\"b"\ne: "\\t"\n',
    "a: b # c\nb: b#c\nc: C#\nd: http://x.y/z\ne: x  y\nf: x ,y\n",
    "a: ~\nb: null\nc: Null\nd:\ne: \"\"\nf: ''\ng: 'it''s'\nh: 2019-05-14\ni: 0o17\nj: yes\n",
    "a:\n- x\n- y\nb: 1\n",
    "a:\n  - b: 1\n    c: 2\n  - b: 3\n",
    "a:\n  b: 1\n  c:\n    d: 2\n  e: 3\n",
    "a: [ ]\nb: []\nc: [x,y]\nd: [\"x, y\", 'z']\ne: [x y , z]\nf: [null, ~, x]\n",
    'a: {b: 1, c: "2"}\nd: {}\ne: {t: ~}\nf: {t: "x, y", g: z}\n',
    "# a comment\na: 1   \n\n   \n# another\nb:   2\n",
    'people:\n  - id: "p"\n    roles:\n      - {title: "Minister", from: "2005-01-01"}\n      - title: "Chief"\n        to: 2009\n',
    'quotes:\n- id: q\n  topics:\n  - a\n  - "b"\n- id: r\n',
    'a: 1',
]

LEFT_TO_THE_PARSER = [
    'a: "\\ud800"\n', 'a: "\\q"\n', "a: x: y\n", "a: x:\n", "a:\n  - b: 1\n   c: 2\n", "a: [x, ]\n", "a: {b: 1, b: 2}\n",
    "a: {b:1}\n", "a: 1\na: 2\n", "a: b\n  c\n", "a: |\n  x\n", "a: >-\n  x\n", "- a\n", "a: &x 1\nb: *x\n", "a: !!str 1\n",
    "---\na: 1\n", "a: 1\n...\n", "  a: 1\n", "a: -1\n", "a: [x, [y]]\n", 'a: "x" y\n', "a: ? x\n", "a: x\n- y\n",
    "a:\n- x\nb:\n- y\n  - z\n", "a:\tb\n", "a: b\r\n", "\ufeffa: b\n", "a: \x07\n", "<<: x\n", 'a: "x"#c\n', "", "# only a comment\n",
    "".join(" " * depth + "k:\n" for depth in range(3000)),  # nesting deeper than a knowledge file's: no RecursionError
    "".join(" " * (2 * depth) + "- k:\n" for depth in range(3000)),
]


@pytest.mark.parametrize("text", READ_HERE)
def test_plain_block_style_is_read_as_the_parser_reads_it(text):
    assert same_as_the_parser(text)


@pytest.mark.parametrize("text", LEFT_TO_THE_PARSER)
def test_anything_else_is_left_to_the_parser(text):
    assert plain_yaml.read(text) is None


def test_a_generated_knowledge_file_is_read_here(tmp_path):
    path = write_corpus(tmp_path, Sizes.for_quotes(300), root=Path(__file__).resolve().parent.parent)
    text = path.read_text()
    assert same_as_the_parser(text)
    assert isinstance(plain_yaml.read(text)["quotes"], plain_yaml.Table)


@pytest.mark.parametrize("chunk", [1, 7, 100, 4096])
def test_lines_read_a_chunk_at_a_time_read_as_all_at_once(tmp_path, monkeypatch, chunk):
    """A large file's lines are matched a few megabytes at a time: any chunk size reads the same, or leaves it alike."""
    path = write_corpus(tmp_path, Sizes.for_quotes(120), root=Path(__file__).resolve().parent.parent)
    texts = [path.read_text(), path.read_text() + "\n\n", *READ_HERE, *LEFT_TO_THE_PARSER[:-2]]
    whole = [plain_yaml.read(text) for text in texts]
    monkeypatch.setattr(plain_yaml, "LINES_CHUNK_CHARS", chunk)
    for text, expected in zip(texts, whole):
        found = plain_yaml.read(text)
        assert (found is None) == (expected is None), text
        assert found is None or _unfolded(found) == _unfolded(expected), text


@pytest.mark.parametrize("seed", range(3))
def test_mangled_files_are_read_as_the_parser_reads_them_or_left_to_it(tmp_path, seed):
    """Characters that matter to YAML inserted, dropped or replaced at random in a generated file: whatever the fast
    reader accepts, it reads exactly as the parser composes it (and it still accepts a good share of them)."""
    path = write_corpus(tmp_path, Sizes.for_quotes(60), root=Path(__file__).resolve().parent.parent)
    lines = path.read_text().split("\n")
    rng = random.Random(seed)
    marks = [*" -:#\"'[]{},&*!|>%@`?\n\\~x0", "  ", "- ", ": ", " #", "\\u00e9", "\\x", "null", "''"]
    read_here = 0
    for _ in range(400):
        start = rng.randrange(len(lines) - 12)
        text = "\n".join(lines[:6] + lines[start : start + 12])
        for _ in range(rng.randint(1, 3)):
            at, mark = rng.randrange(len(text)), rng.choice(marks)
            text = rng.choice((text[:at] + mark + text[at:], text[:at] + text[at + rng.randint(1, 3) :], text[:at] + mark + text[at + 1 :]))
        try:
            read_here += same_as_the_parser(text)
        except (yaml.YAMLError, NotPlainData):
            assert plain_yaml.read(text) is None, text  # the parser refuses it or the loader reports it: never read here
    assert read_here > 100


def test_printable_in_utf8_finds_what_the_pattern_finds():
    """``_printable`` of a non-ASCII text (checked on its UTF-8) is the pattern's verdict, for every kind of character."""
    from bot.knowledge.plain_yaml import _NOT_READ_HERE, _printable

    chance = random.Random(3)
    kinds = ["a", "\n", "é", "\xa0", "«", "€", "\u2027", "\u202a", "\ud7ff", "\ue000", "\ufefe", "\uff00", "\ufffd", "😀",
             "\x00", "\t", "\r", "\x7f", "\x85", "\x9f", "\u2028", "\u2029", "\ud800", "\udfff", "\ufeff", "\ufffe", "\uffff"]
    for _ in range(3000):
        text = "é" + "".join(chance.choice(kinds) for _ in range(chance.randint(0, 4)))
        assert _printable(text) == (not _NOT_READ_HERE.search(text)), repr(text)
