"""The bulk of a large file, a top-level list of one ``key: value`` a line, read an entry at a time (``plain_yaml``).

    table = entries(text, start, stop)   # text[start:stop]: whole entries, "  - " starting each; None: read it by lines

``plain_yaml`` reads a file a line at a time: a match of its line pattern per
line, then a mapping per entry, then the columns. At 100,000 quotes that is
700,000 lines and 1.2 s of CPU. Where every entry writes its keys in the order
the first entry does (what a program writes), one pattern made of those lines
matches a whole entry, its values captured in that order, and the columns are
the captures zipped: 0.5 s. Each line of it is the line pattern with the lead
and the key written out, so it captures the same value; a key an entry lacks
is ``ABSENT``. The entries must be matched end to end (as many matches as lines
starting an entry, each ending where the next starts): any other line, order or
repeated key, or a value left to the YAML parser, and this gives None: the lines are then read one by one as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .plain_values import VALUE, NotPlain
from .plain_values import values as _values
from .table import ABSENT, Table

ENTRY_LEAD = "  - "  # the first line of an entry of a top-level list, as programs write it
FIELD_LEAD = "    "  # its other lines
_KEY = r"[A-Za-z_][A-Za-z0-9_-]*"
_FIRST_KEYS = re.compile(rf"^(?:{ENTRY_LEAD}|{FIELD_LEAD})({_KEY}):", re.MULTILINE)
_LINE_END = r"(?: ++#[^\n]*+)? *+(?:\n|\Z)"  # a comment, trailing spaces, as the line pattern allows them


def entries(text: str, start: int, stop: int) -> Table | None:
    """The Table of the entries in ``text[start:stop]`` (an entry's first line at ``start``), every entry's keys in
    the first entry's order, each at most once; None where the text is anything else."""
    if not (0 < start and text[start - 1] == "\n" and text.startswith(ENTRY_LEAD, start)):
        return None
    first_end = text.find("\n" + ENTRY_LEAD, start, stop)
    keys = tuple(_FIRST_KEYS.findall(text, start, stop if first_end == -1 else first_end))
    if not keys or len(set(keys)) != len(keys):
        return None
    found = _entry_pattern(keys).findall(text, start, stop)
    if len(found) != text.count("\n" + ENTRY_LEAD, start - 1, stop):
        return None  # an entry not matched whole: a line, a key or an order of another kind
    columns = list(zip(*found)) if len(keys) > 1 else [found]
    try:
        return Table(len(found), {key: _values(_absent_where_empty(list(column))) for key, column in zip(keys, columns)})
    except NotPlain:  # a value left to the parser: the line reader finds it too, and says so
        return None


@lru_cache(maxsize=8)
def _entry_pattern(keys: tuple[str, ...]) -> re.Pattern:
    """A whole entry: its first line with ``keys[0]``, then a line for each other key, in order, each optional,
    ending where the next entry starts (or at the end)."""
    lines = [rf"{ENTRY_LEAD}{re.escape(keys[0])}:(?= ) *+({VALUE}){_LINE_END}"]
    lines += [rf"(?:{FIELD_LEAD}{re.escape(key)}:(?= ) *+({VALUE}){_LINE_END})?" for key in keys[1:]]
    return re.compile("^" + "".join(lines) + rf"(?={ENTRY_LEAD}|\Z)", re.MULTILINE)


def _absent_where_empty(column: list[str]) -> list:
    """A value is never empty text (the value pattern takes a character at least): empty is a key not written."""
    return [ABSENT if raw == "" else raw for raw in column] if "" in column else column
