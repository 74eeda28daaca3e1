"""A follow-up asking the day of the words just shown: the day their speaker spoke at that gathering.

    after "what did rutte say at the tirana conference?" (his quotes)
    "what day of the week was it?"  -> "what day of the week did Mark Rutte speak at NATO Cyber Defence Conference 2025"
    "and when was that said?"       -> "when did Mark Rutte speak at NATO Cyber Defence Conference 2025"

Left as it is, "day" is looked for in the words themselves ("Every day, state and non-state actors ...").
Pure apart from reading the quote's speaker and gathering.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .search import normalize

_DAY_OF_IT = lazy_pattern(r"^(?:(?:and|so|ok|okay|thanks|thank you)\s+)*(?:(?:what|which) (?:day(?: of the week)?|weekday|date) (?:was|is) (?:it|that|this)(?: said| delivered| given)?"
                          r"|(?:when|on what day|on which day) (?:was|were) (?:it|that|this|they|those) (?:said|delivered|given|spoken))$")


def quote_day(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """The day asked of the quote ``subject`` as the day its speaker spoke at its gathering, else None."""
    if subject.type != "quote" or ("day" not in text and "date" not in text and "when" not in text.lower()) or not _DAY_OF_IT.match(normalize(text)):
        return None
    quote = lookup.item(subject)
    speaker = lookup.knowledge.people.get(quote.speaker) if quote is not None else None
    event = lookup.knowledge.events.get(quote.event) if quote is not None and quote.event else None
    if speaker is None or event is None:
        return None
    asked = "what day of the week" if "week" in text.lower() else "when"  # "what day of the week": the weekday said too
    return f"{asked} did {speaker.name} speak at {event.name}"
