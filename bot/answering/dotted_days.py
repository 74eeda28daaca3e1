"""Days typed the German or Dutch way, day first with dots and no year ("9.11.", "16.05."): spelt out before reading.

    "what happened on 9.11.?"               -> "what happened on 9 November?"
    "who spoke at the berlin conf on 9.11." -> "who spoke at the berlin conf on 9 November"
    "on 16.05.2024"                         -> unchanged (with its year, ``parse`` reads it day first already)

Normalised, "9.11." is "9 11": two numbers nothing reads as a day. Only a day and month with the dot after the
month, and no year after it, are spelt out. Tried only when the text holds a dot.
"""

from __future__ import annotations

import calendar

from ..patterns import lazy_pattern

_DOTTED = lazy_pattern(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?!\d)")


def spelt_out_days(text: str) -> str:
    """``text`` as typed with "9.11." put as "9 November"; other text as it is."""
    return _DOTTED.sub(_spelt, text) if "." in text else text


def _spelt(match) -> str:
    day, month = int(match["d"]), int(match["m"])
    return f"{day} {calendar.month_name[month]}" if 1 <= month <= 12 and 1 <= day <= 31 else match[0]
