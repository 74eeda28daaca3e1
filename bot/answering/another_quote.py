"""Another quote asked for after a quote: "another one", "another quote pls", "one more".

The quote of the day is the same all day, so "another quote" asked again got
the same line. After a quote, it is the next one in the quote of the day's own
order (the best-attested quotes, as ``quote`` draws them), so a channel going
"another one" walks through them without repeats; then the first again.

"What else did he say there" after a quote asks for the speaker's other line at that gathering: the one other
line itself where there is one ("quote <id>"), not the line just shown again first; with several, or none, the
question is left to the routes (what they said there, every line).
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

_ANOTHER = lazy_pattern(r"^(?:(?:ok|okay|nice|cool|great|thanks|thx|and|so|now) )*(?:give me |gimme |got |can i (?:get|have) |show me )?"
                        r"(?:another|one more|another one|a different|next)(?: (?:one|quote|line|quotation))?(?: (?:please|pls|plz))?$")
_ELSE_THERE = lazy_pattern(r"^(?:(?:and|so|ok|okay) )?(?:what else did (?:he|she) (?:say|said)|anything else (?:he|she) said|what else was said|(?:and )?what else)"
                           r" (?:there|then|at that (?:conference|summit|event|meeting|one)|at the same (?:conference|summit|event|meeting))$")


def another_quote(lookup: Lookup, text: str, subject: ItemRef | None) -> str | None:
    """``quote <id>`` of the quote after ``subject`` (a quote) when ``text`` asks for another; else None."""
    if subject is None or subject.type != "quote" or not ("anoth" in text or "more" in text or "next" in text or "differ" in text):
        return None
    if not _ANOTHER.match(normalize(text)) or not (drawn := lookup.best_attested):
        return None
    at = next((n for n, quote in enumerate(drawn) if quote.id == subject.id), -1)
    return f"quote {drawn[(at + 1) % len(drawn)].id}"


def other_line_there(lookup: Lookup, text: str, subject: ItemRef | None) -> str | None:
    """``quote <id>`` of the speaker's one other line at the gathering of ``subject`` (a quote), when ``text`` asks what
    else was said there; else None."""
    if subject is None or subject.type != "quote" or "else" not in text or not _ELSE_THERE.match(normalize(text)):
        return None
    quote = lookup.item(subject)
    event = lookup.knowledge.events.get(quote.event) if quote is not None and quote.event else None
    others = [q for q in lookup.quotes_at(event) if q.speaker == quote.speaker and q.id != quote.id] if event is not None else []
    return f"quote {others[0].id}" if len(others) == 1 else None
