"""Dates an article gives: absolute ("9-10 November 2022", "May 16, 2024", "09.10.2025")
or relative to its publication date ("on Thursday", "yesterday").

A day and month without a year take the publication year, or when the article
has no publication date, the year it names most often (``year_guessed``).

    find_dates("on Thursday, 9 October", published=dt.date(2025, 10, 9))[0].first
    -> FuzzyDate(year=2025, month=10, day=9)
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from ..knowledge.model import FuzzyDate

_MONTHS = {name.lower(): number for number, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): number for number, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): number for number, name in enumerate(calendar.day_name)}
_MONTH = r"(?:" + "|".join(calendar.month_name[1:]) + "|(?:" + "|".join([*calendar.month_abbr[1:], "Sept"]) + r")\.?)"
_WEEKDAY = r"(?:" + "|".join(calendar.day_name) + r")"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_TO = r"(?:\s*[-–—]\s*|\s+(?:to|and|until)\s+)"
_YEAR = r"(?:1[89]|20)\d\d"

_PATTERNS = (
    re.compile(rf"(?<![\w-])(?P<d1>{_DAY})(?:{_TO}(?P<d2>{_DAY}))?\s+(?:of\s+)?(?P<m>{_MONTH})(?:,?\s+(?P<y>{_YEAR}))?(?!\w)"),
    re.compile(rf"(?<![\w-])(?P<m>{_MONTH})\s+(?P<d1>{_DAY})(?:{_TO}(?P<d2>{_DAY}))?(?:,?\s+(?P<y>{_YEAR}))?(?![\w-])"),
    re.compile(rf"(?<![\w.])(?P<d1>\d{{1,2}})\.(?P<mn>\d{{1,2}})\.(?P<y>{_YEAR})(?![\w.])"),
    re.compile(rf"(?<![\w-])(?P<y>{_YEAR})-(?P<mn>\d\d)-(?P<d1>\d\d)(?![\w-])"),
    re.compile(rf"(?<![\w-])(?P<m>{_MONTH})\s+(?P<y>{_YEAR})(?!\w)"),
)
_RELATIVE_WEEKDAY = re.compile(rf"(?<!\w)(?:(?P<which>last|next|this|on)\s+)?(?P<w>{_WEEKDAY})(?!\w)", re.IGNORECASE)
_DAY_WORDS = re.compile(r"(?<!\w)(?P<word>yesterday|tomorrow)(?!\w)", re.IGNORECASE)
_FUTURE = re.compile(r"(?<!\w)(?:will|shall|is due|are due|upcoming|next)(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date or span the article gives at ``start:end``."""

    start: int
    end: int
    text: str
    first: FuzzyDate
    last: FuzzyDate | None = None
    relative: bool = False
    year_guessed: bool = False

    def overlaps(self, first: dt.date, last: dt.date) -> bool:
        return self.first.first_day() <= last and first <= (self.last or self.first).last_day()


def find_dates(text: str, published: dt.date | None = None) -> list[DateMention]:
    """Every date in ``text``, in order; overlapping readings keep the longest."""
    year, guessed = (published.year, False) if published else (_usual_year(text), True)
    found = [m for pattern in _PATTERNS for match in pattern.finditer(text) if (m := _absolute(match, year, guessed))]
    if published is not None:
        found += [m for match in _RELATIVE_WEEKDAY.finditer(text) if (m := _weekday(text, match, published))]
        found += [_day_word(match, published) for match in _DAY_WORDS.finditer(text)]
    return _longest(found)


def _usual_year(text: str) -> int | None:
    years = Counter(re.findall(rf"(?<!\d){_YEAR}(?!\d)", text))
    return int(years.most_common(1)[0][0]) if years else None


def _absolute(match: re.Match, default_year: int | None, guessed: bool) -> DateMention | None:
    parts = match.groupdict()
    month = _MONTHS[parts["m"].rstrip(".").lower()] if parts.get("m") else int(parts["mn"])
    year = int(parts["y"]) if parts.get("y") else default_year
    if year is None:
        return None
    try:
        if parts.get("d1") is None:
            first, last = FuzzyDate(year, month), None
            FuzzyDate.parse(first.iso())
        else:
            first = FuzzyDate.parse(f"{year:04d}-{month:02d}-{int(_digits(parts['d1'])):02d}")
            last = FuzzyDate.parse(f"{year:04d}-{month:02d}-{int(_digits(parts['d2'])):02d}") if parts.get("d2") else None
    except ValueError:
        return None
    if last is not None and last < first:
        return None
    return DateMention(match.start(), match.end(), match.group(), first, last, year_guessed=guessed and not parts.get("y"))


def _digits(day: str) -> str:
    return re.match(r"\d+", day).group()


def _weekday(text: str, match: re.Match, published: dt.date) -> DateMention | None:
    weekday = _WEEKDAYS[match.group("w").lower()]
    which = (match.group("which") or "").lower()
    sentence = text[max(0, text.rfind(".", 0, match.start()) + 1) : match.start()]
    if which == "next" or (which != "last" and _FUTURE.search(sentence)):
        date = published + dt.timedelta((weekday - published.weekday()) % 7 or (7 if which == "next" else 0))
    else:
        back = (published.weekday() - weekday) % 7 or (7 if which == "last" else 0)
        date = published - dt.timedelta(back)
    return DateMention(match.start(), match.end(), match.group(), FuzzyDate(date.year, date.month, date.day), relative=True)


def _day_word(match: re.Match, published: dt.date) -> DateMention:
    date = published + dt.timedelta(-1 if match.group("word").lower() == "yesterday" else 1)
    return DateMention(match.start(), match.end(), match.group(), FuzzyDate(date.year, date.month, date.day), relative=True)


def _longest(found: list[DateMention]) -> list[DateMention]:
    """Overlapping readings ("Thursday, 9 October" as a weekday and as a date): the absolute
    one wins over a relative one, then the longer one."""
    kept: list[DateMention] = []
    for mention in sorted(found, key=lambda m: (m.relative, m.start - m.end)):
        if not any(k.start < mention.end + 2 and mention.start < k.end + 2 for k in kept):
            kept.append(mention)
    return sorted(kept, key=lambda m: m.start)
