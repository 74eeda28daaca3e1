"""A day's anniversaries narrowed to a topic: "is today the anniversary of something about the pledge?", "anything related
to rutte today?". The day's answer when one of its entries is about the topic, else an honest miss for that topic.
A place is a topic too: "today is the anniversary of something in albania" (``PLACE_OF_ANY``), met by an entry's city or country.

Reads only the day's own entries (the day index), never every entry; must not answer a question naming one thing
("the anniversary of the tirana conference": ``day_asks.anniversary_of``).
"""

from __future__ import annotations

import datetime as dt

from ...reply import Reply
from .. import day_messages as say_day
from ..lookup import Lookup
from ..search import normalize, tokens
from .days import answer_on_day
from ...patterns import lazy_pattern

#: "something about the pledge", "anything related to rutte", "stuff to do with the summits".
TOPIC_OF_ANY = lazy_pattern(r"\b(?:anything|something|any|some|stuff|smth|sth)(?: \w+)?? (?:about|related to|relating to|to do with|regarding|concerning"
                            r"|connected (?:to|with)|linked to|involving) (?:the |a |an )?(?P<topic>(?!this |that |today).+?)(?: (?:happened|happen|today|on this day|this day"
                            r"|on today s date|anniversary|anniversaries)\b.*)?$")
#: "something in albania", "anything held in the netherlands": a place (checked against ``PLACES`` by the caller).
PLACE_OF_ANY = lazy_pattern(r"^(?:anything|something|any|some|smth|sth)(?: \w+)?? (?:that )?(?:happened |took place |was held |held )?(?:in|from) (?:the )?(?P<place>\w+(?: \w+)?)\b")
#: Words too general to narrow a day: "something about nato cyber".
_GENERAL = frozenset("nato cyber defence defense related alliance allie ally history event thing stuff".split())


def day_about(lookup: Lookup, topic: str, day: dt.date, today: dt.date) -> Reply | None:
    """``day``'s answer when an entry of it is about ``topic``; a miss naming the topic when none is; None when the topic
    narrows nothing ("something about nato")."""
    words = {_singular(w) for w in tokens(normalize(topic))} - _GENERAL
    if not words:
        return None
    reply = answer_on_day(lookup, day, today)
    for ref in reply.items:
        item = lookup.item(ref)
        named = " ".join(filter(None, (getattr(item, "name", ""), *getattr(item, "aliases", ()), getattr(item, "series", None) or "", ref.type,
                                       getattr(item, "kind", None) or "", getattr(item, "city", None) or "", getattr(item, "country", None) or "",
                                       getattr(item, "speaker", None) or "", " ".join(getattr(item, "speakers", ())))))
        if words & {_singular(w) for w in tokens(normalize(named.replace("-", " ")))}:
            return reply
    return Reply("not_found", say_day.nothing_about_on(topic, day), suggestions=("today", "events"))


def _singular(word: str) -> str:
    """"summits" -> "summit": a topic's plural meets an entry's kind."""
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word
