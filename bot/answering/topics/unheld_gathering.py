"""Words asked for from a gathering of a year the knowledge holds none of: an honest miss, never another year's line.

    "what did rutte say at this year's nato cyber defence conference"  (today 2026)
        -> There is no quote by Mark Rutte at a NATO cyber defence conference in 2026: the knowledge records none that year

"This year's" is a year by then (``relative_time``); a gathering of that year and kind that was held is the quote
routes' to answer, and one that was skipped ("the 2020 pledge conference") their own miss.
"""

from __future__ import annotations

from ...patterns import lazy_pattern
from ...reply import Reply
from ..lookup import Lookup
from ..parse import parse_year
from .general import not_found
from .timeline import events_named

_AT_GATHERING = lazy_pattern(r"^(?:at|in|during) (?:the |this |that )?(?P<gathering>.*\b(?:conference|conf|summit|meeting)s?)\b")


def said_at_no_gathering(lookup: Lookup, who: str, rest: str, today) -> Reply | None:
    """The miss when ``rest`` ("at the 2026 nato cyber defence conference") names a year no such gathering was held; else None."""
    if not (at := _AT_GATHERING.match(rest.strip())) or not (year := parse_year(rest)) or events_named(lookup, rest, year)[0]:
        return None
    people = lookup.named(who, on=today).people
    name = people[0].name if len(people) == 1 else who
    gathering = at["gathering"].replace(str(year), "").replace(" s ", " ").strip()
    return not_found(f"There is no quote by {name} at a {gathering} in {year}: the knowledge records no such gathering that year",
                     suggestions=(f"quotes {name}", "events"))
