"""Tables of ``(cue, pattern, replacement)`` entries, each read only when a text holds its cue word, in the table's order.

    PHRASES = CuedEntries(((cue, pattern, repl), ...))
    for cue, pattern, repl in PHRASES.cued(words):   # the entries whose cue is one of ``words``, as the table orders them
        text = pattern.sub(repl, text)

A table of hundreds of entries is read by looking up the text's few words, not by testing every entry's cue.
"""

from __future__ import annotations

from collections.abc import Iterable


class CuedEntries:
    """``entries`` (a tuple, kept as ``entries``), found by their first item, the cue word."""

    def __init__(self, entries: Iterable[tuple]):
        self.entries = tuple(entries)
        self._at: dict[str, list[int]] = {}
        for at, entry in enumerate(self.entries):
            self._at.setdefault(entry[0], []).append(at)

    def cued(self, words) -> list[tuple]:
        """The entries whose cue is one of ``words`` (a set), in the table's order (an entry once per cue it stands under)."""
        found = words & self._at.keys()
        if not found:
            return []
        return [self.entries[at] for at in sorted(at for cue in found for at in self._at[cue])]
