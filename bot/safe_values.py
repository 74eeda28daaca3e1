"""Values from a platform or a user, checked before use: time zones, days at the calendar's ends, payload fields.

    zone_named("Europe/Brussels")   -> ZoneInfo('Europe/Brussels')
    zone_named("x" * 300)           -> None   (never reaches the file system)
    local_date(now, "Europe")       -> now's date in UTC ("Europe" is a folder, not a zone)
    day_after(date(9999, 12, 31), 1)  raises UsageError (politely: beyond the calendar)

Slack's ``users.info`` and Discord's locale hand over whatever the platform
holds; ``zoneinfo`` reads a file named after the zone, so an odd name raised
OSError ("File name too long", "Is a directory") inside ``Bot.handle``.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import TYPE_CHECKING

from .errors import UsageError
from .patterns import lazy_pattern

if TYPE_CHECKING:
    from zoneinfo import ZoneInfo

MAX_ZONE_NAME = 64  # the longest IANA name is about 32 characters
_ZONE_NAME = lazy_pattern(r"[A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+)*")
OUT_OF_CALENDAR = "That day is beyond the calendar I can count (years 1 to 9999); try a date in between."


def zone_named(name: object) -> ZoneInfo | None:
    """The IANA zone called ``name``, or None for anything unknown, absurd or not a string."""
    if not isinstance(name, str) or not 0 < len(name) <= MAX_ZONE_NAME or not _ZONE_NAME.fullmatch(name):
        return None
    from zoneinfo import ZoneInfo  # here: most requests name no zone, and `cyberbot ask` never does

    try:
        return ZoneInfo(name)
    except (ValueError, OSError, LookupError):  # ZoneInfoNotFoundError is a KeyError; a folder is an OSError
        return None


def local_date(now: dt.datetime, zone: str | None) -> dt.date:
    """Today's date in ``zone``, or in UTC when the zone is unknown or the instant is at the calendar's edge."""
    found = zone_named(zone) if zone else None
    if found is not None:
        try:
            return now.astimezone(found).date()
        except (OverflowError, ValueError):  # 0001-01-01 or 9999-12-31 shifted past the end
            pass
    return now.date()


def day_after(day: dt.date, days: int) -> dt.date:
    """``day`` moved by ``days``; a polite UsageError past year 1 or 9999 instead of OverflowError."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        raise UsageError(OUT_OF_CALENDAR) from None


def visible(text: object) -> bool:
    """True when ``text`` is a string with something to see: not only spaces, controls, bidi marks or zero-width characters."""
    if isinstance(text, str) and text.isprintable():  # no control or separator character but the space
        return bool(text.strip(" "))
    return isinstance(text, str) and any(not unicodedata.category(c).startswith(("C", "Z")) for c in text)


def text_field(payload: object, key: str) -> str:
    """``payload[key]`` when ``payload`` is a mapping and the value a string, else "" (a malformed platform payload)."""
    value = payload.get(key) if isinstance(payload, dict) else None
    return value if isinstance(value, str) else ""


def mapping_field(payload: object, key: str) -> dict:
    """``payload[key]`` when it is a mapping, else {}."""
    value = payload.get(key) if isinstance(payload, dict) else None
    return value if isinstance(value, dict) else {}
