"""What an article says about itself: headline, byline and publication date.

    read_header("Tirana talks\\n\\nWritten by Ann Lee on 9 October 2025\\n...").author  ->  'Ann Lee'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .dates import find_dates
from .text import one_line

HEADER_LINES = 12  # the headline and dateline are among an article's first lines
DATELINE = 40  # a dateline's date opens its line ("Brussels 09.10.2025 ..."); one further in is a caption's
_BYLINE = re.compile(r"^(?:By|Written by)\s+(?P<name>[A-Z][^\n,|]{2,60}?)(?:\s+(?:on|,|\|)\s+.*)?\s*$", re.MULTILINE)


@dataclass(frozen=True)
class Header:
    title: str
    author: str | None
    published: dt.date | None
    published_from_text: bool  # True: read from the article's first lines, not given by the curator


def read_header(text: str, published: dt.date | None = None) -> Header:
    lines = [one_line(line) for line in text.splitlines() if line.strip()]
    first = lines[:HEADER_LINES]
    repeated = [line for line in first if first.count(line) > 1 and len(line.split()) > 2]
    title = repeated[0] if repeated else (first[0] if first else "")
    byline = _BYLINE.search(text)
    from_text = False
    if published is None:
        heads = [line[:DATELINE] for line in first[:4]] + ([byline.group()] if byline else [])
        days = [m.first.as_date() for head in heads for m in find_dates(head) if m.first.precision == "day" and not m.year_guessed]
        if days:
            published, from_text = days[0], True
    return Header(title, byline.group("name").strip() if byline else None, published, from_text)
