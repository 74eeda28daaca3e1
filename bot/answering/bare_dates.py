"""A date put right after what it dates, with no "on" ("was the hague conference 15-16 may 2024?"): the day claimed.

    "was the hague pledge conference 15 16 may 2024"  -> "was the hague pledge conference on 15 16 may 2024"
    "was the berlin conference held 8 9 nov 2023"     -> "was the berlin conference held on 8 9 nov 2023"
    "was the tirana conference 2025 10 09"            -> "was the tirana conference on 2025 10 09"

The claim checks read "was X on <date>" as a claim to check; without "on", the date alone was read as the question
("what happened on 16 May 2024"). Only a yes/no question about a gathering whose last word is a year or day is tried.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .parse import MONTHS

_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DATE = rf"(?:\d{{1,2}} (?:(?:and|to|or) )?)?(?:\d{{1,2}} )?(?:{_MONTH}) \d{{4}}|\d{{4}} \d{{1,2}} \d{{1,2}}|\d{{1,2}} \d{{1,2}} \d{{4}}"
_BARE_DATE = lazy_pattern(
    r"^(?P<asked>(?:was|were|is) (?:the )?\S.*?\b(?:conference|conf|summit|meeting|event|exercise|pledge conference|op ed|speech|address)"
    rf"(?: (?:held|hosted|organi[sz]ed|opened|taking place|happening))?) (?P<date>{_DATE})$"
)


def with_on_before_date(text: str) -> str:
    """``text`` (normalised) with "on" before a date that follows what it dates straight away; other text as it is."""
    if not text[-1:].isdigit() or text.split(" ", 1)[0] not in ("was", "were", "is") or not (bare := _BARE_DATE.match(text)):
        return text
    return f"{bare['asked']} on {bare['date']}"
