"""Whether someone said anything at a gathering where they spoke but none of their words is recorded: yes, they spoke.

    "did the albanian pm say anything at the tirana cyber conference?"
        -> "Yes: Edi Rama spoke at NATO Cyber Defence Conference 2025 (9–10 October 2025); the knowledge records none of his words there"

"What did X say there" without a recorded line is an honest miss; "did X say anything there" asks whether X spoke,
which the speakers recorded answer. Tried only after the quote routes missed and the question holds "anything" and names
no more than the gathering ("anything about ransomware in tirana", "anything quotable" ask for words: the miss stands).
"""

from __future__ import annotations

import datetime as dt

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import item_refs, source_refs, when_text
from .beyond_event import words_beyond_event
from .events import find_event

_SAID_ANYTHING = lazy_pattern(r"^(?:did|has|had) .+? (?:say|said|tell|told|mention|mentioned|comment|commented)(?: anything| something| a word| much)\b")
_SETTING = lazy_pattern(r"^(?:at|in|during|from) (?:the )?")
_WORDING = lazy_pattern(r"\b(?:quotable|quote|quotes|verbatim|line|lines|words|wording|exact|exactly|about|on|regarding)\b")


def spoke_without_words(lookup: Lookup, question: str, who: str, rest: str, today: dt.date) -> Reply | None:
    """"Yes, X spoke at E" when ``question`` asks whether X said anything at E and X is among E's speakers; else None."""
    if "anything" not in question and "something" not in question or not _SAID_ANYTHING.match(question) or not rest.strip():
        return None
    event = find_event(lookup, setting := _SETTING.sub("", rest.strip()))
    if event is None or not _SETTING.match(rest.strip()) or words_beyond_event(lookup, setting, event) or _WORDING.search(question):
        return None  # "anything about ransomware in tirana", "anything quotable": words asked for, the quote routes' miss
    named = lookup.named(who, on=event.when.start.first_day())
    if len(named.people) != 1 or (person := named.people[0]).id not in (*event.speakers, *event.participants):
        return None
    title = f"Yes: {person.name} spoke at {event.name} ({when_text(event.when)}); the knowledge records none of their words there"
    return Reply("answer", title, items=item_refs([person, event]), sources=source_refs(lookup.knowledge, [event]),
                 suggestions=(f"event {event.name}", f"who {person.name}"))
