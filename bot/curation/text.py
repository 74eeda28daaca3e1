"""Plain-text helpers for articles: sentences, paragraphs, words and slugs.

    sentence_spans("Mr. Smith spoke. He left.")  ->  [(0, 16), (17, 25)]
"""

from __future__ import annotations

import re
import unicodedata

# Words after which a full stop does not end a sentence ("Mr. Smith", "Ms. Ollongren").
ABBREVIATIONS = frozenset(
    "mr ms mrs dr prof st sen rep gov gen lt col maj capt sgt adm cmdr jr sr no vs etc e.g i.e u.s u.k "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*(?=\s)")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence of ``text[start:end]``, in article offsets, spaces trimmed."""
    end = len(text) if end is None else end
    spans, begin = [], start
    for match in _SENTENCE_END.finditer(text, start, end):
        if is_abbreviation(text, match.start()):
            continue
        spans.append((begin, match.end()))
        begin = match.end()
    spans.append((begin, end))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))[0] < trimmed[1]]


def is_abbreviation(text: str, dot: int) -> bool:
    if text[dot] != ".":
        return False
    word_start = dot
    while word_start > 0 and (text[word_start - 1].isalpha() or text[word_start - 1] == "."):
        word_start -= 1
    word = text[word_start:dot].lower()
    return word in ABBREVIATIONS or (len(word) == 1 and word.isalpha())  # an initial: "J. Smith"


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: the blocks between blank lines."""
    spans, begin = [], 0
    for match in _BLANK_LINE.finditer(text):
        spans.append((begin, match.start()))
        begin = match.end()
    spans.append((begin, len(text)))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))[0] < trimmed[1]]


def span_containing(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The span containing ``offset``, or the last one before it."""
    found = None
    for start, end in spans:
        if start > offset:
            break
        found = (start, end)
    return found


def one_line(text: str) -> str:
    """Single spaces, no line breaks."""
    return " ".join(text.split())


def slug(text: str, limit: int = 48) -> str:
    """An id made of lowercase ASCII letters, digits and hyphens: ``"Luminița Odobescu"`` -> ``luminita-odobescu``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or "untitled"


def unique_id(base: str, taken: set[str]) -> str:
    """``base``, or ``base-2``, ``base-3``... whichever is not taken yet; the result is added to ``taken``."""
    candidate, number = base, 2
    while candidate in taken:
        candidate = f"{base}-{number}"
        number += 1
    taken.add(candidate)
    return candidate
