"""Entries as columns: what the fast reader gives for a list of mappings, and what the loader builds from.

``Table(count, columns)``: ``columns[key][n]`` is the n-th entry's value for
``key``, or ``ABSENT`` when that entry has no such key.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class _Absent:
    __slots__ = ()

    def __repr__(self) -> str:
        return "ABSENT"

    def __reduce__(self) -> str:
        return "ABSENT"  # pickled as the one ``ABSENT`` (a child's columns read back here)


ABSENT = _Absent()  # a key an entry does not have (None is a key written with no value)


class Table(NamedTuple):
    """A list of mappings, a column per key, keys in the order they first appear."""

    count: int
    columns: dict[str, list]

    def rows(self) -> list[dict[str, Any]]:
        """The mappings themselves."""
        rows: list[dict[str, Any]] = [{} for _ in range(self.count)]
        for key, column in self.columns.items():
            for row, value in zip(rows, column):
                if value is not ABSENT:
                    row[key] = value
        return rows
