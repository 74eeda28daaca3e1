"""Days typed the German or Dutch way, day first with dots ("9.11.", "16.05.", "14.02.2021", "the 7. and 8. June"):
spelt out before reading.

    "what happened on 9.11.?"               -> "what happened on 9 November?"
    "who spoke at the berlin conf on 9.11." -> "who spoke at the berlin conf on 9 November"
    "gave it on the 14.02.2021 an attack"   -> "gave it on the 14 February 2021 an attack"
    "the summit was on the 7. and 8. June"  -> "the summit was on the 7 and 8 June" (an ordinal's dot ends no sentence)
    "version 1.2.3", "on 9.11.20245"        -> unchanged

Normalised, "9.11." is "9 11" and "14.02.2021" is "14 02 2021": numbers nothing reads as a day. A day and month with
the dot after the month (and a year of four digits, or none, after it) are spelt out; the German ordinal's dot after a
day before a month's name is dropped. Tried only when the text holds a dot.
"""

from __future__ import annotations

import calendar
import re

from ..patterns import lazy_pattern

_DOTTED = lazy_pattern(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?:(?P<y>(?:19|20)\d\d)(?!\d|\.\d))?(?!\d)")
#: The Czech and Slovak way, a space after each dot: "10. 11. 2022", "9.-10. 11. 2021", "11. 7. - 12. 7. 2024" (a year, or
#: another such day after a dash, must follow: "1. 2." alone may be a list).
_SPACED = lazy_pattern(r"(?<![\d.])(?:(?P<d0>[0-3]?\d)\. ?[-\u2013] ?)?(?P<d>[0-3]?\d)\. (?P<m>[01]?\d)\."
                       r"(?:(?: (?P<y>(?:19|20)\d\d))(?!\d)|(?= ?[-\u2013] ?[0-3]?\d\. [01]?\d\.))")
#: A date's pattern typed so, asked for as the answer's format: "dd. mm. yyyy" (Czech "rrrr": rok, the year).
_SPACED_FORMAT = lazy_pattern(r"\b(dd?)\. (mm?)\. ?(?:yyyy|rrrr)\b", re.IGNORECASE)
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
#: "the 7. and 8. June", "on 9. November": a day's ordinal dot before a month's name (or before another day and one).
_ORDINAL_DOT = lazy_pattern(rf"(?<![\d.])(?P<d>[0-3]?\d)\.(?= ?(?:(?:and|or|to|until|till|-|\u2013) ?[0-3]?\d\.? )?{_MONTH})", re.IGNORECASE)


def spelt_out_days(text: str) -> str:
    """``text`` as typed with "9.11." put as "9 November", "14.02.2021" as "14 February 2021" and "7. June" as "7 June";
    other text as it is."""
    return _ORDINAL_DOT.sub(r"\g<d>", _DOTTED.sub(_spelt, text)) if "." in text else text


def spelt_out_spaced_days(text: str) -> str:
    """``text`` with days typed the Czech way, "10. 11. 2022", "9.-10. 11. 2021", "11. 7. - 12. 7. 2024", put as
    "10 November 2022", "9–10 November 2021", "11 July - 12 July 2024", and the format "dd. mm. yyyy" asked for as
    "dd.mm.yyyy": read on the whole message, before any step splits or checks it."""
    return _SPACED_FORMAT.sub(r"\1.\2.yyyy", _SPACED.sub(_spelt, text)) if ". " in text else text


def _spelt(match) -> str:
    day, month = int(match["d"]), int(match["m"])
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return match[0]
    first = f"{match['d0']}\u2013" if "d0" in match.re.groupindex and match["d0"] else ""
    return f"{first}{day} {calendar.month_name[month]}" + (f" {match['y']}" if match["y"] else "")
