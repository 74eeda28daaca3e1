"""``quotes <year>``: the quotes said in that year, for a filter that is nothing but a year.

    answer_year_quotes(lookup, "2024")      -> the quotes said in 2024 (The Hague), verified words first
    answer_year_quotes(lookup, "from 2017") -> "The knowledge records no quote said in 2017"
    answer_year_quotes(lookup, "rutte")     -> None: a speaker, answered by ``quotes <speaker>``
"""

from __future__ import annotations

from ...knowledge.model import Quote
from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import by_trust
from .general import not_found
from .quote_replies import quote_reply

SHOWN = 10
_ONLY_A_YEAR = lazy_pattern(r"^\s*(?:(?:in|from|of|during|said in)\s+)?((?:19|20)\d\d)\s*$")


def answer_year_quotes(lookup: Lookup, args: str) -> Reply | None:
    """The quotes said in the year ``args`` names, when it names nothing else; else None."""
    if not (match := _ONLY_A_YEAR.match(args.lower())):
        return None
    year = int(match[1])
    quotes = [q for q in lookup.knowledge.quotes.values() if _said_in(lookup, q, year)]
    if not quotes:
        return not_found(f"The knowledge records no quote said in {year}", suggestions=(f"events {year}", "quotes stoltenberg"))
    title = f"{len(quotes)} quote{'s' if len(quotes) != 1 else ''} said in {year}"
    return quote_reply(lookup, by_trust(quotes)[:SHOWN], title, kind="list")


def _said_in(lookup: Lookup, quote: Quote, year: int) -> bool:
    if quote.said is not None:
        return quote.said.year == year
    event = lookup.knowledge.events.get(quote.event or "")
    return event is not None and event.when.start.year == year
