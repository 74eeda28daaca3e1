"""The entries a ``sources <words>`` argument names by a kind word with a name: whose quotes, which pledge.

    entries_named(lookup, "odobescu quote")        -> [her quote at The Hague]
    entries_named(lookup, "quotes by rutte")       -> [every quote of Mark Rutte]
    entries_named(lookup, "warsaw pledge")         -> [the Cyber Defence Pledge]
    entries_named(lookup, "tirana")                -> []: no kind word, the caller looks it up as any entry
    entries_label(lookup, [quote])                 -> "the quote by Luminița Odobescu (The Hague, 16 May 2024)"
"""

from __future__ import annotations

import datetime as dt
import re

from ...knowledge.model import Quote
from ..lookup import Lookup
from ...patterns import lazy_pattern

_KINDS = r"quotes?|quotations?|lines?|speech(?:es)?|words|remarks|pledges?|events?|initiatives?"
#: A kind word before or after the name: "quotes by rutte", "odobescu quote", "rutte's lines".
_KIND_NAMED = lazy_pattern(
    rf"^(?:(?:the|all|every|his|her)\s+)?(?:(?P<lead>{_KINDS})\s+(?:by|of|from|for)?\s*(?P<after>.+)"
    rf"|(?P<before>.+?)(?:\s*['’]s)?\s+(?P<kind>{_KINDS}))$",
    re.IGNORECASE,
)
_TYPES = {"pledge": "pledge", "event": "event", "initiative": "initiative"}
_NAMES_ONLY = dt.date(1900, 1, 1)  # people by name: no role phrase resolves on this day


def entries_named(lookup: Lookup, text: str) -> list:
    """The entries ``text`` names by a kind word and a name; [] when it holds no kind word or names none of that kind."""
    if not (match := _KIND_NAMED.match(text.strip())):
        return []
    kind = (match["lead"] or match["kind"]).lower()
    words = (match["after"] or match["before"]).strip()
    item_type = next((t for word, t in _TYPES.items() if kind.startswith(word)), "quote")
    if item_type == "quote" and (people := lookup.named(words, on=_NAMES_ONLY).people):
        return list(lookup.quotes_of(people[0]))  # "odobescu quote", "sources rutte quotes": the person's own
    found = lookup.best(words, (item_type,))
    return [found] if found is not None else []


def entries_label(lookup: Lookup, entries: list) -> str:
    """How a list of sources names what they are behind: an entry's name, or the quote(s) by their speaker."""
    first = entries[0]
    if isinstance(first, Quote):
        speaker = lookup.knowledge.people.get(first.speaker)
        who = speaker.name if speaker else first.speaker
        return f"the quote by {who}{_said_where(lookup, first)}" if len(entries) == 1 else f"{len(entries)} quotes by {who}"
    return getattr(first, "name", None) or first.id


def _said_where(lookup: Lookup, quote: Quote) -> str:
    """" (Berlin, 9 November 2023)": where and when one quote was said, so a list of its sources says which line it is."""
    event = lookup.knowledge.events.get(quote.event) if quote.event else None
    parts = [p for p in (event.city if event else None, str(quote.said) if quote.said else None) if p]
    return f" ({', '.join(parts)})" if parts else ""
