""""What happened ...?": on a day ("on 9 november", "today", "a year ago today"), at a place ("in holland in 2024": the
events held there, as ``events holland 2024`` lists them) or matching words ("in 2016", "with the pledge")."""

from __future__ import annotations

import datetime as dt
import re

from ...reply import Reply
from ...safe_values import day_after
from ..lookup import Lookup
from ..parse import month_first, parse_ago, parse_date
from .asked import OVER_THE_YEARS
from .events import answer_events
from .place_filter import answer_events_at
from .timeline import answer_on_day
from .year_decisions import with_year_decisions

_SHIFT = {"": 0, "today": 0, "on this day": 0, "this day": 0, "yesterday": -1, "tomorrow": 1}


def what_happened(lookup: Lookup, match: re.Match, today: dt.date) -> Reply:
    """"what happened on 9 november?" (that day), "... today", "... in 2016" or "... in berlin" (events)."""
    rest = OVER_THE_YEARS.sub("", match["rest"]).strip()
    if rest in _SHIFT:
        return answer_on_day(lookup, day_after(today, _SHIFT[rest]), today)
    if date := parse_date(rest, today=today) or parse_ago(rest, today=today):  # "on 9 may", "a year ago today"
        return answer_on_day(lookup, date, today, or_else=month_first(rest))
    return answer_events_at(lookup, rest) or with_year_decisions(lookup, answer_events(lookup, rest), rest)  # "in holland in 2024": held there, not its words
