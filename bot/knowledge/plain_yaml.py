"""A fast reader for the common block style of a knowledge file, giving plain data without positions.

    read('version: 1\\nquotes:\\n  - id: "q1"\\n    topics: [nato, cyber]\\n')
    ->  {"version": "1", "quotes": [{"id": "q1", "topics": ["nato", "cyber"]}]}

Composing a large file into positioned YAML nodes is most of what loading it
costs (100,000 quotes: a million nodes and two million marks, five seconds and
a gigabyte). Most large files are written by a program, in a plain block style:
mappings and lists by indentation, one value per line, quoted or plain, short
lists and mappings in brackets on one line. This reader takes exactly that:
every line, comments and blank lines aside, must match one regular expression
(checked in C for the whole text at once), and the lines are then put
together by their indentation (the entries of a large file's longest list an entry at a
time where they write their keys alike: ``plain_entries``). It gives what ``yaml_nodes.compose`` and the
loader would read from the same text — every scalar as its text, a plain
empty, ``~`` or ``null`` as None — or None for any text that uses something
else (anchors, tags, block scalars, multi-line values, a tab, a duplicate
key, an odd indentation ...): the loader then composes that file as before,
and reports its problems with their positions from there.
"""

from __future__ import annotations

import re
import sys
from itertools import compress, count, repeat
from operator import itemgetter, not_
from collections.abc import Callable
from typing import Any

from . import plain_entries, plain_split
from .plain_entries import ENTRY_LEAD
from .plain_values import VALUE
from .plain_values import NotPlain as _NotPlain
from .plain_values import value as _value
from .plain_values import values as _values
from .table import ABSENT, Table

__all__ = ["ABSENT", "Table", "read"]

_NOT_READ_HERE = re.compile(
    # what this reader leaves to the YAML parser: control characters, tabs and carriage returns, byte order
    # marks, YAML 1.1's other line breaks (NEL, LS, PS)
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
_PRINTABLE_ASCII = bytes(range(0x20, 0x7F)) + b"\n"
_PRINTABLE_UTF8 = _PRINTABLE_ASCII + bytes(range(0x80, 0x100))  # what is left: a control character
#: Every other character ``_NOT_READ_HERE`` finds: the C1 controls (their UTF-8 lead byte looked for), then LS, PS,
#: the BOM, U+FFFE-F (each looked for in the text: one character found in C, where three bytes took five times as long).
_C1_LEAD = b"\xc2"
_NOT_READ_ABOVE_C1 = "\u2028\u2029\ufeff\ufffe\uffff"
_BLANK_OR_COMMENT = re.compile(r"\n *+(?:#[^\n]*+)?+(?=\n|\Z)")
_BLANK_OR_COMMENT_SEEN = re.compile(r"\n[ ]*[#\n]")
#: One line: its indentation and dash ("    ", "  - "), its key or "", its value or "" (a comment dropped).
_LINE = re.compile(
    rf"^( *+(?:- )?)(?:([A-Za-z_][A-Za-z0-9_-]*+):(?= |$))?(?: *+({VALUE}))?(?: ++#[^\n]*+)? *+$", re.MULTILINE
)
_LEAD, _KEY, _RAW = itemgetter(0), itemgetter(1), itemgetter(2)
PROBE_CHARS = 65_536  # the head of a file checked first
LINES_CHUNK_CHARS = 4_000_000  # lines read at a time: what their matches hold stays small
MAX_DEPTH = 8  # nested blocks under a section (a knowledge file has two: an entry's list of records, each a mapping)


class _NotSplit(Exception):
    """The entries a child read cannot be joined to the others here: the whole text is read here instead."""


_UNSPLIT = object()


def read(text: str) -> dict[str, Any] | None:
    """The document in ``text`` as plain data, or None when it is not written in the style read here."""
    if not _lines_match(text[: text.rfind("\n", 0, PROBE_CHARS)]):
        return None  # a file in another style mostly shows it early: no pass over all of it
    whole = text
    if text.lstrip(" ").startswith(("#", "\n")) or _BLANK_OR_COMMENT_SEEN.search(text):
        text = _BLANK_OR_COMMENT.sub("", "\n" + text)[1:]
    end = len(text)
    while end and text[end - 1] == "\n":  # the end, not a stripped copy of a 70 MB text (rstrip makes one)
        end -= 1
    tail = plain_split.fork_tail(text, end, _tail_table)  # the check of the whole text below runs meanwhile
    try:
        # A document marker or directive ("---", "...", "%") starts a line at no indentation, which must be a key
        # here: the line pattern refuses "---" and "%", and a top-level line with no key ("...") is refused, so no
        # pass of its own looks for them.
        if not _printable(whole):
            return None
        if tail is not None and (found := _read_beside(text, end, tail)) is not _UNSPLIT:
            return found
    finally:
        if tail is not None:
            tail.drop()
    lines = _lines(text, end)
    if lines is None:
        return None  # a line that does not match, or an empty document
    try:
        return _document(*lines)
    except _NotPlain:
        return None


def _lines(text: str, end: int, start: int = 0) -> tuple[list[str], list[str], list[str]] | None:
    """Every line of ``text[start:end]`` as three columns, its indentation and dash, its key, its value; None
    when a line does not match. Read a chunk of lines at a time, the indentations and keys shared (``sys.intern``):
    a tuple of three new strings per line held 200 MB at 100,000 quotes."""
    leads: list[str] = []
    keys: list[str] = []
    raws: list[str] = []
    while start < end:
        stop = text.find("\n", min(start + LINES_CHUNK_CHARS, end))
        stop = end if stop == -1 or stop > end else stop
        found = _LINE.findall(text, start, stop)
        if len(found) != text.count("\n", start, stop) + 1:
            return None
        leads += map(sys.intern, map(_LEAD, found))  # interned: the reading after compares and hashes them faster too
        keys += map(sys.intern, map(_KEY, found))
        raws += map(_RAW, found)
        start = stop + 1
    return (leads, keys, raws) if leads else None


def _lines_match(head: str) -> bool:
    """True when every line of ``head`` (comments and blank lines aside) is a line this reader reads."""
    head = _BLANK_OR_COMMENT.sub("", "\n" + head)[1:]
    return not head or len(_LINE.findall(head)) == head.count("\n") + 1


def _printable(text: str) -> bool:
    if text.isascii():
        return not text.encode("ascii").translate(None, _PRINTABLE_ASCII)
    try:  # in UTF-8, in C: a third of the time the pattern takes over a 36 MB text
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return False
    if data.translate(None, _PRINTABLE_UTF8) or _C1_LEAD in data or any(map(text.__contains__, _NOT_READ_ABOVE_C1)):
        return not _NOT_READ_HERE.search(text)  # the pattern decides
    return True


def _document(leads: list[str], keys: list[str], raws: list[str], tail: tuple[int, Callable[[], Table | None]] | None = None) -> dict[str, Any]:
    """The top-level mapping: keys on unindented lines, each with a value or the lines under it. ``tail``: (the
    line where the entries a child read would follow, a callable giving their Table) when there is one."""
    tops = list(compress(count(), map(not_, leads)))
    if not tops or tops[0] != 0:
        raise _NotPlain
    found: dict[str, Any] = {}
    for at, end in zip(tops, [*tops[1:], len(leads)]):
        key, raw = keys[at], raws[at]
        if not key or key in found or (raw and end > at + 1):
            raise _NotPlain
        if tail is not None and at < tail[0] <= end:  # the list the tail's entries belong to, if they end it
            if end == at + 1 == tail[0] and not raw:  # its entries all read elsewhere (``_read_beside``)
                found[key] = _entries_of(tail[1])
                continue
            if end != tail[0] or end == at + 1 or leads[at + 1] != ENTRY_LEAD:
                raise _NotSplit
            found[key] = _joined(_table(leads[at + 1 : end], keys[at + 1 : end], raws[at + 1 : end]), tail[1])
            continue
        found[key] = _value(raw) if raw else _section(leads[at + 1 : end], keys[at + 1 : end], raws[at + 1 : end]) if end > at + 1 else None
    return found


def _section(leads: list[str], keys: list[str], raws: list[str]) -> Any:
    """What is under a top-level key; a list of mappings as a ``Table``. A list of mappings of one
    ``key: value`` a line (the bulk of a large file) is read a column at a time, anything else a line at a time."""
    table = _table(leads, keys, raws)
    if table is not None:
        return table
    lines = list(zip(leads, keys, raws))
    value, end = _block(lines, 0)
    if end != len(lines):
        raise _NotPlain
    if type(value) is list and value and all(type(item) is dict for item in value):
        keys = dict.fromkeys(key for item in value for key in item)
        return Table(len(value), {key: list(map(dict.get, value, repeat(key), repeat(ABSENT))) for key in keys})
    return value


def _table(leads: list[str], keys: list[str], raws: list[str]) -> Table | None:
    """A list of mappings of one ``key: value`` a line, read a column at a time; None for other lines."""
    lead = leads[0]
    if not (lead.endswith("- ") and set(leads) <= {lead, lead[:-2] + "  "} and all(keys)):
        return None
    starts = list(compress(count(), map(lead.__eq__, leads)))
    ends = [*starts[1:], len(leads)]
    entries = [dict(zip(keys[start:end], raws[start:end])) for start, end in zip(starts, ends)]
    if starts[0] != 0 or sum(map(len, entries)) != len(leads):
        raise _NotPlain  # a repeated key
    columns = dict.fromkeys(keys[: ends[0]])
    columns.update(dict.fromkeys(set(keys)))
    return Table(len(entries), {key: _values(list(map(dict.get, entries, repeat(key), repeat(ABSENT)))) for key in columns})


def _read_beside(text: str, end: int, tail: plain_split.Tail) -> dict[str, Any] | None | object:
    """``read``'s document, the tail's entries read by the child; ``_UNSPLIT`` where the two do not join
    (the tail's list is not one of one-line pairs here, the child failed ...): the text is then read whole."""
    listed = plain_split.list_start(text, tail.start)
    entries = plain_entries.entries(text, listed, tail.start - 1) if listed is not None else None
    if entries is None:  # the list's first entries read by lines, with the rest before them
        head, tail_table = _lines(text, tail.start - 1), tail.table
    else:  # the list's key line ends the lines read here; its entries are this Table, then the child's
        head, tail_table = _lines(text, listed - 1), lambda: _joined(entries, tail.table)
    rest = _lines(text, end, tail.stop + 1) if tail.stop < end else ([], [], [])
    if head is None or rest is None:
        return _UNSPLIT  # a line that does not match, read whole to be sure
    try:
        return _document(head[0] + rest[0], head[1] + rest[1], head[2] + rest[2], (len(head[0]), tail_table))
    except _NotSplit:
        return _UNSPLIT
    except _NotPlain:
        return None


def _entries_of(table: Callable[[], Table | None]) -> Table:
    if (found := table()) is None:
        raise _NotSplit
    return found


def _joined(head: Table | None, tail_table: Callable[[], Table | None]) -> Table:
    """The list's entries this process read, then the child's; ``_NotSplit`` when they are not alike."""
    if head is None:
        raise _NotSplit
    tail = tail_table()
    if tail is None:
        raise _NotSplit
    columns = {key: head.columns.get(key, [ABSENT] * head.count) + tail.columns.get(key, [ABSENT] * tail.count)
               for key in dict.fromkeys([*head.columns, *tail.columns])}
    return Table(head.count + tail.count, columns)


def _tail_table(text: str, start: int, stop: int) -> Table | None:
    """In the child: the Table of the entries in ``text[start:stop]``, or None (``plain_split``)."""
    if (table := plain_entries.entries(text, start, stop)) is not None:
        return table
    lines = _lines(text, stop, start)
    if lines is None or lines[0][0] != ENTRY_LEAD:
        return None
    try:
        return _table(*lines)
    except _NotPlain:
        return None


def _column(line: tuple) -> int:
    """Where a line's content starts: after its dash, if it has one."""
    return len(line[0]) - 2 if line[0].endswith("- ") else len(line[0])


def _mapping(lines: list[tuple], at: int, column: int, first: tuple | None = None, depth: int = 0) -> tuple[dict, int]:
    """The block mapping whose keys are at ``column``, from ``lines[at]``, or from ``first`` (its first pair,
    written after a dash) and then ``lines[at]``."""
    pad = " " * column
    found: dict[str, Any] = {}
    line = first
    if line is None:
        line = lines[at]
        at += 1
    while True:
        _, key, raw = line
        if not key or key in found:
            raise _NotPlain
        if raw:
            found[key] = _value(raw)
        elif at < len(lines) and (_column(lines[at]) > column or lines[at][0] == pad + "- "):
            found[key], at = _block(lines, at, depth + 1)
        else:
            found[key] = None
        if at == len(lines) or lines[at][0] != pad:
            return found, at
        line = lines[at]
        at += 1


def _block(lines: list[tuple], at: int, depth: int = 0) -> tuple[Any, int]:
    """The block node starting at ``lines[at]``: a sequence when the line starts with a dash, else a mapping."""
    if depth > MAX_DEPTH:
        raise _NotPlain  # deeper than any knowledge file goes: left to the parser and its checks
    lead = lines[at][0]
    if not lead.endswith("- "):
        return _mapping(lines, at, len(lead), depth=depth)
    items: list[Any] = []
    while at < len(lines) and lines[at][0] == lead:
        line = lines[at]
        at += 1
        if line[1]:
            item, at = _mapping(lines, at, len(lead), line, depth)
        elif line[2]:
            item = _value(line[2])
        else:
            raise _NotPlain  # a dash with nothing after it
        items.append(item)
    if at < len(lines) and _column(lines[at]) > len(lead) - 2:
        raise _NotPlain
    return items, at
