"""A follow-up narrowing the list just shown: "which of those were before 2020?", asked of the kind listed.

    after "5 Cyber Defence Pledge Conferences"
    "which of those were before 2020?"            -> "which pledge conferences were before 2020"
    "which of them had two co-host countries"     -> "which pledge conferences had two co-host countries"
    after "4 summits"
    "and which of these were after 2016"          -> "which summits were after 2016"

Read only when every entry listed is an event of one series (or, with no series, of one kind): the question is then
the same asked of that series, which the routes answer. Pure; a message without "of" pays one substring test.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .lookup import Lookup
from .mentions import ANNUAL_SERIES, PLEDGE_SERIES

_OF_THOSE = lazy_pattern(r"^(?:and |so |ok |okay )?(?:which|what) (?:ones? )?(?:of|among) (?:those|them|these|the ones? (?:listed|above|you listed))(?: ones)? (?P<rest>\S.*)$")
_SERIES_NOUNS = {PLEDGE_SERIES: "pledge conferences", ANNUAL_SERIES: "annual nato cyber defence conferences"}


def of_those(lookup: Lookup, text: str, listed: tuple[ItemRef, ...]) -> str | None:
    """``text`` (normalised) asked of the series or kind of the events ``listed``, when it narrows them; else None."""
    if " of " not in f" {text} " and " among " not in text or not listed or (match := _OF_THOSE.match(text)) is None:
        return None
    events = [lookup.knowledge.events.get(ref.id) for ref in listed if ref.type == "event"]
    if len(events) != len(listed) or None in events:
        return None
    series = {e.series for e in events}
    if len(series) == 1 and (noun := _SERIES_NOUNS.get(next(iter(series)) or "")):
        return f"which {noun} {match['rest']}"
    kinds = {e.kind for e in events}
    return f"which {next(iter(kinds))}s {match['rest']}" if len(kinds) == 1 and len(events) > 1 else None
