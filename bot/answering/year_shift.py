"""A follow-up that moves the year of what the last answer was about: "and the year before?", "and 2 yrs before that?",
"three years later?".

    after "when was the cyber defence pledge agreed" (a decision of 2016)
    "and the year before?"         -> "what was decided in 2015"
    "and 2 yrs before that?"       -> "what was decided in 2014"
    after "when was the warsaw summit" (a summit of 2016)
    "and 2 years earlier?"         -> "summits in 2014" (held then, or the honest miss)
    after "who hosted the 2022 pledge conference"
    "and 2 years before that?"     -> "who hosted the 2020 pledge conference" (the last question, of that year)
    after "when was the rome pledge conference" (an edition of a series, no year typed)
    "and two years before?"        -> "the 2020 Cyber Defence Pledge Conference" (held then, or the honest miss)

    after "when was the hague pledge conference" (today in 2026)
    "and last year's?"             -> "the 2025 Cyber Defence Pledge Conference" (never another series' 2025 gathering)
    "and this years?"              -> "the 2026 Cyber Defence Pledge Conference"

A shift of one year after an edition of a series, or after a question that names its year, is left to the steps that
already read it (``follow_ups.other_edition``, ``ask_again``). Pure; most messages: one substring test.
"""

from __future__ import annotations

import datetime as dt

from ..patterns import lazy_pattern
from ..reply import ItemRef
from .ask_again import asked_of
from .lookup import Lookup
from .mentions import series_events
from .search import normalize

_SHIFT = lazy_pattern(r"^(?:(?:and|so|ok|okay|then|what about|how about)\s+)*(?:(?P<count>\d\d?|an?|one|two|three|four|five|six|seven|eight|nine|ten) )?"
                      r"(?:the )?(?:years?|yrs?) (?P<side>before|after|earlier|later|prior|on)(?: (?:that|this|it|then))?(?: one)?$")
#: A year named from today: "and this year's?", "what about last year", "next year's one".
_FROM_TODAY = lazy_pattern(r"^(?:(?:and|so|ok|okay|then|what about|how about)\s+)*(?:the )?(?:one )?(?:(?:in|of|from) )?(?P<which>this|last|next|previous) (?:years?|yrs?)(?: s)?"
                           r"(?: (?:one|edition|conference|conf|summit|exercise))?(?: (?:then|too))?$")
_FROM_NOW = {"this": 0, "last": -1, "previous": -1, "next": 1}
_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_LATER = frozenset(("after", "later", "on"))
_YEAR = lazy_pattern(r"\b(?:19|20)\d\d\b")


def year_shifted(lookup: Lookup, text: str, subject: ItemRef | None, asked: str, today: dt.date) -> str | None:
    """The question the shift asks of the year it moves to, or None when ``text`` is no such shift or another step reads it."""
    if "y" not in text or subject is None:
        return None
    if (from_today := _FROM_TODAY.match(words := normalize(text))) is not None:
        edition = _of_year(lookup, subject, today.year + _FROM_NOW[from_today["which"]])
        return asked_of(edition, text, asked) if edition and not edition.startswith("summits ") else edition
    if (shift := _SHIFT.match(words)) is None:
        return None
    count = int(shift["count"]) if (shift["count"] or "").isdigit() else _COUNTS.get(shift["count"] or "a", 1)
    step = count if shift["side"] in _LATER else -count
    item = lookup.item(subject)
    if subject.type == "pledge" and item is not None:
        return f"what was decided in {item.date.year + step}"  # "and the year before?" after a decision
    if subject.type != "event" or item is None:
        return None
    year = item.when.start.year + step
    if count > 1 and (old := _YEAR.search(asked or "")) and old[0] == str(item.when.start.year):
        return f"{asked[: old.start()]}{year}{asked[old.end():]}"  # "who hosted the 2022 pledge conference", "and 2 years before that?"
    edition = _of_year(lookup, subject, year) if count > 1 or not item.series else None
    return asked_of(edition, text, asked) if edition and item.series else edition


def _of_year(lookup: Lookup, subject: ItemRef, year: int) -> str | None:
    """The edition of the last event's series held in ``year`` (or the honest miss's words), summits of that year after
    a summit; None after anything else."""
    item = lookup.item(subject) if subject.type == "event" else None
    if item is None:
        return None
    if item.series:
        held = [e for e in series_events(lookup, item.series) if e.when.start.year == year]
        return held[0].name if held else f"the {year} {item.series}"
    return f"summits in {year}" if item.kind == "summit" else None
