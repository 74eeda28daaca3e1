"""A list's entries read an entry at a time (``plain_entries``) give what reading them a line at a time gives, or None."""

from __future__ import annotations

import random

import pytest

from bot.knowledge import plain_entries, plain_yaml
from bot.knowledge.table import ABSENT


def by_lines(text: str, start: int, stop: int):
    lines = plain_yaml._lines(text, stop, start)
    return None if lines is None else plain_yaml._table(*lines)


def read(body: str):
    """``entries`` of the list under ``quotes:``, checked against the line reader wherever it gives a Table."""
    text = "quotes:\n" + body
    start, stop = len("quotes:\n"), len(text.rstrip("\n"))
    found = plain_entries.entries(text, start, stop)
    if found is not None:
        assert found == by_lines(text, start, stop), body
    return found


ENTRY = '  - id: "q{n}"\n    text: "Words, {n}: \\"said\\""   # a comment\n    topics: [a, "b c"]  \n    said: 2024-05\n'


def test_entries_in_one_order_are_read_whole():
    table = read("".join(ENTRY.format(n=n) for n in range(5)))
    assert table.count == 5 and table.columns["id"] == [f"q{n}" for n in range(5)]
    assert table.columns["topics"][0] == ["a", "b c"] and table.columns["text"][1] == 'Words, 1: "said"'


def test_a_key_an_entry_lacks_is_absent():
    body = ENTRY.format(n=0) + '  - id: "q1"\n    said: 2023\n' + ENTRY.format(n=2)
    table = read(body)
    assert table.columns["text"][1] is ABSENT and table.columns["topics"][1] is ABSENT and table.columns["said"][1] == "2023"


@pytest.mark.parametrize("odd", [
    '  - id: "q9"\n    said: 2023\n    text: "after said"\n',  # another order
    '  - id: "q9"\n    text: "x"\n    text: "y"\n',  # a repeated key
    '  - id: "q9"\n    event: "e-1"\n',  # a key the first entry lacks
    '  - id: "q9"\n    text:\n',  # a key with no value
    '  - id: "q9"\n    text: "x"\n      more: 1\n',  # a nested line
    '  - id: "q9"\n    text: "x\n',  # an unclosed quote
    '  - "q9"\n',  # not a mapping
    '  - id: "q9"\n    text:"x"\n',  # no space after the colon
    '  -  id: "q9"\n',  # another indentation
    '  - id: "q9"\n    text: "an unknown escape \\q"\n',  # a value left to the parser
])
def test_anything_else_is_left_to_the_line_reader(odd):
    assert read(ENTRY.format(n=0) + odd + ENTRY.format(n=1)) is None


def test_a_repeated_key_in_the_first_entry_is_left_to_the_line_reader():
    assert read('  - id: "q1"\n    id: "q2"\n') is None


def test_random_entries_read_as_the_lines_do():
    """Entries of random keys, orders, values and comments: a Table only where the line reader gives the same."""
    pieces = ['"quoted"', "'single ''q'''", "plain words", "[a, b]", "{k: v}", '"esc \\u00e9"', "2024-01-02", "x#y", "a: b",
              '"unclosed', "- dash", "", "#", "[nested, [x]]"]
    keys = ["id", "text", "said", "topics", "source-id", "_k"]
    chance = random.Random(7)
    tables = 0
    for _ in range(400):
        order = chance.sample(keys, chance.randint(1, 4))
        body = ""
        for _ in range(chance.randint(1, 5)):
            present = [k for k in order if k == order[0] or chance.random() < 0.8]
            if chance.random() < 0.1:
                chance.shuffle(present)
            for n, key in enumerate(present):
                lead = "  - " if n == 0 else chance.choice(["    "] * 12 + ["   ", "      "])
                comment = chance.choice(["", "", "  # note", " #x"])
                body += f"{lead}{key}:{chance.choice([' ', ' ', '  ', ''])}{chance.choice(pieces)}{comment}{chance.choice(['', ' '])}\n"
        tables += read(body) is not None
    assert tables > 20  # enough of them read whole to be a test
