"""A follow-up asking the day of the words just shown: the day their speaker spoke at that gathering.

    after "what did rutte say at the tirana conference?" (his quotes)
    "what day of the week was it?"  -> "what day of the week did Mark Rutte speak at NATO Cyber Defence Conference 2025"
    "and when was that said?"       -> "when did Mark Rutte speak at NATO Cyber Defence Conference 2025"

    after any dated entry (a quote, an event, a decision)
    "anything else from that day?", "what else happened that day" -> "what happened on 10 November 2022": that day's record

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

#: "was that (said) on the first or the second day (of the conference)", "was it on day one or day two".
_WHICH_DAY_OF_IT = lazy_pattern(r"^(?:(?:and|so|ok|okay|thanks|thank you)\s+)*(?:was|were) (?:it|that|this|they|those)(?: said| delivered| given| made)? on "
                                r"(?P<days>(?=.*\bday\b)(?:the )?(?:first|second|third|opening|closing|last|final|day)\b.*?)(?: of (?:the|that|this) (?:conference|summit|event|gathering|meeting))?$")


#: What else the record holds of the day just talked about: "anything else from that day", "what else happened on the same day".
_ELSE_THAT_DAY = lazy_pattern(r"^(?:(?:and|so|ok|okay|thanks|cool|nice)\s+)*(?:anything|something|what|who|any(?:thing)? more) else(?: (?:happened|happen|happening|was said|said|going on|was going on|is there|was there|did they do|in the record))?"
                              r"(?: (?:on|from|that|for))? (?:that|this|the same) (?:day|date)(?: (?:too|then|as well))?$")


def day_of_entry(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """"what happened on <day>" for "anything else from that day?" after an entry dated to a day (a quote's day said, an
    event's first day, a decision's day); else None."""
    if "else" not in text or not _ELSE_THAT_DAY.match(normalize(text)) or (item := lookup.item(subject)) is None:
        return None
    dated = {"quote": "said", "pledge": "date", "initiative": "established"}.get(subject.type)
    day = (item.when.start if subject.type == "event" else getattr(item, dated, None) if dated else None)
    if subject.type == "quote" and day is None and (event := lookup.knowledge.events.get(item.event or "")) is not None and event.when.end is None:
        day = event.when.start  # a line not dated itself, said at a one-day gathering: that day
    return f"what happened on {day.as_date():%-d %B %Y}" if day is not None and day.as_date() is not None else None


def quote_day(lookup: Lookup, text: str, subject: ItemRef) -> str | None:
    """The day asked of the quote ``subject`` (or of the call or statement it made) as the day its speaker spoke at its
    gathering, else None; what else happened that day, after any entry dated to one (``day_of_entry``)."""
    if (day := day_of_entry(lookup, text, subject)) is not None:
        return day
    if subject.type == "pledge" and (made := lookup.item(subject)) is not None and getattr(made, "quotes", ()):
        subject = ItemRef("quote", made.quotes[0])  # "was that on the first or the second day?" after a call: the words that made it
    if subject.type != "quote" or ("day" not in text and "date" not in text and "when" not in text.lower()):
        return None
    asked, which = normalize(text), None
    if not _DAY_OF_IT.match(asked) and (which := _WHICH_DAY_OF_IT.match(asked)) is None:
        return None
    quote = lookup.item(subject)
    speaker = lookup.knowledge.people.get(quote.speaker) if quote is not None else None
    event = lookup.knowledge.events.get(quote.event) if quote is not None and quote.event else None
    if speaker is None or event is None:
        return None
    if which is not None:  # "was that on the first or the second day": the day the speaker spoke, against those offered
        return f"did {speaker.name} speak on {which['days']} at {event.name}"
    asked = "what day of the week" if "week" in text.lower() else "when"  # "what day of the week": the weekday said too
    return f"{asked} did {speaker.name} speak at {event.name}"
