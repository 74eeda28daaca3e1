"""Another quote asked for after a quote: "another one", "another quote pls", "one more".

The quote of the day is the same all day, so "another quote" asked again got
the same line. After a quote, it is the next one in the quote of the day's own
order (the best-attested quotes, as ``quote`` draws them), so a channel going
"another one" walks through them without repeats; then the first again.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

_ANOTHER = lazy_pattern(r"^(?:(?:ok|okay|nice|cool|great|thanks|thx|and|so|now) )*(?:give me |gimme |got |can i (?:get|have) |show me )?"
                        r"(?:another|one more|another one|a different|next)(?: (?:one|quote|line|quotation))?(?: (?:please|pls|plz))?$")


def another_quote(lookup: Lookup, text: str, subject: ItemRef | None) -> str | None:
    """``quote <id>`` of the quote after ``subject`` (a quote) when ``text`` asks for another; else None."""
    if subject is None or subject.type != "quote" or not ("anoth" in text or "more" in text or "next" in text or "differ" in text):
        return None
    if not _ANOTHER.match(normalize(text)) or not (drawn := lookup.best_attested):
        return None
    at = next((n for n, quote in enumerate(drawn) if quote.id == subject.id), -1)
    return f"quote {drawn[(at + 1) % len(drawn)].id}"
