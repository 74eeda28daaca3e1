"""An ``events`` filter that names a series of conferences: the list is that series, narrowed by what else it names.

    series_filter(lookup, "pledge conf series", today)                          -> ("Cyber Defence Pledge Conference", "")
    series_filter(lookup, "annual cyber defence conf (NOT the pledge ones)", today) -> ("NATO Cyber Defence Conference", "")
    series_filter(lookup, "pledge conferences 2024", today)                     -> ("Cyber Defence Pledge Conference", "2024")
    series_filter(lookup, "cyber defence conferences", today)                   -> None: both series are conferences of cyber defence
    series_filter(lookup, "london", today)                                      -> None: no series word, not read further
"""

from __future__ import annotations

import datetime as dt

from ..lookup import Lookup
from ..mentions import find_mentions
from ..question_text import normalise_question

#: Words one of which a filter naming a series holds; the others are not read for one.
_CUES = ("pledge", "annual", "conf", "series")
#: Words that name the series or how it is asked for, not which of its editions.
_SERIES_WORDS = frozenset("pledge pledges annual cyber defence defense nato conference conferences conf confs series the ones one "
                          "not excluding except without only of all list".split())


def series_filter(lookup: Lookup, args: str, today: dt.date) -> tuple[str, str] | None:
    """(the series named, the rest of the filter) when ``args`` names one series of conferences, else None."""
    lowered = args.lower()
    if not any(cue in lowered for cue in _CUES):
        return None
    text = normalise_question(args)  # "conf" -> "conference"; "(not the pledge ones)" -> the annual series
    series = find_mentions(lookup, text, today).series
    if series is None:
        return None
    return series, " ".join(w for w in text.split() if w not in _SERIES_WORDS)
