"""The host asked about as a party: "who spoke for the host country in Tirana?" -> "who spoke for albania in tirana".

"The host country", "the host nation", "the host government", "the hosts" stand for the country the one gathering the
question names was held in (its hosts, when they are that one country); the party routes then answer as for any country.
Tried only when "host" is a word of the question; pure apart from the knowledge it reads.
"""

from __future__ import annotations

import datetime as dt

from ..patterns import lazy_pattern
from .lookup import Lookup
from .topics.named_event import event_named

#: "for the host country", "from the hosting nation", "representing the hosts", "the host government's".
_HOST_PARTY = lazy_pattern(r"\bthe (?:host|hosting)(?: (?P<noun>country|countrys|nation|nations|government|governments|state|side|country s|nation s|government s))?\b"
                           r"|\bthe hosts\b")


def host_as_party(lookup: Lookup, question: str, today: dt.date) -> str | None:
    """``question`` (normalised) with "the host country" put as the country the gathering it names was held in; None
    when it names no host so, or not exactly one gathering, or a gathering of several host countries asked as "the hosts"."""
    if "host" not in question and "hosting" not in question and "hosts" not in question:
        return None
    if (match := _HOST_PARTY.search(question)) is None:
        return None
    rest = f"{question[: match.start()]} {question[match.end():]}"
    event = event_named(lookup, rest, today)
    if event is None or not event.country:
        return None
    if match[0] == "the hosts" and len(event.hosts) > 1:
        return None  # "who spoke for the hosts at the hague": two countries, each asked of in turn elsewhere
    return f"{question[: match.start()]}{event.country.lower()}{question[match.end():]}"
