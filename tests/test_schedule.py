"""When digests fire: wall-clock times in IANA zones across DST changes, and the catch-up window."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.digests.schedule import (
    DayPlan,
    describe_instant,
    next_slot,
    parse_hhmm,
    retry_delay,
    slot_on,
    today_slot,
    wall_clock_instant,
)

UTC = dt.timezone.utc
BRUSSELS = ZoneInfo("Europe/Brussels")
NEW_YORK = ZoneInfo("America/New_York")


def utc(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text).replace(tzinfo=UTC)


def t(text: str) -> dt.time:
    return parse_hhmm(text)


@pytest.mark.parametrize(
    ("zone", "date", "time", "expected_utc"),
    [
        # ordinary days on both sides of the changes
        (BRUSSELS, "2026-03-28", "09:00", "2026-03-28T08:00"),
        (BRUSSELS, "2026-03-30", "09:00", "2026-03-30T07:00"),
        # spring forward in Brussels (29 March 2026, 02:00 -> 03:00): the gap fires at 03:00 CEST
        (BRUSSELS, "2026-03-29", "02:00", "2026-03-29T01:00"),
        (BRUSSELS, "2026-03-29", "02:30", "2026-03-29T01:00"),
        (BRUSSELS, "2026-03-29", "02:59", "2026-03-29T01:00"),
        (BRUSSELS, "2026-03-29", "03:00", "2026-03-29T01:00"),
        (BRUSSELS, "2026-03-29", "01:59", "2026-03-29T00:59"),
        # fall back in Brussels (25 October 2026, 03:00 -> 02:00): the repeated hour fires at its first occurrence
        (BRUSSELS, "2026-10-25", "02:30", "2026-10-25T00:30"),
        (BRUSSELS, "2026-10-25", "03:00", "2026-10-25T02:00"),
        # spring forward in New York (8 March 2026, 02:00 -> 03:00)
        (NEW_YORK, "2026-03-08", "02:15", "2026-03-08T07:00"),
        (NEW_YORK, "2026-03-08", "09:00", "2026-03-08T13:00"),
        # fall back in New York (1 November 2026, 02:00 -> 01:00)
        (NEW_YORK, "2026-11-01", "01:30", "2026-11-01T05:30"),
        (NEW_YORK, "2026-11-01", "09:00", "2026-11-01T14:00"),
    ],
)
def test_wall_clock_instant_across_dst(zone, date, time, expected_utc):
    assert wall_clock_instant(dt.date.fromisoformat(date), t(time), zone) == utc(expected_utc)


@pytest.mark.parametrize(("zone", "date"), [(BRUSSELS, "2026-03-29"), (NEW_YORK, "2026-03-08")])
def test_a_time_in_the_gap_fires_exactly_once_that_day(zone, date):
    """Walking the clock minute by minute over the change day, the slot changes date exactly once."""
    day = dt.date.fromisoformat(date)
    start = wall_clock_instant(day, t("00:00"), zone)
    firings = set()
    for minute in range(0, 26 * 60, 7):
        now = start + dt.timedelta(minutes=minute)
        slot = next_slot(now, t("02:30"), zone)
        firings.add((slot.local_date, slot.fires_at))
    fired_that_day = [f for f in firings if f[0] == day]
    assert len(fired_that_day) == 1
    assert fired_that_day[0][1].astimezone(zone).strftime("%H:%M") == "03:00"


@pytest.mark.parametrize(("zone", "date"), [(BRUSSELS, "2026-10-25"), (NEW_YORK, "2026-11-01")])
def test_a_time_in_the_repeated_hour_fires_once(zone, date):
    day = dt.date.fromisoformat(date)
    at = t("01:30") if zone is NEW_YORK else t("02:30")
    start = wall_clock_instant(day, t("00:00"), zone)
    due_moments = [
        start + dt.timedelta(minutes=m)
        for m in range(0, 25 * 60)
        if today_slot(start + dt.timedelta(minutes=m), at, zone).fires_at == start + dt.timedelta(minutes=m)
    ]
    assert len(due_moments) == 1
    assert due_moments[0].astimezone(zone).fold == 0


def test_long_and_short_days_end_at_local_midnight():
    assert slot_on(dt.date(2026, 3, 29), t("09:00"), BRUSSELS).day_ends_at == utc("2026-03-29T22:00")
    assert slot_on(dt.date(2026, 10, 25), t("09:00"), BRUSSELS).day_ends_at == utc("2026-10-25T23:00")


def test_a_gap_at_midnight_still_gives_a_day():
    # Chile springs forward at midnight: 2026-09-06 00:00 does not exist in America/Santiago
    santiago = ZoneInfo("America/Santiago")
    slot = slot_on(dt.date(2026, 9, 6), t("00:00"), santiago)
    assert slot.fires_at.astimezone(santiago).strftime("%Y-%m-%d %H:%M") == "2026-09-06 01:00"


def test_next_slot_is_today_until_it_fires_then_tomorrow():
    before = utc("2026-11-09T07:59")
    assert next_slot(before, t("09:00"), BRUSSELS).fires_at == utc("2026-11-09T08:00")
    assert next_slot(utc("2026-11-09T08:00"), t("09:00"), BRUSSELS).fires_at == utc("2026-11-10T08:00")


def test_today_is_the_local_date_not_the_utc_date():
    late_utc = utc("2026-11-09T23:30")  # already 10 November in Brussels
    assert today_slot(late_utc, t("09:00"), BRUSSELS).local_date == dt.date(2026, 11, 10)
    assert today_slot(late_utc, t("09:00"), NEW_YORK).local_date == dt.date(2026, 11, 9)


@pytest.mark.parametrize(
    ("now", "due"),
    [
        ("2026-11-09T07:59", False),  # not yet
        ("2026-11-09T08:00", True),   # on time
        ("2026-11-09T13:59", True),   # catch-up within 6 hours
        ("2026-11-09T14:00", False),  # beyond the grace window
    ],
)
def test_catch_up_window(now, due):
    slot = today_slot(utc(now), t("09:00"), BRUSSELS)
    assert slot.is_due(utc(now)) is due


def test_grace_never_runs_past_the_local_day():
    slot = today_slot(utc("2026-11-09T22:30"), t("23:00"), BRUSSELS)
    assert slot.is_due(utc("2026-11-09T22:30"))
    assert not slot.is_due(utc("2026-11-09T23:00"))


@pytest.mark.parametrize("text", ["9:00", "09:00", "23:59", "00:00"])
def test_parse_hhmm_accepts_times(text):
    assert parse_hhmm(text).strftime("%H:%M") == text.zfill(5)


@pytest.mark.parametrize("text", ["", "9", "25:00", "09:60", "9am", "09:0", "ab:cd", "-1:00"])
def test_parse_hhmm_refuses_anything_else(text):
    with pytest.raises(ValueError):
        parse_hhmm(text)


def test_retry_delay_doubles_up_to_a_cap():
    assert [retry_delay(n).total_seconds() / 60 for n in (1, 2, 3, 4, 5, 6, 7, 20)] == [1, 2, 4, 8, 16, 30, 30, 30]


def test_describe_instant_names_local_and_utc_time():
    assert describe_instant(utc("2026-07-01T07:00"), BRUSSELS) == "Wednesday 1 July 2026, 09:00 CEST (07:00 UTC)"


def test_day_plan_opens_slots_as_they_fire_and_moves_to_the_next_local_day():
    plan = DayPlan({"bru": ("09:00", "Europe/Brussels"), "nyc": ("09:00", "America/New_York")}, utc("2026-11-09T06:00"))
    assert plan.next_change() == utc("2026-11-09T08:00")
    plan.advance(utc("2026-11-09T07:59"))
    assert plan.open == set()
    plan.advance(utc("2026-11-09T08:00"))
    assert plan.open == {"bru"}
    plan.settle("bru")
    assert plan.next_change() == utc("2026-11-09T14:00")
    plan.advance(utc("2026-11-09T14:00"))
    assert plan.open == {"nyc"}  # nyc not settled: it stays open until the caller settles it
    plan.advance(utc("2026-11-09T23:00"))  # midnight in Brussels: tomorrow's slot
    assert plan.slot("bru").local_date == dt.date(2026, 11, 10)
    assert plan.slot("nyc").local_date == dt.date(2026, 11, 9)
    plan.advance(utc("2026-11-10T05:00"))  # midnight in New York: an unsettled day closes too
    assert plan.open == set()
    assert plan.slot("nyc").local_date == dt.date(2026, 11, 10)
    plan.advance(utc("2026-11-10T08:00"))
    assert plan.open == {"bru"}


def test_day_plan_catches_up_on_slots_fired_before_it_was_built():
    plan = DayPlan({"bru": ("09:00", "Europe/Brussels")}, utc("2026-11-09T12:00"))
    plan.advance(utc("2026-11-09T12:00"))
    assert plan.open == {"bru"}


def test_day_plan_over_a_dst_change_gives_one_slot_a_day():
    plan = DayPlan({"bru": ("02:30", "Europe/Brussels")}, utc("2026-03-28T00:00"))
    firings = []
    moment = utc("2026-03-28T00:00")
    while moment < utc("2026-03-31T00:00"):
        plan.advance(moment)
        if plan.open:
            firings.append(plan.slot("bru").fires_at)
            plan.settle("bru")
        moment = plan.next_change()
    assert firings == [utc("2026-03-28T01:30"), utc("2026-03-29T01:00"), utc("2026-03-30T00:30")]


def test_an_empty_day_plan_has_no_next_change():
    plan = DayPlan({}, utc("2026-11-09T00:00"))
    plan.advance(utc("2026-11-10T00:00"))
    assert plan.next_change() is None and plan.open == set()


def test_day_plan_hands_over_as_fresh_only_the_slots_it_saw_fire():
    items = {"early": ("08:00", "Europe/Brussels"), "a": ("10:00", "Europe/Brussels"), "b": ("10:00", "Europe/Brussels")}
    plan = DayPlan(items, utc("2026-11-09T08:00"))  # 09:00 in Brussels: "early" fired before the plan was made
    plan.advance(utc("2026-11-09T08:00"))
    assert plan.open == {"early"} and plan.take_fresh() == []
    plan.advance(utc("2026-11-09T09:00"))
    assert plan.take_fresh() == ["a", "b"] and plan.take_fresh() == []  # handed over once; they stay open
    assert plan.open == {"early", "a", "b"}
    plan.settle("a")
    plan.advance(utc("2026-11-09T23:00"))  # the next local day: fresh again when it fires, not before
    assert plan.open == set() and plan.take_fresh() == []
    plan.advance(utc("2026-11-10T09:00"))
    assert plan.take_fresh() == ["early", "a", "b"]  # in firing order


def _days_around_offset_changes(zone: ZoneInfo, year: int) -> list[dt.date]:
    days = []
    for n in range(366):
        day = dt.date(year, 1, 1) + dt.timedelta(days=n)
        noon, next_noon = (dt.datetime.combine(d, dt.time(12), tzinfo=zone) for d in (day, day + dt.timedelta(days=1)))
        if noon.utcoffset() != next_noon.utcoffset():
            days += [day, day + dt.timedelta(days=1), day + dt.timedelta(days=2)]
    return days


@pytest.mark.parametrize("zone_name", [
    "Europe/Brussels", "America/New_York", "America/Santiago", "Asia/Beirut", "America/Havana",  # some change at midnight
    "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns", "Antarctica/Troll", "Africa/Casablanca",
])
def test_cached_slots_are_the_exact_wall_clock_slots_on_and_around_every_offset_change(zone_name):
    from bot.digests.schedule import cached_slot

    zone = ZoneInfo(zone_name)
    times = [f"{minutes // 60:02d}:{minutes % 60:02d}" for minutes in range(0, 24 * 60, 15)] + ["23:59"]
    days = _days_around_offset_changes(zone, 2026) + _days_around_offset_changes(zone, 2027) + [dt.date(2026, 11, 9)]
    for day in days:
        for local_time in times:
            assert cached_slot(day, local_time, zone_name) == slot_on(day, parse_hhmm(local_time), zone), (day, local_time)
