"""An edition of a series that has no entry of its own, said in the text of one that has: its year is met there.

    "cyber coalition 2016 participant count" -> Cyber Coalition (first edition), whose text says "The 2016 edition, the
                                                ninth, was held in Estonia with more than 700 participants": that answers
    "cyber coalition 2023 dates"             -> no sentence of it names 2023: still "I have no Cyber Coalition in 2023"

Only the year may be unmet (a place asked is never met by a sentence), and only by a sentence that names an edition
and that year; or the series, by a sentence that says the event agreed to hold it ("where was the annual cyber defence
conference decided": Vilnius 2023, whose summary says it agreed to hold one). Pure.
"""

from __future__ import annotations

from ..patterns import lazy_pattern
from .constraints import unmet
from .phrasing import sentences
from .search import normalize

AGREED = lazy_pattern(r"\b(?:agreed|decided|approved)\b")


def unmet_unless_said(event, mentions) -> list[str]:
    """``unmet(event, mentions)``, empty when only the year fails and a sentence of the event's text says that year's edition."""
    failed = unmet(event, mentions)
    if failed == [f"in the {mentions.series} series"] and any(
            AGREED.search(s) and normalize(mentions.series) in normalize(s) for s in sentences(event.summary or "")):
        return []  # the gathering that agreed to hold the series
    if not failed or mentions.places or mentions.year is None or len(failed) != 1:
        return failed
    year = str(mentions.year)
    said = any(year in s and "edition" in s for s in sentences(event.summary or ""))
    return [] if said else failed
