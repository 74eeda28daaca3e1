"""Lists in chat: one line per item, all of them up to ``PAGE_SIZE``, else pages with a command for the rest.

    split_page("2024 page 2")  -> ("2024", 2)
    page_of(events, 2)         -> Page(shown=events[20:40], number=2, count=43, pages=3)
    more_text(page, "events")  -> ("Showing 21–40 of 43. More: ", Code("events page 3"), ".")
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from ..patterns import lazy_pattern
from ..reply import Code, Text

PAGE_SIZE = 20
_PAGE = lazy_pattern(r"(?:^|\s)(?:page|p\.?)\s*(\d{1,4})\s*$", re.IGNORECASE)


class Page(NamedTuple):
    shown: tuple
    number: int
    count: int
    pages: int
    size: int = PAGE_SIZE

    @property
    def first(self) -> int:
        return (self.number - 1) * self.size + 1

    @property
    def next_number(self) -> int | None:
        return self.number + 1 if self.number < self.pages else None


def split_page(args: str) -> tuple[str, int]:
    """The filter and the page number asked for: ``"2024 page 2"`` -> ``("2024", 2)``; no page is page 1."""
    match = _PAGE.search(args)
    if not match:
        return args, 1
    return args[: match.start()].strip(), max(1, int(match[1]))


def page_of(items: Sequence, number: int, size: int = PAGE_SIZE) -> Page:
    """Page ``number`` (1-based, clamped to the last page) of ``items``."""
    pages = max(1, -(-len(items) // size))
    number = min(max(1, number), pages)
    start = (number - 1) * size
    return Page(tuple(items[start : start + size]), number, len(items), pages, size)


def more_command(page: Page, command: str) -> str | None:
    """The command that shows the next page, or None when this is the last."""
    return f"{command} page {page.next_number}".strip() if page.next_number else None


def more_text(page: Page, command: str, example: str | None = None) -> Text | None:
    """"Showing 1–20 of 43. More: `events page 2`" (with a narrower filter as ``example``), or None."""
    if page.pages == 1:
        return None
    return showing(page.first, page.first + len(page.shown) - 1, page.count, more_command(page, command), example)


def showing(first: int, last: int, count: int, next_command: str | None, example: str | None = None) -> Text:
    """"Showing 4–6 of 28. More: `quotes stoltenberg page 3` or narrow it, e.g. `quotes stoltenberg china`."."""
    text: tuple = (f"Showing {first}–{last} of {count}." if last > first else f"Showing {first} of {count}.",)
    if next_command is not None:
        text += (" More: ", Code(next_command))
        if example:
            text += (" or narrow it, e.g. ", Code(example))
        text += (".",)
    return text
