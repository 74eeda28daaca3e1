"""Finding a quote in its seed article, tolerant of spacing and typographic quote marks.

    normalise("“No one  stands\\nalone”")  ->  '"No one stands alone"'

A quote matches only on word boundaries at both ends: "ethical for" is not in
a seed that says "unethical for". The search for the closest passage of a quote
that is not in its seed is bounded in length (``PASSAGE_NEEDLE``,
``PASSAGE_HAYSTACK``), so a megabyte of wrong text costs milliseconds.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from rapidfuzz import fuzz

PASSAGE_NEEDLE = 400  # characters of a wrong quote compared with its seed, from its start
PASSAGE_HAYSTACK = 2_000_000  # a seed longer than this gets no "closest passage" suggestion
PASSAGE_WINDOW = 20_000  # characters of seed per rapidfuzz call (~15 ms)

_QUOTE_MARKS = (("“", '"'), ("”", '"'), ("„", '"'), ("‟", '"'), ("‘", "'"), ("’", "'"), ("‚", "'"), ("‛", "'"))


def normalise(text: str) -> str:
    """Straight quote marks and single spaces, so only the words themselves are compared."""
    for typographic, straight in _QUOTE_MARKS:  # str.replace is ~10x faster than str.translate here
        text = text.replace(typographic, straight)
    return " ".join(text.split())


class SeedText:
    """A seed, normalised on first need. A quote's first occurrence is found by ``str.find``;
    only when it sits inside a word (rare) is a word index built, on first use,
    so that the other occurrences are found without scanning all of it again.
    """

    def __init__(self, raw: str):
        self.raw = raw
        self._words: dict[str, list[int]] | None = None
        self._resume = 0
        self._raw_resume = 0

    @functools.cached_property
    def text(self) -> str:
        return normalise(self.raw)

    def holds(self, quote: str) -> bool:
        """True when ``quote``, as the knowledge writes it, is in the seed: ``contains`` of its normalised text.

        A quote written as its seed writes it (marks and spacing alike) is found in the seed as read, and the
        seed is then never normalised: at 100,000 quotes, 25 MB of seeds split and joined cost 0.3 s a load.
        Found so, it is found normalised too, since normalising changes only spaces and quote marks, which are
        never part of a word.
        """
        return self._as_written(quote) or self.contains(normalise(quote))

    def _as_written(self, quote: str) -> bool:
        if not quote.strip():
            return False
        first = self.raw.find(quote, self._raw_resume)
        if first == -1 or not _bounded(self.raw, first, quote):
            first = self.raw.find(quote)
            if first == -1 or not _bounded(self.raw, first, quote):
                return False
        self._raw_resume = first + len(quote)
        return True

    def contains(self, wanted: str) -> bool:
        """True when the normalised ``wanted`` occurs in the seed, starting and ending on word boundaries.

        A word inside ``wanted`` (neither first nor last) is a whole word of the
        seed wherever ``wanted`` occurs, so only the places of its rarest inner
        word need checking.
        """
        if not wanted or len(wanted) > len(self.text):
            return False
        # A verbatim quote: found by str.find in C, from where the last one ended (quotes tend to
        # follow their seed's order, so a seed is scanned about once in all), then from the start.
        first = self.text.find(wanted, self._resume)
        if first == -1:
            first = self.text.find(wanted)
        if first == -1:
            return False
        if self._bounded(first, wanted):
            self._resume = first + len(wanted)
            return True
        words = wanted.split(" ")
        if len(words) < 3:
            return any(self._bounded(place, wanted) for place in _occurrences(self.text, wanted))
        index = self._index()
        best_offset, best_places = 0, None
        offset = len(words[0]) + 1
        for word in words[1:-1]:
            places = index.get(word)
            if not places:
                return False
            if best_places is None or len(places) < len(best_places):
                best_offset, best_places = offset, places
            offset += len(word) + 1
        return any(
            place >= best_offset and self.text.startswith(wanted, place - best_offset) and self._bounded(place - best_offset, wanted)
            for place in best_places
        )

    def _bounded(self, start: int, wanted: str) -> bool:
        return _bounded(self.text, start, wanted)

    def _index(self) -> dict[str, list[int]]:
        if self._words is None:
            self._words = {}
            place = 0
            for word in self.text.split(" "):
                self._words.setdefault(word, []).append(place)
                place += len(word) + 1
        return self._words


def _bounded(text: str, start: int, wanted: str) -> bool:
    """True when ``wanted`` at ``start`` of ``text`` neither begins nor ends inside a word of it."""
    end = start + len(wanted)
    cut_before = start > 0 and text[start - 1].isalnum() and wanted[0].isalnum()
    cut_after = end < len(text) and text[end].isalnum() and wanted[-1].isalnum()
    return not (cut_before or cut_after)


def _occurrences(text: str, wanted: str):
    place = text.find(wanted)
    while place != -1:
        yield place
        place = text.find(wanted, place + 1)


def closest_passage(needle: str, haystack: str, keep_going: Callable[[], bool] = lambda: True) -> tuple[str, float]:
    """The passage of ``haystack`` most like the start of ``needle`` (widened to whole words) and its score (0-100).

    Both texts must already be normalised. Only the first ``PASSAGE_NEEDLE``
    characters of ``needle`` are compared, window by window of the haystack
    (each rapidfuzz call holds the GIL for milliseconds, not seconds); the
    search stops early when ``keep_going()`` turns False, and a haystack longer
    than ``PASSAGE_HAYSTACK`` gets ("", 0.0): no suggestion rather than a long search.
    """
    if not needle or not haystack or len(haystack) > PASSAGE_HAYSTACK:
        return "", 0.0
    needle = needle[:PASSAGE_NEEDLE]
    best, best_start, best_end = -1.0, 0, 0
    for offset in range(0, len(haystack), PASSAGE_WINDOW):
        if best >= 0 and not keep_going():
            break
        window = haystack[offset : offset + PASSAGE_WINDOW + len(needle)]
        found = fuzz.partial_ratio_alignment(needle, window)
        if found.score > best:
            best, best_start, best_end = found.score, offset + found.dest_start, offset + found.dest_end
    start, end = best_start, best_end
    while start > 0 and not haystack[start - 1].isspace():
        start -= 1
    while end < len(haystack) and not haystack[end].isspace():
        end += 1
    return haystack[start:end], best
