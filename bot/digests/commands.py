"""The ``digest ...`` chat commands: subscribe, unsubscribe, status, list, preview.

``bot.service.Bot`` hands every ``digest`` command here when digests are
configured. Wrong times and zones become a ``UsageError`` with an example;
callers who may not manage the channel get ``PermissionDenied``. Must not
talk to a platform itself: a sender's ``check_channel`` is handed in by the
digest service (``channel_checks``).

    # "digest subscribe 9:30 Europe/Brussels" -> 09:30 in Europe/Brussels, quote of the day on empty days
    # "digest subscribe 07:00 New York quiet" -> 07:00 in America/New_York, nothing on empty days
"""

from __future__ import annotations

import datetime as dt
import difflib
import os
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from zoneinfo import ZoneInfo, available_timezones

from ..answering.phrasing import ECHO_LIMIT, shorten
from ..errors import PermissionDenied, UsageError
from ..reply import Block, Code, Field, Reply
from ..request import Request
from ..store import SqlStore, Subscription, stamp
from .content import digest_for
from .schedule import DEFAULT_GRACE, describe_instant, next_slot, parse_hhmm, today_slot

DEFAULT_TIME = "09:00"
EXAMPLE = "digest subscribe 09:00 Europe/Brussels"
_EMPTY_DAY_WORDS = {"quiet": "nothing", "nothing": "nothing", "skip": "nothing", "quote": "quote", "quotes": "quote"}
_TIME = re.compile(r"^(\d{1,2})(?::(\d{2}))?\s*(am|pm)?$", re.IGNORECASE)
_SPACED_AM_PM = re.compile(r"(\d)\s+(am|pm)\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _zone_names() -> dict[str, str]:
    """Every IANA zone by lower-case name, plus unambiguous city names ("new york")."""
    names = {name.lower(): name for name in available_timezones() if "/" in name or name == "UTC"}
    cities: dict[str, list[str]] = {}
    for name in names.values():
        city = name.rsplit("/", 1)[-1].replace("_", " ").lower()
        cities.setdefault(city, []).append(name)
    for city, zones in cities.items():
        if len(zones) == 1 and city not in names:
            names[city] = zones[0]
    return names


def parse_zone(text: str) -> str:
    """``"europe/brussels"``, ``"Brussels"`` or ``"New York"`` -> the IANA name.

    Raises:
        UsageError: unknown zone, with the closest names as suggestions.
    """
    key = text.strip().replace(" ", "_").lower()
    names = _zone_names()
    if key in names or key.replace("_", " ") in names:
        return names.get(key) or names[key.replace("_", " ")]
    close = difflib.get_close_matches(key, list(names), n=3, cutoff=0.75)
    suggestions = tuple(dict.fromkeys(names[c] for c in close))
    hint = f" Did you mean {suggestions[0]}?" if suggestions else ""
    msg = f"{_echo(text)} is not a time zone I know.{hint} Use an IANA name such as Europe/Brussels, e.g. “{EXAMPLE}”."
    raise UsageError(msg, suggestions=tuple(f"digest subscribe {DEFAULT_TIME} {s}" for s in suggestions))


def parse_time(text: str) -> str:
    """``"9:30"`` -> ``"09:30"``, ``"9am"`` -> ``"09:00"``, ``"9:30pm"`` -> ``"21:30"``.

    Raises:
        UsageError: not a time of day, with an example.
    """
    match = _TIME.match(text.strip())
    hour, minute = (int(match[1]), int(match[2] or 0)) if match else (-1, -1)
    if match and match[3]:
        if not 1 <= hour <= 12:
            hour = -1
        else:
            hour = hour % 12 + (12 if match[3].lower() == "pm" else 0)
    elif match and match[2] is None:
        hour = -1  # a bare number is too easy to misread: "9" or "0900"?
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        msg = f"{_echo(text)} is not a time of day. Use HH:MM on a 24-hour clock, e.g. “{EXAMPLE}”."
        raise UsageError(msg, suggestions=(EXAMPLE,))
    return f"{hour:02d}:{minute:02d}"


def default_timezone(env: Mapping[str, str] = os.environ) -> str:
    """``$CYBERBOT_TZ`` when it names a zone, else UTC."""
    try:
        return parse_zone(env.get("CYBERBOT_TZ") or "UTC")
    except UsageError:
        return "UTC"


class DigestCommands:
    """Answers ``digest ...`` commands against the store; ``now`` is passed in by the caller."""

    def __init__(self, store: SqlStore, default_tz: str = "UTC", *, grace: dt.timedelta = DEFAULT_GRACE):
        self.store = store
        self.default_tz = default_tz
        self.grace = grace
        # platform -> check_channel(channel) -> None, or why the bot cannot post there (from the sender)
        self.channel_checks: dict[str, Callable[[str], str | None]] = {}

    def handle(self, command, request: Request, now: dt.datetime, engine) -> Reply:
        sub, args = _split(command)
        quiet_days = _quiet_days(getattr(engine, "knowledge", None))
        if sub == "subscribe":
            return self.subscribe(args, request, now, quiet_days)
        if sub == "unsubscribe":
            return self.unsubscribe(request)
        if sub == "status":
            return self.status(request, now, quiet_days)
        if sub == "list":
            return self.list(request, now, quiet_days)
        if sub == "preview":
            return self.preview(args, request, now, engine)
        shown = f"“digest {shorten(sub, ECHO_LIMIT)}” is not a digest command. " if sub else ""
        raise UsageError(
            f"{shown}Use digest subscribe [HH:MM] [Area/City], unsubscribe, status, list or preview [date], e.g. “{EXAMPLE}”.",
            suggestions=("digest status", "digest preview"),
        )

    def _caller_zone(self, request: Request) -> str:
        """The zone the platform reports for the caller when zoneinfo knows it, else the default."""
        try:
            return parse_zone(request.timezone) if request.timezone else self.default_tz
        except UsageError:
            return self.default_tz

    def subscribe(self, args: str, request: Request, now: dt.datetime, quiet_days=None) -> Reply:
        _require_manager(request, "start a daily digest in this channel")
        _require_channel(request)
        local_time, zone_words, when_empty = DEFAULT_TIME, [], "quote"
        for word in _SPACED_AM_PM.sub(r"\1\2", args).split():  # "9 am" -> "9am"
            if word.lower() in _EMPTY_DAY_WORDS:
                when_empty = _EMPTY_DAY_WORDS[word.lower()]
            elif word[0].isdigit():  # no zone name starts with a digit
                local_time = parse_time(word)
            else:
                zone_words.append(word)
        zone = parse_zone(" ".join(zone_words)) if zone_words else self._caller_zone(request)
        check = self.channel_checks.get(request.platform)
        problem = check(request.channel) if check else None
        if problem:
            raise UsageError(problem)
        subscription = self.store.subscribe(
            Subscription(request.platform, request.workspace, request.channel, local_time, zone, when_empty,
                         created_by=request.user, created_at=stamp(now))
        )
        empty = (
            ("a quote of the day (add ", Code("quiet"), " to post nothing on such days)")
            if when_empty == "quote"
            else ("nothing (add ", Code("quote"), " for a quote of the day instead)")
        )
        return Reply(
            "answer",
            f"Daily digest on: every day at {local_time} ({zone})",
            blocks=(Block(("On days with no anniversary this channel gets ", *empty, ". Stop it with ", Code("digest unsubscribe"), ".")),),
            fields=self._schedule_fields(subscription, now, quiet_days),
            suggestions=("digest preview", "digest status"),
        )

    def unsubscribe(self, request: Request) -> Reply:
        _require_manager(request, "stop the daily digest in this channel")
        if self.store.unsubscribe(request.platform, request.channel, f"unsubscribed by {request.user or 'a manager'}"):
            return Reply("answer", "Daily digest stopped in this channel", suggestions=(EXAMPLE,))
        return Reply("answer", "This channel has no daily digest to stop", suggestions=(EXAMPLE,))

    def status(self, request: Request, now: dt.datetime, quiet_days=None) -> Reply:
        subscription = self.store.subscription(request.platform, request.channel)
        if subscription is None or not subscription.active:
            why = f" (stopped: {subscription.disabled_reason})" if subscription and subscription.disabled_reason else ""
            return Reply(
                "answer",
                f"No daily digest in this channel{why}",
                blocks=(Block(("Someone who manages this channel can start one with ", Code(EXAMPLE), ".")),),
                suggestions=("digest preview",),
            )
        last = self.store.last_delivery(request.platform, request.channel)
        fields = self._schedule_fields(subscription, now, quiet_days) + (
            Field("On days with no anniversary", "a quote of the day" if subscription.when_empty == "quote" else "no post"),
            Field("Last post", _describe_stamp(last.sent_at, subscription.timezone) if last else "none yet"),
        )
        return Reply("answer", f"Daily digest: every day at {subscription.local_time} ({subscription.timezone})", fields=fields)

    def list(self, request: Request, now: dt.datetime, quiet_days=None) -> Reply:
        _require_manager(request, "list the daily digests")
        everything = self.store.subscriptions(platform=request.platform, workspace=request.workspace, active_only=False)
        active = [s for s in everything if s.active]
        stopped = [s for s in everything if not s.active and s.disabled_reason and s.disabled_reason.startswith("channel gone")]
        if not active and not stopped:
            return Reply("list", "No daily digests in this workspace", suggestions=(EXAMPLE,))
        blocks = tuple(
            Block("", style="item", heading=f"{s.channel}: {s.local_time} {s.timezone}", fields=self._schedule_fields(s, now, quiet_days))
            for s in active
        ) + tuple(
            Block(f"Stopped: {s.disabled_reason}", style="item", heading=f"{s.channel}: {s.local_time} {s.timezone}")
            for s in stopped
        )
        return Reply("list", f"Daily digests in this workspace ({len(active)} active)", blocks=blocks)

    def _schedule_fields(self, subscription: Subscription, now: dt.datetime,
                         quiet_days: Callable[[dt.date], bool] | None = None) -> tuple[Field, ...]:
        """When the next post comes: now, while today's time has passed but is inside the catch-up window
        and today's digest has not gone out (nor is an empty day of a quiet channel, which leaves no
        record); else the next firing."""
        zone = ZoneInfo(subscription.timezone)
        at = parse_hhmm(subscription.local_time)
        today = today_slot(now, at, zone)
        quiet_today = subscription.when_empty == "nothing" and quiet_days is not None and quiet_days(today.local_date)
        if (today.is_due(now, self.grace) and not quiet_today
                and self.store.delivery(subscription.platform, subscription.channel, today.local_date) is None):
            return (Field("Next post", "now (within a minute): today's time has passed, and it is still inside the catch-up window"),)
        slot = next_slot(now, at, zone)
        return (Field("Next post", describe_instant(slot.fires_at, zone)),)

    def preview(self, args: str, request: Request, now: dt.datetime, engine) -> Reply:
        subscription = self.store.subscription(request.platform, request.channel)
        zone = subscription.timezone if subscription and subscription.active else self._caller_zone(request)
        today = now.astimezone(ZoneInfo(zone)).date()
        date = _parse_preview_date(args, today) if args.strip() else today
        when_empty = subscription.when_empty if subscription and subscription.active else "quote"
        reply = digest_for(engine.knowledge, date, when_empty=when_empty)
        if reply is None:
            return Reply("answer", f"Nothing would be posted on {date.day} {date:%B %Y}: this channel skips empty days")
        return reply


def _quiet_days(knowledge) -> Callable[[dt.date], bool]:
    """Whether a quiet channel's digest is empty on a date, worked out once per date (``digest list``)."""
    memo: dict[dt.date, bool] = {}

    def empty(date: dt.date) -> bool:
        if date not in memo:
            memo[date] = knowledge is not None and digest_for(knowledge, date, when_empty="nothing") is None
        return memo[date]

    return empty


def _echo(text: str) -> str:
    """The user's words, quoted and cut short, for an error message."""
    return repr(shorten(text.strip(), ECHO_LIMIT))


def _split(command) -> tuple[str | None, str]:
    """(subcommand, rest) from a ``bot.answering.parse.Command``, tolerating a missing ``sub``."""
    sub, args = getattr(command, "sub", None), (getattr(command, "args", "") or "").strip()
    if sub is None and args:  # an unknown subcommand, or a parser that does not split them
        first, _, rest = args.partition(" ")
        return first.lower(), rest.strip()
    return sub, args


def _require_manager(request: Request, action: str) -> None:
    if not request.can_manage:
        msg = f"Only people who can manage this channel can {action}. Ask a channel manager or an admin."
        raise PermissionDenied(msg)


def _require_channel(request: Request) -> None:
    if not request.channel:
        raise UsageError("Digests are posted in a chat channel: subscribe from the channel itself.")




def _describe_stamp(text: str | None, zone_name: str) -> str:
    return describe_instant(dt.datetime.fromisoformat(text), ZoneInfo(zone_name)) if text else "none yet"


def _parse_preview_date(text: str, today: dt.date) -> dt.date:
    from ..answering.parse import parse_date

    date = parse_date(text, today=today)
    if date is None:
        msg = f"{_echo(text)} is not a date I can read. Try “digest preview 2026-11-10” or “digest preview 10 November”."
        raise UsageError(msg, suggestions=("digest preview",))
    return date
