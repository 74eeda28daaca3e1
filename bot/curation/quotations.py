"""Finding quotations in an article: straight or typographic marks, across line breaks.

A quotation runs from an opening mark to its closing mark. Articles get this
wrong often (machine translations, pasted text), so:

- an opening mark inside an open quotation ends it there ("interrupted"): the
  writer lost a closing mark, so where the quoted words end is not known, and
  each sentence becomes a quotation of its own for the curator to keep or drop;
- a quotation still open at the end of a paragraph ends there (the convention
  for a quotation that continues into the next paragraph), and so does one
  still open at a line break after a full sentence when no closing mark comes
  before the next opening one;
- a closing mark with no quotation open is ignored;
- an article that quotes only with single marks (British style: ‘…’) has them
  read as quotation marks, telling a closing ’ from an apostrophe (don’t, Allies’ ability);
- a sentence of a longer quotation that the article also prints alone on its
  line (a pull quote or heading, nearly the same words) is split off: the
  editor who pulled it out took it for a statement of its own.

    find_quotations('He said: “We stand together.” Then he left.')[0].parts[0].text
    -> 'We stand together.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Literal

from rapidfuzz import fuzz

from ..knowledge.seeds import normalise
from .text import one_line, sentence_spans

Ending = Literal["closed", "interrupted", "paragraph"]

OPENING, CLOSING, STRAIGHT = "“„«", "”»", '"'
_MARKS = re.compile(r'[“”„«»"]|\n[ \t]*\n|\n')
_SINGLE_MARKS = re.compile(r"[‘’]|\n[ \t]*\n|\n")
_APOSTROPHE = re.compile(r"’(?=\w)|(?<=s)’(?= [a-z])")  # don’t, Allies’ ability
_TRAILING = ",;:–—- \t\n"  # dropped from the end of quoted words; full stops stay
PULL_QUOTE_LIKENESS = 75  # rapidfuzz ratio from which a pull quote repeats a sentence (in other words)


@dataclass(frozen=True)
class Part:
    """Quoted words as the article prints them, with their place in it."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Quotation:
    """One passage in quotation marks: ``open`` is the opening mark's offset, ``close``
    the offset just after the passage (after its closing mark, if it had one)."""

    open: int
    close: int
    ending: Ending
    parts: tuple[Part, ...]
    pulled: bool = False  # split where a pull quote repeats one of its sentences

    @property
    def words(self) -> int:
        return sum(len(part.text.split()) for part in self.parts)


def find_quotations(text: str) -> list[Quotation]:
    found: list[Quotation] = []
    open_at: int | None = None
    straight = False
    single = _single_marks_only(text)
    for mark, place, after in _marks(text, single):
        if open_at is None:
            if mark in OPENING or mark == STRAIGHT:
                open_at, straight = place, mark == STRAIGHT
            continue
        if mark in OPENING or (mark == STRAIGHT and not straight):
            if mark in OPENING:  # a new quotation starts: the open one lost its closing mark
                found.append(_quotation(text, open_at, place, place, "interrupted"))
                open_at, straight = place, False
            continue  # a straight mark inside typographic ones is a quotation within the quotation
        if mark in CLOSING or mark == STRAIGHT:
            found.append(_quotation(text, open_at, place, after, "closed"))
            open_at = None
        elif mark.count("\n") > 1 or _line_ends_quotation(text, place, straight, single):
            found.append(_quotation(text, open_at, place, place, "paragraph"))
            open_at = None
    if open_at is not None:
        found.append(_quotation(text, open_at, len(text), len(text), "paragraph"))
    return _split_at_pull_quotes(text, [quotation for quotation in found if quotation.parts])


def _single_marks_only(text: str) -> bool:
    return "‘" in text and not re.search(r'[“„«]|"[^"]*"', text)


def _marks(text: str, single: bool, start: int = 0):
    """(mark, offset, offset after it) of each quotation mark and line break from ``start``;
    with ``single``, single marks read as “ and ”."""
    if not single:
        yield from ((m.group(), m.start(), m.end()) for m in _MARKS.finditer(text, start))
        return
    for match in _SINGLE_MARKS.finditer(text, start):
        mark = match.group()
        if mark == "’" and _APOSTROPHE.match(text, match.start()):
            continue
        yield {"‘": "“", "’": "”"}.get(mark, mark), match.start(), match.end()


def _split_at_pull_quotes(text: str, quotations: list[Quotation]) -> list[Quotation]:
    pulls = [normalise(q.parts[0].text) for q in quotations if len(q.parts) == 1 and _alone_on_line(text, q)]
    if not pulls:
        return quotations
    return [_split_at(text, q, pulls) if len(q.parts) == 1 and not _alone_on_line(text, q) else q for q in quotations]


def _split_at(text: str, quotation: Quotation, pulls: list[str]) -> Quotation:
    part = quotation.parts[0]
    spans = sentence_spans(text, part.start, part.end)
    for number, (start, end) in enumerate(spans):
        sentence = normalise(text[start:end])
        if len(spans) > 1 and any(fuzz.ratio(sentence, pull) >= PULL_QUOTE_LIKENESS for pull in pulls):
            groups = [spans[:number], [(start, end)], spans[number + 1 :]]
            pieces = tuple(p for g in groups if g and (p := _part(text, g[0][0], g[-1][1])) is not None)
            return replace(quotation, parts=pieces, pulled=True)
    return quotation


def _alone_on_line(text: str, quotation: Quotation) -> bool:
    line_start = text.rfind("\n", 0, quotation.open) + 1
    line_end = text.find("\n", quotation.close)
    after = text[quotation.close : len(text) if line_end == -1 else line_end]
    return not text[line_start : quotation.open].strip() and not after.strip()


def _line_ends_quotation(text: str, newline: int, straight: bool, single: bool) -> bool:
    """At a single line break in an open quotation: it ends here when the line ends a
    sentence and no closing mark comes before the next opening mark or blank line."""
    if not re.search(r"[.!?…]\s*$", text[max(0, newline - 3) : newline]):
        return False
    closing = STRAIGHT if straight else CLOSING
    for mark, _, _ in _marks(text, single, newline + 1):
        if mark != "\n":
            return mark not in closing
    return True


def _quotation(text: str, open_at: int, inner_end: int, close: int, ending: Ending) -> Quotation:
    start = open_at + 1
    if ending == "interrupted":
        spans = sentence_spans(text, start, inner_end)
    else:
        spans = [(start, inner_end)]
    parts = tuple(part for span in spans if (part := _part(text, *span)) is not None)
    return Quotation(open_at, close, ending, parts)


def _part(text: str, start: int, end: int) -> Part | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    words = one_line(text[start:end])
    return Part(words, start, end) if any(c.isalnum() for c in words) else None
