"""How long something was held: a person in a role, or a gathering from its first day to its last.

    "how long has ollongren been minister"        -> her term, from the knowledge's dates for the role
    "how long was the rome conference"           -> "NATO Cyber Defence Pledge Conference 2022 lasted 2 days (9–10 November 2022)"
    "how many days did the hague conference last" -> "NATO Cyber Defence Pledge Conference 2024 lasted 2 days (16–17 May 2024)"

A gathering's length is counted from the days recorded; one known only to the month says so. Pure.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..phrasing import sentences, when_text
from ..places import places_in
from .checks import answer_tenure
from .events import event_reply, find_event
from .tenure_then import tenure_then
from .undated_tenure import undated_tenure

#: "the hague conference last", "the rome meeting go on for": the gathering, without the verb of lasting.
_LASTING = lazy_pattern(r"\s+(?:last|lasted|take|took|run|ran|go on|went on|go|went)(?: for)?$")
#: A note giving a gathering more days than the one recorded: "taking part on 9-10 November", "may have run into 10 November".
_MORE_DAYS = lazy_pattern(r"\b\d{1,2} ?[-–] ?\d{1,2}\b|\b(?:run|ran|went on|continued) into\b")
_GATHERING = frozenset("conference conferences summit meeting exercise event gathering conf coalition attack ddos incident".split())


def how_long_held(lookup: Lookup, rest: str, unit: str | None, today: dt.date) -> Reply | None:
    """The reply to "how long was/has <rest> …": a person's time in a role, else a gathering's length, else None."""
    return (tenure_then(lookup, rest, unit, today) or answer_tenure(lookup, rest, unit, today) or undated_tenure(lookup, rest, today)
            or event_length(lookup, rest))


def event_length(lookup: Lookup, rest: str) -> Reply | None:
    """"the rome conference", "the hague conference last": how many days the gathering named ran, or None."""
    named = _LASTING.sub("", rest)
    if _GATHERING.isdisjoint(named.split()) and not places_in(named) or (event := find_event(lookup, named)) is None:  # "the hague (one)"
        return None
    days = event.when.days()
    if not days:
        title = f"{event.name}: the knowledge has its dates only as {when_text(event.when)}, not how many days it ran"
    elif len(days) == 1:  # the day recorded may be only the one the sources name ("the opening speeches were on 9 November")
        title = f"{event.name}: the knowledge records a single day, {event.when}"
        if spans := [s for s in sentences(event.notes or "") if _MORE_DAYS.search(s)]:
            title += ". " + " ".join(spans)  # "the lithuanian ministry describes taking part on 9-10 november": a source says more
    else:
        title = f"{event.name} lasted {len(days)} days ({event.when})"
    return replace(event_reply(lookup, event, "when"), title=title)
