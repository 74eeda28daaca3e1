"""How long someone had held a role on a given day or at a given event, not today.

    "how long had rutte been secretary general on the day of his tirana video address"
        -> Mark Rutte had been NATO Secretary General for 1 year on 9 October 2025 (NATO Cyber Defence Conference 2025)
    "how long had stoltenberg been sg at the time of the rome conference" -> 8 years on 9 November 2022
    "how many days had rutte been sg on 25 november 2024"             -> 55 days on 25 November 2024

The day is a date typed or the first day of the one event named; the time in the role is counted to it
(``checks.answer_tenure`` with that day as "today"). Pure but for the lookup; the pattern runs only when an anchor word is typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from ..parse import parse_date
from ..lookup import Lookup
from .checks import answer_tenure
from .named_event import event_named

_ANCHORS = (" day of ", " time of ", " when ", " on ", " at ", " during ", " by ")
#: "<who and role> on the day of | at the time of | when he spoke at | on <day> ...".
_THEN = lazy_pattern(r"^(?P<who>.+?) (?:on the (?:day|date) of|at the time of|by the time of|when (?:he|she|they) (?:spoke|gave|delivered|addressed|made|was)"
                     r"(?: (?:at|to|in))?|on|at|during|by) (?P<at>.+)$")
#: The tenure's title: "Mark Rutte has been NATO Secretary General for 1 year (since 1 October 2024)".
_HELD = lazy_pattern(r"^(?P<who>.+?) (?:has been|was) (?P<role>.+?) for (?P<span>\S+ \S+) \((?P<dates>.+)\)$")
#: Words of a speech that name no event: "his tirana video address" is the tirana conference.
_SPEECH = lazy_pattern(r"\b(?:his|her|their|the|a)? ?(?:video |opening |keynote )?(?:address|speech|remarks|keynote|talk|appearance)\b")


def tenure_then(lookup: Lookup, text: str, unit: str | None, today: dt.date) -> Reply | None:
    """The time in the role ``text`` (normalised, "<who> <role> <anchor> <day or event>") names, counted to that day; else None."""
    if not any(anchor in f" {text} " for anchor in _ANCHORS) or (match := _THEN.match(text)) is None:
        return None
    event = None
    day = parse_date(match["at"], today=today)
    if day is None and (event := event_named(lookup, _SPEECH.sub(" ", match["at"]).strip(), today)) is not None:
        day = event.when.start.first_day()
    if day is None or day > today:
        return None
    reply = answer_tenure(lookup, match["who"], unit, day)
    if reply is None:
        return None
    then = f" on {day.day} {day:%B %Y}" + (f" ({event.name})" if event else "")
    held = _HELD.match(reply.title)
    ended = held and " – " in held["dates"] and (parse_date(held["dates"].split(" – ")[-1], today=today) or day) < day
    if held is None or ended:  # left the role before that day: how long they held it, as it stands
        return reply
    since = held["dates"] if held["dates"].startswith("since") else f"since {held['dates'].split(' – ')[0]}"  # the day counted from
    return replace(reply, title=f"{held['who']} had been {held['role']} for {held['span']} ({since}){then}")
